/*
 * md_dom.h: a cmark tree turned into libxml2 nodes. This is where content
 * becomes page: text becomes text nodes (escaped when serialised, so content
 * can never inject markup), raw HTML is dropped, and links to dangerous
 * schemes lose their address.
 */
#ifndef SHAREPACK_MD_DOM_H
#define SHAREPACK_MD_DOM_H

#include <cmark.h>
#include <libxml/tree.h>

/* Nesting deeper than this (block quotes in lists in emphasis...) is
 * flattened: its content is kept, its extra elements are not. */
#define MD_DOM_MAX_DEPTH 48

/*
 * Appends to parent the DOM of the sibling blocks from first up to, not
 * including, stop (NULL: to the last sibling). Headings above min_level are
 * shown at min_level, so that a body's headings sit under the page's.
 * The new nodes belong to parent's document.
 */
void md_dom_append(xmlNodePtr parent, cmark_node *first, cmark_node *stop,
    int min_level);

/* Appends a text node holding a copy of text (which may be NULL) to
 * parent. */
void md_dom_add_text(xmlNodePtr parent, const char *text);

/*
 * A link address judged as a browser will read it: leading and trailing
 * controls and spaces removed, and every tab, LF and CR, then kept only
 * when it is relative or http, https, mailto or tel. Returns that cleaned
 * address, which the caller frees, or NULL when the link must become text.
 */
char *md_dom_url(const char *url);

/* Whether paragraph is in an item of a tight list, where it is shown
 * without a <p> (for md_html.c too, which writes the same rules). */
int md_dom_in_tight_list(cmark_node *paragraph);

#endif
