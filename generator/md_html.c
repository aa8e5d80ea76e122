/* md_html.c: Markdown tree to HTML5 text, the bytes md_dom + html5.c make. */
#include "md_html.h"

#include <stdio.h>
#include <stdlib.h>

#include "html5.h"
#include "md_dom.h"

/*
 * The html5 writer ends a block element with a line break unless the
 * node after it (in the same parent) is text, where the break would be a
 * visible space. Written in document order, what comes next after an
 * element's end is its next sibling or its parent's end, so the break is
 * held back until the next thing written: dropped before text, written
 * before any tag and at the end.
 */
struct writer {
	struct buf *out;
	int newline;		/* a block element ended: a break is due */
	int min_level;
};

/* An element md_dom makes, as the html5 writer writes it: its start tag
 * without attributes, its end tag, and whether a line break follows. */
struct element {
	const char *start, *end;
	size_t start_len, end_len;
	int block;
};

#define ELEMENT(name, block) { "<" name ">", "</" name ">", \
	sizeof(name) + 1, sizeof(name) + 2, block }
static const struct element el_blockquote = ELEMENT("blockquote", 1),
    el_ol = ELEMENT("ol", 1), el_ul = ELEMENT("ul", 1),
    el_li = ELEMENT("li", 1), el_p = ELEMENT("p", 1),
    el_em = ELEMENT("em", 0), el_strong = ELEMENT("strong", 0),
    el_a = ELEMENT("a", 0), el_span = ELEMENT("span", 0),
    el_code = ELEMENT("code", 0), el_pre = ELEMENT("pre", 1);
static const struct element el_h[6] = { ELEMENT("h1", 1),
    ELEMENT("h2", 1), ELEMENT("h3", 1), ELEMENT("h4", 1), ELEMENT("h5", 1),
    ELEMENT("h6", 1) };

#define PUT(w, lit) buf_add((w)->out, lit, sizeof(lit) - 1)

static void
flush(struct writer *w)
{
	if (w->newline) {
		buf_putc(w->out, '\n');
		w->newline = 0;
	}
}

/* A text node: md_dom makes none of an empty string. */
static void
text(struct writer *w, const char *s)
{
	if (s == NULL || *s == '\0')
		return;
	w->newline = 0;
	html5_escape(w->out, s, 0);
}

static const struct element *
start(struct writer *w, const struct element *el)
{
	flush(w);
	buf_add(w->out, el->start, el->start_len);
	return el;
}

static void
end(struct writer *w, const struct element *el)
{
	flush(w);
	buf_add(w->out, el->end, el->end_len);
	w->newline = el->block;
}

/* ' name="value"', the value escaped. */
static void
attribute(struct writer *w, const char *name, const char *value)
{
	buf_putc(w->out, ' ');
	buf_puts(w->out, name);
	PUT(w, "=\"");
	html5_escape(w->out, value, 1);
	buf_putc(w->out, '"');
}

/* A link: an element a with its cleaned address, or span when
 * md_dom_url makes it text. */
static const struct element *
open_link(struct writer *w, cmark_node *n)
{
	const char *url = cmark_node_get_url(n);
	char *href = url != NULL ? md_dom_url(url) : NULL;
	if (href == NULL)
		return start(w, &el_span);
	flush(w);
	PUT(w, "<a");
	attribute(w, "href", href);
	free(href);
	const char *title = cmark_node_get_title(n);
	if (title != NULL && *title != '\0')
		attribute(w, "title", title);
	buf_putc(w->out, '>');
	return &el_a;
}

static const struct element *
open_list(struct writer *w, cmark_node *n)
{
	if (cmark_node_get_list_type(n) != CMARK_ORDERED_LIST)
		return start(w, &el_ul);
	int first = cmark_node_get_list_start(n);
	if (first == 1)
		return start(w, &el_ol);
	char num[24];
	snprintf(num, sizeof num, "%d", first);
	flush(w);
	PUT(w, "<ol");
	attribute(w, "start", num);
	buf_putc(w->out, '>');
	return &el_ol;
}

/* md_dom.c's open_container, written as a start tag: the element to end
 * when n ends, or NULL when its content goes into its parent. */
static const struct element *
open_container(struct writer *w, cmark_node *n)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		return start(w, &el_blockquote);
	case CMARK_NODE_LIST:
		return open_list(w, n);
	case CMARK_NODE_ITEM:
		return start(w, &el_li);
	case CMARK_NODE_PARAGRAPH:
		return md_dom_in_tight_list(n) ? NULL : start(w, &el_p);
	case CMARK_NODE_HEADING: {
		int level = cmark_node_get_heading_level(n);
		if (level < w->min_level)
			level = w->min_level;
		return start(w, &el_h[(level > 6 ? 6 : level < 1 ? 1 :
		    level) - 1]);
	}
	case CMARK_NODE_EMPH:
		return start(w, &el_em);
	case CMARK_NODE_STRONG:
		return start(w, &el_strong);
	case CMARK_NODE_LINK:
		return open_link(w, n);
	case CMARK_NODE_IMAGE:
		/* Not shown yet (check.c warns): its description is. */
		flush(w);
		PUT(w, "<span");
		attribute(w, "class", "sp-image-alt");
		buf_putc(w->out, '>');
		return &el_span;
	default:
		return NULL;
	}
}

/* md_dom.c's add_leaf. Of the void elements, br and hr, only hr is a
 * block. */
static void
write_leaf(struct writer *w, cmark_node *n, cmark_node_type t)
{
	switch (t) {
	case CMARK_NODE_TEXT:
		text(w, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_SOFTBREAK:
		text(w, "\n");
		break;
	case CMARK_NODE_LINEBREAK:
		flush(w);
		PUT(w, "<br>");
		break;
	case CMARK_NODE_CODE:
		start(w, &el_code);
		text(w, cmark_node_get_literal(n));
		end(w, &el_code);
		break;
	case CMARK_NODE_CODE_BLOCK:
		start(w, &el_pre);
		start(w, &el_code);
		text(w, cmark_node_get_literal(n));
		end(w, &el_code);
		end(w, &el_pre);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		flush(w);
		PUT(w, "<hr>");
		w->newline = 1;
		break;
	default:
		/* HTML blocks and inline HTML are dropped: content is text. */
		break;
	}
}

#define BIT(t) (1u << (t))
/* The nodes md_dom's walk treats as leaves: written whole on entering
 * them, nothing done on leaving them. */
#define DOM_LEAVES (BIT(CMARK_NODE_TEXT) | BIT(CMARK_NODE_SOFTBREAK) | \
	BIT(CMARK_NODE_LINEBREAK) | BIT(CMARK_NODE_CODE) | \
	BIT(CMARK_NODE_CODE_BLOCK) | BIT(CMARK_NODE_THEMATIC_BREAK) | \
	BIT(CMARK_NODE_HTML_BLOCK) | BIT(CMARK_NODE_HTML_INLINE) | \
	BIT(CMARK_NODE_CUSTOM_BLOCK) | BIT(CMARK_NODE_CUSTOM_INLINE))
/* The nodes cmark's iterator does not go into (and gives no exit
 * event): its leaves, which are md_dom's but the custom nodes. */
#define ITER_LEAVES (DOM_LEAVES & ~(BIT(CMARK_NODE_CUSTOM_BLOCK) | \
	BIT(CMARK_NODE_CUSTOM_INLINE)))

static int
dom_leaf(cmark_node_type t)
{
	return (unsigned)t < 32 && (DOM_LEAVES & BIT(t)) != 0;
}

static int
iter_leaf(cmark_node_type t)
{
	return (unsigned)t < 32 && (ITER_LEAVES & BIT(t)) != 0;
}

/* The containers open at each depth, as md_dom_append's stack: past
 * MD_DOM_MAX_DEPTH their content goes into the deepest. */
struct nesting {
	const struct element *open[MD_DOM_MAX_DEPTH + 1];
	int depth, overflow;
};

static void
enter(struct writer *w, struct nesting *s, cmark_node *n, cmark_node_type t)
{
	if (dom_leaf(t))
		write_leaf(w, n, t);
	else if (s->depth == MD_DOM_MAX_DEPTH)
		s->overflow++;
	else
		s->open[++s->depth] = open_container(w, n);
}

static void
leave(struct writer *w, struct nesting *s, cmark_node_type t)
{
	if (dom_leaf(t))
		return;
	if (s->overflow > 0) {
		s->overflow--;
	} else {
		if (s->open[s->depth] != NULL)
			end(w, s->open[s->depth]);
		s->depth--;
	}
}

/* md_dom.c's append_block: cmark's iterator's walk, without its
 * allocation, entering each node and leaving each container. */
static void
write_block(struct writer *w, cmark_node *block)
{
	struct nesting s;
	s.depth = s.overflow = 0;
	cmark_node *n = block;
	for (;;) {
		cmark_node_type t = cmark_node_get_type(n);
		cmark_node *child = iter_leaf(t) ? NULL :
		    cmark_node_first_child(n);
		enter(w, &s, n, t);
		if (child != NULL) {
			n = child;
			continue;
		}
		/* n ends, and so does each ancestor it was the last of. */
		for (;;) {
			if (!iter_leaf(t))
				leave(w, &s, t);
			if (n == block)
				return;
			cmark_node *next = cmark_node_next(n);
			if (next != NULL) {
				n = next;
				break;
			}
			n = cmark_node_parent(n);
			t = cmark_node_get_type(n);
		}
	}
}

void
md_html_append(struct buf *out, cmark_node *first, cmark_node *stop,
    int min_level)
{
	struct writer w = { out, 0, min_level };
	for (cmark_node *n = first; n != NULL && n != stop;
	    n = cmark_node_next(n))
		write_block(&w, n);
	flush(&w);
}
