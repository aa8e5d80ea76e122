/*
 * course.h: a training pack as a course a learner follows: its steps in
 * order (read the guidance, then the briefings; practise on the branching
 * scenarios; test yourself with the quiz) and the minutes each step and the
 * whole pack need, computed from the content rather than typed. The pack
 * page lists the steps; guidance, briefing and scenario pages link to their
 * neighbours in it.
 *
 * Include rules: like the site map, it sits between the model and the
 * render stage: this header includes pack.h only, and course.c nothing from
 * a later stage.
 *
 * Ownership: a struct course borrows the pack's items; course_free frees
 * its own array only.
 */
#ifndef SHAREPACK_COURSE_H
#define SHAREPACK_COURSE_H

#include <stddef.h>
#include <stdint.h>

#include "pack.h"

/*
 * The figures the minutes are made from (README.md, "A pack as a
 * course"). Silent reading: 238 words a minute is the adults' average for
 * non-fiction in Brysbaert's meta-analysis (Journal of Memory and Language
 * 109, 2019); guidance read to be applied goes slower, so 200. A question
 * is read, answered, then its reasoning is read: in the default content a
 * myth with its reasoning is about 170 words and a case about 360, under a
 * minute and about two at 200 words a minute, so 60 and 120 seconds with
 * the time to decide. A scenario's decision is a step read, a choice made
 * and its feedback read: 60 seconds.
 */
#define COURSE_READING_WPM 200
#define COURSE_MYTH_SECONDS 60
#define COURSE_CASE_SECONDS 120
#define COURSE_DECISION_SECONDS 60

/* The three parts of a course, in the order a learner meets them. */
enum course_part { COURSE_READ = 0, COURSE_PRACTISE, COURSE_TEST };

struct course_step {
	const struct item *item;	/* borrowed: a guidance, briefing or
					 * scenario item, or the pack itself
					 * for its quiz */
	enum course_part part;
	int minutes;		/* at least 1 */
};

struct course {
	struct course_step *steps;	/* owned */
	size_t count;
	int minutes;		/* the steps' minutes added up */
};

/*
 * Fills c with training pack pk's course: its guidance then its briefings,
 * then its scenarios, each in the pack's order, then its quiz when it has
 * questions. Valid once the check stage has resolved the members. The
 * caller frees c with course_free.
 */
void course_build(const struct item *pk, struct course *c);
void course_free(struct course *c);

/* The index of the step for item it in c, or c->count when it has none. */
size_t course_find(const struct course *c, const struct item *it);

/* The minutes to allow for one step: reading it (guidance, briefing), its
 * introduction and the longest path of decisions (scenario), or its
 * questions (a pack's quiz); rounded up, at least 1. */
int course_minutes(const struct item *it);

/*
 * Every training pack's course at once, and for each item the steps it
 * is, so a page finds its neighbours without building every course again
 * (which made a site's pages cost their number times the packs' members).
 * Built once per site; read by any number of threads. Borrows p's items;
 * course_set_free frees the rest.
 */
struct course_ref {
	const struct item *item;	/* borrowed */
	uint32_t course;	/* index in the set's courses (pack order) */
	uint32_t step;		/* index of the item's step in that course */
};

struct course_set {
	const struct item **packs;	/* owned array; the training packs,
					 * in p's order */
	struct course *courses;	/* owned; courses[i] is packs[i]'s */
	size_t count;
	struct course_ref *refs;	/* owned; sorted by item, then by
					 * course */
	size_t ref_count;
};

void course_set_build(const struct pack *p, struct course_set *s);
void course_set_free(struct course_set *s);
/* The steps that are item it, in pack order: *n of them from the
 * returned pointer (borrowed from s), or NULL and 0 when it is in no
 * course. */
const struct course_ref *course_set_find(const struct course_set *s,
    const struct item *it, size_t *n);

/* The interface catalogue's key (catalogue.h) of the part's name, "Read",
 * "Practise" or "Test yourself" in English: "course.read"... Static
 * string. */
const char *course_part_key(enum course_part part);

#endif
