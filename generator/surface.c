/* surface.c: the strategies that answer from the surface of an item, and
 * what each scores on every pack and scenario. */
#include "surface.h"

#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "markdown.h"
#include "sitemap.h"
#include "xalloc.h"

/* How a strategy answers a case (a vignette). */
enum case_rule { CASE_KNOWN, CASE_SHARE, CASE_NO_SHARE, CASE_RECIPIENT,
    CASE_RULES };
/* How it answers a myth-or-fact statement. */
enum myth_rule { MYTH_KNOWN, MYTH_MYTH, MYTH_FACT, MYTH_ABSOLUTE,
    MYTH_RULES };
/* A tally's room for either's rules. */
#define RULES ((int)CASE_RULES > (int)MYTH_RULES ? (int)CASE_RULES : \
    (int)MYTH_RULES)
/* How it picks a scenario choice, by the choices' order and length. */
enum choice_rule { CHOICE_FIRST, CHOICE_LAST, CHOICE_LONGEST,
    CHOICE_SHORTEST };

/* The cue words: a recipient named in a case (answer share), an absolute
 * word in a statement (answer myth). Matched whole, ignoring case. */
static const char *const recipient_words[] = { "social care",
    "social services", "social worker", "children's services",
    "children\xE2\x80\x99s services", "police", "officer", "dsl",
    "safeguarding lead", "safeguarding team", "safeguarding partnership",
    "mash", "local authority", "council", "gp", "doctor", "health visitor",
    "nurse", "midwife", "hospital", "school", "probation", "early help",
    "team", "service", "services", "partnership", "agency", NULL };
static const char *const absolute_words[] = { "all", "always", "cannot",
    "can't", "can\xE2\x80\x99t", "never", "only", "must", "every", "no one",
    NULL };

static const struct {
	const char *name;
	enum case_rule cases;
	enum myth_rule myths;
	const char *doc;
} pack_strategies[] = {
	{ "always share, always myth", CASE_SHARE, MYTH_MYTH,
	    "answers share to every case and myth to every statement" },
	{ "always share, always fact", CASE_SHARE, MYTH_FACT,
	    "answers share to every case and fact to every statement" },
	{ "never share, always myth", CASE_NO_SHARE, MYTH_MYTH,
	    "answers do not share to every case and myth to every statement" },
	{ "never share, always fact", CASE_NO_SHARE, MYTH_FACT,
	    "answers do not share to every case and fact to every statement" },
	{ "always share, knows the myths", CASE_SHARE, MYTH_KNOWN,
	    "shares in every case, and has learned the myths" },
	{ "never share, knows the myths", CASE_NO_SHARE, MYTH_KNOWN,
	    "shares in no case, and has learned the myths" },
	{ "knows the cases, always myth", CASE_KNOWN, MYTH_MYTH,
	    "gets every case right, and calls every statement a myth" },
	{ "knows the cases, always fact", CASE_KNOWN, MYTH_FACT,
	    "gets every case right, and calls every statement a fact" },
	{ "share when a service is named, knows the myths", CASE_RECIPIENT,
	    MYTH_KNOWN, "shares when the title or the question a case asks "
	    "names social care, the police, a DSL, a GP, a school or another "
	    "service, and has learned the myths" },
	{ "knows the cases, myth when absolute", CASE_KNOWN, MYTH_ABSOLUTE,
	    "gets every case right, and calls a statement a myth when its "
	    "title says all, always, cannot, never, only, must or every" },
	{ "service named, myth when absolute", CASE_RECIPIENT, MYTH_ABSOLUTE,
	    "both cues at once: shares when a service is named, calls "
	    "absolute statements myths" },
};
#define N_PACK_STRATEGIES (sizeof pack_strategies / sizeof pack_strategies[0])

static const struct {
	const char *name;
	enum choice_rule rule;
	const char *doc;
} scenario_strategies[] = {
	{ "first choice", CHOICE_FIRST, "always takes the first choice" },
	{ "last choice", CHOICE_LAST, "always takes the last choice" },
	{ "longest choice", CHOICE_LONGEST,
	    "always takes the choice with the longest label" },
	{ "shortest choice", CHOICE_SHORTEST,
	    "always takes the choice with the shortest label" },
};
#define N_SCENARIO_STRATEGIES \
    (sizeof scenario_strategies / sizeof scenario_strategies[0])

const char *
surface_strategy_name(size_t i)
{
	if (i < N_PACK_STRATEGIES)
		return pack_strategies[i].name;
	i -= N_PACK_STRATEGIES;
	return i < N_SCENARIO_STRATEGIES ? scenario_strategies[i].name : NULL;
}

/* A letter or digit; c in lower case: isalnum and tolower as the C
 * locale has them (sharepack never sets another), without a call into
 * the C library for every byte of every title. */
static int
word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* How many bytes of text word (lower case) matches, in any case, if all
 * of it; else 0. */
static size_t
starts_with(const char *text, const char *word)
{
	size_t n = 0;
	for (; word[n] != '\0'; n++)
		if (fold((unsigned char)text[n]) != (unsigned char)word[n])
			return 0;
	return n;
}

/*
 * Whether text holds one of words (lower case, each beginning with a
 * letter or digit, as every cue word does) as a whole word or phrase, in
 * any case: one that begins where a run of letters and digits does and
 * ends where one ends. One pass over text, trying the words only where
 * such a run begins.
 */
static int
has_any(const char *text, const char *const *words)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0;
	for (;;) {
		while (u[i] != '\0' && !word_char(u[i]))
			i++;
		if (u[i] == '\0')
			return 0;
		unsigned char first = fold(u[i]);
		for (const char *const *w = words; *w != NULL; w++) {
			if ((unsigned char)(*w)[0] != first)
				continue;
			size_t n = starts_with(text + i, *w);
			if (n > 0 && !word_char(u[i + n]))
				return 1;
		}
		while (word_char(u[i]))
			i++;
	}
}

/* md_plain_text_each's put: appends to a buf. */
static void
append_piece(void *ctx, const char *s, size_t n)
{
	buf_add(ctx, s, n);
}

/* Where a learner looks for who would receive the information: the title
 * and the question the case ends on (its last sentence ending in '?', or
 * the whole case when it asks none). Caller frees. */
static char *
case_text(const struct item *it, cmark_node *why)
{
	struct buf c = BUF_INIT;
	/* Each block's md_plain_text, written straight into c. */
	for (cmark_node *n = cmark_node_first_child(it->doc);
	    n != NULL && n != why; n = cmark_node_next(n)) {
		buf_putc(&c, ' ');
		md_plain_text_each(n, append_piece, &c);
	}
	const char *all = c.data != NULL ? c.data : "";
	const char *q = strrchr(all, '?'), *from = all;
	if (q != NULL) {
		for (from = q; from > all && !strchr(".!?\n", from[-1]); from--)
			continue;
	}
	char *s = xasprintf("%s %.*s", it->title, (int)(q != NULL ?
	    q - from : (ptrdiff_t)strlen(all)), from);
	buf_free(&c);
	return s;
}

int
surface_names_recipient(const struct item *it, cmark_node *why)
{
	char *text = case_text(it, why);
	int yes = has_any(text, recipient_words);
	free(text);
	return yes;
}

static int
case_answer_right(const struct item *it, enum case_rule rule)
{
	enum outcome answer;
	switch (rule) {
	case CASE_SHARE:
		answer = OUTCOME_SHARE;
		break;
	case CASE_NO_SHARE:
		answer = OUTCOME_NO_SHARE;
		break;
	case CASE_RECIPIENT:
		answer = it->vignette.names_recipient ? OUTCOME_SHARE :
		    OUTCOME_NO_SHARE;
		break;
	default:
		return 1;
	}
	return answer == it->vignette.expected;
}

static int
myth_answer_right(const struct item *it, enum myth_rule rule)
{
	enum verdict answer;
	switch (rule) {
	case MYTH_MYTH:
		answer = VERDICT_MYTH;
		break;
	case MYTH_FACT:
		answer = VERDICT_FACT;
		break;
	case MYTH_ABSOLUTE:
		answer = has_any(it->title, absolute_words) ? VERDICT_MYTH :
		    VERDICT_FACT;
		break;
	default:
		return 1;
	}
	return answer == it->myth.verdict;
}

/* How much part counts in pk's overall score. */
static int
weight(const struct item *pk, enum quiz_part part)
{
	return pack_given(pk, KEY_WEIGHTS) ? pk->pack.weights[part] : 1;
}

/* Percentage, overall score and pass, as the quiz computes them. */
static void
score_pack(const struct item *pk, struct surface_score *s)
{
	double sum = 0, weights = 0;
	s->passes = 1;
	for (int part = 0; part < PACK_PARTS; part++) {
		if (s->total[part] == 0)
			continue;
		int w = weight(pk, (enum quiz_part)part);
		sum += w * 100.0 * s->right[part] / s->total[part];
		weights += w;
		if (s->right[part] * 100 < pk->pass_mark * s->total[part])
			s->passes = 0;
	}
	s->percent = weights > 0 ? (int)(sum / weights) : 0;
	if (weights == 0)
		s->passes = 0;
}

/* A pack's questions counted once for every strategy: each strategy
 * answers a question by one myth rule or case rule, so the right answers
 * of each rule, part by part, are all its score needs. Counting them a
 * strategy at a time read every member eleven times (issue 14). */
struct tally {
	int total[PACK_PARTS];	/* questions per part */
	int right[PACK_PARTS][RULES];	/* right answers per part under each
					 * rule: PART_MYTHS's by myth rule,
					 * the others' by case rule */
};

/* How many members ahead tally_pack asks for the memory it will read:
 * each member is somewhere of its own, and reading them in turn waited
 * for each (issue 14: a fifth of the surface check of 10,000 items). */
#define MEMBERS_AHEAD 8

/* Asks for the cache lines of item it, without waiting for them. */
static void
ask_for_item(const struct item *it)
{
	for (size_t at = 0; at < sizeof *it; at += 64)
		__builtin_prefetch((const char *)it + at);
}

static struct tally
tally_pack(const struct item *pk)
{
	struct tally t;
	memset(&t, 0, sizeof t);
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		const struct item *q = pk->pack.members[i];
		if (i + MEMBERS_AHEAD < pk->pack.member_count)
			ask_for_item(pk->pack.members[i + MEMBERS_AHEAD]);
		/* Half as far ahead, that member's item has come: where its
		 * title is can be read without waiting. */
		if (i + MEMBERS_AHEAD / 2 < pk->pack.member_count)
			__builtin_prefetch(pk->pack.members[i +
			    MEMBERS_AHEAD / 2]->title);
		if (!sitemap_is_question(q))
			continue;
		enum quiz_part part = pack_part_of(q);
		t.total[part]++;
		for (int r = 0; part == PART_MYTHS && r < MYTH_RULES; r++)
			t.right[part][r] += myth_answer_right(q,
			    (enum myth_rule)r);
		for (int r = 0; part != PART_MYTHS && r < CASE_RULES; r++)
			t.right[part][r] += case_answer_right(q,
			    (enum case_rule)r);
	}
	return t;
}

/* What pack strategy k scores on pk, whose questions t counts. */
static struct surface_score
run_pack(const struct item *pk, const struct tally *t, size_t k)
{
	struct surface_score s;
	memset(&s, 0, sizeof s);
	s.strategy = pack_strategies[k].name;
	for (int part = 0; part < PACK_PARTS; part++) {
		s.total[part] = t->total[part];
		s.right[part] = t->right[part][part == PART_MYTHS ?
		    (int)pack_strategies[k].myths :
		    (int)pack_strategies[k].cases];
	}
	score_pack(pk, &s);
	return s;
}

/* The lowest part percentage: how near the strategy comes to passing. */
static double
weakest_part(const struct surface_score *s)
{
	double low = 101;
	for (int part = 0; part < PACK_PARTS; part++)
		if (s->total[part] > 0 &&
		    100.0 * s->right[part] / s->total[part] < low)
			low = 100.0 * s->right[part] / s->total[part];
	return low;
}

/* surface_best_pack, from pk's questions counted. */
static struct surface_score
best_of_tally(const struct item *pk, const struct tally *t)
{
	struct surface_score best = run_pack(pk, t, 0);
	for (size_t k = 1; k < N_PACK_STRATEGIES; k++) {
		struct surface_score s = run_pack(pk, t, k);
		double ws = weakest_part(&s), wb = weakest_part(&best);
		if (s.passes > best.passes || (s.passes == best.passes &&
		    (ws > wb || (ws == wb && s.percent > best.percent))))
			best = s;
	}
	return best;
}

struct surface_score
surface_best_pack(const struct item *pk)
{
	struct tally t = tally_pack(pk);
	return best_of_tally(pk, &t);
}

/* The label's length in words. */
static size_t
label_words(const char *label)
{
	size_t n = 0;
	int in = 0;
	for (; *label; label++) {
		int space = isspace((unsigned char)*label);
		n += !space && !in;
		in = !space;
	}
	return n;
}

static const struct scen_choice *
pick(const struct scen_step *st, enum choice_rule rule)
{
	const struct scen_choice *c = &st->choices[0];
	if (rule == CHOICE_LAST)
		return &st->choices[st->choice_count - 1];
	for (size_t j = 1; j < st->choice_count; j++) {
		size_t a = label_words(st->choices[j].label);
		size_t b = label_words(c->label);
		if ((rule == CHOICE_LONGEST && a > b) ||
		    (rule == CHOICE_SHORTEST && a < b))
			c = &st->choices[j];
	}
	return c;
}

static struct surface_score
run_scenario(const struct item *it, size_t k)
{
	const struct scenario_part *sc = &it->scenario;
	struct surface_score s;
	memset(&s, 0, sizeof s);
	s.strategy = scenario_strategies[k].name;
	const struct scen_step *st = &sc->steps[sc->step_order[0]];
	/* The graph has no cycle (check_pack), so step_count bounds it. */
	for (size_t n = 0; !st->ending && n < sc->step_count; n++) {
		const struct scen_choice *c = pick(st,
		    scenario_strategies[k].rule);
		s.decisions++;
		s.points += c->grade == GRADE_EXPECTED ? 1 :
		    c->grade == GRADE_ACCEPTABLE ? 0.5 : 0;
		s.unsafe |= c->grade == GRADE_UNSAFE;
		st = &sc->steps[c->target];
	}
	s.percent = s.decisions > 0 ? (int)(100 * s.points / s.decisions) : 0;
	s.passes = s.decisions > 0 && !s.unsafe &&
	    s.points * 100 >= (double)it->pass_mark * s.decisions;
	return s;
}

struct surface_score
surface_best_scenario(const struct item *it)
{
	struct surface_score best = run_scenario(it, 0);
	for (size_t k = 1; k < N_SCENARIO_STRATEGIES; k++) {
		struct surface_score s = run_scenario(it, k);
		if (s.passes > best.passes || (s.passes == best.passes &&
		    s.unsafe < best.unsafe) || (s.passes == best.passes &&
		    s.unsafe == best.unsafe && s.percent > best.percent))
			best = s;
	}
	return best;
}

/* "cases 55%, myths 100%" */
static char *
parts_text(const struct surface_score *s)
{
	struct buf b = BUF_INIT;
	for (int part = 0; part < PACK_PARTS; part++) {
		if (s->total[part] == 0)
			continue;
		buf_printf(&b, "%s%s %d%%", b.len > 0 ? ", " : "",
		    pack_part_name((enum quiz_part)part),
		    100 * s->right[part] / s->total[part]);
	}
	return buf_detach(&b);
}

/* Whether it is a pack with questions or a scenario that was checked. */
static int
scored(const struct item *it)
{
	if (it->kind == ITEM_PACK)
		return sitemap_question_count(it) > 0;
	return it->kind == ITEM_SCENARIO && it->scenario.step_order != NULL;
}

/* How many questions t counts: whether its pack is scored. */
static int
questions(const struct tally *t)
{
	int n = 0;
	for (int part = 0; part < PACK_PARTS; part++)
		n += t->total[part];
	return n;
}

/* surface_check of one pack: its members are read once, for whether it
 * has questions and for every strategy at once. */
static void
check_pack_surface(const struct item *pk, struct diag *d)
{
	struct tally t = tally_pack(pk);
	if (questions(&t) == 0)
		return;
	struct surface_score s = best_of_tally(pk, &t);
	if (!s.passes)
		return;
	char *parts = parts_text(&s);
	diag_warn(d, &pk->pos, "a learner passes the pack '%s' without "
	    "knowing the guidance: '%s' gets %s, with a pass mark of %d%%; "
	    "balance its answers and cues ('sharepack check --report' shows "
	    "every strategy)", pk->id, s.strategy, parts, pk->pass_mark);
	free(parts);
}

void
surface_check(const struct pack *p, struct diag *d)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (it->kind == ITEM_PACK) {
			check_pack_surface(it, d);
			continue;
		}
		if (!scored(it))
			continue;
		struct surface_score s = surface_best_scenario(it);
		if (s.passes)
			diag_warn(d, &it->pos, "a learner passes the scenario "
			    "'%s' by always taking the %s: %d%% with no unsafe "
			    "choice, pass mark %d%%; vary where the expected "
			    "choice stands and how long the labels are", it->id,
			    s.strategy, s.percent, it->pass_mark);
	}
}

void
surface_summary(const struct pack *p, FILE *out)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (!scored(it))
			continue;
		int pack = it->kind == ITEM_PACK;
		struct surface_score s = pack ? surface_best_pack(it) :
		    surface_best_scenario(it);
		char *parts = pack ? parts_text(&s) :
		    xasprintf("%d%%%s", s.percent, s.unsafe ?
		    " with an unsafe choice" : "");
		fprintf(out, "sharepack: %s '%s': best surface strategy '%s' "
		    "gets %s; pass mark %d%%: %s\n", pack_kind_name(it->kind),
		    it->id, s.strategy, parts, it->pass_mark, s.passes ?
		    "PASSES" : "does not pass");
		free(parts);
	}
}

static void
report_pack(const struct item *pk, FILE *out)
{
	struct tally t = tally_pack(pk);
	struct surface_score any = run_pack(pk, &t, 0);
	fprintf(out, "\n### Pack '%s' (pass mark %d%%; %d cases, %d myths "
	    "and facts)\n\n| strategy | what it does | cases | myths | "
	    "overall | passes |\n| --- | --- | --- | --- | --- | --- |\n",
	    pk->id, pk->pass_mark, any.total[PART_CASES],
	    any.total[PART_MYTHS]);
	for (size_t k = 0; k < N_PACK_STRATEGIES; k++) {
		struct surface_score s = run_pack(pk, &t, k);
		fprintf(out, "| %s | %s |", s.strategy, pack_strategies[k].doc);
		for (int part = 0; part < PACK_PARTS; part++) {
			if (s.total[part] == 0)
				fputs(" - |", out);
			else
				fprintf(out, " %d%% |", 100 * s.right[part] /
				    s.total[part]);
		}
		fprintf(out, " %d%% | %s |\n", s.percent, s.passes ? "**yes**" :
		    "no");
	}
}

static void
report_scenario(const struct item *it, FILE *out)
{
	fprintf(out, "\n### Scenario '%s' (pass mark %d%%)\n\n| strategy | "
	    "what it does | decisions | score | unsafe choice | passes |\n"
	    "| --- | --- | --- | --- | --- | --- |\n", it->id, it->pass_mark);
	for (size_t k = 0; k < N_SCENARIO_STRATEGIES; k++) {
		struct surface_score s = run_scenario(it, k);
		fprintf(out, "| %s | %s | %d | %d%% | %s | %s |\n", s.strategy,
		    scenario_strategies[k].doc, s.decisions, s.percent,
		    s.unsafe ? "yes" : "no", s.passes ? "**yes**" : "no");
	}
}

void
surface_report(const struct pack *p, FILE *out)
{
	fputs("## Passing by the surface\n\nWhat each strategy that answers "
	    "from the surface of a question, without knowing the guidance, "
	    "scores. A pack passes only with the pass mark in each part.\n",
	    out);
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (!scored(it))
			continue;
		if (it->kind == ITEM_PACK)
			report_pack(it, out);
		else
			report_scenario(it, out);
	}
}
