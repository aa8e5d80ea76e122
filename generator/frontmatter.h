/*
 * frontmatter.h: the YAML between an item's two '---' lines, parsed with
 * libyaml into the item's typed fields. Each field keeps the position of its
 * key so that later stages can point at it.
 */
#ifndef SHAREPACK_FRONTMATTER_H
#define SHAREPACK_FRONTMATTER_H

#include <stddef.h>

#include <yaml.h>

#include "diag.h"
#include "pack.h"

/* Caps: front matter is a handful of keys, so anything larger is a mistake. */
#define FM_MAX_BYTES (64 * 1024)

/*
 * Parses text (len bytes, starting on file line first_line of it->path) into
 * the fields of it. Unknown keys are warnings; wrong types, missing required
 * keys and unknown kinds, verdicts or outcomes are errors, all reported
 * through d. Returns 0 when the item is usable, -1 otherwise. Strings stored
 * in it are owned by it.
 */
int fm_parse(const char *text, size_t len, int first_line, struct item *it,
    struct diag *d);

/*
 * Reports why parser could not load text (len bytes, starting on line
 * first_line of path; what names it, "the front matter"): a tab in the
 * indentation, which YAML forbids and libyaml's own words do not name, or
 * libyaml's problem with the usual cause of it. For the settings file too.
 */
void fm_yaml_error(const yaml_parser_t *parser, const char *text, size_t len,
    const char *path, int first_line, const char *what, struct diag *d);

#endif
