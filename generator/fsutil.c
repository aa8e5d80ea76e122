/* fsutil.c: reading, listing and atomically replacing files and folders. */
#define _GNU_SOURCE
#include "fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"

static void
stamp_from(const struct stat *s, struct fs_stamp *st)
{
	st->size = (uint64_t)s->st_size;
	st->mtime_ns = (uint64_t)s->st_mtim.tv_sec * 1000000000u +
	    (uint64_t)s->st_mtim.tv_nsec;
	st->ctime_ns = (uint64_t)s->st_ctim.tv_sec * 1000000000u +
	    (uint64_t)s->st_ctim.tv_nsec;
	st->ino = (uint64_t)s->st_ino;
	st->dev = (uint64_t)s->st_dev;
}

int
fs_stamp(const char *path, struct fs_stamp *st)
{
	struct stat s;
	if (stat(path, &s) != 0)
		return -1;
	stamp_from(&s, st);
	return 0;
}

uint64_t
fs_stamp_now(void)
{
	/* The coarse clock is the one the kernel stamps files with. */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME_COARSE, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t self_key;

static void
key_self(void)
{
	/* By its stamp, as a content file is known unchanged (the stat
	 * rule): reading and hashing the program's megabytes was a
	 * millisecond of every rebuild. A change stamped in this very
	 * tick could leave the stamp as it was, so such a program is
	 * known by its bytes instead; the two kinds of key start apart. */
	struct fs_stamp st;
	if (fs_stamp("/proc/self/exe", &st) == 0 &&
	    st.ctime_ns < fs_stamp_now()) {
		self_key = buf_hash(buf_hash(BUF_HASH_SEED, "stamp", 5), &st,
		    sizeof st);
		if (self_key != 0)
			return;
	}
	/* A piece at a time: the program is megabytes, held beside
	 * nothing else. A hash that lands on 0 only loses what it keys. */
	uint64_t h = buf_hash(BUF_HASH_SEED, "bytes", 5);
	if (fs_hash_file("/proc/self/exe", (size_t)1 << 30, &h) == 0)
		self_key = h;
}

uint64_t
fs_self_key(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, key_self);
	return self_key;
}

int
fs_read_file(const char *path, size_t max, struct buf *out)
{
	return fs_read_file_stamped(path, max, out, NULL);
}

/* fs_read_file_stamped of the file open on fd, which it closes. */
static int
read_fd(int fd, size_t max, struct buf *out, struct fs_stamp *st)
{
	int rc = -1;
	struct stat s;
	int sized = fstat(fd, &s) == 0;
	if (st != NULL && !sized)
		goto out;
	if (st != NULL)
		stamp_from(&s, st);
	/* Read straight into out, with room for the whole file (and the
	 * read that finds its end) made once when its size is known: no
	 * stdio buffer, no copy, no growing. It is read to its end all the
	 * same, whatever its size has become. */
	buf_reserve(out, sized && S_ISREG(s.st_mode) && s.st_size >= 0 &&
	    (uintmax_t)s.st_size < max ? (size_t)s.st_size + 1 : 65536);
	for (;;) {
		if (out->cap - out->len <= 1)
			buf_reserve(out, 65536);
		ssize_t n = read(fd, out->data + out->len,
		    out->cap - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		if (out->len + (size_t)n > max) {
			buf_free(out);
			errno = EFBIG;
			goto out;
		}
		out->len += (size_t)n;
	}
	rc = 0;
out:
	if (out->data != NULL)
		out->data[out->len] = '\0';
	close(fd);
	return rc;
}

int
fs_read_file_stamped(const char *path, size_t max, struct buf *out,
    struct fs_stamp *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -1 : read_fd(fd, max, out, st);
}

int
fs_hash_file(const char *path, size_t max, uint64_t *h)
{
	int rc = -1;
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	uint64_t v = *h;
	size_t total = 0, n;
	char chunk[65536];
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		total += n;
		if (total > max) {
			errno = EFBIG;
			goto out;
		}
		v = buf_hash(v, chunk, n);
	}
	if (ferror(f))
		goto out;
	*h = v;
	rc = 0;
out:
	fclose(f);
	return rc;
}

struct list_state {
	struct fs_list *list;
	size_t cap, problem_cap;
	const char *suffix;
	const char *skip_prefix;
	size_t max_files;
	int max_depth;
	const char *real_root;	/* the root with every link resolved */
	struct fs_folders *folders;	/* or NULL: not stamped */
};

static int
has_suffix(const char *name, const char *suffix, int any_case)
{
	size_t n = strlen(name), s = strlen(suffix);
	if (n <= s)
		return 0;
	return any_case ? strcasecmp(name + n - s, suffix) == 0 :
	    strcmp(name + n - s, suffix) == 0;
}

/* Whether a file of this name is one the caller asked for, in any case of
 * the suffix (the exact case is checked apart, to warn). */
static int
wanted(const struct list_state *st, const char *name)
{
	return has_suffix(name, st->suffix, 1) && (st->skip_prefix == NULL ||
	    strncmp(name, st->skip_prefix, strlen(st->skip_prefix)) != 0);
}

/* Whether the resolved path real is the resolved root or under it. */
static int
inside_root(const struct list_state *st, const char *real)
{
	size_t n = strlen(st->real_root);
	if (strcmp(st->real_root, "/") == 0)
		return 1;
	return strncmp(real, st->real_root, n) == 0 &&
	    (real[n] == '/' || real[n] == '\0');
}

/* Records a problem with child (taken), and target (taken, may be NULL).
 * Fails with E2BIG past max_files problems. */
static int
add_problem(struct list_state *st, char *child, enum fs_problem_kind kind,
    char *target, int err)
{
	struct fs_list *l = st->list;
	if (l->problem_count >= st->max_files) {
		free(child);
		free(target);
		errno = E2BIG;
		return -1;
	}
	if (l->problem_count == st->problem_cap) {
		st->problem_cap = st->problem_cap ? st->problem_cap * 2 : 8;
		l->problems = xrealloc(l->problems, st->problem_cap *
		    sizeof *l->problems);
	}
	struct fs_problem *p = &l->problems[l->problem_count++];
	p->path = child;
	p->kind = kind;
	p->target = target;
	p->err = err;
	return 0;
}

/* The link's own text, for a link that leads nowhere. */
static char *
link_text(const char *full)
{
	char text[4096];
	ssize_t n = readlink(full, text, sizeof text - 1);
	if (n < 0)
		return xstrdup("?");
	text[n] = '\0';
	return xstrdup(text);
}

/*
 * Follows the symbolic link full (*child relative to the root): a link to
 * a file inside the root is taken as that file (*sb is the file's, and 1
 * is returned). Otherwise returns 0: a link the caller would have read is
 * recorded as a problem (taking *child and setting it to NULL), one it
 * would pass over is left alone; or -1 when the problems are too many.
 */
static int
follow_link(struct list_state *st, const char *full, char **child,
    const char *name, struct stat *sb)
{
	char *real = realpath(full, NULL);
	int r;
	if (real == NULL) {
		int err = errno;
		r = add_problem(st, *child, err == ENOENT ? FS_LINK_DANGLING :
		    FS_LINK_BROKEN, err == ENOENT ? link_text(full) : NULL, err);
		*child = NULL;
		return r;
	}
	if (stat(real, sb) != 0) {
		r = add_problem(st, *child, FS_LINK_BROKEN, real, errno);
		*child = NULL;
		return r;
	}
	int in = inside_root(st, real);
	if (S_ISDIR(sb->st_mode)) {
		r = add_problem(st, *child, in ? FS_LINK_FOLDER :
		    FS_LINK_OUTSIDE_FOLDER, real, 0);
		*child = NULL;
		return r;
	}
	if (!in && wanted(st, name)) {
		r = add_problem(st, *child, FS_LINK_OUTSIDE, real, 0);
		*child = NULL;
		return r;
	}
	free(real);
	return in;
}

/* Adds child (taken) to the list. */
static int
add_path(struct list_state *st, char *child)
{
	struct fs_list *l = st->list;
	if (l->count >= st->max_files) {
		free(child);
		errno = E2BIG;
		return -1;
	}
	if (l->count == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 64;
		l->paths = xrealloc(l->paths, st->cap * sizeof(char *));
	}
	l->paths[l->count++] = child;
	return 0;
}

static int list_dir(struct list_state *st, const char *root, const char *rel,
    int depth);

/* dir/name in a new string (the caller frees it), or name alone for an
 * empty dir: made for every file of a listing, where printf's parsing
 * of a format would cost more than the copy. */
static char *
join_path(const char *dir, const char *name)
{
	size_t d = strlen(dir), n = strlen(name);
	char *p = xmalloc(d + n + 2);
	memcpy(p, dir, d);
	p[d] = '/';
	memcpy(p + (d ? d + 1 : 0), name, n + 1);
	return p;
}

/* join_path into room (size bytes) when it fits there, else into an
 * allocation of its own, which the caller frees when it is not room: a
 * rebuild joins a path for every file it only stats. */
static char *
join_path_in(char *room, size_t size, const char *dir, const char *name)
{
	size_t d = strlen(dir), n = strlen(name);
	if (d + n + 2 > size)
		return join_path(dir, name);
	memcpy(room, dir, d);
	room[d] = '/';
	memcpy(room + (d ? d + 1 : 0), name, n + 1);
	return room;
}

/* One entry of a folder: listed, descended into, recorded as a problem or
 * passed over. Returns -1 only when a cap is reached. */
static int
list_entry(struct list_state *st, const char *root, const char *rel,
    const char *name, unsigned char type, int depth)
{
	char *child = join_path(rel, name);
	char *full = NULL;
	struct stat sb;
	int r = 0;
	/* The folder says what a plain file or folder is: one lstat less a
	 * file, which a rebuild that reads few files notices. */
	sb.st_mode = type == DT_REG ? S_IFREG : type == DT_DIR ? S_IFDIR : 0;
	if (sb.st_mode == 0)
		full = join_path(root, child);
	if (sb.st_mode == 0 && lstat(full, &sb) != 0) {
		r = add_problem(st, child, FS_UNREADABLE, NULL, errno);
		child = NULL;
	} else if (S_ISLNK(sb.st_mode)) {
		if (st->folders != NULL)
			st->folders->unsure++;
		int f = follow_link(st, full, &child, name, &sb);
		if (f <= 0) {
			r = f;
			goto out;
		}
	}
	if (child == NULL)
		goto out;
	if (S_ISDIR(sb.st_mode)) {
		r = list_dir(st, root, child, depth + 1);
	} else if (S_ISREG(sb.st_mode) && wanted(st, name)) {
		if (has_suffix(name, st->suffix, 0))
			r = add_path(st, child);
		else
			r = add_problem(st, child, FS_WRONG_CASE,
			    xstrdup(st->suffix), 0);
		child = NULL;
	}
out:
	free(child);
	free(full);
	return r;
}

/* Lists root/rel. A folder below the root that cannot be read is a
 * problem; the root itself failing is a failure. */
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
	if (dir == NULL) {
		if (rel[0])
			rc = add_problem(st, xstrdup(rel), FS_UNREADABLE, NULL,
			    errno);
		goto out;
	}
	/* Stamped before a name is read: a change after it is seen as
	 * a stamp the next build does not find again. */
	struct stat ds;
	if (st->folders != NULL && fstat(dirfd(dir), &ds) == 0) {
		struct fs_stamp stamp;
		stamp_from(&ds, &stamp);
		fs_folders_add(st->folders, rel, &stamp);
	} else if (st->folders != NULL) {
		st->folders->unsure++;
	}
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (list_entry(st, root, rel, e->d_name, e->d_type,
		    depth) != 0) {
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

static int
compare_problems(const void *a, const void *b)
{
	return strcmp(((const struct fs_problem *)a)->path,
	    ((const struct fs_problem *)b)->path);
}

int
fs_list_tree(const char *root, const char *suffix, const char *skip_prefix,
    size_t max_files, int max_depth, struct fs_list *out)
{
	return fs_list_tree_stamped(root, suffix, skip_prefix, max_files,
	    max_depth, out, NULL);
}

int
fs_list_tree_stamped(const char *root, const char *suffix,
    const char *skip_prefix, size_t max_files, int max_depth,
    struct fs_list *out, struct fs_folders *folders)
{
	struct list_state st = { out, 0, 0, suffix, skip_prefix, max_files,
	    max_depth, NULL, folders };
	int rc = -1;
	*out = (struct fs_list){ NULL, 0, NULL, 0 };
	char *real_root = realpath(root, NULL);
	if (real_root == NULL)
		return -1;
	st.real_root = real_root;
	if (list_dir(&st, root, "", 0) != 0) {
		int saved = errno;
		fs_list_free(out);
		errno = saved;
		goto out;
	}
	if (out->count > 1)
		qsort(out->paths, out->count, sizeof(char *), compare_paths);
	if (out->problem_count > 1)
		qsort(out->problems, out->problem_count, sizeof *out->problems,
		    compare_problems);
	rc = 0;
out:
	if (folders != NULL)
		fs_folders_sort(folders);
	free(real_root);
	return rc;
}

void
fs_folders_free(struct fs_folders *f)
{
	for (size_t i = 0; i < f->count; i++)
		free(f->folders[i].path);
	free(f->folders);
	*f = (struct fs_folders){ NULL, 0, 0, 0, 0, 0 };
}

void
fs_folders_add(struct fs_folders *f, const char *path,
    const struct fs_stamp *st)
{
	if (f->count == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 8;
		f->folders = xrealloc(f->folders, f->cap * sizeof *f->folders);
	}
	f->folders[f->count++] = (struct fs_folder){ xstrdup(path), *st };
}

static int
compare_folders(const void *a, const void *b)
{
	return strcmp(((const struct fs_folder *)a)->path,
	    ((const struct fs_folder *)b)->path);
}

void
fs_folders_sort(struct fs_folders *f)
{
	if (f->count > 1)
		qsort(f->folders, f->count, sizeof *f->folders,
		    compare_folders);
}

int
fs_folders_same(const char *root, const struct fs_folders *f)
{
	struct buf path = BUF_INIT;
	int same = f->count > 0;
	for (size_t i = 0; i < f->count && same; i++) {
		struct fs_stamp now;
		path.len = 0;
		buf_puts(&path, root);
		if (f->folders[i].path[0] != '\0') {
			buf_putc(&path, '/');
			buf_puts(&path, f->folders[i].path);
		}
		buf_putc(&path, '\0');
		same = fs_stamp(path.data, &now) == 0 &&
		    memcmp(&now, &f->folders[i].stamp, sizeof now) == 0;
	}
	buf_free(&path);
	return same;
}

int
fs_folders_old(const struct fs_folders *f, uint64_t before)
{
	int old = f->count > 0 && f->unsure == 0;
	for (size_t i = 0; i < f->count && old; i++)
		old = f->folders[i].stamp.ctime_ns < before &&
		    f->folders[i].stamp.mtime_ns < before;
	return old;
}

uint64_t
fs_list_hash(const struct fs_list *list)
{
	uint64_t h = BUF_HASH_SEED;
	for (size_t i = 0; i < list->count; i++)
		h = buf_hash(h, list->paths[i], strlen(list->paths[i]) + 1);
	return h;
}

/* Whether the folder path (length n of it) is one of f's. */
static int
has_folder(const struct fs_folders *f, const char *path, size_t n)
{
	size_t lo = 0, hi = f->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *m = f->folders[mid].path;
		int c = strncmp(m, path, n);
		if (c == 0)
			c = m[n] != '\0';
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* Whether name is one fs_list_tree lists (file 1: a file; its suffix in
 * that case, which says it is wanted in any case) or descends into (0). */
static int
name_fits(const struct list_state *st, const char *name, int file)
{
	if (name[0] == '\0' || name[0] == '.')
		return 0;
	if (!file)
		return 1;
	size_t n = strlen(name), s = strlen(st->suffix);
	return n > s && memcmp(name + n - s, st->suffix, s) == 0 &&
	    (st->skip_prefix == NULL || strncmp(name, st->skip_prefix,
	    strlen(st->skip_prefix)) != 0);
}

/* Whether path could be a file fs_list_tree lists (file 1) or a folder
 * it descends into (0), in one of f's folders, no deeper than it goes.
 * *dir (*dir_len bytes) is the folder of the path before, known to be
 * f's, or NULL: sorted paths are most often in the same one. */
static int
fits(const struct list_state *st, const struct fs_folders *f,
    const char *path, int file, const char **dir, size_t *dir_len)
{
	const char *slash = strrchr(path, '/');
	size_t d = slash != NULL ? (size_t)(slash - path) : 0;
	int depth = 1;
	for (const char *s = path; !file && *s != '\0'; s++)
		depth += *s == '/';
	if (path[0] == '/' || depth > st->max_depth ||
	    !name_fits(st, slash != NULL ? slash + 1 : path, file))
		return 0;
	if (*dir != NULL && d == *dir_len && memcmp(*dir, path, d) == 0)
		return 1;
	*dir = path;
	*dir_len = d;
	return has_folder(f, path, d);
}

int
fs_list_fits(const struct fs_list *list, const struct fs_folders *f,
    const char *suffix, const char *skip_prefix, int max_depth)
{
	struct list_state st = { NULL, 0, 0, suffix, skip_prefix, 0,
	    max_depth, NULL, NULL };
	const char *dir = NULL;
	size_t dir_len = 0;
	int ok = list->problem_count == 0 && f->count > 0 &&
	    f->folders[0].path[0] == '\0';
	for (size_t i = 1; i < f->count && ok; i++)
		ok = strcmp(f->folders[i - 1].path, f->folders[i].path) < 0 &&
		    fits(&st, f, f->folders[i].path, 0, &dir, &dir_len);
	dir = NULL;
	for (size_t i = 0; i < list->count && ok; i++)
		ok = (i == 0 || strcmp(list->paths[i - 1],
		    list->paths[i]) < 0) && fits(&st, f, list->paths[i], 1,
		    &dir, &dir_len);
	return ok;
}

void
fs_list_free(struct fs_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		free(list->paths[i]);
	free(list->paths);
	for (size_t i = 0; i < list->problem_count; i++) {
		free(list->problems[i].path);
		free(list->problems[i].target);
	}
	free(list->problems);
	*list = (struct fs_list){ NULL, 0, NULL, 0 };
}

/* One problem of a listing, as a message naming display_dir/path. */
static void
report_problem(const struct fs_problem *p, const char *display_dir,
    struct diag *d)
{
	char *shown = xasprintf("%s/%s", display_dir, p->path);
	struct srcpos at = { shown, 0, 0 };
	switch (p->kind) {
	case FS_LINK_OUTSIDE:
		diag_error(d, &at, "a symbolic link to a file outside %s/ (%s); "
		    "copy the file in instead", display_dir, p->target);
		break;
	case FS_LINK_OUTSIDE_FOLDER:
		diag_error(d, &at, "a symbolic link to a folder outside %s/ "
		    "(%s); copy the folder in instead", display_dir,
		    p->target);
		break;
	case FS_LINK_FOLDER:
		diag_error(d, &at, "a symbolic link to a folder (%s); links to "
		    "folders are not followed, since every file in the folder "
		    "would be read twice: remove the link", p->target);
		break;
	case FS_LINK_DANGLING:
		diag_error(d, &at, "a symbolic link to '%s', which does not "
		    "exist; fix the link or remove it", p->target);
		break;
	case FS_LINK_BROKEN:
		diag_error(d, &at, "a symbolic link that cannot be followed "
		    "(%s); fix the link or remove it", strerror(p->err));
		break;
	case FS_UNREADABLE:
		diag_syserr(d, "%s: cannot read: %s", shown, strerror(p->err));
		break;
	case FS_WRONG_CASE:
		diag_warn(d, &at, "not read: only names ending in '%s' are "
		    "read; rename the file to end in '%s'", p->target,
		    p->target);
		break;
	}
	free(shown);
}

void
fs_list_report(const struct fs_list *list, const char *display_dir,
    struct diag *d)
{
	for (size_t i = 0; i < list->problem_count; i++)
		report_problem(&list->problems[i], display_dir, d);
}

int
fs_within(const char *path, const char *root)
{
	char *real = realpath(path, NULL);
	char *real_root = realpath(root, NULL);
	int rc = -1;
	if (real != NULL && real_root != NULL) {
		struct list_state st = { NULL, 0, 0, NULL, NULL, 0, 0,
		    real_root, NULL };
		rc = inside_root(&st, real);
	}
	free(real);
	free(real_root);
	return rc;
}

char *
fs_real(const char *path)
{
	return realpath(path, NULL);
}

char *
fs_elsewhere(const char *dir)
{
	char *real = realpath(dir, NULL);
	char *here = realpath(".", NULL);
	if (real != NULL && here != NULL && strcmp(real, here) == 0) {
		free(real);
		real = NULL;
	}
	free(here);
	return real;
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
	/* Mostly the folder is there: one stat, not a failing mkdir per
	 * level. */
	int r = fs_is_dir(dir) ? 0 : fs_mkdirs(dir);
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

/* Writes len bytes of data to a new or truncated file at path (from the
 * folder dir, or AT_FDCWD), synced to the disk first when sync; when
 * excl, a file already there is an error (EEXIST), not truncated. 0, or
 * -1 with errno set. */
static int
write_new_file(int dir, const char *path, const void *data, size_t len,
    int sync, int excl)
{
	int fd = openat(dir, path, O_WRONLY | O_CREAT | O_CLOEXEC |
	    (excl ? O_EXCL : O_TRUNC), 0666);
	if (fd < 0)
		return -1;
	/* fdatasync also flushes the size, all a reader needs of a new
	 * file's metadata, and skips the times fsync would write. */
	if (write_all(fd, data, len) != 0 || (sync && fdatasync(fd) != 0)) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return close(fd);
}

int
fs_write_file(const char *path, const void *data, size_t len)
{
	if (fs_mkdir_parent(path) != 0)
		return -1;
	return write_new_file(AT_FDCWD, path, data, len, 0, 0);
}

int
fs_write_new_at(int dir, const char *path, const void *data, size_t len)
{
	return write_new_file(dir, path, data, len, 0, 0);
}

int
fs_write_synced(const char *path, const void *data, size_t len)
{
	return write_new_file(AT_FDCWD, path, data, len, 1, 0);
}

int
fs_write_synced_at(int dir, const char *path, const void *data, size_t len)
{
	return write_new_file(dir, path, data, len, 1, 0);
}

int
fs_replace_synced_at(int dir, const char *path, const void *data,
    size_t len)
{
	/* Opening the file there to truncate it would change every folder
	 * that links to it: it goes, and a new one is made. */
	int r = write_new_file(dir, path, data, len, 1, 1);
	if (r != 0 && errno == EEXIST && fs_remove_at(dir, path) == 0)
		r = write_new_file(dir, path, data, len, 1, 1);
	return r;
}

int
fs_sync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = fsync(fd);
	int saved = errno;
	close(fd);
	errno = saved;
	return r;
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

/* Whether the entry e of the open folder fd is a folder (not a link to
 * one): the folder's type for each entry saves a stat of each file. */
static int
entry_is_dir(int fd, const struct dirent *e)
{
	struct stat sb;
	if (e->d_type != DT_UNKNOWN)
		return e->d_type == DT_DIR;
	return fstatat(fd, e->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISDIR(sb.st_mode);
}

/* Whether e is "." or "..". */
static int
dot_entry(const struct dirent *e)
{
	return strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
}

/* Removes what is in the open folder fd, each entry by its name in it,
 * so no path is looked up from the root again. Closes fd. */
static int
remove_contents(int fd)
{
	DIR *dir = fdopendir(fd);
	if (dir == NULL) {
		close(fd);
		return -1;
	}
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (dot_entry(e))
			continue;
		if (!entry_is_dir(fd, e)) {
			if (unlinkat(fd, e->d_name, 0) != 0)
				rc = -1;
			continue;
		}
		int sub = openat(fd, e->d_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC);
		if (sub < 0 || remove_contents(sub) != 0 ||
		    unlinkat(fd, e->d_name, AT_REMOVEDIR) != 0)
			rc = -1;
	}
	closedir(dir);
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
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	int rc = fd >= 0 ? remove_contents(fd) : -1;
	if (rmdir(path) != 0)
		rc = -1;
	return rc;
}

int
fs_remove_at(int dir, const char *path)
{
	/* A path under a file is missing too. */
	if (unlinkat(dir, path, 0) == 0 || errno == ENOENT || errno == ENOTDIR)
		return 0;
	/* Linux says EISDIR of a folder, POSIX EPERM. */
	if (errno != EISDIR && errno != EPERM)
		return -1;
	int fd = openat(dir, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (fd < 0 || remove_contents(fd) != 0)
		return -1;
	return unlinkat(dir, path, AT_REMOVEDIR);
}

/* Links every file of the open folder from into the open folder to by
 * the same name, making its folders there; a name to has already is
 * left as it is. Closes both. */
static int
link_contents(int from, int to)
{
	DIR *dir = fdopendir(from);
	if (dir == NULL) {
		close(from);
		close(to);
		return -1;
	}
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (dot_entry(e))
			continue;
		if (!entry_is_dir(from, e)) {
			if (linkat(from, e->d_name, to, e->d_name, 0) != 0 &&
			    errno != EEXIST)
				rc = -1;
			continue;
		}
		if (mkdirat(to, e->d_name, 0777) != 0 && errno != EEXIST) {
			rc = -1;
			continue;
		}
		int a = openat(from, e->d_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC);
		int b = a < 0 ? -1 : openat(to, e->d_name, O_RDONLY |
		    O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (b < 0) {
			if (a >= 0)
				close(a);
			rc = -1;
		} else if (link_contents(a, b) != 0) {
			rc = -1;
		}
	}
	closedir(dir);
	close(to);
	return rc;
}

/* fs_walk_at below the open folder fd (closed here), whose path is rel
 * with a slash (or nothing), depth folders down. */
static int
walk_at(int fd, struct buf *rel, int depth, int max_depth,
    void (*each)(const char *rel, enum fs_kind kind, void *ctx), void *ctx)
{
	DIR *dir = fdopendir(fd);
	if (dir == NULL) {
		close(fd);
		return -1;
	}
	size_t len = rel->len;
	int rc = 0;
	struct dirent *e;
	while (rc == 0 && (e = readdir(dir)) != NULL) {
		if (dot_entry(e))
			continue;
		rel->len = len;
		buf_puts(rel, e->d_name);
		struct stat sb;
		int type = e->d_type;
		if (type == DT_UNKNOWN && fstatat(fd, e->d_name, &sb,
		    AT_SYMLINK_NOFOLLOW) == 0)
			type = S_ISDIR(sb.st_mode) ? DT_DIR :
			    S_ISREG(sb.st_mode) ? DT_REG : DT_UNKNOWN;
		if (type != DT_DIR) {
			each(rel->data, type == DT_REG ? FS_FILE : FS_OTHER, ctx);
			continue;
		}
		each(rel->data, FS_DIR, ctx);
		int sub = depth >= max_depth ? -1 : openat(fd, e->d_name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub < 0 && depth >= max_depth)
			errno = ELOOP;
		buf_putc(rel, '/');
		rc = sub < 0 ? -1 : walk_at(sub, rel, depth + 1, max_depth,
		    each, ctx);
	}
	int saved = errno;
	closedir(dir);
	errno = saved;
	return rc;
}

int
fs_walk_at(int fd, int max_depth,
    void (*each)(const char *rel, enum fs_kind kind, void *ctx), void *ctx)
{
	int own = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (own < 0)
		return -1;
	struct buf rel = BUF_INIT;
	int rc = walk_at(own, &rel, 1, max_depth, each, ctx);
	buf_free(&rel);
	return rc;
}

int
fs_link_tree(int from, const char *to)
{
	int a = openat(from, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int b = a < 0 ? -1 : open(to, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (b < 0) {
		if (a >= 0)
			close(a);
		return -1;
	}
	return link_contents(a, b);
}

int
fs_rename_new(const char *from, const char *to)
{
	if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	/* No such rename on this file system: a look first, which only
	 * another program writing beside the output could race. */
	struct stat sb;
	if (lstat(to, &sb) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(from, to);
}

char *
fs_beside(const char *path, const char *suffix)
{
	size_t n = strlen(path);
	while (n > 0 && path[n - 1] == '/')
		n--;
	size_t base = n;
	while (base > 0 && path[base - 1] != '/')
		base--;
	if (base == n || (n - base == 1 && path[base] == '.') ||
	    (n - base == 2 && strncmp(path + base, "..", 2) == 0))
		return NULL;
	return xasprintf("%.*s.%.*s%s", (int)base, path, (int)(n - base),
	    path + base, suffix);
}

/* A name for a staging folder of final, final.tmp-XXXXXX, as mkdtemp's
 * are, from the state *x (seeded by stage_seed). The caller frees it. */
static char *
stage_name(const char *final, uint64_t *x)
{
	static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789";
	char suffix[7];
	for (int i = 0; i < 6; i++) {
		*x = *x * 6364136223846793005u + 1442695040888963407u;
		suffix[i] = letters[(*x >> 33) % (sizeof letters - 1)];
	}
	suffix[6] = '\0';
	return xasprintf("%s.tmp-%s", final, suffix);
}

/* A seed for stage_name that differs between runs and threads. */
static uint64_t
stage_seed(void)
{
	static atomic_uint_fast64_t calls;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^
	    ((uint64_t)getpid() << 40) ^ (atomic_fetch_add(&calls, 1) << 20);
}

char *
fs_stage_begin(const char *final)
{
	if (fs_mkdir_parent(final) != 0)
		return NULL;
	/* Not mkdtemp, whose folder is 0700 where the site is for a web
	 * server or a colleague too: the mode any folder gets (0755 under
	 * umask 022), without asking umask(2), which a thread must not
	 * change. */
	uint64_t x = stage_seed();
	for (int tries = 0; tries < 100; tries++) {
		char *name = stage_name(final, &x);
		if (mkdir(name, 0777) == 0)
			return name;
		free(name);
		if (errno != EEXIST)
			return NULL;
	}
	errno = EEXIST;
	return NULL;
}

/* The folder path is in, made durable: a rename is only on disk once
 * its folder is. */
static int
sync_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") : slash == path ?
	    xstrdup("/") : xstrndup(path, (size_t)(slash - path));
	int r = fs_sync_dir(dir);
	free(dir);
	return r;
}

int
fs_publish(const char *tmp, const char *path)
{
	int fd = open(tmp, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fchmod(fd, 0644) != 0 || fsync(fd) != 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	if (close(fd) != 0 || rename(tmp, path) != 0)
		return -1;
	return sync_parent(path);
}

int
fs_stage_swap(const char *staging, const char *final, char **old)
{
	*old = NULL;
	/* The caller has synced every file and folder inside staging; the
	 * staging folder itself holds their names. */
	if (fs_sync_dir(staging) != 0)
		return -1;
	if (rename(staging, final) == 0)
		return sync_parent(final);
	if (errno != EEXIST && errno != ENOTEMPTY)
		return -1;
	/* final exists: swap the two in one step; the old one is then
	 * where staging was. */
	if (renameat2(AT_FDCWD, staging, AT_FDCWD, final,
	    RENAME_EXCHANGE) == 0) {
		*old = xstrdup(staging);
		return sync_parent(final);
	}
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	/* No atomic exchange on this file system: move the old tree aside
	 * first, so that at every moment one complete site exists. */
	char *aside = xasprintf("%s.old", staging);
	if (rename(final, aside) != 0)
		goto fail;
	if (rename(staging, final) != 0) {
		int saved = errno;
		rename(aside, final);
		errno = saved;
		goto fail;
	}
	*old = aside;
	return sync_parent(final);
fail:
	free(aside);
	return -1;
}

char *
fs_stage_adopt(const char *folder, const char *final)
{
	/* Named as fs_stage_begin names them, but not made first: an empty
	 * folder left by a kill between making it and the rename would not
	 * be marked as sharepack's, so no build would remove it. */
	uint64_t x = stage_seed();
	for (int tries = 0; tries < 100; tries++) {
		char *name = stage_name(final, &x);
		if (fs_rename_new(folder, name) != 0) {
			int saved = errno;
			free(name);
			if (saved != EEXIST) {
				errno = saved;
				return NULL;
			}
			continue;
		}
		if (sync_parent(name) == 0)
			return name;
		/* Put back; where that fails too, it is a staging folder
		 * there, which the next build removes. */
		int saved = errno;
		rename(name, folder);
		free(name);
		errno = saved;
		return NULL;
	}
	errno = EEXIST;
	return NULL;
}

int
fs_stage_commit(const char *staging, const char *final)
{
	char *old;
	int rc = fs_stage_swap(staging, final, &old);
	if (rc == 0 && old != NULL)
		rc = fs_remove_tree(old);
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
	size_t k = 0;
	for (size_t i = 0; i < list->count; i++) {
		/* Problems and files in one path order, as the tree is. */
		for (; k < list->problem_count && strcmp(list->problems[k].path,
		    list->paths[i]) < 0; k++)
			report_problem(&list->problems[k], display_dir, d);
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
	for (; k < list->problem_count; k++)
		report_problem(&list->problems[k], display_dir, d);
}

int
fs_hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* ---- reading and parsing on every processor ---- */

/* One file's outcome, filled by a worker, taken by the caller. */
struct read_slot {
	atomic_int done;	/* set by the worker when the rest is */
	int err;		/* errno of a failed read, or 0 */
	void *result;		/* parse's, or recall's */
	int recalled;		/* result is recall's */
	struct diag_note *said;	/* parse's messages, closed at once: the
				 * threads can be thousands of files ahead
				 * of take, and most say nothing */
};

struct reader {
	const char *dir, *display_dir;
	struct fs_list *list;
	size_t cap;
	const struct fs_reader *how;
	const struct diag *like;	/* the caller's, for diag_defer */
	/* A rebuild takes most files from the cache in a microsecond
	 * each: a lock taken and a wake-up sent per file would cost more
	 * than the file. So files are claimed in runs without a lock, and
	 * the taker is woken only when it waits for the slot just done. */
	pthread_mutex_t lock;	/* over ready */
	pthread_cond_t ready;	/* the slot waited for is done */
	atomic_size_t next;	/* the first file of the next run */
	atomic_size_t waiting;	/* the slot take_one waits for, or
				 * SIZE_MAX */
	/* The slots in blocks of READ_BLOCK, each freed (NULL) once the
	 * taker is past it, so that the end of a long listing does not
	 * hold the slots of every file beside every item (issue 14). */
	struct read_slot **blocks;
};

#define READ_BLOCK 1024

/* File i's slot; its block is not freed before file i is taken. */
static struct read_slot *
slot_of(struct reader *r, size_t i)
{
	return &r->blocks[i / READ_BLOCK][i % READ_BLOCK];
}

/* Files a worker claims at once: few enough that the two threads share
 * the work evenly, and the taker can start on the first ones. */
#define READ_RUN 16

/* The folder of the files a thread reads, open, so that each is looked
 * up by its own name: a rebuild stats every file, and from here each
 * path's every folder would be looked up again. Files come in path
 * order, so a thread opens each folder about once. */
struct open_dir {
	char *rel;		/* the folder under the root ("" for the
				 * root itself); NULL: none open yet */
	int fd;			/* or -1 when it cannot be opened */
};

#define OPEN_DIR_INIT { NULL, -1 }

static void
open_dir_close(struct open_dir *od)
{
	if (od->fd >= 0)
		close(od->fd);
	free(od->rel);
	*od = (struct open_dir)OPEN_DIR_INIT;
}

/* od open on the folder of path (under r's root), or -1 in od->fd when
 * it cannot be; returns path's name in it. */
static const char *
open_dir_of(const struct reader *r, struct open_dir *od, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t len = slash != NULL ? (size_t)(slash - path) : 0;
	if (od->rel == NULL || strlen(od->rel) != len ||
	    strncmp(od->rel, path, len) != 0) {
		open_dir_close(od);
		od->rel = xstrndup(path, len);
		char *dir = len > 0 ? join_path(r->dir, od->rel) :
		    xstrdup(r->dir);
		od->fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		free(dir);
	}
	return slash != NULL ? slash + 1 : path;
}

/* The stamp of the file at path under r's root, through od. */
static int
stamp_in(const struct reader *r, struct open_dir *od, const char *path,
    struct fs_stamp *st)
{
	const char *name = open_dir_of(r, od, path);
	struct stat s;
	if (od->fd < 0 || fstatat(od->fd, name, &s, 0) != 0)
		return -1;
	stamp_from(&s, st);
	return 0;
}

/* fs_read_file_stamped of the file at path under r's root: through od,
 * so that the kernel looks up one name rather than the whole path, or by
 * the whole path when its folder cannot be opened. */
static int
read_in(const struct reader *r, struct open_dir *od, const char *path,
    struct buf *out, struct fs_stamp *st)
{
	const char *name = open_dir_of(r, od, path);
	if (od->fd < 0) {
		char *full = join_path(r->dir, path);
		int rc = fs_read_file_stamped(full, r->cap, out, st);
		free(full);
		return rc;
	}
	int fd = openat(od->fd, name, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -1 : read_fd(fd, r->cap, out, st);
}

/* Reads and parses file i into its slot. */
static void
read_one(struct reader *r, struct open_dir *od, void *local, size_t i)
{
	struct read_slot *sl = slot_of(r, i);
	const char *path = r->list->paths[i];
	char room[256];
	char *shown = join_path_in(room, sizeof room, r->display_dir, path);
	struct buf data = BUF_INIT;
	struct fs_stamp st;
	const struct fs_reader *how = r->how;
	struct diag_kept msgs;
	diag_defer(&msgs, r->like);
	if (how->recall != NULL && stamp_in(r, od, path, &st) == 0 &&
	    (sl->result = how->recall(&st, shown, &msgs.d, how->ctx,
	    local)) != NULL) {
		/* Known without reading it. */
		sl->recalled = 1;
	} else if (read_in(r, od, path, &data, &st) == 0) {
		sl->result = how->parse(shown, data.data ? data.data : "",
		    data.len, &st, &msgs.d, how->ctx);
	} else {
		sl->err = errno;
	}
	/* A failure to read has said nothing yet: take_one says it. */
	sl->said = diag_note_close(&msgs);
	buf_free(&data);
	if (shown != room)
		free(shown);
}

/* Slot i is done: the taker, if it waits for it, is woken. Both sides
 * store then load (sequentially consistent), so one of them sees the
 * other's store, and the wake-up, sent under the lock, is not lost. */
static void
slot_done(struct reader *r, size_t i)
{
	atomic_store(&slot_of(r, i)->done, 1);
	if (atomic_load(&r->waiting) == i) {
		pthread_mutex_lock(&r->lock);
		pthread_cond_broadcast(&r->ready);
		pthread_mutex_unlock(&r->lock);
	}
}

/* Reads the next run of files not yet claimed, through od; 0 when none
 * is left. */
static int
read_run(struct reader *r, struct open_dir *od, void *local)
{
	size_t count = r->list->count;
	size_t i = atomic_fetch_add(&r->next, READ_RUN);
	if (i >= count)
		return 0;
	size_t end = count - i < READ_RUN ? count : i + READ_RUN;
	for (; i < end; i++) {
		read_one(r, od, local, i);
		slot_done(r, i);
	}
	return 1;
}

static void *
reader_work(void *arg)
{
	struct reader *r = arg;
	struct open_dir od = OPEN_DIR_INIT;
	void *local = xcalloc(1, r->how->local_size + 1);
	while (read_run(r, &od, local))
		continue;
	open_dir_close(&od);
	free(local);
	return NULL;
}

/* File i's messages through d, then its result to take; waits for it,
 * reading (through od) meanwhile. */
static void
take_one(struct reader *r, struct open_dir *od, void *local, size_t i,
    const char *too_big, struct diag *d)
{
	struct read_slot *sl = slot_of(r, i);
	/* Rather than wait, this thread reads runs further on too: it
	 * waits only once every file is claimed. */
	while (!atomic_load(&sl->done) && read_run(r, od, local))
		continue;
	if (!atomic_load(&sl->done)) {
		pthread_mutex_lock(&r->lock);
		atomic_store(&r->waiting, i);
		while (!atomic_load(&sl->done))
			pthread_cond_wait(&r->ready, &r->lock);
		atomic_store(&r->waiting, SIZE_MAX);
		pthread_mutex_unlock(&r->lock);
	}
	char *shown = sl->err == 0 ? NULL :
	    join_path(r->display_dir, r->list->paths[i]);
	if (sl->err == 0) {
		diag_note_replay(d, sl->said);
		r->how->take(sl->result, sl->recalled, r->how->ctx);
	} else if (sl->err == EFBIG) {
		struct srcpos at = { shown, 0, 0 };
		diag_error(d, &at, "%s", too_big);
	} else {
		diag_syserr(d, "%s: cannot read: %s", shown,
		    strerror(sl->err));
	}
	diag_note_free(sl->said);
	free(shown);
}

/* How many threads read: one per processor, no more than the files. */
static size_t
reader_threads(size_t files)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	size_t k = n < 1 ? 1 : (size_t)n;
	return k < files ? k : files;
}

/* File i is taken: what only it needed goes, its path and, at the end
 * of a block, the block's slots (no thread touches them again: each
 * was done). */
static void
taken(struct reader *r, size_t i)
{
	free(r->list->paths[i]);
	r->list->paths[i] = NULL;
	if ((i + 1) % READ_BLOCK == 0 || i + 1 == r->list->count) {
		free(r->blocks[i / READ_BLOCK]);
		r->blocks[i / READ_BLOCK] = NULL;
	}
}

void
fs_read_each_parallel(const char *dir, const char *display_dir,
    struct fs_list *list, size_t cap, const char *too_big,
    const struct fs_reader *how, struct diag *d)
{
	size_t blocks = (list->count + READ_BLOCK - 1) / READ_BLOCK;
	struct reader r = { dir, display_dir, list, cap, how, d,
	    PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0,
	    SIZE_MAX, xcalloc(blocks + 1, sizeof *r.blocks) };
	for (size_t b = 0; b < blocks; b++)
		r.blocks[b] = xcalloc(READ_BLOCK, sizeof *r.blocks[b]);
	/* This thread reads too, between the files it takes (take_one):
	 * one worker fewer than the processors. */
	size_t n = reader_threads(list->count), started = 0;
	n = n > 0 ? n - 1 : 0;
	pthread_t *threads = xcalloc(n + 1, sizeof *threads);
	while (started < n && pthread_create(&threads[started], NULL,
	    reader_work, &r) == 0)
		started++;
	size_t k = 0;
	struct open_dir od = OPEN_DIR_INIT;
	void *local = xcalloc(1, how->local_size + 1);
	for (size_t i = 0; i < list->count; i++) {
		for (; k < list->problem_count && strcmp(list->problems[k].path,
		    list->paths[i]) < 0; k++)
			report_problem(&list->problems[k], display_dir, d);
		take_one(&r, &od, local, i, too_big, d);
		taken(&r, i);
	}
	for (; k < list->problem_count; k++)
		report_problem(&list->problems[k], display_dir, d);
	open_dir_close(&od);
	free(local);
	for (size_t i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	free(threads);
	free(r.blocks);
	pthread_mutex_destroy(&r.lock);
	pthread_cond_destroy(&r.ready);
}
