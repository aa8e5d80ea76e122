/* report_site.c: the trainer's report's pages, CSV and JSON, from the
 * numbers report_stats.c computes, written as one site. */
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
	struct render_out out;
	struct report_doc *docs;
	size_t doc_count;
	int names;
};

/* ---- pages and sections ---- */

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
	render_page_begin(pg, c->t, path, title, "en");
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
		render_crumb(pg, "index.html", "Report");
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
	static const char *const cols[] = { "measure|Measure",
	    "value|Number" };
	struct report_table *t = report_table_new("summary", "Summary", cols,
	    2);
	report_table_text(t, "Attempts");
	report_table_count(t, u->attempts);
	report_table_text(t, "Finished attempts");
	report_table_count(t, u->finished);
	report_table_text(t, "Learners");
	report_table_count(t, u->learners);
	report_table_text(t, "Finished attempts that passed");
	report_table_count(t, u->passed);
	report_table_text(t, "Pass rate (of finished attempts)");
	share(t, u->passed, u->finished, u->learners);
	doc_table(c, doc, pg, pg->main, t);
	/* A learner hands in their own results file, so a pass in it is a
	 * claim: say when the answers do not bear it out. */
	if (u->disputed > 0)
		render_el_class(pg->main, "p", "sp-report-warning",
		    "Some results files say passed or failed where their own "
		    "answers, scored against today's content, say otherwise: "
		    "a file edited by hand, or a pass mark changed since. The "
		    "pass rate counts them as they say; see \"Reliability\" "
		    "below.");
}

static void
unit_scores(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "band|Score", "attempts|Attempts" };
	static const char *const tcols[] = { "month|Month",
	    "attempts|Attempts started" };
	xmlNodePtr sec = section(pg->main, "Scores and attempts over time",
	    "Every finished attempt, by its overall score, and every attempt "
	    "by the month it began. Counts from 1 to 4 are shown as \"fewer "
	    "than 5\".");
	struct report_table *t = report_table_new("scores",
	    "Finished attempts by score", cols, 2);
	for (int i = 0; i < REPORT_BINS; i++) {
		char band[16];
		snprintf(band, sizeof band, "%d-%d%%", i * 10,
		    i == REPORT_BINS - 1 ? 100 : i * 10 + 9);
		report_table_text(t, band);
		report_table_count(t, u->dist[i]);
	}
	if (u->unknown_percent > 0) {
		report_table_text(t, "not known");
		report_table_count(t, u->unknown_percent);
	}
	chart_of(sec, t, 1, "chart-scores", "A bar for each band of ten "
	    "percentage points, as long as the number of finished attempts "
	    "that scored in it; the table below gives the same numbers.");
	doc_table(c, doc, pg, sec, t);
	t = report_table_new("months", "Attempts by month", tcols, 2);
	for (size_t i = 0; i < u->month_count; i++) {
		report_table_text(t, u->months[i].month);
		report_table_count(t, u->months[i].attempts);
	}
	chart_of(sec, t, 1, "chart-months", "A bar for each month, as long "
	    "as the number of attempts begun in it; the table below gives "
	    "the same numbers.");
	doc_table(c, doc, pg, sec, t);
}

/* ---- a pack's items ---- */

static const char *
unit_path(const struct item *it)
{
	return it->kind == ITEM_PACK ? "packs" : "scenarios";
}

static const char *
flag_words(unsigned f)
{
	if (f & REPORT_FLAG_NEGATIVE)
		return "negative discrimination: learners who do well overall "
		    "get this one wrong more often than others do; check the "
		    "expected answer and the case for ambiguity";
	if (f & REPORT_FLAG_HARD)
		return "too hard: most learners get it wrong; check the "
		    "expected answer and the case for ambiguity, then teach "
		    "the point again";
	return "too easy: almost everyone gets it right, so it tells you "
	    "little about what the workforce knows";
}

static void
item_row(struct report_table *t, const struct report_item *ri, int cases)
{
	size_t n = ri->learners;
	int small = report_stats_small(n);
	report_table_text(t, ri->step != NULL ? ri->step->id : ri->it->id);
	report_table_text(t, ri->step != NULL ? "A decision" : ri->it->title);
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
	static const char *const cols[] = { "item|Question", "title|Title",
	    "learners|Learners", "facility|Facility (share right)",
	    "discrimination|Discrimination index", "unanswered|Not answered",
	    "over_sharing|Over-sharing", "under_sharing|Under-sharing" };
	int pack = u->it->kind == ITEM_PACK;
	xmlNodePtr sec = section(pg->main, pack ? "Questions" : "Decisions",
	    pack ? "Facility is the share of learners who gave the answer the "
	    "content expects. The discrimination index (as Moodle shows it) "
	    "is 100 times the correlation between the question and the rest "
	    "of the quiz: high when those who do well overall get it right. "
	    "Over-sharing counts learners who would share when the guidance "
	    "says not; under-sharing the reverse." : "Facility is the share "
	    "of learners who made the choice the guidance expects at that "
	    "step.");
	struct report_table *t = report_table_new(pack ? "items" : "decisions",
	    pack ? "Questions" : "Decisions", cols, pack ? 8 : 6);
	for (size_t i = 0; i < u->item_count; i++) {
		const struct report_item *ri = &u->items[i];
		item_row(t, ri, pack);
	}
	doc_table(c, doc, pg, sec, t);
	static const char *const fcols[] = { "item|Question", "flag|Flag",
	    "advice|What it means" };
	t = report_table_new("flags", "Questions flagged", fcols, 3);
	for (size_t i = 0; i < u->item_count; i++) {
		unsigned f = u->items[i].flags;
		for (unsigned bit = 1; bit <= REPORT_FLAG_NEGATIVE; bit <<= 1) {
			if (!(f & bit))
				continue;
			report_table_text(t, u->items[i].step ?
			    u->items[i].step->id : u->items[i].it->id);
			report_table_text(t, bit == REPORT_FLAG_EASY ?
			    "too easy" : bit == REPORT_FLAG_HARD ? "too hard" :
			    "negative discrimination");
			report_table_text(t, flag_words(bit));
		}
	}
	sec = section(pg->main, "Questions flagged", NULL);
	char *why = xasprintf("Flagged when at least %d learners answered: "
	    "too easy at a facility of %.0f%% or more, too hard at %.0f%% or "
	    "less, and any negative discrimination. Strong learners "
	    "disagreeing with the key is how a wrong key shows up.",
	    REPORT_SMALL_GROUP, REPORT_TOO_EASY * 100, REPORT_TOO_HARD * 100);
	render_el(sec, "p", why);
	free(why);
	doc_table(c, doc, pg, sec, t);
}

static void
unit_myths(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "rank|Rank", "item|Myth",
	    "title|Statement", "learners|Learners",
	    "believed|Share who believe it" };
	if (u->myth_count == 0)
		return;
	xmlNodePtr sec = section(pg->main, "Myths still believed",
	    "Each myth in the quiz, the most believed first: the share of "
	    "learners who answered that it is a fact.");
	struct report_table *t = report_table_new("myths", "Myths, most "
	    "believed first", cols, 5);
	for (size_t i = 0; i < u->myth_count; i++) {
		const struct report_item *ri = &u->items[u->myths[i]];
		report_table_int(t, (long long)i + 1);
		report_table_text(t, ri->it->id);
		report_table_text(t, ri->it->title);
		report_table_count(t, ri->learners);
		share(t, ri->wrong, ri->learners, ri->learners);
	}
	doc_table(c, doc, pg, sec, t);
}

/* A table of groups (agencies, rules, paths...). with_pass: a pass rate
 * column; with_answers: a share-right column. */
static struct report_table *
groups_table(const char *id, const char *title, const char *first,
    const struct report_groups *g, int with_pass, int with_answers)
{
	char *c0 = xasprintf("name|%s", first);
	const char *cols[6] = { "key|Id", c0, "learners|Learners" };
	size_t n = 3;
	if (with_pass)
		cols[n++] = "pass_rate|Pass rate";
	if (with_answers) {
		cols[n++] = "answers|Answers";
		cols[n++] = "right|Share right";
	}
	struct report_table *t = report_table_new(id, title, cols, n);
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
		sec = section(pg->main, "Golden rules", "For each golden rule, "
		    "in the edition of the guidance that numbers it: how often "
		    "the questions that turn on it are answered right.");
		doc_table(c, doc, pg, sec, groups_table("rules", "Golden "
		    "rules", "Rule", &u->rules, 0, 1));
	}
	if (u->principles.count > 0) {
		sec = section(pg->main, "Principles", "For each principle "
		    "(necessary, proportionate, relevant, adequate, accurate, "
		    "timely, secure, recorded): how often the questions whose "
		    "reason rests on it, as their 'principles' say, are "
		    "answered right.");
		doc_table(c, doc, pg, sec, groups_table("principles",
		    "Principles", "Principle", &u->principles, 0, 1));
	}
	sec = section(pg->main, "By agency", "Learners who said which agency "
	    "they work for, when the quiz asked; a learner who did not say is "
	    "in no row.");
	doc_table(c, doc, pg, sec, groups_table("agencies", "By agency",
	    "Agency", &u->agencies, 1, 1));
	if (u->it->kind != ITEM_SCENARIO)
		return;
	sec = section(pg->main, "Paths and endings", "Each path taken "
	    "through the case, as its decisions (step:choice), most taken "
	    "first, and how often each ending was reached.");
	doc_table(c, doc, pg, sec, groups_table("paths", "Paths", "Path",
	    &u->paths, 1, 0));
	doc_table(c, doc, pg, sec, groups_table("endings", "Endings",
	    "Ending", &u->endings, 0, 0));
}

/* Cronbach's alpha in plain words. */
static const char *
alpha_words(double a)
{
	if (isnan(a))
		return "Not known: it needs at least two questions and two "
		    "complete attempts whose scores differ.";
	if (a >= 0.9)
		return "Very consistent: the questions agree closely; some may "
		    "ask the same thing twice.";
	if (a >= 0.8)
		return "Good: the questions agree with each other, so the "
		    "total score is a dependable summary of what a learner "
		    "knows.";
	if (a >= 0.7)
		return "Acceptable: the total is a fair summary for a group, "
		    "but a single learner's score is rough.";
	if (a >= 0.5)
		return "Low: the questions measure different things, so a "
		    "total says little; read the questions one by one.";
	return "Poor: the total score is mostly noise; look first at the "
	    "questions with low or negative discrimination.";
}

static void
unit_reliability(struct report_ctx *c, struct report_doc *doc,
    const struct render_page *pg, const struct report_unit *u)
{
	static const char *const cols[] = { "measure|Measure",
	    "value|Value" };
	xmlNodePtr sec = section(pg->main, "Reliability",
	    "Cronbach's alpha says how far the questions agree with each "
	    "other: whether learners who get one right tend to get the others "
	    "right. It runs from below 0 to 1; 0.7 or more is usually wanted.");
	int small = report_stats_small(u->complete);
	render_el(sec, "p", small ? "Too few complete attempts to say." :
	    alpha_words(u->alpha));
	struct report_table *t = report_table_new("reliability",
	    "Reliability", cols, 2);
	report_table_text(t, "Cronbach's alpha");
	if (small)
		report_table_null(t);
	else
		report_table_real(t, u->alpha, "%.2f", 1);
	report_table_text(t, "Attempts analysed (each learner's first)");
	report_table_count(t, u->counted);
	report_table_text(t, "Of those, scored on every question");
	report_table_count(t, u->complete);
	report_table_text(t, "Answers kept, content changed since");
	report_table_int(t, (long long)u->changed);
	report_table_text(t, "Answers kept, no longer in the content");
	report_table_int(t, (long long)u->gone);
	report_table_text(t, "Results files whose pass or fail is not what "
	    "their answers give");
	report_table_count(t, u->disputed);
	doc_table(c, doc, pg, sec, t);
}

static void
unit_page(struct report_ctx *c, const struct report_unit *u)
{
	struct render_page pg;
	char *path = xasprintf("%s/%s.html", unit_path(u->it), u->it->id);
	char *title = xasprintf("Report: %s", u->it->title);
	char *name = xasprintf("%s-%s", u->it->kind == ITEM_PACK ? "pack" :
	    "scenario", u->it->id);
	struct report_doc *doc = doc_begin(c, &pg, path, title, name);
	render_el(pg.main, "p", "Pass rate and scores count every finished "
	    "attempt. Everything about questions counts each learner's first "
	    "finished attempt only, before the feedback could teach the "
	    "answers; alpha and discrimination need the attempts scored on "
	    "every question of today's content.");
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
	static const char *const cols[] = { "id|Pack or scenario",
	    "kind|Kind", "attempts|Attempts", "learners|Learners",
	    "pass_rate|Pass rate", "alpha|Cronbach's alpha" };
	xmlNodePtr sec = section(pg->main, "Packs and scenarios", NULL);
	struct report_table *t = report_table_new("units", "Packs and "
	    "scenarios", cols, 6);
	for (size_t i = 0; i < c->s->count; i++) {
		const struct report_unit *u = &c->s->units[i];
		char *href = xasprintf("%s/%s.html", unit_path(u->it),
		    u->it->id);
		report_table_link(t, u->it->id, href);
		free(href);
		report_table_text(t, pack_kind_name(u->it->kind));
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
	static const char *const cols[] = { "name|Learner",
	    "unit|Pack or scenario", "attempts|Attempts",
	    "best|Best score" };
	xmlNodePtr sec = section(pg->main, "Learners", "Shown because the "
	    "report was made with --names: the names learners typed.");
	struct report_table *t = report_table_new("learners", "Learners",
	    cols, 4);
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
	    "Trainer's report", "index");
	render_el(pg.main, "p", "What learners got right and wrong, from "
	    "the results collected. No learner is named unless the report "
	    "was made with --names, and any group of fewer than 5 learners "
	    "is shown as \"fewer than 5\". Every table can be downloaded as "
	    "CSV, and all of them as report.json.");
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
    const struct theme *t, const char *outdir, int names, struct diag *d)
{
	struct report_ctx c = { 0 };
	int rc = -1;
	/* The pages wear the site's settings (name, logo, footer) as the
	 * site's own pages do; the theme's assets stay the theme's. */
	struct theme site_theme = *t;
	site_theme.layout = render_settings_layout(t->layout, &p->settings);
	c.t = &site_theme;
	c.names = names;
	c.s = report_stats_new(st, p, names, d);
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
