/* render_course.c: a training pack as a course on the pages: the pack
 * page's ordered list of steps with their minutes, and the previous, back
 * and next links on each page a pack leads through. What a learner has
 * done is shown by course.js from what this browser stored; these pages
 * say the order and the time, with or without it. */
#include "render.h"

#include <stdlib.h>

#include "course.h"
#include "sitemap.h"
#include "xalloc.h"

/* "about N minute(s)". Caller frees. */
static char *
about_minutes(int minutes)
{
	return xasprintf("about %d minute%s", minutes, minutes == 1 ? "" :
	    "s");
}

/* The page a step leads to: the item's page, or the pack's quiz. Caller
 * frees. */
static char *
step_page(const struct course_step *s)
{
	return s->part == COURSE_TEST ? sitemap_quiz(s->item) :
	    sitemap_page(s->item);
}

/* What the step is called in links: the item's title, or "the quiz". */
static const char *
step_title(const struct course_step *s)
{
	return s->part == COURSE_TEST ? "The quiz" : s->item->title;
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

void
render_course(struct render_page *pg, const struct item *pk)
{
	struct course c;
	course_build(pk, &c);
	if (c.count == 0)
		goto out;
	xmlNodePtr sec = render_el_class(pg->main, "section", "sp-course",
	    NULL);
	render_el(sec, "h2", "The course, step by step");
	xmlNodePtr ol = render_el_class(sec, "ol", "sp-list sp-course-steps",
	    NULL);
	for (size_t i = 0; i < c.count; i++) {
		const struct course_step *s = &c.steps[i];
		xmlNodePtr li = render_el(ol, "li", NULL);
		step_data(li, s);
		char *part = xasprintf("%s: ", course_part_name(s->part));
		render_text(li, part);
		free(part);
		char *href = step_page(s);
		render_link(pg, li, href, step_title(s));
		free(href);
		char *about = about_minutes(s->minutes);
		char *tail = s->part == COURSE_TEST ? xasprintf(" (%zu "
		    "question%s, %s)", sitemap_question_count(pk),
		    sitemap_question_count(pk) == 1 ? "" : "s", about) :
		    xasprintf(" (%s)", about);
		render_text(li, tail);
		free(tail);
		free(about);
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
	xmlNodePtr nav = render_el_class(pg->main, "nav", "sp-course-nav",
	    NULL);
	char *label = xasprintf("The pack %s", pk->title);
	render_attr(nav, "aria-label", label);
	free(label);
	xmlNodePtr ul = render_el_class(nav, "ul", "sp-list", NULL);
	if (i > 0) {
		xmlNodePtr li = render_el(ul, "li", "Previous: ");
		char *href = step_page(&c->steps[i - 1]);
		render_link(pg, li, href, step_title(&c->steps[i - 1]));
		free(href);
	}
	char *back = xasprintf("Back to %s", pk->title);
	char *home = sitemap_page(pk);
	render_link(pg, render_el(ul, "li", NULL), home, back);
	free(home);
	free(back);
	if (i + 1 < c->count) {
		xmlNodePtr li = render_el(ul, "li", "Next: ");
		char *href = step_page(&c->steps[i + 1]);
		render_link(pg, li, href, step_title(&c->steps[i + 1]));
		free(href);
	}
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
