/* render_coverage.c: the trainers' page of which golden rules and
 * principles each pack asks about, in which direction and through which
 * kind of question, with the same counts as coverage.csv beside it. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>

#include "coverage.h"
#include "html5.h"
#include "sitemap.h"
#include "xalloc.h"

/* The catalogue keys of the directions and kinds, in coverage.h's
 * order. */
static const char *const dir_keys[COVERAGE_DIRS] = { "answer.share",
    "answer.no_share" };
static const char *const kind_keys[COVERAGE_KINDS] = {
    "coverage.kind_cases", "coverage.kind_myths", "coverage.kind_scenarios" };

static void
head_row(xmlNodePtr table, const struct render_lang *l)
{
	xmlNodePtr tr = render_el(render_el(table, "thead", NULL), "tr", NULL);
	render_attr(render_el(tr, "th", render_str(l, "coverage.asked_about")),
	    "scope", "col");
	for (int dir = 0; dir < COVERAGE_DIRS; dir++)
		for (int k = 0; k < COVERAGE_KINDS; k++) {
			const char *args[] = { "direction", render_str(l,
			    dir_keys[dir]), "kind", render_str(l, kind_keys[k]),
			    NULL };
			char *h = render_fmt(l, "coverage.head", args);
			render_attr(render_el(tr, "th", h), "scope", "col");
			free(h);
		}
	render_attr(render_el(tr, "th", render_str(l, "coverage.gap")), "scope",
	    "col");
}

/* The key of "never asked", "never asked: share" ... or NULL when both
 * ways are. */
static const char *
gap_key(const struct coverage_cells *cells)
{
	int share = coverage_total(cells, COVERAGE_SHARE) > 0;
	int no = coverage_total(cells, COVERAGE_NO_SHARE) > 0;
	if (share && no)
		return NULL;
	if (!share && !no)
		return "coverage.never_asked";
	return share ? "coverage.never_asked_no_share" :
	    "coverage.never_asked_share";
}

static void
cells_row(xmlNodePtr tbody, const struct render_lang *l, const char *label,
    const struct coverage_cells *cells)
{
	const char *gap = gap_key(cells);
	xmlNodePtr tr = gap != NULL ? render_el_class(tbody, "tr", "sp-gap",
	    NULL) : render_el(tbody, "tr", NULL);
	render_attr(render_el(tr, "th", label), "scope", "row");
	for (int dir = 0; dir < COVERAGE_DIRS; dir++)
		for (int k = 0; k < COVERAGE_KINDS; k++) {
			char num[16];
			snprintf(num, sizeof num, "%d", cells->n[dir][k]);
			render_el(tr, "td", num);
		}
	render_el(tr, "td", gap != NULL ? render_str(l, gap) : "");
}

/* The rows: each golden rule of each edition the questions cite, then
 * each principle. */
static void
table_rows(xmlNodePtr tbody, const struct render_lang *l,
    const struct coverage *c)
{
	for (size_t e = 0; e < c->edition_count; e++)
		for (int r = 0; r < PACK_GOLDEN_RULES; r++) {
			char n[16];
			snprintf(n, sizeof n, "%d", r + 1);
			const char *ed = render_named(l, "edition_short",
			    c->editions[e]);
			const char *args[] = { "n", n, "edition", ed, NULL };
			char *label = render_fmt(l, "coverage.rule", args);
			cells_row(tbody, l, label, &c->rules[e][r]);
			free(label);
		}
	for (int q = 0; q < PACK_PRINCIPLES; q++) {
		const char *args[] = { "name", render_named(l, "principle_in_text",
		    pack_principle_name(q)), NULL };
		char *label = render_fmt(l, "coverage.principle", args);
		cells_row(tbody, l, label, &c->principles[q]);
		free(label);
	}
}

/* pk's section, appended to the page's main. */
static xmlNodePtr
pack_section(struct render_page *pg, const struct item *pk)
{
	const struct render_lang *l = pg->lang;
	const struct item *shown = render_shown(l, pk);
	struct coverage c;
	coverage_count(pk, &c);
	xmlNodePtr section = render_el(pg->main, "section", NULL);
	render_attr(section, "id", pk->id);
	char *href = sitemap_page(pk);
	render_item_link(pg, render_el(section, "h2", NULL), href, pk);
	free(href);
	if (pk->ext->edition != NULL) {
		const char *args[] = { "edition", render_named(l,
		    "edition_short", pk->ext->edition), NULL };
		char *says = render_fmt(l, "coverage.edition_note", args);
		render_el(section, "p", says);
		free(says);
	}
	/* A wide table scrolls in a region of its own on a narrow screen,
	 * which the keyboard can reach; the theme's record-of-learning
	 * table style serves (its budget has no room for another). */
	char *cap_id = xasprintf("coverage-%s", pk->id);
	xmlNodePtr wrap = render_el_class(section, "div",
	    "sp-record sp-coverage", NULL);
	render_attr(wrap, "role", "region");
	render_attr(wrap, "aria-labelledby", cap_id);
	render_attr(wrap, "tabindex", "0");
	xmlNodePtr table = render_el(wrap, "table", NULL);
	xmlNodePtr cap = render_el(table, "caption", NULL);
	render_fmt_marked(cap, l, "coverage.caption", "title", shown->title,
	    render_foreign(l, shown));
	render_attr(cap, "id", cap_id);
	free(cap_id);
	head_row(table, l);
	table_rows(render_el(table, "tbody", NULL), l, &c);
	return section;
}

void
render_coverage(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	const char *path = sitemap_coverage();
	const char *title = render_str(l, "coverage.title");
	struct render_page pg;
	render_page_start(&pg, t, l, path, title, NULL);
	render_crumb(&pg, sitemap_front(), render_str(l, "page.home"));
	render_el(pg.main, "h1", title);
	xmlNodePtr intro = render_el_class(pg.main, "p", "sp-intro", NULL);
	char *before, *after;
	render_fmt_split(l, "coverage.intro", NULL, "csv", &before, &after);
	render_text(intro, before);
	/* One spreadsheet for every language, at the site root. */
	char *csv = xasprintf("%s%s", pg.assets, sitemap_coverage_csv());
	render_attr(render_el(intro, "a", sitemap_coverage_csv()), "href", csv);
	render_text(intro, after);
	free(csv);
	free(before);
	free(after);
	/* A section per pack, each written out as HTML once made and its
	 * nodes freed, as the front page's lists are (render_page_links):
	 * the page holds text, a fraction of the DOM of every pack. */
	struct html5_frag *sections = html5_frag_new();
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i]->kind != ITEM_PACK)
			continue;
		xmlNodePtr section = pack_section(&pg, p->items[i]);
		html5_frag_add(sections, section);
		xmlUnlinkNode(section);
		xmlFreeNode(section);
	}
	if (html5_frag_len(sections) > 0)
		html5_frag_insert(pg.main, sections);
	html5_frag_free(sections);
	render_page_end(&pg, out, path);
}

void
render_coverage_csv(const struct pack *p, struct render_out *out)
{
	struct buf csvf = BUF_INIT;
	coverage_csv(p, &csvf);
	render_out_add(out, sitemap_coverage_csv(), &csvf);
	buf_free(&csvf);
}
