/*
 * body.h: an item's Markdown tree for a stage that needs it after the
 * item's own checks, which drop the tree of an item read from a file so
 * that a build holds the small model of every item and the tree of no
 * more than the pages being made. body_open gives the item's own tree
 * (a script's item keeps it), or reads its file again, makes sure it is
 * the file that was checked (its hash) and parses its body again.
 *
 * The fragment store (for an item the content cache gave, which was not
 * parsed this run), the export and the lint may include it; it reads
 * files, so it never runs before load_content has set the pack's files.
 */
#ifndef SHAREPACK_BODY_H
#define SHAREPACK_BODY_H

#include <cmark.h>

#include "diag.h"
#include "pack.h"

struct body {
	cmark_node *doc;	/* the body; never NULL after body_open */
	cmark_node *why;	/* a vignette's "## Why" heading in doc, or
				 * NULL */
	cmark_node *owned;	/* doc when body_open parsed it, else NULL */
};

/*
 * Fills b with it's body, from any thread. Returns 0, or -1 when its file
 * cannot be read again or is not the one that was checked: b then holds
 * an empty body, and the failure waits in it->files for body_report.
 * The caller ends every body_open with body_close.
 */
int body_open(const struct item *it, struct body *b);
void body_close(struct body *b);

/*
 * Reports through d, as errors at each file and in path order, every
 * file body_open could not use since the last call, and forgets them.
 * Returns how many there were: a build that needed them must not be
 * kept.
 */
size_t body_report(struct pack *p, struct diag *d);

#endif
