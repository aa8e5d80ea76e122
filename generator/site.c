/* site.c: writes a site into a staging folder as its pages come (each
 * file synced, each folder made once and synced when changed, unchanged
 * pages kept or carried over from the last builds) and swaps it into
 * place atomically, keeping the site it replaced as the next build's
 * staging folder (the spare). */
#include "site.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "fsutil.h"
#include "record.h"
#include "sitemap.h"
#include "xalloc.h"

/* 1 if path may be replaced: missing, empty, or made by sharepack. */
static int
replaceable(const char *outdir, struct diag *d)
{
	struct stat sb;
	if (stat(outdir, &sb) != 0)
		return 1;
	if (!S_ISDIR(sb.st_mode)) {
		diag_syserr(d, "%s exists and is not a folder; choose another "
		    "output with -o", outdir);
		return 0;
	}
	char *marker = xasprintf("%s/%s", outdir, SITE_MARKER);
	int ok = stat(marker, &sb) == 0;
	free(marker);
	if (ok)
		return 1;
	DIR *dir = opendir(outdir);
	if (dir == NULL) {
		diag_syserr(d, "%s: cannot read: %s", outdir, strerror(errno));
		return 0;
	}
	int empty = 1;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			empty = 0;
	closedir(dir);
	if (!empty)
		diag_syserr(d, "%s is not empty and was not made by sharepack, "
		    "so it is left alone; choose another output with -o or "
		    "empty it", outdir);
	return empty;
}

/* Whether name is NAME.tmp-XXXXXX or NAME.tmp-XXXXXX.old for base NAME:
 * the staging folders fs_stage_begin and fs_stage_commit make. */
static int
staging_name(const char *name, const char *base)
{
	size_t n = strlen(base);
	if (strncmp(name, base, n) != 0 || strncmp(name + n, ".tmp-", 5) != 0)
		return 0;
	const char *rest = name + n + 5;
	for (int i = 0; i < 6; i++)
		if (rest[i] == '\0' || rest[i] == '.' || rest[i] == '/')
			return 0;
	return rest[6] == '\0' || strcmp(rest + 6, ".old") == 0;
}

/* Removes the staging folders a killed or interrupted build left beside
 * outdir: only those named as sharepack names them and marked as its own. */
static void
remove_stale_staging(const char *outdir)
{
	const char *slash = strrchr(outdir, '/');
	char *parent = slash ? xstrndup(outdir, (size_t)(slash - outdir)) :
	    xstrdup(".");
	const char *base = slash ? slash + 1 : outdir;
	DIR *dir = opendir(*parent ? parent : "/");
	struct dirent *e;
	while (dir != NULL && (e = readdir(dir)) != NULL) {
		if (!staging_name(e->d_name, base))
			continue;
		char *path = xasprintf("%s/%s", parent, e->d_name);
		char *marker = xasprintf("%s/%s", path, SITE_MARKER);
		struct stat sb;
		if (lstat(path, &sb) == 0 && S_ISDIR(sb.st_mode) &&
		    access(marker, F_OK) == 0)
			fs_remove_tree(path);
		free(marker);
		free(path);
	}
	if (dir != NULL)
		closedir(dir);
	free(parent);
}

/* ---- the staging tree ---- */

/* A folder of the staging tree. */
struct stage_dir {
	char *path;		/* relative to the staging folder */
	unsigned char used;	/* this build puts or keeps a file in it;
				 * a recycled spare's others go */
	unsigned char changed;	/* names were added to it or taken from
				 * it: synced before the swap */
};

/* What a file of a recycled spare (anything in it but a folder) is to
 * this build: what it was when the spare was taken (its kind), then
 * what this build does with it (its mark). */
enum {
	FOUND_PLAIN = 1,	/* kind: a regular file */
	FOUND_KEYED = 2,	/* kind: the spare's record has it, with key */
	FOUND_USED = 4,		/* mark: this build keeps, replaces or
				 * writes it; the others go before the
				 * swap */
	FOUND_LENT = 8		/* mark: its path is the new record's (one
				 * copy of each path), which frees it */
};

struct found {
	char *path;		/* relative to the staging folder */
	uint64_t key;		/* the spare's record's, if FOUND_KEYED */
	unsigned char kind;	/* FOUND_PLAIN, FOUND_KEYED: set before any
				 * page comes, then read by any thread */
	unsigned char mark;	/* FOUND_USED, FOUND_LENT: under w->lock */
};

/* How deep a spare's folders may go: a site's are a few deep, so a
 * deeper tree is not one sharepack made. */
#define SPARE_MAX_DEPTH 32

struct site_writer {
	char *outdir;		/* as given, without trailing slashes */
	char *staging;		/* outdir.tmp-XXXXXX */
	int stage_fd;		/* staging, open: every file and folder is
				 * made from it, by its path in the site */
	int old_fd;		/* outdir, open while pages may be carried
				 * from it; else -1 */
	pthread_mutex_t lock;	/* over everything below */
	struct stage_dir *dirs;	/* the folders of staging, sorted
				 * bytewise by path */
	size_t dir_count, dir_cap;
	char *failed;		/* the first file that could not be
				 * written, or NULL */
	int failed_errno;
	size_t pages;		/* .html files written or carried over */
	size_t carried;		/* .html files of those carried over from
				 * the last builds */
	struct record old;	/* the last build's, when its inputs
				 * shared by every page were the same;
				 * else empty */
	struct record now;	/* this build's, written at the end when
				 * its global hash is known (not 0) */
	int scratch;		/* site_scratch: files are read back, not
				 * published, so none is synced */
	char *spare;		/* where the site this build replaces is
				 * kept for the next (fs_beside), or NULL
				 * when none is: no record, or something
				 * sharepack did not make is there */
	int recycled;		/* staging is the spare, renamed: its files
				 * are kept, replaced or removed */
	struct found *found;	/* recycled: its files when it was taken */
	size_t found_count, found_cap;
	uint32_t *found_slot;	/* found by path (find_found): an index
				 * + 1, or 0 for none */
	size_t found_mask;	/* found_slot's size - 1 */
	char *dead;		/* a spare of no use, renamed as a staging
				 * folder, removed after the swap; or NULL */
	int link_spare;		/* after the swap, the spare is made from
				 * the new site by hard links */
	char *old_tree;		/* the previous site once swapped out,
				 * when it is not kept; or NULL */
	pthread_t tidier;	/* removes old_tree and dead, makes the
				 * spare, while the caller goes on */
	int tidying;		/* tidier runs, until joined */
	int removed;		/* old_tree's removal, once joined: 0, or
				 * an errno */
};

/* Where the folder named by dir's first len bytes is in w->dirs, or
 * where it would go; *found says which. Ordered as strcmp orders the
 * names, so a page's folder is found in its path, with no copy. */
static size_t
dir_index_n(const struct site_writer *w, const char *dir, size_t len,
    int *found)
{
	size_t lo = 0, hi = w->dir_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *p = w->dirs[mid].path;
		int c = strncmp(p, dir, len);
		if (c == 0)
			c = p[len] != '\0';
		if (c == 0) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = 0;
	return lo;
}

/* Where dir is in w->dirs, or where it would go; *found says which. */
static size_t
dir_index(const struct site_writer *w, const char *dir, int *found)
{
	return dir_index_n(w, dir, strlen(dir), found);
}

/* Adds the folder dir (copied) to w->dirs at at. */
static void
dir_insert(struct site_writer *w, size_t at, const char *dir, int made)
{
	if (w->dir_count == w->dir_cap) {
		w->dir_cap = w->dir_cap ? w->dir_cap * 2 : 16;
		w->dirs = xrealloc(w->dirs, w->dir_cap * sizeof *w->dirs);
	}
	memmove(w->dirs + at + 1, w->dirs + at,
	    (w->dir_count - at) * sizeof *w->dirs);
	w->dirs[at].path = xstrdup(dir);
	w->dirs[at].used = (unsigned char)made;
	w->dirs[at].changed = (unsigned char)made;
	w->dir_count++;
}

/* Where the search for path in w->found_slot starts. */
static size_t
found_home(const struct site_writer *w, const char *path)
{
	return (size_t)buf_hash(BUF_HASH_SEED, path, strlen(path)) &
	    w->found_mask;
}

/* w->found indexed by path, in a table of at least twice as many slots:
 * every page asks for its path once or twice. */
static void
index_found(struct site_writer *w)
{
	size_t n = 64;
	while (n < 2 * w->found_count)
		n *= 2;
	w->found_mask = n - 1;
	w->found_slot = xcalloc(n, sizeof *w->found_slot);
	for (size_t i = 0; i < w->found_count; i++) {
		size_t at = found_home(w, w->found[i].path);
		while (w->found_slot[at] != 0)
			at = (at + 1) & w->found_mask;
		w->found_slot[at] = (uint32_t)i + 1;
	}
}

/* The recycled spare's file at path, or NULL. From any thread: the
 * index and the paths are not changed once the spare is taken (only
 * the marks are, under w->lock). */
static struct found *
find_found(const struct site_writer *w, const char *path)
{
	if (w->found_slot == NULL)
		return NULL;
	for (size_t at = found_home(w, path); w->found_slot[at] != 0;
	    at = (at + 1) & w->found_mask) {
		struct found *f = &w->found[w->found_slot[at] - 1];
		if (strcmp(f->path, path) == 0)
			return f;
	}
	return NULL;
}

/* A folder found used and those above it, which the sweep must keep. */
static void
mark_used(struct site_writer *w, size_t at)
{
	while (!w->dirs[at].used) {
		w->dirs[at].used = 1;
		const char *path = w->dirs[at].path;
		const char *slash = strrchr(path, '/');
		if (slash == NULL)
			return;
		char *parent = xstrndup(path, (size_t)(slash - path));
		int found;
		at = dir_index(w, parent, &found);
		free(parent);
		if (!found)
			return;
	}
}

/* In a recycled spare, a file (or anything but a folder) where this
 * build needs the folder dir: it goes, and the folder is made. */
static int
dir_over_file(struct site_writer *w, const char *dir)
{
	struct found *f = find_found(w, dir);
	if (f != NULL)
		f->mark |= FOUND_USED;
	if (fs_remove_at(w->stage_fd, dir) != 0)
		return -1;
	return mkdirat(w->stage_fd, dir, 0777);
}

/* Makes the folder dir (relative to the staging folder) and those above
 * it, each only the first time it is asked for, so no mkdir fails; *at
 * is then its place in w->dirs. Called with w->lock held. */
static int
make_dir(struct site_writer *w, const char *dir, size_t *at)
{
	int found;
	*at = dir_index(w, dir, &found);
	if (found) {
		mark_used(w, *at);
		return 0;
	}
	const char *slash = strrchr(dir, '/');
	if (slash != NULL) {
		char *parent = xstrndup(dir, (size_t)(slash - dir));
		size_t up;
		int r = make_dir(w, parent, &up);
		if (r == 0)
			w->dirs[up].changed = 1;
		free(parent);
		if (r != 0)
			return -1;
		*at = dir_index(w, dir, &found);
	}
	if (mkdirat(w->stage_fd, dir, 0777) != 0 && !(w->recycled &&
	    errno == EEXIST && dir_over_file(w, dir) == 0))
		return -1;
	dir_insert(w, *at, dir, 1);
	return 0;
}

/* The folder of the file path, made if need be and marked changed when
 * change (a name is added to it or taken from it). Called with w->lock
 * held. */
static int
use_dir(struct site_writer *w, const char *path, int change)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return 0;
	/* Most pages go into a folder made or kept already. */
	int found;
	size_t at = dir_index_n(w, path, (size_t)(slash - path), &found);
	if (found && w->dirs[at].used) {
		w->dirs[at].changed |= (unsigned char)change;
		return 0;
	}
	char *dir = xstrndup(path, (size_t)(slash - path));
	int r = make_dir(w, dir, &at);
	if (r == 0 && change)
		w->dirs[at].changed = 1;
	free(dir);
	return r;
}

/* Keeps the first failure, for site_finish to report. */
static void
note_failure(struct site_writer *w, const char *path, int err)
{
	pthread_mutex_lock(&w->lock);
	if (w->failed == NULL) {
		w->failed = xstrdup(path);
		w->failed_errno = err;
	}
	pthread_mutex_unlock(&w->lock);
}

/* Whether path names an HTML page, which the summary counts. */
static int
is_page(const char *path)
{
	size_t n = strlen(path);
	return n > 5 && strcmp(path + n - 5, ".html") == 0;
}

/* The folder path is in, marked changed (a name was taken from it). */
static void
parent_changed(struct site_writer *w, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return;
	char *parent = xstrndup(path, (size_t)(slash - path));
	int found;
	size_t at = dir_index(w, parent, &found);
	if (found)
		w->dirs[at].changed = 1;
	free(parent);
}

/* fs_walk_at's each over a spare: its folders to w->dirs, the rest to
 * w->found. */
static void
found_one(const char *rel, enum fs_kind kind, void *ctx)
{
	struct site_writer *w = ctx;
	if (kind == FS_DIR) {
		int found;
		dir_insert(w, dir_index(w, rel, &found), rel, 0);
		return;
	}
	if (w->found_count == w->found_cap) {
		w->found_cap = w->found_cap ? w->found_cap * 2 : 256;
		w->found = xrealloc(w->found, w->found_cap * sizeof *w->found);
	}
	w->found[w->found_count].path = xstrdup(rel);
	w->found[w->found_count].key = 0;
	w->found[w->found_count].kind = kind == FS_FILE ? FOUND_PLAIN : 0;
	w->found[w->found_count].mark = 0;
	w->found_count++;
}

/* Gives each file found the key the spare's record rec has for it. */
static void
take_keys(struct site_writer *w, const struct record *rec)
{
	for (size_t k = 0; k < rec->count; k++) {
		struct found *f = find_found(w, rec->entries[k].path);
		if (f != NULL) {
			f->key = rec->entries[k].key;
			f->kind |= FOUND_KEYED;
		}
	}
}

/* Forgets what a walk found, when the spare is not taken after all. */
static void
forget_walk(struct site_writer *w)
{
	for (size_t i = 0; i < w->found_count; i++)
		if (!(w->found[i].mark & FOUND_LENT))
			free(w->found[i].path);
	free(w->found);
	w->found = NULL;
	w->found_count = w->found_cap = 0;
	free(w->found_slot);
	w->found_slot = NULL;
	for (size_t i = 0; i < w->dir_count; i++)
		free(w->dirs[i].path);
	free(w->dirs);
	w->dirs = NULL;
	w->dir_count = w->dir_cap = 0;
}

/* Walks the spare renamed as staging and takes it as w's staging folder,
 * with rec's keys. -1 when it cannot be read: nothing is taken. */
static int
take_spare(struct site_writer *w, char *staging, const struct record *rec)
{
	int fd = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || fs_walk_at(fd, SPARE_MAX_DEPTH, found_one, w) != 0) {
		if (fd >= 0)
			close(fd);
		forget_walk(w);
		return -1;
	}
	index_found(w);
	take_keys(w, rec);
	w->staging = staging;
	w->stage_fd = fd;
	w->recycled = 1;
	return 0;
}

/*
 * The spare (w->spare) as the staging folder: taken when the site's record
 * and the spare's are both of this build's inputs, renamed first, so that
 * a run killed while it changes it leaves a staging folder. A spare of
 * sharepack's that is not taken goes after the swap; a folder sharepack
 * did not make there is left alone, and no spare is kept. Returns 0 when
 * taken.
 */
static int
adopt_spare(struct site_writer *w)
{
	struct stat sb;
	if (lstat(w->spare, &sb) != 0)
		return -1;
	char *marker = xasprintf("%s/%s", w->spare, SITE_MARKER);
	int ours = S_ISDIR(sb.st_mode) && lstat(marker, &sb) == 0;
	free(marker);
	/* Read once it is this run's alone: what another build might put
	 * there meanwhile is never read as what was renamed. */
	char *staging = ours ? fs_stage_adopt(w->spare, w->outdir) : NULL;
	if (staging == NULL) {
		free(w->spare);
		w->spare = NULL;
		return -1;
	}
	struct record rec = RECORD_INIT;
	if (w->old.global != 0)
		record_read(staging, &rec);
	int fit = rec.global != 0 && rec.global == w->now.global;
	int rc = fit ? take_spare(w, staging, &rec) : -1;
	record_free(&rec);
	if (rc != 0)
		w->dead = staging;
	return rc;
}

/* The last build's record, if it is of this build's inputs, and the
 * spare, as the staging folder if it can be. */
static void
read_last(struct site_writer *w)
{
	record_read(w->outdir, &w->old);
	if (w->old.global != w->now.global)
		record_free(&w->old);
	else
		w->old_fd = open(w->outdir, O_RDONLY | O_DIRECTORY |
		    O_CLOEXEC);
	w->spare = fs_beside(w->outdir, SITE_SPARE);
	if (w->spare != NULL)
		adopt_spare(w);
}

/* Whether a recycled spare has the file at path, which is then kept
 * where it is: an asset, whose bytes the record's global hash covers, as
 * every one of the spare's is. */
static int
keep_found(struct site_writer *w, const char *path)
{
	pthread_mutex_lock(&w->lock);
	struct found *f = find_found(w, path);
	int keep = f != NULL && (f->kind & FOUND_PLAIN) &&
	    use_dir(w, path, 0) == 0;
	if (keep)
		f->mark |= FOUND_USED;
	pthread_mutex_unlock(&w->lock);
	return keep;
}

/* A new, empty staging folder for w. -1 after reporting. */
static int
stage_fresh(struct site_writer *w, struct diag *d)
{
	char *staging = fs_stage_begin(w->outdir);
	if (staging == NULL) {
		diag_syserr(d, "%s: cannot create a folder beside it: %s",
		    w->outdir, strerror(errno));
		return -1;
	}
	int fd = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		diag_syserr(d, "%s: cannot open the folder made beside it: %s",
		    w->outdir, strerror(errno));
		fs_stage_abort(staging);
		free(staging);
		return -1;
	}
	w->staging = staging;
	w->stage_fd = fd;
	return 0;
}

/* A writer whose staging folder is beside outdir (taken), marked as
 * sharepack's, after removing those a killed run left there: the spare,
 * when it can be, or a new folder. Returns NULL after reporting. */
static struct site_writer *
writer_new(char *outdir, int scratch, uint64_t global, struct diag *d)
{
	remove_stale_staging(outdir);
	struct site_writer *w = xcalloc(1, sizeof *w);
	w->outdir = outdir;
	w->stage_fd = -1;
	w->old_fd = -1;
	w->scratch = scratch;
	w->old = (struct record)RECORD_INIT;
	w->now = (struct record)RECORD_INIT;
	w->now.global = global;
	pthread_mutex_init(&w->lock, NULL);
	if (global != 0)
		read_last(w);
	if (w->staging == NULL && stage_fresh(w, d) != 0) {
		site_abandon(w);
		site_writer_free(w);
		return NULL;
	}
	static const char note[] = "This folder was made by sharepack; every "
	    "build replaces it whole.\n";
	if (!keep_found(w, SITE_MARKER))
		site_put(w, SITE_MARKER, note, sizeof note - 1);
	return w;
}

struct site_writer *
site_begin(const char *outdir_arg, uint64_t global, struct diag *d)
{
	/* "site/", as shell completion types it, is the folder "site". */
	size_t len = strlen(outdir_arg);
	while (len > 1 && outdir_arg[len - 1] == '/')
		len--;
	char *outdir = xstrndup(outdir_arg, len);
	if (!replaceable(outdir, d)) {
		free(outdir);
		return NULL;
	}
	return writer_new(outdir, 0, global, d);
}

struct site_writer *
site_scratch(const char *beside, struct diag *d)
{
	return writer_new(xstrdup(beside), 1, 0, d);
}

const char *
site_dir(const struct site_writer *w)
{
	return w->staging;
}

int
site_scratch_done(struct site_writer *w, struct diag *d)
{
	if (w->failed != NULL) {
		errno = w->failed_errno;
		diag_syserr(d, "%s: cannot write %s beside it: %s", w->outdir,
		    w->failed, strerror(w->failed_errno));
	}
	return w->failed != NULL ? -1 : 0;
}

int
site_put(struct site_writer *w, const char *path, const void *data,
    size_t len)
{
	pthread_mutex_lock(&w->lock);
	int r = w->failed != NULL ? -1 : use_dir(w, path, 1);
	struct found *f = r == 0 ? find_found(w, path) : NULL;
	if (f != NULL)
		f->mark |= FOUND_USED;
	pthread_mutex_unlock(&w->lock);
	/* A file of a recycled spare may be the live site's too (a hard
	 * link): it is replaced, never written over. */
	if (r == 0 && f != NULL)
		r = fs_remove_at(w->stage_fd, path);
	if (r == 0)
		r = w->scratch ? fs_write_new_at(w->stage_fd, path, data, len) :
		    fs_replace_synced_at(w->stage_fd, path, data, len);
	if (r != 0) {
		note_failure(w, path, errno);
		return -1;
	}
	if (is_page(path)) {
		pthread_mutex_lock(&w->lock);
		w->pages++;
		pthread_mutex_unlock(&w->lock);
	}
	return 0;
}

size_t
site_pages(const struct site_writer *w)
{
	return w->pages;
}

size_t
site_carried(const struct site_writer *w)
{
	return w->carried;
}

/* The old site's file at path into the staging tree, in place of the one
 * there (a recycled spare's older one) when there: a hard link, which
 * costs nothing (and, between two open folders, looks up only the path
 * in the site), or a copy where links cannot be made. */
static int
carry_file(const struct site_writer *w, const char *path, int there)
{
	if (w->old_fd < 0)
		return -1;
	if (there && fs_remove_at(w->stage_fd, path) != 0)
		return -1;
	int r = linkat(w->old_fd, path, w->stage_fd, path, 0);
	/* What no walk found there: a folder where the page goes. */
	if (r != 0 && errno == EEXIST && fs_remove_at(w->stage_fd, path) == 0)
		r = linkat(w->old_fd, path, w->stage_fd, path, 0);
	if (r != 0 && errno != ENOENT) {
		char *from = xasprintf("%s/%s", w->outdir, path);
		struct buf data = BUF_INIT;
		r = fs_read_file(from, (size_t)1 << 31, &data);
		if (r == 0)
			r = fs_replace_synced_at(w->stage_fd, path, data.data,
			    data.len);
		buf_free(&data);
		free(from);
	}
	return r;
}

int
site_reuse(struct site_writer *w, const char *path, uint64_t key)
{
	enum { MAKE, KEEP, CARRY } how = MAKE;
	/* Neither the spare's index (but its marks) nor the last build's
	 * record changes while pages come: both are looked up before the
	 * lock, which the threads then hold only to mark and count; the
	 * record only for a page the spare does not have as it is. */
	struct found *f = find_found(w, path);
	const int kept = FOUND_PLAIN | FOUND_KEYED;
	int same = f != NULL && (f->kind & kept) == kept && f->key == key;
	int was = !same && w->old_fd >= 0 && record_has(&w->old, path, key);
	int page = is_page(path);
	pthread_mutex_lock(&w->lock);
	if (w->now.global != 0 && f != NULL && !(f->mark & FOUND_LENT)) {
		record_take(&w->now, f->path, key);
		f->mark |= FOUND_LENT;
	} else if (w->now.global != 0) {
		record_add(&w->now, path, key);
	}
	if (w->failed != NULL)
		how = MAKE;
	else if (same)
		how = KEEP;
	else if (was)
		how = CARRY;
	/* A page kept where it is adds no name to its folder. */
	if (how != MAKE && use_dir(w, path, how == CARRY) != 0)
		how = MAKE;
	if (how != MAKE && f != NULL)
		f->mark |= FOUND_USED;
	/* Counted now, and uncounted in the rare case the carry fails. */
	if (how != MAKE) {
		w->carried += page;
		w->pages += page;
	}
	pthread_mutex_unlock(&w->lock);
	/* A file gone from the old site is made again, not a failure. */
	if (how == CARRY && carry_file(w, path, f != NULL) != 0) {
		pthread_mutex_lock(&w->lock);
		w->carried -= page;
		w->pages -= page;
		pthread_mutex_unlock(&w->lock);
		how = MAKE;
	}
	return how != MAKE;
}

static void
put_asset(struct site_writer *w, const struct theme *t,
    const struct theme_asset *a)
{
	struct buf data = BUF_INIT;
	char *rel = sitemap_asset(a->name);
	if (keep_found(w, rel)) {
		/* The spare's, of the same bytes. */
	} else if (theme_read_asset(t, a, THEME_MAX_BYTES * 8, &data) == 0) {
		site_put(w, rel, data.data, data.len);
	} else {
		note_failure(w, a->name, errno);
	}
	buf_free(&data);
	free(rel);
}

/* The old site is closed before it is swapped out. */
static void
close_old(struct site_writer *w)
{
	if (w->old_fd >= 0)
		close(w->old_fd);
	w->old_fd = -1;
}

/* In a recycled spare, what this build neither made nor kept goes: the
 * files, then the folders left empty, deepest first (a folder sorts
 * before what it holds). */
static void
sweep(struct site_writer *w)
{
	for (size_t i = 0; w->failed == NULL && i < w->found_count; i++) {
		const struct found *f = &w->found[i];
		if (f->mark & FOUND_USED)
			continue;
		if (fs_remove_at(w->stage_fd, f->path) != 0)
			note_failure(w, f->path, errno);
		parent_changed(w, f->path);
	}
	for (size_t i = w->dir_count; w->failed == NULL && i-- > 0;) {
		struct stage_dir *sd = &w->dirs[i];
		if (sd->used)
			continue;
		/* One this build wrote a file in place of is not a folder
		 * any more. */
		if (unlinkat(w->stage_fd, sd->path, AT_REMOVEDIR) != 0 &&
		    errno != ENOENT && errno != ENOTDIR)
			note_failure(w, sd->path, errno);
		sd->changed = 0;
		parent_changed(w, sd->path);
	}
}

/* The new site's files, linked into a staging folder (its marker first,
 * so that a killed run's is removed as any) renamed as the spare. The
 * spare is only ever a shortcut: one that cannot be made is none. */
static void
make_spare(struct site_writer *w)
{
	char *tmp = fs_stage_begin(w->outdir);
	if (tmp == NULL)
		return;
	char *to = xasprintf("%s/%s", tmp, SITE_MARKER);
	/* From the folder this build made, open, not by outdir's name:
	 * were another build to swap in its own site meanwhile, no file of
	 * it would be linked beside this one's record. */
	if (linkat(w->stage_fd, SITE_MARKER, AT_FDCWD, to, 0) != 0 ||
	    fs_link_tree(w->stage_fd, tmp) != 0 ||
	    fs_rename_new(tmp, w->spare) != 0)
		fs_remove_tree(tmp);
	free(to);
	free(tmp);
}

/* The tidier thread: what follows the swap, while the caller writes the
 * content cache. A spare of no use that cannot be removed is a staging
 * folder, which the next build removes. */
static void *
tidy(void *arg)
{
	struct site_writer *w = arg;
	if (w->old_tree != NULL)
		w->removed = fs_remove_tree(w->old_tree) == 0 ? 0 : errno ?
		    errno : EIO;
	if (w->dead != NULL)
		fs_remove_tree(w->dead);
	if (w->link_spare)
		make_spare(w);
	return NULL;
}

/* After the swap: the previous site (old, taken; NULL when there was
 * none) becomes the spare when its record is of this build's inputs
 * (one rename). Otherwise it goes, and the spare is made from the new
 * site by links, on another thread. */
static void
place_old(struct site_writer *w, char *old)
{
	if (old != NULL && w->spare != NULL && w->old.global != 0 &&
	    fs_rename_new(old, w->spare) == 0) {
		free(old);
		old = NULL;
	} else {
		w->link_spare = w->spare != NULL;
	}
	w->old_tree = old;
	if (old == NULL && w->dead == NULL && !w->link_spare)
		return;
	w->tidying = pthread_create(&w->tidier, NULL, tidy, w) == 0;
	if (!w->tidying)
		tidy(w);
}

/* Every folder changed, then the swap: after it the site is on disk. */
static int
sync_and_swap(struct site_writer *w)
{
	for (size_t i = 0; i < w->dir_count; i++) {
		if (!w->dirs[i].changed)
			continue;
		int fd = openat(w->stage_fd, w->dirs[i].path, O_RDONLY |
		    O_DIRECTORY | O_CLOEXEC);
		int r = fd >= 0 ? fsync(fd) : -1;
		if (fd >= 0)
			close(fd);
		if (r != 0) {
			note_failure(w, w->dirs[i].path, errno);
			return -1;
		}
	}
	close_old(w);
	char *old;
	if (fs_stage_swap(w->staging, w->outdir, &old) != 0) {
		note_failure(w, w->outdir, errno);
		free(old);
		return -1;
	}
	place_old(w, old);
	return 0;
}

/* Waits for the tidier, if it runs. */
static void
join_tidier(struct site_writer *w)
{
	if (w->tidying)
		pthread_join(w->tidier, NULL);
	w->tidying = 0;
}

int
site_done(struct site_writer *w, struct diag *d)
{
	join_tidier(w);
	int err = w->old_tree != NULL ? w->removed : 0;
	if (err != 0) {
		errno = err;
		diag_syserr(d, "%s: the new site is in place, but the previous "
		    "one could not be removed from %s: %s", w->outdir,
		    w->old_tree, strerror(err));
	}
	free(w->old_tree);
	w->old_tree = NULL;
	return err != 0 ? -1 : 0;
}

void
site_writer_free(struct site_writer *w)
{
	if (w == NULL)
		return;
	join_tidier(w);
	free(w->old_tree);
	forget_walk(w);
	close_old(w);
	if (w->stage_fd >= 0)
		close(w->stage_fd);
	pthread_mutex_destroy(&w->lock);
	record_free(&w->old);
	record_free(&w->now);
	free(w->failed);
	free(w->dead);
	free(w->spare);
	free(w->staging);
	free(w->outdir);
	free(w);
}

void
site_abandon(struct site_writer *w)
{
	if (w->staging != NULL)
		fs_stage_abort(w->staging);
	if (w->dead != NULL)
		fs_remove_tree(w->dead);
}

void
site_cancel(struct site_writer *w)
{
	/* Taken (the staging folder) or not (dead): either way it is what
	 * the last build left, and the next build may take it. */
	char **spare = w->recycled ? &w->staging : &w->dead;
	if (*spare != NULL && w->spare != NULL &&
	    fs_rename_new(*spare, w->spare) == 0) {
		free(*spare);
		*spare = NULL;
	}
	site_abandon(w);
}

int
site_finish(struct site_writer *w, const struct theme *t, struct diag *d)
{
	/* Every page is made: the last build's record is looked up no
	 * more, and its room goes to this build's (1.5 MB at 100,000
	 * items, at the build's peak). */
	record_drop_entries(&w->old);
	if (w->failed == NULL)
		for (size_t i = 0; t != NULL && i < t->asset_count; i++)
			put_asset(w, t, &t->assets[i]);
	if (w->failed == NULL && w->now.global != 0) {
		struct buf rec = BUF_INIT;
		record_format(&w->now, &rec);
		site_put(w, RECORD_FILE, rec.data, rec.len);
		buf_free(&rec);
	}
	if (w->failed == NULL && w->recycled)
		sweep(w);
	int rc = w->failed == NULL ? sync_and_swap(w) : -1;
	if (rc != 0) {
		errno = w->failed_errno;
		diag_syserr(d, "%s: cannot write %s: %s; the previous output "
		    "is left as it was", w->outdir, w->failed ? w->failed :
		    "the site", strerror(w->failed_errno));
		site_abandon(w);
	}
	return rc;
}

int
site_write(const char *outdir, const struct render_out *pages,
    const struct theme *t, struct diag *d)
{
	struct site_writer *w = site_begin(outdir, 0, d);
	if (w == NULL)
		return -1;
	for (size_t i = 0; i < pages->count; i++) {
		if (site_put(w, pages->files[i].path,
		    pages->files[i].content.data,
		    pages->files[i].content.len) != 0)
			break;
		diag_progress(d, i + 1, pages->count, "pages written");
	}
	diag_progress_done(d);
	int rc = site_finish(w, t, d);
	if (site_done(w, d) != 0)
		rc = -1;
	site_writer_free(w);
	return rc;
}
