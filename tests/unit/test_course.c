/* Unit tests of course.c: the order of a pack's steps and the minutes each
 * step and the whole pack are given, at the edges of the rounding. */
#include <stdlib.h>

#include "course.h"
#include "harness.h"
#include "xalloc.h"

static struct item *
item(struct pack *p, enum item_kind kind, const char *id, size_t words)
{
	struct item *it = pack_item_new("content/x.md");
	it->kind = kind;
	it->id = xstrdup(id);
	it->title = xstrdup(id);
	it->words = words;
	pack_add(p, it);
	return it;
}

/* A scenario whose steps are a -> (b | c), b -> d, c and d endings: the
 * longest path has two decisions (a, then b). */
static struct item *
scenario(struct pack *p, size_t words)
{
	struct item *it = item(p, ITEM_SCENARIO, "s", words);
	struct scenario_part *sc = &it->scenario;
	static const char *ids[] = { "a", "b", "c", "d" };
	sc->step_count = 4;
	sc->steps = xcalloc(4, sizeof *sc->steps);
	sc->step_order = xcalloc(4, sizeof *sc->step_order);
	pack_item_ext(it)->start = xstrdup("a");
	for (size_t i = 0; i < 4; i++) {
		sc->steps[i].id = xstrdup(ids[i]);
		sc->steps[i].ending = i >= 2;
		sc->step_order[i] = i;
	}
	sc->steps[0].choice_count = 2;
	sc->steps[0].choices = xcalloc(2, sizeof(struct scen_choice));
	sc->steps[0].choices[0].target = 1;
	sc->steps[0].choices[1].target = 2;
	sc->steps[1].choice_count = 1;
	sc->steps[1].choices = xcalloc(1, sizeof(struct scen_choice));
	sc->steps[1].choices[0].target = 3;
	return it;
}

static void
test_minutes(void)
{
	struct pack *p = pack_new();
	/* Reading at COURSE_READING_WPM, rounded up, never under 1. */
	CHECK(course_minutes(item(p, ITEM_GUIDANCE, "g0", 0)) == 1);
	CHECK(course_minutes(item(p, ITEM_GUIDANCE, "g1", 200)) == 1);
	CHECK(course_minutes(item(p, ITEM_GUIDANCE, "g2", 201)) == 2);
	CHECK(course_minutes(item(p, ITEM_BRIEFING, "b", 650)) == 4);
	/* 100 words of introduction (30 s) and two decisions (120 s). */
	CHECK(course_minutes(scenario(p, 100)) == 3);
	/* Myths 60 s, cases 120 s each: 2 + 2 * 3 = 8 minutes. The pack's
	 * own words are its introduction, not a step. */
	struct item *pk = item(p, ITEM_PACK, "pk", 5000);
	struct item *m = item(p, ITEM_MYTH, "m", 900);
	struct item *v = item(p, ITEM_VIGNETTE, "v", 900);
	struct item *members[] = { m, v, m, v, v };
	pk->pack.members = xcalloc(5, sizeof *pk->pack.members);
	for (size_t i = 0; i < 5; i++)
		pk->pack.members[i] = members[i];
	pk->pack.member_count = 5;
	CHECK(course_minutes(pk) == 8);
	pack_free(p);
}

static void
test_order(void)
{
	struct pack *p = pack_new();
	struct item *pk = item(p, ITEM_PACK, "pk", 0);
	struct item *b = item(p, ITEM_BRIEFING, "b", 650);
	struct item *s = scenario(p, 100);
	struct item *g1 = item(p, ITEM_GUIDANCE, "g1", 201);
	struct item *m = item(p, ITEM_MYTH, "m", 10);
	struct item *g2 = item(p, ITEM_GUIDANCE, "g2", 10);
	/* Members as a pack may list them: the course puts guidance, then
	 * briefings, then scenarios, then the quiz, each kind in the pack's
	 * order. */
	struct item *members[] = { b, s, g1, m, g2 };
	pk->pack.members = xcalloc(5, sizeof *pk->pack.members);
	for (size_t i = 0; i < 5; i++)
		pk->pack.members[i] = members[i];
	pk->pack.member_count = 5;
	struct course c;
	course_build(pk, &c);
	CHECK(c.count == 5);
	const struct item *want[] = { g1, g2, b, s, pk };
	const enum course_part parts[] = { COURSE_READ, COURSE_READ,
	    COURSE_READ, COURSE_PRACTISE, COURSE_TEST };
	for (size_t i = 0; i < 5 && i < c.count; i++) {
		CHECK(c.steps[i].item == want[i]);
		CHECK(c.steps[i].part == parts[i]);
	}
	/* 2 + 1 + 4 + 3 + 1: the pack's time is its steps' added up. */
	CHECK(c.minutes == 11);
	CHECK(course_find(&c, s) == 3);
	CHECK(course_find(&c, m) == c.count);
	CHECK_STR(course_part_key(COURSE_PRACTISE), "course.practise");
	course_free(&c);
	/* A pack with no questions has no quiz step. */
	pk->pack.member_count = 1;
	course_build(pk, &c);
	CHECK(c.count == 1 && c.steps[0].item == b && c.minutes == 4);
	course_free(&c);
	pack_free(p);
}

void
test_course(void)
{
	test_minutes();
	test_order();
}
