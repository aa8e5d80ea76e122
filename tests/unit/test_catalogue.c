/*
 * Unit tests of catalogue.c: the built-in English catalogue holds exactly
 * the keys of the code's table with exactly their placeholders, the Welsh
 * one every English key with the same placeholders; placeholders filled,
 * plural forms chosen by language, a project's keys over the built-in
 * ones, and each bad catalogue's message at its line and column. Also
 * translations attached to their originals (translate.c), a scenario's
 * made by a script included (translate_scenario.c), and the strings
 * element the scripts read (render_strings.c).
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "catalogue.h"
#include "check.h"
#include "embed.h"
#include "fsutil.h"
#include "harness.h"
#include "html5.h"
#include "render_strings.h"
#include "scenario.h"
#include "translate.h"
#include "util.h"
#include "xalloc.h"

/* The placeholders of text as a sorted, space-separated list. Caller
 * frees. */
static char *
placeholders(const char *text)
{
	char *names[64];
	size_t n = 0;
	for (const char *p = text; (p = strchr(p, '{')) != NULL && n < 64; ) {
		size_t k = strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_");
		if (k > 0 && p[1 + k] == '}') {
			char *name = xstrndup(p + 1, k);
			int seen = 0;
			for (size_t i = 0; i < n; i++)
				seen |= strcmp(names[i], name) == 0;
			if (seen)
				free(name);
			else
				names[n++] = name;
		}
		p += k + 1;
	}
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0;
		    j--) {
			char *t = names[j];
			names[j] = names[j - 1];
			names[j - 1] = t;
		}
	char *out = xstrdup("");
	for (size_t i = 0; i < n; i++) {
		char *next = xasprintf("%s%s%s", out, i ? " " : "", names[i]);
		free(out);
		free(names[i]);
		out = next;
	}
	return out;
}

/* The placeholders row's key may hold: every form of a count together. */
static char *
row_placeholders(const struct catalogue *s, const struct catalogue_key *row)
{
	if (!row->plural)
		return placeholders(catalogue_get(s, row->key) ?
		    catalogue_get(s, row->key) : "");
	static const char *const forms[] = { "zero", "one", "two", "few",
	    "many", "other" };
	char *all = xstrdup("");
	for (size_t i = 0; i < 6; i++) {
		char *key = xasprintf("%s.%s", row->key, forms[i]);
		const char *t = catalogue_get(s, key);
		if (t != NULL) {
			char *more = xasprintf("%s %s", all, t);
			free(all);
			all = more;
		}
		free(key);
	}
	char *out = placeholders(all);
	free(all);
	return out;
}

static struct catalogue *
builtin(const char *lang, struct captured *c)
{
	return catalogue_load(lang, NULL, NULL, &c->d);
}

/* en.yaml is the table, key for key and placeholder for placeholder; cy.yaml
 * has every key of it with the same placeholders. */
static void
test_builtin_catalogues(void)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *en = builtin("en", &c), *cy = builtin("cy", &c);
	CHECK_STR(captured(&c), "");
	CHECK(en != NULL && cy != NULL);
	if (en == NULL || cy == NULL)
		goto out;
	for (size_t i = 0; i < catalogue_key_count; i++) {
		const struct catalogue_key *row = &catalogue_keys[i];
		if (i > 0)
			CHECK(strcmp(catalogue_keys[i - 1].key, row->key) < 0);
		char *other = xasprintf("%s.other", row->key);
		const char *want = row->plural ? other : row->key;
		for (int l = 0; l < 2; l++) {
			struct catalogue *s = l ? cy : en;
			if (catalogue_get(s, want) == NULL)
				fprintf(stderr, "%s.yaml has no '%s'\n", s->lang,
				    want);
			CHECK(catalogue_get(s, want) != NULL);
			char *got = row_placeholders(s, row);
			if (strcmp(got, row->params) != 0)
				fprintf(stderr, "%s.yaml: '%s' has {%s}, the "
				    "table {%s}\n", s->lang, row->key, got,
				    row->params);
			CHECK_STR(got, row->params);
			free(got);
		}
		free(other);
	}
	for (size_t i = 0; i < en->count; i++) {
		if (catalogue_find_key(en->entries[i].key) == NULL)
			fprintf(stderr, "en.yaml: '%s' is not in the table\n",
			    en->entries[i].key);
		CHECK(catalogue_find_key(en->entries[i].key) != NULL);
	}
	CHECK(catalogue_check(cy, en, &c.d) == 0);
	CHECK(catalogue_check(en, en, &c.d) == 0);
	CHECK_STR(captured(&c), "");
	CHECK(catalogue_builtin_has("en") && catalogue_builtin_has("cy"));
	CHECK(!catalogue_builtin_has("fr"));
out:
	catalogue_free(en);
	catalogue_free(cy);
	capture_end(&c);
}

static void
test_format(void)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *s = catalogue_new("en");
	const char *yaml = "quiz.progress: \"Question {n} of {total}\"\n"
	    "quiz.check_answer: Check answer\n"
	    "count.questions.one: \"{n} question\"\n"
	    "count.questions.other: \"{n} questions\"\n";
	CHECK(catalogue_parse(s, yaml, strlen(yaml), "en.yaml", &c.d) == 0);
	const char *args[] = { "n", "4", "total", "12", NULL };
	char *t = catalogue_format(s, "quiz.progress", args);
	CHECK_STR(t, "Question 4 of 12");
	free(t);
	/* A value not given stays as written; a key not there is itself. */
	const char *half[] = { "n", "4", NULL };
	t = catalogue_format(s, "quiz.progress", half);
	CHECK_STR(t, "Question 4 of {total}");
	free(t);
	t = catalogue_format(s, "quiz.next_question", NULL);
	CHECK_STR(t, "quiz.next_question");
	free(t);
	t = catalogue_format(s, "quiz.check_answer", NULL);
	CHECK_STR(t, "Check answer");
	free(t);
	t = catalogue_plural(s, "count.questions", 1, NULL);
	CHECK_STR(t, "1 question");
	free(t);
	t = catalogue_plural(s, "count.questions", 0, NULL);
	CHECK_STR(t, "0 questions");
	free(t);
	t = catalogue_plural(s, "count.questions", 2, NULL);
	CHECK_STR(t, "2 questions");
	free(t);
	CHECK_STR(captured(&c), "");
	catalogue_free(s);
	capture_end(&c);
}

/* Welsh counts have forms for 0, 1, 2, 3 and 6; one a catalogue lacks
 * falls back to .other. */
static void
test_plural(void)
{
	CHECK_STR(catalogue_plural_category("en", 1), "one");
	CHECK_STR(catalogue_plural_category("en", 0), "other");
	CHECK_STR(catalogue_plural_category("en", 2), "other");
	CHECK_STR(catalogue_plural_category("cy", 0), "zero");
	CHECK_STR(catalogue_plural_category("cy", 1), "one");
	CHECK_STR(catalogue_plural_category("cy", 2), "two");
	CHECK_STR(catalogue_plural_category("cy", 3), "few");
	CHECK_STR(catalogue_plural_category("cy", 6), "many");
	CHECK_STR(catalogue_plural_category("cy", 7), "other");
	struct captured c;
	capture_begin(&c);
	struct catalogue *s = catalogue_new("cy");
	const char *yaml = "count.cases.two: \"{n} achos (dau)\"\n"
	    "count.cases.other: \"{n} achos\"\n";
	CHECK(catalogue_parse(s, yaml, strlen(yaml), "cy.yaml", &c.d) == 0);
	char *t = catalogue_plural(s, "count.cases", 2, NULL);
	CHECK_STR(t, "2 achos (dau)");
	free(t);
	t = catalogue_plural(s, "count.cases", 3, NULL);
	CHECK_STR(t, "3 achos");
	free(t);
	catalogue_free(s);
	capture_end(&c);
}

/* A second file's keys replace the first's one by one; the rest stay. */
static void
test_override(void)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *s = catalogue_new("en");
	const char *base = "quiz.check_answer: Check answer\n"
	    "quiz.next_question: Next question\n";
	const char *mine = "quiz.check_answer: Check my answer\n";
	CHECK(catalogue_parse(s, base, strlen(base), "built-in", &c.d) == 0);
	CHECK(catalogue_parse(s, mine, strlen(mine), "mine.yaml", &c.d) == 0);
	CHECK(s->count == 2);
	CHECK_STR(catalogue_get(s, "quiz.check_answer"), "Check my answer");
	CHECK_STR(catalogue_get(s, "quiz.next_question"), "Next question");
	CHECK_STR(captured(&c), "");
	/* The project's file is what a missing key names. */
	struct catalogue *ref = catalogue_new("en");
	const char *more = "quiz.check_answer: a\nquiz.next_question: b\n"
	    "quiz.right: c\n";
	CHECK(catalogue_parse(ref, more, strlen(more), "en.yaml", &c.d) == 0);
	CHECK(catalogue_check(s, ref, &c.d) == 1);
	CHECK_STR(captured(&c), "mine.yaml: error: the en catalogue has no "
	    "'quiz.right', which the English one has; add a line "
	    "'quiz.right: ...'\n");
	catalogue_free(ref);
	catalogue_free(s);
	capture_end(&c);
}

/* The catalogue of a theme whose strings/en.yaml holds text, loaded as
 * a build does, with what it said in *said (caller frees). */
static struct catalogue *
load_theme_copy(const char *text, size_t len, char **said)
{
	struct captured c;
	capture_begin(&c);
	char tmpl[] = "/tmp/sharepack-cat-XXXXXX";
	char *dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	struct catalogue *s = NULL;
	if (dir != NULL) {
		char *file = xasprintf("%s/strings/en.yaml", dir);
		CHECK(fs_mkdir_parent(file) == 0 &&
		    fs_write_file(file, text, len) == 0);
		s = catalogue_load("en", dir, "themes/copy", &c.d);
		CHECK(fs_remove_tree(dir) == 0);
		free(file);
	}
	*said = xstrdup(captured(&c));
	capture_end(&c);
	return s;
}

/* A theme's en.yaml with the built-in one's bytes is not parsed again,
 * and gives what parsing it gives: every key, text, line and column the
 * same, each in the theme's file. The copy with a comment at its end is
 * parsed, as it is not the same bytes. */
static void
test_copied_theme(void)
{
	const struct embed_file *e = embed_find("theme/" CATALOGUE_DIR
	    "/en.yaml");
	CHECK(e != NULL);
	if (e == NULL)
		return;
	char *changed = xasprintf("%.*s\n# A comment only.\n", (int)e->len,
	    (const char *)e->data);
	char *said_same, *said_parsed;
	struct catalogue *same = load_theme_copy((const char *)e->data, e->len,
	    &said_same);
	struct catalogue *parsed = load_theme_copy(changed, strlen(changed),
	    &said_parsed);
	CHECK_STR(said_same, "");
	CHECK_STR(said_parsed, "");
	CHECK(same != NULL && parsed != NULL && same->count == parsed->count &&
	    same->count > catalogue_key_count);
	size_t alike = 0;
	for (size_t i = 0; same != NULL && parsed != NULL &&
	    i < same->count && i < parsed->count; i++) {
		const struct catalogue_entry *a = &same->entries[i];
		const struct catalogue_entry *b = &parsed->entries[i];
		alike += strcmp(a->key, b->key) == 0 &&
		    strcmp(a->text, b->text) == 0 &&
		    a->pos.line == b->pos.line && a->pos.col == b->pos.col &&
		    strcmp(a->pos.path, "themes/copy/strings/en.yaml") == 0 &&
		    strcmp(b->pos.path, "themes/copy/strings/en.yaml") == 0;
	}
	CHECK(same != NULL && alike == same->count);
	CHECK(same != NULL && same->path_count == 2 &&
	    strcmp(same->paths[1], "themes/copy/strings/en.yaml") == 0);
	catalogue_free(same);
	catalogue_free(parsed);
	free(said_same);
	free(said_parsed);
	free(changed);
}

/* Each bad catalogue's message, at its line and column. */
static void
expect_parse(const char *yaml, const char *want)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *s = catalogue_new("cy");
	CHECK(catalogue_parse(s, yaml, strlen(yaml), "cy.yaml", &c.d) != 0);
	CHECK_STR(captured(&c), want);
	catalogue_free(s);
	capture_end(&c);
}

static void
test_bad_catalogues(void)
{
	expect_parse("quiz.progress: \"Cwestiwn {n} o {cyfanswm}\"\n",
	    "cy.yaml:1:16: error: 'quiz.progress' has no placeholder "
	    "{cyfanswm}; it has {n} and {total}\n");
	expect_parse("quiz.right: \"Cywir {n}\"\n", "cy.yaml:1:13: error: "
	    "'quiz.right' has no placeholder {n}; it takes no value: remove "
	    "it\n");
	expect_parse("quiz.right: \"Cywir {\"\n", "cy.yaml:1:13: error: "
	    "'quiz.right': a '{' that opens no placeholder; a placeholder is a "
	    "name in braces, such as {n}\n");
	expect_parse("quiz.right: a\nquiz.right: b\n", "cy.yaml:2:13: error: "
	    "'quiz.right' is given twice; keep one\n");
	expect_parse("quiz.right: [a]\n", "cy.yaml:1:13: error: 'quiz.right' "
	    "must be text, not a list; write it as 'quiz.right: the words'\n");
	expect_parse("- a\n", "cy.yaml:1:1: error: a catalogue is 'key: text' "
	    "lines, such as 'quiz.check_answer: Check answer'\n");
	expect_parse("Quiz Right: a\n", "cy.yaml:1:1: error: a key is a word of "
	    "a-z, 0-9, '.', '_' and '-' (at most 80 characters), such as "
	    "'quiz.progress'\n");
	expect_parse("quiz.right: \"a\n", "cy.yaml:2:1: error: the catalogue "
	    "is not valid YAML (found unexpected end of stream while scanning "
	    "a quoted scalar); check the quoting: a value that contains ': ' "
	    "or starts with a quote, '[' or '{' must be put in double "
	    "quotes\n");
}


/* ---- translations (translate.c) ---- */

/* Loads text as load_content would: a translation joins p's translations. */
static void
add(struct pack *p, struct captured *c, const char *path, const char *text)
{
	struct item *it = load_string(c, path, text);
	CHECK(it != NULL);
	if (it == NULL)
		return;
	if (it->ext->lang != NULL && strcmp(it->ext->lang,
	    pack_default_lang(&p->settings)) != 0)
		pack_add_translation(p, it);
	else
		pack_add(p, it);
}

/* Each translation is attached to its original; more than
 * TRANSLATE_LIST_MAX untranslated items make one line naming the first
 * five. */
static void
test_translations(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	p->settings.languages.values = xcalloc(2, sizeof (char *));
	p->settings.languages.pos = xcalloc(2, sizeof (struct srcpos));
	p->settings.languages.values[0] = xstrdup("en");
	p->settings.languages.values[1] = xstrdup("cy");
	p->settings.languages.count = 2;
	struct buf include = BUF_INIT;
	for (int i = 0; i < 12; i++) {
		char path[64], *text;
		snprintf(path, sizeof path, "content/m%02d.md", i);
		text = xasprintf("---\nkind: myth\ntitle: Myth %d\nverdict: %s\n"
		    "---\nWhy.\n", i, i % 2 ? "myth" : "fact");
		add(p, &c, path, text);
		free(text);
		buf_printf(&include, "%sm%02d", i ? ", " : "", i);
	}
	char *pk = xasprintf("---\nkind: pack\ntitle: P\ninclude: [%s]\n---\n",
	    include.data);
	char *pk_cy = xasprintf("---\nkind: pack\nid: p\nlang: cy\ntitle: Pecyn\n"
	    "include: [%s]\n---\n", include.data);
	add(p, &c, "content/p.md", pk);
	add(p, &c, "content/cy/p.md", pk_cy);
	add(p, &c, "content/cy/m00.md", "---\nkind: myth\nid: m00\nlang: cy\n"
	    "title: Myth 0\nverdict: fact\n---\nPam.\n");
	CHECK_STR(captured(&c), "");
	check_pack(p, &c.d);
	CHECK_STR(captured(&c), "content/p.md:1:1: warning: 11 items of the "
	    "packs offered in Welsh (cy) have no Welsh translation, such as "
	    "m01, m02, m03, m04, m05; those packs show them in English: add a "
	    "file with each one's id and 'lang: cy'\n");
	const struct item *m00 = pack_find(p, "m00");
	CHECK(m00 != NULL && m00->ext->translation_count == 1);
	const struct item *t = m00 ? pack_translation(m00, "cy") : NULL;
	CHECK(t != NULL && t->ext->original == m00 && t != m00);
	CHECK(t != NULL && strcmp(t->path, "content/cy/m00.md") == 0);
	CHECK(m00 != NULL && pack_translation(m00, "en") == NULL);
	CHECK(p->count == 13 && p->translation_count == 2);
	CHECK_STR(translate_why_heading("cy"), "Pam");
	CHECK_STR(translate_why_heading(NULL), "Why");
	free(pk);
	free(pk_cy);
	buf_free(&include);
	pack_free(p);
	capture_end(&c);
}

/* A scenario's steps, as the original and its translations write them:
 * %s is the translation's 'lang' field, %s the supports of the second
 * choice of 'a' and %s its rules. */
#define SCENARIO_SCRIPT "sharepack.scenario{ id = \"s\", %s title = \"T\",\n" \
    "  start = \"a\", steps = {\n" \
    "  a = sharepack.step{ text = \"A\", choices = {\n" \
    "    sharepack.choice{ label = \"L\", go = \"b\", grade = \"unsafe\",\n" \
    "      feedback = \"F\" },\n" \
    "    sharepack.choice{ label = \"M\", go = \"c\", grade = \"expected\",\n" \
    "      supports = \"%s\", %s feedback = \"G\" } } },\n" \
    "  b = sharepack.step{ ending = true, outcome = \"poor\", title = \"B\", text = \"B\" },\n" \
    "  c = sharepack.step{ ending = true, outcome = \"good\", title = \"C\", text = \"C\" },\n" \
    "} }\n"

static void
run_script(struct pack *p, struct captured *c, const char *path,
    const char *lang, const char *supports, const char *rules)
{
	struct scen_limits limits = scen_default_limits();
	char *code = xasprintf(SCENARIO_SCRIPT, lang, supports, rules);
	scen_run(path, code, strlen(code), &limits, p, &c->d);
	free(code);
}

/* What check_pack says of a project of one scenario, in both languages
 * but with no pack. */
#define NO_PACK "sharepack: warning: the settings list the language 'cy', " \
    "but no pack has a translation into it, so no learner can take one in " \
    "it; translate a pack (a file with its id and 'lang: cy') and its " \
    "items\nsharepack: warning: the project has no pack, so learners get " \
    "no quiz; add a file with 'kind: pack'\n"

static struct pack *
two_languages(void)
{
	struct pack *p = pack_new();
	p->settings.languages.values = xcalloc(2, sizeof (char *));
	p->settings.languages.pos = xcalloc(2, sizeof (struct srcpos));
	p->settings.languages.values[0] = xstrdup("en");
	p->settings.languages.values[1] = xstrdup("cy");
	p->settings.languages.count = 2;
	return p;
}

/* A script's item with 'lang = "cy"' is a translation, attached to the
 * original of its id; agreeing, it walks the original's targets and
 * reading order in a copy of its own. Each difference is an error at the
 * translation's line of the choice, naming the original's. */
static void
test_scenario_translation(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = two_languages();
	run_script(p, &c, "scenarios/s.lua", "", "share", "rules = { 1 },");
	run_script(p, &c, "scenarios/cy/s.lua", "lang = \"cy\",", "share",
	    "rules = { 1 },");
	CHECK(p->count == 1 && p->translation_count == 1);
	check_pack(p, &c.d);
	CHECK_STR(captured(&c), NO_PACK);
	const struct item *o = pack_find(p, "s");
	const struct item *t = o ? pack_translation(o, "cy") : NULL;
	CHECK(t != NULL && t->ext->original == o && t == p->translations[0]);
	CHECK(t != NULL && t->scenario.step_order != NULL &&
	    t->scenario.step_order != o->scenario.step_order &&
	    memcmp(t->scenario.step_order, o->scenario.step_order,
	    3 * sizeof(size_t)) == 0);
	CHECK(t != NULL && t->scenario.steps[0].choices[1].target == 2 &&
	    o->scenario.steps[0].choices[1].target == 2);
	pack_free(p);
	capture_end(&c);

	capture_begin(&c);
	p = two_languages();
	run_script(p, &c, "scenarios/s.lua", "", "share", "rules = { 1 },");
	run_script(p, &c, "scenarios/cy/s.lua", "lang = \"cy\",", "no-share",
	    "");
	check_pack(p, &c.d);
	CHECK_STR(captured(&c), "scenarios/cy/s.lua:6: error: scenario 's': "
	    "choice 2 of step 'a' lacks 'rules = { 1 }', which the original "
	    "has at scenarios/s.lua:6; a translation keeps its original's "
	    "steps, choices and grades: add it\n"
	    "scenarios/cy/s.lua:6: error: scenario 's': choice 2 of step 'a': "
	    "'supports = \"no-share\"' disagrees with the original, "
	    "scenarios/s.lua:6 ('supports = \"share\"'); a translation "
	    "changes the words only: write 'supports = \"share\"'\n" NO_PACK);
	pack_free(p);
	capture_end(&c);
}

/* The rules an export cites, in each built-in catalogue's words: one
 * rule or a list, with the edition's short name, or the edition itself
 * when the catalogue has no name for it. And a model name's words. */
static void
test_rules_cited(void)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *en = catalogue_load("en", NULL, NULL, &c.d);
	struct catalogue *cy = catalogue_load("cy", NULL, NULL, &c.d);
	CHECK(en != NULL && cy != NULL);
	int one[] = { 4 }, three[] = { 1, 6, 7 };
	struct intlist l1 = { one, NULL, 1 }, l3 = { three, NULL, 3 };
	struct intlist none = { NULL, NULL, 0 };
	char *t = catalogue_rules_cited(en, &l1, "wales-2019");
	CHECK_STR(t, "Golden rule cited: rule 4 (Wales 2019).");
	free(t);
	t = catalogue_rules_cited(en, &l3, NULL);
	CHECK_STR(t, "Golden rules cited: rules 1, 6 and 7.");
	free(t);
	t = catalogue_rules_cited(cy, &l3, "england-2024");
	CHECK_STR(t, "Y rheolau euraidd dan sylw: rheolau 1, 6 a 7 "
	    "(Lloegr 2024).");
	free(t);
	t = catalogue_rules_cited(cy, &l1, "scotland-2021");
	CHECK_STR(t, "Y rheol euraidd dan sylw: rheol 4 (scotland-2021).");
	free(t);
	CHECK(catalogue_rules_cited(en, &none, NULL) == NULL);
	CHECK_STR(catalogue_name(cy, "agency", "social-care"),
	    "Gofal cymdeithasol");
	CHECK_STR(catalogue_name(en, "principle", "timely"), "Timely");
	CHECK(catalogue_name(en, "agency", "no-such-agency") == NULL);
	CHECK_STR(captured(&c), "");
	catalogue_free(en);
	catalogue_free(cy);
	capture_end(&c);
}

/* A theme with only a layout of a title and a main slot, its messages
 * captured in c; the caller frees its layout. */
static struct theme
bare_theme(struct captured *c)
{
	static const char layout[] = "<html><head><title data-sp-slot=\"title\">"
	    "</title></head><body><main data-sp-slot=\"main\"></main></body>"
	    "</html>";
	struct theme t = { NULL, NULL, NULL, NULL, 0 };
	t.layout = theme_parse_layout(layout, strlen(layout), "layout.html",
	    NULL, &c->d);
	return t;
}

/* The strings element of a quiz page for pack p in catalogue s's
 * language, as HTML; l, when not NULL, is the page's language (the
 * project's default among it), else the page is begun without one.
 * Caller frees. */
static char *
strings_html_in(const struct catalogue *s, const struct render_lang *l,
    unsigned scripts, const struct item *it)
{
	struct captured c;
	capture_begin(&c);
	struct theme t = bare_theme(&c);
	struct render_page pg;
	if (l != NULL)
		render_page_start(&pg, &t, l, "packs/p/quiz.html", "Q", NULL);
	else
		render_page_begin(&pg, &t, "packs/p/quiz.html", "Q", s->lang);
	render_strings_add(&pg, s, scripts, it);
	xmlNodePtr e = render_find_element(xmlDocGetRootElement(pg.doc),
	    "div");
	struct buf b = BUF_INIT;
	html5_document(pg.doc, &b);
	char *html = e != NULL ? xstrdup(strstr(b.data, "<div")) : NULL;
	buf_free(&b);
	xmlFreeDoc(pg.doc);
	xmlFreeDoc(t.layout);
	capture_end(&c);
	return html;
}

static char *
strings_html(const struct catalogue *s, unsigned scripts,
    const struct item *it)
{
	return strings_html_in(s, NULL, scripts, it);
}

/* Each page carries the strings its scripts read, from its language's
 * catalogue, as attributes (escaped as any attribute is); the count of
 * questions is chosen and filled in the page's language; the titles of
 * the other languages' versions are <span>s with their lang. */
static void
test_render_strings(void)
{
	struct captured c;
	capture_begin(&c);
	/* The table is sorted, and every key it names is a catalogue's. */
	for (size_t i = 0; i < render_strings_key_count; i++) {
		const char *key = render_strings_keys[i].key;
		char *other = xasprintf("%s.other", key);
		CHECK(catalogue_find_key(key) != NULL ||
		    catalogue_find_key(other) != NULL);
		if (i > 0)
			CHECK(strcmp(render_strings_keys[i - 1].key, key) < 0);
		free(other);
	}
	struct pack *p = pack_new();
	p->settings.languages.values = xcalloc(2, sizeof (char *));
	p->settings.languages.pos = xcalloc(2, sizeof (struct srcpos));
	p->settings.languages.values[0] = xstrdup("en");
	p->settings.languages.values[1] = xstrdup("cy");
	p->settings.languages.count = 2;
	add(p, &c, "content/m1.md", "---\nkind: myth\ntitle: A \"b\" & <c>\n"
	    "verdict: myth\n---\nWhy.\n");
	add(p, &c, "content/m2.md", "---\nkind: myth\ntitle: Two\n"
	    "verdict: fact\n---\nWhy.\n");
	add(p, &c, "content/p.md", "---\nkind: pack\ntitle: P\n"
	    "include: [m1, m2]\n---\n");
	add(p, &c, "content/cy/p.md", "---\nkind: pack\nid: p\nlang: cy\n"
	    "title: Pecyn\ninclude: [m1, m2]\n---\n");
	add(p, &c, "content/cy/m1.md", "---\nkind: myth\nid: m1\nlang: cy\n"
	    "title: Un\nverdict: myth\n---\nPam.\n");
	check_pack(p, &c.d);
	struct catalogue *en = builtin("en", &c), *cy = builtin("cy", &c);
	const struct item *pk = pack_find(p, "p");
	const struct item *pk_cy = pk ? pack_translation(pk, "cy") : NULL;
	CHECK(en != NULL && cy != NULL && pk != NULL && pk_cy != NULL);
	if (en == NULL || cy == NULL || pk == NULL || pk_cy == NULL)
		goto out;
	char *html = strings_html(en, RENDER_STRINGS_LEARNING |
	    RENDER_STRINGS_QUIZ, pk);
	CHECK(html != NULL && strncmp(html, "<div id=\"sp-strings\" hidden=\"\" "
	    "data-sp-locale=\"en-GB\" data-answer.fact=\"Fact\"", 73) == 0);
	CHECK(html && strstr(html, " data-quiz.check_answer=\"Check answer\""));
	CHECK(html && strstr(html, " data-quiz.all_answered=\"All 2 questions "
	    "answered\""));
	/* Placeholders stay for the script to fill; quotes are escaped. */
	CHECK(html && strstr(html, " data-quiz.progress=\"Question {n} of "
	    "{total}\""));
	CHECK(html && strstr(html, " data-lms.retry=\"To try again, start a new "
	    "attempt from the LMS's page for this activity.\""));
	CHECK(html && strstr(html, "<span lang=\"cy\" data-sp-for=\"p\" "
	    "data-sp-locale=\"cy-GB\">Pecyn</span><span lang=\"cy\" "
	    "data-sp-for=\"m1\" data-sp-locale=\"cy-GB\">Un</span></div>"));
	/* A quiz page has no course words, and m2 has no translation. */
	CHECK(html && !strstr(html, "course.") && !strstr(html, "\"m2\""));
	free(html);
	html = strings_html(cy, RENDER_STRINGS_LEARNING | RENDER_STRINGS_QUIZ,
	    pk_cy);
	CHECK(html && strstr(html, " data-sp-locale=\"cy-GB\""));
	CHECK(html && strstr(html, " data-quiz.check_answer=\"Gwirio'r ateb\""));
	/* Welsh's form for two; a translation's questions are its
	 * original's, each in English (m2 has no Welsh). */
	CHECK(html && strstr(html, " data-quiz.all_answered=\"Wedi ateb y ddau "
	    "gwestiwn\""));
	CHECK(html && strstr(html, "<span lang=\"en\" data-sp-for=\"p\" "
	    "data-sp-locale=\"en-GB\">P</span><span lang=\"en\" "
	    "data-sp-for=\"m1\" data-sp-locale=\"en-GB\">A \"b\" &amp; &lt;c&gt;"
	    "</span><span lang=\"en\" data-sp-for=\"m2\" data-sp-locale=\"en-GB\">"
	    "Two</span></div>"));
	free(html);
	html = strings_html(cy, RENDER_STRINGS_COURSE, NULL);
	CHECK_STR(html, "<div id=\"sp-strings\" hidden=\"\" data-sp-locale="
	    "\"cy-GB\" data-course.mark_read=\"Nodi fy mod wedi'i ddarllen\" "
	    "data-course.marked_read=\"Wedi'i ddarllen: wedi'i nodi yn y porwr "
	    "hwn.\" data-course.not_read_yet=\"Heb ei ddarllen eto.\" "
	    "data-course.state_done=\"Wedi'i wneud\" data-course.state_not_done="
	    "\"Heb ei wneud eto\" data-course.state_not_read=\"Heb ei ddarllen "
	    "eto\" data-course.state_read=\"Wedi'i ddarllen\" "
	    "data-course.steps_done=\"{done} o {n} wedi'u gwneud (wedi'u cadw yn "
	    "y porwr hwn).\"></div>\n</body></html>\n");
	free(html);
out:
	catalogue_free(en);
	catalogue_free(cy);
	pack_free(p);
	capture_end(&c);
}

/* A whole page with the strings element for scripts and no item, made on
 * the page (made NULL) or put there from made, followed by a script as
 * on a real page. Caller frees. */
static char *
strings_page(const struct catalogue *s, unsigned scripts,
    const struct html5_frag *made, int from_made)
{
	struct captured c;
	capture_begin(&c);
	struct theme t = bare_theme(&c);
	struct render_page pg;
	render_page_begin(&pg, &t, "guidance/g.html", "G", s->lang);
	if (from_made)
		render_strings_add_made(&pg, made, s, scripts);
	else
		render_strings_add(&pg, s, scripts, NULL);
	xmlNodePtr body = render_find_element(xmlDocGetRootElement(pg.doc),
	    "body");
	render_attr(render_el(body, "script", NULL), "src", "x.js");
	struct buf b = BUF_INIT;
	html5_document(pg.doc, &b);
	xmlFreeDoc(pg.doc);
	xmlFreeDoc(t.layout);
	capture_end(&c);
	return buf_detach(&b);
}

/* The strings element made once for a language (render_strings_make) and
 * put on each page is byte for byte the one a page makes itself, in each
 * language and for each set of scripts; with none made, the page makes
 * its own. */
static void
test_render_strings_made(void)
{
	struct captured c;
	capture_begin(&c);
	struct catalogue *cats[2] = { builtin("en", &c), builtin("cy", &c) };
	static const unsigned sets[] = { RENDER_STRINGS_COURSE,
	    RENDER_STRINGS_LEARNING | RENDER_STRINGS_SCENARIO,
	    RENDER_STRINGS_LEARNING | RENDER_STRINGS_QUIZ };
	for (size_t i = 0; i < 2; i++) {
		CHECK(cats[i] != NULL);
		for (size_t k = 0; cats[i] != NULL && k < 3; k++) {
			struct html5_frag *made = render_strings_make(cats[i],
			    sets[k]);
			char *own = strings_page(cats[i], sets[k], NULL, 0);
			char *put = strings_page(cats[i], sets[k], made, 1);
			char *none = strings_page(cats[i], sets[k], NULL, 1);
			CHECK(strstr(own, "<div id=\"sp-strings\"") != NULL);
			CHECK(strstr(own, "</div>\n<script src=\"x.js\">")
			    != NULL);
			CHECK_STR(put, own);
			CHECK_STR(none, own);
			free(own);
			free(put);
			free(none);
			html5_frag_free(made);
		}
		catalogue_free(cats[i]);
	}
	capture_end(&c);
}

/* In a project whose default language is Welsh, an original without its
 * own 'lang' is Welsh: the English page's strings give its title as Welsh
 * (cy-GB), and the Welsh page's give the English translation's, not the
 * original's as if it were English. */
static void
test_render_strings_default(void)
{
	struct captured c;
	capture_begin(&c);
	struct pack *p = pack_new();
	p->settings.language = xstrdup("cy");
	p->settings.languages.values = xcalloc(2, sizeof (char *));
	p->settings.languages.pos = xcalloc(2, sizeof (struct srcpos));
	p->settings.languages.values[0] = xstrdup("cy");
	p->settings.languages.values[1] = xstrdup("en");
	p->settings.languages.count = 2;
	add(p, &c, "content/m1.md", "---\nkind: myth\ntitle: Un\n"
	    "verdict: myth\n---\nPam.\n");
	add(p, &c, "content/m2.md", "---\nkind: myth\ntitle: Dau\n"
	    "verdict: fact\n---\nPam.\n");
	add(p, &c, "content/p.md", "---\nkind: pack\ntitle: Pecyn\n"
	    "include: [m1, m2]\n---\n");
	add(p, &c, "content/en/p.md", "---\nkind: pack\nid: p\nlang: en\n"
	    "title: Pack\ninclude: [m1, m2]\n---\n");
	add(p, &c, "content/en/m1.md", "---\nkind: myth\nid: m1\nlang: en\n"
	    "title: One\nverdict: myth\n---\nWhy.\n");
	check_pack(p, &c.d);
	CHECK(c.d.errors == 0);
	struct catalogue *en = builtin("en", &c), *cy = builtin("cy", &c);
	const struct item *pk = pack_find(p, "p");
	const struct item *pk_en = pk ? pack_translation(pk, "en") : NULL;
	CHECK(en != NULL && cy != NULL && pk != NULL && pk_en != NULL);
	if (en == NULL || cy == NULL || pk == NULL || pk_en == NULL)
		goto out;
	struct render_lang langs[2] = {
		{ "cy", cy, NULL, "cy", langs, 1 },
		{ "en", en, NULL, "cy", langs, 1 },
	};
	char *html = strings_html_in(en, &langs[1], RENDER_STRINGS_LEARNING |
	    RENDER_STRINGS_QUIZ, pk_en);
	CHECK(html && strstr(html, " data-sp-locale=\"en-GB\""));
	CHECK(html && strstr(html, "<span lang=\"cy\" data-sp-for=\"p\" "
	    "data-sp-locale=\"cy-GB\">Pecyn</span><span lang=\"cy\" "
	    "data-sp-for=\"m1\" data-sp-locale=\"cy-GB\">Un</span><span "
	    "lang=\"cy\" data-sp-for=\"m2\" data-sp-locale=\"cy-GB\">Dau"
	    "</span></div>"));
	CHECK(html && !strstr(html, "lang=\"en\""));
	free(html);
	html = strings_html_in(cy, &langs[0], RENDER_STRINGS_LEARNING |
	    RENDER_STRINGS_QUIZ, pk);
	CHECK(html && strstr(html, "<span lang=\"en\" data-sp-for=\"p\" "
	    "data-sp-locale=\"en-GB\">Pack</span><span lang=\"en\" "
	    "data-sp-for=\"m1\" data-sp-locale=\"en-GB\">One</span></div>"));
	CHECK(html && !strstr(html, "lang=\"cy\"") && !strstr(html, "\"m2\""));
	free(html);
out:
	catalogue_free(en);
	catalogue_free(cy);
	pack_free(p);
	capture_end(&c);
}

void
test_catalogue(void)
{
	test_builtin_catalogues();
	test_format();
	test_plural();
	test_override();
	test_copied_theme();
	test_bad_catalogues();
	test_translations();
	test_scenario_translation();
	test_rules_cited();
	test_render_strings();
	test_render_strings_default();
	test_render_strings_made();
}
