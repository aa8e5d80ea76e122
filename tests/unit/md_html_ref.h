/* md_html_ref.h: md_html held to the DOM path it replaces, for the unit
 * test and the fuzz target. */
#ifndef SHAREPACK_MD_HTML_REF_H
#define SHAREPACK_MD_HTML_REF_H

#include <stdio.h>

#include <cmark.h>

#include "html5.h"

/* The fragment of the blocks first up to stop as render_qcache.c's
 * blocks() made it before md_html: md_dom_append into a fresh div, each
 * child through html5_frag_add; NULL when the div stays empty. The caller
 * frees it (html5_frag_free). */
struct html5_frag *md_html_ref_frag(cmark_node *first, cmark_node *stop,
    int min_level);

/*
 * Whether the blocks first up to stop, headings no higher than min_level,
 * come out the same both ways: html5_frag_markdown as render_qcache.c's
 * blocks() made the fragment (md_dom_append into a fresh div, each child
 * through html5_frag_add; NULL when the div stays empty), both put into a
 * page; and html5_fragment as html5_children of that div. Returns 1 when
 * every byte agrees, else 0 after writing both to why (unless NULL). The
 * nodes are only read.
 */
int md_html_check(cmark_node *first, cmark_node *stop, int min_level,
    FILE *why);

#endif
