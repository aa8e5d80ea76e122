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
 * model marks "filled by the check stage". Safe to render p afterwards
 * only when d->errors is 0.
 */
void check_pack(struct pack *p, struct diag *d);

/*
 * The checks of one item on its own (an original or a translation), which
 * need its Markdown tree and no other item: fills its words, hash and the
 * fields its tree gives (a vignette's "## Why"), reporting through d.
 * check_pack runs it on each item not yet checked (it->checked), and
 * prints what it said of the others (it->notes) in its place. A
 * translation of a scenario (translation set) is not checked as a graph:
 * translate_scenario.c holds it to its original's, whose graph is.
 * load.c runs it on its parse workers, on any thread: it touches nothing
 * but it and fixed tables.
 */
void check_one(struct item *it, int translation, struct diag *d);

/*
 * The checks of an item just made from a content file whose bytes as read
 * are data[0, len) (the caller keeps them): check_one, and the
 * personal-data lint over the text as written. What each says is kept in
 * it (notes, lint_notes; checked, linted) for check_pack and lint_pack to
 * say in their order. Runs on load.c's parse workers, on any thread.
 */
void check_parsed(struct item *it, const char *data, size_t len,
    const struct diag *like);

#endif
