/* markdown.c: cmark parsing and read-only questions about a body's tree. */
#include "markdown.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "xalloc.h"

cmark_node *
md_parse(const char *text, size_t len)
{
	cmark_node *doc = cmark_parse_document(text, len, MD_OPTIONS);
	if (doc == NULL) {
		/* cmark returns NULL only when it cannot allocate. */
		fputs("sharepack: fatal: out of memory\n", stderr);
		abort();
	}
	return doc;
}

static void
collect_text(cmark_node *node, struct buf *out)
{
	cmark_iter *iter = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		if (ev == CMARK_EVENT_EXIT) {
			/* Blocks end words: "end." and "Next" are two. */
			cmark_node_type t = cmark_node_get_type(n);
			if (t >= CMARK_NODE_FIRST_BLOCK &&
			    t <= CMARK_NODE_LAST_BLOCK && out->len > 0 && out->data[out->len - 1] != ' ')
				buf_putc(out, ' ');
			continue;
		}
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			buf_puts(out, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(iter);
}

char *
md_plain_text(cmark_node *node)
{
	struct buf out = BUF_INIT;
	collect_text(node, &out);
	while (out.len > 0 && out.data[out.len - 1] == ' ')
		out.data[--out.len] = '\0';
	return buf_detach(&out);
}

cmark_node *
md_nth_heading(cmark_node *doc, int level, size_t n)
{
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(c) != level)
			continue;
		if (n-- == 0)
			return c;
	}
	return NULL;
}

cmark_node *
md_nth_block(cmark_node *doc, size_t n)
{
	cmark_node *c = cmark_node_first_child(doc);
	while (c != NULL && n-- > 0)
		c = cmark_node_next(c);
	return c;
}

size_t
md_block_index(cmark_node *block)
{
	size_t n = 0;
	while ((block = cmark_node_previous(block)) != NULL)
		n++;
	return n;
}

size_t
md_count_headings(cmark_node *doc, int level)
{
	/* One pass: counting by md_nth_heading would be quadratic. */
	size_t n = 0;
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c))
		n += cmark_node_get_type(c) == CMARK_NODE_HEADING &&
		    cmark_node_get_heading_level(c) == level;
	return n;
}

cmark_node *
md_find_heading(cmark_node *doc, int level, const char *text)
{
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(c) != level)
			continue;
		char *t = md_plain_text(c);
		int match = strcasecmp(t, text) == 0;
		free(t);
		if (match)
			return c;
	}
	return NULL;
}

size_t
md_word_count(cmark_node *doc)
{
	struct buf text = BUF_INIT;
	collect_text(doc, &text);
	size_t words = 0;
	int in_word = 0;
	for (size_t i = 0; i < text.len; i++) {
		char c = text.data[i];
		int space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
		if (!space && !in_word)
			words++;
		in_word = !space;
	}
	buf_free(&text);
	return words;
}
