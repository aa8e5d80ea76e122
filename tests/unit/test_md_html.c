/* Unit tests of md_html.c: the same bytes as md_dom and the html5 writer
 * (md_html_ref.c) on every Markdown file we have and on generated text. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "html5.h"
#include "markdown.h"
#include "md_dom.h"
#include "md_html_ref.h"

/* Every way a body is cut: whole at each heading level, and before and
 * after each level-2 heading (a case and its "Why"). Returns the number
 * of cuts that differ, each written to stderr. */
static int
mismatches(const char *md, size_t len)
{
	int bad = 0;
	cmark_node *doc = md_parse(md, len);
	cmark_node *first = cmark_node_first_child(doc);
	for (int level = 0; level <= 7; level++)
		bad += !md_html_check(first, NULL, level, stderr);
	for (cmark_node *n = first; n != NULL; n = cmark_node_next(n)) {
		if (cmark_node_get_type(n) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(n) != 2)
			continue;
		bad += !md_html_check(first, n, 3, stderr);
		bad += !md_html_check(cmark_node_next(n), NULL, 3, stderr);
		bad += !md_html_check(n, cmark_node_next(n), 2, stderr);
	}
	cmark_node_free(doc);
	return bad;
}

/* The Markdown files under root; how many were read into *files. */
static int
tree_mismatches(const char *root, size_t *files)
{
	struct fs_list list;
	int bad = 0;
	if (fs_list_tree(root, ".md", "node_modules", 100000, 32, &list) != 0)
		return 1;
	for (size_t i = 0; i < list.count; i++) {
		char *path = NULL;
		struct buf text = BUF_INIT;
		buf_printf(&text, "%s/%s", root, list.paths[i]);
		path = buf_detach(&text);
		if (fs_read_file(path, 1 << 22, &text) == 0) {
			int b = mismatches(text.data ? text.data : "",
			    text.len);
			if (b)
				fprintf(stderr, "md_html differs on %s\n",
				    path);
			bad += b;
			++*files;
		}
		buf_free(&text);
		free(path);
	}
	fs_list_free(&list);
	return bad;
}

/* The constructs generated texts are made of: every kind of node md_dom
 * handles, the ones it drops, unsafe addresses, entities, controls, NUL,
 * bytes that are not UTF-8, and what looks like a table. */
static const char *const pieces[] = { "text", "*em*", "**strong**",
    "_a_ __b__", "`code <b>`", "``a ` b``", "[link](http://e.org/?a=1&b=2 "
    "\"t&\\\"q\xC2\xA0\")", "[js](javascript:alert(1))",
    "[tab](java\tscript:x)", "[rel](../x.html)", "[empty]()",
    "[sp]( https://x.y/ \"\")", "<http://a.b/c?d&e>", "<javascript:x>",
    "<a@b.c>", "![img *alt* <i>x</i>](x.png \"title\")",
    "[![in](i.png)](/l)", "<b>raw</b>", "<!-- c -->",
    "<div>\nblock <b>\n</div>", "&amp; &lt;", "&nbsp;", "&#0;", "&#x41;",
    "&copy; &bogus;", "\xC2\xA0", "\xC2", "\xFF\xFE", "\x01\x7F\x1B",
    "# H1", "## H2 *e*", "### H3", "###### H6", "####### H7",
    "Setext\n===", "Setext\n---", "---", "***", "- item", "* item",
    "+ a\n+ b", "1. one", "0. zero", "2) two", "-1. neg",
    "123456789. big", "> quote", ">> q2", "    indented code",
    "```\nfenced <x> & \"\n```", "```js info\nx\n```", "~~~\n~~~",
    "| a | b |\n|---|---|\n| 1 | <2> |", "line  \nbreak", "back\\\nslash",
    "\"quotes\" 'single' -- --- ...", "a\nb", "[ref]\n\n[ref]: /u \"T\"",
    "[bad]\n\n[bad]: javascript:x", "\\*not em\\*", "<", ">", "&", "\"",
    "\n", "x<y>z", "<?php x ?>", "<![CDATA[x]]>", "   ", "\t-\tx" };

static const char *const joins[] = { "\n", "\n\n", " ", "\n  ", "\n    ",
    "  \n", "\n- ", "\n> ", "\n1. ", "\t", "", "\n   - ", "\n\n  " };

static uint64_t
next_random(uint64_t *s)
{
	/* xorshift64: the same texts every run. */
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static void
add_deep(struct buf *b, const char *open, const char *mid, const char *close,
    int n)
{
	for (int i = 0; i < n; i++)
		buf_puts(b, open);
	buf_puts(b, mid);
	for (int i = 0; i < n; i++)
		buf_puts(b, close);
}

/* Nesting deeper than MD_DOM_MAX_DEPTH, of each kind and mixed. */
static void
deep_texts(struct buf *b, int n)
{
	add_deep(b, "> ", "quoted", "", n);
	buf_puts(b, "\n\n");
	add_deep(b, "- ", "listed", "", n);
	buf_puts(b, "\n\n");
	add_deep(b, "> - 1. ", "mixed\n\n  more", "", n / 3);
	buf_puts(b, "\n\n");
	add_deep(b, "*a **b ", "x", "** c*", n);
	buf_puts(b, "\n\n");
	add_deep(b, "[", "x", "](/u)", n);
	buf_puts(b, "\n\n");
	for (int i = 0; i < n; i++) {
		buf_printf(b, "%*s- item %d\n", 2 * i, "", i);
		if (i % 3 == 0)
			buf_printf(b, "%*s  ```\n%*s  code\n%*s  ```\n%*s  "
			    "after\n", 2 * i, "", 2 * i, "", 2 * i, "", 2 * i,
			    "");
	}
}

static int
generated_mismatches(void)
{
	uint64_t seed = 0x5eed5eed5eedULL;
	int bad = 0;
	for (int n = MD_DOM_MAX_DEPTH - 2; n <= MD_DOM_MAX_DEPTH + 12; n += 7) {
		struct buf b = BUF_INIT;
		deep_texts(&b, n);
		bad += mismatches(b.data, b.len);
		buf_free(&b);
	}
	for (int doc = 0; doc < 2000; doc++) {
		struct buf b = BUF_INIT;
		size_t n = 1 + next_random(&seed) % 40;
		for (size_t i = 0; i < n; i++) {
			buf_puts(&b, pieces[next_random(&seed) % COUNT(pieces)]);
			if (next_random(&seed) % 8 == 0)
				buf_add(&b, "\0", 1);
			buf_puts(&b, joins[next_random(&seed) % COUNT(joins)]);
		}
		if (next_random(&seed) % 16 == 0)
			deep_texts(&b, MD_DOM_MAX_DEPTH + 1);
		bad += mismatches(b.data, b.len);
		buf_free(&b);
	}
	return bad;
}

static void
expect(const char *md, const char *want)
{
	cmark_node *doc = md_parse(md, strlen(md));
	char *got = html5_fragment(cmark_node_first_child(doc), NULL, 2);
	CHECK_STR(got, want);
	free(got);
	cmark_node_free(doc);
}

void
test_md_html(void)
{
	/* The line break after a block is left out only before text: a
	 * code block in a tight list's item, then the item's text. */
	expect("- a\n  ```\n  c\n  ```\n  d\n- e",
	    "<ul><li>a<pre><code>c\n</code></pre>d</li>\n<li>e</li>\n</ul>");
	expect("<p>raw</p>\n\n# T\n\n[x](javascript:y) &amp; \xC2\xA0",
	    "<h2>T</h2>\n<p><span>x</span> &amp; &nbsp;</p>");
	/* Raw HTML alone makes no nodes, so no fragment. */
	cmark_node *doc = md_parse("<div>x</div>\n", 13);
	CHECK(html5_frag_markdown(cmark_node_first_child(doc), NULL, 3) ==
	    NULL);
	CHECK(html5_frag_markdown(NULL, NULL, 3) == NULL);
	cmark_node_free(doc);

	size_t files = 0;
	int bad = tree_mismatches("content", &files);
	bad += tree_mismatches("tests", &files);
	CHECK(bad == 0);
	/* The trees were there to compare (146 in content/ alone). */
	CHECK(files > 300);
	CHECK(generated_mismatches() == 0);
}
