/* render_index.c: the site's front page, listing packs, branching cases,
 * briefings and guidance. */
#include "render.h"

#include <stdlib.h>
#include <string.h>

#include "md_dom.h"
#include "sitemap.h"
#include "xalloc.h"

void
render_page_links(struct render_page *pg, struct item *const *items,
    size_t count, enum item_kind kind, const char *heading, int section)
{
	xmlNodePtr ul = NULL;
	for (size_t i = 0; i < count; i++) {
		if (items[i]->kind != kind)
			continue;
		if (ul == NULL) {
			xmlNodePtr parent = section ? render_el(pg->main,
			    "section", NULL) : pg->main;
			render_el(parent, "h2", heading);
			ul = render_el_class(parent, "ul", "sp-list", NULL);
		}
		char *href = sitemap_page(items[i]);
		render_link(pg, render_el(ul, "li", NULL), href,
		    items[i]->title);
		free(href);
	}
}

/* Each pack, in load order, with its size and pass mark. */
static void
list_packs(struct render_page *pg, const struct pack *p)
{
	xmlNodePtr section = render_el(pg->main, "section", NULL);
	render_el(section, "h2", "Packs");
	xmlNodePtr ul = render_el_class(section, "ul", "sp-packs", NULL);
	size_t packs = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		packs++;
		xmlNodePtr li = render_el(ul, "li", NULL);
		char *href = sitemap_page(pk);
		render_link(pg, render_el_class(li, "p", "sp-pack-title",
		    NULL), href, pk->title);
		free(href);
		size_t questions = sitemap_question_count(pk);
		char *facts = xasprintf("%zu question%s, pass mark %d%%",
		    questions, questions == 1 ? "" : "s", pk->pass_mark);
		render_el_class(li, "p", "sp-pack-facts", facts);
		free(facts);
	}
	if (packs == 0)
		render_el(section, "p", "There are no packs yet.");
}

void
render_index(const struct pack *p, const struct theme *t,
    struct render_out *out)
{
	const char *path = sitemap_front();
	struct render_page pg;
	const struct site_settings *s = &p->settings;
	const char *title = s->name != NULL ? s->name : "Training packs";
	render_page_begin(&pg, t, path, title, "en");
	render_el(pg.main, "h1", title);
	if (s->welcome != NULL)
		md_dom_append(render_el_class(pg.main, "div", "sp-welcome",
		    NULL), cmark_node_first_child(s->welcome), NULL, 2);
	list_packs(&pg, p);

	/* Every kind is listed in reading order; sorting once serves all. */
	struct item **items = xcalloc(p->count + 1, sizeof *items);
	if (p->count > 0)
		memcpy(items, p->items, p->count * sizeof *items);
	qsort(items, p->count, sizeof *items, pack_compare_order);
	render_page_links(&pg, items, p->count, ITEM_SCENARIO,
	    "Branching cases", 1);
	render_page_links(&pg, items, p->count, ITEM_BRIEFING, "Briefings", 1);
	render_page_links(&pg, items, p->count, ITEM_GUIDANCE, "Guidance", 1);
	free(items);
	xmlNodePtr trainers = render_el(pg.main, "section", NULL);
	render_el(trainers, "h2", "For trainers");
	render_link(&pg, render_el(render_el_class(trainers, "ul", "sp-list",
	    NULL), "li", NULL), sitemap_coverage(), "Coverage of the golden "
	    "rules and principles");
	render_page_end(&pg, out, path);
}
