/* render_index.c: the site's front page, listing packs, branching cases,
 * briefings and guidance, in the page's language; in another language than
 * the default, a pack with no translation into it is marked as such. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html5.h"
#include "md_dom.h"
#include "sitemap.h"
#include "xalloc.h"

/*
 * The list can name every item of the project (the front page's guidance),
 * so each entry is written out as HTML as soon as it is made and its nodes
 * freed: the page holds the list as text, a fraction of its DOM (issue 14).
 * An entry is an <li> followed by another or by nothing, as in the DOM, so
 * the bytes are the same.
 */
void
render_page_links(struct render_page *pg, struct item *const *items,
    size_t count, enum item_kind kind, const char *heading, int section)
{
	xmlNodePtr ul = NULL;
	struct html5_frag *entries = NULL;
	for (size_t i = 0; i < count; i++) {
		if (items[i]->kind != kind)
			continue;
		if (ul == NULL) {
			xmlNodePtr parent = section ? render_el(pg->main,
			    "section", NULL) : pg->main;
			render_el(parent, "h2", heading);
			ul = render_el_class(parent, "ul", "sp-list", NULL);
			entries = html5_frag_new();
		}
		char *href = sitemap_page(items[i]);
		xmlNodePtr li = render_el(ul, "li", NULL);
		render_item_link(pg, li, href, items[i]);
		free(href);
		html5_frag_add(entries, li);
		xmlUnlinkNode(li);
		xmlFreeNode(li);
	}
	if (ul != NULL)
		html5_frag_give(ul, entries);
	else
		html5_frag_free(entries);
}

/* "7 questions, pass mark 80%". Caller frees. */
static char *
pack_facts(const struct render_lang *l, const struct item *pk)
{
	char *questions = render_count(l, "count.questions",
	    (long)sitemap_question_count(pk));
	char mark[16];
	snprintf(mark, sizeof mark, "%d", pk->pass_mark);
	const char *args[] = { "questions", questions, "pass_mark", mark,
	    NULL };
	char *facts = render_fmt(l, "index.pack_facts", args);
	free(questions);
	return facts;
}

/* Each pack, in load order, with its size and pass mark. */
static void
list_packs(struct render_page *pg, const struct pack *p)
{
	const struct render_lang *l = pg->lang;
	xmlNodePtr section = render_el(pg->main, "section", NULL);
	render_el(section, "h2", render_str(l, "index.packs"));
	xmlNodePtr ul = render_el_class(section, "ul", "sp-packs", NULL);
	size_t packs = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		packs++;
		xmlNodePtr li = render_el(ul, "li", NULL);
		char *href = sitemap_page(pk);
		render_item_link(pg, render_el_class(li, "p", "sp-pack-title",
		    NULL), href, pk);
		free(href);
		if (render_foreign(l, render_shown(l, pk)) != NULL)
			render_el_class(li, "p", "sp-pack-lang",
			    render_str(l, "index.english_only"));
		char *facts = pack_facts(l, pk);
		render_el_class(li, "p", "sp-pack-facts", facts);
		free(facts);
	}
	if (packs == 0)
		render_el(section, "p", render_str(l, "index.no_packs"));
}

void
render_index(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	const char *path = sitemap_front();
	const struct render_lang *l = cfg->page_lang;
	struct render_page pg;
	const struct site_settings *s = &p->settings;
	/* The settings are written in the default language. */
	const char *settings_lang = strcmp(l->code, l->content) != 0 ?
	    l->content : NULL;
	const char *title = s->name != NULL ? s->name :
	    render_str(l, "index.title");
	const char *title_lang = s->name != NULL ? settings_lang : NULL;
	render_page_start(&pg, t, l, path, title, title_lang);
	xmlNodePtr h1 = render_el(pg.main, "h1", title);
	if (title_lang != NULL)
		render_attr(h1, "lang", title_lang);
	if (s->welcome != NULL) {
		xmlNodePtr div = render_el_class(pg.main, "div", "sp-welcome",
		    NULL);
		if (settings_lang != NULL)
			render_attr(div, "lang", settings_lang);
		md_dom_append(div, cmark_node_first_child(s->welcome), NULL,
		    2);
	}
	list_packs(&pg, p);

	/* Every kind is listed in reading order; sorting once serves all. */
	struct item **items = xcalloc(p->count + 1, sizeof *items);
	if (p->count > 0)
		memcpy(items, p->items, p->count * sizeof *items);
	qsort(items, p->count, sizeof *items, pack_compare_order);
	render_page_links(&pg, items, p->count, ITEM_SCENARIO,
	    render_str(l, "index.scenarios"), 1);
	render_page_links(&pg, items, p->count, ITEM_BRIEFING,
	    render_str(l, "index.briefings"), 1);
	render_page_links(&pg, items, p->count, ITEM_GUIDANCE,
	    render_str(l, "index.guidance"), 1);
	free(items);
	xmlNodePtr trainers = render_el(pg.main, "section", NULL);
	render_el(trainers, "h2", render_str(l, "index.for_trainers"));
	render_link(&pg, render_el(render_el_class(trainers, "ul", "sp-list",
	    NULL), "li", NULL), sitemap_coverage(), render_str(l,
	    "coverage.title"));
	render_page_end(&pg, out, path);
}
