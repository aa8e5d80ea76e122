/* render_pack.c: a training pack's own page: what it is for, how long it
 * takes, and the course through it, ending with its quiz. */
#include "render.h"

#include <stdlib.h>

#include "course.h"
#include "coverage.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* "For", "Time", "Quiz" and "Pass mark", as a definition list. */
static void
pack_facts(xmlNodePtr parent, const struct item *pk)
{
	size_t questions = sitemap_question_count(pk), myths = 0;
	for (size_t i = 0; i < pk->pack.member_count; i++)
		myths += pk->pack.members[i]->kind == ITEM_MYTH;
	size_t cases = questions - myths;
	xmlNodePtr dl = render_el_class(parent, "dl", "sp-pack-facts", NULL);
	if (pack_given(pk, KEY_AUDIENCE)) {
		render_el(dl, "dt", "For");
		xmlNodePtr dd = render_el(dl, "dd", NULL);
		for (size_t i = 0; i < pk->audience.count; i++) {
			const char *a = pk->audience.values[i];
			const char *label = pack_agency_label(a);
			if (i > 0)
				render_text(dd, ", ");
			render_text(dd, label ? label : a);
		}
	}
	struct course c;
	course_build(pk, &c);
	if (c.count > 0) {
		render_el(dl, "dt", "Time");
		char *time = xasprintf("Allow about %d minute%s, in one or more "
		    "sittings", c.minutes, c.minutes == 1 ? "" : "s");
		render_el(dl, "dd", time);
		free(time);
	}
	course_free(&c);
	render_el(dl, "dt", "Quiz");
	char *quiz = xasprintf("%zu question%s: %zu myth or fact, %zu case%s",
	    questions, questions == 1 ? "" : "s", myths, cases,
	    cases == 1 ? "" : "s");
	render_el(dl, "dd", quiz);
	free(quiz);
	render_el(dl, "dt", "Pass mark");
	char *mark = xasprintf("%d%%", pk->pass_mark);
	render_el(dl, "dd", mark);
	free(mark);
}

/* A pack whose questions number the golden rules by more than one
 * edition says so: the same number can be another rule (the Welsh guide
 * swaps rules 3 and 4). */
static void
mixed_editions(xmlNodePtr parent, const struct item *pk)
{
	struct coverage c;
	coverage_count(pk, &c);
	if (c.edition_count < 2)
		return;
	xmlNodePtr p = render_el_class(parent, "p", "sp-editions",
	    "This pack's questions number the golden rules as in more than "
	    "one edition of the guidance: ");
	for (size_t e = 0; e < c.edition_count; e++) {
		render_text(p, e == 0 ? "" : e + 1 < c.edition_count ? ", " :
		    " and ");
		render_text(p, pack_edition_short(c.editions[e]));
	}
	render_text(p, ". Each rule number is shown with its edition, since "
	    "the editions number the rules differently (the Welsh guide, for "
	    "one, swaps rules 3 and 4).");
}

void
render_pack(const struct item *pk, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	char *path = sitemap_page(pk);
	struct render_page pg;
	render_page_begin(&pg, t, path, pk->title, "en");
	render_crumb(&pg, sitemap_front(), "Home");
	render_el(pg.main, "h1", pk->title);
	pack_facts(pg.main, pk);
	mixed_editions(pg.main, pk);
	render_body(pg.main, pk, 2);
	render_course(&pg, pk);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add(&pg, cfg->strings, RENDER_STRINGS_COURSE, NULL);
	render_script(&pg, t, "course.js");
	render_page_end(&pg, out, path);
	free(path);
}
