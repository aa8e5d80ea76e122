/* Unit tests of buf.c and fsutil.c. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "xalloc.h"

void
test_buf(void)
{
	struct buf b = BUF_INIT;
	buf_puts(&b, "golden");
	buf_putc(&b, ' ');
	buf_printf(&b, "rule %d", 7);
	CHECK_STR(b.data, "golden rule 7");
	CHECK(b.len == 13);
	for (int i = 0; i < 1000; i++)
		buf_puts(&b, "x");
	CHECK(b.len == 1013 && b.data[b.len] == '\0');
	char *s = buf_detach(&b);
	CHECK(b.data == NULL && b.len == 0);
	CHECK(strncmp(s, "golden rule 7xx", 15) == 0);
	free(s);
	struct buf empty = BUF_INIT;
	s = buf_detach(&empty);
	CHECK_STR(s, "");
	free(s);
}

static char *
make_tmpdir(void)
{
	char tmpl[] = "/tmp/sharepack-unit-XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? xstrdup(d) : NULL;
}

void
test_fsutil(void)
{
	char *root = make_tmpdir();
	CHECK(root != NULL);
	if (root == NULL)
		return;
	char *a = xasprintf("%s/b/a.md", root);
	char *z = xasprintf("%s/z.md", root);
	char *hidden = xasprintf("%s/.hidden.md", root);
	char *readme = xasprintf("%s/README.md", root);
	char *other = xasprintf("%s/b/notes.txt", root);
	CHECK(fs_write_file(a, "A", 1) == 0);
	CHECK(fs_write_file(z, "Z", 1) == 0);
	CHECK(fs_write_file(hidden, "H", 1) == 0);
	CHECK(fs_write_file(readme, "R", 1) == 0);
	CHECK(fs_write_file(other, "T", 1) == 0);

	struct fs_list l;
	CHECK(fs_list_tree(root, ".md", "README", 100, 4, &l) == 0);
	CHECK(l.count == 2);
	if (l.count == 2) {
		CHECK_STR(l.paths[0], "b/a.md");
		CHECK_STR(l.paths[1], "z.md");
	}
	fs_list_free(&l);
	/* The caps: one file allowed, two present. */
	errno = 0;
	CHECK(fs_list_tree(root, ".md", "README", 1, 4, &l) == -1);
	CHECK(errno == E2BIG && l.count == 0);

	struct buf data = BUF_INIT;
	CHECK(fs_read_file(a, 10, &data) == 0);
	CHECK_STR(data.data, "A");
	buf_free(&data);
	char *big = xasprintf("%s/big", root);
	CHECK(fs_write_file(big, "0123456789", 10) == 0);
	CHECK(fs_read_file(big, 9, &data) == -1 && errno == EFBIG);
	CHECK(data.data == NULL);

	/* An atomic write replaces the whole file, world-readable as the site
	 * is, and leaves no temporary file behind, even when it fails. */
	char *zip = xasprintf("%s/out/p.zip", root);
	char *zipdir = xasprintf("%s/out", root);
	CHECK(fs_write_atomic(zip, "first", 5) == 0);
	CHECK(fs_write_atomic(zip, "second", 6) == 0);
	CHECK(fs_read_file(zip, 10, &data) == 0);
	CHECK_STR(data.data, "second");
	buf_free(&data);
	struct stat zs;
	CHECK(stat(zip, &zs) == 0 && (zs.st_mode & 0777) == 0644);
	char *under_file = xasprintf("%s/big/p.zip", root);
	errno = 0;
	CHECK(fs_write_atomic(under_file, "x", 1) == -1 && errno == ENOTDIR);
	CHECK(fs_list_tree(zipdir, "", NULL, 10, 1, &l) == 0);
	CHECK(l.count == 1);
	fs_list_free(&l);
	free(under_file);
	free(zipdir);
	free(zip);

	/* Staging: a new tree replaces the old one whole. */
	char *site = xasprintf("%s/site", root);
	char *old = xasprintf("%s/site/old.html", root);
	CHECK(fs_write_file(old, "old", 3) == 0);
	char *staging = fs_stage_begin(site);
	CHECK(staging != NULL);
	char *fresh = xasprintf("%s/new.html", staging);
	CHECK(fs_write_file(fresh, "new", 3) == 0);
	CHECK(fs_stage_commit(staging, site) == 0);
	struct stat sb;
	CHECK(stat(old, &sb) != 0);
	char *moved = xasprintf("%s/new.html", site);
	CHECK(stat(moved, &sb) == 0);
	CHECK(stat(staging, &sb) != 0);
	/* Aborting leaves the site as it was. */
	char *staging2 = fs_stage_begin(site);
	fs_stage_abort(staging2);
	CHECK(stat(staging2, &sb) != 0 && stat(moved, &sb) == 0);

	CHECK(fs_remove_tree(root) == 0);
	CHECK(stat(root, &sb) != 0);
	free(staging2);
	free(moved);
	free(fresh);
	free(staging);
	free(old);
	free(site);
	free(big);
	free(a);
	free(z);
	free(hidden);
	free(readme);
	free(other);
	free(root);
}
