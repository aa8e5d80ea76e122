/*
 * lint.h: the personal-data lint of the check stage. Trainers write cases
 * from what they have seen, so a case can still hold a real child's NHS
 * number, postcode or name; lint_pack finds what looks like personal data
 * in every text an item has (front matter, Markdown body, and everything a
 * script gave: steps, choices, feedback) and warns at the place it was
 * written, showing it partly masked, since the message may end up in a CI
 * log.
 *
 * The scanner (lint_scan, in lint_scan.c) and the check-digit functions
 * know nothing of the model, so that unit tests and the fuzzer can call
 * them alone; lint.c walks the pack. Part of the check stage: check.c
 * calls lint_parsed (as each file is parsed) and lint_pack; it may
 * include pack.h.
 */
#ifndef SHAREPACK_LINT_H
#define SHAREPACK_LINT_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

/* What a finding is; the order of the documentation (content/README.md). */
enum lint_kind {
	LINT_NHS,		/* NHS number, valid modulus-11 check digit */
	LINT_NI,		/* National Insurance number */
	LINT_UPN,		/* unique pupil number, valid check letter */
	LINT_POSTCODE,		/* a full UK postcode */
	LINT_PHONE,		/* a UK landline or mobile number */
	LINT_EMAIL,		/* an email address */
	LINT_DOB,		/* a full date next to "born", "DOB", "birth" */
	LINT_NAME,		/* a known given name and a surname */
	LINT_KINDS
};

/* The word for kind in a silencing comment ("nhs", "postcode", "name"),
 * and the noun for it in a message ("an NHS number"). Static strings. */
const char *lint_kind_word(enum lint_kind kind);
const char *lint_kind_noun(enum lint_kind kind);

/* One finding: text[start, end) of the text scanned. */
struct lint_hit {
	enum lint_kind kind;
	size_t start, end;
};

/* How lint_scan joins lines, as the text's format does: LINT_JOIN_ANY
 * joins a line to the next unless a blank line is between (Markdown's
 * soft line breaks, so a postcode split across two lines of a paragraph
 * is one); LINT_JOIN_INDENTED only to an indented next line (YAML, where
 * a line that starts at the margin is the next key). */
enum lint_join { LINT_JOIN_ANY, LINT_JOIN_INDENTED };

/*
 * Calls found for each finding in len bytes of text (which need not end
 * in a NUL and may hold any bytes), in order; findings do not overlap. A
 * name is found whether or not it is declared: the caller decides. Never
 * reads outside text, and takes time linear in len.
 */
void lint_scan(const char *text, size_t len, enum lint_join join,
    void (*found)(void *ctx, const struct lint_hit *hit), void *ctx);

/*
 * The checks behind the findings, on the characters alone (no spaces):
 * whether d (10 digits) is an NHS number with a valid modulus-11 check
 * digit; s (13 characters) a UPN whose check letter is right; s (9
 * characters, upper case) a National Insurance number of the official
 * format; s (5 to 7 characters, upper case, no space) a full postcode of
 * the standard pattern (GIR0AA included); and whether digits (a national
 * number, "07700900123") is in a range Ofcom keeps for drama, which no
 * one has. Each returns 1 or 0.
 */
int lint_nhs_valid(const char *d);
int lint_upn_valid(const char *s);
int lint_ni_valid(const char *s);
int lint_postcode_valid(const char *s);
int lint_phone_drama(const char *digits);

/* Whether word (n bytes) is one of the common UK given names lint knows,
 * written with a capital ("Lacey"). */
int lint_given_name(const char *word, size_t n);
/* The table behind it, sorted by strcmp, for the unit test. */
extern const char *const lint_given_names[];
extern const size_t lint_given_name_count;

/*
 * Lints it, an item just made from a Markdown file whose bytes as read
 * (before any normalising) are data[0, len): its front matter and body
 * as written, warning through d at path:line:col, with the silencing
 * comments on their lines. Touches nothing but d, so that it may run on
 * the thread that parsed the file (check_parsed); adds the findings a
 * comment silenced to d->silenced. The caller keeps data.
 */
void lint_parsed(const struct item *it, const char *data, size_t len,
    struct diag *d);

/*
 * Lints every item of p (see the top of this file), warning through d at
 * path:line:col for Markdown files and at the recorded line for what a
 * script made, translations included. An item linted where it was parsed
 * (it->linted: lint_parsed's findings, or the content cache's, in
 * it->lint_notes) has them said again here, in p's order; any other (a
 * script's) has its file read again for the text as written and its
 * silencing comments (a file that cannot be read now is linted from the
 * model alone), and what it said kept in it the same way. Adds the
 * findings a comment silenced to d->silenced.
 */
void lint_pack(struct pack *p, struct diag *d);

#endif
