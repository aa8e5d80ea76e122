/*
 * xalloc.h: allocation that never returns NULL.
 * Out of memory is not something content can cause within our caps, so the
 * program prints a message and aborts instead of passing failure up by hand.
 * Every function here returns memory the caller owns and frees with free().
 */
#ifndef SHAREPACK_XALLOC_H
#define SHAREPACK_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
/* printf into a new string; the caller frees it. */
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

#endif
