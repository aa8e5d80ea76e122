/*
 * sitemap.h: the site map, where each thing about the site's shape is said
 * once: the path of every page and asset relative to the site root, the way
 * from a page back to the root, which items a quiz scores, and the
 * fingerprint of scored content that pages record progress against. The
 * check, render, export, scorm and site stages ask it instead of spelling
 * paths or tests out themselves.
 *
 * Include rules: it sits between the model and the stages that use it, so
 * this header includes pack.h only, and sitemap.c nothing from a later
 * stage (no check, render, theme, site, scorm or export header); it reads
 * item bodies' text through markdown.h.
 *
 * Ownership: functions returning char * give a new string the caller frees;
 * functions returning const char * give a static string.
 */
#ifndef SHAREPACK_SITEMAP_H
#define SHAREPACK_SITEMAP_H

#include <stddef.h>
#include <stdint.h>

#include "pack.h"

/* Room for a fingerprint as text: 16 hex digits and a NUL. */
#define SITEMAP_HEX_SIZE 17

/* The front page, "index.html". Static string. */
const char *sitemap_front(void);

/* The trainers' page of every pack's coverage of the golden rules and
 * principles, "coverage.html", and the same counts as CSV,
 * "coverage.csv". Static strings. */
const char *sitemap_coverage(void);
const char *sitemap_coverage_csv(void);

/* The page of item it: "guidance/ID.html", "briefings/ID.html",
 * "scenarios/ID.html", or a pack's "packs/ID/index.html". NULL for kinds
 * with no page of their own (myths and vignettes live on quiz pages). The
 * caller frees the string. */
char *sitemap_page(const struct item *it);

/* The quiz page of training pack pk, "packs/ID/quiz.html". The caller frees
 * the string. */
char *sitemap_quiz(const struct item *pk);

/* Where the theme's asset name (a path relative to the theme folder) is
 * copied: "assets/NAME". The caller frees the string. */
char *sitemap_asset(const char *name);

/* Where the page at path (as returned above) goes in a site in several
 * languages: dir/path for a language whose pages are in folder dir, path
 * itself when dir is NULL (the default language's). The caller frees the
 * string. */
char *sitemap_in_lang(const char *dir, const char *path);

/* The prefix that leads from the page at path (as returned above, or
 * under a language's folder) back to the site root: "", "../", "../../"
 * or "../../../". Static string. */
const char *sitemap_root(const char *path);

/* Whether it is an item a quiz scores (a myth or a vignette). */
int sitemap_is_question(const struct item *it);

/* How many of training pack pk's members its quiz scores; valid once the
 * check stage has resolved the members. */
size_t sitemap_question_count(const struct item *pk);

/* The fingerprint of it's scored content (id, kind, title, answer, text,
 * and a scenario's steps and choices), which the check stage stores in
 * it->hash. */
uint64_t sitemap_item_hash(const struct item *it);

/* sitemap_item_hash, also setting *words to md_word_count(it->doc): the
 * body's text is walked once for both. */
uint64_t sitemap_item_hash_words(const struct item *it, size_t *words);

/* Writes into hex the fingerprint a page records progress against, as 16
 * lowercase hex digits: for a training pack, the combination of its
 * questions' hashes in quiz order; for any other item, it->hash. */
void sitemap_fingerprint(const struct item *it, char hex[SITEMAP_HEX_SIZE]);

#endif
