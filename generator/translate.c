/* translate.c: attaches each translation to its original and checks that
 * it says the same on everything that is scored (a scenario's steps and
 * choices: translate_scenario.c). */
#include "translate.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "decide.h"
#include "schema.h"
#include "xalloc.h"

static const struct { const char *code, *name, *why; } language_names[] = {
	{ "en", "English", "Why" }, { "cy", "Welsh", "Pam" },
};

const char *
translate_why_heading(const char *lang)
{
	for (size_t i = 0; lang != NULL && i < sizeof language_names /
	    sizeof *language_names; i++)
		if (strcmp(lang, language_names[i].code) == 0)
			return language_names[i].why;
	return "Why";
}

const char *
translate_language_name(const char *lang)
{
	for (size_t i = 0; i < sizeof language_names / sizeof
	    *language_names; i++)
		if (strcmp(lang, language_names[i].code) == 0)
			return language_names[i].name;
	return lang;
}

/* The keys a translation must keep as its original has them: what is
 * scored, and what decides which pack an item is in. */
static const enum item_key scored_keys[] = { KEY_EXPECTED, KEY_VERDICT,
    KEY_FACTS, KEY_RULES, KEY_PRINCIPLES, KEY_SUPPORTS, KEY_EDITION,
    KEY_AUDIENCE, KEY_INCLUDE, KEY_PASS_MARK, KEY_WEIGHTS };
#define N_SCORED (sizeof scored_keys / sizeof *scored_keys)

/* A value as the translation's front end writes it: front matter's
 * (content/) or Lua's (scenarios/). */
static const struct schema_syntax *
syntax_of(const struct item *it)
{
	size_t n = it->path != NULL ? strlen(it->path) : 0;
	return n > 4 && strcmp(it->path + n - 4, ".lua") == 0 ? &schema_lua :
	    &schema_yaml;
}

/* The list l, or when l is NULL the list il (struct item_list). */
static void
list_text(struct buf *b, const struct strlist *l, const struct item_list *il,
    const struct schema_syntax *sx)
{
	size_t n = l != NULL ? l->count : pack_list_count(il);
	buf_puts(b, sx->list_open);
	for (size_t i = 0; i < n; i++)
		buf_printf(b, "%s%s%s%s", i ? ", " : "", sx->quote,
		    l != NULL ? l->values[i] : pack_list_value(il, i),
		    sx->quote);
	buf_puts(b, sx->list_close);
}

/* A list of rule numbers, or nothing when there are none. */
static void
rules_text(struct buf *b, const struct intlist *l,
    const struct schema_syntax *sx)
{
	for (size_t i = 0; i < l->count; i++)
		buf_printf(b, "%s%d", i ? ", " : sx->list_open, l->values[i]);
	if (l->count > 0)
		buf_puts(b, sx->list_close);
}

static void
facts_text(struct buf *b, const enum fact *facts,
    const struct schema_syntax *sx)
{
	int lua = sx == &schema_lua;
	for (int q = 0; q < PACK_FACTS; q++)
		if (facts[q] != FACT_UNSET)
			buf_printf(b, "%s%s%s%s", b->len ? ", " : lua ? "{ " :
			    "{", decide_key((enum decide_question)q), lua ?
			    " = " : ": ", facts[q] == FACT_YES ? (lua ? "true" :
			    "yes") : (lua ? "false" : "no"));
	if (b->len)
		buf_puts(b, lua ? " }" : "}");
}

/* A word (an answer, an edition) as sx writes one. */
static void
word_text(struct buf *b, const char *word, const struct schema_syntax *sx)
{
	buf_printf(b, "%s%s%s", sx->quote, word, sx->quote);
}

/*
 * What key k of it holds, written as sx writes it ("share", "[1, 3]",
 * "{purpose: yes}"; in Lua "\"share\"", "{ 1, 3 }"), or NULL when it
 * holds nothing. Made from the stored value, not from what was written,
 * so that a default written out equals one left out. Caller frees.
 */
static char *
value_text(const struct item *it, enum item_key k,
    const struct schema_syntax *sx)
{
	struct buf b = BUF_INIT;
	if (!schema_applies(k, it->kind))
		return NULL;
	switch (k) {
	case KEY_EXPECTED:
		word_text(&b, pack_outcome_name(it->vignette.expected), sx);
		break;
	case KEY_VERDICT:
		word_text(&b, pack_verdict_name(it->myth.verdict), sx);
		break;
	case KEY_FACTS:
		facts_text(&b, it->vignette.facts, sx);
		break;
	case KEY_RULES:
		rules_text(&b, &it->ext->rules, sx);
		break;
	case KEY_PRINCIPLES:
		if (it->ext->principles.count > 0)
			list_text(&b, &it->ext->principles, NULL, sx);
		break;
	case KEY_SUPPORTS:
		if (it->kind == ITEM_MYTH && it->myth.supports != OUTCOME_NONE)
			word_text(&b, pack_outcome_name(it->myth.supports), sx);
		break;
	case KEY_EDITION:
		if (it->ext->edition != NULL)
			word_text(&b, it->ext->edition, sx);
		break;
	case KEY_AUDIENCE:
		if (pack_list_count(it->audience) > 0)
			list_text(&b, NULL, it->audience, sx);
		break;
	case KEY_INCLUDE:
		if (pack_list_count(it->ext->include) > 0)
			list_text(&b, NULL, it->ext->include, sx);
		break;
	case KEY_PASS_MARK:
		buf_printf(&b, "%d", it->pass_mark);
		break;
	case KEY_WEIGHTS:
		if (it->pack.weights[PART_CASES] || it->pack.weights[PART_MYTHS])
			buf_printf(&b, "{cases: %d, myths: %d}",
			    it->pack.weights[PART_CASES],
			    it->pack.weights[PART_MYTHS]);
		break;
	default:
		break;
	}
	return b.len ? buf_detach(&b) : (buf_free(&b), NULL);
}

/* "'name: value'" or "'name = value'". Caller frees. */
static char *
pair_text(const struct schema_syntax *sx, const char *name,
    const char *value)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, sx->pair, name, value);
	return buf_detach(&b);
}

/* Reports each scored key on which t disagrees with its original o. */
static void
compare(const struct item *t, const struct item *o, struct diag *d)
{
	const struct schema_syntax *sx = syntax_of(t);
	const char *what = sx == &schema_lua ? "field" : "line";
	for (size_t i = 0; i < N_SCORED; i++) {
		enum item_key k = scored_keys[i];
		const char *name = schema_keys[k].name;
		struct srcpos at = pack_at(t, k);
		char *want_v = value_text(o, k, sx), *got_v = value_text(t, k, sx);
		char *want = want_v ? pair_text(sx, name, want_v) : NULL;
		char *got = got_v ? pair_text(sx, name, got_v) : NULL;
		if (want == NULL && got == NULL)
			;
		else if (got == NULL)
			diag_error(d, &t->pos, "the translation lacks %s, "
			    "which its original %s:%d has; a translation keeps "
			    "its original's scored keys: add the %s", want,
			    o->path, pack_at(o, k).line, what);
		else if (want == NULL)
			diag_error(d, &at, "%s is not in the original, "
			    "%s; a translation keeps its original's scored "
			    "keys: remove the %s", got, o->path, what);
		else if (strcmp(want, got) != 0)
			diag_error(d, &at, "%s disagrees with the "
			    "original, %s:%d (%s); a translation changes the "
			    "words only: write %s", got, o->path,
			    pack_at(o, k).line, want, want);
		free(want_v);
		free(got_v);
		free(want);
		free(got);
	}
}

/* Whether lang is one the site is in. */
static int
listed(const struct site_settings *s, const char *lang)
{
	if (s->languages.count == 0)
		return strcmp(lang, pack_default_lang(s)) == 0;
	for (size_t i = 0; i < s->languages.count; i++)
		if (strcmp(s->languages.values[i], lang) == 0)
			return 1;
	return 0;
}

static void
attach(struct item *o, struct item *t)
{
	struct item_ext *x = pack_item_ext(o);
	x->translations = xrealloc(x->translations, (x->translation_count +
	    1) * sizeof *x->translations);
	x->translations[x->translation_count++] = t;
	pack_item_ext(t)->original = o;
}

/* Reports a 'lang' that is no language code or not one of the site's,
 * as t's front end writes it. */
static void
check_lang(const struct pack *p, const struct item *t, const char *lang,
    struct diag *d)
{
	const struct schema_syntax *sx = syntax_of(t);
	struct srcpos at = pack_at(t, KEY_LANG);
	struct buf v = BUF_INIT;
	word_text(&v, lang, sx);
	char *written = pair_text(sx, "lang", v.data);
	const char *def = pack_default_lang(&p->settings);
	if (!pack_valid_lang(lang))
		diag_error(d, &at, "%s is not a language code; "
		    "write two or three lower-case letters, such as %s "
		    "(Welsh)", written, sx == &schema_lua ? "'lang = \"cy\"'" :
		    "'lang: cy'");
	else if (!listed(&p->settings, lang))
		diag_error(d, &at, "%s is not one of the site's "
		    "languages; list it in sharepack.yaml's 'languages', such "
		    "as 'languages: [%s, %s]'", written, def, lang);
	free(written);
	buf_free(&v);
}

/* Finds t's original and checks t against it. */
static void
check_one(struct pack *p, struct item *t, struct diag *d)
{
	const char *lang = pack_item_lang(t, "");
	const char *def = pack_default_lang(&p->settings);
	struct srcpos at_id = pack_at(t, KEY_ID);
	check_lang(p, t, lang, d);
	struct item *o = pack_find(p, t->id);
	if (o == NULL) {
		/* An original with errors of its own has had its message. */
		if (pack_find_broken(p, t->id) == NULL)
			diag_error(d, &at_id, "a %s (%s) translation of "
			    "'%s', but no item in %s (%s) has that id; give "
			    "the original's id in '%s', or add the original",
			    translate_language_name(lang), lang, t->id,
			    translate_language_name(def), def,
			    syntax_of(t) == &schema_lua ? "id" : "id:");
		return;
	}
	const struct item *twin = pack_translation(o, lang);
	if (twin != NULL) {
		diag_error(d, &at_id, "a second %s translation of '%s'; "
		    "the first is %s: keep one", translate_language_name(lang),
		    t->id, twin->path);
		return;
	}
	if (t->kind != o->kind) {
		struct srcpos at = pack_at(t, KEY_KIND);
		diag_error(d, &at, "'kind: %s' disagrees with the "
		    "original, %s:%d ('kind: %s'); a translation changes the "
		    "words only: write 'kind: %s'", pack_kind_name(t->kind),
		    o->path, pack_at(o, KEY_KIND).line, pack_kind_name(o->kind),
		    pack_kind_name(o->kind));
		return;
	}
	compare(t, o, d);
	if (t->kind == ITEM_SCENARIO)
		translate_scenario_check(t, o, d);
	attach(o, t);
}

/* Whether it is in list (n of them). */
static int
holds(const struct item *const *list, size_t n, const struct item *it)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == it)
			return 1;
	return 0;
}

/* Where it's script is within scenarios/ ("police.lua", "a/b.lua"). */
static const char *
script_name(const struct item *it)
{
	static const char dir[] = "scenarios/";
	const char *slash = strrchr(it->path, '/');
	if (strncmp(it->path, dir, sizeof dir - 1) == 0)
		return it->path + sizeof dir - 1;
	return slash != NULL ? slash + 1 : it->path;
}

/* The warning for one item of a pack offered in lang with no translation
 * into it, with the fix written for its front end. */
static void
warn_missing(const struct item *it, const char *lang, struct diag *d)
{
	const char *name = translate_language_name(lang);
	if (syntax_of(it) == &schema_lua)
		diag_warn(d, &it->pos, "no %s (%s) translation; a pack offered "
		    "in %s shows it in English: add a script, such as "
		    "scenarios/%s/%s, that makes it with id = \"%s\" and "
		    "lang = \"%s\"", name, lang, name, lang, script_name(it),
		    it->id, lang);
	else
		diag_warn(d, &it->pos, "no %s (%s) translation; a pack offered "
		    "in %s shows it in English: add a file with 'id: %s' and "
		    "'lang: %s'", name, lang, name, it->id, lang);
}

/* The members of the packs offered in lang that have no translation into
 * it: a warning each, or one line naming the first few when there are
 * many. */
static void
check_untranslated(const struct pack *p, const char *lang, struct diag *d)
{
	const struct item **missing = NULL;
	const struct item *first_pack = NULL;
	size_t n = 0, offered = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK || pack_translation(pk, lang) == NULL)
			continue;
		offered++;
		first_pack = first_pack ? first_pack : pk;
		for (size_t j = 0; j < pk->pack.member_count; j++) {
			const struct item *m = pk->pack.members[j];
			if (pack_translation(m, lang) != NULL ||
			    holds(missing, n, m))
				continue;
			missing = xrealloc(missing, (n + 1) * sizeof *missing);
			missing[n++] = m;
		}
	}
	const char *name = translate_language_name(lang);
	if (offered == 0)
		diag_warn(d, NULL, "the settings list the language '%s', but no "
		    "pack has a translation into it, so no learner can take one "
		    "in it; translate a pack (a file with its id and 'lang: %s') "
		    "and its items", lang, lang);
	else if (n <= TRANSLATE_LIST_MAX)
		for (size_t i = 0; i < n; i++)
			warn_missing(missing[i], lang, d);
	else {
		struct buf ids = BUF_INIT;
		for (size_t i = 0; i < TRANSLATE_NAME_FIRST; i++)
			buf_printf(&ids, "%s%s", i ? ", " : "", missing[i]->id);
		diag_warn(d, &first_pack->pos, "%zu items of the packs offered "
		    "in %s (%s) have no %s translation, such as %s; those "
		    "packs show them in English: add a file with each one's "
		    "id and 'lang: %s'", n, name, lang, name, ids.data, lang);
		buf_free(&ids);
	}
	free(missing);
}

void
translate_check(struct pack *p, struct diag *d)
{
	/* An item a script made may be kept from an earlier build (serve),
	 * with that build's translations: they are attached afresh. */
	for (size_t i = 0; i < p->count; i++) {
		if (p->items[i]->ext->translations == NULL)
			continue;
		struct item_ext *x = pack_item_ext(p->items[i]);
		free(x->translations);
		x->translations = NULL;
		x->translation_count = 0;
	}
	for (size_t i = 0; i < p->translation_count; i++)
		if (p->translations[i]->ext->original != NULL)
			pack_item_ext(p->translations[i])->original = NULL;
	for (size_t i = 0; i < p->translation_count; i++)
		check_one(p, p->translations[i], d);
	const struct site_settings *s = &p->settings;
	const char *def = pack_default_lang(s);
	for (size_t i = 0; i < s->languages.count; i++)
		if (strcmp(s->languages.values[i], def) != 0)
			check_untranslated(p, s->languages.values[i], d);
}

/* Whether it is one of what a package or an export of pk shows: pk, a
 * member of pk (every item when pk is NULL), a question only when
 * questions_only. */
static int
shown_in(const struct item *it, const struct item *pk, int questions_only)
{
	if (questions_only && it->kind != ITEM_MYTH &&
	    it->kind != ITEM_VIGNETTE)
		return 0;
	if (pk == NULL || it == pk)
		return 1;
	return holds((const struct item *const *)pk->pack.members,
	    pk->pack.member_count, it);
}

size_t
translate_missing(const struct pack *p, const struct item *pk,
    const char *lang, int questions_only, size_t *total)
{
	size_t missing = 0;
	*total = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (!shown_in(it, pk, questions_only))
			continue;
		(*total)++;
		missing += pack_translation(it, lang) == NULL;
	}
	return missing;
}
