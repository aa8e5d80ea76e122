/* report_moodle.c: reads a Moodle SCORM report download (tab-separated,
 * libcsv) row by row: the header says where each SCO's block and question
 * cells are, each row gives a learner's attempt at each SCO. */
#include "report_moodle.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* The kinds of question cell, in the order Moodle writes them. */
enum qcell { Q_QUESTION, Q_RESPONSE, Q_RIGHT, Q_RESULT, Q_KINDS };
static const char *const qcell_names[Q_KINDS] = { "Question", "Response",
	"Right answer", "Result" };

/* A row as read, each field NUL-terminated. */
struct row {
	char **cell;
	size_t count, cap;
	int line;		/* of its first field */
	int newlines;		/* inside its fields */
};

/* A SCO's columns: the item it is (NULL when no title matched). */
struct sco {
	const struct item *it;
	char *title;
};

struct moodle_read {
	struct store *st;
	const struct pack *p;
	const char *name;
	struct diag *d;
	struct report_moodle_counts *n;
	struct row row;
	int next_line;
	int header_done;
	int failed;
	/* From the header. */
	int col_name, col_email, col_attempt, col_started, col_last;
	size_t prefix;		/* cells before the first SCO block */
	struct sco *scos;
	size_t sco_count;
	int kind_at[Q_KINDS];	/* offset of each kind in a question's
				 * cells, or -1 when not shown */
	size_t per_question, questions;
};

/* The column where cell i of row starts, as Moodle writes it: a cell is
 * quoted when it holds a space, tab, quote, backslash or line break. */
static int
moodle_col(const struct row *r, size_t i)
{
	int col = 1;
	for (size_t k = 0; k < i && k < r->count; k++) {
		const char *c = r->cell[k];
		col += strcspn(c, " \t\"\\\n") != strlen(c) ? 3 : 1;
		for (; *c != '\0'; c++)
			col += (*c & 0xC0) != 0x80;
	}
	return col;
}

static struct srcpos
cell_pos(const struct moodle_read *m, size_t i)
{
	return (struct srcpos){ m->name, m->row.line, moodle_col(&m->row, i) };
}

/* Decodes in place the entities Moodle writes in email and question
 * cells (&amp; &lt; &gt; &quot; &#039; and other decimal ones). */
static void
moodle_unescape(char *s)
{
	static const struct { const char *from; char to; } named[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
		{ "&quot;", '"' },
	};
	char *out = s;
	while (*s != '\0') {
		int done = 0;
		for (size_t k = 0; k < 4 && !done; k++) {
			size_t n = strlen(named[k].from);
			if (strncmp(s, named[k].from, n) == 0) {
				*out++ = named[k].to;
				s += n;
				done = 1;
			}
		}
		if (!done && s[0] == '&' && s[1] == '#') {
			char *end;
			long v = strtol(s + 2, &end, 10);
			if (end > s + 2 && *end == ';' && v > 0 && v < 128) {
				*out++ = (char)v;
				s = end + 1;
				done = 1;
			}
		}
		if (!done)
			*out++ = *s++;
	}
	*out = '\0';
}

/* "Monday, 30 November 2026, 3:36 AM" as "2026-11-30T03:36": the time as
 * Moodle wrote it, in the downloader's time zone, which the file does not
 * say, so none is added. NULL when the cell is not such a date (another
 * language: the caller keeps it as written). The caller frees it. */
static char *
moodle_date(const char *s)
{
	static const char *const months[] = { "January", "February", "March",
		"April", "May", "June", "July", "August", "September",
		"October", "November", "December" };
	const char *comma = strchr(s, ',');
	char month[16], ampm[3];
	int day, year, hour, minute;
	if (comma == NULL || sscanf(comma + 1, " %d %15s %d, %d:%d %2s", &day,
	    month, &year, &hour, &minute, ampm) != 6 || hour < 1 ||
	    hour > 12 || minute < 0 || minute > 59 || day < 1 || day > 31)
		return NULL;
	for (int i = 0; i < 12; i++) {
		if (strcmp(month, months[i]) != 0)
			continue;
		if (strcmp(ampm, "AM") != 0 && strcmp(ampm, "PM") != 0)
			return NULL;
		hour = hour % 12 + (ampm[0] == 'P' ? 12 : 0);
		return xasprintf("%04d-%02d-%02dT%02d:%02d", year, i + 1, day,
		    hour, minute);
	}
	return NULL;
}

static int
moodle_find(const struct row *r, const char *name)
{
	for (size_t i = 0; i < r->count; i++)
		if (strcmp(r->cell[i], name) == 0)
			return (int)i;
	return -1;
}

/* The kind of a question column title "Result 12", setting *num; -1 when
 * the title is not one. */
static int
moodle_qcell(const char *s, long *num)
{
	for (int k = 0; k < Q_KINDS; k++) {
		size_t n = strlen(qcell_names[k]);
		if (strncmp(s, qcell_names[k], n) != 0 || s[n] != ' ' ||
		    s[n + 1] < '0' || s[n + 1] > '9')
			continue;
		char *end;
		*num = strtol(s + n + 1, &end, 10);
		if (*end == '\0')
			return k;
	}
	return -1;
}

/* The pack (its quiz) or scenario a SCO title names: sharepack's package
 * titles each SCO with the pack's or the scenario's title. */
static const struct item *
moodle_sco_item(const struct pack *p, const char *title)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if ((it->kind == ITEM_PACK || it->kind == ITEM_SCENARIO) &&
		    it->title != NULL && strcmp(it->title, title) == 0)
			return it;
	}
	return NULL;
}

/* The question columns from q0 on: which kinds are shown, in which order,
 * and how many questions. 0 or -1 (printed). */
static int
moodle_questions(struct moodle_read *m, size_t q0)
{
	const struct row *r = &m->row;
	for (int k = 0; k < Q_KINDS; k++)
		m->kind_at[k] = -1;
	size_t i = q0;
	long num;
	int k;
	for (; i < r->count && (k = moodle_qcell(r->cell[i], &num)) >= 0 &&
	    num == 0; i++)
		m->kind_at[k] = (int)(i - q0);
	m->per_question = i - q0;
	if (m->per_question == 0)
		return 0;
	m->questions = (r->count - q0) / m->per_question;
	for (i = q0; i < r->count; i++) {
		size_t q = (i - q0) / m->per_question;
		int want = -1;
		for (int kk = 0; kk < Q_KINDS; kk++)
			if (m->kind_at[kk] == (int)((i - q0) % m->per_question))
				want = kk;
		if (moodle_qcell(r->cell[i], &num) != want || num != (long)q) {
			struct srcpos at = cell_pos(m, i);
			diag_error(m->d, &at, "a column '%s' where Moodle's "
			    "report has '%s %zu'; give the download unchanged",
			    r->cell[i], qcell_names[want < 0 ? 0 : want], q);
			return -1;
		}
	}
	return 0;
}

/* The SCO columns after Score: each title matched to the project. */
static void
moodle_scos(struct moodle_read *m, size_t from, size_t to)
{
	m->sco_count = to - from;
	m->scos = xcalloc(m->sco_count + 1, sizeof *m->scos);
	for (size_t s = 0; s < m->sco_count; s++) {
		const char *title = m->row.cell[from + s];
		m->scos[s].title = xstrdup(title);
		m->scos[s].it = moodle_sco_item(m->p, title);
		if (m->scos[s].it != NULL)
			continue;
		struct srcpos at = cell_pos(m, from + s);
		diag_warn(m->d, &at, "no pack or scenario of this project has "
		    "the title '%s' (sharepack's package names each SCO by "
		    "it); its columns are passed over", title);
	}
}

/* The first row: the columns. 0 or -1 (printed). */
static int
moodle_header(struct moodle_read *m)
{
	static const char *const need[] = { "Attempt", "Started on",
		"Last accessed on", "Score", "Email address" };
	const struct row *r = &m->row;
	int at[5];
	for (int i = 0; i < 5; i++) {
		at[i] = moodle_find(r, need[i]);
		if (at[i] >= 0)
			continue;
		struct srcpos pos = { m->name, r->line, 1 };
		diag_error(m->d, &pos, "no '%s' column; %s", need[i], i == 4 ?
		    "sharepack tells learners apart by their email: show it "
		    "in the report (Moodle's 'Show user identity' setting)" :
		    "give a SCORM report as Moodle downloads it (\"Download "
		    "in text format\")");
		return -1;
	}
	/* A learner's columns come before the score, and each row is cut
	 * after the score's and the SCOs' (moodle_row): one after them
	 * would be a cell no row is made to have. */
	for (int i = 0; i < 5; i++) {
		if (i == 3 || at[i] < at[3])
			continue;
		struct srcpos pos = { m->name, r->line, 1 };
		diag_error(m->d, &pos, "the '%s' column comes after 'Score'; "
		    "give a SCORM report as Moodle downloads it (\"Download "
		    "in text format\")", need[i]);
		return -1;
	}
	m->col_attempt = at[0];
	m->col_started = at[1];
	m->col_last = at[2];
	m->col_email = at[4];
	m->col_name = moodle_find(r, "Name");
	if (m->col_name > at[3])
		m->col_name = -1;
	m->prefix = (size_t)at[3] + 1;
	size_t q0 = m->prefix;
	long num;
	while (q0 < r->count && moodle_qcell(r->cell[q0], &num) < 0)
		q0++;
	moodle_scos(m, m->prefix, q0);
	if (moodle_questions(m, q0) != 0)
		return -1;
	struct srcpos pos = { m->name, r->line, 1 };
	if (m->sco_count == 0)
		diag_warn(m->d, &pos, "the report names no SCO (a Basic report "
		    "without 'Track details'), so its scores cannot be told "
		    "apart by pack; nothing of it is stored");
	else if (m->per_question > 0 && m->kind_at[Q_QUESTION] < 0)
		diag_warn(m->d, &pos, "no 'Question' columns, so answers "
		    "cannot be matched to items and only attempts and scores are "
		    "stored; in Moodle tick Question, Response and Result in "
		    "the report's options and 'Save preferences' before "
		    "downloading");
	return 0;
}

/* The answer in question q's cells of the block at b, for the SCO's item;
 * 0 when the question cell is empty (not asked), 1 when *ans is filled
 * (its strings point into the row or are static). */
static int
moodle_answer(struct moodle_read *m, const struct item *sco, size_t b,
    size_t q, struct store_answer *ans)
{
	char **c = m->row.cell + b + 1 + q * m->per_question;
	char *item = c[m->kind_at[Q_QUESTION]];
	if (*item == '\0')
		return 0;
	moodle_unescape(item);
	const char *resp = m->kind_at[Q_RESPONSE] >= 0 ?
	    c[m->kind_at[Q_RESPONSE]] : "";
	const char *result = m->kind_at[Q_RESULT] >= 0 ?
	    c[m->kind_at[Q_RESULT]] : "";
	*ans = (struct store_answer){ .seq = (int)q, .item = item,
		.response = *resp ? resp : NULL,
		.correct = strcmp(result, "correct") == 0 ? 1 :
		    strcmp(result, "wrong") == 0 ? 0 : -1 };
	if (sco->kind == ITEM_SCENARIO) {
		/* A scenario's interactions are its steps, "step-ID". */
		if (strncmp(item, "step-", 5) == 0 && item[5] != '\0')
			ans->item = item + 5;
		ans->kind = "decision";
		return 1;
	}
	/* The letters stand for the item's two answers (a: myth or share,
	 * b: fact or do not share); an item gone from the content keeps its
	 * letter. */
	const struct item *it = pack_find(m->p, item);
	int a = strcmp(resp, "a") == 0, bb = strcmp(resp, "b") == 0;
	if (it != NULL && it->kind == ITEM_MYTH) {
		ans->kind = "myth";
		ans->response = a ? "myth" : bb ? "fact" : ans->response;
	} else if (it != NULL && it->kind == ITEM_VIGNETTE) {
		ans->kind = "vignette";
		ans->response = a ? "share" : bb ? "no-share" : ans->response;
	}
	return 1;
}

/* The attempt at SCO s in the block at b of the current row. */
static int
moodle_attempt(struct moodle_read *m, size_t s, size_t b,
    struct store_attempt *a)
{
	const char *cell = m->row.cell[b];
	if (*cell == '\0' || strcmp(cell, "Not attempted") == 0)
		return 0;
	char *end;
	double score = strtod(cell, &end), max = 100;
	if (end != cell && *end == '/')
		max = strtod(end + 1, &end);
	if (end == cell || *end != '\0' || max <= 0) {
		struct srcpos at = cell_pos(m, b);
		diag_error(m->d, &at, "'%s' is not a score (such as 68 or "
		    "68/100)", cell);
		return -1;
	}
	const struct item *it = m->scos[s].it;
	a->parent = it->id;
	a->parent_kind = it->kind == ITEM_PACK ? "pack" : "scenario";
	a->score = score;
	a->max = max;
	a->percent = 100 * score / max;
	a->has_score = 1;
	return 1;
}

/* Stores the attempts of the current row's SCO s; 0 or -1 (printed). */
static int
moodle_sco(struct moodle_read *m, size_t s, struct store_attempt *a,
    const char *email, const char *attempt)
{
	size_t b = m->prefix + s * (1 + m->questions * m->per_question);
	int rc = moodle_attempt(m, s, b, a);
	if (rc <= 0)
		return rc;
	char *key = xasprintf("moodle:%s:%s:%s", a->parent, email, attempt);
	a->key = key;
	int64_t id;
	rc = store_attempt(m->st, a, &id);
	if (rc >= 0)
		*(rc ? &m->n->added : &m->n->known) += 1;
	for (size_t q = 0; rc >= 0 && m->kind_at[Q_QUESTION] >= 0 &&
	    q < m->questions; q++) {
		struct store_answer ans;
		if (moodle_answer(m, m->scos[s].it, b, q, &ans) == 0)
			continue;
		int added = store_answer(m->st, id, &ans);
		rc = added < 0 ? -1 : rc;
		m->n->answers += added > 0;
	}
	free(key);
	return rc < 0 ? -1 : 0;
}

/* A learner's row: nothing for a user with no attempt ("-", the
 * downloading teacher among them), else an attempt per SCO attempted. */
static int
moodle_row(struct moodle_read *m)
{
	struct row *r = &m->row;
	size_t want = m->prefix + m->sco_count * (1 + m->questions *
	    m->per_question);
	if (r->count != want) {
		struct srcpos at = { m->name, r->line, 1 };
		diag_error(m->d, &at, "a row of %zu cells where the header "
		    "calls for %zu; give the download unchanged", r->count,
		    want);
		return -1;
	}
	const char *attempt = r->cell[m->col_attempt];
	if (strcmp(attempt, "-") == 0)
		return 0;
	if (*attempt == '\0' || strspn(attempt, "0123456789") !=
	    strlen(attempt)) {
		struct srcpos at = cell_pos(m, (size_t)m->col_attempt);
		diag_error(m->d, &at, "'%s' is not an attempt number", attempt);
		return -1;
	}
	char *email = r->cell[m->col_email];
	moodle_unescape(email);
	for (char *c = email; *c != '\0'; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	if (*email == '\0') {
		struct srcpos at = cell_pos(m, (size_t)m->col_email);
		diag_error(m->d, &at, "a learner with no email");
		return -1;
	}
	char *learner = xasprintf("mailto:%s", email);
	char *started = moodle_date(r->cell[m->col_started]);
	char *last = moodle_date(r->cell[m->col_last]);
	int rc = 0;
	for (size_t s = 0; s < m->sco_count && rc == 0; s++) {
		struct store_attempt a = { .origin = "moodle",
			.learner = learner, .learner_name = m->col_name >= 0 ?
			r->cell[m->col_name] : NULL,
			.started = started ? started : r->cell[m->col_started],
			.finished = last ? last : r->cell[m->col_last],
			.passed = -1 };
		if (m->scos[s].it != NULL)
			rc = moodle_sco(m, s, &a, email, attempt);
	}
	free(last);
	free(started);
	free(learner);
	return rc;
}

static void
on_field(void *data, size_t len, void *ctx)
{
	struct moodle_read *m = ctx;
	struct row *r = &m->row;
	if (r->count == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		r->cell = xrealloc(r->cell, r->cap * sizeof *r->cell);
	}
	char *s = xstrndup(data ? data : "", data ? len : 0);
	for (const char *c = s; *c != '\0'; c++)
		r->newlines += *c == '\n';
	r->cell[r->count++] = s;
}

static void
on_row(int term, void *ctx)
{
	struct moodle_read *m = ctx;
	struct row *r = &m->row;
	(void)term;
	r->line = m->next_line;
	if (!m->failed) {
		int rc = m->header_done ? moodle_row(m) : moodle_header(m);
		m->header_done = 1;
		m->failed = rc != 0;
	}
	m->next_line += 1 + r->newlines;
	for (size_t i = 0; i < r->count; i++)
		free(r->cell[i]);
	r->count = 0;
	r->newlines = 0;
}

/* Every character is data: Moodle quotes a cell with a space in it, and
 * libcsv would otherwise trim spaces around unquoted ones. */
static int
never_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
report_moodle_read(struct store *st, const struct pack *p, const char *name,
    const unsigned char *data, size_t len, struct report_moodle_counts *n,
    struct diag *d)
{
	struct moodle_read m = { .st = st, .p = p, .name = name, .d = d,
		.n = n, .next_line = 1 };
	struct csv_parser csv;
	int rc = -1;
	if (csv_init(&csv, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fputs("sharepack: out of memory\n", stderr);
		abort();
	}
	csv_set_delim(&csv, CSV_TAB);
	csv_set_space_func(&csv, never_space);
	size_t done = csv_parse(&csv, data, len, on_field, on_row, &m);
	if (done == len && !m.failed &&
	    csv_fini(&csv, on_field, on_row, &m) == 0)
		rc = m.failed ? -1 : 0;
	if (rc != 0 && !m.failed) {
		/* libcsv stops at a quote where none may be: count the lines
		 * up to it. */
		struct srcpos at = { name, 1, 1 };
		for (size_t i = 0; i < done && i < len; i++) {
			at.col = data[i] == '\n' ? 1 : at.col + ((data[i] &
			    0xC0) != 0x80);
			at.line += data[i] == '\n';
		}
		diag_error(d, &at, "not tab-separated text as Moodle writes "
		    "it: %s", csv_strerror(csv_error(&csv)));
	}
	csv_free(&csv);
	for (size_t i = 0; i < m.row.count; i++)
		free(m.row.cell[i]);
	free(m.row.cell);
	for (size_t s = 0; s < m.sco_count; s++)
		free(m.scos[s].title);
	free(m.scos);
	return rc;
}
