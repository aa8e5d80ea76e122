/* Unit tests of loading libcurl at run time (lrs_curl.c): every function
 * found and callable through its pointer, variadic ones included, and the
 * message when the library or one of its functions is missing. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lrs_curl.h"
#include "util.h"

/* msg is one system error naming soname, with why in it and the fix last. */
static int
says_missing(const char *msg, const char *soname, const char *why)
{
	static const char fix[] = "; install it with: sudo apt-get install "
	    "libcurl4\n";
	char head[200];
	size_t n = strlen(msg);

	snprintf(head, sizeof head, "sharepack: error: report --lrs needs "
	    "libcurl (%s): ", soname);
	return strncmp(msg, head, strlen(head)) == 0 &&
	    strstr(msg, why) != NULL && n > sizeof fix - 1 &&
	    strcmp(msg + n - (sizeof fix - 1), fix) == 0 &&
	    strchr(msg, '\n') == msg + n - 1;
}

static void
test_lrs_curl_found(void)
{
	struct lrs_curl fn;
	struct captured c;

	memset(&fn, 0, sizeof fn);
	capture_begin(&c);
	CHECK(lrs_curl_load(&fn, LRS_CURL_SONAME, &c.d) == 0);
	CHECK_STR(captured(&c), "");
	CHECK(c.d.errors == 0);
#define FOUND(name) CHECK(fn.name != NULL);
	LRS_CURL_FUNCTIONS(FOUND)
#undef FOUND
	capture_end(&c);
	if (fn.url_cleanup == NULL)
		return;

	CHECK(fn.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK);
	CURL *h = fn.easy_init();
	CHECK(h != NULL);
	/* The variadic ones take a long, a string and a function as the
	 * linked ones did: an option older libcurls lack, a bad value. */
	CHECK(fn.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https") ==
	    CURLE_OK);
	CHECK(fn.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "gopher-x") ==
	    CURLE_UNSUPPORTED_PROTOCOL);
	CHECK(fn.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 20L) == CURLE_OK);
	long status = -1;
	CHECK(fn.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status) ==
	    CURLE_OK);
	CHECK(status == 0);
	CHECK_STR(fn.easy_strerror(CURLE_WRITE_ERROR),
	    "Failed writing received data to disk/application");
	char *e = fn.easy_escape(h, "a b/\xc3\xa9", 0);
	CHECK_STR(e, "a%20b%2F%C3%A9");
	fn.free(e);

	struct curl_slist *l = fn.slist_append(NULL, "Accept: x");
	l = fn.slist_append(l, "X-Y: z");
	CHECK(l != NULL && l->next != NULL && strcmp(l->next->data, "X-Y: z")
	    == 0);
	fn.slist_free_all(l);

	CURLU *u = fn.url();
	char *s = NULL;
	CHECK(fn.url_set(u, CURLUPART_URL, "http://lrs.example/xAPI/", 0) ==
	    CURLUE_OK);
	CHECK(fn.url_set(u, CURLUPART_URL, "statements?more=2", 0) ==
	    CURLUE_OK);
	CHECK(fn.url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK);
	CHECK_STR(s, "http://lrs.example/xAPI/statements?more=2");
	fn.free(s);
	s = NULL;
	CHECK(fn.url_get(u, CURLUPART_PORT, &s, CURLU_DEFAULT_PORT) ==
	    CURLUE_OK);
	CHECK_STR(s, "80");
	fn.free(s);
	fn.url_cleanup(u);
	fn.easy_cleanup(h);
	fn.global_cleanup();
}

static void
test_lrs_curl_missing(void)
{
	struct lrs_curl fn;
	struct captured c;

	capture_begin(&c);
	CHECK(lrs_curl_load(&fn, "libsharepack-absent.so.4", &c.d) == -1);
	CHECK(says_missing(captured(&c), "libsharepack-absent.so.4",
	    "libsharepack-absent.so.4: cannot open shared object file"));
	CHECK(c.d.errors == 1 && c.d.system_errors == 1);
	capture_end(&c);

	/* A library that is there but is not libcurl: the first function
	 * looked for is the one named. */
	capture_begin(&c);
	CHECK(lrs_curl_load(&fn, "libc.so.6", &c.d) == -1);
	CHECK(says_missing(captured(&c), "libc.so.6",
	    "undefined symbol: curl_global_init"));
	CHECK(c.d.errors == 1 && c.d.system_errors == 1);
	capture_end(&c);
}

void
test_lrs_curl(void)
{
	test_lrs_curl_found();
	test_lrs_curl_missing();
}
