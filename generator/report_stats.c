/* report_stats.c: the trainer's report's numbers, from the results
 * database and the content, in one pass over each pack's answers. */
#include "report_stats.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "buf.h"
#include "sitemap.h"
#include "xalloc.h"

/* A filter "every attempt", or one pack's or scenario's: ?1 kind, ?2 id. */
#define UNIT_WHERE "(?1 IS NULL OR (parent_kind = ?1 AND parent = ?2))"

static const char sql_totals[] =
    "SELECT count(*), count(finished), count(DISTINCT learner), "
    "  coalesce(sum(finished IS NOT NULL AND passed = 1), 0) "
    "FROM attempt WHERE " UNIT_WHERE;
static const char sql_percent[] =
    "SELECT percent FROM attempt WHERE finished IS NOT NULL AND " UNIT_WHERE;
static const char sql_months[] =
    "SELECT substr(coalesce(started, finished), 1, 7) AS m, count(*) "
    "FROM attempt WHERE " UNIT_WHERE " GROUP BY m ORDER BY m";
/* Each learner's first finished attempt, with its answers in order. */
static const char sql_counted[] =
    "SELECT a.id, a.passed, a.agency, a.ending, a.outcome, a.content_hash, "
    "  i.item, h.hash, n.response, a.origin "
    "FROM (SELECT *, row_number() OVER (PARTITION BY learner "
    "    ORDER BY coalesce(started, finished), id) AS rn "
    "  FROM attempt WHERE finished IS NOT NULL AND " UNIT_WHERE ") AS a "
    "LEFT JOIN answer_row AS n ON n.attempt = a.id "
    "LEFT JOIN item AS i ON i.id = n.item "
    "LEFT JOIN item_hash AS h ON h.id = n.item_hash "
    "WHERE a.rn = 1 ORDER BY a.id, n.seq, i.item";
static const char sql_names[] =
    "SELECT learner_name, parent, count(*), max(percent) FROM attempt "
    "WHERE learner_name IS NOT NULL AND learner_name != '' "
    "GROUP BY learner_name, parent ORDER BY learner_name, parent";

/* Sums of a pack's complete attempts, in integers so that the moments
 * are exact whatever the number of attempts: item scores are 0 or 1 and
 * a test score is their count. */
struct moments {
	int64_t n, st, stt;	/* attempts, sum of T, sum of T squared */
	int64_t *sx, *sxt;	/* per item: sum of x, sum of x T */
};

/* The counted attempt being read. */
struct acc {
	const struct catalogue *cat;	/* the words of groups' labels */
	long long id;
	int passed;
	char *agency, *ending, *outcome;
	int stale;		/* a scenario attempt on other content */
	int from_file;		/* a learner's results file */
	signed char *x;		/* per item: -1 not scored, 0 or 1 */
	struct buf path;
};

int
report_stats_small(size_t n)
{
	return n < REPORT_SMALL_GROUP;
}

static int
db_fail(sqlite3 *db, struct diag *d, const char *doing)
{
	diag_syserr(d, "results database: %s: %s", doing, sqlite3_errmsg(db));
	return -1;
}

/* Prepares sql with the unit filter bound. NULL after reporting. */
static sqlite3_stmt *
unit_query(sqlite3 *db, const char *sql, const struct report_unit *u,
    struct diag *d)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK) {
		db_fail(db, d, "reading the results");
		return NULL;
	}
	if (u->it != NULL) {
		const char *kind = u->it->kind == ITEM_PACK ? "pack" :
		    "scenario";
		sqlite3_bind_text(q, 1, kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 2, u->it->id, -1, SQLITE_STATIC);
	}
	return q;
}

static char *
col_dup(sqlite3_stmt *q, int col)
{
	const unsigned char *s = sqlite3_column_text(q, col);
	return s != NULL ? xstrdup((const char *)s) : NULL;
}

static size_t
col_size(sqlite3_stmt *q, int col)
{
	sqlite3_int64 v = sqlite3_column_int64(q, col);
	return v > 0 ? (size_t)v : 0;
}

/* Attempts, learners, passes, the score distribution and the months. */
static int
unit_totals(sqlite3 *db, struct report_unit *u, struct diag *d)
{
	int rc = -1;
	sqlite3_stmt *q = unit_query(db, sql_totals, u, d);
	if (q == NULL || sqlite3_step(q) != SQLITE_ROW)
		goto out;
	u->attempts = col_size(q, 0);
	u->finished = col_size(q, 1);
	u->learners = col_size(q, 2);
	u->passed = col_size(q, 3);
	sqlite3_finalize(q);
	if ((q = unit_query(db, sql_percent, u, d)) == NULL)
		goto out;
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (sqlite3_column_type(q, 0) == SQLITE_NULL) {
			u->unknown_percent++;
			continue;
		}
		double pc = sqlite3_column_double(q, 0);
		int bin = pc >= 100 ? REPORT_BINS - 1 : pc <= 0 ? 0 :
		    (int)(pc / (100 / REPORT_BINS));
		u->dist[bin]++;
	}
	sqlite3_finalize(q);
	if ((q = unit_query(db, sql_months, u, d)) == NULL)
		goto out;
	while (sqlite3_step(q) == SQLITE_ROW) {
		u->months = xrealloc(u->months, (u->month_count + 1) *
		    sizeof *u->months);
		struct report_month *m = &u->months[u->month_count++];
		const unsigned char *s = sqlite3_column_text(q, 0);
		snprintf(m->month, sizeof m->month, "%s",
		    s != NULL ? (const char *)s : "unknown");
		m->attempts = col_size(q, 1);
	}
	rc = 0;
out:
	if (rc != 0 && q != NULL)
		db_fail(db, d, "counting attempts");
	sqlite3_finalize(q);
	return rc;
}

/* The questions of a pack in its order, or a scenario's decision steps
 * in reading order. */
static void
unit_items(struct report_unit *u)
{
	const struct item *it = u->it;
	if (it->kind == ITEM_PACK) {
		u->items = xcalloc(it->pack.member_count + 1, sizeof *u->items);
		for (size_t i = 0; i < it->pack.member_count; i++)
			if (sitemap_is_question(it->pack.members[i]))
				u->items[u->item_count++].it =
				    it->pack.members[i];
		return;
	}
	u->items = xcalloc(it->scenario.step_count + 1, sizeof *u->items);
	for (size_t i = 0; i < it->scenario.step_count; i++) {
		size_t k = it->scenario.step_order != NULL ?
		    it->scenario.step_order[i] : i;
		const struct scen_step *st = &it->scenario.steps[k];
		if (st->ending || st->choice_count == 0)
			continue;
		u->items[u->item_count].it = it;
		u->items[u->item_count++].step = st;
	}
}

static const char *
item_key(const struct report_item *ri)
{
	return ri->step != NULL ? ri->step->id : ri->it->id;
}

/* The index of the unit's item called id, or -1. */
static long
find_item(const struct report_unit *u, const char *id)
{
	for (size_t i = 0; i < u->item_count; i++)
		if (strcmp(item_key(&u->items[i]), id) == 0)
			return (long)i;
	return -1;
}

/* Whether id names something in the content at all (for "content
 * changed" against "no longer in the content"). */
static int
known_id(const struct pack *p, const struct report_unit *u, const char *id)
{
	return u->it->kind == ITEM_PACK && pack_find(p, id) != NULL;
}

static struct report_group *
group_get(struct report_groups *g, const char *key, const char *label)
{
	for (size_t i = 0; i < g->count; i++)
		if (strcmp(g->v[i].key, key) == 0)
			return &g->v[i];
	g->v = xrealloc(g->v, (g->count + 1) * sizeof *g->v);
	struct report_group *n = &g->v[g->count++];
	memset(n, 0, sizeof *n);
	n->key = xstrdup(key);
	n->label = xstrdup(label);
	n->last = -1;
	return n;
}

/* Counts one scored answer in group (key, label) for attempt a. */
static void
group_answer(struct report_groups *g, const char *key, const char *label,
    const struct acc *a, int x)
{
	struct report_group *gr = group_get(g, key, label);
	if (gr->last != a->id) {
		gr->last = a->id;
		gr->learners++;
		gr->passed += a->passed == 1;
	}
	gr->answers++;
	gr->right += (size_t)x;
}

/* The golden rules and the principles a question cites, the rules in the
 * edition that numbers them (the question's, else its pack's pk). */
static void
case_groups(struct report_unit *u, const struct item *pk,
    const struct item *it, const struct acc *a, int x)
{
	char key[64], number[32];
	const char *edition = pack_rule_edition(it, pk);
	const char *ed = edition != NULL ? edition : "none";
	const char *edl = edition != NULL ? catalogue_name(a->cat, "edition",
	    edition) : NULL;
	char *none = catalogue_format(a->cat, "report.no_edition", NULL);
	for (size_t r = 0; r < it->ext->rules.count; r++) {
		int n = it->ext->rules.values[r];
		snprintf(key, sizeof key, "%s:rule-%d", ed, n);
		snprintf(number, sizeof number, "%d", n);
		const char *args[] = { "n", number, "edition", edl != NULL ?
		    edl : edition != NULL ? edition : none, NULL };
		char *label = catalogue_format(a->cat, "report.rule_label",
		    args);
		group_answer(&u->rules, key, label, a, x);
		free(label);
	}
	free(none);
	for (size_t i = 0; i < it->ext->principles.count; i++) {
		const char *name = it->ext->principles.values[i];
		const char *label = catalogue_name(a->cat, "principle", name);
		snprintf(key, sizeof key, "principle-%s", name);
		group_answer(&u->principles, key, label != NULL ? label : name,
		    a, x);
	}
}

/* Scores one question's answer: 1 right, 0 not; counts the kind of
 * mistake. */
static int
score_question(struct report_item *ri, const char *response)
{
	const struct item *it = ri->it;
	const char *want = it->kind == ITEM_MYTH ?
	    pack_verdict_name(it->myth.verdict) :
	    pack_outcome_name(it->vignette.expected);
	if (response == NULL) {
		ri->unanswered++;
		return 0;
	}
	if (strcmp(response, want) == 0)
		return 1;
	ri->wrong++;
	if (it->kind == ITEM_VIGNETTE) {
		ri->over += strcmp(response, "share") == 0;
		ri->under += strcmp(response, "no-share") == 0;
	}
	return 0;
}

/* Scores a decision: right when the choice made is one the guidance
 * expects. */
static int
score_decision(struct report_item *ri, const char *response)
{
	const struct scen_step *st = ri->step;
	if (response == NULL) {
		ri->unanswered++;
		return 0;
	}
	size_t c = (size_t)(unsigned char)response[0] - 'a';
	if (response[0] >= 'a' && response[1] == '\0' && c < st->choice_count &&
	    st->choices[c].grade == GRADE_EXPECTED)
		return 1;
	ri->wrong++;
	return 0;
}

/* Whether hash (may be NULL) is the item's current content hash. */
static int
hash_matches(const struct item *it, const char *hash)
{
	char hex[SITEMAP_HEX_SIZE];
	if (hash == NULL)
		return 1;
	sitemap_fingerprint(it, hex);
	return strcmp(hash, hex) == 0;
}

/* One answer row of the counted attempt a. */
static void
take_answer(const struct pack *p, struct report_unit *u, struct acc *a,
    const char *item, const char *hash, const char *response)
{
	long i = find_item(u, item);
	if (u->it->kind == ITEM_SCENARIO) {
		buf_printf(&a->path, "%s%s:%s", a->path.len ? " > " : "", item,
		    response != NULL ? response : "-");
		hash = a->stale ? "" : NULL;
	}
	if (i < 0) {
		if (known_id(p, u, item))
			u->changed++;
		else
			u->gone++;
		return;
	}
	struct report_item *ri = &u->items[i];
	if (!hash_matches(u->it->kind == ITEM_PACK ? ri->it : u->it, hash)) {
		u->changed++;
		return;
	}
	int x = ri->step != NULL ? score_decision(ri, response) :
	    score_question(ri, response);
	ri->learners++;
	ri->right += (size_t)x;
	a->x[i] = (signed char)x;
	if (ri->step == NULL)
		case_groups(u, u->it->kind == ITEM_PACK ? u->it : NULL, ri->it,
		    a, x);
}

/* The title of a scenario's step, for an ending's label. */
static const char *
step_title(const struct item *sc, const char *id)
{
	for (size_t i = 0; i < sc->scenario.step_count; i++)
		if (strcmp(sc->scenario.steps[i].id, id) == 0)
			return sc->scenario.steps[i].title;
	return NULL;
}

/* Whether a pack attempt scored on every question passes as the quiz
 * scores it (README, "Scoring"): each part with questions reaches the
 * pack's pass mark. */
static int
pack_verdict(const struct report_unit *u, const struct acc *a)
{
	size_t right[PACK_PARTS] = { 0 }, total[PACK_PARTS] = { 0 };
	for (size_t i = 0; i < u->item_count; i++) {
		int part = u->items[i].it->kind == ITEM_MYTH ? PART_MYTHS :
		    PART_CASES;
		total[part]++;
		right[part] += (size_t)a->x[i];
	}
	for (int part = 0; part < PACK_PARTS; part++)
		if (right[part] * 100 < (size_t)u->it->pass_mark * total[part])
			return 0;
	return 1;
}

/* The words for the outcome an ending's author marked, or the mark as it
 * is when the catalogue has none. Borrowed. */
static const char *
outcome_words(const struct acc *a)
{
	const char *w = catalogue_name(a->cat, "outcome", a->outcome);
	return w != NULL ? w : a->outcome;
}

/* What a finished counted attempt of a scenario adds to its paths and
 * endings; the keys ("(none)", "(no decisions)") are data, the labels the
 * catalogue's words. */
static void
finish_scenario(struct report_unit *u, struct acc *a)
{
	const char *end = a->ending != NULL ? a->ending : "(none)";
	const char *title = a->ending != NULL ? step_title(u->it, end) : NULL;
	char *none = catalogue_format(a->cat, "report.no_decisions", NULL);
	char *no_end = catalogue_format(a->cat, "report.no_ending", NULL);
	const char *shown_end = a->ending != NULL ? end : no_end;
	struct report_group *g = group_get(&u->paths, a->path.len ?
	    a->path.data : "(no decisions)", a->path.len ? a->path.data :
	    none);
	g->learners++;
	g->passed += a->passed == 1;
	if (g->detail == NULL)
		g->detail = xasprintf("%s%s%s", shown_end, a->outcome ? ", " :
		    "", a->outcome ? outcome_words(a) : "");
	g = group_get(&u->endings, end, title != NULL ? title : shown_end);
	g->learners++;
	g->passed += a->passed == 1;
	if (g->detail == NULL && a->outcome != NULL)
		g->detail = xstrdup(outcome_words(a));
	free(none);
	free(no_end);
}

/* What a finished counted attempt adds to the moments and groups. */
static void
finish_attempt(struct report_unit *u, struct moments *m, struct acc *a)
{
	size_t scored = 0, right = 0;
	for (size_t i = 0; i < u->item_count; i++)
		if (a->x[i] >= 0) {
			scored++;
			right += (size_t)a->x[i];
		}
	u->counted++;
	if (scored == u->item_count && u->item_count > 0 &&
	    u->it->kind == ITEM_PACK) {
		/* A results file comes from the learner, who may have
		 * edited it: its verdict is checked against its answers. An
		 * LMS may set its own pass mark, so its verdicts are not. */
		if (a->from_file && a->passed >= 0 &&
		    a->passed != pack_verdict(u, a))
			u->disputed++;
		int64_t t = (int64_t)right;
		m->n++;
		m->st += t;
		m->stt += t * t;
		for (size_t i = 0; i < u->item_count; i++) {
			m->sx[i] += a->x[i];
			m->sxt[i] += a->x[i] * t;
		}
	}
	if (a->agency != NULL) {
		const char *label = catalogue_name(a->cat, "agency", a->agency);
		struct report_group *g = group_get(&u->agencies, a->agency,
		    label != NULL ? label : a->agency);
		g->learners++;
		g->passed += a->passed == 1;
		g->answers += scored;
		g->right += right;
	}
	if (u->it->kind != ITEM_SCENARIO)
		return;
	finish_scenario(u, a);
}

static void
acc_reset(struct acc *a, const struct report_unit *u)
{
	free(a->agency);
	free(a->ending);
	free(a->outcome);
	a->agency = a->ending = a->outcome = NULL;
	a->path.len = 0;
	if (a->path.data != NULL)
		a->path.data[0] = '\0';
	memset(a->x, -1, u->item_count + 1);
}

/* Starts the counted attempt of row q. */
static void
acc_begin(struct acc *a, const struct report_unit *u, sqlite3_stmt *q)
{
	acc_reset(a, u);
	a->id = sqlite3_column_int64(q, 0);
	a->passed = sqlite3_column_type(q, 1) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(q, 1);
	a->agency = col_dup(q, 2);
	a->ending = col_dup(q, 3);
	a->outcome = col_dup(q, 4);
	a->stale = 0;
	const unsigned char *origin = sqlite3_column_text(q, 9);
	a->from_file = origin != NULL &&
	    strcmp((const char *)origin, "results") == 0;
	if (u->it->kind == ITEM_SCENARIO) {
		const unsigned char *h = sqlite3_column_text(q, 5);
		a->stale = !hash_matches(u->it, (const char *)h);
	}
}

/* Reads the counted attempts of u and their answers, one row at a time. */
static int
unit_answers(sqlite3 *db, const struct pack *p, struct report_unit *u,
    struct moments *m, const struct catalogue *cat, struct diag *d)
{
	struct acc a = { 0 };
	a.cat = cat;
	a.x = xmalloc(u->item_count + 1);
	int rc = -1, have = 0, step;
	sqlite3_stmt *q = unit_query(db, sql_counted, u, d);
	if (q == NULL)
		goto out;
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(q, 0);
		if (!have || id != a.id) {
			if (have)
				finish_attempt(u, m, &a);
			acc_begin(&a, u, q);
			have = 1;
		}
		const unsigned char *item = sqlite3_column_text(q, 6);
		if (item != NULL)
			take_answer(p, u, &a, (const char *)item,
			    (const char *)sqlite3_column_text(q, 7),
			    (const char *)sqlite3_column_text(q, 8));
	}
	if (step != SQLITE_DONE) {
		db_fail(db, d, "reading answers");
		goto out;
	}
	if (have)
		finish_attempt(u, m, &a);
	rc = 0;
out:
	sqlite3_finalize(q);
	acc_reset(&a, u);
	free(a.x);
	buf_free(&a.path);
	return rc;
}

/* Moodle's discrimination index of item i and Cronbach's alpha, from the
 * exact integer moments: with n attempts, n^2 times each (co)variance is
 * an integer, so only the last division and square root round. */
static void
unit_moments(struct report_unit *u, const struct moments *m)
{
	int64_t n = m->n, k = (int64_t)u->item_count;
	double vt = (double)(n * m->stt - m->st * m->st);
	double sum_vi = 0;
	for (size_t i = 0; i < u->item_count; i++) {
		int64_t vx = n * m->sx[i] - m->sx[i] * m->sx[i];
		int64_t cxt = n * m->sxt[i] - m->sx[i] * m->st;
		int64_t cxr = cxt - vx;	/* against the rest: T - x */
		int64_t vr = n * m->stt - m->st * m->st - 2 * cxt + vx;
		sum_vi += (double)vx;
		u->items[i].discrimination = vx > 0 && vr > 0 ? 100.0 *
		    (double)cxr / sqrt((double)vx * (double)vr) : NAN;
	}
	u->alpha = n >= 2 && k >= 2 && vt > 0 ? (double)k / (double)(k - 1) *
	    (1.0 - sum_vi / vt) : NAN;
	u->complete = (size_t)n;
}

/* More believed first (share of learners answering "fact"), then by id:
 * a.wrong/a.learners against b.wrong/b.learners, in integers. */
static int
by_belief(const struct report_unit *u, size_t ia, size_t ib)
{
	const struct report_item *a = &u->items[ia], *b = &u->items[ib];
	unsigned long long l = (unsigned long long)a->wrong * b->learners;
	unsigned long long r = (unsigned long long)b->wrong * a->learners;
	if (l != r)
		return l > r ? -1 : 1;
	return strcmp(a->it->id, b->it->id);
}

/* Facility, flags, and the myths in order of how many believe them. */
static void
unit_items_finish(struct report_unit *u)
{
	u->myths = xcalloc(u->item_count + 1, sizeof *u->myths);
	for (size_t i = 0; i < u->item_count; i++) {
		struct report_item *ri = &u->items[i];
		ri->facility = ri->learners > 0 ?
		    (double)ri->right / (double)ri->learners : NAN;
		if (report_stats_small(ri->learners))
			continue;
		if (ri->facility >= REPORT_TOO_EASY)
			ri->flags |= REPORT_FLAG_EASY;
		if (ri->facility <= REPORT_TOO_HARD)
			ri->flags |= REPORT_FLAG_HARD;
		if (ri->discrimination < 0)
			ri->flags |= REPORT_FLAG_NEGATIVE;
	}
	for (size_t i = 0; i < u->item_count; i++)
		if (u->items[i].step == NULL &&
		    u->items[i].it->kind == ITEM_MYTH &&
		    u->items[i].it->myth.verdict == VERDICT_MYTH)
			u->myths[u->myth_count++] = i;
	/* Insertion sort: stable and deterministic, and myths are few. */
	for (size_t i = 1; i < u->myth_count; i++)
		for (size_t j = i; j > 0 && by_belief(u, u->myths[j - 1],
		    u->myths[j]) > 0; j--) {
			size_t t = u->myths[j];
			u->myths[j] = u->myths[j - 1];
			u->myths[j - 1] = t;
		}
}

static int
group_cmp(const void *pa, const void *pb)
{
	const struct report_group *a = pa, *b = pb;
	return strcmp(a->key, b->key);
}

/* Paths: the most taken first, then by key. */
static int
path_cmp(const void *pa, const void *pb)
{
	const struct report_group *a = pa, *b = pb;
	if (a->learners != b->learners)
		return a->learners > b->learners ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* qsort, but for an empty set of groups, whose array is NULL. */
static void
groups_sort(struct report_groups *g, int (*cmp)(const void *, const void *))
{
	if (g->count > 0)
		qsort(g->v, g->count, sizeof *g->v, cmp);
}

static int
unit_analyse(sqlite3 *db, const struct pack *p, struct report_unit *u,
    const struct catalogue *cat, struct diag *d)
{
	unit_items(u);
	struct moments m = { 0, 0, 0, xcalloc(u->item_count + 1, sizeof
	    *m.sx), xcalloc(u->item_count + 1, sizeof *m.sxt) };
	int rc = unit_totals(db, u, d);
	if (rc == 0)
		rc = unit_answers(db, p, u, &m, cat, d);
	if (rc == 0) {
		unit_moments(u, &m);
		unit_items_finish(u);
		groups_sort(&u->agencies, group_cmp);
		groups_sort(&u->rules, group_cmp);
		groups_sort(&u->principles, group_cmp);
		groups_sort(&u->endings, group_cmp);
		groups_sort(&u->paths, path_cmp);
	}
	free(m.sx);
	free(m.sxt);
	return rc;
}

static int
unit_by_id(const void *pa, const void *pb)
{
	const struct report_unit *a = pa, *b = pb;
	if (a->it->kind != b->it->kind)
		return a->it->kind == ITEM_PACK ? -1 : 1;
	return strcmp(a->it->id, b->it->id);
}

static int
stats_names(sqlite3 *db, struct report_stats *s, struct diag *d)
{
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(db, sql_names, -1, &q, NULL) != SQLITE_OK)
		return db_fail(db, d, "reading learners' names");
	int step;
	while ((step = sqlite3_step(q)) == SQLITE_ROW) {
		s->learners = xrealloc(s->learners, (s->learner_count + 1) *
		    sizeof *s->learners);
		struct report_learner *l = &s->learners[s->learner_count++];
		l->name = col_dup(q, 0);
		l->unit = col_dup(q, 1);
		l->attempts = col_size(q, 2);
		l->best = sqlite3_column_type(q, 3) == SQLITE_NULL ? NAN :
		    sqlite3_column_double(q, 3);
	}
	sqlite3_finalize(q);
	return step == SQLITE_DONE ? 0 : db_fail(db, d, "reading names");
}

struct report_stats *
report_stats_new(struct store *st, const struct pack *p, int names,
    const struct catalogue *cat, struct diag *d)
{
	sqlite3 *db = store_db(st);
	struct report_stats *s = xcalloc(1, sizeof *s);
	s->units = xcalloc(p->count + 1, sizeof *s->units);
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (it->kind == ITEM_PACK || it->kind == ITEM_SCENARIO)
			s->units[s->count++].it = it;
	}
	qsort(s->units, s->count, sizeof *s->units, unit_by_id);
	int rc = unit_totals(db, &s->overall, d);
	for (size_t i = 0; rc == 0 && i < s->count; i++)
		rc = unit_analyse(db, p, &s->units[i], cat, d);
	if (rc == 0 && names)
		rc = stats_names(db, s, d);
	if (rc != 0) {
		report_stats_free(s);
		s = NULL;
	}
	return s;
}

static void
groups_free(struct report_groups *g)
{
	for (size_t i = 0; i < g->count; i++) {
		free(g->v[i].key);
		free(g->v[i].label);
		free(g->v[i].detail);
	}
	free(g->v);
}

static void
unit_free(struct report_unit *u)
{
	free(u->months);
	free(u->items);
	free(u->myths);
	groups_free(&u->agencies);
	groups_free(&u->rules);
	groups_free(&u->principles);
	groups_free(&u->paths);
	groups_free(&u->endings);
}

void
report_stats_free(struct report_stats *s)
{
	if (s == NULL)
		return;
	unit_free(&s->overall);
	for (size_t i = 0; i < s->count; i++)
		unit_free(&s->units[i]);
	free(s->units);
	for (size_t i = 0; i < s->learner_count; i++) {
		free(s->learners[i].name);
		free(s->learners[i].unit);
	}
	free(s->learners);
	free(s);
}
