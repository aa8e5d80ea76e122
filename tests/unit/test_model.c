/* Unit tests of markdown.c, pack.c and check.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "decide.h"
#include "fsutil.h"
#include "harness.h"
#include "html5.h"
#include "markdown.h"
#include "surface.h"
#include "util.h"
#include "xalloc.h"

/* md_plain_text_each's put: the pieces appended to a buf. */
static void
join_piece(void *ctx, const char *s, size_t n)
{
	buf_add(ctx, s, n);
}

/* The pieces md_plain_text_each hands on make md_plain_text's string,
 * spaces inside kept and those at the end dropped, on every block. */
static void
test_plain_text_pieces(void)
{
	static const char *const texts[] = { "", "word", "a *b* c  \n",
	    "para one\\\nnext line  \nsoft\n\n## head `code`\n\n- x\n- "
	    "y\n\n> quote<br>d\n\n```\nblock\n```\n",
	    "ends in a hard break  \n", "`  spaced  `  ", "# \n\n\n",
	    "many                                          spaces  x\n" };
	int same = 1;
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		cmark_node *doc = md_parse(texts[i], strlen(texts[i]));
		char *whole = md_plain_text(doc);
		struct buf joined = BUF_INIT;
		md_plain_text_each(doc, join_piece, &joined);
		char *got = buf_detach(&joined);
		same &= strcmp(got, whole) == 0;
		free(got);
		free(whole);
		cmark_node_free(doc);
	}
	CHECK(same);
}

/* Words in s counted a byte at a time, as the words are defined. */
static size_t
words_by_byte(const char *s)
{
	size_t words = 0;
	int in = 0;
	for (; *s != '\0'; s++) {
		int space = strchr(" \t\n\r", *s) != NULL;
		words += !space && !in;
		in = !space;
	}
	return words;
}

/* The words md_word_count counts (eight bytes at a time) are those of
 * md_plain_text's string counted a byte at a time, with words and spaces
 * of every length across the eight-byte steps, and so those of the
 * pieces md_plain_text_each hands on (sitemap.c counts them there). */
static void
test_word_counts(void)
{
	static const char *const parts[] = { "a", " ", "word", "\t", "é",
	    "  ", "longerwordhere", "\n", "x\r", "`code`", "*em*", "\n\n",
	    "\\\n", "- ", "12345678", "        ", "#", ">" };
	const size_t n = sizeof parts / sizeof *parts;
	int same = 1;
	unsigned seed = 7;
	for (int t = 0; t < 400; t++) {
		struct buf md = BUF_INIT;
		for (int k = t % 40; k >= 0; k--) {
			seed = seed * 1103515245u + 12345u;
			buf_puts(&md, parts[(seed >> 16) % n]);
		}
		cmark_node *doc = md_parse(md.data, md.len);
		char *text = md_plain_text(doc);
		struct buf joined = BUF_INIT;
		md_plain_text_each(doc, join_piece, &joined);
		size_t words = words_by_byte(joined.data ? joined.data : "");
		same &= words == words_by_byte(text) &&
		    md_word_count(doc) == words;
		buf_free(&joined);
		free(text);
		cmark_node_free(doc);
		buf_free(&md);
	}
	CHECK(same);
}

/* Whether a tree parsed in an arena reads as one parsed on the heap: its
 * HTML, plain text and word count. */
static int
same_in_arena(struct md_arena *a, const char *md, size_t len)
{
	cmark_node *heap = md_parse(md, len);
	cmark_node *in = md_parse_in(a, md, len);
	char *h1 = html5_fragment(cmark_node_first_child(heap), NULL, 2);
	char *h2 = html5_fragment(cmark_node_first_child(in), NULL, 2);
	char *t1 = md_plain_text(heap), *t2 = md_plain_text(in);
	int same = strcmp(h1, h2) == 0 && strcmp(t1, t2) == 0 &&
	    md_word_count(heap) == md_word_count(in);
	free(t2);
	free(t1);
	free(h2);
	free(h1);
	cmark_node_free(heap);
	return same;
}

/* Trees parsed in one arena, reset after each (every content file), or
 * many held in it at once, and one bigger than a chunk: the same as
 * parsed on the heap (and ASan sees no byte used out of place). */
static void
test_arena(void)
{
	struct md_arena *a = md_arena_new();
	struct fs_list list;
	int same = 1;
	size_t files = 0;
	CHECK(fs_list_tree("content", ".md", NULL, 10000, 16, &list) == 0);
	for (size_t i = 0; i < list.count; i++) {
		struct buf path = BUF_INIT, text = BUF_INIT;
		buf_printf(&path, "content/%s", list.paths[i]);
		if (fs_read_file(path.data, 1 << 22, &text) == 0) {
			same &= same_in_arena(a, text.data ? text.data : "",
			    text.len);
			files++;
		}
		if (i % 8 != 7)
			md_arena_reset(a);
		buf_free(&text);
		buf_free(&path);
	}
	fs_list_free(&list);
	CHECK(same && files > 100);
	struct buf big = BUF_INIT;
	for (int i = 0; i < 20000; i++)
		buf_printf(&big, "%s paragraph %d with *emphasis* and "
		    "[a link](https://example.org/%d)%s", i % 50 ? "" : "\n## "
		    "Heading\n\n", i, i, i % 3 ? " " : "\n\n");
	CHECK(same_in_arena(a, big.data, big.len));
	buf_free(&big);
	md_arena_free(a);
}

void
test_markdown(void)
{
	test_plain_text_pieces();
	test_word_counts();
	test_arena();
	const char *md = "Intro words here.\n\n## One\n\ntext\n\n## why\n\n"
	    "Because *it* matters.\n\n### Sub\n";
	cmark_node *doc = md_parse(md, strlen(md));
	CHECK(md_count_headings(doc, 2) == 2);
	CHECK(md_count_headings(doc, 3) == 1);
	cmark_node *why = md_find_heading(doc, 2, "Why");
	CHECK(why != NULL && why == md_nth_heading(doc, 2, 1));
	CHECK(md_find_heading(doc, 2, "Nope") == NULL);
	/* "Intro words here." "One" "text" "why" "Because it matters." "Sub" */
	CHECK(md_word_count(doc) == 10);
	char *t = md_plain_text(why);
	CHECK_STR(t, "why");
	free(t);
	cmark_node_free(doc);

	/* A word runs on across emphasis, code spans and inline HTML, and
	 * ends at a line break and where a block ends; a code block's text
	 * is not counted: "abc" "de" "f" "g" "h" "i" "j" "kl". */
	const char *words = "a*b*c `d`e\nf  g\\\nh\n\n- i\n- j\n\n```\ncode "
	    "block words\n```\n\n> k<br>l\n";
	doc = md_parse(words, strlen(words));
	CHECK(md_word_count(doc) == 8);
	cmark_node_free(doc);

	/* Smart punctuation is on. */
	doc = md_parse("\"Share\" -- now", 14);
	t = md_plain_text(doc);
	CHECK_STR(t, "\xE2\x80\x9CShare\xE2\x80\x9D \xE2\x80\x93 now");
	free(t);
	cmark_node_free(doc);
}

static struct item *
item(struct pack *p, struct captured *c, const char *path, const char *text)
{
	struct item *it = load_string(c, path, text);
	if (it != NULL)
		pack_add(p, it);
	return it;
}

/* What a settled item says is what it said before: every string, list
 * entry and position, the positions in its own file pointing at its new
 * path; ASan sees the old parts freed once and the block with the item. */
static void
test_settle(void)
{
	struct captured c;
	capture_begin(&c);
	struct item *it = load_string(&c, "content/v.md", "---\n"
	    "kind: vignette\ntitle: V\nexpected: share\nsource: S\n"
	    "edition: england-2024\nlang: en\naudience: [health, police]\n"
	    "people: [Ann Smith]\nrules: [1, 6]\n"
	    "principles: [necessary]\n---\nA case.\n");
	struct item *pk = load_string(&c, "content/p.md", "---\nkind: pack\n"
	    "title: P\ninclude:\n  - v\n  - w\n---\n");
	CHECK(it != NULL && pk != NULL);
	struct srcpos was_at = pack_at(it, KEY_RULES);
	struct srcpos was_inc = pack_list_at(pk, pk->ext->include, 1);
	it = pack_item_settle(it);
	pk = pack_item_settle(pk);
	CHECK(it->settled && pk->settled && pack_item_settle(it) == it);
	CHECK(strcmp(it->path, "content/v.md") == 0 && it->pos.path == it->path);
	CHECK(strcmp(it->id, "v") == 0 && strcmp(it->title, "V") == 0 &&
	    strcmp(it->ext->source, "S") == 0 &&
	    strcmp(it->ext->edition, "england-2024") == 0 &&
	    strcmp(it->ext->lang, "en") == 0);
	CHECK(pack_list_count(it->audience) == 2 &&
	    strcmp(pack_list_value(it->audience, 1), "police") == 0 &&
	    pack_list_at(it, it->audience, 1).path == it->path &&
	    pack_list_at(it, it->audience, 1).line == 8);
	CHECK(it->ext->people.count == 1 &&
	    strcmp(it->ext->people.values[0], "Ann Smith") == 0);
	CHECK(it->ext->rules.count == 2 && it->ext->rules.values[1] == 6 &&
	    it->ext->rules.pos[1].path == it->path &&
	    it->ext->rules.pos[1].line == 10);
	CHECK(it->ext->principles.count == 1 &&
	    strcmp(it->ext->principles.values[0], "necessary") == 0);
	struct srcpos at = pack_at(it, KEY_RULES);
	CHECK(at.line == was_at.line && at.col == was_at.col &&
	    at.path == it->path);
	CHECK(pack_list_count(pk->ext->include) == 2 &&
	    strcmp(pack_list_value(pk->ext->include, 1), "w") == 0 &&
	    pack_list_at(pk, pk->ext->include, 1).line == was_inc.line &&
	    pack_list_at(pk, pk->ext->include, 1).path == pk->path);
	pack_item_free(it);
	pack_item_free(pk);
	capture_end(&c);
}

/* Positions a settled item keeps in half the bytes when they fit, and
 * whole when one does not; an ext with nothing in it is dropped for the
 * shared empty one, and one with only a note is kept. */
static void
test_settle_compact(void)
{
	struct item *it = pack_item_new("content/x.md");
	struct srcpos near = { it->path, 3, 7 }, far = { it->path, 70000, 2 },
	    wide = { it->path, 4, 65536 };
	pack_set_at(it, KEY_TITLE, &near);
	pack_set_at(it, KEY_ID, &far);
	pack_set_at(it, KEY_KIND, &wide);
	CHECK(it->ext == &pack_no_ext);
	pack_item_ext(it);
	CHECK(it->ext != &pack_no_ext && it->ext_own);
	it = pack_item_settle(it);
	CHECK(!it->at_short && it->ext == &pack_no_ext && !it->ext_own);
	CHECK(pack_at(it, KEY_TITLE).line == 3 && pack_at(it, KEY_TITLE).col ==
	    7 && pack_at(it, KEY_ID).line == 70000 && pack_at(it,
	    KEY_KIND).col == 65536 && pack_at(it, KEY_LANG).line == 1);
	pack_item_free(it);
	it = pack_item_new("content/y.md");
	pack_set_at(it, KEY_TITLE, &near);
	pack_set_at(it, KEY_ID, &(struct srcpos){ it->path, 65535, 65535 });
	struct diag_note *n = xcalloc(1, sizeof *n);
	pack_set_note(it, ITEM_LINT_NOTES, NULL);
	CHECK(it->ext == &pack_no_ext);
	pack_set_note(it, ITEM_LINT_NOTES, n);
	it = pack_item_settle(it);
	CHECK(it->at_short && it->ext->lint_notes == n && !it->ext_own);
	CHECK(pack_at(it, KEY_TITLE).line == 3 && pack_at(it, KEY_TITLE).col ==
	    7 && pack_at(it, KEY_ID).line == 65535 && pack_at(it,
	    KEY_ID).col == 65535 && pack_at(it, KEY_ID).path == it->path);
	/* A note set after settling, on an item with no ext of its own. */
	struct item *bare = pack_item_settle(pack_item_new("content/z.md"));
	pack_set_note(bare, ITEM_NOTES, xcalloc(1, sizeof *n));
	CHECK(bare->ext != &pack_no_ext && bare->ext_own &&
	    bare->ext->notes != NULL);
	pack_item_free(bare);
	pack_item_free(it);
}

/* The stamp the content cache compares: any field changed changes it;
 * a file is old when both its times are before the load began. */
static void
test_stamp(void)
{
	struct fs_stamp a = { 10, 100, 200, 5, 6 }, b = a;
	struct item *it = pack_item_new("content/x.md");
	CHECK(pack_stamp_hash(&a) == pack_stamp_hash(&b));
	for (int f = 0; f < 5; f++) {
		b = a;
		uint64_t *field[] = { &b.size, &b.mtime_ns, &b.ctime_ns,
		    &b.ino, &b.dev };
		(*field[f])++;
		CHECK(pack_stamp_hash(&a) != pack_stamp_hash(&b));
	}
	pack_set_stamp(it, &a, 201);
	CHECK(it->stamp == pack_stamp_hash(&a) && it->stamp_old);
	pack_set_stamp(it, &a, 200);
	CHECK(!it->stamp_old);
	pack_set_stamp(it, &(struct fs_stamp){ 10, 300, 200, 5, 6 }, 250);
	CHECK(!it->stamp_old);
	pack_item_free(it);
}

/* The id index: each id used again is reported in the order of ids, then
 * paths, against the first of its id by path, whatever order the items
 * were loaded in; every id is found in a table grown for many. */
static void
test_index(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	const char *const paths[] = { "content/y/m.md", "content/x/b.md",
	    "content/m.md", "content/b.md", "content/z/m.md" };
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
		item(p, &c, paths[i], "---\nkind: guidance\ntitle: T\n---\n");
	char path[64], id[32];
	for (int i = 0; i < 1000; i++) {
		snprintf(path, sizeof path, "content/many/g%d.md", i);
		item(p, &c, path, "---\nkind: guidance\ntitle: T\n---\n");
	}
	pack_index(p, &c.d);
	CHECK_STR(captured(&c), "content/x/b.md:1:1: error: id 'b' is already "
	    "used by content/b.md:1; ids must be unique across the project: "
	    "rename the file or set a different 'id:'\n"
	    "content/y/m.md:1:1: error: id 'm' is already used by "
	    "content/m.md:1; ids must be unique across the project: rename "
	    "the file or set a different 'id:'\n"
	    "content/z/m.md:1:1: error: id 'm' is already used by "
	    "content/m.md:1; ids must be unique across the project: rename "
	    "the file or set a different 'id:'\n");
	CHECK(pack_find(p, "m") != NULL &&
	    strcmp(pack_find(p, "m")->path, "content/m.md") == 0);
	CHECK(pack_find(p, "b") != NULL &&
	    strcmp(pack_find(p, "b")->path, "content/b.md") == 0);
	int found = 0;
	for (int i = 0; i < 1000; i++) {
		snprintf(id, sizeof id, "g%d", i);
		snprintf(path, sizeof path, "content/many/g%d.md", i);
		const struct item *it = pack_find(p, id);
		found += it != NULL && strcmp(it->path, path) == 0;
	}
	CHECK(found == 1000);
	CHECK(pack_find(p, "g1000") == NULL && pack_find(p, "") == NULL);
	pack_free(p);
	capture_end(&c);
}

void
test_pack(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	item(p, &c, "content/b.md", "---\nkind: guidance\ntitle: B\n---\n");
	item(p, &c, "content/a.md", "---\nkind: guidance\ntitle: A\n---\n");
	item(p, &c, "content/z/a.md", "---\nkind: guidance\ntitle: A2\n---\n");
	pack_index(p, &c.d);
	CHECK_STR(captured(&c), "content/z/a.md:1:1: error: id 'a' is already "
	    "used by content/a.md:1; ids must be unique across the project: "
	    "rename the file or set a different 'id:'\n");
	CHECK(pack_find(p, "a") != NULL &&
	    strcmp(pack_find(p, "a")->path, "content/a.md") == 0);
	CHECK(pack_find(p, "b") != NULL);
	CHECK(pack_find(p, "c") == NULL);
	CHECK(pack_valid_id("a-1") && !pack_valid_id("A") &&
	    !pack_valid_id("") && !pack_valid_id("a b"));
	CHECK(pack_kind_from_name("briefing") == ITEM_BRIEFING);
	CHECK(pack_kind_from_name("Briefing") == ITEM_UNKNOWN);
	CHECK(pack_agency_label("social-care") != NULL);
	CHECK(pack_agency_label("socialcare") == NULL);
	pack_free(p);
	capture_end(&c);
	test_settle();
	test_settle_compact();
	test_stamp();
	test_index();
}

static const char *
run_check(struct pack *p, struct captured *c)
{
	check_pack(p, &c->d);
	return captured(c);
}

/* Adds a myth item "content/mI.md" to p for each of the n titles and
 * verdicts, and returns the ids ("m1, m2, ...") for a pack's include in
 * include (size bytes). */
static void
add_myths(struct pack *p, struct captured *c, const char *const myths[][2],
    size_t n, char *include, size_t size)
{
	char path[48], text[256];
	include[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof path, "content/m%zu.md", i + 1);
		snprintf(text, sizeof text, "---\nkind: myth\ntitle: \"%s\"\n"
		    "verdict: %s\n---\nText.\n", myths[i][0], myths[i][1]);
		item(p, c, path, text);
		snprintf(include + strlen(include), size - strlen(include),
		    "%sm%zu", i ? ", " : "", i + 1);
	}
}

/* The surface strategies on a pack: the absolute cue is a whole word in
 * any case (NEVER, can\u2019t; not the never of Nevertheless), a case
 * naming a service is answered share, and every strategy's row is
 * counted from the same questions. */
static void
test_surface(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	static const char *const myths[][2] = {
		{ "You can NEVER share without consent", "myth" },
		{ "Nevertheless, consent is one basis", "fact" },
		{ "Staff can\xE2\x80\x99t share", "myth" },
		{ "Sharing is sometimes right", "fact" },
		{ "Every Record is kept", "fact" },
	};
	char include[160];
	add_myths(p, &c, myths, sizeof myths / sizeof *myths, include,
	    sizeof include);
	item(p, &c, "content/v1.md", "---\nkind: vignette\ntitle: V1\n"
	    "expected: share\n---\nDo you tell the POLICE?\n\n## Why\n\nR.\n");
	item(p, &c, "content/v2.md", "---\nkind: vignette\ntitle: V2\n"
	    "expected: no-share\n---\nDo you keep it?\n\n## Why\n\nR.\n");
	struct item *pk = item(p, &c, "content/p.md", "---\nkind: pack\n"
	    "title: P\ninclude: [m1, m2, m3, m4, m5, v1, v2]\n---\n");
	CHECK_STR(run_check(p, &c), "");
	surface_check(p, &c.d);
	CHECK_STR(captured(&c), "content/p.md:1:1: warning: a learner passes "
	    "the pack 'p' without knowing the guidance: 'share when a service "
	    "is named, knows the myths' gets cases 100%, myths 100%, with a "
	    "pass mark of 80%; balance its answers and cues ('sharepack check "
	    "--report' shows every strategy)\n");
	struct surface_score best = pk != NULL ? surface_best_pack(pk) :
	    (struct surface_score){ 0 };
	CHECK(best.passes && best.percent == 100);
	char *report = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&report, &len);
	surface_report(p, f);
	fclose(f);
	CHECK(strstr(report, "| knows the cases, myth when absolute | gets "
	    "every case right, and calls a statement a myth when its title "
	    "says all, always, cannot, never, only, must or every | 100% | "
	    "80% | 90% | **yes** |\n") != NULL);
	CHECK(strstr(report, "| always share, always myth | answers share "
	    "to every case and myth to every statement | 50% | 40% | 45% | "
	    "no |\n") != NULL);
	CHECK(strstr(report, "| never share, always fact | answers do not "
	    "share to every case and fact to every statement | 50% | 60% | "
	    "55% | no |\n") != NULL);
	free(report);
	pack_free(p);
	capture_end(&c);
}

/* Where the absolute cue is found: a whole word or phrase, in any case,
 * at the start or end of the title or after a word it is not part of;
 * never inside a word (Overall, Installation, 4all, Noone, Alls). Every
 * title's verdict is the one the cue gives, so the strategy that answers
 * by it gets every statement right. */
static void
test_surface_words(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	static const char *const myths[][2] = {
		{ "ALL of it is shared", "myth" },
		{ "Overall it is fine", "fact" },
		{ "Installation of records", "fact" },
		{ "It is shared with all.", "myth" },
		{ "No One may know", "myth" },
		{ "Noone may know", "fact" },
		{ "Alloy and alls", "fact" },
		{ "Alloy, then all", "myth" },
		{ "It is x-never shared", "myth" },
		{ "Ask 4all first", "fact" },
		{ "Mustard is yellow", "fact" },
		{ "must", "myth" },
	};
	char text[256], include[160];
	add_myths(p, &c, myths, sizeof myths / sizeof *myths, include,
	    sizeof include);
	snprintf(text, sizeof text, "---\nkind: pack\ntitle: P\ninclude: "
	    "[%s]\n---\n", include);
	item(p, &c, "content/p.md", text);
	CHECK_STR(run_check(p, &c), "");
	char *report = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&report, &len);
	surface_report(p, f);
	fclose(f);
	CHECK(strstr(report, "| knows the cases, myth when absolute | gets "
	    "every case right, and calls a statement a myth when its title "
	    "says all, always, cannot, never, only, must or every | - | "
	    "100% | 100% | **yes** |\n") != NULL);
	free(report);
	pack_free(p);
	capture_end(&c);
}

/* A pack's include finds its members by their ids, two of which have
 * hashes alike (the same slot of the index and the same low 32 bits): the
 * one not in the project is not taken for the other, and each of them
 * finds itself. */
static void
test_include_hashes_alike(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	item(p, &c, "content/a.md", "---\nkind: myth\nid: q-246519\n"
	    "title: A\nverdict: myth\n---\nText.\n");
	item(p, &c, "content/p.md", "---\nkind: pack\ntitle: P\n"
	    "include: [q-246519, q-246794]\n---\n");
	CHECK_STR(run_check(p, &c), "content/p.md:4:21: error: the pack "
	    "includes 'q-246794', but no item has that id; check the spelling "
	    "or remove it\n");
	pack_free(p);
	capture_end(&c);

	capture_begin(&c);
	p = pack_new();
	item(p, &c, "content/a.md", "---\nkind: myth\nid: q-246519\n"
	    "title: A\nverdict: myth\n---\nText.\n");
	item(p, &c, "content/b.md", "---\nkind: myth\nid: q-246794\n"
	    "title: B\nverdict: fact\n---\nText.\n");
	struct item *pk = item(p, &c, "content/p.md", "---\nkind: pack\n"
	    "title: P\ninclude: [q-246794, q-246519]\n---\n");
	CHECK_STR(run_check(p, &c), "");
	CHECK(pk != NULL && pk->pack.member_count == 2 &&
	    strcmp(pk->pack.members[0]->id, "q-246794") == 0 &&
	    strcmp(pk->pack.members[1]->id, "q-246519") == 0);
	pack_free(p);
	capture_end(&c);
}

void
test_check(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	item(p, &c, "content/g.md", "---\nkind: guidance\ntitle: G\n"
	    "order: 2\n---\n");
	item(p, &c, "content/f.md", "---\nkind: guidance\ntitle: F\n"
	    "order: 1\n---\n");
	item(p, &c, "content/m.md", "---\nkind: myth\ntitle: M\n"
	    "verdict: fact\n---\nYes.\n");
	item(p, &c, "content/v-health.md", "---\nkind: vignette\ntitle: V\n"
	    "expected: share\naudience: [health]\n---\nCase.\n\n## Why\n\n"
	    "Reason.\n");
	item(p, &c, "content/v-school.md", "---\nkind: vignette\ntitle: V\n"
	    "expected: share\naudience: [education]\n---\nCase.\n\n## Why\n\n"
	    "Reason.\n");
	item(p, &c, "content/v-all.md", "---\nkind: vignette\ntitle: V\n"
	    "expected: no-share\n---\nCase.\n\n## Why\n\nReason.\n");
	struct item *health = item(p, &c, "content/p-health.md", "---\n"
	    "kind: pack\ntitle: Health\naudience: [health]\n---\n");
	struct item *picked = item(p, &c, "content/p-pick.md", "---\n"
	    "kind: pack\ntitle: Picked\ninclude: [v-school, m]\n---\n");
	CHECK_STR(run_check(p, &c), "");
	/* Audience: guidance and myths always, vignettes that meet it; the
	 * questions interleaved by answer (the most left first, never the
	 * last one's answer twice while another is left). */
	CHECK(health->pack.member_count == 5);
	if (health->pack.member_count == 5) {
		CHECK_STR(health->pack.members[0]->id, "f");
		CHECK_STR(health->pack.members[1]->id, "g");
		CHECK_STR(health->pack.members[2]->id, "m");
		CHECK_STR(health->pack.members[3]->id, "v-health");
		CHECK_STR(health->pack.members[4]->id, "v-all");
	}
	CHECK(picked->pack.member_count == 2 &&
	    strcmp(picked->pack.members[0]->id, "v-school") == 0);
	CHECK(p->items[3]->vignette.why_index >= 0);
	pack_free(p);
	capture_end(&c);

	capture_begin(&c);
	p = pack_new();
	item(p, &c, "content/v.md", "---\nkind: vignette\ntitle: V\n"
	    "expected: share\naudience: [helth]\n---\nCase only.\n");
	item(p, &c, "content/w.md", "---\nkind: vignette\ntitle: W\n"
	    "expected: share\n---\n## Why\n");
	item(p, &c, "content/b.md", "---\nkind: briefing\ntitle: B\n"
	    "minutes: 1\n---\n## 1\n## 2\n## 3\n## 4\n## 5\n## 6\n## 7\n## 8\n"
	    "\nword word word\n");
	item(p, &c, "content/p.md", "---\nkind: pack\ntitle: P\n"
	    "include: [v, nope, p]\n---\n");
	CHECK_STR(run_check(p, &c),
	    "content/v.md:5:12: warning: unknown agency 'helth'; the known ones "
	    "are education, early-years, health, police, social-care, "
	    "probation, housing, voluntary, youth-justice\n"
	    "content/v.md:7:1: error: a vignette needs a '## Why' section: add "
	    "a line '## Why' after the case, followed by the reasoning learners "
	    "see after answering\n"
	    "content/w.md:6:1: error: the case is empty; write the case "
	    "learners read before answering above '## Why'\n"
	    "content/w.md:6:1: error: the '## Why' section is empty; write the "
	    "reasoning behind the expected answer under it\n"
	    "content/b.md:13:1: error: a briefing has exactly 7 '##' sections, "
	    "one for each minute; this one has 8: merge some or make them '###' "
	    "sub-headings\n"
	    "content/p.md:4:14: error: the pack includes 'nope', but no item "
	    "has that id; check the spelling or remove it\n"
	    "content/p.md:4:20: error: 'p' is a pack, and a pack cannot include "
	    "another pack; list its items instead\n"
	    "content/w.md:1:1: warning: the vignette 'w' is in no pack, so no "
	    "learner meets it; add its id to a pack's 'include'\n");
	pack_free(p);
	capture_end(&c);

	/* Of two questions with one id, both in no pack, the first by path
	 * is said to be in no pack; the second has its id's error only. */
	capture_begin(&c);
	p = pack_new();
	item(p, &c, "content/a.md", "---\nkind: myth\ntitle: A\n"
	    "verdict: myth\n---\nText.\n");
	item(p, &c, "content/m/d.md", "---\nkind: myth\nid: d\ntitle: D\n"
	    "verdict: fact\n---\nText.\n");
	item(p, &c, "content/n/d.md", "---\nkind: myth\nid: d\ntitle: D2\n"
	    "verdict: fact\n---\nText.\n");
	item(p, &c, "content/p.md", "---\nkind: pack\ntitle: P\n"
	    "include: [a]\n---\n");
	CHECK_STR(run_check(p, &c),
	    "content/n/d.md:3:5: error: id 'd' is already used by "
	    "content/m/d.md:3; ids must be unique across the project: rename "
	    "the file or set a different 'id:'\n"
	    "content/m/d.md:1:1: warning: the myth 'd' is in no pack, so no "
	    "learner meets it; add its id to a pack's 'include'\n");
	pack_free(p);
	capture_end(&c);

	/* A briefing over its reading time is a warning at 'minutes'. */
	capture_begin(&c);
	p = pack_new();
	char *text = calloc(1, 4096);
	strcpy(text, "---\nkind: briefing\ntitle: B\nminutes: 1\n---\n"
	    "## 1\n## 2\n## 3\n## 4\n## 5\n## 6\n## 7\n\n");
	for (int i = 0; i < 140; i++)
		strcat(text, "word ");
	item(p, &c, "content/b.md", text);
	free(text);
	CHECK_STR(run_check(p, &c), "content/b.md:4:1: warning: the briefing "
	    "has 147 words, about 2 minutes read aloud at 130 words a minute, "
	    "over its 1; shorten it or raise 'minutes'\n"
	    "sharepack: warning: the project has no pack, so learners get no "
	    "quiz; add a file with 'kind: pack'\n");
	pack_free(p);
	capture_end(&c);
	test_surface();
	test_surface_words();
	test_include_hashes_alike();
}

/* Every path through the "when to share" flowchart, and every question left
 * unanswered on the way. Y/N/_ = yes, no, not given. */
void
test_decide(void)
{
	static const struct {
		const char *facts;	/* purpose consent identifiable lawful */
		int rc;
		enum outcome outcome;
		enum decide_question by;
	} table[] = {
		{ "N___", 0, OUTCOME_NO_SHARE, DECIDE_PURPOSE },
		{ "NYYY", 0, OUTCOME_NO_SHARE, DECIDE_PURPOSE },
		{ "YY__", 0, OUTCOME_SHARE, DECIDE_CONSENT },
		{ "YYNN", 0, OUTCOME_SHARE, DECIDE_CONSENT },
		{ "YNN_", 0, OUTCOME_SHARE, DECIDE_IDENTIFIABLE },
		{ "YNNN", 0, OUTCOME_SHARE, DECIDE_IDENTIFIABLE },
		{ "YNYY", 0, OUTCOME_SHARE, DECIDE_LAWFUL_BASIS },
		{ "YNYN", 0, OUTCOME_NO_SHARE, DECIDE_LAWFUL_BASIS },
		{ "____", -1, OUTCOME_NONE, DECIDE_PURPOSE },
		{ "Y___", -1, OUTCOME_NONE, DECIDE_CONSENT },
		{ "YN__", -1, OUTCOME_NONE, DECIDE_IDENTIFIABLE },
		{ "YNY_", -1, OUTCOME_NONE, DECIDE_LAWFUL_BASIS },
		{ "_YYY", -1, OUTCOME_NONE, DECIDE_PURPOSE },
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		enum fact f[DECIDE_QUESTIONS];
		for (int q = 0; q < DECIDE_QUESTIONS; q++)
			f[q] = table[i].facts[q] == 'Y' ? FACT_YES :
			    table[i].facts[q] == 'N' ? FACT_NO : FACT_UNSET;
		enum outcome o = OUTCOME_NONE;
		enum decide_question by = DECIDE_QUESTIONS;
		int rc = decide(f, &o, &by);
		CHECK(rc == table[i].rc);
		CHECK(by == table[i].by);
		if (rc == 0)
			CHECK(o == table[i].outcome);
	}
	CHECK_STR(decide_key(DECIDE_LAWFUL_BASIS), "lawful_basis");
	CHECK(decide_from_key("consent") == DECIDE_CONSENT);
	CHECK(decide_from_key("Consent") == -1);

	/* A vignette's facts are checked against its expected answer. */
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	item(p, &c, "content/v.md", "---\nkind: vignette\ntitle: V\n"
	    "expected: share\nfacts:\n  purpose: yes\n  consent: no\n"
	    "  identifiable: yes\n  lawful_basis: no\n---\nCase.\n\n## Why\n\n"
	    "Reason.\n");
	item(p, &c, "content/w.md", "---\nkind: vignette\ntitle: W\n"
	    "expected: share\nfacts: {purpose: yes}\n---\nCase.\n\n## Why\n\n"
	    "Reason.\n");
	item(p, &c, "content/x.md", "---\nkind: vignette\ntitle: X\n"
	    "expected: no-share\nfacts: {purpose: no}\n---\nCase.\n\n"
	    "## Why\n\nReason.\n");
	CHECK_STR(run_check(p, &c), "content/v.md:4:11: error: 'expected: "
	    "share' disagrees with the 'when to share' questions, which give "
	    "no-share on these facts (decided by question 4: Have you "
	    "identified a lawful reason to share information without consent? "
	    "lawful_basis: no); fix 'expected' or 'facts'\n"
	    "content/w.md:5:1: error: the facts do not answer question 2 of "
	    "'when to share' (Do you have consent to share?); add 'consent: "
	    "yes' or 'consent: no'\n"
	    "sharepack: warning: the project has no pack, so learners get no "
	    "quiz; add a file with 'kind: pack'\n");
	pack_free(p);
	capture_end(&c);
}
