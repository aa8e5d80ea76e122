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
 * The checks that need nothing but one item, run where its file was
 * parsed (load.c, on any thread: they touch nothing but it): its own
 * (word count, fingerprint, labels, images, a vignette's '## Why' and
 * facts, a briefing's sections, its surface cues) and its personal-data
 * lint over data[0, len), the file's bytes as read (the caller keeps
 * them). Their messages, made as like would make them
 * (--strict), wait in it (ITEM_EARLY_*) for check_pack to print in its
 * own order, so the output is what it would be had check_pack run them.
 */
void check_parsed(struct item *it, const char *data, size_t len,
    const struct diag *like);

/*
 * Checks every item of p, reporting through d, and fills the fields the
 * model marks "filled by the check stage"; an item check_parsed saw has
 * what it said printed in its place instead. Safe to render p afterwards
 * only when d->errors is 0.
 */
void check_pack(struct pack *p, struct diag *d);

#endif
