/*
 * fsutil.h: the file system, kept in one place: reading a whole file with a
 * size cap, listing a content tree in a stable order, and writing a whole
 * output tree so that it replaces the previous one only once it is complete.
 * Functions return 0 on success and -1 on failure with errno set, unless said
 * otherwise; only fs_list_report and fs_read_each print, through a diag.
 */
#ifndef SHAREPACK_FSUTIL_H
#define SHAREPACK_FSUTIL_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"

#include "buf.h"

/* Reads all of path into out (which must be empty). Fails with EFBIG when the
 * file is larger than max bytes, leaving out empty. */
int fs_read_file(const char *path, size_t max, struct buf *out);
/* Continues *h over the bytes of the file at path, a piece of 64 KiB at a
 * time (buf_hash of each in turn, which is not buf_hash of the whole), so
 * that a large file (the program itself) is never held. Returns 0, or -1
 * with errno (EFBIG: more than max bytes) and *h as it was. */
int fs_hash_file(const char *path, size_t max, uint64_t *h);

/*
 * What stat says of a file that changes whenever its bytes may have: a
 * write changes its size or its modification time, and any change at all
 * (a time set back, a file put in its place) its change time or inode,
 * which no one can set. fs_stamp fills st for path; fs_read_file_stamped
 * is fs_read_file that also fills st, from the file as it was opened,
 * before any byte was read. fs_stamp_now is the file system's clock: a
 * change from now on gives a change time no earlier than it.
 */
struct fs_stamp {
	uint64_t size, mtime_ns, ctime_ns, ino, dev;
};
int fs_stamp(const char *path, struct fs_stamp *st);
int fs_read_file_stamped(const char *path, size_t max, struct buf *out,
    struct fs_stamp *st);
uint64_t fs_stamp_now(void);

/* A key of this program's own file, so that what one build of the
 * program wrote is not taken by another: a hash of its stamp (fs_stamp),
 * which any change to the file changes, or of its bytes when it cannot be
 * stamped or its change time is not older than fs_stamp_now (a change in
 * the same tick could leave the stamp as it was). A copy of the program
 * has a key of its own. Made once however often it is asked for (the
 * content cache's key and the build record's both start from it). 0 when
 * the file can be neither stamped nor read. */
uint64_t fs_self_key(void);

/* What fs_list_tree left out of a listing, for the caller to report. */
enum fs_problem_kind {
	FS_LINK_OUTSIDE,	/* a link to a file outside the root */
	FS_LINK_OUTSIDE_FOLDER,	/* a link to a folder outside the root */
	FS_LINK_FOLDER,		/* a link to a folder inside the root */
	FS_LINK_DANGLING,	/* a link to nothing */
	FS_LINK_BROKEN,		/* a link that cannot be followed (a loop) */
	FS_UNREADABLE,		/* a folder or entry that cannot be read */
	FS_WRONG_CASE		/* a file ending in the suffix in another case */
};

struct fs_problem {
	char *path;		/* relative to the root */
	enum fs_problem_kind kind;
	char *target;		/* where a link leads (resolved), a dangling
				 * link's text, the suffix (WRONG_CASE); or
				 * NULL */
	int err;		/* errno, for BROKEN and UNREADABLE */
};

/* A sorted list of paths relative to a root, and the sorted problems met
 * on the way; the list owns all its strings. */
struct fs_list {
	char **paths;
	size_t count;
	struct fs_problem *problems;
	size_t problem_count;
};

/*
 * Lists the regular files under root whose names end in suffix, skipping
 * names that start with '.' and, if skip_prefix is not NULL, names that
 * start with it. Paths are relative to root, sorted bytewise so output
 * never depends on directory order.
 *
 * Nothing outside root is listed: a symbolic link is followed only when it
 * leads to a file inside root (after resolving every link, the root's
 * own included). A link to a folder, a link leading out of root (for a name
 * that would be listed), a dangling or looping link, a folder that cannot
 * be read and a name ending in suffix in another case ("x.MD" for ".md")
 * are not listed but kept in out->problems, and do not make the call fail.
 *
 * Fails when root itself cannot be read, or with E2BIG past max_files files
 * (or problems) or max_depth levels; the list is then left empty. Free with
 * fs_list_free.
 */
int fs_list_tree(const char *root, const char *suffix, const char *skip_prefix,
    size_t max_files, int max_depth, struct fs_list *out);
void fs_list_free(struct fs_list *list);

/*
 * The folders a listing read, each with its stamp (fs_stamp) as it was
 * when read, so that a later build can tell the listing would be the same
 * without reading them: on Linux file systems, making, removing or
 * renaming a name in a folder changes the folder's modification and change
 * times. What a folder's stamp does not tell is counted in unsure: a
 * symbolic link (its target can change while its folder does not) and a
 * folder that could not be stamped. files and hash say which listing it
 * is (fs_list_hash); the caller sets them.
 */
struct fs_folder {
	char *path;		/* relative to the root; "" is the root */
	struct fs_stamp stamp;
};
struct fs_folders {
	struct fs_folder *folders;	/* sorted bytewise by path */
	size_t count, cap;
	size_t unsure;
	size_t files;
	uint64_t hash;
};
/* fs_list_tree that also fills folders (which must be empty) with the
 * folders it read, whatever the result; the caller frees them with
 * fs_folders_free. */
int fs_list_tree_stamped(const char *root, const char *suffix,
    const char *skip_prefix, size_t max_files, int max_depth,
    struct fs_list *out, struct fs_folders *folders);
void fs_folders_free(struct fs_folders *f);
/* Adds a copy of path with stamp st to f, in no order: the caller sorts
 * them (fs_folders_sort) once all are in. */
void fs_folders_add(struct fs_folders *f, const char *path,
    const struct fs_stamp *st);
void fs_folders_sort(struct fs_folders *f);
/* 1 when every folder of f is, below root, as stamped (a listing of root
 * now would read what it read then), else 0. */
int fs_folders_same(const char *root, const struct fs_folders *f);
/* 1 when every folder of f was stamped with modification and change times
 * before the clock reading before (fs_stamp_now) and nothing in unsure,
 * else 0: a change in the same tick as a stamp could leave it as it was. */
int fs_folders_old(const struct fs_folders *f, uint64_t before);
/* buf_hash of each path of list with its NUL, in turn, from
 * BUF_HASH_SEED; the paths must all be there (not yet read). */
uint64_t fs_list_hash(const struct fs_list *list);
/* 1 when list, with no problems, could be what fs_list_tree gives for
 * the folders f with these suffix, skip_prefix and max_depth: sorted,
 * each path a name fs_list_tree would list, in a folder of f, each
 * folder of f (but the root) a name it would descend into, in another
 * folder of f, no deeper than max_depth; else 0. For a listing kept in a
 * file that may have been damaged. */
int fs_list_fits(const struct fs_list *list, const struct fs_folders *f,
    const char *suffix, const char *skip_prefix, int max_depth);

/* Reports each of list's problems through d, naming it display_dir/path:
 * links and folders as errors (a folder that cannot be read as a system
 * error), a name in the wrong case as a warning. */
void fs_list_report(const struct fs_list *list, const char *display_dir,
    struct diag *d);

/*
 * Reads each file of list (paths relative to dir) with fs_read_file's cap
 * and calls each(shown, data, len, ctx), where shown is display_dir/path,
 * valid only during the call. A file over cap is an error at shown saying
 * too_big; any other failure to read is a system error. The list's problems
 * are reported as fs_list_report does, in path order among the files. The
 * caller frees nothing it did not allocate.
 */
void fs_read_each(const char *dir, const char *display_dir,
    const struct fs_list *list, size_t cap, const char *too_big,
    void (*each)(const char *shown, const char *data, size_t len, void *ctx),
    void *ctx, struct diag *d);

/*
 * fs_read_each with the files read and parsed on threads (one per
 * processor online): how->parse(shown, data, len, st, kd, ctx) runs on any thread
 * and reports through kd, a diag of its own whose messages are kept
 * (diag_defer); its result is handed, on the calling thread and in path
 * order, to how->take(result, recalled, ctx), right after its messages are printed
 * through d among the list's problems and failures to read, in the order
 * fs_read_each gives them. shown is valid during parse only. So the
 * output is as fs_read_each's whatever the threads do. Each path of list
 * is freed (and set NULL) once its file is taken, so that a long listing
 * is not held beside all it gave; the caller still frees list
 * (fs_list_free).
 */
struct fs_reader {
	/* Or NULL: before a file is read, the result it would give,
	 * without reading it (a cache), or NULL to read it; now is the
	 * file's stamp as it is (fs_stamp). On any thread; local is that
	 * thread's own local_size bytes, zeroed when the thread starts
	 * and freed when it is done, for what it keeps between files. */
	void *(*recall)(const struct fs_stamp *now, const char *shown,
	    struct diag *kd, void *ctx, void *local);
	/* st is the file as it was opened (fs_read_file_stamped). */
	void *(*parse)(const char *shown, const char *data, size_t len,
	    const struct fs_stamp *st, struct diag *kd, void *ctx);
	/* recalled: result is recall's, not parse's. */
	void (*take)(void *result, int recalled, void *ctx);
	void *ctx;
	size_t local_size;
};
void fs_read_each_parallel(const char *dir, const char *display_dir,
    struct fs_list *list, size_t cap, const char *too_big,
    const struct fs_reader *how, struct diag *d);

/* Whether path, with every symbolic link resolved, is root (resolved too)
 * or inside it: 1 or 0; -1 when either cannot be resolved. */
int fs_within(const char *path, const char *root);

/* path made absolute, with every symbolic link resolved (realpath), or
 * NULL when it cannot be. The caller frees the string. */
char *fs_real(const char *path);
/* dir's absolute path, every symbolic link resolved, when it is not the
 * current folder; NULL when it is, or cannot be resolved. The caller
 * frees the string. */
char *fs_elsewhere(const char *dir);

int fs_is_dir(const char *path);
/* mkdir -p. */
int fs_mkdirs(const char *path);
/* mkdir -p of the folder path is in (nothing when path has no folder). */
int fs_mkdir_parent(const char *path);
/* Writes data to path, creating parent folders. */
int fs_write_file(const char *path, const void *data, size_t len);
/* Writes data to path, whose folder must exist, and flushes it to disk
 * before returning (fdatasync): for files in a staging tree, whose
 * folders are synced once each afterwards (fs_sync_dir). */
int fs_write_synced(const char *path, const void *data, size_t len);
/* fs_write_synced with path relative to the open folder dir: a writer
 * that keeps its output folder open looks up no more than the name. */
int fs_write_synced_at(int dir, const char *path, const void *data,
    size_t len);
/* fs_write_synced_at for a folder whose files may be hard links to
 * another folder's: a file (or folder) already at path is removed, never
 * truncated, and a new one written. 0, or -1 with errno set. */
int fs_replace_synced_at(int dir, const char *path, const void *data,
    size_t len);
/* fs_write_synced_at without the sync: for scratch files read back before
 * the run ends (a package's pages). */
int fs_write_new_at(int dir, const char *path, const void *data, size_t len);
/* Flushes the folder path (the names in it) to disk. */
int fs_sync_dir(const char *path);
/* Writes data to a temporary file beside path, syncs it and renames it
 * over path, so path is either the old file or the whole new one. */
int fs_write_atomic(const char *path, const void *data, size_t len);
/* Makes the finished file tmp (beside path) 0644, as fs_write_atomic's
 * are, syncs it, renames it over path and syncs the folder, so path is
 * the old file or the whole new one. 0, or -1 with errno set; tmp is
 * then the caller's to remove. */
int fs_publish(const char *tmp, const char *path);
/* rm -rf; a missing path is not an error. */
int fs_remove_tree(const char *path);
/* rm -rf of path relative to the open folder dir (a file or a folder);
 * a missing path (or one under a file) is not an error. 0, or -1 with
 * errno set. */
int fs_remove_at(int dir, const char *path);
/* Hard-links every file below the open folder from (which stays open)
 * into the existing folder to, at the same path, making the folders between (0777 less the
 * umask); a name to already holds is left as it is. 0, or -1 with errno
 * set when any file or folder could not be linked or made (the rest
 * are). */
int fs_link_tree(int from, const char *to);
/* What fs_walk_at finds: a folder, a regular file, anything else (a
 * link, a device...). */
enum fs_kind { FS_DIR, FS_FILE, FS_OTHER };
/* Calls each with the path (relative to the open folder fd, which stays
 * open; borrowed for the call) and kind of everything below fd, a folder
 * before what it holds, following no link, down to max_depth folders
 * deep. 0, or -1 with errno set when a folder cannot be read or lies
 * deeper (ELOOP). */
int fs_walk_at(int fd, int max_depth,
    void (*each)(const char *rel, enum fs_kind kind, void *ctx), void *ctx);
/* rename(2) that never replaces what is at to (EEXIST). */
int fs_rename_new(const char *from, const char *to);

/* The hidden name ".NAME" + suffix beside the folder path NAME (its
 * trailing slashes ignored), for what a build keeps beside its output;
 * NULL when path has no name of its own (".", "..", "/"). The caller
 * frees it. */
char *fs_beside(const char *path, const char *suffix);

/*
 * Staging a whole output folder: fs_stage_begin makes a new empty folder
 * beside final (final + ".tmp-XXXXXX"), returned in a string the caller frees.
 * Write everything into it, syncing each file and each folder below it
 * (fs_write_synced, fs_sync_dir); then fs_stage_commit syncs the staging
 * folder, swaps it into place of final (atomically where the system can)
 * and syncs final's parent, removing the old tree; or fs_stage_abort
 * removes it and leaves final as it was. No call syncs the whole file
 * system.
 */
char *fs_stage_begin(const char *final);
int fs_stage_commit(const char *staging, const char *final);
/* fs_stage_commit but for the removal: *old is then the old tree's path
 * (the caller removes it with fs_remove_tree, and frees the string), or
 * NULL when final did not exist. On failure (-1, errno set) *old is NULL
 * unless the swap was made and only the sync of the folder failed. */
int fs_stage_swap(const char *staging, const char *final, char **old);
void fs_stage_abort(const char *staging);
/* Renames the folder (beside final) to a new staging name for final, as
 * fs_stage_begin would name it, so that a run killed while it changes the
 * folder leaves a staging folder, and syncs the folder they are in, so
 * that no crash can show the changes under the old name. Returns the new
 * name (the caller frees it), or NULL with errno set: the folder is then
 * where it was (or, if a sync failed and it could not be put back, a
 * staging folder). */
char *fs_stage_adopt(const char *folder, const char *final);

/* The value of a hexadecimal digit, or -1: for %XX escapes in paths and
 * addresses. */
int fs_hex_digit(char c);

#endif
