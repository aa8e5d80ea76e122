/* render_index.c: the site's front page, listing packs, briefings and
 * guidance. */
#include "render.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static void
list_kind(struct render_page *pg, const struct pack *p, enum item_kind kind,
    const char *heading, const char *dir)
{
	struct item **items = xcalloc(p->count, sizeof *items);
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind == kind)
			items[n++] = p->items[i];
	if (n == 0)
		goto out;
	qsort(items, n, sizeof *items, pack_compare_order);
	xmlNodePtr section = render_el(pg->main, "section", NULL);
	render_el(section, "h2", heading);
	xmlNodePtr ul = render_el_class(section, "ul", "sp-list", NULL);
	for (size_t i = 0; i < n; i++) {
		char *href = xasprintf("%s/%s.html", dir, items[i]->id);
		render_link(pg, render_el(ul, "li", NULL), href,
		    items[i]->title);
		free(href);
	}
out:
	free(items);
}

void
render_index(const struct pack *p, const struct theme *t,
    struct render_out *out)
{
	struct render_page pg;
	render_page_begin(&pg, t, "index.html", "Training packs", "en");
	render_el(pg.main, "h1", "Training packs");

	xmlNodePtr section = render_el(pg.main, "section", NULL);
	render_el(section, "h2", "Packs");
	xmlNodePtr ul = render_el_class(section, "ul", "sp-packs", NULL);
	size_t packs = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		packs++;
		xmlNodePtr li = render_el(ul, "li", NULL);
		char *href = xasprintf("packs/%s/index.html", pk->id);
		render_link(&pg, render_el_class(li, "p", "sp-pack-title",
		    NULL), href, pk->title);
		free(href);
		size_t questions = 0;
		for (size_t j = 0; j < pk->pack.member_count; j++)
			questions += pk->pack.members[j]->kind == ITEM_MYTH ||
			    pk->pack.members[j]->kind == ITEM_VIGNETTE;
		char *facts = xasprintf("%zu question%s, pass mark %d%%",
		    questions, questions == 1 ? "" : "s", pk->pack.pass_mark);
		render_el_class(li, "p", "sp-pack-facts", facts);
		free(facts);
	}
	if (packs == 0)
		render_el(section, "p", "There are no packs yet.");
	list_kind(&pg, p, ITEM_SCENARIO, "Branching cases", "scenarios");
	list_kind(&pg, p, ITEM_BRIEFING, "Briefings", "briefings");
	list_kind(&pg, p, ITEM_GUIDANCE, "Guidance", "guidance");
	render_page_end(&pg, out, "index.html");
}
