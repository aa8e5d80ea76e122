/* util.h: helpers shared by the unit tests. */
#ifndef SHAREPACK_TEST_UTIL_H
#define SHAREPACK_TEST_UTIL_H

#include <stdio.h>

#include "diag.h"
#include "pack.h"

/* A diag that writes into memory; read it with captured(). */
struct captured {
	struct diag d;
	char *text;
	size_t len;
	FILE *f;
};

void capture_begin(struct captured *c);
/* The messages so far, NUL-terminated; valid until capture_end. */
const char *captured(struct captured *c);
void capture_end(struct captured *c);

/* load_item on a string, with messages captured. */
struct item *load_string(struct captured *c, const char *path,
    const char *text);

#endif
