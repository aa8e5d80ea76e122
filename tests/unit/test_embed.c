/* Unit tests of embed.c, the built-in theme under a project's (theme.c) and
 * the starter project (starter.c). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "embed.h"
#include "fsutil.h"
#include "harness.h"
#include "starter.h"
#include "theme.h"
#include "util.h"
#include "xalloc.h"

static char *
make_tmpdir(void)
{
	char tmpl[] = "/tmp/sharepack-unit-XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? xstrdup(d) : NULL;
}

static void
write_at(const char *root, const char *rel, const char *text)
{
	char *path = xasprintf("%s/%s", root, rel);
	CHECK(fs_write_file(path, text, strlen(text)) == 0);
	free(path);
}

/* The asset of t called name, or NULL. */
static const struct theme_asset *
asset(const struct theme *t, const char *name)
{
	for (size_t i = 0; i < t->asset_count; i++)
		if (strcmp(t->assets[i].name, name) == 0)
			return &t->assets[i];
	return NULL;
}

static void
test_table(void)
{
	CHECK(embed_file_count > 0);
	for (size_t i = 1; i < embed_file_count; i++)
		CHECK(strcmp(embed_files[i - 1].name, embed_files[i].name) < 0);
	const struct embed_file *e = embed_find("theme/layout.html");
	CHECK(e != NULL && e->len > 0 && e->data[e->len] == '\0');
	CHECK(e != NULL && strstr((const char *)e->data,
	    "data-sp-slot=\"main\"") != NULL);
	CHECK(embed_find("xsd/1.2/all.xsd") != NULL);
	CHECK(embed_find("xsd/2004/imsss_v1p0util.xsd") != NULL);
	CHECK(embed_find("theme/") == NULL);
	CHECK(embed_find("theme/nothing.css") == NULL);
	size_t n;
	const struct embed_file *first = embed_under("theme/", &n);
	/* The whole run of theme/ entries, the layout among them. */
	CHECK(first != NULL && n >= 8 && strncmp(first->name, "theme/", 6) == 0
	    && (first == embed_files || strncmp(first[-1].name, "theme/", 6)));
	CHECK(first != NULL && e >= first && e < first + n);
	CHECK(first != NULL && strncmp(first[n - 1].name, "theme/", 6) == 0 &&
	    (first + n == embed_files + embed_file_count ||
	    strncmp(first[n].name, "theme/", 6) != 0));
	CHECK(embed_under("no-such-prefix/", &n) == NULL && n == 0);
	first = embed_under("starter/", &n);
	CHECK(first != NULL && n > 5);
}

/* The built-in theme alone, then a project theme with only style.css (and
 * a README, which is no asset) over it. */
static void
test_builtin_theme(void)
{
	struct captured c;
	capture_begin(&c);
	struct theme *t = theme_load(NULL, NULL, &c.d);
	CHECK(t != NULL && t->dir == NULL && t->layout != NULL);
	CHECK_STR(t ? t->layout_path : NULL, "built-in theme/layout.html");
	/* Every built-in file but the layout and the string catalogues,
	 * which are read, not copied. */
	size_t builtin, catalogues;
	embed_under("theme/", &builtin);
	embed_under("theme/strings/", &catalogues);
	CHECK(catalogues >= 2);
	builtin -= catalogues;
	CHECK(t != NULL && t->asset_count == builtin - 1);
	static const char *const engine[] = { "lms.js", "xapi.js", "player.js",
	    "quiz.js", "scenario.js", "style.css" };
	for (size_t k = 0; k < 6; k++)
		CHECK(t != NULL && asset(t, engine[k]) != NULL);
	const struct theme_asset *a = t ? asset(t, "quiz.js") : NULL;
	CHECK(a != NULL && a->builtin != NULL);
	struct buf data = BUF_INIT;
	CHECK(a != NULL && theme_read_asset(t, a, 1 << 20, &data) == 0 &&
	    data.len == a->builtin_len);
	buf_free(&data);
	CHECK(a != NULL && theme_read_asset(t, a, 10, &data) == -1 &&
	    errno == EFBIG && data.len == 0);
	theme_free(t);
	CHECK_STR(captured(&c), "");
	capture_end(&c);

	char *dir = make_tmpdir();
	write_at(dir, "style.css", "body { color: #123456; }\n");
	write_at(dir, "README.md", "Notes for the designer.\n");
	write_at(dir, "fonts/a.woff2", "font");
	capture_begin(&c);
	t = theme_load(dir, "themes/default", &c.d);
	CHECK(t != NULL && t->asset_count == builtin);	/* and a.woff2 */
	CHECK_STR(t ? t->layout_path : NULL, "built-in theme/layout.html");
	a = t ? asset(t, "style.css") : NULL;
	CHECK(a != NULL && a->builtin == NULL);
	CHECK(a != NULL && theme_read_asset(t, a, 1 << 20, &data) == 0);
	CHECK_STR(data.data, "body { color: #123456; }\n");
	buf_free(&data);
	CHECK(t != NULL && asset(t, "fonts/a.woff2") != NULL);
	CHECK(t != NULL && asset(t, "README.md") == NULL);
	a = t ? asset(t, "lms.js") : NULL;
	CHECK(a != NULL && a->builtin != NULL);
	for (size_t i = 1; t != NULL && i < t->asset_count; i++)
		CHECK(strcmp(t->assets[i - 1].name, t->assets[i].name) < 0);
	theme_free(t);
	CHECK_STR(captured(&c), "");
	capture_end(&c);

	/* The project's layout wins, and is checked against every asset,
	 * the inherited ones included. */
	write_at(dir, "layout.html", "<html><head><title data-sp-slot=\"title\">"
	    "</title><script data-sp-asset=\"player.js\" src=\"x\"></script>"
	    "</head><body><main data-sp-slot=\"main\"></main></body></html>");
	capture_begin(&c);
	t = theme_load(dir, "themes/default", &c.d);
	CHECK(t != NULL);
	CHECK_STR(t ? t->layout_path : NULL, "themes/default/layout.html");
	theme_free(t);
	CHECK_STR(captured(&c), "");
	capture_end(&c);
	fs_remove_tree(dir);
	free(dir);
}

static void
test_starter(void)
{
	char *dir = make_tmpdir();
	char *proj = xasprintf("%s/a/b", dir);
	CHECK(starter_usable(proj) == 0);
	CHECK(starter_usable(dir) == 0);
	write_at(dir, "x", "");
	char *file = xasprintf("%s/x", dir);
	CHECK(starter_usable(dir) == -1 && errno == ENOTEMPTY);
	CHECK(starter_usable(file) == -1 && errno == ENOTDIR);
	struct captured c;
	capture_begin(&c);
	CHECK(starter_write(proj, &c.d) == 0);
	CHECK_STR(captured(&c), "");
	capture_end(&c);
	size_t n;
	const struct embed_file *f = embed_under("starter/", &n);
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", proj, f[i].name + 8);
		struct buf data = BUF_INIT;
		CHECK(fs_read_file(path, 1 << 20, &data) == 0 &&
		    data.len == f[i].len && memcmp(data.data, f[i].data,
		    data.len) == 0);
		buf_free(&data);
		free(path);
	}
	CHECK(starter_usable(proj) == -1 && errno == ENOTEMPTY);
	/* A write that fails half-way (a path too long for the system):
	 * what was written is removed, and the empty folder stays empty. */
	struct buf deep = BUF_INIT;
	buf_puts(&deep, dir);
	for (int k = 0; k < 16; k++) {
		buf_putc(&deep, '/');
		for (int m = 0; m < 252; m++)
			buf_putc(&deep, 'd');
	}
	CHECK(fs_mkdirs(deep.data) == 0);
	capture_begin(&c);
	CHECK(starter_write(deep.data, &c.d) == -1);
	CHECK(c.d.errors == 1 && c.d.system_errors == 1);
	capture_end(&c);
	CHECK(starter_usable(deep.data) == 0);
	buf_free(&deep);
	free(file);
	free(proj);
	fs_remove_tree(dir);
	free(dir);
}

void
test_embed(void)
{
	test_table();
	test_builtin_theme();
	test_starter();
}
