/* html5.c: writes a libxml2 DOM out as HTML5 text, escaping as it goes. */
#include "html5.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "md_html.h"
#include "xalloc.h"

/* How write_node writes: inside script or style (whose text HTML does
 * not unescape), and whether it may take a fragment's bytes instead of
 * copying them (html5_document_take). */
enum { WRITE_RAW = 1, WRITE_TAKE = 2 };

static void write_nodes(struct buf *out, xmlNodePtr first, int how);

/* A fragment's placeholder is a processing instruction marked with this
 * address, which only this file knows: one a theme's layout or anything
 * else parsed holds is never written (as before), so the only HTML written
 * as it stands is HTML this writer made. */
static const char fragment_mark = 'F';
#define FRAGMENT_PI "sp-fragment"

/* The bytes a Markdown fragment is first given room for. */
#define FRAG_RESERVE ((size_t)16 << 10)
/* A fragment html5_document_take moves rather than copies: one at least
 * this long, and longer than the page written before it; room is what
 * it leaves for the rest of the page. */
#define TAKE_MIN ((size_t)64 << 10)
#define TAKE_ROOM ((size_t)64 << 10)

struct html5_frag {
	struct buf html;
};

static int
name_in(const char *name, const char *const *list)
{
	/* The first byte first: most names differ there, and this runs
	 * for every element of every page. */
	for (; *list != NULL; list++)
		if ((*list)[0] == name[0] && strcmp(name, *list) == 0)
			return 1;
	return 0;
}

static const char *const void_elements[] = { "area", "base", "br", "col",
    "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    NULL };
static const char *const raw_text_elements[] = { "script", "style", NULL };
/* After these a line break is added, for readable output; it never
 * changes how the page looks. */
static const char *const block_elements[] = { "p", "li", "ul", "ol", "h1",
    "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "details",
    "blockquote", "pre", "dl", "dt", "dd", "nav", "header", "footer",
    "table", "tr", "hr", "main", "form", "fieldset", "aside", NULL };

/* Text needs only & < > escaped, and a double-quoted attribute value only
 * & and ", so each escapes no more than it must. */
void
html5_escape(struct buf *out, const char *s, int in_attr)
{
	const char *run = s;
	for (; *s; s++) {
		/* Skip the bytes that never need a thought, in one call. */
		s += strcspn(s, in_attr ? "&\"\xC2" : "&<>\xC2");
		if (*s == '\0')
			break;
		const char *rep = NULL;
		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = in_attr ? NULL : "&lt;";
			break;
		case '>':
			rep = in_attr ? NULL : "&gt;";
			break;
		case '"':
			rep = in_attr ? "&quot;" : NULL;
			break;
		case '\xC2':
			/* U+00A0 is invisible in source; spell it out. */
			if (s[1] == '\xA0') {
				buf_add(out, run, (size_t)(s - run));
				buf_puts(out, "&nbsp;");
				s++;
				run = s + 1;
			}
			continue;
		default:
			break;
		}
		if (rep == NULL)
			continue;
		buf_add(out, run, (size_t)(s - run));
		buf_puts(out, rep);
		run = s + 1;
	}
	buf_add(out, run, (size_t)(s - run));
}

/* Writes n's attributes, each as name="value" after a space. */
static void
write_attributes(struct buf *out, xmlNodePtr n)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next) {
		/* Nearly every value is one text node, read where it is;
		 * only another shape is joined into a copy first. */
		xmlNodePtr c = a->children;
		int one = c == NULL || (c->type == XML_TEXT_NODE &&
		    c->next == NULL);
		xmlChar *v = one ? (c != NULL ? c->content : NULL) :
		    xmlNodeListGetString(n->doc, c, 1);
		buf_putc(out, ' ');
		if (a->ns != NULL && a->ns->prefix != NULL) {
			buf_puts(out, (const char *)a->ns->prefix);
			buf_putc(out, ':');
		}
		buf_puts(out, (const char *)a->name);
		buf_puts(out, "=\"");
		if (v != NULL)
			html5_escape(out, (const char *)v, 1);
		buf_putc(out, '"');
		if (!one)
			xmlFree(v);
	}
}

static void
write_element(struct buf *out, xmlNodePtr n, int how)
{
	const char *name = (const char *)n->name;
	buf_putc(out, '<');
	buf_puts(out, name);
	write_attributes(out, n);
	buf_putc(out, '>');
	if (!name_in(name, void_elements)) {
		write_nodes(out, n->children, (how & WRITE_TAKE) |
		    (name_in(name, raw_text_elements) ? WRITE_RAW : 0));
		buf_puts(out, "</");
		buf_puts(out, name);
		buf_putc(out, '>');
	}
	/* Not before a text node: there the break would be a visible space. */
	if (name_in(name, block_elements) && (n->next == NULL ||
	    n->next->type != XML_TEXT_NODE))
		buf_putc(out, '\n');
}

/* Whether libxml2 frees node contents with free(), so that bytes can
 * change hands between a node and a buf (it does unless a program sets
 * libxml2's allocator; this one does not). */
static int
xml_frees_with_free(void)
{
	xmlFreeFunc free_fn;
	xmlMallocFunc malloc_fn;
	xmlReallocFunc realloc_fn;
	xmlStrdupFunc strdup_fn;
	xmlMemGet(&free_fn, &malloc_fn, &realloc_fn, &strdup_fn);
	return free_fn == free;
}

/* Appends the bytes of n, a fragment's placeholder, to out: a large one
 * (the front page's list of every item) by moving out's bytes in front
 * of its own, so the page is held once while it is written, not twice
 * (issue 14); n is left empty. */
static void
take_fragment(struct buf *out, xmlNodePtr n)
{
	size_t len = strlen((const char *)n->content);
	if (len < TAKE_MIN || len < out->len || !xml_frees_with_free()) {
		buf_puts(out, (const char *)n->content);
		return;
	}
	size_t cap = out->len + len + TAKE_ROOM + 1;
	char *data = xrealloc(n->content, cap);
	n->content = NULL;
	memmove(data + out->len, data, len + 1);
	if (out->len > 0)
		memcpy(data, out->data, out->len);
	free(out->data);
	out->data = data;
	out->len += len;
	out->cap = cap;
}

/* Writes one node as how says (WRITE_RAW, WRITE_TAKE). */
static void
write_node(struct buf *out, xmlNodePtr n, int how)
{
	switch (n->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		if (n->content == NULL)
			break;
		if (how & WRITE_RAW)
			buf_puts(out, (const char *)n->content);
		else
			html5_escape(out, (const char *)n->content, 0);
		break;
	case XML_COMMENT_NODE:
		buf_puts(out, "<!--");
		buf_puts(out, (const char *)n->content);
		buf_puts(out, "-->");
		break;
	case XML_ELEMENT_NODE:
		write_element(out, n, how);
		break;
	case XML_PI_NODE:
		if (n->_private != &fragment_mark || n->content == NULL)
			break;
		if (how & WRITE_TAKE)
			take_fragment(out, n);
		else
			buf_puts(out, (const char *)n->content);
		break;
	default:
		break;
	}
}

static void
write_nodes(struct buf *out, xmlNodePtr first, int how)
{
	for (xmlNodePtr n = first; n != NULL; n = n->next)
		write_node(out, n, how);
}

char *
html5_fragment(cmark_node *first, cmark_node *stop, int min_level)
{
	struct buf out = BUF_INIT;
	md_html_append(&out, first, stop, min_level);
	/* Trailing line breaks mean nothing in a fragment, as in
	 * html5_children. */
	while (out.len > 0 && out.data[out.len - 1] == '\n')
		out.data[--out.len] = '\0';
	return buf_detach(&out);
}

char *
html5_children(xmlNodePtr parent)
{
	struct buf out = BUF_INIT;
	write_nodes(&out, parent->children, 0);
	/* Trailing line breaks mean nothing in a fragment. */
	while (out.len > 0 && out.data[out.len - 1] == '\n')
		out.data[--out.len] = '\0';
	return buf_detach(&out);
}

static void
write_document(xmlDocPtr doc, struct buf *out, int how)
{
	buf_puts(out, "<!DOCTYPE html>\n");
	/* The layout's own doctype is a DTD node here, already replaced by
	 * the line above; only elements and comments follow it. */
	for (xmlNodePtr n = doc->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE || n->type == XML_COMMENT_NODE)
			write_node(out, n, how);
	if (out->len > 0 && out->data[out->len - 1] != '\n')
		buf_putc(out, '\n');
}

void
html5_document(xmlDocPtr doc, struct buf *out)
{
	write_document(doc, out, 0);
}

void
html5_document_take(xmlDocPtr doc, struct buf *out)
{
	write_document(doc, out, WRITE_TAKE);
}

struct html5_frag *
html5_frag_new(void)
{
	struct html5_frag *f = xcalloc(1, sizeof *f);
	return f;
}

struct html5_frag *
html5_frag_markdown(cmark_node *first, cmark_node *stop, int min_level)
{
	struct html5_frag *f = html5_frag_new();
	/* Room for most bodies at once, then given back: growing by
	 * doubling cost more than the writing. */
	buf_reserve(&f->html, FRAG_RESERVE);
	md_html_append(&f->html, first, stop, min_level);
	if (f->html.len == 0) {
		html5_frag_free(f);
		return NULL;
	}
	f->html.data = xrealloc(f->html.data, f->html.len + 1);
	f->html.cap = f->html.len + 1;
	return f;
}

void
html5_frag_add(struct html5_frag *f, xmlNodePtr node)
{
	write_node(&f->html, node, 0);
}

size_t
html5_frag_len(const struct html5_frag *f)
{
	return f->html.len;
}

/* A placeholder in parent holding bytes, which it owns from now on
 * (libxml2 frees them with the node). */
static void
add_placeholder(xmlNodePtr parent, xmlChar *bytes)
{
	xmlNodePtr pi = xmlNewDocPI(parent->doc, BAD_CAST FRAGMENT_PI, NULL);
	pi->content = bytes;
	pi->_private = (void *)&fragment_mark;
	xmlAddChild(parent, pi);
}

void
html5_frag_insert(xmlNodePtr parent, const struct html5_frag *f)
{
	add_placeholder(parent, xmlStrdup(BAD_CAST html5_frag_bytes(f)));
}

void
html5_frag_give(xmlNodePtr parent, struct html5_frag *f)
{
	/* The node frees its content with xmlFree. */
	if (f->html.data != NULL && xml_frees_with_free()) {
		add_placeholder(parent, BAD_CAST f->html.data);
		f->html.data = NULL;
	} else {
		html5_frag_insert(parent, f);
	}
	html5_frag_free(f);
}

const char *
html5_frag_bytes(const struct html5_frag *f)
{
	return f->html.data != NULL ? f->html.data : "";
}

struct html5_frag *
html5_frag_restore(const char *bytes, size_t len)
{
	struct html5_frag *f = html5_frag_new();
	buf_add(&f->html, bytes, len);
	return f;
}

void
html5_frag_free(struct html5_frag *f)
{
	if (f == NULL)
		return;
	buf_free(&f->html);
	free(f);
}
