/*
 * diag.h: every message sharepack prints about its input goes through here,
 * in one format that editors can jump to:
 *
 *     path:line:col: error: what is wrong; how to fix it
 *
 * A struct diag counts what was reported, so that main() can turn the count
 * into the exit status. Every message is printed with its control
 * characters escaped (diag_put_escaped), since paths, keys and script
 * errors come from the input and must not drive the terminal. There is no global state: the caller owns the struct
 * and passes it down to every stage.
 */
#ifndef SHAREPACK_DIAG_H
#define SHAREPACK_DIAG_H

#include <stddef.h>
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
	int silenced;		/* warnings a comment in the input asked
				 * not to give (lint.c), so never printed */
	int strict;		/* warnings are reported and counted as
				 * errors (--strict) */
	int progress;		/* out is a terminal that wants progress
				 * lines (diag_progress); main sets it */
	int progress_shown;	/* a progress line is on screen */
	double progress_at;	/* when it was drawn (monotonic seconds) */
	const char *dir;	/* the folder message paths are relative to,
				 * when it is not the current one (absolute;
				 * borrowed), or NULL: see diag_enter */
	int entered;		/* its "Entering directory" line is out */
	char **kept_text;	/* diag_defer's: out is NULL until the first
				 * message opens it, a stream into these */
	size_t *kept_len;
};

/* Exit statuses, documented in man/sharepack.1. */
enum {
	EXIT_OK = 0,
	EXIT_CONTENT = 1,	/* the content has errors */
	EXIT_USAGE = 2,		/* the command line is wrong */
	EXIT_SYSTEM = 3		/* a file could not be read or written */
};

void diag_init(struct diag *d, FILE *out);

/*
 * Messages kept for later, for work done on another thread whose
 * messages must come out in a fixed order: diag_defer makes into a diag
 * like `like` (strict, the folder entered) whose messages go into a
 * buffer of its own (made at the first message: most work says nothing),
 * and counts nothing on like; diag_note_close (below) takes what it
 * said, to be printed on d as d itself would have (the "Entering
 * directory" line first when due).
 */
struct diag_kept {
	struct diag d;		/* report through this one */
	char *text;		/* owned: the messages, once closed */
	size_t len;
};
void diag_defer(struct diag_kept *into, const struct diag *like);
/*
 * Messages kept to be printed later, maybe more than once: what a
 * diag_kept said, closed. diag_note_close takes k's messages and counts
 * and returns them as a new note the caller frees with diag_note_free, or
 * NULL when k said nothing; diag_note_replay prints n's messages on d as
 * d itself would have, and adds its counts (silenced findings too) to
 * d's; n may be NULL (nothing to say), and is left as it was.
 */
struct diag_note {
	char *text;		/* owned */
	size_t len;
	int errors, warnings, system_errors, silenced;
};
struct diag_note *diag_note_close(struct diag_kept *k);
void diag_note_replay(struct diag *d, const struct diag_note *n);
void diag_note_free(struct diag_note *n);
void diag_error(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warn(struct diag *d, const struct srcpos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A failure of the system, not of the content (a file that cannot be read or
 * written): counted as an error and a system error, printed as
 * "sharepack: error: ...". */
void diag_syserr(struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A message that is not about the input (usage, what was written):
 * "sharepack: MESSAGE" and a newline on out, escaped like every message,
 * and not counted. */
void diag_say(FILE *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The character at the start of s (len > 0 bytes): sets *n to its length
 * in bytes and *cp to its code point, and returns 1 when it must not reach
 * a terminal or a one-line field: a C0 control (U+0000..U+001F), DEL, a C1
 * control (U+0080..U+009F) or a bidirectional embedding, override or
 * isolate (U+202A..U+202E, U+2066..U+2069); 0 for any other character; -1
 * when s does not start with a UTF-8 character (*cp is then the byte and
 * *n is 1).
 */
int diag_char(const char *s, size_t len, unsigned *cp, size_t *n);

/* Writes len bytes of s to out with each character diag_char refuses but
 * a tab shown as text: a byte as \xNN (C0, DEL, a byte that is not UTF-8), a character
 * as \u{NNNN} (C1, bidirectional controls). Everything else is unchanged. */
void diag_put_escaped(FILE *out, const char *s, size_t len);

/*
 * A long stage's progress on the terminal: "sharepack: 120 of 511 files
 * read" on one line, redrawn in place at most ten times a second (and at
 * done == total), when d->progress is set; nothing otherwise. A message
 * printed meanwhile first clears the line, and diag_progress_done clears
 * it at the end of the stage. what is the plural noun and verb ("files
 * read").
 */
void diag_progress(struct diag *d, size_t done, size_t total,
    const char *what);
void diag_progress_done(struct diag *d);

/*
 * The candidate a misspelt name most likely meant, for "did you mean"
 * advice: the one at the smallest edit distance (letters added, removed,
 * changed or two swapped), if that is at most a third of name's length
 * (at least 1) and not 0; the first such in candidates (NULL-ended) on a
 * tie. Returns one of candidates, or NULL.
 */
const char *diag_nearest(const char *name, const char *const *candidates);

/*
 * Message paths are relative to the project folder ("content/x.md"). When
 * that is not the current folder, diag_enter(d, dir) has the first message
 * through d preceded by "sharepack: Entering directory 'DIR'", the line GNU
 * make prints, by which editors (Emacs compilation mode, Vim's %D) find
 * the files; diag_leave then prints "sharepack: Leaving directory 'DIR'"
 * if it was entered. A run with no message prints neither. dir is
 * borrowed until diag_leave.
 */
void diag_enter(struct diag *d, const char *dir);
void diag_leave(struct diag *d);

/* The exit status the counts call for: EXIT_SYSTEM, EXIT_CONTENT or EXIT_OK. */
int diag_exit_status(const struct diag *d);

#endif
