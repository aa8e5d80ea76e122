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

/* md_plain_text_each's state: spaces are held back until something
 * follows them, since md_plain_text drops those at the end. */
struct text_walk {
	void (*put)(void *ctx, const char *s, size_t n);
	void *ctx;
	size_t spaces;		/* held back */
	int any;		/* anything at all so far */
	char last;		/* the last byte so far */
};

static void
walk_put(struct text_walk *w, const char *s, size_t n)
{
	static const char blanks[] = "                                ";
	size_t k = n;
	if (n == 0)
		return;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k > 0) {
		for (size_t m; w->spaces > 0; w->spaces -= m) {
			m = w->spaces < sizeof blanks - 1 ? w->spaces :
			    sizeof blanks - 1;
			w->put(w->ctx, blanks, m);
		}
		w->put(w->ctx, s, k);
	}
	w->spaces += n - k;
	w->any = 1;
	w->last = s[n - 1];
}

void
md_plain_text_each(cmark_node *node,
    void (*put)(void *ctx, const char *s, size_t n), void *ctx)
{
	/* collect_text's walk, handing on what it would append. */
	struct text_walk w = { put, ctx, 0, 0, '\0' };
	cmark_iter *iter = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_EXIT) {
			if (t >= CMARK_NODE_FIRST_BLOCK &&
			    t <= CMARK_NODE_LAST_BLOCK && w.any && w.last != ' ')
				walk_put(&w, " ", 1);
		} else if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
			const char *lit = cmark_node_get_literal(n);
			walk_put(&w, lit, strlen(lit));
		} else if (t == CMARK_NODE_SOFTBREAK ||
		    t == CMARK_NODE_LINEBREAK) {
			walk_put(&w, " ", 1);
		}
	}
	cmark_iter_free(iter);
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

/* The words that start in s (NUL-ended), a word being a run of
 * anything but spaces; *in_word says whether one runs on from before
 * and is left saying whether one runs on after. */
static size_t
words_in(const char *s, int *in_word)
{
	size_t words = 0;
	int in = *in_word;
	for (; *s != '\0'; s++) {
		int space = *s == ' ' || *s == '\t' || *s == '\n' ||
		    *s == '\r';
		/* Without a branch: most bytes are in a word. */
		words += (size_t)(!space & !in);
		in = !space;
	}
	*in_word = in;
	return words;
}

size_t
md_word_count(cmark_node *doc)
{
	/* The words of collect_text's text, counted as it walks, with no
	 * copy: the spaces it would add (at breaks and where blocks end)
	 * only end words. */
	size_t words = 0;
	int in_word = 0;
	cmark_iter *iter = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_EXIT) {
			if (t >= CMARK_NODE_FIRST_BLOCK &&
			    t <= CMARK_NODE_LAST_BLOCK)
				in_word = 0;
		} else if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
			const char *lit = cmark_node_get_literal(n);
			words += lit != NULL ? words_in(lit, &in_word) : 0;
		} else if (t == CMARK_NODE_SOFTBREAK ||
		    t == CMARK_NODE_LINEBREAK) {
			in_word = 0;
		}
	}
	cmark_iter_free(iter);
	return words;
}
