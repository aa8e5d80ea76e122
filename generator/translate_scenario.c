/* translate_scenario.c: checks that a branching scenario's translation
 * keeps its original's steps, choices, targets and grades, so that a
 * learner in either language meets the same decisions, scored the same
 * way, on the way to the same endings. */
#include "translate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"

/* The scenario being compared: translation t, original o. */
struct compare {
	const struct item *t, *o;
	struct diag *d;
	int errors;
};

/*
 * Reports field name of what ("step 'x'", "choice 2 of step 'x'"), got
 * in the translation at at and want in the original at want_line, when
 * they differ. NULL is a field not given; both are written as Lua writes
 * them. Takes and frees got and want.
 */
static void
differ(struct compare *c, const struct srcpos *at, const char *what,
    const char *name, char *got, char *want, int want_line)
{
	const char *id = c->t->id, *orig = c->o->path;
	if (got == NULL && want == NULL)
		;
	else if (got == NULL)
		diag_error(c->d, at, "scenario '%s': %s lacks '%s = %s', which "
		    "the original has at %s:%d; a translation keeps its "
		    "original's steps, choices and grades: add it", id, what, name,
		    want, orig, want_line);
	else if (want == NULL)
		diag_error(c->d, at, "scenario '%s': %s has '%s = %s', which "
		    "the original, %s:%d, has not; a translation keeps its "
		    "original's steps, choices and grades: remove it", id, what, name,
		    got, orig, want_line);
	else if (strcmp(got, want) != 0)
		diag_error(c->d, at, "scenario '%s': %s: '%s = %s' disagrees "
		    "with the original, %s:%d ('%s = %s'); a translation "
		    "changes the words only: write '%s = %s'", id, what, name,
		    got, orig, want_line, name, want, name, want);
	c->errors += (got == NULL) != (want == NULL) ||
	    (got != NULL && want != NULL && strcmp(got, want) != 0);
	free(got);
	free(want);
}

/* A word as Lua writes it ("\"share\""), or NULL for none. Caller
 * frees. */
static char *
word(const char *w)
{
	return w != NULL && *w != '\0' ? xasprintf("\"%s\"", w) : NULL;
}

/* "{ 1, 5 }", or NULL when there are none. Caller frees. */
static char *
rules_text(const struct intlist *l)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < l->count; i++)
		buf_printf(&b, "%s%d", i ? ", " : "{ ", l->values[i]);
	if (l->count == 0)
		return NULL;
	buf_puts(&b, " }");
	return buf_detach(&b);
}

/* "{ \"relevant\", \"accurate\" }", or NULL when there are none. */
static char *
names_text(const struct strlist *l)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < l->count; i++)
		buf_printf(&b, "%s\"%s\"", i ? ", " : "{ ", l->values[i]);
	if (l->count == 0)
		return NULL;
	buf_puts(&b, " }");
	return buf_detach(&b);
}

static char *
supports_text(enum outcome o)
{
	return o == OUTCOME_NONE ? NULL : word(pack_outcome_name(o));
}

/* Choice i of step st (t's) against the same choice of its original. */
static void
compare_choice(struct compare *c, const struct scen_step *st, size_t i,
    const struct scen_choice *oc)
{
	const struct scen_choice *tc = &st->choices[i];
	char what[160];
	snprintf(what, sizeof what, "choice %zu of step '%s'", i + 1, st->id);
	int line = oc->pos.line;
	differ(c, &tc->pos, what, "go", word(tc->go), word(oc->go), line);
	differ(c, &tc->pos, what, "grade", word(pack_grade_name(tc->grade)),
	    word(pack_grade_name(oc->grade)), line);
	differ(c, &tc->pos, what, "rules", rules_text(&tc->rules),
	    rules_text(&oc->rules), line);
	differ(c, &tc->pos, what, "principles", names_text(&tc->principles),
	    names_text(&oc->principles), line);
	differ(c, &tc->pos, what, "supports", supports_text(tc->supports),
	    supports_text(oc->supports), line);
}

/* Step ts of the translation against step os of the original (the same
 * id): an ending or a decision alike, with the same outcome and the same
 * choices in the same order. */
static void
compare_step(struct compare *c, const struct scen_step *ts,
    const struct scen_step *os)
{
	char what[96];
	snprintf(what, sizeof what, "step '%s'", ts->id);
	differ(c, &ts->pos, what, "ending", ts->ending ? xstrdup("true") :
	    NULL, os->ending ? xstrdup("true") : NULL, os->pos.line);
	differ(c, &ts->pos, what, "outcome", word(pack_ending_name(
	    ts->outcome)), word(pack_ending_name(os->outcome)), os->pos.line);
	if (ts->ending && os->ending && ts->title == NULL) {
		diag_error(c->d, &ts->pos, "scenario '%s': ending '%s' needs a "
		    "'title'", c->t->id, ts->id);
		c->errors++;
	}
	if (ts->choice_count != os->choice_count) {
		diag_error(c->d, &ts->pos, "scenario '%s': step '%s' has %zu "
		    "choices, and the original, %s:%d, has %zu; a translation "
		    "keeps every choice, in the original's order: translate "
		    "each one", c->t->id, ts->id, ts->choice_count,
		    c->o->path, os->pos.line, os->choice_count);
		c->errors++;
		return;
	}
	for (size_t i = 0; i < ts->choice_count; i++)
		compare_choice(c, ts, i, &os->choices[i]);
}

/* Both lists of steps are sorted by id (scenario_api.c): walks them side
 * by side, reporting a step that only one of them has. */
static void
compare_steps(struct compare *c)
{
	const struct scenario_part *ts = &c->t->scenario, *os = &c->o->scenario;
	size_t i = 0, j = 0;
	while (i < ts->step_count || j < os->step_count) {
		int cmp = i == ts->step_count ? 1 : j == os->step_count ? -1 :
		    strcmp(ts->steps[i].id, os->steps[j].id);
		if (cmp < 0) {
			diag_error(c->d, &ts->steps[i].pos, "scenario '%s': step "
			    "'%s' is not in the original, %s; a translation "
			    "keeps its original's steps: remove it, or give it "
			    "the id of the step it translates", c->t->id,
			    ts->steps[i].id, c->o->path);
			i++;
		} else if (cmp > 0) {
			diag_error(c->d, &c->t->pos, "scenario '%s': the "
			    "translation lacks step '%s', which the original "
			    "has at %s:%d; a translation keeps its original's "
			    "steps: translate it", c->t->id, os->steps[j].id,
			    c->o->path, os->steps[j].pos.line);
			j++;
		} else {
			compare_step(c, &ts->steps[i++], &os->steps[j++]);
			continue;
		}
		c->errors++;
	}
}

/* t has o's steps in the same order (both sorted by id) and o's choices:
 * o's resolved targets and reading order are t's too. */
static void
adopt_structure(struct item *t, const struct item *o)
{
	struct scenario_part *ts = &t->scenario;
	const struct scenario_part *os = &o->scenario;
	for (size_t i = 0; i < ts->step_count; i++)
		for (size_t j = 0; j < ts->steps[i].choice_count; j++)
			ts->steps[i].choices[j].target =
			    os->steps[i].choices[j].target;
	/* A translation serve kept from an earlier build is compared
	 * again. */
	free(ts->step_order);
	ts->step_order = NULL;
	if (os->step_order != NULL) {
		ts->step_order = xcalloc(ts->step_count, sizeof(size_t));
		memcpy(ts->step_order, os->step_order, ts->step_count *
		    sizeof(size_t));
	}
}

int
translate_scenario_check(struct item *t, const struct item *o,
    struct diag *d)
{
	struct compare c = { t, o, d, 0 };
	struct srcpos at = pack_at(t, KEY_START);
	differ(&c, &at, "the translation", "start", word(t->ext->start),
	    word(o->ext->start), pack_at(o, KEY_START).line);
	compare_steps(&c);
	if (c.errors == 0)
		adopt_structure(t, o);
	return c.errors;
}
