/* diag.c: the single place messages about input are formatted, counted and
 * made safe to show on a terminal. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "xalloc.h"

void
diag_init(struct diag *d, FILE *out)
{
	d->out = out;
	d->errors = 0;
	d->warnings = 0;
	d->system_errors = 0;
	d->silenced = 0;
	d->strict = 0;
	d->progress = 0;
	d->progress_shown = 0;
	d->progress_at = 0;
	d->dir = NULL;
	d->entered = 0;
	d->kept_text = NULL;
	d->kept_len = NULL;
}

void
diag_enter(struct diag *d, const char *dir)
{
	d->dir = dir;
	d->entered = 0;
}

/* "sharepack: Entering directory 'DIR'" or "Leaving", as make words it. */
static void
say_directory(struct diag *d, const char *how)
{
	fprintf(d->out, "sharepack: %s directory '", how);
	diag_put_escaped(d->out, d->dir, strlen(d->dir));
	fputs("'\n", d->out);
}

/* The "Entering directory" line, once, before d's first message. */
static void
enter_once(struct diag *d)
{
	diag_progress_done(d);
	if (d->dir != NULL && !d->entered) {
		say_directory(d, "Entering");
		d->entered = 1;
	}
}

void
diag_defer(struct diag_kept *into, const struct diag *like)
{
	into->text = NULL;
	into->len = 0;
	diag_init(&into->d, NULL);
	into->d.kept_text = &into->text;
	into->d.kept_len = &into->len;
	into->d.strict = like->strict;
	/* Its messages are printed through like's diag, which says which
	 * folder paths are in when it prints them. */
	into->d.dir = NULL;
}

/* A kept diag's stream, opened at its first message. */
static void
open_kept(struct diag *d)
{
	d->out = open_memstream(d->kept_text, d->kept_len);
	if (d->out == NULL) {
		/* open_memstream fails for want of memory only: the
		 * policy of xalloc.h. */
		fputs("sharepack: fatal: out of memory\n", stderr);
		abort();
	}
}

/* Prints messages kept (len bytes of text) on d, as d would have. */
static void
put_kept(struct diag *d, const char *text, size_t len)
{
	if (len == 0)
		return;
	/* d may be a kept diag itself, not yet opened. */
	if (d->out == NULL && d->kept_text != NULL)
		open_kept(d);
	enter_once(d);
	fwrite(text, 1, len, d->out);
}

/* Closes a kept diag's stream, if a message opened it. */
static void
close_kept(struct diag_kept *kept)
{
	if (kept->d.out != NULL)
		fclose(kept->d.out);
	kept->d.out = NULL;
}

struct diag_note *
diag_note_close(struct diag_kept *k)
{
	close_kept(k);
	struct diag_note *n = NULL;
	if (k->len > 0 || k->d.silenced > 0) {
		n = xcalloc(1, sizeof *n);
		n->text = k->text;
		n->len = k->len;
		n->errors = k->d.errors;
		n->warnings = k->d.warnings;
		n->system_errors = k->d.system_errors;
		n->silenced = k->d.silenced;
	} else {
		free(k->text);
	}
	k->text = NULL;
	k->len = 0;
	return n;
}

void
diag_note_replay(struct diag *d, const struct diag_note *n)
{
	if (n == NULL)
		return;
	put_kept(d, n->text, n->len);
	d->errors += n->errors;
	d->warnings += n->warnings;
	d->system_errors += n->system_errors;
	d->silenced += n->silenced;
}

void
diag_note_free(struct diag_note *n)
{
	if (n == NULL)
		return;
	free(n->text);
	free(n);
}

void
diag_leave(struct diag *d)
{
	if (d->dir != NULL && d->entered)
		say_directory(d, "Leaving");
	d->dir = NULL;
	d->entered = 0;
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
		/* A tab moves the cursor and nothing more: print's
		 * arguments stay readable. */
		if (kind == 0 || (kind > 0 && cp == '\t')) {
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
	if (d->out == NULL && d->kept_text != NULL)
		open_kept(d);
	diag_progress_done(d);
	if (d->dir != NULL && !d->entered) {
		say_directory(d, "Entering");
		d->entered = 1;
	}
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

static double
monotonic(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
diag_progress(struct diag *d, size_t done, size_t total, const char *what)
{
	if (!d->progress)
		return;
	double now = monotonic();
	if (d->progress_shown && done < total && now - d->progress_at < 0.1)
		return;
	/* Carriage return and "erase line": the one line is redrawn. */
	fprintf(d->out, "\r\033[Ksharepack: %zu of %zu %s", done, total, what);
	fflush(d->out);
	d->progress_shown = 1;
	d->progress_at = now;
}

void
diag_progress_done(struct diag *d)
{
	if (!d->progress_shown)
		return;
	fputs("\r\033[K", d->out);
	fflush(d->out);
	d->progress_shown = 0;
}

/* The longest name diag_nearest compares; longer ones are not typing
 * slips of a short key. */
#define NEAREST_MAX 64

/* The optimal string alignment distance between a and b (each at most
 * NEAREST_MAX bytes): insertions, deletions, substitutions and swaps of
 * two neighbours. */
static size_t
edit_distance(const char *a, size_t n, const char *b, size_t m)
{
	unsigned char d[NEAREST_MAX + 1][NEAREST_MAX + 1];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = (unsigned char)i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = (unsigned char)j;
	for (size_t i = 1; i <= n; i++) {
		for (size_t j = 1; j <= m; j++) {
			int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = (unsigned char)best;
		}
	}
	return d[n][m];
}

const char *
diag_nearest(const char *name, const char *const *candidates)
{
	size_t n = strlen(name);
	if (n == 0 || n > NEAREST_MAX)
		return NULL;
	size_t limit = n / 3 > 0 ? n / 3 : 1, best_distance = limit + 1;
	const char *best = NULL;
	for (const char *const *c = candidates; *c != NULL; c++) {
		size_t m = strlen(*c);
		if (m > NEAREST_MAX || (m > n ? m - n : n - m) > limit)
			continue;
		size_t dist = edit_distance(name, n, *c, m);
		if (dist > 0 && dist < best_distance) {
			best_distance = dist;
			best = *c;
		}
	}
	return best;
}

int
diag_exit_status(const struct diag *d)
{
	if (d->system_errors > 0)
		return EXIT_SYSTEM;
	return d->errors > 0 ? EXIT_CONTENT : EXIT_OK;
}
