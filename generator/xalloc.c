/* xalloc.c: the one out-of-memory policy: print and abort. */
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
out_of_memory(void)
{
	fputs("sharepack: fatal: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

char *
xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* fmt's text with each "%s" replaced by the next of ap's strings, or
 * NULL when fmt holds any other conversion or a string is NULL (which
 * printf writes its own way). Most of xasprintf's formats are only text
 * and "%s": joined here, they need no vsnprintf, which reads the format
 * twice over. Uses ap up only when it returns a string. */
static char *
plain_format(const char *fmt, va_list ap)
{
	va_list aq;
	size_t n = 0;
	int plain = 1;
	va_copy(aq, ap);
	for (const char *f = fmt; *f != '\0' && plain; f++) {
		if (*f != '%') {
			n++;
			continue;
		}
		const char *s = f[1] == 's' ? va_arg(aq, const char *) : NULL;
		plain = s != NULL;
		n += plain ? strlen(s) : 0;
		f++;
	}
	va_end(aq);
	if (!plain)
		return NULL;
	char *p = xmalloc(n + 1), *o = p;
	for (const char *f = fmt; *f != '\0'; f++) {
		if (*f != '%') {
			*o++ = *f;
			continue;
		}
		const char *s = va_arg(ap, const char *);
		size_t k = strlen(s);
		memcpy(o, s, k);
		o += k;
		f++;
	}
	*o = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *plain = plain_format(fmt, ap);
	va_end(ap);
	if (plain != NULL)
		return plain;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		out_of_memory();
	char *p = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
