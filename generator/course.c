/* course.c: the order a learner takes a training pack in and the minutes
 * each step needs, worked out from word counts, questions and decisions. */
#include "course.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sitemap.h"
#include "xalloc.h"

/* Minutes for reading words silently and spending seconds more, rounded
 * up, at least 1; in whole sixtieths of a word so nothing is lost to
 * rounding before the end. */
static int
round_minutes(size_t words, size_t seconds)
{
	size_t unit = 60 * COURSE_READING_WPM;
	size_t m = (words * 60 + seconds * COURSE_READING_WPM + unit - 1) /
	    unit;
	return m < 1 ? 1 : (int)m;
}

/* The most decisions on any path from step i to an ending: the check
 * stage has made sure every path ends (no loops), so the recursion is
 * bounded by the number of steps. memo holds -1 for "not yet known". */
static size_t
most_decisions(const struct scenario_part *sc, size_t i, long *memo)
{
	const struct scen_step *st = &sc->steps[i];
	if (memo[i] >= 0)
		return (size_t)memo[i];
	size_t most = 0;
	for (size_t j = 0; j < st->choice_count; j++) {
		size_t n = most_decisions(sc, st->choices[j].target, memo);
		if (n > most)
			most = n;
	}
	memo[i] = st->ending ? 0 : (long)(most + 1);
	return (size_t)memo[i];
}

int
course_minutes(const struct item *it)
{
	size_t seconds = 0, words = it->words;
	if (it->kind == ITEM_PACK) {
		words = 0;
		for (size_t i = 0; i < it->pack.member_count; i++) {
			const struct item *q = it->pack.members[i];
			if (q->kind == ITEM_MYTH)
				seconds += COURSE_MYTH_SECONDS;
			else if (q->kind == ITEM_VIGNETTE)
				seconds += COURSE_CASE_SECONDS;
		}
	} else if (it->kind == ITEM_SCENARIO && it->scenario.step_count > 0) {
		const struct scenario_part *sc = &it->scenario;
		long *memo = xcalloc(sc->step_count, sizeof *memo);
		for (size_t i = 0; i < sc->step_count; i++)
			memo[i] = -1;
		seconds = COURSE_DECISION_SECONDS *
		    most_decisions(sc, sc->step_order[0], memo);
		free(memo);
	}
	return round_minutes(words, seconds);
}

const char *
course_part_key(enum course_part part)
{
	switch (part) {
	case COURSE_READ:
		return "course.read";
	case COURSE_PRACTISE:
		return "course.practise";
	default:
		return "course.test";
	}
}

static void
add_step(struct course *c, enum course_part part, const struct item *it)
{
	struct course_step *s = &c->steps[c->count++];
	s->part = part;
	s->item = it;
	s->minutes = course_minutes(it);
	c->minutes += s->minutes;
}

void
course_build(const struct item *pk, struct course *c)
{
	/* The order of the parts, and of the kinds within reading. */
	static const struct {
		enum item_kind kind;
		enum course_part part;
	} order[] = {
		{ ITEM_GUIDANCE, COURSE_READ },
		{ ITEM_BRIEFING, COURSE_READ },
		{ ITEM_SCENARIO, COURSE_PRACTISE },
	};
	/* Only the steps there are: a pack's members are mostly questions,
	 * and every pack's course is held while the site is made. */
	size_t steps = 1;
	for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
		for (size_t i = 0; i < pk->pack.member_count; i++)
			steps += pk->pack.members[i]->kind == order[k].kind;
	c->steps = xcalloc(steps, sizeof *c->steps);
	c->count = 0;
	c->minutes = 0;
	for (size_t k = 0; k < sizeof order / sizeof order[0]; k++)
		for (size_t i = 0; i < pk->pack.member_count; i++)
			if (pk->pack.members[i]->kind == order[k].kind)
				add_step(c, order[k].part,
				    pk->pack.members[i]);
	if (sitemap_question_count(pk) > 0)
		add_step(c, COURSE_TEST, pk);
}

void
course_free(struct course *c)
{
	free(c->steps);
	c->steps = NULL;
	c->count = 0;
	c->minutes = 0;
}

size_t
course_find(const struct course *c, const struct item *it)
{
	size_t i = 0;
	while (i < c->count && c->steps[i].item != it)
		i++;
	return i;
}

/* By item (its address: any fixed order will do), then by course, then
 * by step. */
static int
ref_cmp(const void *a, const void *b)
{
	const struct course_ref *x = a, *y = b;
	uintptr_t px = (uintptr_t)x->item, py = (uintptr_t)y->item;
	if (px != py)
		return px < py ? -1 : 1;
	if (x->course != y->course)
		return x->course < y->course ? -1 : 1;
	return x->step < y->step ? -1 : x->step > y->step;
}

void
course_set_build(const struct pack *p, struct course_set *s)
{
	size_t packs = 0, steps = 0;
	for (size_t i = 0; i < p->count; i++)
		packs += p->items[i]->kind == ITEM_PACK;
	s->packs = xcalloc(packs + 1, sizeof *s->packs);
	s->courses = xcalloc(packs + 1, sizeof *s->courses);
	s->count = 0;
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i]->kind != ITEM_PACK)
			continue;
		s->packs[s->count] = p->items[i];
		course_build(p->items[i], &s->courses[s->count]);
		steps += s->courses[s->count].count;
		s->count++;
	}
	s->refs = xcalloc(steps + 1, sizeof *s->refs);
	s->ref_count = 0;
	for (size_t k = 0; k < s->count; k++)
		for (size_t i = 0; i < s->courses[k].count; i++)
			s->refs[s->ref_count++] = (struct course_ref){
			    s->courses[k].steps[i].item, (uint32_t)k,
			    (uint32_t)i };
	qsort(s->refs, s->ref_count, sizeof *s->refs, ref_cmp);
}

void
course_set_free(struct course_set *s)
{
	for (size_t i = 0; i < s->count; i++)
		course_free(&s->courses[i]);
	free(s->courses);
	free(s->packs);
	free(s->refs);
	memset(s, 0, sizeof *s);
}

const struct course_ref *
course_set_find(const struct course_set *s, const struct item *it, size_t *n)
{
	uintptr_t key = (uintptr_t)it;
	size_t lo = 0, hi = s->ref_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)s->refs[mid].item < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < s->ref_count && s->refs[end].item == it)
		end++;
	*n = end - lo;
	return *n > 0 ? &s->refs[lo] : NULL;
}
