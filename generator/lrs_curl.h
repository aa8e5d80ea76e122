#ifndef SHAREPACK_LRS_CURL_H
#define SHAREPACK_LRS_CURL_H
/* libcurl's functions, found when the LRS is read. The program does not
 * link libcurl: it and the ~28 libraries it pulls in (TLS, Kerberos, LDAP,
 * ...) would cost every run 5 MB and 5 ms of start-up, and only
 * `report --lrs` uses it. Only report_lrs.c (and its unit test) includes
 * this header (tests/check-includes.sh). */
#include <curl/curl.h>

#include "diag.h"

/* The runtime name of libcurl (Debian's libcurl4, which
 * libcurl4-openssl-dev depends on). */
#define LRS_CURL_SONAME "libcurl.so.4"

/* Each function report_lrs.c calls, as curl_NAME. The calls go through
 * these pointers, so curl/curl.h's compile-time checks of setopt and
 * getinfo's arguments (typecheck-gcc.h) do not apply: the variadic
 * pointers take what the functions take. */
#define LRS_CURL_FUNCTIONS(X) \
	X(global_init) X(global_cleanup) \
	X(easy_init) X(easy_cleanup) X(easy_setopt) X(easy_getinfo) \
	X(easy_perform) X(easy_strerror) X(easy_escape) X(free) \
	X(slist_append) X(slist_free_all) \
	X(url) X(url_set) X(url_get) X(url_cleanup)

struct lrs_curl {
#define LRS_CURL_MEMBER(name) __typeof__(curl_##name) *name;
	LRS_CURL_FUNCTIONS(LRS_CURL_MEMBER)
#undef LRS_CURL_MEMBER
};

/* Loads soname (LRS_CURL_SONAME but in tests) and fills *fn with its
 * functions. Returns 0, or -1 when the library or one of the functions
 * cannot be found, printed through d as "sharepack: error: report --lrs
 * needs libcurl (SONAME): WHY; install it with: ..." (a system error).
 * The library stays loaded until the process ends, so there is nothing
 * to free: a name-resolving thread that libcurl leaves behind after a
 * timeout may still be running its code. */
int lrs_curl_load(struct lrs_curl *fn, const char *soname, struct diag *d);

#endif
