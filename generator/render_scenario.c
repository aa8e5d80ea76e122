/* render_scenario.c: a branching scenario's page. Without JavaScript it is
 * a "choose your path" page: each choice links to the step it leads to, with
 * its feedback in a <details> block. scenario.js plays it one step at a
 * time from the same markup. A page in another language shows the
 * translation's words, where there is one, over the original's structure:
 * ids, targets, grades and the fingerprint stay the original's, so that
 * progress carries over a switch of language. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "md_dom.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* The catalogue key of what the guidance says of a choice of grade g. */
static const char *
grade_verdict(enum grade g)
{
	switch (g) {
	case GRADE_EXPECTED:
		return "scenario.grade_expected";
	case GRADE_ACCEPTABLE:
		return "scenario.grade_acceptable";
	default:
		return "scenario.grade_unsafe";
	}
}

/* The choices of step st, each a link to the step it leads to with its
 * feedback. */
static void
render_choices(xmlNodePtr sec, const struct render_lang *l,
    const struct item *it, const struct scen_step *st,
    const struct item *shown, const struct scen_step *words)
{
	xmlNodePtr ol = render_el_class(sec, "ol", "sp-choices", NULL);
	for (size_t j = 0; j < st->choice_count; j++) {
		const struct scen_choice *ch = &st->choices[j];
		const struct scen_choice *said = &words->choices[j];
		char letter[2] = { (char)('a' + j), '\0' };
		xmlNodePtr li = render_el(ol, "li", NULL);
		render_attr(li, "data-sp-choice", letter);
		render_attr(li, "data-sp-go", ch->go);
		render_attr(li, "data-sp-grade", pack_grade_name(ch->grade));
		char *href = xasprintf("#step-%s", ch->go);
		xmlNodePtr a = render_mark(render_el(li, "a", said->label), l,
		    shown);
		render_attr(a, "href", href);
		free(href);
		xmlNodePtr det = render_el_class(li, "details",
		    "sp-choice-feedback", NULL);
		render_el(det, "summary", render_str(l,
		    "scenario.about_choice"));
		render_el_class(det, "p", "sp-choice-verdict",
		    render_str(l, grade_verdict(ch->grade)));
		xmlNodePtr fb = render_el_class(det, "div", "sp-why", NULL);
		md_dom_append(render_holder(fb, l, shown),
		    cmark_node_first_child(said->feedback), NULL, 4);
		render_rule_citations_in(fb, l, &ch->rules, it->ext->edition);
	}
}

/*
 * The step whose words show step k of it on a page showing shown: the
 * translation's step k when shown is a translation whose check adopted
 * the original's structure (the same steps, sorted by id, and choices),
 * else the original's own.
 */
static const struct scen_step *
words_of(const struct item *it, const struct item *shown, size_t k)
{
	const struct scen_step *st = &it->scenario.steps[k];
	if (shown == it || shown->scenario.step_order == NULL ||
	    shown->scenario.step_count != it->scenario.step_count)
		return st;
	const struct scen_step *tr = &shown->scenario.steps[k];
	if (strcmp(tr->id, st->id) != 0 || tr->choice_count !=
	    st->choice_count)
		return st;
	return tr;
}

static void
render_step(xmlNodePtr parent, const struct render_lang *l,
    const struct item *it, const struct item *shown, size_t k,
    size_t part)
{
	const struct scen_step *st = &it->scenario.steps[k];
	const struct scen_step *words = words_of(it, shown, k);
	/* Words from the original are marked as in its language. */
	const struct item *said = words == st ? it : shown;
	char *anchor = xasprintf("step-%s", st->id);
	xmlNodePtr sec = render_el_class(parent, "section", st->ending ?
	    "sp-step sp-ending" : "sp-step", NULL);
	render_attr(sec, "id", anchor);
	render_attr(sec, "data-sp-step", st->id);
	free(anchor);
	if (st->ending) {
		render_attr(sec, "data-sp-ending", "");
		if (st->outcome != ENDING_UNMARKED)
			render_attr(sec, "data-sp-outcome",
			    pack_ending_name(st->outcome));
		render_mark(render_el(sec, "h2", words->title), l, said);
	} else {
		char n[32];
		snprintf(n, sizeof n, "%zu", part);
		const char *args[] = { "n", n, NULL };
		char *h = render_fmt(l, "scenario.part", args);
		render_el(sec, "h2", h);
		free(h);
	}
	xmlNodePtr text = render_mark(render_el_class(sec, "div",
	    "sp-step-text", NULL), l, said);
	md_dom_append(text, cmark_node_first_child(words->text), NULL, 3);
	if (st->ending) {
		char *again = xasprintf("#step-%s", it->ext->start);
		xmlNodePtr a = render_el(render_el_class(sec, "p",
		    "sp-restart-link", NULL), "a", render_str(l,
		    "scenario.back_to_start"));
		render_attr(a, "href", again);
		free(again);
		return;
	}
	render_el_class(sec, "p", "sp-prompt", render_str(l,
	    "scenario.what_do_you_do"));
	render_choices(sec, l, it, st, said, words);
}

void
render_scenario(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	const struct item *shown = render_shown(l, it);
	char *path = sitemap_page(it);
	struct render_page pg;
	render_page_start(&pg, t, l, path, shown->title,
	    render_foreign(l, shown));
	render_crumb(&pg, sitemap_front(), render_str(l, "page.home"));
	xmlNodePtr art = render_el_class(pg.main, "article", "sp-scenario",
	    NULL);
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(it, hex);
	render_attr(art, "data-sp-scenario", it->id);
	render_attr(art, "data-sp-hash", hex);
	render_attr(art, "data-sp-start", it->ext->start);
	char mark[16];
	snprintf(mark, sizeof mark, "%d", it->pass_mark);
	render_attr(art, "data-sp-pass-mark", mark);
	if (cfg->organisation != NULL)
		render_attr(art, "data-sp-organisation", cfg->organisation);
	/* In a package the quiz is the one graded SCO: a scored scenario
	 * would let an LMS's grading method hide a failed quiz. */
	if (cfg->for_package)
		render_attr(art, "data-sp-graded", "false");
	render_mark(render_el(art, "h1", shown->title), l, shown);
	render_el_class(art, "p", "sp-kicker", render_str(l,
	    "scenario.kicker"));
	render_provenance(art, l, shown);
	xmlNodePtr intro = render_mark(render_el_class(art, "div", "sp-intro",
	    NULL), l, shown);
	render_body(intro, shown);
	size_t part = 0;
	for (size_t i = 0; i < it->scenario.step_count; i++) {
		size_t k = it->scenario.step_order[i];
		render_step(art, l, it, shown, k, it->scenario.steps[k].ending ?
		    0 : ++part);
	}
	render_course_nav(&pg, cfg->courses, it);
	render_stylesheet(&pg, t, "course.css");
	render_strings_add(&pg, render_catalogue(cfg->page_lang),
	    RENDER_STRINGS_LEARNING | RENDER_STRINGS_SCENARIO, it);
	render_learning_scripts(&pg, t, cfg, "scenario.js");
	render_page_end(&pg, out, path);
	free(path);
}
