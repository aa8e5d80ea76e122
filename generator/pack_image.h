/*
 * pack_image.h: a settled item (pack_item_settle) as one run of bytes
 * with no pointer in it, and back: what the content cache (cache.h)
 * keeps of each item, so that a rebuild recalls an item with one copy
 * and a walk that checks and fixes its places, not by decoding it field
 * by field and laying it out again (issue 14: recall was the larger
 * half of a one-file rebuild's work at 10,000 items).
 *
 * In an image, each pointer of the block is the offset from the block's
 * start of what it points to (0: NULL), every part of the block after
 * the one before in one fixed order, each aligned for what it holds.
 * Only what an item is when read and checked alone is kept: not its
 * path (the caller's), file stamp, notes, tree, fragments, pack members
 * or translations, which the one who takes it back sets.
 */
#ifndef SHAREPACK_PACK_IMAGE_H
#define SHAREPACK_PACK_IMAGE_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "pack.h"

/* Appends it's image to out. it must be settled, every position of it
 * in its own file, and not a scenario's. Returns 0, or -1 with out as it
 * was when it is not one to keep so. */
int pack_image_put(const struct item *it, struct buf *out);

/*
 * The item image (n bytes, from anywhere: a file that may be damaged)
 * is of, at path (copied), settled in a block carved through c (any
 * thread; c is the calling thread's own) from files' chunks, with files
 * set, checked set, and notes[ITEM_NOTES..ITEM_LINT_NOTES] its notes
 * (owned by it then). NULL when image is not one pack_image_put could
 * have made: then notes are still the caller's.
 */
struct item *pack_image_take(const void *image, size_t n, const char *path,
    struct diag_note *notes[3], struct pack_files *files,
    struct pack_carver *c);

#endif
