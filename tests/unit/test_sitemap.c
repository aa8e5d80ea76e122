/* Unit tests of sitemap.c: every output path, the way back to the root,
 * which items are scored, and the fingerprints pages record progress
 * against. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "markdown.h"
#include "sitemap.h"
#include "util.h"
#include "xalloc.h"

static struct item *
bare(struct pack *p, enum item_kind kind, const char *id)
{
	struct item *it = pack_item_new("content/x.md");
	it->kind = kind;
	it->id = xstrdup(id);
	pack_add(p, it);
	return it;
}

/* path must be what sitemap_page gave, and its root must lead back to the
 * site root: one "../" per folder. */
static void
expect_page(const struct item *it, const char *want)
{
	char *got = sitemap_page(it);
	CHECK_STR(got, want);
	size_t folders = 0;
	for (const char *s = want; *s; s++)
		folders += *s == '/';
	CHECK(strlen(sitemap_root(want)) == 3 * folders);
	free(got);
}

static void
test_paths(void)
{
	struct pack *p = pack_new();
	expect_page(bare(p, ITEM_GUIDANCE, "rules"), "guidance/rules.html");
	expect_page(bare(p, ITEM_BRIEFING, "consent"),
	    "briefings/consent.html");
	expect_page(bare(p, ITEM_SCENARIO, "school"), "scenarios/school.html");
	struct item *pk = bare(p, ITEM_PACK, "health");
	expect_page(pk, "packs/health/index.html");
	char *quiz = sitemap_quiz(pk);
	CHECK_STR(quiz, "packs/health/quiz.html");
	CHECK_STR(sitemap_root(quiz), "../../");
	free(quiz);
	/* Questions have no page of their own: they live on quiz pages. */
	CHECK(sitemap_page(bare(p, ITEM_MYTH, "m")) == NULL);
	CHECK(sitemap_page(bare(p, ITEM_VIGNETTE, "v")) == NULL);
	CHECK(sitemap_page(bare(p, ITEM_UNKNOWN, "u")) == NULL);
	CHECK_STR(sitemap_front(), "index.html");
	CHECK_STR(sitemap_root(sitemap_front()), "");
	char *asset = sitemap_asset("fonts/a.woff2");
	CHECK_STR(asset, "assets/fonts/a.woff2");
	CHECK_STR(sitemap_root(asset), "../../");
	free(asset);
	pack_free(p);
}

static void
test_questions(void)
{
	struct pack *p = pack_new();
	struct item *pk = bare(p, ITEM_PACK, "pk");
	static const enum item_kind kinds[] = { ITEM_GUIDANCE, ITEM_MYTH,
	    ITEM_BRIEFING, ITEM_VIGNETTE, ITEM_SCENARIO, ITEM_VIGNETTE };
	size_t n = sizeof kinds / sizeof kinds[0];
	pk->pack.members = xcalloc(n, sizeof *pk->pack.members);
	for (size_t i = 0; i < n; i++) {
		char id[8] = { 'i', (char)('0' + i), '\0' };
		struct item *it = bare(p, kinds[i], id);
		it->hash = i + 1;
		CHECK(sitemap_is_question(it) == (kinds[i] == ITEM_MYTH ||
		    kinds[i] == ITEM_VIGNETTE));
		pk->pack.members[pk->pack.member_count++] = it;
	}
	CHECK(!sitemap_is_question(pk));
	CHECK(sitemap_question_count(pk) == 3);

	/* A pack's fingerprint combines its questions' hashes (2, 4, 6 here)
	 * in quiz order: FNV-1a's step over each 64-bit hash. */
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(pk, hex);
	unsigned long long h = 0xcbf29ce484222325ULL;
	for (unsigned long long q = 2; q <= 6; q += 2)
		h = (h ^ q) * 0x100000001b3ULL;
	char want[SITEMAP_HEX_SIZE];
	snprintf(want, sizeof want, "%016llx", h);
	CHECK_STR(hex, want);
	/* Any other item's is its own hash, zero-padded. */
	sitemap_fingerprint(pk->pack.members[0], hex);
	CHECK_STR(hex, "0000000000000001");
	/* Order matters: a reordered quiz is a different quiz. */
	struct item *first = pk->pack.members[1];
	pk->pack.members[1] = pk->pack.members[3];
	pk->pack.members[3] = first;
	sitemap_fingerprint(pk, hex);
	CHECK(strcmp(hex, want) != 0);
	pk->pack.member_count = 0;
	sitemap_fingerprint(pk, hex);
	CHECK_STR(hex, "cbf29ce484222325");
	pack_free(p);
}

static void
test_item_hash(void)
{
	struct captured c;
	capture_begin(&c);
	const char *md = "---\nkind: myth\ntitle: Statement\nverdict: myth\n"
	    "---\nBody text.\n";
	struct item *it = load_string(&c, "content/m.md", md);
	CHECK(it != NULL);
	if (it != NULL) {
		/* Pinned: browsers keep progress under this value, so a change
		 * to the hash loses every learner's saved answers. Computed
		 * independently from FNV-1a over "m", "myth", "Statement", "",
		 * "myth", "Body text.", each followed by the 0xff separator. */
		CHECK(sitemap_item_hash(it) == 0x47adff1ffe12c92eULL);
		uint64_t before = sitemap_item_hash(it);
		free(it->title);
		it->title = xstrdup("Statement!");
		CHECK(sitemap_item_hash(it) != before);
		pack_item_free(it);
	}
	CHECK_STR(captured(&c), "");
	capture_end(&c);
}

/* The words the hash counts as it goes (the item's word count) are
 * md_word_count's, whatever the spaces between blocks, at breaks, in
 * code and at the ends of lines. */
static void
test_item_words(void)
{
	static const char *const bodies[] = { "", "Body text.\n",
	    "one  two\tthree   \nfour\n\n## Head *em*phasis\n\n- a\n- b c\n",
	    "`co de`x y\\\nz\n\n> quote  \n> more\n\n```\nnot\tcounted\n```\n",
	    "a\r\nb\r\n\n1. x\n   y\n\n***\n\nend   \n" };
	struct captured c;
	capture_begin(&c);
	for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		char *md = xasprintf("---\nkind: guidance\ntitle: T\n---\n%s",
		    bodies[i]);
		struct item *it = load_string(&c, "content/g.md", md);
		CHECK(it != NULL && it->doc != NULL);
		if (it != NULL && it->doc != NULL) {
			size_t words = 0;
			sitemap_item_hash_words(it, &words);
			CHECK(words == md_word_count(it->doc));
			CHECK(i < 2 || words > 3);
		}
		pack_item_free(it);
		free(md);
	}
	capture_end(&c);
}

void
test_sitemap(void)
{
	test_paths();
	test_questions();
	test_item_hash();
	test_item_words();
}
