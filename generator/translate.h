/*
 * translate.h: the check of content in two languages. A translation is a
 * content file with the id of an item in the project's default language
 * and 'lang: cy' (load.c keeps it apart from the items: pack.h). This pass
 * attaches each translation to its original and reports a translation
 * without an original, a second translation into one language, a
 * translation into a language the settings do not list, and every scored
 * key (kind, expected answer, verdict, facts, rules, edition, audience, a
 * pack's members, pass mark and weights) on which it disagrees with its
 * original, at the translation's line of that key. A script's items
 * (scenarios/) are translated the same way, by a script that makes an
 * item with the same id and 'lang = "cy"' (scenario.c keeps it apart as
 * load.c does); a branching scenario's translation must also keep its
 * original's steps, choices, targets and grades (translate_scenario.c).
 * Items of a pack offered in a language (the pack has a translation into
 * it) that have no translation into it are warnings.
 *
 * What the model holds afterwards: an original's translations[] (borrowed
 * from the pack's translations[]) and pack_translation(it, "cy"); each
 * translation's original. A scenario's translation, once it agrees with
 * its original, has the original's resolved targets (scen_choice.target)
 * and reading order (scenario.step_order), so a renderer walks it as it
 * walks the original.
 *
 * Part of the check stage: check.c calls it once a pack's members are
 * known; main.c asks translate_missing what a package or an export in a
 * language will show in the default one.
 */
#ifndef SHAREPACK_TRANSLATE_H
#define SHAREPACK_TRANSLATE_H

#include "diag.h"
#include "pack.h"

/* Above this many untranslated items in one language, one line says how
 * many and names the first few, instead of a warning for each. */
#define TRANSLATE_LIST_MAX 10
#define TRANSLATE_NAME_FIRST 5

/*
 * Attaches p's translations to their originals (struct item's
 * translations and original) and reports what is above through d. Runs
 * after pack_index and after each pack's members are resolved.
 */
void translate_check(struct pack *p, struct diag *d);

/*
 * How many items a package or an export of training pack pk (NULL: of the
 * whole project) shows that have no translation into lang, of *total it
 * shows: pk and its members, or with questions_only its myths and
 * vignettes only. For a translated pack's one warning; runs after
 * translate_check.
 */
size_t translate_missing(const struct pack *p, const struct item *pk,
    const char *lang, int questions_only, size_t *total);

/* ---- translate_scenario.c ---- */

/*
 * Checks that t, a translation of the branching scenario o, has o's
 * structure and grading: the same start, the same steps (ids), each an
 * ending or a decision as in o, with the same outcome and the same
 * choices in the same order (go, grade, rules, principles, supports);
 * only the words may differ. Each difference is an error at t's line of
 * the step or the choice, naming o's file and line; an ending of t with
 * no title is one too. When they agree, t borrows nothing but gets a copy
 * of o's targets and reading order (t owns its step_order). Returns the
 * number of errors reported.
 */
int translate_scenario_check(struct item *t, const struct item *o,
    struct diag *d);

/* The heading of a vignette's reasoning in lang (NULL: English): "Why",
 * "Pam". Static string. */
const char *translate_why_heading(const char *lang);

/* The English name of a language code ("Welsh" for "cy"), or the code. */
const char *translate_language_name(const char *lang);

#endif
