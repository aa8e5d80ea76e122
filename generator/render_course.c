/* render_course.c: a training pack as a course on the pages: the pack
 * page's ordered list of steps with their minutes, and the previous, back
 * and next links on each page a pack leads through, in the page's
 * language. What a learner has done is shown by course.js from what this
 * browser stored; these pages say the order and the time, with or without
 * it. */
#include "render.h"

#include <stdlib.h>

#include "course.h"
#include "sitemap.h"
#include "xalloc.h"

/* "about N minute(s)". Caller frees. */
static char *
about_minutes(const struct render_lang *l, int minutes)
{
	char *n = render_count(l, "count.minutes", minutes);
	const char *args[] = { "minutes", n, NULL };
	char *about = render_fmt(l, "course.about_minutes", args);
	free(n);
	return about;
}

/* The page a step leads to: the item's page, or the pack's quiz. Caller
 * frees. */
static char *
step_page(const struct course_step *s)
{
	return s->part == COURSE_TEST ? sitemap_quiz(s->item) :
	    sitemap_page(s->item);
}

/* The link to step s: named by the item's title, or "the quiz". */
static void
step_link(struct render_page *pg, xmlNodePtr parent,
    const struct course_step *s)
{
	char *href = step_page(s);
	if (s->part == COURSE_TEST)
		render_link(pg, parent, href, render_str(pg->lang,
		    "course.the_quiz"));
	else
		render_item_link(pg, parent, href, s->item);
	free(href);
}

/* The id and fingerprint course.js keys this browser's record of the
 * step by, and which record it is: "read" (marked on the page itself),
 * "scenario" or "quiz" (the player's own saved progress). */
static void
step_data(xmlNodePtr li, const struct course_step *s)
{
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(s->item, hex);
	render_attr(li, "data-sp-course", s->part == COURSE_READ ? "read" :
	    s->part == COURSE_PRACTISE ? "scenario" : "quiz");
	render_attr(li, "data-sp-id", s->item->id);
	render_attr(li, "data-sp-hash", hex);
}

/* " (about 5 minutes)", or for the quiz " (12 questions, about 20
 * minutes)". Caller frees. */
static char *
step_time(const struct render_lang *l, const struct item *pk,
    const struct course_step *s)
{
	char *about = about_minutes(l, s->minutes);
	char *questions = s->part == COURSE_TEST ? render_count(l,
	    "count.questions", (long)sitemap_question_count(pk)) : NULL;
	const char *args[] = { "minutes", about, "questions", questions,
	    NULL };
	char *tail = render_fmt(l, s->part == COURSE_TEST ?
	    "course.quiz_step" : "course.step_minutes", args);
	free(questions);
	free(about);
	return tail;
}

void
render_course(struct render_page *pg, const struct item *pk)
{
	const struct render_lang *l = pg->lang;
	struct course c;
	course_build(pk, &c);
	if (c.count == 0)
		goto out;
	xmlNodePtr sec = render_el_class(pg->main, "section", "sp-course",
	    NULL);
	render_el(sec, "h2", render_str(l, "course.heading"));
	xmlNodePtr ol = render_el_class(sec, "ol", "sp-list sp-course-steps",
	    NULL);
	for (size_t i = 0; i < c.count; i++) {
		const struct course_step *s = &c.steps[i];
		xmlNodePtr li = render_el(ol, "li", NULL);
		step_data(li, s);
		char *part = xasprintf("%s: ", render_str(l,
		    course_part_key(s->part)));
		render_text(li, part);
		free(part);
		step_link(pg, li, s);
		char *tail = step_time(l, pk, s);
		render_text(li, tail);
		free(tail);
	}
out:
	course_free(&c);
}

/* "Previous: TITLE", "Back to PACK", "Next: TITLE" around step i of pk's
 * course c, as a navigation landmark of its own. */
static void
course_nav(struct render_page *pg, const struct item *pk,
    const struct course *c, size_t i)
{
	const struct render_lang *l = pg->lang;
	const struct item *shown = render_shown(l, pk);
	xmlNodePtr nav = render_el_class(pg->main, "nav", "sp-course-nav",
	    NULL);
	const char *args[] = { "title", shown->title, NULL };
	char *label = render_fmt(l, "course.pack_nav", args);
	render_attr(nav, "aria-label", label);
	free(label);
	xmlNodePtr ul = render_el_class(nav, "ul", "sp-list", NULL);
	if (i > 0)
		step_link(pg, render_el(ul, "li", render_str(l,
		    "course.previous")), &c->steps[i - 1]);
	char *home = sitemap_page(pk);
	xmlNodePtr back = render_link(pg, render_el(ul, "li", NULL), home,
	    NULL);
	render_fmt_marked(back, l, "course.back_to", "title", shown->title,
	    render_foreign(l, shown));
	free(home);
	if (i + 1 < c->count)
		step_link(pg, render_el(ul, "li", render_str(l,
		    "course.next")), &c->steps[i + 1]);
}

void
render_course_nav(struct render_page *pg, const struct course_set *cs,
    const struct item *it)
{
	size_t n;
	const struct course_ref *r = course_set_find(cs, it, &n);
	for (size_t k = 0; k < n; k++) {
		/* An item listed twice in a pack gets its first step's. */
		if (k > 0 && r[k].course == r[k - 1].course)
			continue;
		course_nav(pg, cs->packs[r[k].course],
		    &cs->courses[r[k].course], r[k].step);
	}
}
