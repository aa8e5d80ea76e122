/*
 * md_html.h: a cmark tree written straight out as HTML5 text. It makes
 * exactly the bytes that md_dom_append into a fresh parent and the html5
 * writer's serialisation of that parent's children make together (text
 * escaped, raw HTML dropped, dangerous links made text, deep nesting
 * flattened), without building a DOM: for the HTML of item bodies, which
 * every page holds. md_dom stays for the pages built as DOM and as the
 * reference this writer is tested against (tests/unit/test_md_html.c,
 * tests/fuzz/fuzz_md_html.c).
 */
#ifndef SHAREPACK_MD_HTML_H
#define SHAREPACK_MD_HTML_H

#include <cmark.h>

#include "buf.h"

/*
 * Appends to out the HTML of the sibling blocks from first up to, not
 * including, stop (NULL: to the last sibling; first NULL: none), headings
 * above min_level shown at min_level, as a page holds them where they are
 * not followed by text: every block element's line break is written, the
 * last one's too. Appends nothing when the blocks make no nodes (raw HTML
 * alone). The cmark nodes are only read.
 */
void md_html_append(struct buf *out, cmark_node *first, cmark_node *stop,
    int min_level);

#endif
