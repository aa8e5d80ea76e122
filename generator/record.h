/*
 * record.h: the record of a build, kept in its output folder, so the next
 * build can carry over the pages whose inputs have not changed. The
 * record holds one hash of what every page depends on (the program, the
 * theme, the settings and the options: record_global) and, for each page
 * made from a known set of inputs, a hash of those inputs (the page's
 * key, which render_site computes). A page is carried over only when both
 * match; anything else (no record, an unreadable or unknown one) makes
 * every page again.
 *
 * Ownership: a struct record owns its paths (a record read, in one
 * block); record_free frees them.
 */
#ifndef SHAREPACK_RECORD_H
#define SHAREPACK_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "pack.h"
#include "render.h"
#include "theme.h"

/* The record's name in the output folder. */
#define RECORD_FILE ".sharepack-build"

struct record_entry {
	char *path;		/* relative to the site root */
	uint64_t key;
};

struct record {
	uint64_t global;	/* 0: none; nothing matches it */
	struct record_entry *entries;
	size_t count, cap;
	int sorted;		/* entries are in path order */
	char *paths;		/* a record read: one block holding every
				 * entry's path; NULL when each path is
				 * its own (record_add, record_take) */
};

#define RECORD_INIT { 0, NULL, 0, 0, 1, NULL }

/* Reads dir/RECORD_FILE into r (which must be empty, and is not added
 * to after); a missing or malformed record leaves r empty. */
void record_read(const char *dir, struct record *r);
/* Whether r holds path with key. r must be sorted (record_read sorts). */
int record_has(const struct record *r, const char *path, uint64_t key);
/* Adds path (copied) with key to r. */
void record_add(struct record *r, const char *path, uint64_t key);
/* record_add of a path r takes (freed by record_free), not copied. */
void record_take(struct record *r, char *path, uint64_t key);
/* Appends r as text to out, its entries sorted by path, so the record
 * is the same whatever order its pages were made in. */
void record_format(struct record *r, struct buf *out);
void record_free(struct record *r);
/* Frees r's entries, keeping its global hash: what a record says of the
 * build it came from, once no page is looked up in it. */
void record_drop_entries(struct record *r);

/*
 * The hash of what every page depends on: this program (fs_self_key:
 * its executable's stamp, so a rebuilt program makes everything again),
 * the theme's layout and assets, the settings file's bytes (settings_file: a
 * missing one hashes as missing) with the logo it names, and the
 * options that change pages (cfg's xAPI endpoint and authorisation,
 * whether the pages are for a package and in which language), and the
 * interface catalogues the pages' words come from. Returns 0 when the
 * program or an asset cannot be read: nothing is then carried over.
 */
uint64_t record_global(const struct theme *t, const char *settings_file,
    const struct site_settings *s, const struct render_config *cfg);

#endif
