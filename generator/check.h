/*
 * check.h: the validation pass over the whole pack, after loading and before
 * anything is rendered: ids are unique, references resolve, each kind has
 * the structure it needs (a vignette's "## Why", a briefing's seven
 * sections), and each training pack's members are worked out.
 */
#ifndef SHAREPACK_CHECK_H
#define SHAREPACK_CHECK_H

#include "diag.h"
#include "pack.h"

/* Words a minute when a briefing is read aloud. */
#define CHECK_READING_WPM 130
#define CHECK_BRIEFING_SECTIONS 7

/*
 * Checks every item of p, reporting through d, and fills the fields the
 * model marks "filled by the check stage". Safe to render p afterwards only
 * when d->errors is 0.
 */
void check_pack(struct pack *p, struct diag *d);

/*
 * The checks of one item on its own (an original or a translation), which
 * need its Markdown tree and no other item: fills its words, hash and the
 * fields its tree gives (a vignette's "## Why"), reporting through d.
 * check_pack runs it on each item not yet checked (it->checked), and
 * prints what it said of the others (it->notes) in its place.
 */
void check_one(struct item *it, struct diag *d);

#endif
