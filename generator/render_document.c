/* render_document.c: a page of guidance or a briefing: title, provenance,
 * body, in the page's language where the item has a translation into it.
 * A briefing's seven sections each become a <section>, so that the
 * stylesheet can lay them out as the seven "minutes" on screen and on A4. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>

#include "fragstore.h"
#include "html5.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* A briefing's body: what comes before its first "##", then each "##"
 * section in a box of its own (fragstore.h). */
static void
render_sections(xmlNodePtr parent, const struct item *it)
{
	struct fragstore_parts parts;
	fragstore_get(it, &parts);
	struct html5_frag *intro = fragstore_take(&parts, 0);
	if (intro != NULL)
		html5_frag_give(parent, intro);
	for (size_t i = 1; i < parts.count; i++) {
		xmlNodePtr section = render_el_class(parent, "section",
		    "sp-minute", NULL);
		if (parts.part[i] != NULL)
			html5_frag_give(section, fragstore_take(&parts, i));
	}
	fragstore_parts_free(&parts);
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
		render_body(render_holder(article, l, shown), shown);
	render_course_nav(&pg, cfg->courses, it);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add_made(&pg, cfg->course_strings,
	    render_catalogue(cfg->page_lang), RENDER_STRINGS_COURSE);
	render_script(&pg, t, "course.js");
	render_page_end(&pg, out, path);
	free(path);
}
