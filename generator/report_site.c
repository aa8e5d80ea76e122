/* report_site.c: the trainer's report's pages, CSV and JSON, from the
 * numbers report_stats.c computes, in the words of one catalogue, written
 * as one site. */
#include "report_site.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_gen.h>

#include "buf.h"
#include "render.h"
#include "report_chart.h"
#include "report_stats.h"
#include "report_table.h"
#include "site.h"
#include "xalloc.h"

/* The report's own stylesheet, beside the theme's in assets/. */
#define REPORT_CSS "report.css"

static const char report_css[] =
    "/* The trainer's report: tables scroll on a narrow screen and fit the "
    "page in print. */\n"
    ".sp-report-table { overflow-x: auto; margin: 0.5rem 0; }\n"
    ".sp-report-table table { border-collapse: collapse; }\n"
    ".sp-report-table caption { text-align: left; font-weight: bold; }\n"
    ".sp-report-table th, .sp-report-table td { border-bottom: 1px solid "
    "#767676; padding: 0.2rem 0.5rem; text-align: left; "
    "vertical-align: top; }\n"
    ".sp-report-table .sp-num { text-align: right; }\n"
    ".sp-chart { display: block; width: 100%; max-width: 40rem; "
    "height: auto; }\n"
    "@media print {\n"
    "\t.sp-report-table { overflow: visible; }\n"
    "\t.sp-report-table table { font-size: 8.5pt; width: 100%; }\n"
    "\t.sp-report-table tr, .sp-chart { break-inside: avoid; }\n"
    "\t.sp-report-download { display: none; }\n"
    "}\n";

/* One page's tables, kept for report.json. */
struct report_doc {
	char *path, *title, *name;	/* name: the CSV files' prefix */
	struct report_table **tables;
	size_t count;
};

struct report_ctx {
	const struct report_stats *s;
	const struct theme *t;
	const struct catalogue *cat;	/* the report's words; borrowed */
	struct render_out out;
	struct report_doc *docs;
	size_t doc_count;
	int names;
};

/* ---- pages and sections ---- */

/* The text of key in the report's catalogue, or the key itself (as
 * catalogue_format shows a missing one). Borrowed. */
static const char *
say(const struct report_ctx *c, const char *key)
{
	const char *text = catalogue_get(c->cat, key);
	return text != NULL ? text : key;
}

/* What the report calls it: its translation's title in the report's
 * language, or its own. Borrowed. */
static const char *
title_of(const struct report_ctx *c, const struct item *it)
{
	const struct item *tr = pack_translation(it, c->cat->lang);
	return tr != NULL ? tr->title : it->title;
}

static struct report_doc *
doc_begin(struct report_ctx *c, struct render_page *pg, const char *path,
    const char *title, const char *name)
{
	c->docs = xrealloc(c->docs, (c->doc_count + 1) * sizeof *c->docs);
	struct report_doc *doc = &c->docs[c->doc_count++];
	doc->path = xstrdup(path);
	doc->title = xstrdup(title);
	doc->name = xstrdup(name);
	doc->tables = NULL;
	doc->count = 0;
	render_page_begin(pg, c->t, path, title, c->cat->lang);
	xmlNodePtr head = render_find_element(xmlDocGetRootElement(pg->doc),
	    "head");
	if (head != NULL) {
		xmlNodePtr link = render_el(head, "link", NULL);
		char *href = xasprintf("%sassets/%s", pg->root, REPORT_CSS);
		render_attr(link, "rel", "stylesheet");
		render_attr(link, "href", href);
		free(href);
	}
	if (strcmp(path, "index.html") != 0)
		render_crumb(pg, "index.html", say(c, "report.crumb"));
	render_el(pg->main, "h1", title);
	return doc;
}

/* A <section> with a heading and, when given, a paragraph. */
static xmlNodePtr
section(xmlNodePtr parent, const char *heading, const char *text)
{
	xmlNodePtr sec = render_el(parent, "section", NULL);
	render_el(sec, "h2", heading);
	if (text != NULL)
		render_el(sec, "p", text);
	return sec;
}

/* Shows table t in parent, writes its CSV, keeps it for the JSON. */
static void
doc_table(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, xmlNodePtr parent, struct report_table *t)
{
	char *csv = xasprintf("csv/%s-%s.csv", doc->name, t->id);
	struct buf b = BUF_INIT;
	report_table_html(pg, parent, t, csv);
	report_table_csv(t, &b);
	render_out_add(&c->out, csv, &b);
	buf_free(&b);
	free(csv);
	doc->tables = xrealloc(doc->tables, (doc->count + 1) *
	    sizeof *doc->tables);
	doc->tables[doc->count++] = t;
}

/* A share of a group, or null when the group is too small to show. */
static void
share(struct report_table *t, size_t part, size_t whole, size_t learners)
{
	if (whole == 0 || report_stats_small(learners))
		report_table_null(t);
	else
		report_table_real(t, (double)part / (double)whole, "%.0f%%",
		    100);
}

/* A chart of the counts in column col of t, before the table. */
static void
chart_of(xmlNodePtr parent, const struct report_table *t, size_t col,
    const char *id, const char *desc)
{
	size_t n = report_table_rows(t);
	struct report_bar *bars = xcalloc(n + 1, sizeof *bars);
	for (size_t i = 0; i < n; i++) {
		const struct report_cell *label = &t->cells[i * t->cols];
		const struct report_cell *v = &t->cells[i * t->cols + col];
		bars[i].label = label->text;
		bars[i].value = v->kind == REPORT_CELL_INT ? v->num : 0;
		bars[i].shown = v->text;
	}
	report_chart_bars(parent, id, t->title, desc, bars, n);
	free(bars);
}

/* ---- what every page has: totals, scores, over time ---- */

static void
unit_summary(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "measure|report.measure",
	    "value|report.number" };
	struct report_table *t = report_table_new("summary",
	    say(c, "report.summary"), cols, 2, c->cat);
	report_table_text(t, say(c, "report.attempts"));
	report_table_count(t, u->attempts);
	report_table_text(t, say(c, "report.finished"));
	report_table_count(t, u->finished);
	report_table_text(t, say(c, "report.learners"));
	report_table_count(t, u->learners);
	report_table_text(t, say(c, "report.finished_passed"));
	report_table_count(t, u->passed);
	report_table_text(t, say(c, "report.pass_rate_finished"));
	share(t, u->passed, u->finished, u->learners);
	doc_table(c, doc, pg, pg->main, t);
	/* A learner hands in their own results file, so a pass in it is a
	 * claim: say when the answers do not bear it out. */
	if (u->disputed > 0)
		render_el_class(pg->main, "p", "sp-report-warning",
		    say(c, "report.mismatch_note"));
}

static void
unit_scores(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "band|report.score",
	    "attempts|report.attempts" };
	static const char *const tcols[] = { "month|report.month",
	    "attempts|report.attempts_started" };
	xmlNodePtr sec = section(pg->main, say(c, "report.over_time"),
	    say(c, "report.over_time_note"));
	struct report_table *t = report_table_new("scores",
	    say(c, "report.by_score"), cols, 2, c->cat);
	for (int i = 0; i < REPORT_BINS; i++) {
		char band[16];
		snprintf(band, sizeof band, "%d-%d%%", i * 10,
		    i == REPORT_BINS - 1 ? 100 : i * 10 + 9);
		report_table_text(t, band);
		report_table_count(t, u->dist[i]);
	}
	if (u->unknown_percent > 0) {
		report_table_text(t, say(c, "report.not_known"));
		report_table_count(t, u->unknown_percent);
	}
	chart_of(sec, t, 1, "chart-scores", say(c, "report.chart_scores"));
	doc_table(c, doc, pg, sec, t);
	t = report_table_new("months", say(c, "report.by_month"), tcols, 2,
	    c->cat);
	for (size_t i = 0; i < u->month_count; i++) {
		/* report_stats.h's month of an attempt with no date. */
		const char *m = u->months[i].month;
		report_table_text(t, strcmp(m, "unknown") == 0 ?
		    say(c, "report.month_unknown") : m);
		report_table_count(t, u->months[i].attempts);
	}
	chart_of(sec, t, 1, "chart-months", say(c, "report.chart_months"));
	doc_table(c, doc, pg, sec, t);
}

/* ---- a pack's items ---- */

static const char *
unit_path(const struct item *it)
{
	return it->kind == ITEM_PACK ? "packs" : "scenarios";
}

/* The catalogue's keys of a flag's name and of what it means. */
static const char *
flag_key(unsigned f, int advice)
{
	if (f & REPORT_FLAG_NEGATIVE)
		return advice ? "report.flag_negative_advice" :
		    "report.flag_negative";
	if (f & REPORT_FLAG_HARD)
		return advice ? "report.flag_hard_advice" : "report.flag_hard";
	return advice ? "report.flag_easy_advice" : "report.flag_easy";
}

static void
item_row(const struct report_ctx *c, struct report_table *t,
    const struct report_item *ri, int cases)
{
	size_t n = ri->learners;
	int small = report_stats_small(n);
	report_table_text(t, ri->step != NULL ? ri->step->id : ri->it->id);
	report_table_text(t, ri->step != NULL ? say(c, "report.a_decision") :
	    title_of(c, ri->it));
	report_table_count(t, n);
	if (small)
		report_table_null(t);
	else
		report_table_real(t, ri->facility, "%.0f%%", 100);
	if (small)
		report_table_null(t);
	else
		report_table_real(t, ri->discrimination, "%.0f", 1);
	size_t counts[3] = { ri->unanswered, ri->over, ri->under };
	for (int i = 0; i < (cases ? 3 : 1); i++) {
		if (small)
			report_table_null(t);
		else
			report_table_count(t, counts[i]);
	}
}

static void
unit_items_table(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "item|report.question",
	    "title|report.title_column", "learners|report.learners",
	    "facility|report.facility", "discrimination|report.discrimination",
	    "unanswered|report.unanswered", "over_sharing|report.over_sharing",
	    "under_sharing|report.under_sharing" };
	int pack = u->it->kind == ITEM_PACK;
	const char *what = say(c, pack ? "report.questions" :
	    "report.decisions");
	xmlNodePtr sec = section(pg->main, what, say(c, pack ?
	    "report.questions_note" : "report.decisions_note"));
	struct report_table *t = report_table_new(pack ? "items" : "decisions",
	    what, cols, pack ? 8 : 6, c->cat);
	for (size_t i = 0; i < u->item_count; i++) {
		const struct report_item *ri = &u->items[i];
		item_row(c, t, ri, pack);
	}
	doc_table(c, doc, pg, sec, t);
	static const char *const fcols[] = { "item|report.question",
	    "flag|report.flag", "advice|report.advice" };
	t = report_table_new("flags", say(c, "report.flagged"), fcols, 3,
	    c->cat);
	for (size_t i = 0; i < u->item_count; i++) {
		unsigned f = u->items[i].flags;
		for (unsigned bit = 1; bit <= REPORT_FLAG_NEGATIVE; bit <<= 1) {
			if (!(f & bit))
				continue;
			report_table_text(t, u->items[i].step ?
			    u->items[i].step->id : u->items[i].it->id);
			report_table_text(t, say(c, flag_key(bit, 0)));
			report_table_text(t, say(c, flag_key(bit, 1)));
		}
	}
	sec = section(pg->main, say(c, "report.flagged"), NULL);
	char n[16], easy[16], hard[16];
	snprintf(n, sizeof n, "%d", REPORT_SMALL_GROUP);
	snprintf(easy, sizeof easy, "%.0f", REPORT_TOO_EASY * 100);
	snprintf(hard, sizeof hard, "%.0f", REPORT_TOO_HARD * 100);
	const char *args[] = { "n", n, "easy", easy, "hard", hard, NULL };
	char *why = catalogue_format(c->cat, "report.flagged_note", args);
	render_el(sec, "p", why);
	free(why);
	doc_table(c, doc, pg, sec, t);
}

static void
unit_myths(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "rank|report.rank",
	    "item|report.myth", "title|report.statement",
	    "learners|report.learners", "believed|report.believed" };
	if (u->myth_count == 0)
		return;
	xmlNodePtr sec = section(pg->main, say(c, "report.myths"),
	    say(c, "report.myths_note"));
	struct report_table *t = report_table_new("myths",
	    say(c, "report.myths_table"), cols, 5, c->cat);
	for (size_t i = 0; i < u->myth_count; i++) {
		const struct report_item *ri = &u->items[u->myths[i]];
		report_table_int(t, (long long)i + 1);
		report_table_text(t, ri->it->id);
		report_table_text(t, title_of(c, ri->it));
		report_table_count(t, ri->learners);
		share(t, ri->wrong, ri->learners, ri->learners);
	}
	doc_table(c, doc, pg, sec, t);
}

/* A table of groups (agencies, rules, paths...), titled by the catalogue's
 * key title, its second column headed by key first. with_pass: a pass
 * rate column; with_answers: a share-right column. */
static struct report_table *
groups_table(const struct report_ctx *c, const char *id, const char *title,
    const char *first, const struct report_groups *g, int with_pass,
    int with_answers)
{
	char *c0 = xasprintf("name|%s", first);
	const char *cols[6] = { "key|report.id", c0,
	    "learners|report.learners" };
	size_t n = 3;
	if (with_pass)
		cols[n++] = "pass_rate|report.pass_rate";
	if (with_answers) {
		cols[n++] = "answers|report.answers";
		cols[n++] = "right|report.share_right";
	}
	struct report_table *t = report_table_new(id, say(c, title), cols, n,
	    c->cat);
	for (size_t i = 0; i < g->count; i++) {
		const struct report_group *gr = &g->v[i];
		char *label = gr->detail != NULL ? xasprintf("%s (%s)",
		    gr->label, gr->detail) : xstrdup(gr->label);
		report_table_text(t, gr->key);
		report_table_text(t, label);
		free(label);
		report_table_count(t, gr->learners);
		if (with_pass)
			share(t, gr->passed, gr->learners, gr->learners);
		if (with_answers) {
			if (report_stats_small(gr->learners))
				report_table_null(t);
			else
				report_table_count(t, gr->answers);
			share(t, gr->right, gr->answers, gr->learners);
		}
	}
	free(c0);
	return t;
}

static void
unit_groups(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	xmlNodePtr sec;
	if (u->rules.count > 0) {
		sec = section(pg->main, say(c, "report.rules"),
		    say(c, "report.rules_note"));
		doc_table(c, doc, pg, sec, groups_table(c, "rules",
		    "report.rules", "report.rule", &u->rules, 0, 1));
	}
	if (u->principles.count > 0) {
		sec = section(pg->main, say(c, "report.principles"),
		    say(c, "report.principles_note"));
		doc_table(c, doc, pg, sec, groups_table(c, "principles",
		    "report.principles", "report.principle", &u->principles,
		    0, 1));
	}
	sec = section(pg->main, say(c, "report.agency"),
	    say(c, "report.agency_note"));
	doc_table(c, doc, pg, sec, groups_table(c, "agencies",
	    "report.agency", "report.agency_column", &u->agencies, 1, 1));
	if (u->it->kind != ITEM_SCENARIO)
		return;
	sec = section(pg->main, say(c, "report.paths"),
	    say(c, "report.paths_note"));
	doc_table(c, doc, pg, sec, groups_table(c, "paths",
	    "report.paths_table", "report.path", &u->paths, 1, 0));
	doc_table(c, doc, pg, sec, groups_table(c, "endings",
	    "report.endings", "report.ending", &u->endings, 0, 0));
}

/* The catalogue's key of Cronbach's alpha in plain words. */
static const char *
alpha_key(double a)
{
	if (isnan(a))
		return "report.alpha_unknown";
	if (a >= 0.9)
		return "report.alpha_very";
	if (a >= 0.8)
		return "report.alpha_good";
	if (a >= 0.7)
		return "report.alpha_acceptable";
	if (a >= 0.5)
		return "report.alpha_low";
	return "report.alpha_poor";
}

static void
unit_reliability(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "measure|report.measure",
	    "value|report.value" };
	xmlNodePtr sec = section(pg->main, say(c, "report.reliability"),
	    say(c, "report.reliability_note"));
	int small = report_stats_small(u->complete);
	render_el(sec, "p", say(c, small ? "report.too_few" :
	    alpha_key(u->alpha)));
	struct report_table *t = report_table_new("reliability",
	    say(c, "report.reliability"), cols, 2, c->cat);
	report_table_text(t, say(c, "report.alpha"));
	if (small)
		report_table_null(t);
	else
		report_table_real(t, u->alpha, "%.2f", 1);
	report_table_text(t, say(c, "report.analysed"));
	report_table_count(t, u->counted);
	report_table_text(t, say(c, "report.every_question"));
	report_table_count(t, u->complete);
	report_table_text(t, say(c, "report.kept_changed"));
	report_table_int(t, (long long)u->changed);
	report_table_text(t, say(c, "report.kept_gone"));
	report_table_int(t, (long long)u->gone);
	report_table_text(t, say(c, "report.mismatched"));
	report_table_count(t, u->disputed);
	doc_table(c, doc, pg, sec, t);
}

static void
unit_page(struct report_ctx *c, const struct report_unit *u)
{
	struct render_page pg;
	char *path = xasprintf("%s/%s.html", unit_path(u->it), u->it->id);
	const char *args[] = { "title", title_of(c, u->it), NULL };
	char *title = catalogue_format(c->cat, "report.unit_title", args);
	char *name = xasprintf("%s-%s", u->it->kind == ITEM_PACK ? "pack" :
	    "scenario", u->it->id);
	struct report_doc *doc = doc_begin(c, &pg, path, title, name);
	render_el(pg.main, "p", say(c, "report.unit_intro"));
	unit_summary(c, doc, &pg, u);
	unit_scores(c, doc, &pg, u);
	unit_items_table(c, doc, &pg, u);
	unit_myths(c, doc, &pg, u);
	unit_groups(c, doc, &pg, u);
	if (u->it->kind == ITEM_PACK)
		unit_reliability(c, doc, &pg, u);
	render_page_end(&pg, &c->out, path);
	free(path);
	free(title);
	free(name);
}

/* ---- the overview ---- */

static void
index_units(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg)
{
	static const char *const cols[] = { "id|report.unit", "kind|report.kind",
	    "attempts|report.attempts", "learners|report.learners",
	    "pass_rate|report.pass_rate", "alpha|report.alpha" };
	xmlNodePtr sec = section(pg->main, say(c, "report.units"), NULL);
	struct report_table *t = report_table_new("units",
	    say(c, "report.units"), cols, 6, c->cat);
	for (size_t i = 0; i < c->s->count; i++) {
		const struct report_unit *u = &c->s->units[i];
		char *href = xasprintf("%s/%s.html", unit_path(u->it),
		    u->it->id);
		report_table_link(t, u->it->id, href);
		free(href);
		report_table_text(t, say(c, u->it->kind == ITEM_PACK ?
		    "report.kind_pack" : "report.kind_scenario"));
		report_table_count(t, u->attempts);
		report_table_count(t, u->learners);
		share(t, u->passed, u->finished, u->learners);
		if (u->it->kind == ITEM_PACK &&
		    !report_stats_small(u->complete))
			report_table_real(t, u->alpha, "%.2f", 1);
		else
			report_table_null(t);
	}
	doc_table(c, doc, pg, sec, t);
}

static void
index_names(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg)
{
	static const char *const cols[] = { "name|report.learner",
	    "unit|report.unit", "attempts|report.attempts",
	    "best|report.best" };
	xmlNodePtr sec = section(pg->main, say(c, "report.learners"),
	    say(c, "report.names_note"));
	struct report_table *t = report_table_new("learners",
	    say(c, "report.learners"), cols, 4, c->cat);
	for (size_t i = 0; i < c->s->learner_count; i++) {
		const struct report_learner *l = &c->s->learners[i];
		report_table_text(t, l->name);
		report_table_text(t, l->unit);
		report_table_int(t, (long long)l->attempts);
		report_table_real(t, l->best, "%.0f%%", 1);
	}
	doc_table(c, doc, pg, sec, t);
}

static void
index_page(struct report_ctx *c)
{
	struct render_page pg;
	struct report_doc *doc = doc_begin(c, &pg, "index.html",
	    say(c, "report.title"), "index");
	render_el(pg.main, "p", say(c, "report.intro"));
	unit_summary(c, doc, &pg, &c->s->overall);
	unit_scores(c, doc, &pg, &c->s->overall);
	index_units(c, doc, &pg);
	if (c->names)
		index_names(c, doc, &pg);
	render_page_end(&pg, &c->out, "index.html");
}

/* ---- report.json ---- */

static void
json_str(yajl_gen g, const char *s)
{
	yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

static void
json_write(struct report_ctx *c)
{
	yajl_gen g = yajl_gen_alloc(NULL);
	yajl_gen_config(g, yajl_gen_beautify, 1);
	yajl_gen_map_open(g);
	json_str(g, "format");
	json_str(g, "sharepack-report/1");
	json_str(g, "small_group");
	yajl_gen_integer(g, REPORT_SMALL_GROUP);
	json_str(g, "too_easy");
	yajl_gen_double(g, REPORT_TOO_EASY);
	json_str(g, "too_hard");
	yajl_gen_double(g, REPORT_TOO_HARD);
	json_str(g, "pages");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < c->doc_count; i++) {
		const struct report_doc *doc = &c->docs[i];
		yajl_gen_map_open(g);
		json_str(g, "path");
		json_str(g, doc->path);
		json_str(g, "title");
		json_str(g, doc->title);
		json_str(g, "tables");
		yajl_gen_array_open(g);
		for (size_t k = 0; k < doc->count; k++)
			report_table_json(doc->tables[k], g);
		yajl_gen_array_close(g);
		yajl_gen_map_close(g);
	}
	yajl_gen_array_close(g);
	yajl_gen_map_close(g);
	const unsigned char *text;
	size_t len;
	struct buf b = BUF_INIT;
	yajl_gen_get_buf(g, &text, &len);
	buf_add(&b, text, len);
	render_out_add(&c->out, "report.json", &b);
	buf_free(&b);
	yajl_gen_free(g);
}

static void
ctx_free(struct report_ctx *c)
{
	for (size_t i = 0; i < c->doc_count; i++) {
		for (size_t k = 0; k < c->docs[i].count; k++)
			report_table_free(c->docs[i].tables[k]);
		free(c->docs[i].tables);
		free(c->docs[i].path);
		free(c->docs[i].title);
		free(c->docs[i].name);
	}
	free(c->docs);
	render_out_free(&c->out);
}

int
report_site_write(struct store *st, const struct pack *p,
    const struct theme *t, const struct catalogue *cat, const char *outdir,
    int names, struct diag *d)
{
	struct report_ctx c = { 0 };
	int rc = -1;
	/* The pages wear the site's settings (name, logo, footer) as the
	 * site's own pages do; the theme's assets stay the theme's. */
	struct theme site_theme = *t;
	site_theme.layout = render_settings_layout(t->layout, &p->settings);
	c.t = &site_theme;
	c.names = names;
	c.cat = cat;
	c.s = report_stats_new(st, p, names, cat, d);
	if (c.s == NULL)
		goto out;
	index_page(&c);
	for (size_t i = 0; i < c.s->count; i++)
		unit_page(&c, &c.s->units[i]);
	json_write(&c);
	struct buf css = BUF_INIT;
	buf_puts(&css, report_css);
	render_out_add(&c.out, "assets/" REPORT_CSS, &css);
	buf_free(&css);
	render_settings_assets(&p->settings, &c.out);
	rc = site_write(outdir, &c.out, t, d);
out:
	report_stats_free((struct report_stats *)c.s);
	ctx_free(&c);
	xmlFreeDoc(site_theme.layout);
	return rc;
}
