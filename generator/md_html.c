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
};

/* What an open cmark container wrote: the element to end, if any. */
struct open {
	const char *name;	/* NULL: its content went into its parent */
	int block;
};

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

/* A start tag without attributes. */
static void
tag(struct writer *w, const char *name)
{
	flush(w);
	buf_putc(w->out, '<');
	buf_puts(w->out, name);
	buf_putc(w->out, '>');
}

static void
end_tag(struct writer *w, const char *name, int block)
{
	flush(w);
	buf_puts(w->out, "</");
	buf_puts(w->out, name);
	buf_putc(w->out, '>');
	w->newline = block;
}

/* A start tag with one or two attributes (name2 NULL: one). */
static void
tag_attrs(struct writer *w, const char *name, const char *name1,
    const char *value1, const char *name2, const char *value2)
{
	flush(w);
	buf_putc(w->out, '<');
	buf_puts(w->out, name);
	buf_putc(w->out, ' ');
	buf_puts(w->out, name1);
	buf_puts(w->out, "=\"");
	html5_escape(w->out, value1, 1);
	buf_putc(w->out, '"');
	if (name2 != NULL) {
		buf_putc(w->out, ' ');
		buf_puts(w->out, name2);
		buf_puts(w->out, "=\"");
		html5_escape(w->out, value2, 1);
		buf_putc(w->out, '"');
	}
	buf_putc(w->out, '>');
}

static int
in_tight_list(cmark_node *paragraph)
{
	cmark_node *item = cmark_node_parent(paragraph);
	if (item == NULL || cmark_node_get_type(item) != CMARK_NODE_ITEM)
		return 0;
	cmark_node *list = cmark_node_parent(item);
	return list != NULL && cmark_node_get_list_tight(list);
}

/* A link: an element a with its cleaned address, or span when
 * md_dom_url makes it text. */
static struct open
open_link(struct writer *w, cmark_node *n)
{
	const char *url = cmark_node_get_url(n);
	char *href = url != NULL ? md_dom_url(url) : NULL;
	if (href == NULL) {
		tag(w, "span");
		return (struct open){ "span", 0 };
	}
	const char *title = cmark_node_get_title(n);
	if (title != NULL && *title != '\0')
		tag_attrs(w, "a", "href", href, "title", title);
	else
		tag_attrs(w, "a", "href", href, NULL, NULL);
	free(href);
	return (struct open){ "a", 0 };
}

/* md_dom.c's open_container, written as a start tag. */
static struct open
open_container(struct writer *w, cmark_node *n, int min_level)
{
	static const char *const headings[] = { "h1", "h2", "h3", "h4", "h5",
	    "h6" };
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		tag(w, "blockquote");
		return (struct open){ "blockquote", 1 };
	case CMARK_NODE_LIST:
		if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST) {
			int start = cmark_node_get_list_start(n);
			char num[24];
			snprintf(num, sizeof num, "%d", start);
			if (start != 1)
				tag_attrs(w, "ol", "start", num, NULL, NULL);
			else
				tag(w, "ol");
			return (struct open){ "ol", 1 };
		}
		tag(w, "ul");
		return (struct open){ "ul", 1 };
	case CMARK_NODE_ITEM:
		tag(w, "li");
		return (struct open){ "li", 1 };
	case CMARK_NODE_PARAGRAPH:
		if (in_tight_list(n))
			return (struct open){ NULL, 0 };
		tag(w, "p");
		return (struct open){ "p", 1 };
	case CMARK_NODE_HEADING: {
		int level = cmark_node_get_heading_level(n);
		if (level < min_level)
			level = min_level;
		level = level > 6 ? 6 : level < 1 ? 1 : level;
		tag(w, headings[level - 1]);
		return (struct open){ headings[level - 1], 1 };
	}
	case CMARK_NODE_EMPH:
		tag(w, "em");
		return (struct open){ "em", 0 };
	case CMARK_NODE_STRONG:
		tag(w, "strong");
		return (struct open){ "strong", 0 };
	case CMARK_NODE_LINK:
		return open_link(w, n);
	case CMARK_NODE_IMAGE:
		/* Not shown yet (check.c warns): its description is. */
		tag_attrs(w, "span", "class", "sp-image-alt", NULL, NULL);
		return (struct open){ "span", 0 };
	default:
		return (struct open){ NULL, 0 };
	}
}

/* md_dom.c's add_leaf. Void elements have no end tag: only hr of them
 * is a block. */
static void
write_leaf(struct writer *w, cmark_node *n)
{
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		text(w, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_SOFTBREAK:
		text(w, "\n");
		break;
	case CMARK_NODE_LINEBREAK:
		tag(w, "br");
		break;
	case CMARK_NODE_CODE:
		tag(w, "code");
		text(w, cmark_node_get_literal(n));
		end_tag(w, "code", 0);
		break;
	case CMARK_NODE_CODE_BLOCK:
		tag(w, "pre");
		tag(w, "code");
		text(w, cmark_node_get_literal(n));
		end_tag(w, "code", 0);
		end_tag(w, "pre", 1);
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		tag(w, "hr");
		w->newline = 1;
		break;
	default:
		/* HTML blocks and inline HTML are dropped: content is text. */
		break;
	}
}

static int
is_leaf(cmark_node_type t)
{
	switch (t) {
	case CMARK_NODE_TEXT:
	case CMARK_NODE_SOFTBREAK:
	case CMARK_NODE_LINEBREAK:
	case CMARK_NODE_CODE:
	case CMARK_NODE_CODE_BLOCK:
	case CMARK_NODE_THEMATIC_BREAK:
	case CMARK_NODE_HTML_BLOCK:
	case CMARK_NODE_HTML_INLINE:
	case CMARK_NODE_CUSTOM_BLOCK:
	case CMARK_NODE_CUSTOM_INLINE:
		return 1;
	default:
		return 0;
	}
}

/* md_dom.c's append_block: the same walk, the same depth rule. */
static void
write_block(struct writer *w, cmark_node *block, int min_level)
{
	/* The containers open at each depth; past MD_DOM_MAX_DEPTH their
	 * content goes into the deepest, as md_dom puts it. */
	struct open stack[MD_DOM_MAX_DEPTH + 1];
	int depth = 0, overflow = 0;

	cmark_iter *iter = cmark_iter_new(block);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		if (is_leaf(cmark_node_get_type(n))) {
			/* cmark gives leaves an enter event only. */
			write_leaf(w, n);
		} else if (ev == CMARK_EVENT_ENTER) {
			if (depth == MD_DOM_MAX_DEPTH)
				overflow++;
			else
				stack[++depth] = open_container(w, n,
				    min_level);
		} else if (overflow > 0) {
			overflow--;
		} else {
			if (stack[depth].name != NULL)
				end_tag(w, stack[depth].name,
				    stack[depth].block);
			depth--;
		}
	}
	cmark_iter_free(iter);
}

void
md_html_append(struct buf *out, cmark_node *first, cmark_node *stop,
    int min_level)
{
	struct writer w = { out, 0 };
	for (cmark_node *n = first; n != NULL && n != stop;
	    n = cmark_node_next(n))
		write_block(&w, n, min_level);
	flush(&w);
}
