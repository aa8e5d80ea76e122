/*
 * render_strings.h: the interface strings a page's scripts show, put on
 * the page from the page's catalogue, so that quiz.js, scenario.js,
 * course.js, player.js, lms.js and xapi.js hold no words of their own.
 *
 * The strings are attributes of one hidden element,
 *   <div id="sp-strings" hidden data-sp-locale="en-GB"
 *        data-quiz.check_answer="Check answer" ...>
 * one data-KEY a string, with its {name} placeholders as the catalogue
 * writes them (the script fills them in). A count's text is chosen and
 * filled in here, in the plural form of the page's language: the one
 * count the scripts show ("All {n} questions answered") is of the page's
 * questions, known when the page is made, so the scripts need no plural
 * rule. Inside the element, a <span lang="cy" data-sp-for="ID"
 * data-sp-locale="cy-GB"> for each version of the page's item or question
 * in another language holds that version's title, for the xAPI language
 * maps. Everything goes in as
 * attribute values and text nodes: nothing is pasted into script text.
 *
 * Part of the render stage; the page renderers call it once for each page
 * that carries scripts, before the scripts are added.
 */
#ifndef SHAREPACK_RENDER_STRINGS_H
#define SHAREPACK_RENDER_STRINGS_H

#include "catalogue.h"
#include "pack.h"
#include "render.h"

/* Which scripts a page carries: each needs its own strings. */
#define RENDER_STRINGS_PLAYER	0x01u	/* player.js */
#define RENDER_STRINGS_LMS	0x02u	/* lms.js */
#define RENDER_STRINGS_XAPI	0x04u	/* xapi.js */
#define RENDER_STRINGS_QUIZ	0x08u	/* quiz.js */
#define RENDER_STRINGS_SCENARIO	0x10u	/* scenario.js */
#define RENDER_STRINGS_COURSE	0x20u	/* course.js */
/* What render_learning_scripts adds beside the quiz or scenario player. */
#define RENDER_STRINGS_LEARNING (RENDER_STRINGS_PLAYER | RENDER_STRINGS_LMS | \
	RENDER_STRINGS_XAPI)

/* One row of the table of the strings each script reads. */
struct render_strings_key {
	const char *key;	/* a catalogue key (a count's, without its
				 * form) */
	unsigned scripts;	/* RENDER_STRINGS_* of the scripts that read
				 * it */
};

/* Sorted by key; tests/check-js-literals.py checks that every key a
 * script reads is here for that script. */
extern const struct render_strings_key render_strings_keys[];
extern const size_t render_strings_key_count;

/*
 * Adds the strings element to the end of pg's body: the strings of c (the
 * page's catalogue, borrowed) that the scripts named by scripts read, and
 * c's language as a locale tag. it is the item the page shows (a pack for
 * its quiz, a scenario) or NULL: its versions in other languages, and for
 * a pack those of its questions, give their titles; an original without
 * its own 'lang' is in the project's default language, which pg's language
 * names (render_lang's content; the built-in default for a page begun
 * without a language). A key c lacks shows as the key itself, as
 * catalogue_format does (check reports it first).
 */
void render_strings_add(struct render_page *pg, const struct catalogue *c,
    unsigned scripts, const struct item *it);

/*
 * The element render_strings_add makes with no item, for c (borrowed) and
 * scripts, as a fragment (html5.h) the caller frees with html5_frag_free:
 * made once for a language, it is the same on each page that has no item
 * (a guidance page, a briefing, a pack's own page).
 * render_strings_add_made puts made, a copy of it, where
 * render_strings_add(pg, c, scripts, NULL) would put the element, with
 * the same bytes; made must be render_strings_make(c, scripts)'s, or
 * NULL to make the element here.
 */
struct html5_frag *render_strings_make(const struct catalogue *c,
    unsigned scripts);
void render_strings_add_made(struct render_page *pg,
    const struct html5_frag *made, const struct catalogue *c,
    unsigned scripts);

/* The locale tag of a language code, as xAPI language maps and the
 * results file name it: "en" gives "en-GB". The caller frees it. */
char *render_strings_locale(const char *lang);

#endif
