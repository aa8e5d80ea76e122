/* coverage.c: counts which golden rules and principles each training pack
 * asks about, and in which direction, and reports the gaps. */
#include "coverage.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

const char *
coverage_kind_name(enum coverage_kind k)
{
	static const char *const names[COVERAGE_KINDS] = { "cases",
	    "myths and facts", "scenario choices" };
	return names[k];
}

const char *
coverage_dir_name(enum coverage_dir dir)
{
	return dir == COVERAGE_SHARE ? "share" : "no-share";
}

int
coverage_total(const struct coverage_cells *cells, enum coverage_dir dir)
{
	int n = 0;
	for (int k = 0; k < COVERAGE_KINDS; k++)
		n += cells->n[dir][k];
	return n;
}

/* The index of edition in c, or -1. */
static int
edition_index(const struct coverage *c, const char *edition)
{
	for (size_t i = 0; i < c->edition_count; i++)
		if (strcmp(c->editions[i], edition) == 0)
			return (int)i;
	return -1;
}

/* Notes edition as one c counts rules in, when it numbers golden rules. */
static void
note_edition(struct coverage *c, const char *edition,
    const struct intlist *rules)
{
	if (rules->count == 0 || !pack_edition_has_rules(edition) ||
	    edition_index(c, edition) >= 0 ||
	    c->edition_count == COVERAGE_MAX_EDITIONS)
		return;
	c->editions[c->edition_count++] = edition;
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* One question's citations, pointing the way out points. */
static void
cite(struct coverage *c, const char *edition, const struct intlist *rules,
    const struct strlist *principles, enum outcome out,
    enum coverage_kind kind)
{
	if (out == OUTCOME_NONE)
		return;
	enum coverage_dir dir = out == OUTCOME_SHARE ? COVERAGE_SHARE :
	    COVERAGE_NO_SHARE;
	int e = edition != NULL ? edition_index(c, edition) : -1;
	for (size_t i = 0; e >= 0 && i < rules->count; i++)
		c->rules[e][rules->values[i] - 1].n[dir][kind]++;
	for (size_t i = 0; i < principles->count; i++) {
		int q = pack_principle_index(principles->values[i]);
		if (q >= 0)
			c->principles[q].n[dir][kind]++;
	}
}

/* Each question of pk, with the edition its rules follow, by the way it
 * points; pass 0 notes the editions, pass 1 counts. */
static void
walk(const struct item *pk, struct coverage *c, int counting)
{
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		const struct item *it = pk->pack.members[i];
		const char *ed = pack_rule_edition(it, pk);
		if (it->kind == ITEM_VIGNETTE || it->kind == ITEM_MYTH) {
			if (!counting)
				note_edition(c, ed, &it->ext->rules);
			else if (it->kind == ITEM_VIGNETTE)
				cite(c, ed, &it->ext->rules,
				    &it->ext->principles, it->vignette.expected,
				    COVERAGE_CASE);
			else
				cite(c, ed, &it->ext->rules,
				    &it->ext->principles, it->myth.supports,
				    COVERAGE_MYTH);
			continue;
		}
		if (it->kind != ITEM_SCENARIO)
			continue;
		for (size_t s = 0; s < it->scenario.step_count; s++) {
			const struct scen_step *st = &it->scenario.steps[s];
			for (size_t j = 0; j < st->choice_count; j++) {
				const struct scen_choice *ch = &st->choices[j];
				if (!counting)
					note_edition(c, ed, &ch->rules);
				else
					cite(c, ed, &ch->rules,
					    &ch->principles, ch->supports,
					    COVERAGE_CHOICE);
			}
		}
	}
}

void
coverage_count(const struct item *pk, struct coverage *c)
{
	memset(c, 0, sizeof *c);
	c->pack = pk;
	walk(pk, c, 0);
	qsort(c->editions, c->edition_count, sizeof c->editions[0],
	    compare_strings);
	walk(pk, c, 1);
}

/* What to add to fill a gap, by direction. */
static const char *const gap_fix[COVERAGE_DIRS] = {
	"a case whose expected answer is share", "a case whose expected "
	    "answer is no-share",
};

/* The gaps of one edition in pk's counts c. */
static void
check_edition_gaps(const struct item *pk, const struct coverage *c,
    const char *edition, struct diag *d)
{
	int e = edition_index(c, edition);
	for (int r = 0; r < PACK_GOLDEN_RULES; r++) {
		for (int dir = 0; dir < COVERAGE_DIRS; dir++) {
			if (e >= 0 && coverage_total(&c->rules[e][r],
			    (enum coverage_dir)dir) > 0)
				continue;
			diag_warn(d, &pk->pos, "pack '%s' never asks %s rule %d "
			    "in the %s direction; add %s and rule %d is its "
			    "reason ('rules: [%d]'), or cite the rule on a "
			    "myth, fact or scenario choice that supports %s",
			    pk->id, pack_edition_short(edition), r + 1,
			    dir == COVERAGE_SHARE ? "share" : "do-not-share",
			    gap_fix[dir], r + 1, r + 1,
			    coverage_dir_name((enum coverage_dir)dir));
		}
	}
}

/* The gaps of a pack that gives an edition with golden rules: of that
 * edition, even when nothing cites it, and of each edition its questions
 * cite rules of, since a pack holding Welsh or 2018 cases trains those
 * rules too. A pack without one has not asked to be checked. */
static void
check_pack_gaps(const struct item *pk, struct diag *d)
{
	if (pk->ext->edition == NULL ||
	    !pack_edition_has_rules(pk->ext->edition))
		return;
	struct coverage c;
	coverage_count(pk, &c);
	check_edition_gaps(pk, &c, pk->ext->edition, d);
	for (size_t e = 0; e < c.edition_count; e++)
		if (strcmp(c.editions[e], pk->ext->edition) != 0)
			check_edition_gaps(pk, &c, c.editions[e], d);
}

/* A question's rules that follow no edition with golden rules. */
static void
check_numbering(const struct item *pk, const struct item *it,
    const struct intlist *rules, struct diag *d)
{
	const char *ed = pack_rule_edition(it, pk);
	if (rules->count == 0 || pack_edition_has_rules(ed) ||
	    (ed != NULL && pack_edition_label(ed) == NULL))
		return;
	if (ed == NULL)
		diag_warn(d, &rules->pos[0], "the golden rules '%s' cites "
		    "follow no edition, and pack '%s' gives none; add "
		    "'edition:' (england-2018, wales-2019 or england-2024) to "
		    "the item or the pack", it->id, pk->id);
	else
		diag_warn(d, &rules->pos[0], "'%s' cites golden rules, but "
		    "its edition '%s' numbers none; set 'edition' to the one "
		    "the numbers follow: england-2018, wales-2019 or "
		    "england-2024", it->id, ed);
}

/* A myth or choice citing rules or principles must say which way it
 * points, or it counts nowhere. */
static void
check_supports(const struct intlist *rules, const struct strlist *principles,
    enum outcome supports, const struct srcpos *at, const char *what,
    struct diag *d)
{
	if (supports != OUTCOME_NONE || (rules->count == 0 &&
	    principles->count == 0))
		return;
	diag_warn(d, at, "%s cites golden rules or principles but does not "
	    "say which way it points, so the coverage table cannot count it; "
	    "add 'supports: share' or 'supports: no-share'", what);
}

static void
check_item(const struct item *it, struct diag *d)
{
	if (it->kind == ITEM_MYTH) {
		struct srcpos at = pack_at(it, it->ext->rules.count > 0 ?
		    KEY_RULES : KEY_PRINCIPLES);
		check_supports(&it->ext->rules, &it->ext->principles,
		    it->myth.supports, &at, "this myth or fact", d);
	}
	if (it->kind != ITEM_SCENARIO)
		return;
	for (size_t s = 0; s < it->scenario.step_count; s++) {
		const struct scen_step *st = &it->scenario.steps[s];
		for (size_t j = 0; j < st->choice_count; j++) {
			const struct scen_choice *ch = &st->choices[j];
			char *what = xasprintf("choice %zu of step '%s'", j + 1,
			    st->id);
			check_supports(&ch->rules, &ch->principles,
			    ch->supports, &ch->pos, what, d);
			free(what);
		}
	}
}

void
coverage_check(const struct pack *p, struct diag *d)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		check_item(it, d);
		if (it->kind != ITEM_PACK)
			continue;
		for (size_t m = 0; m < it->pack.member_count; m++) {
			const struct item *q = it->pack.members[m];
			if (q->kind == ITEM_VIGNETTE || q->kind == ITEM_MYTH)
				check_numbering(it, q, &q->ext->rules, d);
		}
		check_pack_gaps(it, d);
	}
}

/* " a | b | c |" for one direction's kinds. */
static void
report_cells(const struct coverage_cells *cells, FILE *out)
{
	for (int dir = 0; dir < COVERAGE_DIRS; dir++)
		for (int k = 0; k < COVERAGE_KINDS; k++)
			fprintf(out, " %d |", cells->n[dir][k]);
	fprintf(out, " %s |\n", coverage_total(cells, COVERAGE_SHARE) == 0 ?
	    (coverage_total(cells, COVERAGE_NO_SHARE) == 0 ? "**never**" :
	    "**no share**") : coverage_total(cells, COVERAGE_NO_SHARE) == 0 ?
	    "**no no-share**" : "");
}

static void
report_pack(const struct item *pk, FILE *out)
{
	struct coverage c;
	coverage_count(pk, &c);
	fprintf(out, "\n### Pack '%s'%s%s\n\n| asked about | share: cases | "
	    "share: myths and facts | share: scenario choices | no-share: "
	    "cases | no-share: myths and facts | no-share: scenario choices | "
	    "gap |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n",
	    pk->id, pk->ext->edition != NULL ? ", edition " : "",
	    pk->ext->edition != NULL ? pk->ext->edition : "");
	for (size_t e = 0; e < c.edition_count; e++) {
		for (int r = 0; r < PACK_GOLDEN_RULES; r++) {
			fprintf(out, "| %s rule %d |",
			    pack_edition_short(c.editions[e]), r + 1);
			report_cells(&c.rules[e][r], out);
		}
	}
	for (int q = 0; q < PACK_PRINCIPLES; q++) {
		fprintf(out, "| principle: %s |", pack_principle_name(q));
		report_cells(&c.principles[q], out);
	}
}

void
coverage_report(const struct pack *p, FILE *out)
{
	fputs("\n## Coverage of the golden rules and principles\n\nHow many "
	    "questions of each pack cite each golden rule (numbered as in "
	    "its edition) and each principle, by the way the answer points: "
	    "a case by its expected answer, a myth or fact and a scenario "
	    "choice by its 'supports'. A pack that gives an 'edition' is "
	    "warned of each rule never asked in one direction, of that "
	    "edition and of every edition its questions cite rules of.\n", out);
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind == ITEM_PACK)
			report_pack(p->items[i], out);
}

/* One CSV field, quoted when it holds a comma, a quote or a line break. */
static void
csv_field(struct buf *out, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		buf_puts(out, s);
		return;
	}
	buf_putc(out, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_putc(out, '"');
		buf_putc(out, *s);
	}
	buf_putc(out, '"');
}

/* The counts of one row, both directions, after its first fields. */
static void
csv_rows(struct buf *out, const char *pack, const char *edition,
    const char *rule, const char *principle,
    const struct coverage_cells *cells)
{
	for (int dir = 0; dir < COVERAGE_DIRS; dir++) {
		csv_field(out, pack);
		buf_putc(out, ',');
		csv_field(out, edition);
		buf_printf(out, ",%s,%s,%s", rule, principle,
		    coverage_dir_name((enum coverage_dir)dir));
		for (int k = 0; k < COVERAGE_KINDS; k++)
			buf_printf(out, ",%d", cells->n[dir][k]);
		buf_printf(out, ",%d\r\n", coverage_total(cells,
		    (enum coverage_dir)dir));
	}
}

void
coverage_csv(const struct pack *p, struct buf *out)
{
	buf_puts(out, "pack,edition,rule,principle,direction,cases,"
	    "myths_facts,scenario_choices,total\r\n");
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		struct coverage c;
		coverage_count(pk, &c);
		for (size_t e = 0; e < c.edition_count; e++) {
			for (int r = 0; r < PACK_GOLDEN_RULES; r++) {
				char num[16];
				snprintf(num, sizeof num, "%d", r + 1);
				csv_rows(out, pk->id, c.editions[e], num, "",
				    &c.rules[e][r]);
			}
		}
		for (int q = 0; q < PACK_PRINCIPLES; q++)
			csv_rows(out, pk->id, "", "", pack_principle_name(q),
			    &c.principles[q]);
	}
}
