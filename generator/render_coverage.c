/* render_coverage.c: the trainers' page of which golden rules and
 * principles each pack asks about, in which direction and through which
 * kind of question, with the same counts as coverage.csv beside it. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>

#include "coverage.h"
#include "sitemap.h"
#include "xalloc.h"

static const char *const dir_heads[COVERAGE_DIRS] = { "Share",
    "Do not share" };

static void
head_row(xmlNodePtr table, const char *first)
{
	xmlNodePtr tr = render_el(render_el(table, "thead", NULL), "tr", NULL);
	render_attr(render_el(tr, "th", first), "scope", "col");
	for (int dir = 0; dir < COVERAGE_DIRS; dir++)
		for (int k = 0; k < COVERAGE_KINDS; k++) {
			char *h = xasprintf("%s: %s", dir_heads[dir],
			    coverage_kind_name((enum coverage_kind)k));
			render_attr(render_el(tr, "th", h), "scope", "col");
			free(h);
		}
	render_attr(render_el(tr, "th", "Gap"), "scope", "col");
}

/* "never asked", "never asked: share" ... or "" when both ways are. */
static const char *
gap_text(const struct coverage_cells *cells)
{
	int share = coverage_total(cells, COVERAGE_SHARE) > 0;
	int no = coverage_total(cells, COVERAGE_NO_SHARE) > 0;
	if (share && no)
		return "";
	if (!share && !no)
		return "never asked";
	return share ? "never asked: do not share" : "never asked: share";
}

static void
cells_row(xmlNodePtr tbody, const char *label,
    const struct coverage_cells *cells)
{
	const char *gap = gap_text(cells);
	xmlNodePtr tr = *gap ? render_el_class(tbody, "tr", "sp-gap", NULL) :
	    render_el(tbody, "tr", NULL);
	render_attr(render_el(tr, "th", label), "scope", "row");
	for (int dir = 0; dir < COVERAGE_DIRS; dir++)
		for (int k = 0; k < COVERAGE_KINDS; k++) {
			char num[16];
			snprintf(num, sizeof num, "%d", cells->n[dir][k]);
			render_el(tr, "td", num);
		}
	render_el(tr, "td", gap);
}

static void
pack_section(struct render_page *pg, const struct item *pk)
{
	struct coverage c;
	coverage_count(pk, &c);
	xmlNodePtr section = render_el(pg->main, "section", NULL);
	render_attr(section, "id", pk->id);
	xmlNodePtr h2 = render_el(section, "h2", NULL);
	char *href = sitemap_page(pk);
	render_link(pg, h2, href, pk->title);
	free(href);
	if (pk->edition != NULL) {
		char *says = xasprintf("The pack follows the %s edition; a rule "
		    "of it never asked one way is a warning in 'sharepack "
		    "check'.", pack_edition_short(pk->edition));
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
	char *cap = xasprintf("Golden rules and principles asked in %s",
	    pk->title);
	render_attr(render_el(table, "caption", cap), "id", cap_id);
	free(cap);
	free(cap_id);
	head_row(table, "Asked about");
	xmlNodePtr tbody = render_el(table, "tbody", NULL);
	for (size_t e = 0; e < c.edition_count; e++)
		for (int r = 0; r < PACK_GOLDEN_RULES; r++) {
			char *label = pack_rule_label(r + 1, c.editions[e]);
			label[0] = 'R';
			cells_row(tbody, label, &c.rules[e][r]);
			free(label);
		}
	for (int q = 0; q < PACK_PRINCIPLES; q++) {
		char *label = xasprintf("Principle: %s", pack_principle_name(q));
		cells_row(tbody, label, &c.principles[q]);
		free(label);
	}
}

void
render_coverage(const struct pack *p, const struct theme *t,
    struct render_out *out)
{
	const char *path = sitemap_coverage();
	const char *title = "Coverage of the golden rules and principles";
	struct render_page pg;
	render_page_begin(&pg, t, path, title, "en");
	render_crumb(&pg, sitemap_front(), "Home");
	render_el(pg.main, "h1", title);
	xmlNodePtr intro = render_el_class(pg.main, "p", "sp-intro",
	    "For trainers: how many questions of each pack cite each golden "
	    "rule (numbered as in its edition) and each principle, by the way "
	    "the answer points and by kind of question. A case points the way "
	    "of its expected answer; a myth or fact, and a scenario choice, "
	    "the way its explanation supports. A rule asked only one way "
	    "trains a blind spot. The same counts as a spreadsheet: ");
	render_link(&pg, intro, sitemap_coverage_csv(), "coverage.csv");
	render_text(intro, ".");
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind == ITEM_PACK)
			pack_section(&pg, p->items[i]);
	render_page_end(&pg, out, path);

	struct buf csv = BUF_INIT;
	coverage_csv(p, &csv);
	render_out_add(out, sitemap_coverage_csv(), &csv);
	buf_free(&csv);
}
