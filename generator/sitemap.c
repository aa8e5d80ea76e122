/* sitemap.c: the one place that knows where each page and asset of the site
 * goes, which items are scored, and how scored content is fingerprinted. */
#include "sitemap.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "markdown.h"
#include "xalloc.h"

/* The pages that items of a kind get: prefix, id, suffix. */
static const struct {
	enum item_kind kind;
	const char *prefix;
	const char *suffix;
} pages[] = {
	{ ITEM_GUIDANCE, "guidance/", ".html" },
	{ ITEM_BRIEFING, "briefings/", ".html" },
	{ ITEM_SCENARIO, "scenarios/", ".html" },
	{ ITEM_PACK, "packs/", "/index.html" },
};

const char *
sitemap_front(void)
{
	return "index.html";
}

const char *
sitemap_coverage(void)
{
	return "coverage.html";
}

const char *
sitemap_coverage_csv(void)
{
	return "coverage.csv";
}

char *
sitemap_page(const struct item *it)
{
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
		if (pages[i].kind == it->kind)
			return xasprintf("%s%s%s", pages[i].prefix, it->id,
			    pages[i].suffix);
	return NULL;
}

char *
sitemap_quiz(const struct item *pk)
{
	return xasprintf("packs/%s/quiz.html", pk->id);
}

char *
sitemap_asset(const char *name)
{
	return xasprintf("assets/%s", name);
}

char *
sitemap_in_lang(const char *dir, const char *path)
{
	return dir != NULL ? xasprintf("%s/%s", dir, path) : xstrdup(path);
}

const char *
sitemap_root(const char *path)
{
	/* One "../" per folder; the deepest page is three down at most, and
	 * anything deeper still gets a prefix that stays inside the site. */
	static const char *const roots[] = { "", "../", "../../", "../../../" };
	size_t depth = 0;
	for (const char *s = path; *s; s++)
		depth += *s == '/';
	return roots[depth < 3 ? depth : 3];
}

int
sitemap_is_question(const struct item *it)
{
	return it->kind == ITEM_MYTH || it->kind == ITEM_VIGNETTE;
}

size_t
sitemap_question_count(const struct item *pk)
{
	size_t n = 0;
	for (size_t i = 0; i < pk->pack.member_count; i++)
		n += sitemap_is_question(pk->pack.members[i]);
	return n;
}

/* FNV-1a, 64-bit: a fingerprint of what a learner is scored against, so a
 * browser can tell a changed pack from the one it saved progress for. */
#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= FNV_PRIME;
	}
	return h ^ 0xff;	/* separator, so "ab"+"c" differs from "a"+"bc" */
}

/* fnv1a_piece's state: the hash so far and md_word_count's count of the
 * words in what it was handed. */
struct text_hash {
	uint64_t h;
	size_t words;
	int in_word;		/* a word runs on from the last piece */
};

/* md_plain_text_each's put: FNV-1a over each piece in turn, counting its
 * words in the same loop, where they cost nothing beside the multiply
 * each byte waits for. */
static void
fnv1a_piece(void *ctx, const char *s, size_t n)
{
	struct text_hash *t = ctx;
	/* In locals: s may alias *t, so through the pointer each byte
	 * would store and load them again. */
	uint64_t h = t->h;
	size_t words = t->words;
	int in = t->in_word;
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		int space = md_word_space(c);
		h ^= c;
		h *= FNV_PRIME;
		words += (size_t)(!space & !in);
		in = !space;
	}
	t->h = h;
	t->words = words;
	t->in_word = in;
}

/* fnv1a of md_plain_text's string, hashed as the text is walked; the
 * text's words into *words. */
static uint64_t
fnv1a_text(uint64_t h, cmark_node *node, size_t *words)
{
	struct text_hash t = { h, 0, 0 };
	if (node != NULL)
		md_plain_text_each(node, fnv1a_piece, &t);
	*words = t.words;
	return t.h ^ 0xff;
}

uint64_t
sitemap_item_hash(const struct item *it)
{
	size_t words;
	return sitemap_item_hash_words(it, &words);
}

uint64_t
sitemap_item_hash_words(const struct item *it, size_t *words)
{
	uint64_t h = FNV_OFFSET;
	h = fnv1a(h, it->id);
	h = fnv1a(h, pack_kind_name(it->kind));
	h = fnv1a(h, it->title ? it->title : "");
	/* Only the kind's own part may be read: the others share its
	 * memory. */
	h = fnv1a(h, it->kind == ITEM_VIGNETTE ?
	    pack_outcome_name(it->vignette.expected) : "");
	h = fnv1a(h, it->kind == ITEM_MYTH ?
	    pack_verdict_name(it->myth.verdict) : "");
	h = fnv1a_text(h, it->doc, words);
	size_t steps = it->kind == ITEM_SCENARIO ? it->scenario.step_count : 0;
	for (size_t i = 0; i < steps; i++) {
		const struct scen_step *st = &it->scenario.steps[i];
		h = fnv1a(h, st->id);
		size_t step_words;
		h = fnv1a_text(h, st->text, &step_words);
		for (size_t j = 0; j < st->choice_count; j++) {
			h = fnv1a(h, st->choices[j].label);
			h = fnv1a(h, st->choices[j].go);
			/* "1" and "0" as when a choice was only expected or
			 * not, so that older scenarios keep their hash. */
			enum grade g = st->choices[j].grade;
			h = fnv1a(h, g == GRADE_EXPECTED ? "1" :
			    g == GRADE_UNSAFE ? "0" : "a");
		}
	}
	return h;
}

void
sitemap_fingerprint(const struct item *it, char hex[SITEMAP_HEX_SIZE])
{
	uint64_t h = it->hash;
	if (it->kind == ITEM_PACK) {
		/* The questions' own hashes, in the order the quiz asks them. */
		h = FNV_OFFSET;
		for (size_t i = 0; i < it->pack.member_count; i++)
			if (sitemap_is_question(it->pack.members[i]))
				h = (h ^ it->pack.members[i]->hash) * FNV_PRIME;
	}
	snprintf(hex, SITEMAP_HEX_SIZE, "%016" PRIx64, h);
}
