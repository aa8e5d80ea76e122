/* Unit tests of load.c and frontmatter.c: every message they can give. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "load.h"
#include "util.h"

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
		CHECK(it->at[KEY_TITLE].line == 3 && it->at[KEY_TITLE].col == 1);
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
	    "not start with front matter; add a line '---' at the very top, "
	    "then the keys (kind, title, ...), then a line '---'\n");
	expect_fail("---\nkind: guidance\ntitle: x\n", "content/x.md:1:1: "
	    "error: the front matter opened here is never closed; add a line "
	    "'---' after the last key\n");
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
	    "pack, site) to the front matter\n");
	expect_fail("---\nkind: poster\ntitle: x\n---\n", "content/x.md:2:7: "
	    "error: unknown kind 'poster'; use one of guidance, myth, vignette, "
	    "briefing, pack, site\n");
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
		CHECK(it->audience.count == 1);
		CHECK_STR(it->audience.values[0], "health");
		CHECK(it->audience.pos[0].line == 6);
		CHECK(it->vignette.rules.count == 2 && it->vignette.rules.values[0] == 4 &&
		    it->vignette.rules.values[1] == 6);
		CHECK_STR(it->source, "WT 2023");
		CHECK_STR(it->edition, "england-2024");
	}
	pack_item_free(it);
}
