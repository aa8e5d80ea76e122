/* render_pack.c: a training pack's own page: what it is for, what it holds,
 * and the way into its quiz. */
#include "render.h"

#include <stdlib.h>

#include "xalloc.h"

static void
list_members(struct render_page *pg, const struct item *pk,
    enum item_kind kind, const char *heading, const char *dir)
{
	xmlNodePtr ul = NULL;
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		const struct item *it = pk->pack.members[i];
		if (it->kind != kind)
			continue;
		if (ul == NULL) {
			render_el(pg->main, "h2", heading);
			ul = render_el_class(pg->main, "ul", "sp-list", NULL);
		}
		char *href = xasprintf("%s/%s.html", dir, it->id);
		render_link(pg, render_el(ul, "li", NULL), href, it->title);
		free(href);
	}
}

void
render_pack(const struct item *pk, const struct theme *t,
    struct render_out *out)
{
	char *path = xasprintf("packs/%s/index.html", pk->id);
	struct render_page pg;
	render_page_begin(&pg, t, path, pk->title, "en");
	render_crumb(&pg, "index.html", "Home");
	render_el(pg.main, "h1", pk->title);

	size_t myths = 0, cases = 0;
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		myths += pk->pack.members[i]->kind == ITEM_MYTH;
		cases += pk->pack.members[i]->kind == ITEM_VIGNETTE;
	}
	xmlNodePtr dl = render_el_class(pg.main, "dl", "sp-pack-facts", NULL);
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
	render_el(dl, "dt", "Quiz");
	char *quiz = xasprintf("%zu question%s: %zu myth or fact, %zu case%s",
	    myths + cases, myths + cases == 1 ? "" : "s", myths, cases,
	    cases == 1 ? "" : "s");
	render_el(dl, "dd", quiz);
	free(quiz);
	render_el(dl, "dt", "Pass mark");
	char *mark = xasprintf("%d%%", pk->pack.pass_mark);
	render_el(dl, "dd", mark);
	free(mark);

	render_body(pg.main, pk, 2);
	if (myths + cases > 0) {
		char *href = xasprintf("packs/%s/quiz.html", pk->id);
		xmlNodePtr a = render_link(&pg, render_el(pg.main, "p", NULL),
		    href, "Start the quiz");
		render_attr(a, "class", "sp-button");
		free(href);
	}
	list_members(&pg, pk, ITEM_GUIDANCE, "Guidance", "guidance");
	list_members(&pg, pk, ITEM_SCENARIO, "Branching cases", "scenarios");
	list_members(&pg, pk, ITEM_BRIEFING, "Briefings", "briefings");
	render_page_end(&pg, out, path);
	free(path);
}
