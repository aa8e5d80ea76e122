/* render_document.c: a page of guidance or a briefing: title, provenance,
 * body. A briefing's seven sections each become a <section>, so that the
 * stylesheet can lay them out as the seven "minutes" on screen and on A4. */
#include "render.h"

#include <stdlib.h>

#include "body.h"
#include "md_dom.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

static void
render_sections(xmlNodePtr parent, const struct item *it)
{
	struct body b;
	body_open(it, &b);
	cmark_node *n = cmark_node_first_child(b.doc);
	cmark_node *first = n;
	/* Anything before the first "##" comes first, unboxed. */
	while (n != NULL && !(cmark_node_get_type(n) == CMARK_NODE_HEADING &&
	    cmark_node_get_heading_level(n) == 2))
		n = cmark_node_next(n);
	md_dom_append(parent, first, n, 2);
	while (n != NULL) {
		cmark_node *next = cmark_node_next(n);
		while (next != NULL && !(cmark_node_get_type(next) ==
		    CMARK_NODE_HEADING && cmark_node_get_heading_level(next) == 2))
			next = cmark_node_next(next);
		xmlNodePtr section = render_el_class(parent, "section",
		    "sp-minute", NULL);
		md_dom_append(section, n, next, 2);
		n = next;
	}
	body_close(&b);
}

void
render_document(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out)
{
	int briefing = it->kind == ITEM_BRIEFING;
	char *path = sitemap_page(it);
	struct render_page pg;
	render_page_begin(&pg, t, path, it->title, "en");
	render_crumb(&pg, sitemap_front(), "Home");
	xmlNodePtr article = render_el_class(pg.main, "article", briefing ?
	    "sp-briefing" : "sp-guidance", NULL);
	/* What course.js keys this browser's "read" mark by, so that a
	 * changed page counts as not read. */
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(it, hex);
	render_attr(article, "data-sp-id", it->id);
	render_attr(article, "data-sp-hash", hex);
	render_el(article, "h1", it->title);
	if (briefing) {
		char *kicker = xasprintf("A %d-minute briefing", it->briefing.minutes);
		render_el_class(article, "p", "sp-kicker", kicker);
		free(kicker);
	}
	render_provenance(article, it);
	if (briefing)
		render_sections(article, it);
	else
		render_body(article, it, 2);
	render_course_nav(&pg, cfg->courses, it);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add(&pg, cfg->strings, RENDER_STRINGS_COURSE, NULL);
	render_script(&pg, t, "course.js");
	render_page_end(&pg, out, path);
	free(path);
}
