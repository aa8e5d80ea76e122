/*
 * fsutil.h: the file system, kept in one place: reading a whole file with a
 * size cap, listing a content tree in a stable order, and writing a whole
 * output tree so that it replaces the previous one only once it is complete.
 * Functions return 0 on success and -1 on failure with errno set, unless said
 * otherwise; none of them prints anything.
 */
#ifndef SHAREPACK_FSUTIL_H
#define SHAREPACK_FSUTIL_H

#include <stddef.h>

#include "diag.h"

#include "buf.h"

/* Reads all of path into out (which must be empty). Fails with EFBIG when the
 * file is larger than max bytes, leaving out empty. */
int fs_read_file(const char *path, size_t max, struct buf *out);

/* A sorted list of paths relative to a root; the list owns its strings. */
struct fs_list {
	char **paths;
	size_t count;
};

/* Lists the regular files under root whose names end in suffix, skipping
 * names that start with '.' and, if skip_prefix is not NULL, names that start
 * with it. Paths are relative to root, sorted bytewise so output never depends
 * on directory order. Stops with E2BIG past max_files files or max_depth
 * levels. On failure the list is left empty. Free with fs_list_free. */
int fs_list_tree(const char *root, const char *suffix, const char *skip_prefix,
    size_t max_files, int max_depth, struct fs_list *out);
void fs_list_free(struct fs_list *list);

/*
 * Reads each file of list (paths relative to dir) with fs_read_file's cap
 * and calls each(shown, data, len, ctx), where shown is display_dir/path,
 * valid only during the call. A file over cap is an error at shown saying
 * too_big; any other failure to read is a system error. The caller frees
 * nothing it did not allocate.
 */
void fs_read_each(const char *dir, const char *display_dir,
    const struct fs_list *list, size_t cap, const char *too_big,
    void (*each)(const char *shown, const char *data, size_t len, void *ctx),
    void *ctx, struct diag *d);

int fs_is_dir(const char *path);
/* mkdir -p. */
int fs_mkdirs(const char *path);
/* mkdir -p of the folder path is in (nothing when path has no folder). */
int fs_mkdir_parent(const char *path);
/* Writes data to path, creating parent folders. */
int fs_write_file(const char *path, const void *data, size_t len);
/* Writes data to a temporary file beside path, syncs it and renames it
 * over path, so path is either the old file or the whole new one. */
int fs_write_atomic(const char *path, const void *data, size_t len);
/* rm -rf; a missing path is not an error. */
int fs_remove_tree(const char *path);

/*
 * Staging a whole output folder: fs_stage_begin makes a new empty folder
 * beside final (final + ".tmp-XXXXXX"), returned in a string the caller frees.
 * Write everything into it, then fs_stage_commit syncs it and swaps it into
 * place of final (atomically where the system can), removing the old tree;
 * or fs_stage_abort removes it and leaves final as it was.
 */
char *fs_stage_begin(const char *final);
int fs_stage_commit(const char *staging, const char *final);
void fs_stage_abort(const char *staging);

#endif
