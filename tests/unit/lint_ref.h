/*
 * lint_ref.h: the personal-data scanner as it was before issue 14 made it
 * linear (lint_ref.c), for the tests that compare the two.
 */
#ifndef SHAREPACK_LINT_REF_H
#define SHAREPACK_LINT_REF_H

#include "lint.h"

/* As lint_scan (lint.h), by the old code. */
void lint_scan_ref(const char *text, size_t len, enum lint_join join,
    void (*found)(void *ctx, const struct lint_hit *hit), void *ctx);

#endif
