/* Unit tests of load.c and frontmatter.c: every message they can give; and
 * what the exports make of what loads. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "body.h"
#include "cache.h"
#include "check.h"
#include "export.h"
#include "fragstore.h"
#include "fsutil.h"
#include "harness.h"
#include "html5.h"
#include "load.h"
#include "markdown.h"
#include "util.h"
#include "xalloc.h"

/* Loads text and checks the messages are exactly want. */
static struct item *
expect(const char *text, const char *want)
{
	struct captured c;
	capture_begin(&c);
	struct item *it = load_string(&c, "content/x.md", text);
	CHECK_STR(captured(&c), want);
	capture_end(&c);
	return it;
}

static void
expect_fail(const char *text, const char *want)
{
	struct item *it = expect(text, want);
	CHECK(it == NULL);
	pack_item_free(it);
}

/* A content folder of two files in a new folder; the caller removes
 * it. */
static char *
two_files(void)
{
	char tmpl[] = "/tmp/sp-unit-XXXXXX";
	char *dir = xstrdup(mkdtemp(tmpl));
	char *v = xasprintf("%s/content/v.md", dir);
	char *g = xasprintf("%s/content/g.md", dir);
	const char *vt = "---\nkind: vignette\ntitle: V\nexpected: share\n"
	    "audience: [helth]\n---\nA case.\n\n## Why\n\nThe reason.\n";
	const char *gt = "---\nkind: guidance\ntitle: G\n---\nText.\n";
	CHECK(fs_write_file(v, vt, strlen(vt)) == 0);
	CHECK(fs_write_file(g, gt, strlen(gt)) == 0);
	free(v);
	free(g);
	return dir;
}

static struct pack *
load_dir(const char *dir, const struct cache *cache, struct captured *c)
{
	char *content = xasprintf("%s/content", dir);
	struct pack *p = pack_new();
	capture_begin(c);
	CHECK(load_content(content, "content", p, cache, &c->d) == 0);
	free(content);
	return p;
}

/* fs_list_fits on a listing made by hand, with folders "" and "sub"
 * (and more), suffix ".md", skip "README", depth 2. */
static int
fits_with(const char *const *paths, size_t n, const char *const *more,
    size_t extra)
{
	struct fs_stamp st = { 1, 2, 3, 4, 5 };
	struct fs_folders f = { NULL, 0, 0, 0, 0, 0 };
	struct fs_list l = { (char **)(uintptr_t)paths, n, NULL, 0 };
	fs_folders_add(&f, "", &st);
	fs_folders_add(&f, "sub", &st);
	for (size_t i = 0; i < extra; i++)
		fs_folders_add(&f, more[i], &st);
	fs_folders_sort(&f);
	int ok = fs_list_fits(&l, &f, ".md", "README", 2);
	fs_folders_free(&f);
	return ok;
}

/* A content cache written of p, just loaded (load_dir) with c: the
 * cache is opened, and p freed. */
static struct cache *
listing_cache(const char *file, struct pack *p, struct captured *c)
{
	check_pack(p, &c->d);
	capture_end(c);
	CHECK(cache_write(file, p, 42, NULL) == 0);
	pack_free(p);
	return cache_open(file, 42);
}

/* A file of two_files changed, and the listing taken from k: the cache
 * written with k (its listing's section copied from k's file) is the
 * one written without (coded anew), byte for byte. */
static void
listing_copied(const char *dir, struct cache *k)
{
	struct captured c;
	char *v = xasprintf("%s/content/v.md", dir);
	char *copied = xasprintf("%s/copied", dir);
	char *coded = xasprintf("%s/coded", dir);
	FILE *fp = fopen(v, "a");
	CHECK(fp != NULL && fputs("More.\n", fp) >= 0 && fclose(fp) == 0);
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	struct pack *p = load_dir(dir, k, &c);
	check_pack(p, &c.d);
	capture_end(&c);
	CHECK(p->files.listing_recalled && p->files.recalled == 1);
	CHECK(cache_write(copied, p, 42, k) == 0 &&
	    cache_write(coded, p, 42, NULL) == 0);
	struct buf a = BUF_INIT, b = BUF_INIT;
	CHECK(fs_read_file(copied, 1 << 20, &a) == 0 &&
	    fs_read_file(coded, 1 << 20, &b) == 0);
	CHECK(a.len > 64 && a.len == b.len &&
	    memcmp(a.data, b.data, a.len) == 0);
	buf_free(&a);
	buf_free(&b);
	pack_free(p);
	free(v);
	free(copied);
	free(coded);
}

/* The listing's paths are taken only in the form put_listing writes
 * (each sharing all it can with the one before): a section in another
 * form, though it reads as the same paths, is not taken, for a cache
 * written with it would copy it as it is. */
static void
listing_form(void)
{
	struct captured c;
	char *dir = two_files();
	char *content = xasprintf("%s/content", dir);
	char *file = xasprintf("%s/cache", dir);
	char *g2 = xasprintf("%s/content/g2.md", dir);
	const char *gt = "---\nkind: guidance\ntitle: N\n---\nText.\n";
	struct fs_list l;
	struct fs_folders f = { NULL, 0, 0, 0, 0, 0 };
	CHECK(fs_write_file(g2, gt, strlen(gt)) == 0);
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	cache_close(listing_cache(file, load_dir(dir, NULL, &c), &c));
	struct cache *k = cache_open(file, 42);
	CHECK(k != NULL && cache_listing(k, content, ".md", "README",
	    LOAD_MAX_DEPTH, &l, &f) == 0);
	CHECK(l.count == 3 && strcmp(l.paths[1], "g2.md") == 0);
	fs_list_free(&l);
	fs_folders_free(&f);
	cache_close(k);
	/* "g2.md" after "g.md": 1 byte shared, "2.md"; written whole
	 * instead, the section a byte longer. */
	struct buf b = BUF_INIT, w = BUF_INIT;
	CHECK(fs_read_file(file, 1 << 20, &b) == 0);
	const char coded[] = "\1\0\4\0" "2.md", whole[] = "\0\0\5\0" "g2.md";
	char *at = NULL;
	for (size_t j = 0; at == NULL && j + sizeof coded - 1 <= b.len; j++)
		if (memcmp(b.data + j, coded, sizeof coded - 1) == 0)
			at = b.data + j;
	size_t len = 0, i = 0;
	for (; i + 8 <= b.len; i++) {
		uint64_t v;
		memcpy(&v, b.data + i, 8);
		if (v == b.len - i - 8)
			break;
	}
	CHECK(at != NULL && i + 8 <= b.len && (size_t)(at - b.data) > i);
	if (at != NULL && i + 8 <= b.len) {
		uint64_t v = b.len - i - 8 + 1;
		buf_add(&w, b.data, i);
		buf_add(&w, &v, 8);
		buf_add(&w, b.data + i + 8, (size_t)(at - b.data) - i - 8);
		buf_add(&w, whole, sizeof whole - 1);
		len = (size_t)(at - b.data) + sizeof coded - 1;
		buf_add(&w, b.data + len, b.len - len);
	}
	CHECK(w.len == b.len + 1 && fs_write_file(file, w.data, w.len) == 0);
	k = cache_open(file, 42);
	CHECK(k != NULL && cache_listing(k, content, ".md", "README",
	    LOAD_MAX_DEPTH, &l, &f) == -1 && l.count == 0 && f.count == 0);
	cache_close(k);
	buf_free(&b);
	buf_free(&w);
	fs_remove_tree(dir);
	free(dir);
	free(content);
	free(file);
	free(g2);
}

/* The content folder's listing kept in the cache (cache_listing): taken
 * while no folder changed, never once one did, nor one that is damaged,
 * not one fs_list_tree could give, or with a link or a problem, or a
 * folder not older than the build that read it. */
static void
test_listing(void)
{
	struct captured c;
	char *dir = two_files();
	char *content = xasprintf("%s/content", dir);
	char *file = xasprintf("%s/cache", dir);
	char *added = xasprintf("%s/content/n.md", dir);
	struct fs_list l;
	struct fs_folders f = { NULL, 0, 0, 0, 0, 0 };
	const char *gt = "---\nkind: guidance\ntitle: N\n---\nText.\n";
	/* Folders changed in the tick the load began are not kept. */
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	struct pack *p = load_dir(dir, NULL, &c);
	CHECK(p->files.listed.count == 1 && p->files.listed.files == 2 &&
	    !p->files.listing_recalled);
	struct cache *k = listing_cache(file, p, &c);
	CHECK(k != NULL && cache_listing(k, content, ".md", "README",
	    LOAD_MAX_DEPTH, &l, &f) == 0);
	CHECK(l.count == 2 && l.problem_count == 0 && f.count == 1 &&
	    f.files == 2 && f.hash == fs_list_hash(&l));
	CHECK(l.count == 2 && strcmp(l.paths[0], "g.md") == 0 &&
	    strcmp(l.paths[1], "v.md") == 0);
	fs_list_free(&l);
	fs_folders_free(&f);
	p = load_dir(dir, k, &c);
	capture_end(&c);
	CHECK(p->files.listing_recalled && p->files.recalled == 2 &&
	    p->files.listed.files == 2);
	pack_free(p);
	listing_copied(dir, k);
	cache_close(k);
	/* A file too new to keep (its time is the build's tick or later)
	 * is still in the listing kept. */
	char *g = xasprintf("%s/content/g.md", dir);
	struct timeval later[2] = { { time(NULL) + 3600, 0 },
	    { time(NULL) + 3600, 0 } };
	CHECK(utimes(g, later) == 0);
	k = listing_cache(file, load_dir(dir, NULL, &c), &c);
	p = load_dir(dir, k, &c);
	capture_end(&c);
	CHECK(p->files.listing_recalled && p->files.recalled == 1 &&
	    p->count == 2);
	pack_free(p);
	later[0].tv_sec = later[1].tv_sec = time(NULL) - 3600;
	CHECK(utimes(g, later) == 0);
	free(g);
	/* A name made in the folder: its stamp says so. */
	CHECK(fs_write_file(added, gt, strlen(gt)) == 0);
	CHECK(cache_listing(k, content, ".md", "README", LOAD_MAX_DEPTH, &l,
	    &f) == -1 && l.count == 0 && f.count == 0);
	cache_close(k);
	/* A byte of the last path changed: the files' hash says so; the
	 * items are still the cache's. */
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	k = listing_cache(file, load_dir(dir, NULL, &c), &c);
	cache_close(k);
	struct buf b = BUF_INIT;
	CHECK(fs_read_file(file, 1 << 20, &b) == 0 && b.len > 64);
	/* The listing ends the file. */
	if (b.len > 64)
		b.data[b.len - 2] ^= 1;
	CHECK(b.len > 64 && fs_write_file(file, b.data, b.len) == 0);
	buf_free(&b);
	k = cache_open(file, 42);
	CHECK(k != NULL && cache_listing(k, content, ".md", "README",
	    LOAD_MAX_DEPTH, &l, &f) == -1 && l.count == 0 && f.count == 0);
	p = load_dir(dir, k, &c);
	capture_end(&c);
	CHECK(!p->files.listing_recalled && p->files.recalled == 3);
	pack_free(p);
	cache_close(k);
	/* None is kept of a listing with a link or a problem. */
	char *link = xasprintf("%s/content/l.md", dir);
	CHECK(symlink("g.md", link) == 0);
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	p = load_dir(dir, NULL, &c);
	capture_end(&c);
	CHECK(p->files.listed.count == 0 && p->count == 4);
	pack_free(p);
	CHECK(unlink(link) == 0);
	free(link);
	char *shout = xasprintf("%s/content/s.MD", dir);
	CHECK(fs_write_file(shout, gt, strlen(gt)) == 0);
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	p = load_dir(dir, NULL, &c);
	capture_end(&c);
	CHECK(p->files.listed.count == 0 && p->count == 3);
	pack_free(p);
	free(shout);
	/* The stat rule, for folders: times not before the clock reading
	 * that began the listing are not old enough. */
	struct fs_stamp st = { 1, 100, 200, 4, 5 };
	fs_folders_add(&f, "", &st);
	CHECK(fs_folders_old(&f, 201) && !fs_folders_old(&f, 200) &&
	    !fs_folders_old(&f, 100));
	f.unsure = 1;
	CHECK(!fs_folders_old(&f, 201));
	fs_folders_free(&f);
	CHECK(!fs_folders_old(&f, 201));
	/* Only what fs_list_tree could list: in a folder listed, with the
	 * suffix in its case, no hidden or skipped name, in order. */
	const char *good[] = { "a.md", "sub/b.md", "sub/c.md" };
	CHECK(fits_with(good, 3, NULL, 0));
	const char *bad[][2] = { { "../a.md", "b.md" }, { "sub/../a.md", "" },
	    { ".a.md", "" }, { "README.md", "" }, { "a.MD", "" },
	    { "b.md", "a.md" }, { "a.md", "a.md" }, { "x/a.md", "" },
	    { "a.txt", "" }, { "/a.md", "" }, { "sub//a.md", "" } };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		CHECK(!fits_with(bad[i], bad[i][1][0] ? 2 : 1, NULL, 0));
	const char *hidden[] = { ".git" }, *orphan[] = { "x/y" };
	const char *rooted[] = { "/sub" };
	CHECK(!fits_with(good, 3, rooted, 1));
	const char *deep[] = { "sub/a", "sub/a/b" };
	CHECK(!fits_with(good, 3, hidden, 1) && !fits_with(good, 3, orphan, 1));
	CHECK(fits_with(good, 3, deep, 1) && !fits_with(good, 3, deep, 2));
	fs_remove_tree(dir);
	free(added);
	free(file);
	free(content);
	free(dir);
}

/* The tree is dropped once an item's own checks are done (what they said
 * kept for check_pack), and body_open reads the file again, as long as
 * it is the file that was checked. */
static void
test_body(const char *dir)
{
	struct captured c;
	struct pack *p = load_dir(dir, NULL, &c);
	CHECK(p->count == 2);
	struct item *v = p->count == 2 ? p->items[1] : NULL;
	CHECK(v != NULL && v->doc == NULL && v->checked &&
	    v->ext->notes != NULL);
	CHECK_STR(captured(&c), "");
	check_pack(p, &c.d);
	CHECK(strstr(captured(&c), "content/v.md:5:12: warning: unknown "
	    "agency 'helth'") != NULL);
	struct body b;
	CHECK(v != NULL && body_open(v, &b) == 0 && b.why != NULL);
	char *why = v != NULL ? md_plain_text(cmark_node_next(b.why)) : NULL;
	CHECK_STR(why ? why : "", "The reason.");
	free(why);
	body_close(&b);
	CHECK(body_report(p, &c.d) == 0);
	/* The same size, another byte: not the file that was checked. */
	char *path = xasprintf("%s/content/v.md", dir);
	FILE *f = fopen(path, "r+");
	CHECK(f != NULL && fseek(f, 66, SEEK_SET) == 0 && fputc('B', f) == 'B');
	if (f != NULL)
		fclose(f);
	CHECK(v != NULL && body_open(v, &b) == -1 && b.why == NULL &&
	    cmark_node_first_child(b.doc) == NULL);
	body_close(&b);
	capture_end(&c);
	capture_begin(&c);
	CHECK(body_report(p, &c.d) == 1 && c.d.errors == 1);
	CHECK_STR(captured(&c), "content/v.md:1:1: error: the file changed "
	    "while sharepack was running, after it was checked; run the "
	    "command again once it is saved\n");
	CHECK(body_report(p, &c.d) == 0);
	capture_end(&c);
	pack_free(p);
	free(path);
}

/* Items and their messages from the content cache, for files as they
 * were when it was written; any other key, or a damaged cache, is none. */
static void
test_cache(const char *dir)
{
	struct captured c;
	char *file = xasprintf("%s/.site.sharepack-cache", dir);
	char *site = xasprintf("%s/site", dir);
	char *g = xasprintf("%s/content/g.md", dir);
	char *made = cache_path(site);
	CHECK_STR(made, file);
	free(made);
	CHECK(cache_path("/") == NULL && cache_path("..") == NULL);
	/* Files changed in the tick the load began are not kept. */
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	struct pack *p = load_dir(dir, NULL, &c);
	check_pack(p, &c.d);
	char *said = xstrdup(captured(&c));
	CHECK(cache_write(file, p, 42, NULL) == 0);
	capture_end(&c);
	CHECK(cache_open(file, 43) == NULL);
	struct cache *k = cache_open(file, 42);
	CHECK(k != NULL);
	struct pack *q = load_dir(dir, k, &c);
	check_pack(q, &c.d);
	CHECK_STR(captured(&c), said);
	capture_end(&c);
	CHECK(q->files.recalled == 2 && q->count == 2);
	for (size_t i = 0; i < 2 && q->count == 2 && p->count == 2; i++) {
		const struct item *a = p->items[i], *b = q->items[i];
		CHECK_STR(b->title, a->title);
		CHECK(a->hash == b->hash && a->words == b->words &&
		    a->source_hash == b->source_hash && a->given == b->given);
		for (size_t key = 0; key < KEY_COUNT; key++) {
			struct srcpos pa = pack_at(a, (enum item_key)key);
			struct srcpos pb = pack_at(b, (enum item_key)key);
			CHECK(pb.path == b->path && pa.line == pb.line &&
			    pa.col == pb.col);
		}
	}
	CHECK(q->count == 2 && q->items[1]->vignette.why_index == 1);
	/* Every item as it was recalled: the cache there is the one a
	 * write would make, and is left as it is. */
	struct stat was, now;
	CHECK(stat(file, &was) == 0 && cache_write(file, q, 42, k) == 0 &&
	    stat(file, &now) == 0 && now.st_ino == was.st_ino);
	pack_free(q);
	/* Touched: read again; the other is still taken, and its entry
	 * copied is the entry encoded again. */
	CHECK(utimes(g, NULL) == 0);
	q = load_dir(dir, k, &c);
	CHECK(q->files.recalled == 1);
	capture_end(&c);
	char *copied = xasprintf("%s/copied", dir);
	char *encoded = xasprintf("%s/encoded", dir);
	struct buf a = BUF_INIT, b = BUF_INIT;
	CHECK(cache_write(copied, q, 42, k) == 0 &&
	    cache_write(encoded, q, 42, NULL) == 0);
	CHECK(fs_read_file(copied, 1 << 20, &a) == 0 &&
	    fs_read_file(encoded, 1 << 20, &b) == 0 && a.len == b.len &&
	    a.len > 0 && memcmp(a.data, b.data, a.len) == 0);
	buf_free(&a);
	buf_free(&b);
	free(copied);
	free(encoded);
	pack_free(q);
	cache_close(k);
	CHECK(truncate(file, 100) == 0 && cache_open(file, 42) == NULL);
	pack_free(p);
	free(said);
	free(g);
	free(site);
	free(file);
}

/* The cache at file with the 8 bytes at off set to v (a copy of good,
 * its bytes as written; off past its end: as it is), opened with key
 * 42. */
static struct cache *
open_patched(const char *file, const struct buf *good, size_t off, uint64_t v)
{
	struct buf b = BUF_INIT;
	buf_add(&b, good->data, good->len);
	if (off + sizeof v <= b.len)
		memcpy(b.data + off, &v, sizeof v);
	CHECK(fs_write_file(file, b.data, b.len) == 0);
	buf_free(&b);
	return cache_open(file, 42);
}

/* How many of dir's files a load takes from k. */
static size_t
recalled_from(const char *dir, const struct cache *k)
{
	struct captured c;
	struct pack *q = load_dir(dir, k, &c);
	capture_end(&c);
	size_t n = q->files.recalled;
	pack_free(q);
	return n;
}

/* The table after the head (cache.c: a record of the end and the path's
 * hash of each entry) is the file's, not the program's: a count or an
 * end the file has no room for, or entries out of order, is no cache; a
 * wrong hash or a damaged entry is that entry not found or not taken. */
static void
test_cache_table(const char *dir)
{
	struct captured c;
	char *file = xasprintf("%s/.damaged.sharepack-cache", dir);
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	struct pack *p = load_dir(dir, NULL, &c);
	check_pack(p, &c.d);
	capture_end(&c);
	struct buf good = BUF_INIT;
	CHECK(cache_write(file, p, 42, NULL) == 0 &&
	    fs_read_file(file, 1 << 20, &good) == 0);
	pack_free(p);
	/* The head, the key, the count, then 16 bytes a record; the
	 * listing after the last entry. */
	size_t head = strlen("sharepack-cache 6\n"), table = head + 16;
	uint64_t count, end0, end1;
	memcpy(&count, good.data + head + 8, 8);
	memcpy(&end0, good.data + table + 8, 8);
	memcpy(&end1, good.data + table + 24, 8);
	CHECK(count == 2 && end1 < good.len && end0 > table + 32 &&
	    end0 < end1);
	struct cache *k = open_patched(file, &good, good.len, 0);
	CHECK(k != NULL && recalled_from(dir, k) == 2);
	cache_close(k);
	CHECK(open_patched(file, &good, head + 8, 3) == NULL);
	CHECK(open_patched(file, &good, head + 8, UINT64_MAX / 8) == NULL);
	CHECK(open_patched(file, &good, table + 24, good.len + 1) == NULL);
	CHECK(open_patched(file, &good, table + 24, end0) == NULL);
	CHECK(open_patched(file, &good, table + 8, end1) == NULL);
	CHECK(open_patched(file, &good, table + 8, table + 16) == NULL);
	/* A file cut short in its last entry; cut in the listing (whose
	 * own tests are test_listing's), the entries are still taken. */
	cache_close(open_patched(file, &good, good.len, 0));
	CHECK(truncate(file, (off_t)end1 - 1) == 0 &&
	    cache_open(file, 42) == NULL);
	cache_close(open_patched(file, &good, good.len, 0));
	CHECK(truncate(file, (off_t)good.len - 1) == 0);
	k = cache_open(file, 42);
	CHECK(k != NULL && recalled_from(dir, k) == 2);
	cache_close(k);
	/* Entry 0's hash, then its path's length, then a byte of its
	 * path: it alone is not taken. */
	uint64_t h;
	memcpy(&h, good.data + table, 8);
	k = open_patched(file, &good, table, h ^ 1);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	k = open_patched(file, &good, table + 32, UINT64_MAX);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	uint64_t bytes;
	memcpy(&bytes, good.data + table + 32 + 4, 8);
	k = open_patched(file, &good, table + 32 + 4, bytes ^ 0x20);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	/* Entry 0's image (after its path, stamp and the image's length,
	 * pack_image.h) with its id's offset not where the id is, and
	 * with a kind no image holds: it alone is not taken. */
	uint32_t len;
	memcpy(&len, good.data + table + 32, sizeof len);
	size_t image = table + 32 + sizeof len + len + 1 + 8 + 8;
	k = open_patched(file, &good, image + offsetof(struct item, id), 1);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	struct item scenario;
	memcpy(&scenario, good.data + image, sizeof scenario);
	scenario.kind = ITEM_SCENARIO;
	uint64_t bytes8;
	size_t at = image + offsetof(struct item, words);
	memcpy(&bytes8, (char *)&scenario + offsetof(struct item, words), 8);
	k = open_patched(file, &good, at, bytes8);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	/* The last byte of entry 0 (its lint note's flag) made another. */
	uint64_t last;
	memcpy(&last, good.data + end0 - 8, 8);
	k = open_patched(file, &good, end0 - 8, last ^ (uint64_t)0x5 << 56);
	CHECK(k != NULL && recalled_from(dir, k) == 1);
	cache_close(k);
	buf_free(&good);
	free(file);
}

/* Part i of it's fragments as text, "-" for none, and how many parts it
 * has in *count. The caller frees the text. */
static char *
part_text(const struct item *it, size_t i, size_t *count)
{
	struct fragstore_parts parts;
	fragstore_get(it, &parts);
	const struct html5_frag *f = fragstore_part(&parts, i);
	char *text = f != NULL ? xstrndup(html5_frag_bytes(f),
	    html5_frag_len(f)) : xstrdup("-");
	*count = parts.count;
	fragstore_parts_free(&parts);
	return text;
}

/* Whether part i of it is want, and it has count parts. */
static int
part_is(const struct item *it, size_t i, const char *want, size_t count)
{
	size_t n;
	char *text = part_text(it, i, &n);
	int same = strcmp(text, want) == 0 && n == count;
	if (!same)
		fprintf(stderr, "part %zu of %s: '%s' (of %zu)\n", i, it->id,
		    text, n);
	free(text);
	return same;
}

/* Writes a different byte at off in dir's content file name, keeping
 * its size: not the file that was read. */
static void
change_byte(const char *dir, const char *name, long off)
{
	char *path = xasprintf("%s/content/%s", dir, name);
	FILE *f = fopen(path, "r+");
	CHECK(f != NULL && fseek(f, off, SEEK_SET) == 0 && fputc('B', f) == 'B');
	if (f != NULL)
		fclose(f);
	free(path);
}

/* load_dir with a fragment store, which the caller closes after the
 * pack. */
static struct pack *
load_stored(const char *dir, const struct cache *cache, struct captured *c,
    struct fragstore **s)
{
	char *content = xasprintf("%s/content", dir);
	struct pack *p = pack_new();
	capture_begin(c);
	*s = p->files.frags = fragstore_open(&c->d);
	CHECK(*s != NULL);
	CHECK(load_content(content, "content", p, cache, &c->d) == 0);
	free(content);
	return p;
}

/* Each body's HTML is made as its file is read, from the bytes that were
 * checked: a file changed afterwards changes nothing. A briefing's parts
 * are its sections, after what comes before them (here nothing). A long
 * body (over 64 KiB of HTML, as few are) is read back whole too. */
static void
test_fragments(const char *dir)
{
	const char *bt = "---\nkind: briefing\ntitle: B\n---\n## One\n\n"
	    "First.\n\n## Two\n\n### Sub\n";
	char *b = xasprintf("%s/content/b.md", dir);
	CHECK(fs_write_file(b, bt, strlen(bt)) == 0);
	free(b);
	struct buf lt = BUF_INIT, want = BUF_INIT;
	buf_puts(&lt, "---\nkind: guidance\ntitle: L\n---\n");
	for (int i = 0; i < 10000; i++) {
		buf_printf(&lt, "%d &\n\n", i);
		buf_printf(&want, "<p>%d &amp;</p>\n", i);
	}
	char *l = xasprintf("%s/content/l.md", dir);
	CHECK(fs_write_file(l, lt.data, lt.len) == 0 && want.len > 65536);
	free(l);
	struct captured c;
	struct fragstore *s;
	struct pack *p = load_stored(dir, NULL, &c, &s);
	CHECK(p->count == 4);
	if (p->count != 4)
		goto out;
	const struct item *br = p->items[0], *g = p->items[1];
	const struct item *long_ = p->items[2], *v = p->items[3];
	CHECK(br->frags != 0 && g->frags != 0 && v->frags != 0 &&
	    v->doc == NULL);
	CHECK(part_is(long_, 0, want.data, 1));
	change_byte(dir, "v.md", 66);
	change_byte(dir, "g.md", 36);
	CHECK(part_is(v, 0, "<p>A case.</p>\n", 2));
	CHECK(part_is(v, 1, "<p>The reason.</p>\n", 2));
	CHECK(part_is(g, 0, "<p>Text.</p>\n", 1));
	CHECK(part_is(br, 0, "-", 3));
	CHECK(part_is(br, 1, "<h2>One</h2>\n<p>First.</p>\n", 3));
	CHECK(part_is(br, 2, "<h2>Two</h2>\n<h3>Sub</h3>\n", 3));
	CHECK(body_report(p, &c.d) == 0 && fragstore_report(s, &c.d) == 0);
	CHECK_STR(captured(&c), "");
out:
	capture_end(&c);
	pack_free(p);
	fragstore_close(s);
	buf_free(&lt);
	buf_free(&want);
}

/* An item the content cache gave was not parsed: its HTML is made the
 * first time a page asks, from its file read again (which must be the
 * one that was checked), and kept for the rest of the build. */
static void
test_fragments_recalled(const char *dir)
{
	struct captured c;
	struct fragstore *s;
	char *file = xasprintf("%s/.site.sharepack-cache", dir);
	/* Files changed in the tick the load began are not kept. */
	nanosleep(&(struct timespec){ 0, 50000000 }, NULL);
	struct pack *p = load_stored(dir, NULL, &c, &s);
	check_pack(p, &c.d);
	CHECK(cache_write(file, p, 42, NULL) == 0);
	capture_end(&c);
	pack_free(p);
	fragstore_close(s);
	struct cache *k = cache_open(file, 42);
	p = load_stored(dir, k, &c, &s);
	cache_close(k);
	CHECK(p->files.recalled == 2 && p->count == 2);
	if (p->count != 2)
		goto out;
	const struct item *g = p->items[0], *v = p->items[1];
	CHECK(g->frags == 0 && v->frags == 0);
	CHECK(part_is(v, 1, "<p>The reason.</p>\n", 2));
	/* Made once: the file is not read again. */
	change_byte(dir, "v.md", 66);
	CHECK(part_is(v, 0, "<p>A case.</p>\n", 2));
	CHECK(body_report(p, &c.d) == 0);
	/* Asked for the first time after its file changed: nothing of it,
	 * and the build must not be kept. */
	change_byte(dir, "g.md", 36);
	CHECK(part_is(g, 0, "-", 1));
	CHECK(body_report(p, &c.d) == 1 && fragstore_report(s, &c.d) == 0);
	CHECK_STR(captured(&c), "content/g.md:1:1: error: the file changed "
	    "while sharepack was running, after it was checked; run the "
	    "command again once it is saved\n");
out:
	capture_end(&c);
	pack_free(p);
	fragstore_close(s);
	free(file);
}

/* A store that cannot be written (here: over the file size limit, as a
 * full disk would be) is an error the build reports, and each page still
 * gets its HTML, made from the file again. */
static void
test_fragments_unwritable(const char *dir)
{
	struct captured c;
	struct fragstore *s;
	struct rlimit was, small;
	void (*old)(int) = signal(SIGXFSZ, SIG_IGN);
	CHECK(getrlimit(RLIMIT_FSIZE, &was) == 0);
	small = was;
	small.rlim_cur = 8;
	struct pack *p = NULL;
	capture_begin(&c);
	s = fragstore_open(&c.d);
	capture_end(&c);
	CHECK(s != NULL && setrlimit(RLIMIT_FSIZE, &small) == 0);
	char *content = xasprintf("%s/content", dir);
	p = pack_new();
	p->files.frags = s;
	capture_begin(&c);
	CHECK(load_content(content, "content", p, NULL, &c.d) == 0);
	free(content);
	CHECK(p->count == 2 && p->items[1]->frags == 0);
	CHECK(p->count == 2 && part_is(p->items[1], 0, "<p>A case.</p>\n",
	    2));
	CHECK(setrlimit(RLIMIT_FSIZE, &was) == 0);
	CHECK(fragstore_report(s, &c.d) == 1 && c.d.errors == 1);
	CHECK(strstr(captured(&c), ": cannot write or read sharepack's "
	    "scratch file there: File too large; make room there, or set "
	    "TMPDIR to a folder with room\n") != NULL);
	CHECK(fragstore_report(s, &c.d) == 0);
	capture_end(&c);
	signal(SIGXFSZ, old);
	pack_free(p);
	fragstore_close(s);
}

static void
test_body_and_cache(void)
{
	char *dir = two_files();
	test_body(dir);
	/* The test above changed v.md. */
	fs_remove_tree(dir);
	free(dir);
	dir = two_files();
	test_cache_table(dir);
	test_cache(dir);
	fs_remove_tree(dir);
	free(dir);
	dir = two_files();
	test_fragments(dir);
	fs_remove_tree(dir);
	free(dir);
	dir = two_files();
	test_fragments_recalled(dir);
	fs_remove_tree(dir);
	free(dir);
	dir = two_files();
	test_fragments_unwritable(dir);
	fs_remove_tree(dir);
	free(dir);
}

void
test_load(void)
{
	struct item *it = expect("---\nkind: guidance\ntitle: Rules\n"
	    "order: 3\n---\nBody *text*.\n", "");
	CHECK(it != NULL);
	if (it != NULL) {
		CHECK(it->kind == ITEM_GUIDANCE);
		CHECK_STR(it->id, "x");
		CHECK_STR(it->title, "Rules");
		CHECK(pack_given(it, KEY_ORDER) && it->guidance.order == 3);
		CHECK(it->body_line == 6);
		CHECK(pack_at(it, KEY_TITLE).line == 3 &&
		    pack_at(it, KEY_TITLE).col == 1);
	}
	pack_item_free(it);

	/* CRLF and a byte-order mark are accepted. */
	it = expect("\xEF\xBB\xBF---\r\nkind: myth\r\ntitle: \"Consent is "
	    "always needed\"\r\nverdict: myth\r\n---\r\nIt is not.\r\n", "");
	CHECK(it != NULL && it->myth.verdict == VERDICT_MYTH);
	CHECK(it != NULL && strcmp(it->title, "Consent is always needed") == 0);
	pack_item_free(it);

	expect_fail("", "content/x.md:1:1: error: the file is empty; an item "
	    "starts with a line '---', then keys such as 'kind: guidance' and "
	    "'title: ...', then a line '---' and the text\n");
	expect_fail("  \n\n", "content/x.md:1:1: error: the file is empty; an "
	    "item starts with a line '---', then keys such as 'kind: guidance' "
	    "and 'title: ...', then a line '---' and the text\n");
	expect_fail("---\nkind: guidance\ntitle: caf\xC3\n---\n",
	    "content/x.md:3:11: error: invalid UTF-8 (byte 0xC3); save the file "
	    "with UTF-8 encoding\n");
	expect_fail("---\nkind: guidance\ntitle: x\n---\nover\xE2\x80long\n",
	    "content/x.md:5:5: error: invalid UTF-8 (byte 0xE2); save the file "
	    "with UTF-8 encoding\n");
	/* An overlong encoding of '/' is not UTF-8 either. */
	expect_fail("---\n\xC0\xAF\n---\n", "content/x.md:2:1: error: invalid "
	    "UTF-8 (byte 0xC0); save the file with UTF-8 encoding\n");
	struct captured c;
	capture_begin(&c);
	it = load_item("content/x.md", "---\nkind: guidance\n\0", 20, &c.d);
	CHECK(it == NULL);
	CHECK_STR(captured(&c), "content/x.md:3:1: error: the file contains a "
	    "NUL byte; it is probably not a text file: save it as plain UTF-8 "
	    "text\n");
	capture_end(&c);
	expect_fail("kind: guidance\n", "content/x.md:1:1: error: the file does "
	    "not start with front matter: its first line is 'kind: guidance'; "
	    "add a line '---' at the very top, then the keys (kind, title, "
	    "...), then a line '---'\n");
	/* What is there instead of the '---' is said: blank lines, spaces,
	 * a long first line cut short. */
	expect_fail("\n \n---\nkind: guidance\ntitle: x\n---\n",
	    "content/x.md:1:1: error: the file starts with 2 blank lines, so "
	    "its front matter is not read: the '---' on line 3 must be the "
	    "very first line; delete the lines above it\n");
	expect_fail("\n---\nkind: guidance\ntitle: x\n---\n",
	    "content/x.md:1:1: error: the file starts with 1 blank line, so "
	    "its front matter is not read: the '---' on line 2 must be the "
	    "very first line; delete the line above it\n");
	expect_fail("  ---\nkind: guidance\ntitle: x\n---\n",
	    "content/x.md:1:1: error: the first line has spaces before '---'; "
	    "start the line with '---'\n");
	expect_fail("A very long first line that goes on x\xC3\xA9\xC3\xA9 and on\n",
	    "content/x.md:1:1: error: the file does not start with front "
	    "matter: its first line is 'A very long first line that goes on "
	    "x\xC3\xA9...'; add a line '---' at the very top, then the keys (kind, "
	    "title, ...), then a line '---'\n");
	expect_fail("---\nkind: guidance\ntitle: x\n", "content/x.md:1:1: "
	    "error: the front matter opened here is never closed; add a line "
	    "'---' after the last key\n");
	test_body_and_cache();
	test_listing();
	listing_form();
}

/* A YAML escape cannot cut a value short or put a control, a line break
 * or a bidi override in a one-line field: each is an error naming the
 * character, where "good\0../../x" once became the id "good". */
static void
test_one_line_values(void)
{
	expect_fail("---\nkind: guidance\nid: \"good\\0../../x\"\ntitle: t\n"
	    "---\n", "content/x.md:3:5: error: 'id' contains a NUL character "
	    "(U+0000, written \\0) as character 5, which would cut the text "
	    "short; remove it\n");
	expect_fail("---\nkind: guidance\ntitle: \"a\\e[31mred\"\n---\n",
	    "content/x.md:3:8: error: 'title' contains the control character "
	    "U+001B as character 2; remove it\n");
	expect_fail("---\nkind: guidance\ntitle: t\nsource: \"x\\u202Ey\"\n"
	    "---\n", "content/x.md:4:9: error: 'source' contains the "
	    "bidirectional control U+202E as character 2, which can show the "
	    "text in another order than it is written; remove it\n");
	/* Typed rather than escaped, an isolate is refused as well. */
	expect_fail("---\nkind: guidance\ntitle: t\nedition: e\xE2\x81\xA6x\n"
	    "---\n", "content/x.md:4:10: error: 'edition' contains the "
	    "bidirectional control U+2066 as character 2, which can show the "
	    "text in another order than it is written; remove it\n");
	expect_fail("---\nkind: guidance\ntitle: \"one\\rtwo\"\n---\n",
	    "content/x.md:3:8: error: 'title' contains a line break (U+000D) "
	    "as character 4; it is one line of text: write it on one line\n");
	expect_fail("---\nkind: guidance\ntitle: |\n  one\n  two\n---\n",
	    "content/x.md:3:8: error: 'title' contains a line break (U+000A) "
	    "as character 4; it is one line of text: write it on one line\n");
	expect_fail("---\nkind: guidance\ntitle: t\nsource: \"a\\x85b\"\n"
	    "---\n", "content/x.md:4:9: error: 'source' contains a "
	    "line break (U+0085) as character 2; it is one line of text: "
	    "write it on one line\n");
	/* The site's settings moved to sharepack.yaml: an old site item
	 * says where they go now. */
	expect_fail("---\nkind: site\ntitle: t\norganisation: o\n---\n",
	    "content/x.md:2:7: error: 'kind: site' is no longer read: the "
	    "site's settings go in sharepack.yaml at the project root "
	    "(content/README.md, 'Site settings'); move 'organisation' there, "
	    "make 'title' its 'name', and delete this file\n");
	expect_fail("---\nkind: pack\ntitle: t\naudience: [ok, \"a\\tb\"]\n"
	    "include: [\"v\\x7F\"]\n---\n", "content/x.md:4:16: error: "
	    "'audience' contains the control character U+0009 as character 2; "
	    "remove it or write a space\ncontent/x.md:5:11: error: 'include' "
	    "contains the control character U+007F as character 2; remove "
	    "it\n");
	/* Words and numbers compared up to a NUL would pass. */
	expect_fail("---\nkind: vignette\ntitle: t\nexpected: \"share\\0\"\n"
	    "rules: [\"1\\0\"]\nfacts: {purpose: \"yes\\x01\"}\n---\n",
	    "content/x.md:4:11: error: 'expected' contains a NUL character "
	    "(U+0000, written \\0) as character 6, which would cut the text "
	    "short; remove it\ncontent/x.md:5:9: error: 'rules' contains a NUL "
	    "character (U+0000, written \\0) as character 2, which would cut "
	    "the text short; remove it\ncontent/x.md:6:18: error: 'facts' "
	    "contains the control character U+0001 as character 4; remove "
	    "it\n");
	expect_fail("---\nkind: pack\ntitle: t\npass_mark: \"80\\0\"\n---\n",
	    "content/x.md:4:12: error: 'pass_mark' contains a NUL character "
	    "(U+0000, written \\0) as character 3, which would cut the text "
	    "short; remove it\n");
	/* Keys and the kind are read the same way. */
	expect_fail("---\nkind: \"guidance\\0x\"\ntitle: t\n---\n",
	    "content/x.md:2:7: error: 'kind' contains a NUL character (U+0000, "
	    "written \\0) as character 9, which would cut the text short; "
	    "remove it\n");
	expect_fail("---\nkind: guidance\ntitle: t\n\"id\\0\": bad\n---\n",
	    "content/x.md:4:1: error: the key 'id' contains a NUL character "
	    "(U+0000, written \\0) as character 3, which would cut the text "
	    "short; remove it\n");
	/* The Markdown body keeps its lines and tabs; a plain title its
	 * letters, whatever the script. */
	struct item *it = expect("---\nkind: guidance\ntitle: \"caf\\u00E9 "
	    "\\u05D0\"\n---\nLine\tone\nline two\n", "");
	CHECK(it != NULL && strcmp(it->title, "caf\xC3\xA9 \xD7\x90") == 0);
	pack_item_free(it);
}

/* A line break anywhere in a question (a title that reached the model, or
 * "&#13;" in Markdown) must not split it in the GIFT file, where a lone CR
 * once made the whole file unreadable; and "&#1;", which XML 1.0 cannot
 * hold, must not make the Moodle XML unreadable (found by fuzz_export). */
static void
test_export_text(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	struct item *v = load_string(&c, "content/v.md", "---\nkind: vignette\n"
	    "title: A case\nexpected: share\n---\nFirst&#13;line\n\n## Why\n"
	    "Because&#13;of this.\n");
	struct item *m = load_string(&c, "content/m.md", "---\nkind: myth\n"
	    "title: A myth\nverdict: myth\n---\nIt is&#13;not&#1;.\n");
	CHECK(v != NULL && m != NULL);
	if (v == NULL || m == NULL) {
		pack_item_free(v);
		pack_item_free(m);
		pack_free(p);
		capture_end(&c);
		return;
	}
	/* The schema refuses these now; the export must not need it to. */
	free(m->title);
	m->title = xstrdup("A\rmyth\non two lines");
	pack_add(p, v);
	pack_add(p, m);
	check_pack(p, &c.d);
	CHECK(c.d.errors == 0);
	struct buf out = BUF_INIT;
	struct catalogue *en = catalogue_load("en", NULL, NULL, &c.d);
	CHECK(en != NULL);
	CHECK(export_questions(p, NULL, EXPORT_GIFT, en, &out) == 2);
	CHECK(out.data != NULL && memchr(out.data, '\r', out.len) == NULL);
	CHECK(out.data != NULL && strstr(out.data,
	    "\n::A myth on two lines::[html]") != NULL);
	/* Every question is its six lines (the ID number, the text, two
	 * answers, the general feedback, '}') and a blank one. */
	int lines = 0;
	for (size_t i = 0; i < out.len; i++)
		lines += out.data[i] == '\n';
	CHECK(lines == 3 + 2 * 7);
	CHECK(out.data != NULL && strstr(out.data, "not\xEF\xBF\xBD.") != NULL);
	buf_free(&out);
	CHECK(export_questions(p, NULL, EXPORT_MOODLE_XML, en, &out) == 2);
	xmlDocPtr doc = xmlReadMemory(out.data, (int)out.len, "q.xml", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	CHECK(doc != NULL);
	xmlFreeDoc(doc);
	buf_free(&out);
	catalogue_free(en);
	pack_free(p);
	capture_end(&c);
}

void
test_frontmatter(void)
{
	expect_fail("---\nkind: guidance\ntitle: a: b\n---\n",
	    "content/x.md:3:9: error: the front matter is not valid YAML "
	    "(mapping values are not allowed in this context); check the "
	    "quoting: a value that contains ': ' or starts with a quote, '[' or "
	    "'{' must be put in double quotes\n");
	expect_fail("---\n---\nbody\n", "content/x.md:1:1: error: the front "
	    "matter is empty; add at least 'kind:' and 'title:' between the "
	    "'---' lines\n");
	expect_fail("---\n- a\n- b\n---\n", "content/x.md:2:1: error: the front "
	    "matter must be a list of 'key: value' lines, not a list\n");
	expect_fail("---\ntitle: x\n---\n", "content/x.md:1:1: error: no "
	    "'kind'; add a line 'kind: guidance' (or myth, vignette, briefing, "
	    "pack) to the front matter\n");
	expect_fail("---\nkind: poster\ntitle: x\n---\n", "content/x.md:2:7: "
	    "error: unknown kind 'poster'; use one of guidance, myth, vignette, "
	    "briefing, pack\n");
	expect_fail("---\nkind: guidance\n---\n", "content/x.md:1:1: error: no "
	    "'title'; add a line 'title: ...' to the front matter\n");
	expect_fail("---\nkind: myth\ntitle: x\nverdict: maybe\n---\n",
	    "content/x.md:4:10: error: unknown verdict 'maybe'; write 'verdict: "
	    "myth' or 'verdict: fact'\n");
	expect_fail("---\nkind: myth\ntitle: x\n---\n", "content/x.md:1:1: "
	    "error: a myth needs a 'verdict'; add 'verdict: myth' or "
	    "'verdict: fact'\n");
	expect_fail("---\nkind: vignette\ntitle: x\n---\n", "content/x.md:1:1: "
	    "error: a vignette needs 'expected'; add 'expected: share' or "
	    "'expected: no-share'\n");
	expect_fail("---\nkind: vignette\ntitle: x\nexpected: yes\n---\n",
	    "content/x.md:4:11: error: unknown expected answer 'yes'; write "
	    "'expected: share' or 'expected: no-share'\n");
	expect_fail("---\nkind: guidance\ntitle: [a, b]\n---\n",
	    "content/x.md:3:8: error: 'title' must be text, not a list; write "
	    "it as 'title: value'\n");
	expect_fail("---\nkind: guidance\ntitle: x\norder: first\n---\n",
	    "content/x.md:4:8: error: 'order' must be a whole number, not "
	    "'first'\n");
	expect_fail("---\nkind: pack\ntitle: x\npass_mark: 120\n---\n",
	    "content/x.md:4:12: error: 'pass_mark' is 120, outside 0 to 100; "
	    "use a number in that range\n");
	expect_fail("---\nkind: vignette\ntitle: x\nexpected: share\n"
	    "rules: [1, 9]\n---\n", "content/x.md:5:12: error: '9' is not a "
	    "golden rule; 'rules' lists rule numbers from 1 to 7\n");
	expect_fail("---\nkind: guidance\ntitle: x\ntitle: y\n---\n",
	    "content/x.md:4:1: error: 'title' is given twice; keep one\n");
	expect_fail("---\nkind: guidance\ntitle: x\nid: Bad_Id\n---\n",
	    "content/x.md:4:5: error: 'Bad_Id' is not a valid id: use only "
	    "lower-case letters a-z, digits and '-'; rename the file or set "
	    "'id:'\n");
	expect_fail("---\nkind: pack\ntitle: x\naudience: {a: b}\n---\n",
	    "content/x.md:4:11: error: 'audience' must be a list such as "
	    "'audience: [a, b]', not a mapping\n");
	/* Several problems in one file are all reported. */
	expect_fail("---\nkind: vignette\ntitle: \"\"\nexpected: maybe\n"
	    "rules: [0]\n---\n", "content/x.md:3:8: error: 'title' is empty; "
	    "give it a value or remove the line\n"
	    "content/x.md:4:11: error: unknown expected answer 'maybe'; write "
	    "'expected: share' or 'expected: no-share'\n"
	    "content/x.md:5:9: error: '0' is not a golden rule; 'rules' lists "
	    "rule numbers from 1 to 7\n");

	/* Warnings leave the item usable. */
	struct item *it = expect("---\nkind: guidance\ntitle: x\ncolour: red\n"
	    "verdict: myth\n---\n", "content/x.md:4:1: warning: unknown key "
	    "'colour' is ignored; check its spelling (content/README.md lists "
	    "the keys)\ncontent/x.md:5:1: warning: 'verdict' has no meaning "
	    "for a guidance and is ignored; remove it\n");
	CHECK(it != NULL && it->myth.verdict == VERDICT_NONE);
	pack_item_free(it);

	/* Lists, a single value as a list, and the typed fields. */
	it = expect("---\nkind: vignette\nid: case-1\ntitle: A case\n"
	    "expected: no-share\naudience: health\nrules: [4, 6]\n"
	    "source: WT 2023\nedition: england-2024\n---\nText\n", "");
	CHECK(it != NULL);
	if (it != NULL) {
		CHECK_STR(it->id, "case-1");
		CHECK(it->vignette.expected == OUTCOME_NO_SHARE);
		CHECK(pack_list_count(it->audience) == 1);
		CHECK_STR(pack_list_value(it->audience, 0), "health");
		CHECK(pack_list_at(it, it->audience, 0).line == 6);
		CHECK(it->ext->rules.count == 2 &&
		    it->ext->rules.values[0] == 4 &&
		    it->ext->rules.values[1] == 6);
		CHECK_STR(it->ext->source, "WT 2023");
		CHECK_STR(it->ext->edition, "england-2024");
	}
	pack_item_free(it);
	test_one_line_values();
	test_export_text();
}
