/* fsutil.c: reading, listing and atomically replacing files and folders. */
#define _GNU_SOURCE
#include "fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

int
fs_read_file(const char *path, size_t max, struct buf *out)
{
	int rc = -1;
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (out->len + n > max) {
			buf_free(out);
			errno = EFBIG;
			goto out;
		}
		buf_add(out, chunk, n);
	}
	if (ferror(f))
		goto out;
	if (out->data == NULL)
		buf_add(out, "", 0);
	rc = 0;
out:
	fclose(f);
	return rc;
}

struct list_state {
	struct fs_list *list;
	size_t cap;
	const char *suffix;
	const char *skip_prefix;
	size_t max_files;
	int max_depth;
};

static int
has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), s = strlen(suffix);
	return n > s && strcmp(name + n - s, suffix) == 0;
}

static int
list_dir(struct list_state *st, const char *root, const char *rel, int depth)
{
	if (depth > st->max_depth) {
		errno = E2BIG;
		return -1;
	}
	char *dirpath = rel[0] ? xasprintf("%s/%s", root, rel) : xstrdup(root);
	int rc = -1;
	DIR *dir = opendir(dirpath);
	if (dir == NULL)
		goto out;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char *child = rel[0] ? xasprintf("%s/%s", rel, e->d_name)
		    : xstrdup(e->d_name);
		char *full = xasprintf("%s/%s", root, child);
		struct stat sb;
		int r = 0;
		if (stat(full, &sb) != 0) {
			r = -1;
		} else if (S_ISDIR(sb.st_mode)) {
			r = list_dir(st, root, child, depth + 1);
		} else if (S_ISREG(sb.st_mode) && has_suffix(e->d_name, st->suffix)
		    && (st->skip_prefix == NULL || strncmp(e->d_name,
		    st->skip_prefix, strlen(st->skip_prefix)) != 0)) {
			if (st->list->count >= st->max_files) {
				errno = E2BIG;
				r = -1;
			} else {
				if (st->list->count == st->cap) {
					st->cap = st->cap ? st->cap * 2 : 64;
					st->list->paths = xrealloc(st->list->paths,
					    st->cap * sizeof(char *));
				}
				st->list->paths[st->list->count++] = child;
				child = NULL;
			}
		}
		free(child);
		free(full);
		if (r != 0) {
			closedir(dir);
			goto out;
		}
	}
	closedir(dir);
	rc = 0;
out:
	free(dirpath);
	return rc;
}

static int
compare_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
fs_list_tree(const char *root, const char *suffix, const char *skip_prefix,
    size_t max_files, int max_depth, struct fs_list *out)
{
	struct list_state st = { out, 0, suffix, skip_prefix, max_files,
	    max_depth };
	out->paths = NULL;
	out->count = 0;
	if (list_dir(&st, root, "", 0) != 0) {
		int saved = errno;
		fs_list_free(out);
		errno = saved;
		return -1;
	}
	if (out->count > 1)
		qsort(out->paths, out->count, sizeof(char *), compare_paths);
	return 0;
}

void
fs_list_free(struct fs_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free(list->paths[i]);
	free(list->paths);
	list->paths = NULL;
	list->count = 0;
}

int
fs_is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

int
fs_mkdirs(const char *path)
{
	char *p = xstrdup(path);
	int rc = -1;
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			goto out;
		*s = '/';
	}
	if (mkdir(p, 0777) != 0 && errno != EEXIST)
		goto out;
	rc = fs_is_dir(p) ? 0 : -1;
	if (rc != 0)
		errno = ENOTDIR;
out:
	free(p);
	return rc;
}

int
fs_mkdir_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (slash == NULL || slash == path)
		return 0;
	char *dir = xstrndup(path, (size_t)(slash - path));
	int r = fs_mkdirs(dir);
	free(dir);
	return r;
}

/* Writes all len bytes to fd, retrying short and interrupted writes. */
static int
write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
fs_write_file(const char *path, const void *data, size_t len)
{
	if (fs_mkdir_parent(path) != 0)
		return -1;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		return -1;
	if (write_all(fd, data, len) != 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return close(fd);
}

int
fs_write_atomic(const char *path, const void *data, size_t len)
{
	if (fs_mkdir_parent(path) != 0)
		return -1;
	char *tmp = xasprintf("%s.tmp-XXXXXX", path);
	int rc = -1, saved;
	int fd = mkstemp(tmp);
	if (fd < 0)
		goto out;
	if (write_all(fd, data, len) != 0 || fchmod(fd, 0644) != 0 ||
	    fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto fail;
	rc = 0;
	goto out;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	errno = saved;
out:
	free(tmp);
	return rc;
}

int
fs_remove_tree(const char *path)
{
	struct stat sb;
	if (lstat(path, &sb) != 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(sb.st_mode))
		return unlink(path);
	DIR *dir = opendir(path);
	if (dir == NULL)
		return -1;
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *child = xasprintf("%s/%s", path, e->d_name);
		if (fs_remove_tree(child) != 0)
			rc = -1;
		free(child);
	}
	closedir(dir);
	if (rmdir(path) != 0)
		rc = -1;
	return rc;
}

char *
fs_stage_begin(const char *final)
{
	if (fs_mkdir_parent(final) != 0)
		return NULL;
	char *tmpl = xasprintf("%s.tmp-XXXXXX", final);
	if (mkdtemp(tmpl) == NULL) {
		free(tmpl);
		return NULL;
	}
	return tmpl;
}

int
fs_stage_commit(const char *staging, const char *final)
{
	/* Everything must be on disk before the swap, or a crash could leave
	 * a complete-looking folder of empty files. */
	int fd = open(staging, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = syncfs(fd);
	close(fd);
	if (r != 0)
		return -1;
	if (rename(staging, final) == 0)
		return 0;
	if (errno != EEXIST && errno != ENOTEMPTY)
		return -1;
	/* final exists: swap the two in one step, then remove the old one. */
	if (renameat2(AT_FDCWD, staging, AT_FDCWD, final, RENAME_EXCHANGE) == 0)
		return fs_remove_tree(staging);
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	/* No atomic exchange on this file system: move the old tree aside
	 * first, so that at every moment one complete site exists. */
	char *old = xasprintf("%s.old", staging);
	int rc = -1;
	if (rename(final, old) != 0)
		goto out;
	if (rename(staging, final) != 0) {
		int saved = errno;
		rename(old, final);
		errno = saved;
		goto out;
	}
	rc = fs_remove_tree(old);
out:
	free(old);
	return rc;
}

void
fs_stage_abort(const char *staging)
{
	int saved = errno;
	fs_remove_tree(staging);
	errno = saved;
}

void
fs_read_each(const char *dir, const char *display_dir,
    const struct fs_list *list, size_t cap, const char *too_big,
    void (*each)(const char *shown, const char *data, size_t len, void *ctx),
    void *ctx, struct diag *d)
{
	for (size_t i = 0; i < list->count; i++) {
		char *full = xasprintf("%s/%s", dir, list->paths[i]);
		char *shown = xasprintf("%s/%s", display_dir, list->paths[i]);
		struct buf data = BUF_INIT;
		if (fs_read_file(full, cap, &data) == 0) {
			each(shown, data.data ? data.data : "", data.len, ctx);
		} else if (errno == EFBIG) {
			struct srcpos at = { shown, 0, 0 };
			diag_error(d, &at, "%s", too_big);
		} else {
			diag_syserr(d, "%s: cannot read: %s", shown,
			    strerror(errno));
		}
		buf_free(&data);
		free(shown);
		free(full);
	}
}
