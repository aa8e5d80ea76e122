/* lrs_curl.c: finds libcurl's functions at run time, the first time the
 * LRS is read, so that no other command loads libcurl. */
#include "lrs_curl.h"

#include <dlfcn.h>
#include <stddef.h>

int
lrs_curl_load(struct lrs_curl *fn, const char *soname, struct diag *d)
{
	int rc = -1;
	/* RTLD_NOW: a broken installation (a library libcurl needs, or one
	 * of its functions, missing) fails here with the message below, not
	 * in the middle of a read. */
	void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (lib == NULL)
		goto out;
	/* dlsym's void * as a function pointer: POSIX requires it to work. */
#define LRS_CURL_FIND(name) \
	if ((fn->name = dlsym(lib, "curl_" #name)) == NULL) \
		goto out;
	LRS_CURL_FUNCTIONS(LRS_CURL_FIND)
#undef LRS_CURL_FIND
	rc = 0;
out:
	if (rc != 0) {
		const char *why = dlerror();
		diag_syserr(d, "report --lrs needs libcurl (%s): %s; install "
		    "it with: sudo apt-get install libcurl4", soname,
		    why != NULL ? why : "not found");
		/* Nothing holds a pointer into it yet, so it can go. */
		if (lib != NULL)
			dlclose(lib);
	}
	return rc;
}
