/* site.c: writes a whole site and swaps it into place atomically. */
#include "site.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "fsutil.h"
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

static int
copy_asset(const struct theme *t, const struct theme_asset *a,
    const char *staging)
{
	struct buf data = BUF_INIT;
	char *rel = sitemap_asset(a->name);
	char *to = xasprintf("%s/%s", staging, rel);
	int rc = theme_read_asset(t, a, THEME_MAX_BYTES * 8, &data);
	if (rc == 0)
		rc = fs_write_file(to, data.data, data.len);
	buf_free(&data);
	free(to);
	free(rel);
	return rc;
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

int
site_write(const char *outdir_arg, const struct render_out *pages,
    const struct theme *t, struct diag *d)
{
	/* "site/", as shell completion types it, is the folder "site". */
	size_t len = strlen(outdir_arg);
	while (len > 1 && outdir_arg[len - 1] == '/')
		len--;
	char *outdir_copy = xstrndup(outdir_arg, len);
	const char *outdir = outdir_copy;
	if (!replaceable(outdir, d)) {
		free(outdir_copy);
		return -1;
	}
	remove_stale_staging(outdir);
	char *staging = fs_stage_begin(outdir);
	if (staging == NULL) {
		diag_syserr(d, "%s: cannot create a folder beside it: %s",
		    outdir, strerror(errno));
		free(outdir_copy);
		return -1;
	}
	int rc = -1;
	const char *failed = NULL;
	char *marker = xasprintf("%s/%s", staging, SITE_MARKER);
	static const char note[] = "This folder was made by sharepack; every "
	    "build replaces it whole.\n";
	if (fs_write_file(marker, note, sizeof note - 1) != 0) {
		failed = SITE_MARKER;
		goto out;
	}
	for (size_t i = 0; i < pages->count; i++) {
		char *path = xasprintf("%s/%s", staging, pages->files[i].path);
		int r = fs_write_file(path, pages->files[i].content.data,
		    pages->files[i].content.len);
		free(path);
		if (r != 0) {
			failed = pages->files[i].path;
			goto out;
		}
		diag_progress(d, i + 1, pages->count, "pages written");
	}
	diag_progress_done(d);
	for (size_t i = 0; i < t->asset_count; i++) {
		if (copy_asset(t, &t->assets[i], staging) != 0) {
			failed = t->assets[i].name;
			goto out;
		}
	}
	if (fs_stage_commit(staging, outdir) != 0) {
		failed = outdir;
		goto out;
	}
	rc = 0;
out:
	if (rc != 0) {
		diag_syserr(d, "%s: cannot write %s: %s; the previous output "
		    "is left as it was", outdir, failed ? failed : "the site",
		    strerror(errno));
		fs_stage_abort(staging);
	}
	free(marker);
	free(staging);
	free(outdir_copy);
	return rc;
}
