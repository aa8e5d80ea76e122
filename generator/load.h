/*
 * load.h: the first stage. Walks content/ in a stable order, reads each file,
 * checks its encoding, splits the front matter from the body and hands each
 * part to its parser (frontmatter.c, markdown.c), giving items for the pack.
 */
#ifndef SHAREPACK_LOAD_H
#define SHAREPACK_LOAD_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "pack.h"

/* Caps on what outside input can make us hold (tests/patho checks each). */
#define LOAD_MAX_FILE_BYTES (1024 * 1024)
#define LOAD_MAX_DEPTH 16

/*
 * Loads every "*.md" file under content_dir (except README*) into p.
 * display_dir is how content_dir is named in messages. Problems with a file
 * are reported through d, and what was read of it (its id and kind) joins
 * p's broken items instead. A file whose 'lang' is not p's default
 * language (p->settings, so load the settings first) joins p's
 * translations (pack_add_translation). Links that leave content_dir, links to
 * folders, dangling links, folders that cannot be read (each an error
 * naming it) and "*.MD" names (a warning: see fs_list_tree) are skipped.
 * Shows its progress through d (diag_progress). Returns -1 only when the
 * folder itself cannot be listed, 0 otherwise.
 *
 * Each item's own checks (check_one) are done as its file is read, and
 * its tree is then dropped (body.h reads it again). A file that cache
 * (borrowed; NULL: none) has as it is now is not read: its item and
 * what reading, checking and linting it said come from there (cache.h).
 */
struct cache;
int load_content(const char *content_dir, const char *display_dir,
    struct pack *p, const struct cache *cache, struct diag *d);

/*
 * Makes one item from a file's bytes. path names it in messages and becomes
 * its default id. Returns a new item the caller owns (pack_add or
 * pack_item_free), or NULL when the file cannot make an item; every problem
 * is reported through d.
 */
struct item *load_item(const char *path, const char *data, size_t len,
    struct diag *d);

/* Adds to text a file's bytes as every stage reads them: without a
 * byte-order mark and with every CRLF made LF. */
void load_normalise(const char *data, size_t len, struct buf *text);

/*
 * For the advice when a project folder has no content/: whether dir looks
 * like a content folder itself (it is called content, or holds a folder
 * such as myths/ or a "*.md" file that starts with '---'); and the first
 * folder (by name) directly inside dir that holds a content/ folder, as
 * "dir/name" (the caller frees it), or NULL.
 */
int load_is_content_like(const char *dir);
char *load_project_below(const char *dir);

#endif
