/* render_quiz.c: a pack's quiz page. Every question carries its expected
 * answer and reasoning in a <details> block, so the page works as a readable
 * list without JavaScript, and the browser script reads the same markup.
 * In every language the quiz is the original's: the same questions in the
 * same order with the same ids and fingerprints, so progress saved on one
 * language's page carries on on another's; only the words are the
 * language's. */
#include "render.h"

#include <stdio.h>
#include <stdlib.h>

#include "fragstore.h"
#include "html5.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* Under parent, a <div class="cls"> holding f's HTML (nothing in it when
 * f is NULL; f is taken), in shown's language. */
static void
fragment_div(xmlNodePtr parent, const char *cls, struct html5_frag *f,
    const struct render_lang *l, const struct item *shown)
{
	xmlNodePtr div = render_mark(render_el_class(parent, "div", cls, NULL),
	    l, shown);
	if (f != NULL)
		html5_frag_give(div, f);
}

/* The expected answer's name in l's language. */
static const char *
expected_name(const struct render_lang *l, const struct item *it)
{
	if (it->kind == ITEM_MYTH)
		return render_str(l, it->myth.verdict == VERDICT_MYTH ?
		    "answer.myth" : "answer.fact");
	return render_str(l, it->vignette.expected == OUTCOME_SHARE ?
	    "answer.share" : "answer.no_share");
}

/* Question it (an original: its data are the same in every language) as
 * shown, its translation or itself, with shown's case (a vignette's; NULL
 * for a myth, or when empty) and reasoning made (fragstore.h), both
 * taken. */
static void
render_question(xmlNodePtr ol, const struct render_lang *l,
    const struct item *pk, const struct item *it, const struct item *shown,
    size_t number, struct html5_frag *case_html, struct html5_frag *why)
{
	int myth = it->kind == ITEM_MYTH;
	char *anchor = xasprintf("q-%s", it->id);
	xmlNodePtr li = render_el_class(ol, "li", myth ? "sp-item sp-myth" :
	    "sp-item sp-vignette", NULL);
	render_attr(li, "id", anchor);
	render_attr(li, "data-sp-id", it->id);
	render_attr(li, "data-sp-kind", pack_kind_name(it->kind));
	render_attr(li, "data-sp-expected", myth ?
	    pack_verdict_name(it->myth.verdict) : pack_outcome_name(it->vignette.expected));
	/* quiz.js keeps each saved answer with it, so an answer is never
	 * applied to a question that has changed since. */
	char hex[SITEMAP_HEX_SIZE];
	sitemap_fingerprint(it, hex);
	render_attr(li, "data-sp-hash", hex);
	free(anchor);

	char n[32];
	snprintf(n, sizeof n, "%zu", number);
	const char *args[] = { "n", n, NULL };
	char *label = render_fmt(l, "quiz.question", args);
	render_el_class(li, "p", "sp-qnum", label);
	free(label);
	render_mark(render_el_class(li, "h2", "sp-question", shown->title), l,
	    shown);
	if (!myth)
		fragment_div(li, "sp-case", case_html, l, shown);
	render_el_class(li, "p", "sp-prompt", render_str(l, myth ?
	    "quiz.prompt_myth" : "quiz.prompt_case"));

	xmlNodePtr details = render_el_class(li, "details", "sp-answer", NULL);
	render_el(details, "summary", render_str(l, "quiz.show_answer"));
	xmlNodePtr expected = render_el_class(details, "p", "sp-expected",
	    NULL);
	render_text(expected, render_str(l, "quiz.answer"));
	render_el(expected, "strong", expected_name(l, it));
	fragment_div(details, "sp-why", why, l, shown);
	render_rule_citations_in(details, l, &it->ext->rules,
	    pack_rule_edition(it, pk));
	render_provenance(details, l, shown);
}

/* The questions, each built in a small document of its own, written out
 * and freed before the next, so a quiz of thousands of questions is never
 * one large DOM: the page holds their HTML (html5.h's fragments), the
 * same bytes as if they had been built in place. Each question's case
 * and reasoning were made once, when its file was read (fragstore.h), for
 * every quiz that asks it. */
static void
render_questions(xmlNodePtr ol, const struct render_lang *l,
    const struct item *pk)
{
	xmlDocPtr scratch = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr list = xmlNewDocNode(scratch, NULL, BAD_CAST "ol", NULL);
	xmlDocSetRootElement(scratch, list);
	struct html5_frag *f = html5_frag_new();
	size_t number = 0;
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		if (!sitemap_is_question(pk->pack.members[i]))
			continue;
		const struct item *q = pk->pack.members[i];
		const struct item *shown = render_shown(l, q);
		struct fragstore_parts parts;
		fragstore_get(shown, &parts);
		int myth = shown->kind == ITEM_MYTH;
		render_question(list, l, pk, q, shown, ++number, myth ? NULL :
		    fragstore_take(&parts, 0), fragstore_take(&parts, !myth));
		xmlNodePtr li = list->children;
		html5_frag_add(f, li);
		xmlUnlinkNode(li);
		xmlFreeNode(li);
		fragstore_parts_free(&parts);
	}
	if (html5_frag_len(f) > 0)
		html5_frag_give(ol, f);
	else
		html5_frag_free(f);
	xmlFreeDoc(scratch);
}

/* data-sp-weights="cases:W,myths:W": how much each part counts in the
 * overall score; equal when the pack gives none. */
static void
render_weights(xmlNodePtr ol, const struct item *pk)
{
	const int *w = pk->pack.weights;
	int given = pack_given(pk, KEY_WEIGHTS);
	char *weights = xasprintf("%s:%d,%s:%d", pack_part_name(PART_CASES),
	    given ? w[PART_CASES] : 1, pack_part_name(PART_MYTHS),
	    given ? w[PART_MYTHS] : 1);
	render_attr(ol, "data-sp-weights", weights);
	free(weights);
}

/* The optional "where do you work" question, from the pack's audience:
 * quiz.js keeps the choice with the attempt and puts it in the results
 * file and the xAPI statements, so a report can compare agencies. Never
 * required; nothing at all when the pack names no audience. */
static void
render_agency(xmlNodePtr main, const struct render_lang *l,
    const struct item *pk)
{
	if (pack_list_count(pk->audience) == 0)
		return;
	xmlNodePtr p = render_el_class(main, "p", "sp-agency", NULL);
	xmlNodePtr label = render_el(p, "label", render_str(l,
	    "quiz.agency_label"));
	render_attr(label, "for", "sp-agency");
	render_text(p, " ");
	xmlNodePtr select = render_el(p, "select", NULL);
	render_attr(select, "id", "sp-agency");
	render_attr(render_el(select, "option", render_str(l,
	    "quiz.agency_none")), "value", "");
	for (size_t i = 0; i < pack_list_count(pk->audience); i++) {
		const char *id = pack_list_value(pk->audience, i);
		render_attr(render_el(select, "option", render_named(l,
		    "agency", id)), "value", id);
	}
}

/* "12 questions. For each one, decide...": the page's introduction. */
static void
render_intro(xmlNodePtr main, const struct render_lang *l,
    const struct item *pk)
{
	char *questions = render_count(l, "count.questions",
	    (long)sitemap_question_count(pk));
	char mark[16];
	snprintf(mark, sizeof mark, "%d", pk->pass_mark);
	const char *args[] = { "questions", questions, "pass_mark", mark,
	    NULL };
	char *intro = render_fmt(l, "quiz.intro_static", args);
	render_el_class(main, "p", "sp-intro", intro);
	free(intro);
	free(questions);
}

void
render_quiz(const struct item *pk, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	const struct item *shown = render_shown(l, pk);
	const char *shown_lang = render_foreign(l, shown);
	char *path = sitemap_quiz(pk);
	const char *args[] = { "title", shown->title, NULL };
	char *title = render_fmt(l, "quiz.title", args);
	struct render_page pg;
	render_page_start(&pg, t, l, path, title, NULL);
	render_crumb(&pg, sitemap_front(), render_str(l, "page.home"));
	char *home = sitemap_page(pk);
	xmlNodePtr crumb = render_crumb(&pg, home, shown->title);
	if (crumb != NULL)
		render_mark(crumb, l, shown);
	free(home);
	render_fmt_marked(render_el(pg.main, "h1", NULL), l, "quiz.title",
	    "title", shown->title, shown_lang);
	render_intro(pg.main, l, pk);
	render_agency(pg.main, l, pk);

	xmlNodePtr ol = render_el_class(pg.main, "ol", "sp-quiz", NULL);
	char hex[SITEMAP_HEX_SIZE], mark[8];
	sitemap_fingerprint(pk, hex);
	snprintf(mark, sizeof mark, "%d", pk->pass_mark);
	render_attr(ol, "data-sp-pack", pk->id);
	render_attr(ol, "data-sp-hash", hex);
	render_attr(ol, "data-sp-pass-mark", mark);
	render_attr(ol, "data-sp-title", shown->title);
	render_weights(ol, pk);
	if (cfg->organisation != NULL)
		render_attr(ol, "data-sp-organisation", cfg->organisation);
	render_questions(ol, l, pk);
	render_strings_add(&pg, render_catalogue(l), RENDER_STRINGS_LEARNING |
	    RENDER_STRINGS_QUIZ, pk);
	render_learning_scripts(&pg, t, cfg, "quiz.js");
	render_page_end(&pg, out, path);
	free(title);
	free(path);
}
