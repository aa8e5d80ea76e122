/*
 * cache.h: the content cache, so that a rebuild reads, parses and checks
 * only the files that changed. A build that succeeds keeps, beside its
 * output folder (cache_path: never in it, since a site is published
 * whole and the cache holds the lint's messages), each content file's
 * small model (struct item without its tree) and what reading, checking
 * and linting that file alone said (its three diag notes). The next
 * build into the same folder takes an item from there instead of reading its file when the
 * file's stamp (fs_stamp: size, modification and change times, inode,
 * device) is the one it had when it was read: any write changes the
 * change time, which no one can set back, so no file is read to know;
 * the checks across items always run again. A stamp whose change time
 * is not older than the clock when that build began reading (a write in
 * the same tick could leave it as it was) is not kept.
 *
 * The listing of the content folder is kept too, with each folder's
 * stamp, and taken again while every folder is as stamped
 * (cache_listing): no folder is read to know.
 *
 * The cache is for the key it was made with (cache_key: this program's
 * file, by fs_self_key, the settings file, the theme asked for, --strict, the content
 * folder); any other key, or a file that is not a cache, is no cache.
 *
 * The load stage calls cache_recall; main opens, formats and closes.
 * It knows the model and the file system only.
 */
#ifndef SHAREPACK_CACHE_H
#define SHAREPACK_CACHE_H

#include <stdint.h>

#include "buf.h"
#include "pack.h"

struct cache;

/* Where the cache of the output folder outdir is: ".NAME.sharepack-cache"
 * in the folder that holds it ("build/.site.sharepack-cache"), or NULL
 * for an outdir with no name of its own ("/"). The caller frees it. */
char *cache_path(const char *outdir);

/* The key of what every cached item and message depends on besides its
 * file; theme may be NULL (the built-in theme). 0 when this program
 * cannot stamp or read itself: no cache is then kept or used. */
uint64_t cache_key(const char *settings_file, const char *theme, int strict,
    const char *content_shown);

/* The cache at path made with key, or NULL when there is none (or path
 * is NULL). The caller frees it with cache_close. */
struct cache *cache_open(const char *path, uint64_t key);
void cache_close(struct cache *c);

/* What a thread recalling items keeps from one call to the next: the
 * entry after the one it recalled last, and from which cache (the files
 * are read in path order, a run of them on each thread, as the entries
 * are written, so it is most often the one looked for; any other is
 * found by its path's hash), and its own piece of the items' memory.
 * Each thread has its own, zeroed to start. */
struct cache_thread {
	const struct cache *c;
	size_t next;
	struct pack_carver carver;
};

/*
 * A new item (the caller owns it, with the pack that owns files) as the
 * file shown as shown in messages gave when it was read, if its stamp now
 * (fs_stamp, taken by the caller) is the one it had then; with checked
 * and linted set and its notes, its tree dropped, its files set to files,
 * settled (pack_item_settle), its stamp set as pack_set_stamp does with
 * files' started. NULL otherwise. c may be NULL. Any thread, each with
 * its own t.
 */
struct item *cache_recall(const struct cache *c, struct cache_thread *t,
    const struct fs_stamp *now, const char *shown, struct pack_files *files);

/* Gives back the memory c's entries are read into, until cache_write
 * reads them again: between the two a build holds its pages. After it,
 * cache_recall finds nothing. */
void cache_idle(struct cache *c);

/* Writes to path (a new file put in its place) the cache of p's items
 * and translations whose file was read and checked in full this run, or
 * recalled, made with key. old (or NULL) is the cache p's items were
 * recalled from, still open: an item recalled and not changed since is
 * copied from it, not encoded again, and when every item is, path is
 * left as it is, being that cache already. Returns 0, or -1 with path
 * as it was. */
int cache_write(const char *path, const struct pack *p, uint64_t key,
    const struct cache *old);
/*
 * The listing of the content folder root (fs_list_tree_stamped's, with
 * these suffix, skip_prefix and max_depth) that the build c was written
 * by made, when every folder it read is as it was then (fs_folders_same):
 * 0 with out and folders (which must be empty) filled, as the listing
 * would fill them, for the caller to free (fs_list_free,
 * fs_folders_free). -1 with both empty when there is none, a folder
 * changed, or what c holds is not a listing fs_list_tree could make
 * (fs_list_fits). c may be NULL. A cache keeps the listing of the build
 * that wrote it (pack_files' listed) when it was one to keep and every
 * file of it became an item kept.
 */
int cache_listing(const struct cache *c, const char *root, const char *suffix,
    const char *skip_prefix, int max_depth, struct fs_list *out,
    struct fs_folders *folders);

/*
 * cache_write in two steps, so that old can be closed between them:
 * cache_prepare writes the cache into a new file beside path and returns
 * it as a draft (NULL when it could not be written; a draft with nothing
 * to put when path is that cache already); cache_keep puts it in path's
 * place (0, or -1 with path as it was) and cache_drop removes it. Both
 * free the draft, and take NULL.
 */
struct cache_draft;
struct cache_draft *cache_prepare(const char *path, const struct pack *p,
    uint64_t key, const struct cache *old);
int cache_keep(struct cache_draft *d);
void cache_drop(struct cache_draft *d);

/*
 * cache_prepare on a thread of its own, so that a rebuild goes on with
 * what does not touch the items (the theme, the page records) while the
 * cache is written: cache_prepare_start begins it and cache_prepare_wait
 * returns its draft (as cache_prepare's) once it is done, freeing what
 * start returned. path, p and old are borrowed till then: nothing may
 * change p's items or files, or old, and old stays open. When no thread can be started,
 * start prepares it there and then. Both take NULL (wait then returns
 * NULL); a draft that is not wanted after all goes with cache_drop.
 */
struct cache_preparing;
struct cache_preparing *cache_prepare_start(const char *path,
    const struct pack *p, uint64_t key, const struct cache *old);
struct cache_draft *cache_prepare_wait(struct cache_preparing *w);

#endif
