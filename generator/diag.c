/* diag.c: the single place messages about input are formatted, counted and
 * made safe to show on a terminal. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
diag_init(struct diag *d, FILE *out)
{
	d->out = out;
	d->errors = 0;
	d->warnings = 0;
	d->system_errors = 0;
	d->strict = 0;
}

int
diag_char(const char *s, size_t len, unsigned *cp, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned c = u[0], min;
	size_t need;
	*n = 1;
	*cp = c;
	if (c < 0x80)
		return c < 0x20 || c == 0x7F;
	if ((c & 0xE0) == 0xC0) {
		need = 2;
		min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		need = 3;
		min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		need = 4;
		min = 0x10000;
	} else {
		return -1;
	}
	if (len < need)
		return -1;
	unsigned v = c & (0xFFu >> (need + 1));
	for (size_t k = 1; k < need; k++) {
		if ((u[k] & 0xC0) != 0x80)
			return -1;
		v = (v << 6) | (u[k] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return -1;
	*n = need;
	*cp = v;
	return (v >= 0x80 && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) ||
	    (v >= 0x2066 && v <= 0x2069);
}

void
diag_put_escaped(FILE *out, const char *s, size_t len)
{
	size_t i = 0, plain = 0;
	while (i < len) {
		unsigned cp;
		size_t n;
		int kind = diag_char(s + i, len - i, &cp, &n);
		if (kind == 0) {
			i += n;
			continue;
		}
		fwrite(s + plain, 1, i - plain, out);
		/* A byte a terminal would read as a control (ESC, or 0x9B,
		 * CSI in 8-bit terminals) is shown as text instead. */
		if (kind < 0 || cp < 0x80)
			fprintf(out, "\\x%02X", cp);
		else
			fprintf(out, "\\u{%04X}", cp);
		i += n;
		plain = i;
	}
	fwrite(s + plain, 1, len - plain, out);
}

/* printf into a new string (the caller frees it). */
static char *
format(const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *s = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	if (n > 0)
		vsnprintf(s, (size_t)n + 1, fmt, again);
	else
		s[0] = '\0';
	va_end(again);
	return s;
}

/* Paths, keys and script errors come from the input, so the whole line is
 * escaped: nothing in it can move the cursor or reorder the text. */
static void
diag_vprint(struct diag *d, const struct srcpos *pos, const char *level,
    const char *fmt, va_list ap)
{
	char *msg = format(fmt, ap);
	if (pos != NULL && pos->path != NULL) {
		diag_put_escaped(d->out, pos->path, strlen(pos->path));
		if (pos->line > 0) {
			fprintf(d->out, ":%d", pos->line);
			if (pos->col > 0)
				fprintf(d->out, ":%d", pos->col);
		}
		fputs(": ", d->out);
	} else {
		fputs("sharepack: ", d->out);
	}
	fprintf(d->out, "%s: ", level);
	diag_put_escaped(d->out, msg, strlen(msg));
	fputc('\n', d->out);
	free(msg);
}

void
diag_error(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vprint(d, pos, "error", fmt, ap);
	va_end(ap);
	d->errors++;
}

void
diag_warn(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vprint(d, pos, d->strict ? "error" : "warning", fmt, ap);
	va_end(ap);
	if (d->strict)
		d->errors++;
	else
		d->warnings++;
}

void
diag_syserr(struct diag *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vprint(d, NULL, "error", fmt, ap);
	va_end(ap);
	d->errors++;
	d->system_errors++;
}

void
diag_say(FILE *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = format(fmt, ap);
	va_end(ap);
	fputs("sharepack: ", out);
	diag_put_escaped(out, msg, strlen(msg));
	fputc('\n', out);
	free(msg);
}

int
diag_exit_status(const struct diag *d)
{
	if (d->system_errors > 0)
		return EXIT_SYSTEM;
	return d->errors > 0 ? EXIT_CONTENT : EXIT_OK;
}
