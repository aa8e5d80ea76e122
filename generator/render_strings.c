/* render_strings.c: puts the interface strings the theme's scripts show on
 * the page, from the page's catalogue, as the attributes of one hidden
 * element (render_strings.h). */
#include "render_strings.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "html5.h"
#include "sitemap.h"
#include "xalloc.h"

#define P RENDER_STRINGS_PLAYER
#define L RENDER_STRINGS_LMS
#define X RENDER_STRINGS_XAPI
#define Q RENDER_STRINGS_QUIZ
#define S RENDER_STRINGS_SCENARIO
#define C RENDER_STRINGS_COURSE

const struct render_strings_key render_strings_keys[] = {
	{ "answer.fact", Q },
	{ "answer.myth", Q },
	{ "answer.no_share", Q },
	{ "answer.share", Q },
	{ "certificate.attempt_code", Q },
	{ "certificate.heading", Q },
	{ "certificate.kicker", Q },
	{ "certificate.passed", Q },
	{ "certificate.print", Q },
	{ "certificate.scores", Q },
	{ "certificate.your_name", Q },
	{ "course.mark_read", C },
	{ "course.marked_read", C },
	{ "course.not_read_yet", C },
	{ "course.state_done", C },
	{ "course.state_not_done", C },
	{ "course.state_not_read", C },
	{ "course.state_read", C },
	{ "course.steps_done", C },
	{ "lms.retry", L },
	{ "part.cases", Q },
	{ "part.myths", Q },
	{ "player.cancel", P },
	{ "player.download", P },
	{ "quiz.all_answered", Q },
	{ "quiz.check_answer", Q },
	{ "quiz.choose_first", Q },
	{ "quiz.cleared", Q },
	{ "quiz.intro", Q },
	{ "quiz.next_question", Q },
	{ "quiz.no_answers", Q },
	{ "quiz.not_quite", Q },
	{ "quiz.progress", Q },
	{ "quiz.right", Q },
	{ "quiz.saved_changed", Q },
	{ "quiz.saved_unusable", Q },
	{ "quiz.score_so_far", Q },
	{ "quiz.see_results", Q },
	{ "quiz.start_over", Q },
	{ "quiz.start_over_confirm", Q },
	{ "quiz.start_over_yes", Q },
	{ "quiz.your_answer", Q },
	{ "record.attempt_code", Q },
	{ "record.date", Q },
	{ "record.expected", Q },
	{ "record.heading", Q },
	{ "record.heading_failed", Q },
	{ "record.name", Q },
	{ "record.not_given", Q },
	{ "record.not_passed", Q },
	{ "record.organisation", Q },
	{ "record.pack", Q },
	{ "record.pass_mark", Q },
	{ "record.pass_mark_value", Q },
	{ "record.passed", Q },
	{ "record.question", Q },
	{ "record.reason", Q },
	{ "record.result", Q },
	{ "record.right", Q },
	{ "record.right_or_wrong", Q },
	{ "record.scores", Q },
	{ "record.scores_value", Q },
	{ "record.wrong", Q },
	{ "record.your_decision", Q },
	{ "result.download", Q | S },
	{ "result.go_certificate", Q },
	{ "result.go_record", Q },
	{ "result.heading", Q },
	{ "result.line", Q },
	{ "result.name_label", Q },
	{ "result.name_label_passed", Q },
	{ "result.not_passed", Q },
	{ "result.nothing", Q },
	{ "result.part_below", Q },
	{ "result.part_line", Q },
	{ "result.part_reaches", Q },
	{ "result.passed", Q },
	{ "result.print_record", Q },
	{ "result.review", Q },
	{ "result.review_line", Q },
	/* lms.js finds the results screen's button by its words. */
	{ "result.try_again", Q | S | L },
	{ "scenario.again", S },
	{ "scenario.attempt_code", S },
	{ "scenario.cleared", S },
	{ "scenario.continue", S },
	{ "scenario.decision", S },
	{ "scenario.decision_score", S },
	{ "scenario.end_status", S },
	{ "scenario.guidance_expects", S },
	{ "scenario.not_passed", S },
	{ "scenario.not_passed_unsafe", S },
	{ "scenario.note_acceptable", S },
	{ "scenario.note_expected", S },
	{ "scenario.note_unsafe", S },
	{ "scenario.or", S },
	{ "scenario.passed", S },
	{ "scenario.path_entry", S },
	{ "scenario.path_heading", S },
	{ "scenario.result_heading", S },
	{ "scenario.result_line", S },
	{ "scenario.saved_unusable", S },
	{ "scenario.start_over", S },
	{ "scenario.start_over_confirm", S },
	{ "scenario.start_over_yes", S },
	{ "scenario.unsafe_note", S },
	{ "scenario.verdict_acceptable", S },
	{ "scenario.verdict_expected", S },
	{ "scenario.verdict_unsafe", S },
	{ "scenario.you_chose", S },
	{ "xapi.answered", X },
	{ "xapi.completed", X },
	{ "xapi.failed", X },
	{ "xapi.passed", X },
};
const size_t render_strings_key_count = sizeof render_strings_keys /
    sizeof *render_strings_keys;

#undef P
#undef L
#undef X
#undef Q
#undef S
#undef C

char *
render_strings_locale(const char *lang)
{
	/* sharepack's sites are UK partnerships' training, so the region is
	 * GB whatever the language ("en-GB", "cy-GB"). */
	return xasprintf("%s-GB", lang);
}

/* data-KEY="text" on e: the text of key in c, or the key itself. */
static void
put_string(xmlNodePtr e, const struct catalogue *c, const char *key)
{
	const char *text = catalogue_get(c, key);
	char *name = xasprintf("data-%s", key);
	render_attr(e, name, text != NULL ? text : key);
	free(name);
}

/* Whether key is a count, written as its forms (catalogue_keys). */
static int
is_count(const char *key)
{
	char *other = xasprintf("%s.other", key);
	int yes = catalogue_find_key(other) != NULL;
	free(other);
	return yes;
}

/* data-KEY="..." for a count: its form for n in c's language, with {n}
 * filled in, so that the scripts need no plural rule of their own. */
static void
put_count(xmlNodePtr e, const struct catalogue *c, const char *key, long n)
{
	char *text = catalogue_plural(c, key, n, NULL);
	char *name = xasprintf("data-%s", key);
	render_attr(e, name, text);
	free(name);
	free(text);
}

/* A <span> in e for each version of it (the original and its
 * translations) in another language than page_lang; an original without
 * its own 'lang' is in def, the project's default language. */
static void
put_versions(xmlNodePtr e, const struct item *it, const char *page_lang,
    const char *def)
{
	const struct item *root = it->ext->original != NULL ?
	    it->ext->original : it;
	for (size_t i = 0; i <= root->ext->translation_count; i++) {
		const struct item *v = i == 0 ? root :
		    root->ext->translations[i - 1];
		const char *lang = pack_item_lang(v, def);
		if (strcmp(lang, page_lang) == 0 || v->title == NULL)
			continue;
		xmlNodePtr span = render_el(e, "span", v->title);
		char *locale = render_strings_locale(lang);
		render_attr(span, "lang", lang);
		render_attr(span, "data-sp-for", it->id);
		render_attr(span, "data-sp-locale", locale);
		free(locale);
	}
}

/* Where the strings element goes: the end of pg's body. */
static xmlNodePtr
strings_parent(struct render_page *pg)
{
	xmlNodePtr body = render_find_element(xmlDocGetRootElement(pg->doc),
	    "body");
	return body != NULL ? body : pg->main;
}

/* The element with its strings but no versions, at the end of parent,
 * counting root's questions (root NULL: a page with no item, whose
 * element is always the same). Returns it. */
static xmlNodePtr
add_element(xmlNodePtr parent, const struct catalogue *c, unsigned scripts,
    const struct item *root)
{
	xmlNodePtr e = render_el(parent, "div", NULL);
	char *locale = render_strings_locale(c->lang);
	/* The one count the scripts show is of the page's questions. */
	long n = root != NULL && root->kind == ITEM_PACK ?
	    (long)sitemap_question_count(root) : 0;
	render_attr(e, "id", "sp-strings");
	render_attr(e, "hidden", "");
	render_attr(e, "data-sp-locale", locale);
	free(locale);
	for (size_t i = 0; i < render_strings_key_count; i++) {
		const struct render_strings_key *k = &render_strings_keys[i];
		if ((k->scripts & scripts) == 0)
			continue;
		if (is_count(k->key))
			put_count(e, c, k->key, n);
		else
			put_string(e, c, k->key);
	}
	return e;
}

void
render_strings_add(struct render_page *pg, const struct catalogue *c,
    unsigned scripts, const struct item *it)
{
	/* A translation asks its original's questions (translate.c checks
	 * that they agree), which hold the translations of each. */
	const struct item *root = it != NULL && it->ext->original != NULL ?
	    it->ext->original : it;
	xmlNodePtr e = add_element(strings_parent(pg), c, scripts, root);
	if (it == NULL)
		return;
	/* What the settings name the default, which the page's language
	 * carries; a page begun without one has the built-in default. */
	const char *def = pg->lang != NULL && pg->lang->content != NULL ?
	    pg->lang->content : PACK_DEFAULT_LANG;
	put_versions(e, root, c->lang, def);
	for (size_t i = 0; root->kind == ITEM_PACK &&
	    i < root->pack.member_count; i++)
		if (sitemap_is_question(root->pack.members[i]))
			put_versions(e, root->pack.members[i], c->lang, def);
}

struct html5_frag *
render_strings_make(const struct catalogue *c, unsigned scripts)
{
	xmlDocPtr scratch = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr body = xmlNewDocNode(scratch, NULL, BAD_CAST "body", NULL);
	xmlDocSetRootElement(scratch, body);
	struct html5_frag *f = html5_frag_new();
	html5_frag_add(f, add_element(body, c, scripts, NULL));
	xmlFreeDoc(scratch);
	return f;
}

void
render_strings_add_made(struct render_page *pg, const struct html5_frag *made,
    const struct catalogue *c, unsigned scripts)
{
	/* The element ends the body, or is followed by scripts, never by
	 * text: the fragment holds it as the page would. */
	if (made != NULL)
		html5_frag_insert(strings_parent(pg), made);
	else
		render_strings_add(pg, c, scripts, NULL);
}
