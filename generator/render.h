/*
 * render.h: pages as DOM. A page starts as a copy of the theme's layout,
 * gets its slots filled with DOM nodes, and is written out as HTML5
 * (render.c, using html5.c). render_dom.c has the small DOM builders the
 * page renderers share. render.c knows nothing about page kinds:
 * render_<kind>.c files build the content and render_site.c decides which
 * pages a pack makes.
 *
 * Every word a page shows that is not content comes from the interface
 * catalogue of the page's language (catalogue.h), which render_site is
 * given once per language and lends the renderers through struct
 * render_lang (render_lang.c). A site in several languages is one site per
 * language in one folder: the default language's pages at the root, each
 * other's under LANG/ at the same paths, all sharing assets/.
 *
 * Pages are collected in a struct render_out, which owns each page's path
 * and bytes, or handed to its sink one by one as each is made (site.c
 * writes them, for a site or a package), so a build holds no more than
 * the pages being made.
 */
#ifndef SHAREPACK_RENDER_H
#define SHAREPACK_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>

#include "buf.h"
#include "pack.h"
#include "theme.h"

struct catalogue;
struct course_set;
struct html5_frag;

/* A language pages are made in. Every field is borrowed. Where a
 * renderer is given none (NULL), or one with no catalogue, its words are
 * the built-in catalogue of the reference language (catalogue.h), loaded
 * once: pages made outside the site's languages (the report) say what
 * they said before catalogues. */
struct render_lang {
	const char *code;	/* "cy" */
	const struct catalogue *cat;	/* its interface catalogue; NULL:
					 * a key shows as itself */
	const char *dir;	/* "cy": its pages are under cy/; NULL: at the
				 * site root */
	const char *content;	/* the language items are written in (the
				 * project's default); a translation into
				 * code is shown where there is one */
	const struct render_lang *all;	/* every language of the site, the
					 * root's first: count of them */
	size_t count;
};

struct render_file {
	char *path;		/* relative to the site root, e.g. "guidance/x.html" */
	struct buf content;
};

/* Where pages go as soon as each is made, instead of being kept: put
 * writes path's len bytes (borrowed), from any thread, and returns 0 or
 * -1 (the sink remembers and reports the failure itself). */
struct render_sink {
	int (*put)(void *ctx, const char *path, const void *data, size_t len);
	/* Or NULL: whether the page at path, made from inputs whose hash
	 * is key, was carried over from the last build, so it need not be
	 * made (site_reuse); from any thread. */
	int (*reuse)(void *ctx, const char *path, uint64_t key);
	void *ctx;
};

struct render_out {
	struct render_file *files;
	size_t count;
	size_t cap;
	const struct render_sink *sink;	/* borrowed; NULL: keep the pages
					 * in files */
};

/* Settings that change what pages say, from the command line. Borrowed. */
struct render_config {
	const char *xapi_endpoint;	/* NULL: no xAPI unless launched with one */
	const char *xapi_auth;		/* the Authorization header value, or NULL */
	const char *organisation;	/* the settings'; render_site sets it */
	int for_package;	/* pages for a SCORM package: scenarios report
				 * completion only (data-sp-graded="false") */
	struct diag *progress;	/* where render_site shows its progress
				 * (diag_progress), or NULL */
	unsigned jobs;		/* threads rendering; 0: one per processor
				 * online */
	const struct course_set *courses;	/* every pack's course
				 * (course.h); render_site sets it */
	const struct catalogue *const *catalogues;	/* the interface
				 * catalogues of the site's languages, loaded
				 * once for the build (main.c); a language
				 * with none here gets the built-in one */
	size_t catalogue_count;
	const char *lang;	/* NULL: every language of the settings;
				 * a language: its pages alone, at the site
				 * root (a package) */
	const struct render_lang *page_lang;	/* the language of the
				 * pages being made; render_site sets it */
	const struct html5_frag *course_strings;	/* the strings
				 * element of a page with course.js alone, in
				 * page_lang's catalogue (render_strings_make),
				 * made once by render_site; NULL: each page
				 * makes its own */
};

/* A page being built. The page owns doc; main is where content goes. */
struct render_page {
	xmlDocPtr doc;
	xmlNodePtr main;
	const char *root;	/* "", "../" or "../../": from this page to
				 * the root of its language's pages, which
				 * links to pages start from; static string */
	const char *assets;	/* from this page to the site root, where
				 * assets/ is: root, or one folder more for
				 * a page under LANG/; static string */
	const struct render_lang *lang;	/* the page's language, or NULL
				 * (render_page_begin) */
	xmlNodePtr breadcrumb;	/* NULL when the theme has none */
	xmlNodePtr csp;		/* the Content-Security-Policy <meta> */
};

/* Starts a page at path (relative to the site root) with the given title,
 * from the theme's layout, with a Content-Security-Policy <meta> first in
 * its head (README, "What the site holds"): the site's own files only, no
 * inline script, and no connection anywhere until render_learning_scripts
 * allows one. render_page_end writes the page and frees it. */
void render_page_begin(struct render_page *pg, const struct theme *t,
    const char *path, const char *title, const char *lang);
/*
 * render_page_begin for a page of the site in l's language: path is the
 * page's place among the default language's pages ("guidance/x.html"),
 * and the page goes to the same place among l's (render_page_end); its
 * links to pages stay among l's and its assets are the site's. title_lang
 * is the title's language when it is not l's (an item not translated),
 * else NULL. When the site has more than one language, the head links
 * the page in each (hreflang) and the header gets the language switch: a
 * link to the same page in each other language, named in that language.
 */
void render_page_start(struct render_page *pg, const struct theme *t,
    const struct render_lang *l, const char *path, const char *title,
    const char *title_lang);
/* Adds a link to the breadcrumb trail (href relative to the root of the
 * page's language) and returns it, or NULL when the layout has no trail. */
xmlNodePtr render_crumb(struct render_page *pg, const char *href,
    const char *text);
/* Adds <script src="ROOT/assets/NAME" defer> at the end of the body when the
 * theme has that asset: the page works without it. */
void render_script(struct render_page *pg, const struct theme *t,
    const char *name);
/* Adds <link rel="stylesheet" href="ROOT/assets/NAME"> at the end of the
 * head, after the layout's own, when the theme has that asset. */
void render_stylesheet(struct render_page *pg, const struct theme *t,
    const char *name);
/* The first element called name in n, its siblings after it, or below
 * them (document order), or NULL. Borrowed. */
xmlNodePtr render_find_element(xmlNodePtr n, const char *name);
/* Serialises the page into out as path (as given to render_page_begin
 * or render_page_start: under LANG/ for a page in another language than
 * the default); frees the page. */
void render_page_end(struct render_page *pg, struct render_out *out,
    const char *path);

/* Adds a file to out at path (relative to the site root), taking
 * content's bytes and leaving it empty; with a sink, hands the bytes to
 * it and frees them. */
void render_out_add(struct render_out *out, const char *path,
    struct buf *content);

/*
 * The site's settings and l's words on the theme's layout, once for each
 * language before any page is made (render_settings.c): a new copy of
 * layout (the caller frees it with xmlFreeDoc) whose site-name and footer
 * slots hold the settings' name, logo, footer and contact (or keep the
 * layout's own text), each marked as in the settings' language when l's is
 * another, whose elements naming a catalogue key (data-sp-text: their
 * text; data-sp-label: their aria-label) say it in l's language, and whose
 * head links the colours' stylesheet when there are colours. Every page
 * copies it in turn. render_settings_layout is render_settings_layout_in
 * with no language: the layout keeps its own words.
 */
xmlDocPtr render_settings_layout(xmlDocPtr layout,
    const struct site_settings *s);
xmlDocPtr render_settings_layout_in(xmlDocPtr layout,
    const struct site_settings *s, const struct render_lang *l);
/* Adds the files the settings make to out's assets/: the colours'
 * stylesheet and the logo, each when given. */
void render_settings_assets(const struct site_settings *s,
    struct render_out *out);

/* Renders every page of the site into out; cfg may be NULL (no xAPI).
 * The settings in p->settings apply to every page. Items are rendered by
 * cfg->jobs threads; the pages and their order in out are the same for
 * any number. */
void render_site(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out);
void render_out_free(struct render_out *out);

/*
 * The words of a page in its language (render_lang.c). render_str gives
 * key's text in l's catalogue (borrowed), or the key itself when it has
 * none; render_fmt fills its placeholders from args (name, value pairs
 * ending with NULL, as catalogue_format takes them) and render_count
 * chooses a count's form for n; both return a new string the caller
 * frees. render_named is the text of the key PREFIX.NAME, or name itself
 * when the catalogue has no such key (an edition or agency the program
 * does not know). render_list joins items[0..n) as "a, b and c".
 */
/* l's catalogue, or the built-in English one when l or its catalogue is
 * NULL (loaded once, by whichever thread asks first, and kept for the
 * run). Borrowed. */
const struct catalogue *render_catalogue(const struct render_lang *l);
const char *render_str(const struct render_lang *l, const char *key);
char *render_fmt(const struct render_lang *l, const char *key,
    const char *const *args);
char *render_count(const struct render_lang *l, const char *key, long n);
const char *render_named(const struct render_lang *l, const char *prefix,
    const char *name);
char *render_list(const struct render_lang *l, const char *const *items,
    size_t n);
/* key's text with args filled, cut where its placeholder {name} is:
 * *before and *after, new strings the caller frees (*after is "" when
 * the text has no such placeholder). */
void render_fmt_split(const struct render_lang *l, const char *key,
    const char *const *args, const char *name, char **before, char **after);
/* Adds key's text to parent with {name} as value, inside a <span> marked
 * with value_lang when that is not NULL (value is in another language
 * than the page). */
void render_fmt_marked(xmlNodePtr parent, const struct render_lang *l,
    const char *key, const char *name, const char *value,
    const char *value_lang);
/* The item a page in l's language shows for it: its translation into that
 * language, or it itself. Borrowed. */
const struct item *render_shown(const struct render_lang *l,
    const struct item *it);
/* shown's language when it is not l's (shown is an untranslated item),
 * else NULL. Borrowed. */
const char *render_foreign(const struct render_lang *l,
    const struct item *shown);
/* Marks el as in shown's language when that is not l's. Returns el. */
xmlNodePtr render_mark(xmlNodePtr el, const struct render_lang *l,
    const struct item *shown);
/* Where shown's content goes in parent: parent itself, or a new <div>
 * in it marked with shown's language when that is not l's. */
xmlNodePtr render_holder(xmlNodePtr parent, const struct render_lang *l,
    const struct item *shown);

/* Small DOM helpers for the page renderers (render_dom.c). Each returns
 * the new node, which belongs to parent's document. text may be NULL. */
xmlNodePtr render_el(xmlNodePtr parent, const char *tag, const char *text);
xmlNodePtr render_el_class(xmlNodePtr parent, const char *tag,
    const char *cls, const char *text);
void render_text(xmlNodePtr parent, const char *text);
void render_attr(xmlNodePtr node, const char *name, const char *value);
/* <a href="ROOT+href">text</a> */
xmlNodePtr render_link(const struct render_page *pg, xmlNodePtr parent,
    const char *href, const char *text);
/* render_link to href (a page of item it), named by it's title as the
 * page's language shows it, marked when that title is in another. */
xmlNodePtr render_item_link(const struct render_page *pg, xmlNodePtr parent,
    const char *href, const struct item *it);
/* Under heading, a list of links to the pages of the items of kind among
 * items[0..count), in that order, each named as the page's language shows
 * it, added to the page's main content, inside a <section> of its own when
 * section is set. Adds nothing when none is of that kind. */
void render_page_links(struct render_page *pg, struct item *const *items,
    size_t count, enum item_kind kind, const char *heading, int section);
/* The whole Markdown body of a guidance page, a pack or a scenario, with
 * headings from <h2>, as made once for the build (fragstore.h). */
void render_body(xmlNodePtr parent, const struct item *it);
/* "Golden rules cited: rules 4, 6 and 7 (Wales 2019)." in l's language
 * as a <p class="sp-rules"> in parent, the numbers shown with the edition
 * that numbers them (edition may be NULL: no edition is said); nothing
 * when rules is empty. */
void render_rule_citations_in(xmlNodePtr parent,
    const struct render_lang *l, const struct intlist *rules,
    const char *edition);
/* render_rule_citations_in in the reference language. */
void render_rule_citations(xmlNodePtr parent, const struct intlist *rules,
    const char *edition);
/* "Source: ...; Wording: ..." when the item has them, it's own words
 * marked as in its language when that is not l's. */
void render_provenance(xmlNodePtr parent, const struct render_lang *l,
    const struct item *it);

/* The page renderers, one file each; each page is in cfg->page_lang's
 * language. */
void render_index(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out);
void render_pack(const struct item *pk, const struct theme *t,
    const struct render_config *cfg, struct render_out *out);
void render_quiz(const struct item *pk, const struct theme *t,
    const struct render_config *cfg, struct render_out *out);
/* Guidance, briefing and scenario pages name p, whose packs they belong
 * to, for their course links. */
void render_document(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out);
void render_scenario(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out);
/* A training pack as a course (render_course.c, course.h): the steps of
 * pk, in order, each linked and with its minutes, in a <section> at the
 * end of the page's main content (nothing when pk has no steps). */
void render_course(struct render_page *pg, const struct item *pk);
/* For each training pack that has it as a step (in cs, render_site's
 * cfg->courses), a <nav> with the previous step, the way back to the pack
 * and the next step, at the end of the page's main content. */
void render_course_nav(struct render_page *pg, const struct course_set *cs,
    const struct item *it);
/* The trainers' coverage page of every pack, in cfg->page_lang's
 * language. */
void render_coverage(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out);
/* The same counts as coverage.csv, at the site root (one for every
 * language), into out. */
void render_coverage_csv(const struct pack *p, struct render_out *out);
/* The scripts of a page that records learning (quiz, scenario): the LMS
 * bridge, the xAPI sender (configured by meta elements from cfg), the
 * players' shared helpers (player.js), then main (quiz.js or scenario.js);
 * each only when the theme has it. The page's policy then lets it connect
 * to cfg's xAPI endpoint only, or, with none configured, to its own origin
 * and https addresses, where an xAPI launch address may send it. */
void render_learning_scripts(struct render_page *pg, const struct theme *t,
    const struct render_config *cfg, const char *main);

#endif
