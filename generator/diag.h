/*
 * diag.h: every message sharepack prints about its input goes through here,
 * in one format that editors can jump to:
 *
 *     path:line:col: error: what is wrong; how to fix it
 *
 * A struct diag counts what was reported, so that main() can turn the count
 * into the exit status. There is no global state: the caller owns the struct
 * and passes it down to every stage.
 */
#ifndef SHAREPACK_DIAG_H
#define SHAREPACK_DIAG_H

#include <stdio.h>

/* Where something came from. path is borrowed: it points into the item or
 * source that owns the string, and must outlive the srcpos. line and col are
 * 1-based; 0 means "unknown" and is left out of the message. */
struct srcpos {
	const char *path;
	int line;
	int col;
};

struct diag {
	FILE *out;	/* where messages go; stderr in the program */
	int errors;
	int warnings;
	int system_errors;	/* of errors, how many were the system's */
	int strict;		/* warnings are reported and counted as
				 * errors (--strict) */
};

/* Exit statuses, documented in man/sharepack.1. */
enum {
	EXIT_OK = 0,
	EXIT_CONTENT = 1,	/* the content has errors */
	EXIT_USAGE = 2,		/* the command line is wrong */
	EXIT_SYSTEM = 3		/* a file could not be read or written */
};

void diag_init(struct diag *d, FILE *out);
void diag_error(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warn(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A failure of the system, not of the content (a file that cannot be read or
 * written): counted as an error and a system error, printed as
 * "sharepack: error: ...". */
void diag_syserr(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The exit status the counts call for: EXIT_SYSTEM, EXIT_CONTENT or EXIT_OK. */
int diag_exit_status(const struct diag *d);

#endif
