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

#endif
