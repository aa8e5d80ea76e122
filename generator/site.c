/* site.c: writes a site into a staging folder as its pages come (each
 * file synced, each folder made and synced once, unchanged pages carried
 * over from the last build) and swaps it into place atomically. */
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

struct site_writer {
	char *outdir;		/* as given, without trailing slashes */
	char *staging;		/* outdir.tmp-XXXXXX */
	int stage_fd;		/* staging, open: every file and folder is
				 * made from it, by its path in the site */
	int old_fd;		/* outdir, open while pages may be carried
				 * from it; else -1 */
	pthread_mutex_t lock;	/* over everything below */
	char **dirs;		/* folders made in staging, relative to it,
				 * sorted bytewise */
	size_t dir_count, dir_cap;
	char *failed;		/* the first file that could not be
				 * written, or NULL */
	int failed_errno;
	size_t pages;		/* .html files written or carried over */
	size_t carried;		/* .html files of those carried over from
				 * the last build */
	struct record old;	/* the last build's, when its inputs
				 * shared by every page were the same;
				 * else empty */
	struct record now;	/* this build's, written at the end when
				 * its global hash is known (not 0) */
	int scratch;		/* site_scratch: files are read back, not
				 * published, so none is synced */
	char *old_tree;		/* the previous site once swapped out,
				 * being removed by remover; or NULL */
	pthread_t remover;
	int removing;		/* remover runs, until joined */
	int removed;		/* its result, once joined: 0, or an
				 * errno */
};

/* Where dir is in w->dirs, or where it would go; *found says which. */
static size_t
dir_index(const struct site_writer *w, const char *dir, int *found)
{
	size_t lo = 0, hi = w->dir_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(w->dirs[mid], dir);
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

/* Makes the folder dir (relative to the staging folder) and those above
 * it, each only the first time it is asked for, so no mkdir fails. Called
 * with w->lock held. */
static int
make_dir(struct site_writer *w, const char *dir)
{
	int found;
	size_t at = dir_index(w, dir, &found);
	if (found)
		return 0;
	const char *slash = strrchr(dir, '/');
	if (slash != NULL) {
		char *parent = xstrndup(dir, (size_t)(slash - dir));
		int r = make_dir(w, parent);
		free(parent);
		if (r != 0)
			return -1;
		at = dir_index(w, dir, &found);
	}
	if (mkdirat(w->stage_fd, dir, 0777) != 0)
		return -1;
	if (w->dir_count == w->dir_cap) {
		w->dir_cap = w->dir_cap ? w->dir_cap * 2 : 16;
		w->dirs = xrealloc(w->dirs, w->dir_cap * sizeof *w->dirs);
	}
	memmove(w->dirs + at + 1, w->dirs + at,
	    (w->dir_count - at) * sizeof *w->dirs);
	w->dirs[at] = xstrdup(dir);
	w->dir_count++;
	return 0;
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

/* A writer whose staging folder is beside outdir (taken), marked as
 * sharepack's, after removing those a killed run left there. Returns NULL
 * after reporting. */
static struct site_writer *
writer_new(char *outdir, int scratch, struct diag *d)
{
	remove_stale_staging(outdir);
	char *staging = fs_stage_begin(outdir);
	if (staging == NULL) {
		diag_syserr(d, "%s: cannot create a folder beside it: %s",
		    outdir, strerror(errno));
		free(outdir);
		return NULL;
	}
	int fd = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		diag_syserr(d, "%s: cannot open the folder made beside it: %s",
		    outdir, strerror(errno));
		fs_stage_abort(staging);
		free(staging);
		free(outdir);
		return NULL;
	}
	struct site_writer *w = xcalloc(1, sizeof *w);
	w->outdir = outdir;
	w->staging = staging;
	w->stage_fd = fd;
	w->old_fd = -1;
	w->scratch = scratch;
	w->old = (struct record)RECORD_INIT;
	w->now = (struct record)RECORD_INIT;
	pthread_mutex_init(&w->lock, NULL);
	static const char note[] = "This folder was made by sharepack; every "
	    "build replaces it whole.\n";
	site_put(w, SITE_MARKER, note, sizeof note - 1);
	return w;
}

struct site_writer *
site_begin(const char *outdir_arg, struct diag *d)
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
	return writer_new(outdir, 0, d);
}

struct site_writer *
site_scratch(const char *beside, struct diag *d)
{
	return writer_new(xstrdup(beside), 1, d);
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
	int r = w->failed != NULL ? -1 : 0;
	const char *slash = strrchr(path, '/');
	if (r == 0 && slash != NULL) {
		char *dir = xstrndup(path, (size_t)(slash - path));
		r = make_dir(w, dir);
		free(dir);
	}
	pthread_mutex_unlock(&w->lock);
	if (r == 0)
		r = w->scratch ? fs_write_new_at(w->stage_fd, path, data, len) :
		    fs_write_synced_at(w->stage_fd, path, data, len);
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

void
site_record(struct site_writer *w, uint64_t global)
{
	w->now.global = global;
	if (global == 0)
		return;
	record_read(w->outdir, &w->old);
	if (w->old.global != global)
		record_free(&w->old);
	else
		w->old_fd = open(w->outdir, O_RDONLY | O_DIRECTORY |
		    O_CLOEXEC);
}

/* The old site's file at path into the staging tree: a hard link, which
 * costs nothing (and, between two open folders, looks up only the
 * path in the site), or a copy where links cannot be made. */
static int
carry_file(const struct site_writer *w, const char *path)
{
	if (w->old_fd < 0)
		return -1;
	int r = linkat(w->old_fd, path, w->stage_fd, path, 0);
	if (r != 0 && errno != ENOENT) {
		char *from = xasprintf("%s/%s", w->outdir, path);
		struct buf data = BUF_INIT;
		r = fs_read_file(from, (size_t)1 << 31, &data);
		if (r == 0)
			r = fs_write_synced_at(w->stage_fd, path, data.data,
			    data.len);
		buf_free(&data);
		free(from);
	}
	return r;
}

int
site_reuse(struct site_writer *w, const char *path, uint64_t key)
{
	int carried = 0;
	pthread_mutex_lock(&w->lock);
	if (w->now.global != 0)
		record_add(&w->now, path, key);
	if (w->failed == NULL && w->old_fd >= 0 &&
	    record_has(&w->old, path, key)) {
		const char *slash = strrchr(path, '/');
		char *dir = slash ? xstrndup(path, (size_t)(slash - path)) :
		    NULL;
		carried = dir == NULL || make_dir(w, dir) == 0;
		free(dir);
	}
	pthread_mutex_unlock(&w->lock);
	/* A file gone from the old site is made again, not a failure. */
	if (carried && carry_file(w, path) != 0)
		carried = 0;
	if (carried) {
		pthread_mutex_lock(&w->lock);
		w->carried += is_page(path);
		w->pages += is_page(path);
		pthread_mutex_unlock(&w->lock);
	}
	return carried;
}

static void
put_asset(struct site_writer *w, const struct theme *t,
    const struct theme_asset *a)
{
	struct buf data = BUF_INIT;
	char *rel = sitemap_asset(a->name);
	if (theme_read_asset(t, a, THEME_MAX_BYTES * 8, &data) == 0)
		site_put(w, rel, data.data, data.len);
	else
		note_failure(w, a->name, errno);
	buf_free(&data);
	free(rel);
}

/* The old site is closed before it is swapped out and removed. */
static void
close_old(struct site_writer *w)
{
	if (w->old_fd >= 0)
		close(w->old_fd);
	w->old_fd = -1;
}

/* The remover thread: the previous site, swapped out, goes while the
 * caller does what follows the swap (writing the content cache). */
static void *
remove_old(void *arg)
{
	struct site_writer *w = arg;
	w->removed = fs_remove_tree(w->old_tree) == 0 ? 0 : errno ? errno :
	    EIO;
	return NULL;
}

/* Every folder made, then the swap: after it the site is on disk, and
 * the old one is being removed. */
static int
sync_and_swap(struct site_writer *w)
{
	for (size_t i = 0; i < w->dir_count; i++) {
		int fd = openat(w->stage_fd, w->dirs[i], O_RDONLY |
		    O_DIRECTORY | O_CLOEXEC);
		int r = fd >= 0 ? fsync(fd) : -1;
		if (fd >= 0)
			close(fd);
		if (r != 0) {
			note_failure(w, w->dirs[i], errno);
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
	w->old_tree = old;
	if (old != NULL)
		w->removing = pthread_create(&w->remover, NULL, remove_old,
		    w) == 0;
	if (old != NULL && !w->removing)
		remove_old(w);
	return 0;
}

/* Waits for the remover, if it runs. */
static void
join_remover(struct site_writer *w)
{
	if (w->removing)
		pthread_join(w->remover, NULL);
	w->removing = 0;
}

int
site_done(struct site_writer *w, struct diag *d)
{
	join_remover(w);
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
	join_remover(w);
	free(w->old_tree);
	for (size_t i = 0; i < w->dir_count; i++)
		free(w->dirs[i]);
	free(w->dirs);
	close_old(w);
	if (w->stage_fd >= 0)
		close(w->stage_fd);
	pthread_mutex_destroy(&w->lock);
	record_free(&w->old);
	record_free(&w->now);
	free(w->failed);
	free(w->staging);
	free(w->outdir);
	free(w);
}

void
site_abandon(struct site_writer *w)
{
	fs_stage_abort(w->staging);
}

int
site_finish(struct site_writer *w, const struct theme *t, struct diag *d)
{
	if (w->failed == NULL)
		for (size_t i = 0; t != NULL && i < t->asset_count; i++)
			put_asset(w, t, &t->assets[i]);
	if (w->failed == NULL && w->now.global != 0) {
		struct buf rec = BUF_INIT;
		record_format(&w->now, &rec);
		site_put(w, RECORD_FILE, rec.data, rec.len);
		buf_free(&rec);
	}
	int rc = w->failed == NULL ? sync_and_swap(w) : -1;
	if (rc != 0) {
		errno = w->failed_errno;
		diag_syserr(d, "%s: cannot write %s: %s; the previous output "
		    "is left as it was", w->outdir, w->failed ? w->failed :
		    "the site", strerror(w->failed_errno));
		fs_stage_abort(w->staging);
	}
	return rc;
}

int
site_write(const char *outdir, const struct render_out *pages,
    const struct theme *t, struct diag *d)
{
	struct site_writer *w = site_begin(outdir, d);
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
