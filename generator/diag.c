/* diag.c: the single place messages about input are formatted and counted. */
#include "diag.h"

#include <stdarg.h>

void
diag_init(struct diag *d, FILE *out)
{
	d->out = out;
	d->errors = 0;
	d->warnings = 0;
	d->system_errors = 0;
	d->strict = 0;
}

static void
diag_vprint(struct diag *d, const struct srcpos *pos, const char *level,
    const char *fmt, va_list ap)
{
	if (pos != NULL && pos->path != NULL) {
		fputs(pos->path, d->out);
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
	vfprintf(d->out, fmt, ap);
	fputc('\n', d->out);
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

int
diag_exit_status(const struct diag *d)
{
	if (d->system_errors > 0)
		return EXIT_SYSTEM;
	return d->errors > 0 ? EXIT_CONTENT : EXIT_OK;
}
