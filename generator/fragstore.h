/*
 * fragstore.h: every item's body as the HTML fragments its pages hold
 * (html5.h), made once per build and kept out of memory until a page
 * needs them. It stands between the load stage, which makes each file's
 * fragments on its worker thread from the tree it has just parsed and
 * checked (so no body is parsed twice), and the renderers, which insert
 * them. The fragments are kept in one scratch file for the build, an
 * unlinked file in $TMPDIR (else /tmp): it exists before the output's
 * folder does, and nothing is left behind however the run ends. An item
 * keeps only where its fragments are (struct item's frags).
 *
 * An item's parts, by kind, each NULL when its blocks make nothing:
 * - a briefing: [0] what comes before its first "##", then one part per
 *   "##" section, from its heading to the next, headings from <h2>;
 * - a myth: [0] the whole body, headings from <h3> (a quiz's reasoning);
 * - a vignette: [0] the case, up to its "## Why", and [1] the reasoning
 *   after it (NULL when it has none), headings from <h3>;
 * - any other (guidance, pack, scenario): [0] the whole body, headings
 *   from <h2>.
 *
 * The load stage and the renderers may include it; it knows nothing of
 * pages.
 */
#ifndef SHAREPACK_FRAGSTORE_H
#define SHAREPACK_FRAGSTORE_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

struct html5_frag;
struct fragstore;

/* A new, empty store for one build, or NULL after reporting through d
 * why the scratch file cannot be made. The caller closes it with
 * fragstore_close, after the last page is made. */
struct fragstore *fragstore_open(struct diag *d);
void fragstore_close(struct fragstore *s);

/*
 * On a load worker, from any thread: makes it's parts from it->doc (its
 * body, just checked; only read) and writes them to s, setting
 * it->frags. A write that fails leaves it->frags 0 (the parts are then
 * made again when a page needs them) and waits in s for
 * fragstore_report.
 */
void fragstore_put(struct fragstore *s, struct item *it);

/* An item's parts, as listed above; count of them. Owned. */
struct fragstore_parts {
	struct html5_frag **part;
	size_t count;
};

/*
 * Fills out with it's parts, from any thread: read from its store
 * (it->files->frags) where its load put them; else, for an item that
 * was not parsed this run (the content cache's), made from body_open
 * (body.h) the first time any thread asks and stored for the others;
 * else (a script's item, or no store) made from body_open each time.
 * Returns 0, or -1 when the store cannot be read or body_open failed:
 * out then holds what could be had (maybe nothing), and the failure
 * waits for fragstore_report or body_report. The caller frees out with
 * fragstore_parts_free.
 */
int fragstore_get(const struct item *it, struct fragstore_parts *out);
/* Part i of p, or NULL when it has none (borrowed from p). */
const struct html5_frag *fragstore_part(const struct fragstore_parts *p,
    size_t i);
/* Part i of p, or NULL, taken from p (whose slot becomes NULL): the
 * caller frees it, or hands it on (html5_frag_give). */
struct html5_frag *fragstore_take(struct fragstore_parts *p, size_t i);
void fragstore_parts_free(struct fragstore_parts *p);

/*
 * Reports through d a write or read of s that failed since the last call
 * (the first; the others are alike), and forgets it. Returns how many
 * there were: a build that had one must not be kept. s may be NULL.
 */
size_t fragstore_report(struct fragstore *s, struct diag *d);

#endif
