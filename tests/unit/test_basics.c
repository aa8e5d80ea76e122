/* Unit tests of buf.c, diag.c's escaping and fsutil.c. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "util.h"
#include "xalloc.h"

/* What diag_put_escaped makes of len bytes of s. The caller frees it. */
static char *
escaped(const char *s, size_t len)
{
	char *text = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&text, &n);
	diag_put_escaped(f, s, len);
	fclose(f);
	return text;
}

/* Messages cannot drive the terminal: every control is shown as text,
 * in the path and in the message, and nothing else changes. */
static void
test_diag_escape(void)
{
	static const struct {
		const char *in;
		size_t len;
		const char *want;
	} cases[] = {
		{ "plain caf\xC3\xA9 \xE2\x80\x94 ok", 0,
		    "plain caf\xC3\xA9 \xE2\x80\x94 ok" },
		{ "a\x1B[31mred\x1B]0;title\x07", 0,
		    "a\\x1B[31mred\\x1B]0;title\\x07" },
		{ "tab\there\nnew\rcr\x7F", 0,
		    "tab\there\\x0Anew\\x0Dcr\\x7F" },
		{ "nul\0x", 5, "nul\\x00x" },
		/* C1 as UTF-8, and 0x9B alone (CSI in 8-bit terminals). */
		{ "c1\xC2\x9B and \x9B", 0, "c1\\u{009B} and \\x9B" },
		{ "\xE2\x80\xAE" "evil\xE2\x81\xA6x\xE2\x81\xA9", 0,
		    "\\u{202E}evil\\u{2066}x\\u{2069}" },
		/* The marks next to the overrides are left: they reorder
		 * nothing on their own. */
		{ "\xE2\x80\x8F\xE2\x80\xA9", 0, "\xE2\x80\x8F\xE2\x80\xA9" },
		/* A truncated sequence is bytes, each shown. */
		{ "end\xE2\x80", 0, "end\\xE2\\x80" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len = cases[i].len ? cases[i].len :
		    strlen(cases[i].in);
		char *got = escaped(cases[i].in, len);
		CHECK_STR(got, cases[i].want);
		free(got);
	}
	unsigned cp;
	size_t n;
	CHECK(diag_char("\xE2\x80\xAE", 3, &cp, &n) == 1 && cp == 0x202E &&
	    n == 3);
	CHECK(diag_char("\xC3\xA9", 2, &cp, &n) == 0 && cp == 0xE9 && n == 2);
	CHECK(diag_char("\xC0\x80", 2, &cp, &n) == -1 && n == 1);

	struct captured c;
	capture_begin(&c);
	struct srcpos at = { "content/\x1B[2Jx.md", 3, 1 };
	diag_error(&c.d, &at, "unknown key '%s'", "k\xE2\x80\xAEy");
	diag_say(c.f, "no pack '%s'", "\x1B[1m");
	CHECK_STR(captured(&c), "content/\\x1B[2Jx.md:3:1: error: unknown key "
	    "'k\\u{202E}y'\nsharepack: no pack '\\x1B[1m'\n");
	CHECK(c.d.errors == 1);
	capture_end(&c);
}

/* xasprintf joins text and "%s" itself, and leaves every other format
 * to vsnprintf: the same string either way. */
static void
test_xasprintf(void)
{
	/* Hidden from the compiler, which warns of a NULL "%s". */
	const char *volatile none = NULL;
	char want[64];
	char *s = xasprintf("%s/%s.html", "guidance", "g-1");
	CHECK_STR(s, "guidance/g-1.html");
	free(s);
	s = xasprintf("%s%s%s", "", "caf\xC3\xA9", "");
	CHECK_STR(s, "caf\xC3\xA9");
	free(s);
	s = xasprintf("no conversion");
	CHECK_STR(s, "no conversion");
	free(s);
	s = xasprintf("100%% of %s", "it");
	CHECK_STR(s, "100% of it");
	free(s);
	s = xasprintf("%s: %d", "n", 7);
	CHECK_STR(s, "n: 7");
	free(s);
	s = xasprintf("%.2s|%s", "abc", "d");
	CHECK_STR(s, "ab|d");
	free(s);
	snprintf(want, sizeof want, "[%s]", none);
	s = xasprintf("[%s]", none);
	CHECK_STR(s, want);
	free(s);
}

void
test_buf(void)
{
	test_diag_escape();
	test_xasprintf();
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
	/* Packed strings: each keeps its NUL, across growing. */
	struct buf pack = BUF_INIT;
	buf_add_str(&pack, "myth", 4);
	buf_add_str(&pack, "", 0);
	for (int i = 0; i < 100; i++)
		buf_add_str(&pack, "share!", 5);
	CHECK(pack.len == 5 + 1 + 100 * 6 && pack.data[pack.len] == '\0');
	CHECK_STR(pack.data, "myth");
	CHECK_STR(pack.data + 5, "");
	CHECK_STR(pack.data + 6 + 99 * 6, "share");
	buf_free(&pack);
}

static char *
make_tmpdir(void)
{
	char tmpl[] = "/tmp/sharepack-unit-XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? xstrdup(d) : NULL;
}

/* Makes a symbolic link at root/rel to target. */
static void
link_at(const char *root, const char *rel, const char *target)
{
	char *path = xasprintf("%s/%s", root, rel);
	CHECK(symlink(target, path) == 0);
	free(path);
}

/* The problem recorded for path, or NULL. */
static const struct fs_problem *
problem(const struct fs_list *l, const char *path)
{
	for (size_t i = 0; i < l->problem_count; i++)
		if (strcmp(l->problems[i].path, path) == 0)
			return &l->problems[i];
	return NULL;
}

/* Nothing outside the listed folder is listed, and every link that is
 * not followed is kept to be reported by name. */
static void
test_fs_links(const char *root)
{
	char *tree = xasprintf("%s/links/content", root);
	char *outside = xasprintf("%s/links/outside.md", root);
	char *inner = xasprintf("%s/sub/inner.md", tree);
	char *upper = xasprintf("%s/UPPER.MD", tree);
	CHECK(fs_write_file(outside, "secret", 6) == 0);
	CHECK(fs_write_file(inner, "I", 1) == 0);
	CHECK(fs_write_file(upper, "U", 1) == 0);
	link_at(tree, "leak.md", "../outside.md");
	link_at(tree, "passwd.md", "/etc/passwd");
	link_at(tree, "notes.txt", "/etc/passwd");	/* not read: no matter */
	link_at(tree, "again.md", "sub/inner.md");	/* inside: followed */
	link_at(tree, "gone.md", "nowhere.md");
	link_at(tree, "loop.md", "loop.md");
	link_at(tree, "up", "..");
	link_at(tree, "subdir", "sub");

	struct fs_list l;
	CHECK(fs_list_tree(tree, ".md", "README", 100, 4, &l) == 0);
	CHECK(l.count == 2);
	if (l.count == 2) {
		CHECK_STR(l.paths[0], "again.md");
		CHECK_STR(l.paths[1], "sub/inner.md");
	}
	CHECK(l.problem_count == 7);
	const struct fs_problem *p = problem(&l, "leak.md");
	CHECK(p != NULL && p->kind == FS_LINK_OUTSIDE &&
	    strstr(p->target, "/links/outside.md") != NULL);
	p = problem(&l, "passwd.md");
	CHECK(p != NULL && p->kind == FS_LINK_OUTSIDE &&
	    strcmp(p->target, "/etc/passwd") == 0);
	p = problem(&l, "gone.md");
	CHECK(p != NULL && p->kind == FS_LINK_DANGLING &&
	    strcmp(p->target, "nowhere.md") == 0);
	p = problem(&l, "loop.md");
	CHECK(p != NULL && p->kind == FS_LINK_BROKEN && p->err == ELOOP);
	p = problem(&l, "up");
	CHECK(p != NULL && p->kind == FS_LINK_OUTSIDE_FOLDER);
	p = problem(&l, "subdir");
	CHECK(p != NULL && p->kind == FS_LINK_FOLDER);
	p = problem(&l, "UPPER.MD");
	CHECK(p != NULL && p->kind == FS_WRONG_CASE &&
	    strcmp(p->target, ".md") == 0);
	CHECK(problem(&l, "notes.txt") == NULL);
	/* In path order, whatever the directory order. */
	for (size_t i = 1; i < l.problem_count; i++)
		CHECK(strcmp(l.problems[i - 1].path, l.problems[i].path) < 0);

	struct captured c;
	capture_begin(&c);
	fs_list_report(&l, "content", &c.d);
	CHECK(strstr(captured(&c), "content/passwd.md: error: a symbolic link "
	    "to a file outside content/ (/etc/passwd); copy the file in "
	    "instead\n") != NULL);
	CHECK(strstr(captured(&c), "content/gone.md: error: a symbolic link "
	    "to 'nowhere.md', which does not exist; fix the link or remove "
	    "it\n") != NULL);
	CHECK(strstr(captured(&c), "content/UPPER.MD: warning: not read: only "
	    "names ending in '.md' are read; rename the file to end in "
	    "'.md'\n") != NULL);
	CHECK(c.d.errors == 6 && c.d.warnings == 1 && c.d.system_errors == 0);
	capture_end(&c);
	fs_list_free(&l);
	CHECK(l.paths == NULL && l.problems == NULL && l.problem_count == 0);

	/* A theme lists every name: a link out is a problem whatever its
	 * name. */
	CHECK(fs_list_tree(tree, "", NULL, 100, 4, &l) == 0);
	p = problem(&l, "notes.txt");
	CHECK(p != NULL && p->kind == FS_LINK_OUTSIDE);
	fs_list_free(&l);

	/* The root may itself be reached through a link. */
	char *alias = xasprintf("%s/links/alias", root);
	CHECK(symlink(tree, alias) == 0);
	CHECK(fs_list_tree(alias, ".md", "README", 100, 4, &l) == 0);
	CHECK(l.count == 2 && l.problem_count == 7);
	fs_list_free(&l);

	CHECK(fs_within(inner, tree) == 1);
	CHECK(fs_within(tree, tree) == 1);
	CHECK(fs_within(alias, tree) == 1);
	CHECK(fs_within(outside, tree) == 0);
	CHECK(fs_within("/nowhere/at/all", tree) == -1);
	free(alias);
	free(upper);
	free(inner);
	free(outside);
	free(tree);
}

/* fs_walk_at's each: "d path" or "f path" or "o path", one a line. */
static void
walked(const char *rel, enum fs_kind kind, void *ctx)
{
	buf_printf(ctx, "%c %s\n", kind == FS_DIR ? 'd' : kind == FS_FILE ?
	    'f' : 'o', rel);
}

/* What a build keeps beside its output (the spare): names beside a
 * folder, replacing a file shared by a hard link without changing the
 * other name's, linking a whole tree, walking it, renames that never
 * replace, and a folder renamed as a staging folder. */
static void
test_fs_spare(const char *root)
{
	char *b = fs_beside("out/site/", ".x");
	CHECK(b != NULL && strcmp(b, "out/.site.x") == 0);
	free(b);
	CHECK(fs_beside(".", ".x") == NULL && fs_beside("a/..", ".x") == NULL &&
	    fs_beside("/", ".x") == NULL);

	char *site = xasprintf("%s/sp/site", root);
	char *page = xasprintf("%s/sub/deep/p.html", site);
	char *top = xasprintf("%s/top.html", site);
	CHECK(fs_write_file(page, "old", 3) == 0);
	CHECK(fs_write_file(top, "top", 3) == 0);
	char *copy = xasprintf("%s/sp/copy", root);
	CHECK(mkdir(copy, 0777) == 0);
	int from = open(site, O_RDONLY | O_DIRECTORY);
	CHECK(fs_link_tree(from, copy) == 0);
	char *copied = xasprintf("%s/sub/deep/p.html", copy);
	struct stat a, c;
	CHECK(stat(page, &a) == 0 && stat(copied, &c) == 0 &&
	    a.st_ino == c.st_ino);
	/* Again: what is there is left, not an error. */
	CHECK(fs_link_tree(from, copy) == 0);
	close(from);

	/* Replaced, never written into: the site's name keeps its bytes. */
	int fd = open(copy, O_RDONLY | O_DIRECTORY);
	CHECK(fs_replace_synced_at(fd, "sub/deep/p.html", "new", 3) == 0);
	struct buf data = BUF_INIT;
	CHECK(fs_read_file(page, 10, &data) == 0 && data.len == 3 &&
	    memcmp(data.data, "old", 3) == 0);
	buf_free(&data);
	CHECK(fs_read_file(copied, 10, &data) == 0 && data.len == 3 &&
	    memcmp(data.data, "new", 3) == 0);
	buf_free(&data);
	/* A folder where a file goes is removed whole. */
	CHECK(fs_replace_synced_at(fd, "sub", "file", 4) == 0);
	CHECK(stat(copied, &c) != 0 && errno == ENOTDIR);
	CHECK(fs_remove_at(fd, "sub") == 0 && fs_remove_at(fd, "sub") == 0);

	struct buf seen = BUF_INIT;
	CHECK(fs_walk_at(fd, 8, walked, &seen) == 0);
	CHECK(seen.data != NULL && strcmp(seen.data, "f top.html\n") == 0);
	buf_free(&seen);
	close(fd);
	fd = open(site, O_RDONLY | O_DIRECTORY);
	CHECK(fs_walk_at(fd, 8, walked, &seen) == 0);
	CHECK(seen.data != NULL && strstr(seen.data, "d sub\n") != NULL &&
	    strstr(seen.data, "d sub/deep\n") != NULL &&
	    strstr(seen.data, "f sub/deep/p.html\n") != NULL &&
	    strstr(seen.data, "d sub\n") < strstr(seen.data, "d sub/deep\n"));
	buf_free(&seen);
	errno = 0;
	CHECK(fs_walk_at(fd, 1, walked, &seen) == -1 && errno == ELOOP);
	buf_free(&seen);
	close(fd);

	/* Never a rename over what is there; a staging name for the site. */
	errno = 0;
	CHECK(fs_rename_new(copy, site) == -1 && errno == EEXIST);
	char *staging = fs_stage_adopt(copy, site);
	CHECK(staging != NULL && stat(copy, &c) != 0);
	char *marked = xasprintf("%s/top.html", staging ? staging : "");
	CHECK(stat(marked, &c) == 0);
	CHECK(staging != NULL && strncmp(staging, site, strlen(site)) == 0 &&
	    strncmp(staging + strlen(site), ".tmp-", 5) == 0 &&
	    strlen(staging) == strlen(site) + 11);
	CHECK(fs_rename_new(staging ? staging : "", copy) == 0);
	/* A staging folder has the mode any folder gets, as the site will. */
	mode_t mask = umask(0);
	umask(mask);
	char *fresh = fs_stage_begin(site);
	CHECK(fresh != NULL && stat(fresh, &c) == 0 &&
	    (c.st_mode & 07777) == (0777 & ~mask));
	CHECK(fresh != NULL && rmdir(fresh) == 0);
	free(fresh);
	free(marked);
	free(staging);
	free(copied);
	free(copy);
	free(top);
	free(page);
	free(site);
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
	/* A swap leaves the old tree whole at the path it gives back, for
	 * the caller to remove; a first one has none. */
	char *staging3 = fs_stage_begin(site), *gone;
	char *newer = xasprintf("%s/newer.html", staging3);
	CHECK(fs_write_file(newer, "newer", 5) == 0);
	CHECK(fs_stage_swap(staging3, site, &gone) == 0 && gone != NULL);
	char *kept = xasprintf("%s/new.html", gone ? gone : "");
	CHECK(stat(kept, &sb) == 0 && stat(moved, &sb) != 0);
	CHECK(gone != NULL && fs_remove_tree(gone) == 0);
	char *elsewhere = xasprintf("%s/elsewhere", root);
	char *staging4 = fs_stage_begin(elsewhere), *none;
	CHECK(fs_stage_swap(staging4, elsewhere, &none) == 0 && none == NULL);
	CHECK(stat(elsewhere, &sb) == 0 && S_ISDIR(sb.st_mode));
	free(staging4);
	free(elsewhere);
	free(kept);
	free(gone);
	free(newer);
	free(staging3);

	test_fs_links(root);
	test_fs_spare(root);

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
