/* render_document.c: a page of guidance or a briefing: title, provenance,
 * body, in the page's language where the item has a translation into it.
 * A briefing's seven sections each become a <section>, so that the
 * stylesheet can lay them out as the seven "minutes" on screen and on A4. */
#include "render.h"

#include <stdio.h>
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
	const struct render_lang *l = cfg->page_lang;
	const struct item *shown = render_shown(l, it);
	int briefing = it->kind == ITEM_BRIEFING;
	char *path = sitemap_page(it);
	struct render_page pg;
	render_page_start(&pg, t, l, path, shown->title,
	    render_foreign(l, shown));
	render_crumb(&pg, sitemap_front(), render_str(l, "page.home"));
	xmlNodePtr article = render_el_class(pg.main, "article", briefing ?
	    "sp-briefing" : "sp-guidance", NULL);
	/* What course.js keys this browser's "read" mark by, so that a
	 * changed page counts as not read: the original's, so that a page
	 * read in one language is read in all. */
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(it, hex);
	render_attr(article, "data-sp-id", it->id);
	render_attr(article, "data-sp-hash", hex);
	render_mark(render_el(article, "h1", shown->title), l, shown);
	if (briefing) {
		char minutes[16];
		snprintf(minutes, sizeof minutes, "%d", it->briefing.minutes);
		const char *args[] = { "minutes", minutes, NULL };
		char *kicker = render_fmt(l, "briefing.kicker", args);
		render_el_class(article, "p", "sp-kicker", kicker);
		free(kicker);
	}
	render_provenance(article, l, shown);
	if (briefing)
		render_sections(render_holder(article, l, shown), shown);
	else
		render_body(render_holder(article, l, shown), shown, 2);
	render_course_nav(&pg, cfg->courses, it);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add(&pg, render_catalogue(cfg->page_lang),
	    RENDER_STRINGS_COURSE, NULL);
	render_script(&pg, t, "course.js");
	render_page_end(&pg, out, path);
	free(path);
}
