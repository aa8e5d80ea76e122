/*
 * html5.h: the HTML5 writer. It turns a libxml2 DOM into HTML5 text: a
 * doctype, void elements without end tags, script and style contents
 * verbatim, every other text and attribute value escaped for where it
 * stands. It is the only place a page becomes text, so content that went
 * into the DOM as text nodes can never come out as markup. It knows nothing
 * about themes, pages or the pack.
 */
#ifndef SHAREPACK_HTML5_H
#define SHAREPACK_HTML5_H

#include <cmark.h>
#include <libxml/tree.h>

#include "buf.h"

/* Appends doc to out as an HTML5 page (doctype, then the root element and
 * any comments beside it), ending with a line break. doc is only read. */
void html5_document(xmlDocPtr doc, struct buf *out);

/* The HTML of parent's children, without trailing line breaks, as a new
 * string the caller frees. parent is only read. */
char *html5_children(xmlNodePtr parent);

/* The HTML of a run of Markdown blocks, from first up to, not including,
 * stop (NULL: to the last sibling), with no heading above min_level; for
 * formats that carry HTML as text (Moodle XML, GIFT). The Markdown goes
 * through md_dom, so it is as safe as a page. The caller frees the string;
 * the cmark nodes are only read. */
char *html5_fragment(cmark_node *first, cmark_node *stop, int min_level);

#endif
