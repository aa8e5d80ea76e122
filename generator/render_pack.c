/* render_pack.c: a training pack's own page: what it is for, how long it
 * takes, and the course through it, ending with its quiz. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>

#include "course.h"
#include "coverage.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* "For": the pack's audience, each agency by its name in l's language. */
static void
pack_audience(xmlNodePtr dl, const struct render_lang *l,
    const struct item *pk)
{
	render_el(dl, "dt", render_str(l, "pack.for"));
	xmlNodePtr dd = render_el(dl, "dd", NULL);
	for (size_t i = 0; i < pack_list_count(pk->audience); i++) {
		if (i > 0)
			render_text(dd, render_str(l, "list.comma"));
		render_text(dd, render_named(l, "agency",
		    pack_list_value(pk->audience, i)));
	}
}

/* "Quiz": "12 questions: 4 myth or fact, 8 cases". Caller frees. */
static char *
quiz_size(const struct render_lang *l, size_t questions, size_t myths)
{
	char *q = render_count(l, "count.questions", (long)questions);
	char *m = render_count(l, "count.myths", (long)myths);
	char *c = render_count(l, "count.cases", (long)(questions - myths));
	const char *args[] = { "questions", q, "myths", m, "cases", c, NULL };
	char *text = render_fmt(l, "pack.quiz_value", args);
	free(q);
	free(m);
	free(c);
	return text;
}

/* "For", "Time", "Quiz" and "Pass mark", as a definition list. */
static void
pack_facts(xmlNodePtr parent, const struct render_lang *l,
    const struct item *pk)
{
	size_t questions = sitemap_question_count(pk), myths = 0;
	for (size_t i = 0; i < pk->pack.member_count; i++)
		myths += pk->pack.members[i]->kind == ITEM_MYTH;
	xmlNodePtr dl = render_el_class(parent, "dl", "sp-pack-facts", NULL);
	if (pack_given(pk, KEY_AUDIENCE))
		pack_audience(dl, l, pk);
	struct course c;
	course_build(pk, &c);
	if (c.count > 0) {
		render_el(dl, "dt", render_str(l, "pack.time"));
		char *minutes = render_count(l, "count.minutes", c.minutes);
		const char *args[] = { "minutes", minutes, NULL };
		char *time = render_fmt(l, "pack.time_value", args);
		render_el(dl, "dd", time);
		free(time);
		free(minutes);
	}
	course_free(&c);
	render_el(dl, "dt", render_str(l, "pack.quiz"));
	char *quiz = quiz_size(l, questions, myths);
	render_el(dl, "dd", quiz);
	free(quiz);
	render_el(dl, "dt", render_str(l, "pack.pass_mark"));
	char *mark = xasprintf("%d%%", pk->pass_mark);
	render_el(dl, "dd", mark);
	free(mark);
}

/* A pack whose questions number the golden rules by more than one
 * edition says so: the same number can be another rule (the Welsh guide
 * swaps rules 3 and 4). */
static void
mixed_editions(xmlNodePtr parent, const struct render_lang *l,
    const struct item *pk)
{
	struct coverage c;
	coverage_count(pk, &c);
	if (c.edition_count < 2)
		return;
	const char **names = xcalloc(c.edition_count, sizeof *names);
	for (size_t e = 0; e < c.edition_count; e++)
		names[e] = render_named(l, "edition_short", c.editions[e]);
	char *list = render_list(l, names, c.edition_count);
	const char *args[] = { "editions", list, NULL };
	char *text = render_fmt(l, "pack.editions", args);
	render_el_class(parent, "p", "sp-editions", text);
	free(text);
	free(list);
	free(names);
}

void
render_pack(const struct item *pk, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	const struct item *shown = render_shown(l, pk);
	char *path = sitemap_page(pk);
	struct render_page pg;
	render_page_start(&pg, t, l, path, shown->title,
	    render_foreign(l, shown));
	render_crumb(&pg, sitemap_front(), render_str(l, "page.home"));
	render_mark(render_el(pg.main, "h1", shown->title), l, shown);
	pack_facts(pg.main, l, pk);
	mixed_editions(pg.main, l, pk);
	render_body(render_holder(pg.main, l, shown), shown);
	render_course(&pg, pk);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add_made(&pg, cfg->course_strings,
	    render_catalogue(cfg->page_lang), RENDER_STRINGS_COURSE);
	render_script(&pg, t, "course.js");
	render_page_end(&pg, out, path);
	free(path);
}
