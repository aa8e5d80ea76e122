/*
 * html5.h: the HTML5 writer. It turns a libxml2 DOM into HTML5 text: a
 * doctype, void elements without end tags, script and style contents
 * verbatim, every other text and attribute value escaped for where it
 * stands. It is the only place a page becomes text (with md_html.c, which
 * writes Markdown bodies the same way without a DOM, for the fragments
 * below), so content that went in as text can never come out as markup.
 * It knows nothing about themes, pages or the pack.
 */
#ifndef SHAREPACK_HTML5_H
#define SHAREPACK_HTML5_H

#include <cmark.h>
#include <libxml/tree.h>

#include "buf.h"

/* Appends doc to out as an HTML5 page (doctype, then the root element and
 * any comments beside it), ending with a line break. doc is only read. */
void html5_document(xmlDocPtr doc, struct buf *out);
/* The same bytes, for a doc that is only freed after: a large fragment
 * (html5_frag_give, html5_frag_insert) has its bytes moved into out, not
 * copied, so a page listing the whole project is held once. */
void html5_document_take(xmlDocPtr doc, struct buf *out);

/* The HTML of parent's children, without trailing line breaks, as a new
 * string the caller frees. parent is only read. */
char *html5_children(xmlNodePtr parent);

/* The HTML of a run of Markdown blocks, from first up to, not including,
 * stop (NULL: to the last sibling), with no heading above min_level, and
 * no trailing line breaks; for formats that carry HTML as text (Moodle
 * XML, GIFT). Written by md_html, the same bytes as md_dom's nodes, so it
 * is as safe as a page. The caller frees the string (never NULL); the
 * cmark nodes are only read. */
char *html5_fragment(cmark_node *first, cmark_node *stop, int min_level);

/*
 * Fragments: HTML this writer made from a DOM, kept as text to put into
 * another page, so a page can be assembled from parts each made (and
 * freed) on its own, with the same bytes as if they had been one DOM.
 * html5_frag_add appends node as a page would hold it where it is not
 * followed by text (html5_frag_new makes an empty fragment; the caller
 * frees it with html5_frag_free). html5_frag_insert appends to parent a
 * placeholder (a copy of the fragment's bytes, owned by parent's
 * document) that html5_document writes as it stands; html5_frag_give
 * does the same with the fragment itself, which it takes and frees
 * (its bytes become the placeholder's, uncopied). A fragment can only
 * be made by this writer, never from raw input: escaping stays by
 * construction.
 */
struct html5_frag;
struct html5_frag *html5_frag_new(void);
void html5_frag_add(struct html5_frag *f, xmlNodePtr node);
/* The fragment of a run of Markdown blocks (first up to, not including,
 * stop; headings no higher than min_level), as html5_frag_add would make
 * of each node md_dom_append puts into a parent of their own, written by
 * md_html without a DOM; NULL when the blocks make no nodes. The caller
 * frees it with html5_frag_free; the cmark nodes are only read. */
struct html5_frag *html5_frag_markdown(cmark_node *first, cmark_node *stop,
    int min_level);
size_t html5_frag_len(const struct html5_frag *f);
void html5_frag_insert(xmlNodePtr parent, const struct html5_frag *f);
void html5_frag_give(xmlNodePtr parent, struct html5_frag *f);
void html5_frag_free(struct html5_frag *f);

/* Appends s (NUL-ended) to out escaped as text (in_attr 0: & < >) or as
 * a double-quoted attribute value (1: & "), U+00A0 as &nbsp; in both.
 * For the writers that turn text into markup (this one and md_html.c)
 * only: everything else puts text into a DOM. */
void html5_escape(struct buf *out, const char *s, int in_attr);

/*
 * A fragment kept outside the program's memory (the fragment store,
 * fragstore.h) and back: html5_frag_bytes is f's html5_frag_len bytes
 * (borrowed, valid while f is); html5_frag_restore makes a new fragment
 * of len bytes copied from bytes, which must be bytes html5_frag_bytes
 * gave in this run, never anything read from input.
 */
const char *html5_frag_bytes(const struct html5_frag *f);
struct html5_frag *html5_frag_restore(const char *bytes, size_t len);

#endif
