/* catalogue.c: the interface string catalogues: reads them with libyaml,
 * looks strings up with their placeholders filled, and checks each
 * language's catalogue against English and the table of keys the code
 * uses. */
#include "catalogue.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "buf.h"
#include "embed.h"
#include "frontmatter.h"
#include "fsutil.h"
#include "theme.h"
#include "xalloc.h"

/* Where the built-in catalogues are in the table of embed.h. */
#define BUILTIN_PREFIX "theme/" CATALOGUE_DIR "/"

/* Generated once from en.yaml, kept by hand since: a key the code starts
 * using is a row here and a line in every catalogue. Sorted by key. */
const struct catalogue_key catalogue_keys[] = {
	{ "agency.early-years", "", 0 },
	{ "agency.education", "", 0 },
	{ "agency.health", "", 0 },
	{ "agency.housing", "", 0 },
	{ "agency.police", "", 0 },
	{ "agency.probation", "", 0 },
	{ "agency.social-care", "", 0 },
	{ "agency.voluntary", "", 0 },
	{ "agency.youth-justice", "", 0 },
	{ "answer.fact", "", 0 },
	{ "answer.myth", "", 0 },
	{ "answer.no_share", "", 0 },
	{ "answer.share", "", 0 },
	{ "briefing.kicker", "minutes", 0 },
	{ "certificate.attempt_code", "code", 0 },
	{ "certificate.heading", "", 0 },
	{ "certificate.kicker", "", 0 },
	{ "certificate.passed", "date pack", 0 },
	{ "certificate.print", "", 0 },
	{ "certificate.scores", "lines pass_mark", 0 },
	{ "certificate.your_name", "", 0 },
	{ "count.cases", "n", 1 },
	{ "count.minutes", "n", 1 },
	{ "count.myths", "n", 1 },
	{ "count.questions", "n", 1 },
	{ "course.about_minutes", "minutes", 0 },
	{ "course.back_to", "title", 0 },
	{ "course.heading", "", 0 },
	{ "course.mark_read", "", 0 },
	{ "course.marked_read", "", 0 },
	{ "course.next", "", 0 },
	{ "course.not_known", "", 0 },
	{ "course.not_read_yet", "", 0 },
	{ "course.pack_nav", "title", 0 },
	{ "course.practise", "", 0 },
	{ "course.previous", "", 0 },
	{ "course.quiz_step", "minutes questions", 0 },
	{ "course.read", "", 0 },
	{ "course.state_done", "", 0 },
	{ "course.state_not_done", "", 0 },
	{ "course.state_not_read", "", 0 },
	{ "course.state_read", "", 0 },
	{ "course.step_minutes", "minutes", 0 },
	{ "course.steps_done", "done n", 0 },
	{ "course.test", "", 0 },
	{ "course.the_quiz", "", 0 },
	{ "coverage.asked_about", "", 0 },
	{ "coverage.caption", "title", 0 },
	{ "coverage.edition_note", "edition", 0 },
	{ "coverage.gap", "", 0 },
	{ "coverage.head", "direction kind", 0 },
	{ "coverage.intro", "csv", 0 },
	{ "coverage.kind_cases", "", 0 },
	{ "coverage.kind_myths", "", 0 },
	{ "coverage.kind_scenarios", "", 0 },
	{ "coverage.never_asked", "", 0 },
	{ "coverage.never_asked_no_share", "", 0 },
	{ "coverage.never_asked_share", "", 0 },
	{ "coverage.principle", "name", 0 },
	{ "coverage.rule", "edition n", 0 },
	{ "coverage.title", "", 0 },
	{ "edition.england-2018", "", 0 },
	{ "edition.england-2023", "", 0 },
	{ "edition.england-2024", "", 0 },
	{ "edition.wales-2019", "", 0 },
	{ "edition_short.england-2018", "", 0 },
	{ "edition_short.england-2023", "", 0 },
	{ "edition_short.england-2024", "", 0 },
	{ "edition_short.wales-2019", "", 0 },
	{ "export.all_questions", "", 0 },
	{ "export.gift_comment", "", 0 },
	{ "export.guidance_answer", "", 0 },
	{ "export.not_quite", "", 0 },
	{ "export.prompt_case", "", 0 },
	{ "export.prompt_myth", "", 0 },
	{ "export.right", "", 0 },
	{ "index.briefings", "", 0 },
	{ "index.english_only", "", 0 },
	{ "index.for_trainers", "", 0 },
	{ "index.guidance", "", 0 },
	{ "index.no_packs", "", 0 },
	{ "index.pack_facts", "pass_mark questions", 0 },
	{ "index.packs", "", 0 },
	{ "index.scenarios", "", 0 },
	{ "index.title", "", 0 },
	{ "list.and", "", 0 },
	{ "list.comma", "", 0 },
	{ "lms.retry", "", 0 },
	{ "outcome.good", "", 0 },
	{ "outcome.mixed", "", 0 },
	{ "outcome.poor", "", 0 },
	{ "pack.editions", "editions", 0 },
	{ "pack.for", "", 0 },
	{ "pack.pass_mark", "", 0 },
	{ "pack.quiz", "", 0 },
	{ "pack.quiz_value", "cases myths questions", 0 },
	{ "pack.time", "", 0 },
	{ "pack.time_value", "minutes", 0 },
	{ "page.breadcrumb", "", 0 },
	{ "page.contact", "", 0 },
	{ "page.footer", "", 0 },
	{ "page.home", "", 0 },
	{ "page.language_switch", "", 0 },
	{ "page.site_name", "", 0 },
	{ "page.skip_link", "", 0 },
	{ "page.source", "", 0 },
	{ "page.wording", "", 0 },
	{ "part.cases", "", 0 },
	{ "part.myths", "", 0 },
	{ "player.cancel", "", 0 },
	{ "player.download", "", 0 },
	{ "principle.accurate", "", 0 },
	{ "principle.adequate", "", 0 },
	{ "principle.necessary", "", 0 },
	{ "principle.proportionate", "", 0 },
	{ "principle.recorded", "", 0 },
	{ "principle.relevant", "", 0 },
	{ "principle.secure", "", 0 },
	{ "principle.timely", "", 0 },
	{ "principle_in_text.accurate", "", 0 },
	{ "principle_in_text.adequate", "", 0 },
	{ "principle_in_text.necessary", "", 0 },
	{ "principle_in_text.proportionate", "", 0 },
	{ "principle_in_text.recorded", "", 0 },
	{ "principle_in_text.relevant", "", 0 },
	{ "principle_in_text.secure", "", 0 },
	{ "principle_in_text.timely", "", 0 },
	{ "quiz.agency_label", "", 0 },
	{ "quiz.agency_none", "", 0 },
	{ "quiz.all_answered", "n", 1 },
	{ "quiz.answer", "", 0 },
	{ "quiz.check_answer", "", 0 },
	{ "quiz.choose_first", "", 0 },
	{ "quiz.cleared", "", 0 },
	{ "quiz.intro", "pass_mark", 0 },
	{ "quiz.intro_static", "pass_mark questions", 0 },
	{ "quiz.next_question", "", 0 },
	{ "quiz.no_answers", "", 0 },
	{ "quiz.not_quite", "", 0 },
	{ "quiz.progress", "n total", 0 },
	{ "quiz.prompt_case", "", 0 },
	{ "quiz.prompt_myth", "", 0 },
	{ "quiz.question", "n", 0 },
	{ "quiz.right", "", 0 },
	{ "quiz.rule_cited", "rules", 0 },
	{ "quiz.rules_cited", "rules", 0 },
	{ "quiz.rules_edition", "edition rules", 0 },
	{ "quiz.saved_changed", "n", 0 },
	{ "quiz.saved_unusable", "", 0 },
	{ "quiz.score_so_far", "done right", 0 },
	{ "quiz.see_results", "", 0 },
	{ "quiz.show_answer", "", 0 },
	{ "quiz.start_over", "", 0 },
	{ "quiz.start_over_confirm", "", 0 },
	{ "quiz.start_over_yes", "", 0 },
	{ "quiz.title", "title", 0 },
	{ "quiz.your_answer", "", 0 },
	{ "record.attempt_code", "", 0 },
	{ "record.date", "", 0 },
	{ "record.expected", "", 0 },
	{ "record.heading", "", 0 },
	{ "record.heading_failed", "", 0 },
	{ "record.name", "", 0 },
	{ "record.not_given", "", 0 },
	{ "record.not_passed", "", 0 },
	{ "record.organisation", "", 0 },
	{ "record.pack", "", 0 },
	{ "record.pass_mark", "", 0 },
	{ "record.pass_mark_value", "pass_mark", 0 },
	{ "record.passed", "", 0 },
	{ "record.question", "", 0 },
	{ "record.reason", "", 0 },
	{ "record.result", "", 0 },
	{ "record.right", "", 0 },
	{ "record.right_or_wrong", "", 0 },
	{ "record.scores", "", 0 },
	{ "record.scores_value", "lines percent", 0 },
	{ "record.wrong", "", 0 },
	{ "record.your_decision", "", 0 },
	{ "report.a_decision", "", 0 },
	{ "report.advice", "", 0 },
	{ "report.agency", "", 0 },
	{ "report.agency_column", "", 0 },
	{ "report.agency_note", "", 0 },
	{ "report.alpha", "", 0 },
	{ "report.alpha_acceptable", "", 0 },
	{ "report.alpha_good", "", 0 },
	{ "report.alpha_low", "", 0 },
	{ "report.alpha_poor", "", 0 },
	{ "report.alpha_unknown", "", 0 },
	{ "report.alpha_very", "", 0 },
	{ "report.analysed", "", 0 },
	{ "report.answers", "", 0 },
	{ "report.attempts", "", 0 },
	{ "report.attempts_started", "", 0 },
	{ "report.believed", "", 0 },
	{ "report.best", "", 0 },
	{ "report.by_month", "", 0 },
	{ "report.by_score", "", 0 },
	{ "report.chart_months", "", 0 },
	{ "report.chart_scores", "", 0 },
	{ "report.crumb", "", 0 },
	{ "report.csv_link", "title", 0 },
	{ "report.deciding", "", 0 },
	{ "report.deciding_note", "", 0 },
	{ "report.deciding_table", "", 0 },
	{ "report.decisions", "", 0 },
	{ "report.decisions_note", "", 0 },
	{ "report.discrimination", "", 0 },
	{ "report.ending", "", 0 },
	{ "report.endings", "", 0 },
	{ "report.every_question", "", 0 },
	{ "report.facility", "", 0 },
	{ "report.fewer_than_5", "", 0 },
	{ "report.finished", "", 0 },
	{ "report.finished_passed", "", 0 },
	{ "report.flag", "", 0 },
	{ "report.flag_easy", "", 0 },
	{ "report.flag_easy_advice", "", 0 },
	{ "report.flag_hard", "", 0 },
	{ "report.flag_hard_advice", "", 0 },
	{ "report.flag_negative", "", 0 },
	{ "report.flag_negative_advice", "", 0 },
	{ "report.flagged", "", 0 },
	{ "report.flagged_note", "easy hard n", 0 },
	{ "report.id", "", 0 },
	{ "report.intro", "", 0 },
	{ "report.kept_changed", "", 0 },
	{ "report.kept_gone", "", 0 },
	{ "report.kind", "", 0 },
	{ "report.kind_pack", "", 0 },
	{ "report.kind_scenario", "", 0 },
	{ "report.learner", "", 0 },
	{ "report.learners", "", 0 },
	{ "report.measure", "", 0 },
	{ "report.mismatch_note", "", 0 },
	{ "report.mismatched", "", 0 },
	{ "report.month", "", 0 },
	{ "report.month_unknown", "", 0 },
	{ "report.myth", "", 0 },
	{ "report.myths", "", 0 },
	{ "report.myths_note", "", 0 },
	{ "report.myths_table", "", 0 },
	{ "report.names_note", "", 0 },
	{ "report.no_decisions", "", 0 },
	{ "report.no_edition", "", 0 },
	{ "report.no_ending", "", 0 },
	{ "report.not_known", "", 0 },
	{ "report.number", "", 0 },
	{ "report.over_sharing", "", 0 },
	{ "report.over_time", "", 0 },
	{ "report.over_time_note", "", 0 },
	{ "report.pass_rate", "", 0 },
	{ "report.pass_rate_finished", "", 0 },
	{ "report.path", "", 0 },
	{ "report.paths", "", 0 },
	{ "report.paths_note", "", 0 },
	{ "report.paths_table", "", 0 },
	{ "report.principle", "", 0 },
	{ "report.principles", "", 0 },
	{ "report.principles_note", "", 0 },
	{ "report.question", "", 0 },
	{ "report.questions", "", 0 },
	{ "report.questions_note", "", 0 },
	{ "report.rank", "", 0 },
	{ "report.reliability", "", 0 },
	{ "report.reliability_note", "", 0 },
	{ "report.rule", "", 0 },
	{ "report.rule_label", "edition n", 0 },
	{ "report.rules", "", 0 },
	{ "report.rules_note", "", 0 },
	{ "report.score", "", 0 },
	{ "report.share_right", "", 0 },
	{ "report.statement", "", 0 },
	{ "report.summary", "", 0 },
	{ "report.title", "", 0 },
	{ "report.title_column", "", 0 },
	{ "report.too_few", "", 0 },
	{ "report.unanswered", "", 0 },
	{ "report.under_sharing", "", 0 },
	{ "report.unit", "", 0 },
	{ "report.unit_intro", "", 0 },
	{ "report.unit_title", "title", 0 },
	{ "report.units", "", 0 },
	{ "report.value", "", 0 },
	{ "result.download", "", 0 },
	{ "result.go_certificate", "", 0 },
	{ "result.go_record", "", 0 },
	{ "result.heading", "", 0 },
	{ "result.line", "max pass_mark percent score verdict", 0 },
	{ "result.name_label", "", 0 },
	{ "result.name_label_passed", "", 0 },
	{ "result.not_passed", "", 0 },
	{ "result.nothing", "", 0 },
	{ "result.part_below", "line", 0 },
	{ "result.part_line", "max part percent score", 0 },
	{ "result.part_reaches", "line", 0 },
	{ "result.passed", "", 0 },
	{ "result.print_record", "", 0 },
	{ "result.review", "", 0 },
	{ "result.review_line", "answer expected", 0 },
	{ "result.try_again", "", 0 },
	{ "rules.cited", "list", 1 },
	{ "scenario.about_choice", "", 0 },
	{ "scenario.again", "", 0 },
	{ "scenario.attempt_code", "code", 0 },
	{ "scenario.back_to_start", "", 0 },
	{ "scenario.cleared", "", 0 },
	{ "scenario.continue", "", 0 },
	{ "scenario.decision", "n", 0 },
	{ "scenario.decision_score", "done n points", 0 },
	{ "scenario.end_status", "n points", 0 },
	{ "scenario.grade_acceptable", "", 0 },
	{ "scenario.grade_expected", "", 0 },
	{ "scenario.grade_unsafe", "", 0 },
	{ "scenario.guidance_expects", "choices", 0 },
	{ "scenario.kicker", "", 0 },
	{ "scenario.not_passed", "", 0 },
	{ "scenario.not_passed_unsafe", "", 0 },
	{ "scenario.note_acceptable", "", 0 },
	{ "scenario.note_expected", "", 0 },
	{ "scenario.note_unsafe", "", 0 },
	{ "scenario.or", "", 0 },
	{ "scenario.part", "n", 0 },
	{ "scenario.passed", "", 0 },
	{ "scenario.path_entry", "label n note", 0 },
	{ "scenario.path_heading", "", 0 },
	{ "scenario.result_heading", "", 0 },
	{ "scenario.result_line", "max pass_mark percent score verdict", 0 },
	{ "scenario.saved_unusable", "", 0 },
	{ "scenario.start_over", "", 0 },
	{ "scenario.start_over_confirm", "", 0 },
	{ "scenario.start_over_yes", "", 0 },
	{ "scenario.unsafe_note", "", 0 },
	{ "scenario.verdict_acceptable", "", 0 },
	{ "scenario.verdict_expected", "", 0 },
	{ "scenario.verdict_unsafe", "", 0 },
	{ "scenario.what_do_you_do", "", 0 },
	{ "scenario.you_chose", "label", 0 },
	{ "scorm.title", "", 0 },
	{ "serve.errors_title", "", 0 },
	{ "serve.not_found_title", "", 0 },
	{ "xapi.answered", "", 0 },
	{ "xapi.completed", "", 0 },
	{ "xapi.failed", "", 0 },
	{ "xapi.passed", "", 0 },
};
const size_t catalogue_key_count = sizeof catalogue_keys / sizeof *catalogue_keys;

static const char *const plural_forms[] = { "zero", "one", "two", "few",
    "many", "other", NULL };

/* ---- the table ---- */

static int
compare_key_row(const void *a, const void *b)
{
	return strcmp(a, ((const struct catalogue_key *)b)->key);
}

const struct catalogue_key *
catalogue_find_key(const char *key)
{
	const struct catalogue_key *k = bsearch(key, catalogue_keys,
	    catalogue_key_count, sizeof *catalogue_keys, compare_key_row);
	if (k != NULL)
		return k->plural ? NULL : k;
	const char *dot = strrchr(key, '.');
	if (dot == NULL || (size_t)(dot - key) >= CATALOGUE_MAX_KEY_BYTES)
		return NULL;
	int form = 0;
	for (size_t i = 0; plural_forms[i] != NULL; i++)
		form |= strcmp(dot + 1, plural_forms[i]) == 0;
	if (!form)
		return NULL;
	char base[CATALOGUE_MAX_KEY_BYTES + 1];
	memcpy(base, key, (size_t)(dot - key));
	base[dot - key] = '\0';
	k = bsearch(base, catalogue_keys, catalogue_key_count,
	    sizeof *catalogue_keys, compare_key_row);
	return k != NULL && k->plural ? k : NULL;
}

/* Whether name (n bytes) is one of the space-separated words of params. */
static int
has_param(const char *params, const char *name, size_t n)
{
	for (const char *p = params; *p; ) {
		size_t w = strcspn(p, " ");
		if (w == n && memcmp(p, name, n) == 0)
			return 1;
		p += w;
		p += *p == ' ';
	}
	return 0;
}

/* "{n} and {total}": params as a message names them. Caller frees. */
static char *
param_list(const char *params)
{
	struct buf b = BUF_INIT;
	for (const char *p = params; *p; ) {
		size_t w = strcspn(p, " ");
		const char *sep = p == params ? "" : p[w] == '\0' ? " and " :
		    ", ";
		buf_printf(&b, "%s{%.*s}", sep, (int)w, p);
		p += w;
		p += *p == ' ';
	}
	return buf_detach(&b);
}

/* ---- the catalogue ---- */

struct catalogue *
catalogue_new(const char *lang)
{
	struct catalogue *s = xcalloc(1, sizeof *s);
	s->lang = xstrdup(lang);
	return s;
}

void
catalogue_free(struct catalogue *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->count; i++) {
		free(s->entries[i].key);
		free(s->entries[i].text);
	}
	for (size_t i = 0; i < s->path_count; i++)
		free(s->paths[i]);
	free(s->paths);
	free(s->entries);
	free(s->lang);
	free(s);
}

static int
compare_entries(const void *a, const void *b)
{
	return strcmp(((const struct catalogue_entry *)a)->key,
	    ((const struct catalogue_entry *)b)->key);
}

/* The entry of key among the first n of s, which are sorted (entries
 * are sorted after each file is read). */
static struct catalogue_entry *
find_entry(const struct catalogue *s, size_t n, const char *key)
{
	struct catalogue_entry want = { .key = (char *)key };
	if (n == 0)
		return NULL;
	return bsearch(&want, s->entries, n, sizeof *s->entries,
	    compare_entries);
}

const char *
catalogue_get(const struct catalogue *s, const char *key)
{
	const struct catalogue_entry *e = find_entry(s, s->count, key);
	return e != NULL ? e->text : NULL;
}

/* Slots of a reader's table of the keys a file adds: a power of two
 * over twice the keys a catalogue may hold, so probes stay short. */
#define NEW_KEY_SLOTS 4096
_Static_assert(NEW_KEY_SLOTS >= 2 * CATALOGUE_MAX_KEYS,
    "a file's keys fill at most half the table");

/* One reading of a catalogue file. */
struct reader {
	struct catalogue *s;
	yaml_document_t *doc;
	const char *path;	/* owned by s->paths */
	struct diag *d;
	size_t first_new;	/* entries from this file start here */
	int failed;
	/* The entries from this file by key (open addressing, linear
	 * probing; an entry's index plus 1, 0: empty), for a key given
	 * twice: a search of them all for each key took n * n / 2 string
	 * comparisons a file, most of reading one (issue 14). Owned. */
	uint32_t *new_keys;
};

static struct srcpos
node_pos(const struct reader *rd, const yaml_node_t *n)
{
	struct srcpos p = { rd->path, (int)n->start_mark.line + 1,
	    (int)n->start_mark.column + 1 };
	return p;
}

/* Whether c may be in a key: a-z, 0-9, '.', '_' and '-'. */
static int
key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
	    c == '_' || c == '-';
}

/* Checks the placeholders of text, the value of key (whose row is row)
 * written at at. Returns 0, or -1 after reporting. */
static int
check_placeholders(struct reader *rd, const char *key,
    const struct catalogue_key *row, const char *text,
    const struct srcpos *at)
{
	for (const char *p = text; (p = strchr(p, '{')) != NULL; ) {
		size_t n = strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_");
		if (n == 0 || p[1 + n] != '}') {
			diag_error(rd->d, at, "'%s': a '{' that opens no "
			    "placeholder; a placeholder is a name in braces, "
			    "such as {n}", key);
			return -1;
		}
		if (row != NULL && !has_param(row->params, p + 1, n)) {
			if (*row->params != '\0') {
				char *known = param_list(row->params);
				diag_error(rd->d, at, "'%s' has no placeholder "
				    "{%.*s}; it has %s", key, (int)n, p + 1,
				    known);
				free(known);
			} else
				diag_error(rd->d, at, "'%s' has no placeholder "
				    "{%.*s}; it takes no value: remove it", key,
				    (int)n, p + 1);
			return -1;
		}
		p += n + 2;
	}
	return 0;
}

/* The slot of rd's table of new keys that holds key, or the empty one
 * where it would go. */
static uint32_t *
new_key_slot(const struct reader *rd, const char *key)
{
	size_t i = (size_t)buf_hash(BUF_HASH_SEED, key, strlen(key)) &
	    (NEW_KEY_SLOTS - 1);
	for (;; i = (i + 1) & (NEW_KEY_SLOTS - 1)) {
		uint32_t *slot = &rd->new_keys[i];
		if (*slot == 0 || strcmp(rd->s->entries[*slot - 1].key, key) ==
		    0)
			return slot;
	}
}

/* Keeps key: text, whose row is row, replacing an entry from an earlier
 * file. */
static void
keep(struct reader *rd, const char *key, const struct catalogue_key *row,
    const char *text, const struct srcpos *at)
{
	struct catalogue *s = rd->s;
	uint32_t *slot = new_key_slot(rd, key);
	if (*slot != 0) {
		diag_error(rd->d, at, "'%s' is given twice; keep one", key);
		rd->failed = 1;
		return;
	}
	struct catalogue_entry *e = find_entry(s, rd->first_new, key);
	if (e != NULL) {
		free(e->text);
		e->text = xstrdup(text);
		e->pos = *at;
		return;
	}
	if (s->count >= CATALOGUE_MAX_KEYS) {
		diag_error(rd->d, at, "more than %d keys; a catalogue holds "
		    "the interface's strings only", CATALOGUE_MAX_KEYS);
		rd->failed = 1;
		return;
	}
	if (s->count == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->entries = xrealloc(s->entries, s->cap *
		    sizeof *s->entries);
	}
	e = &s->entries[s->count++];
	e->key = xstrdup(key);
	e->text = xstrdup(text);
	e->pos = *at;
	e->row = row;
	*slot = (uint32_t)s->count;
}

static void
read_pair(struct reader *rd, const yaml_node_t *k, const yaml_node_t *v)
{
	struct srcpos kp = node_pos(rd, k), vp = node_pos(rd, v);
	const char *key = k->type == YAML_SCALAR_NODE ?
	    (const char *)k->data.scalar.value : NULL;
	size_t n = key != NULL ? strlen(key) : 0;
	int ok = key != NULL && n > 0 && n <= CATALOGUE_MAX_KEY_BYTES &&
	    n == k->data.scalar.length;
	for (size_t i = 0; ok && i < n; i++)
		ok = key_char(key[i]);
	if (!ok) {
		diag_error(rd->d, &kp, "a key is a word of a-z, 0-9, '.', '_' "
		    "and '-' (at most %d characters), such as 'quiz.progress'",
		    CATALOGUE_MAX_KEY_BYTES);
		rd->failed = 1;
		return;
	}
	if (v->type != YAML_SCALAR_NODE) {
		diag_error(rd->d, &vp, "'%s' must be text, not %s; write it as "
		    "'%s: the words'", key, v->type == YAML_SEQUENCE_NODE ?
		    "a list" : "a mapping", key);
		rd->failed = 1;
		return;
	}
	const char *text = (const char *)v->data.scalar.value;
	if (strlen(text) != v->data.scalar.length) {
		diag_error(rd->d, &vp, "'%s' contains a NUL character; remove "
		    "it", key);
		rd->failed = 1;
		return;
	}
	const struct catalogue_key *row = catalogue_find_key(key);
	if (check_placeholders(rd, key, row, text, &vp) != 0) {
		rd->failed = 1;
		return;
	}
	keep(rd, key, row, text, &vp);
}

int
catalogue_parse(struct catalogue *s, const char *data, size_t len,
    const char *path, struct diag *d)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int have_doc = 0;
	s->paths = xrealloc(s->paths, (s->path_count + 1) * sizeof *s->paths);
	s->paths[s->path_count] = xstrdup(path);
	struct reader rd = { s, &doc, s->paths[s->path_count++], d, s->count,
	    0, NULL };
	if (!yaml_parser_initialize(&parser)) {
		diag_syserr(d, "cannot start the YAML parser");
		return -1;
	}
	rd.new_keys = xcalloc(NEW_KEY_SLOTS, sizeof *rd.new_keys);
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	if (!yaml_parser_load(&parser, &doc)) {
		fm_yaml_error(&parser, data, len, rd.path, 1, "the catalogue",
		    d);
		rd.failed = 1;
		goto out;
	}
	have_doc = 1;
	const yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (root != NULL && root->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(&rd, root);
		diag_error(d, &at, "a catalogue is 'key: text' lines, such as "
		    "'quiz.check_answer: Check answer'");
		rd.failed = 1;
	} else if (root != NULL) {
		for (yaml_node_pair_t *pr = root->data.mapping.pairs.start;
		    pr < root->data.mapping.pairs.top; pr++) {
			yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
			yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
			if (k != NULL && v != NULL)
				read_pair(&rd, k, v);
		}
	}
out:
	if (s->count > 1)
		qsort(s->entries, s->count, sizeof *s->entries,
		    compare_entries);
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	free(rd.new_keys);
	return rd.failed ? -1 : 0;
}

int
catalogue_builtin_has(const char *lang)
{
	char *name = xasprintf(BUILTIN_PREFIX "%s.yaml", lang);
	int yes = embed_find(name) != NULL;
	free(name);
	return yes;
}

/*
 * catalogue_parse of a theme's file whose bytes are the built-in
 * catalogue's, over s, which holds what reading the built-in one alone
 * gave without a fault: the same keys, texts, lines and columns, and
 * nothing to say, so only the file each entry is written in changes. A
 * theme copied from the built-in one (the project in this repository, and
 * the benchmark's) then parses it once, not twice.
 */
static void
read_again(struct catalogue *s, const char *path)
{
	s->paths = xrealloc(s->paths, (s->path_count + 1) * sizeof *s->paths);
	s->paths[s->path_count] = xstrdup(path);
	for (size_t i = 0; i < s->count; i++)
		s->entries[i].pos.path = s->paths[s->path_count];
	s->path_count++;
}

struct catalogue *
catalogue_load(const char *lang, const char *theme_dir, const char *shown,
    struct diag *d)
{
	struct catalogue *s = catalogue_new(lang);
	struct buf text = BUF_INIT;
	char *name = xasprintf(BUILTIN_PREFIX "%s.yaml", lang);
	char *file = NULL, *file_shown = NULL;
	int found = 0, clean = 0;
	const struct embed_file *e = embed_find(name);
	if (e != NULL) {
		char *builtin = xasprintf(THEME_BUILTIN "/" CATALOGUE_DIR
		    "/%s.yaml", lang);
		found = 1;
		clean = catalogue_parse(s, (const char *)e->data, e->len,
		    builtin, d) == 0;
		free(builtin);
	}
	if (theme_dir == NULL)
		goto out;
	file = xasprintf("%s/" CATALOGUE_DIR "/%s.yaml", theme_dir, lang);
	file_shown = xasprintf("%s/" CATALOGUE_DIR "/%s.yaml", shown, lang);
	if (fs_read_file(file, CATALOGUE_MAX_BYTES, &text) != 0) {
		if (errno == EFBIG) {
			struct srcpos at = { file_shown, 0, 0 };
			diag_error(d, &at, "the catalogue is larger than %d KiB; "
			    "it holds the interface's strings only",
			    CATALOGUE_MAX_BYTES / 1024);
		} else if (errno != ENOENT) {
			diag_syserr(d, "%s: cannot read the catalogue: %s",
			    file_shown, strerror(errno));
		}
		goto out;
	}
	found = 1;
	if (clean && text.len > 0 && text.len == e->len &&
	    memcmp(text.data, e->data, text.len) == 0)
		read_again(s, file_shown);
	else
		catalogue_parse(s, text.data ? text.data : "", text.len,
		    file_shown, d);
out:
	buf_free(&text);
	free(file);
	free(file_shown);
	free(name);
	if (!found) {
		catalogue_free(s);
		s = NULL;
	}
	return s;
}

/* ---- lookups ---- */

/* The value args gives name (n bytes), or NULL. */
static const char *
arg(const char *const *args, const char *name, size_t n)
{
	for (size_t i = 0; args != NULL && args[i] != NULL &&
	    args[i + 1] != NULL; i += 2)
		if (strlen(args[i]) == n && memcmp(args[i], name, n) == 0)
			return args[i + 1];
	return NULL;
}

static char *
fill(const char *text, const char *const *args)
{
	struct buf b = BUF_INIT;
	const char *p = text, *open;
	while ((open = strchr(p, '{')) != NULL) {
		size_t n = strspn(open + 1, "abcdefghijklmnopqrstuvwxyz_");
		const char *v = open[1 + n] == '}' ? arg(args, open + 1, n) :
		    NULL;
		if (v == NULL) {
			buf_add(&b, p, (size_t)(open - p) + 1);
			p = open + 1;
			continue;
		}
		buf_add(&b, p, (size_t)(open - p));
		buf_puts(&b, v);
		p = open + n + 2;
	}
	buf_puts(&b, p);
	return b.data != NULL ? buf_detach(&b) : xstrdup("");
}

char *
catalogue_format(const struct catalogue *s, const char *key,
    const char *const *args)
{
	const char *text = catalogue_get(s, key);
	return text != NULL ? fill(text, args) : xstrdup(key);
}

const char *
catalogue_plural_category(const char *lang, long n)
{
	if (strcmp(lang, "cy") == 0) {
		/* CLDR's Welsh rules: 0, 1, 2, 3 and 6 have forms of their
		 * own. */
		switch (n) {
		case 0: return "zero";
		case 1: return "one";
		case 2: return "two";
		case 3: return "few";
		case 6: return "many";
		default: return "other";
		}
	}
	return n == 1 ? "one" : "other";
}

char *
catalogue_plural(const struct catalogue *s, const char *key, long n,
    const char *const *args)
{
	char number[32];
	snprintf(number, sizeof number, "%ld", n);
	const char *all[2 * CATALOGUE_MAX_ARGS + 3] = { "n", number };
	size_t k = 2;
	for (size_t i = 0; args != NULL && args[i] != NULL &&
	    args[i + 1] != NULL && k + 2 < sizeof all / sizeof *all; i += 2) {
		all[k++] = args[i];
		all[k++] = args[i + 1];
	}
	all[k] = NULL;
	char *form = xasprintf("%s.%s", key, catalogue_plural_category(s->lang,
	    n));
	if (catalogue_get(s, form) == NULL) {
		free(form);
		form = xasprintf("%s.other", key);
	}
	char *out = catalogue_format(s, form, all);
	free(form);
	return out;
}

/* ---- checks ---- */

size_t
catalogue_check(const struct catalogue *s, const struct catalogue *ref,
    struct diag *d)
{
	size_t missing = 0;
	struct srcpos file = { s->path_count > 0 ? s->paths[s->path_count - 1] :
	    s->lang, 0, 0 };
	/* s has every key of ref when it is ref: English is held to itself
	 * only for keys no code uses (below). */
	for (size_t i = 0; s != ref && i < ref->count; i++) {
		const char *key = ref->entries[i].key;
		const struct catalogue_key *row = ref->entries[i].row;
		/* A key no code uses is the reference's own warning. */
		if (row == NULL)
			continue;
		/* A count is reported once, by its .other form: the other
		 * forms are the language's own. A count's row is the key
		 * up to its last dot. */
		if (row->plural && strcmp(key + strlen(row->key), ".other") != 0)
			continue;
		if (catalogue_get(s, key) == NULL) {
			diag_error(d, &file, "the %s catalogue has no '%s', "
			    "which the English one has; add a line '%s: ...'",
			    s->lang, key, key);
			missing++;
		}
	}
	const char **names = NULL;
	for (size_t i = 0; i < s->count; i++) {
		const char *key = s->entries[i].key;
		if (s->entries[i].row != NULL)
			continue;
		/* Made for the first key no code uses: most catalogues have
		 * none. */
		if (names == NULL) {
			names = xcalloc(catalogue_key_count + 1,
			    sizeof *names);
			for (size_t k = 0; k < catalogue_key_count; k++)
				names[k] = catalogue_keys[k].key;
		}
		const char *near = diag_nearest(key, names);
		if (near != NULL)
			diag_warn(d, &s->entries[i].pos, "'%s' is a key no page "
			    "uses, so it is never shown; did you mean '%s'?",
			    key, near);
		else
			diag_warn(d, &s->entries[i].pos, "'%s' is a key no page "
			    "uses, so it is never shown; en.yaml lists the keys",
			    key);
	}
	free(names);
	return missing;
}

size_t
catalogue_check_project(const struct site_settings *s, const char *settings,
    const char *theme_dir, const char *shown, struct diag *d,
    struct catalogue **kept, size_t room)
{
	size_t handed = 0;
	struct catalogue *en = catalogue_load(CATALOGUE_REFERENCE, theme_dir, shown,
	    d);
	if (en == NULL)
		return 0;
	/* English is checked too: a project's en.yaml may misspell a key. */
	const char *langs[PACK_MAX_LANGUAGES + 2];
	struct srcpos at[PACK_MAX_LANGUAGES + 2];
	struct srcpos top = { settings, 0, 0 };
	size_t n = 0;
	at[n] = top;
	langs[n++] = CATALOGUE_REFERENCE;
	if (s->language != NULL) {
		at[n] = top;
		langs[n++] = s->language;
	}
	for (size_t i = 0; i < s->languages.count && n < PACK_MAX_LANGUAGES + 2;
	    i++) {
		at[n] = s->languages.pos[i];
		langs[n++] = s->languages.values[i];
	}
	for (size_t i = 0; i < n; i++) {
		int seen = 0;
		for (size_t j = 0; j < i; j++)
			seen |= strcmp(langs[i], langs[j]) == 0;
		if (seen)
			continue;
		int errors = d->errors;
		struct catalogue *c = i == 0 ? en : catalogue_load(langs[i],
		    theme_dir, shown, d);
		if (c != NULL)
			catalogue_check(c, en, d);
		else if (d->errors == errors)
			diag_error(d, &at[i], "no interface catalogue for '%s': "
			    "sharepack has its own words in en and cy; add "
			    "%s/" CATALOGUE_DIR "/%s.yaml to the theme with every "
			    "key of en.yaml", langs[i], theme_dir != NULL ? shown :
			    "themes/default", langs[i]);
		if (c != en && c != NULL && kept != NULL && handed < room)
			kept[handed++] = c;
		else if (c != en)
			catalogue_free(c);
	}
	if (kept != NULL && handed < room)
		kept[handed++] = en;
	else
		catalogue_free(en);
	return handed;
}

/* ---- words for the model's names ---- */

const char *
catalogue_name(const struct catalogue *s, const char *prefix,
    const char *name)
{
	char key[CATALOGUE_MAX_KEY_BYTES + 1];
	int n = snprintf(key, sizeof key, "%s.%s", prefix, name);
	if (n < 0 || (size_t)n >= sizeof key)
		return NULL;
	return catalogue_get(s, key);
}

char *
catalogue_rules_cited(const struct catalogue *s, const struct intlist *rules,
    const char *edition)
{
	if (rules->count == 0)
		return NULL;
	struct buf list = BUF_INIT;
	char *and = catalogue_format(s, "list.and", NULL);
	for (size_t i = 0; i < rules->count; i++) {
		if (i > 0)
			buf_puts(&list, i + 1 < rules->count ? ", " : and);
		buf_printf(&list, "%d", rules->values[i]);
	}
	if (edition != NULL) {
		const char *shown = catalogue_name(s, "edition_short", edition);
		buf_printf(&list, " (%s)", shown != NULL ? shown : edition);
	}
	const char *args[] = { "list", list.data, NULL };
	char *out = catalogue_plural(s, "rules.cited", (long)rules->count,
	    args);
	buf_free(&list);
	free(and);
	return out;
}
