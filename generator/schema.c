/* schema.c: the table of item keys, and the one place their values are
 * checked, stored and reported on, whichever front end read them. */
#include "schema.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "decide.h"
#include "xalloc.h"

#define K(kind) SCHEMA_KIND_BIT(kind)
#define MARKDOWN_KINDS (K(ITEM_GUIDANCE) | K(ITEM_MYTH) | K(ITEM_VIGNETTE) | \
    K(ITEM_BRIEFING) | K(ITEM_PACK))
#define ALL_KINDS (MARKDOWN_KINDS | K(ITEM_SCENARIO))
#define YAML SCHEMA_FROM_YAML
#define LUA SCHEMA_FROM_LUA
#define AT(field) offsetof(struct item, field)
#define EXT(field) (SCHEMA_IN_EXT | offsetof(struct item_ext, field))

static const char *const verdict_words[] = { "myth", "fact", NULL };
static const char *const outcome_words[] = { "share", "no-share", NULL };
static const char *const principle_words[] = { "necessary", "proportionate",
    "relevant", "adequate", "accurate", "timely", "secure", "recorded",
    NULL };

/* Designated by enum item_key; the order of the enum is the order of the
 * documentation. */
const struct schema_key schema_keys[KEY_COUNT] = {
	[KEY_KIND] = { "kind", SCHEMA_KIND, YAML, MARKDOWN_KINDS,
	    MARKDOWN_KINDS, 0, 0, 0, NULL, NULL, "", 0, 1,
	    "guidance, myth, vignette, briefing or pack" },
	[KEY_ID] = { "id", SCHEMA_ID, YAML | LUA, ALL_KINDS, ALL_KINDS,
	    0, 0, 0, NULL, NULL, "", AT(id), 1,
	    "the item's id (a-z, 0-9, '-'); default: the file name" },
	[KEY_TITLE] = { "title", SCHEMA_TEXT, YAML | LUA, ALL_KINDS,
	    ALL_KINDS, 0, 0, 0, NULL, NULL, "", AT(title), 0,
	    "the title learners see" },
	[KEY_SOURCE] = { "source", SCHEMA_TEXT, YAML | LUA, ALL_KINDS, 0, 0,
	    0, 0, NULL, NULL, "", EXT(source), 1,
	    "the document and section the item rests on" },
	[KEY_EDITION] = { "edition", SCHEMA_TEXT, YAML | LUA, ALL_KINDS, 0, 0,
	    0, 0, NULL, NULL, "", EXT(edition), 1,
	    "the edition of the guidance it follows" },
	[KEY_PEOPLE] = { "people", SCHEMA_LIST, YAML | LUA, ALL_KINDS, 0, 0,
	    0, 0, NULL, NULL, "", EXT(people), 0,
	    "the invented people the item names, e.g. [Lacey Dunn, Tasha]" },
	[KEY_ORDER] = { "order", SCHEMA_INT, YAML, K(ITEM_GUIDANCE), 0,
	    INT_MIN / 2, INT_MAX / 2, 0, NULL, NULL, "",
	    AT(guidance.order), 1, "reading order among guidance pages" },
	[KEY_VERDICT] = { "verdict", SCHEMA_WORD, YAML | LUA, K(ITEM_MYTH),
	    K(ITEM_MYTH), 0, 0, 0, verdict_words, "verdict", "a ",
	    AT(myth.verdict), 1, "myth or fact" },
	[KEY_EXPECTED] = { "expected", SCHEMA_WORD, YAML | LUA,
	    K(ITEM_VIGNETTE), K(ITEM_VIGNETTE), 0, 0, 0, outcome_words,
	    "expected answer", "", AT(vignette.expected), 1,
	    "share or no-share" },
	[KEY_FACTS] = { "facts", SCHEMA_FACTS, YAML | LUA, K(ITEM_VIGNETTE),
	    0, 0, 0, 0, NULL, NULL, "", AT(vignette.facts), 0,
	    "the answers to the 'when to share' questions" },
	[KEY_RULES] = { "rules", SCHEMA_RULES, YAML | LUA, K(ITEM_VIGNETTE) |
	    K(ITEM_MYTH), 0, 1, PACK_GOLDEN_RULES, 0, NULL, NULL, "",
	    EXT(rules), 0,
	    "the golden rules the item turns on, numbered as in its edition" },
	[KEY_AUDIENCE] = { "audience", SCHEMA_ITEM_LIST, YAML | LUA,
	    K(ITEM_VIGNETTE) | K(ITEM_BRIEFING) | K(ITEM_PACK) |
	    K(ITEM_SCENARIO), 0, 0, 0, 0, NULL, NULL, "", AT(audience), 0,
	    "the agencies it is for" },
	[KEY_SUPPORTS] = { "supports", SCHEMA_WORD, YAML | LUA, K(ITEM_MYTH), 0,
	    0, 0, 0, outcome_words, "direction", "", AT(myth.supports), 1,
	    "share or no-share: the way the true statement points" },
	[KEY_PRINCIPLES] = { "principles", SCHEMA_LIST, YAML | LUA,
	    K(ITEM_VIGNETTE) | K(ITEM_MYTH), 0, 0, 0, 0, principle_words,
	    "principle", "", EXT(principles), 0,
	    "the principles the item's reason rests on" },
	[KEY_MINUTES] = { "minutes", SCHEMA_INT, YAML, K(ITEM_BRIEFING), 0, 1,
	    60, PACK_DEFAULT_MINUTES, NULL, NULL, "", AT(briefing.minutes), 0,
	    "how long the briefing takes to read aloud" },
	[KEY_INCLUDE] = { "include", SCHEMA_ITEM_LIST, YAML, K(ITEM_PACK), 0, 0,
	    0, 0, NULL, NULL, "", EXT(include), 0,
	    "the ids of the items in the pack, in order" },
	[KEY_PASS_MARK] = { "pass_mark", SCHEMA_INT, YAML | LUA,
	    K(ITEM_PACK) | K(ITEM_SCENARIO), 0, 0, 100,
	    PACK_DEFAULT_PASS_MARK, NULL, NULL, "", AT(pass_mark), 1,
	    "the percentage needed to pass (each part of a pack's quiz)" },
	[KEY_WEIGHTS] = { "weights", SCHEMA_WEIGHTS, YAML, K(ITEM_PACK), 0, 0,
	    100, 0, NULL, NULL, "", AT(pack.weights), 1,
	    "how much cases and myths count in the overall score" },
	[KEY_CASE] = { "case", SCHEMA_MARKDOWN, LUA, K(ITEM_VIGNETTE),
	    K(ITEM_VIGNETTE), 0, 0, 0, NULL, NULL, "", 0, 1,
	    "the case learners read (Markdown)" },
	[KEY_WHY] = { "why", SCHEMA_MARKDOWN, LUA, K(ITEM_VIGNETTE),
	    K(ITEM_VIGNETTE), 0, 0, 0, NULL, NULL, "", 0, 1,
	    "the reasoning shown after answering (Markdown)" },
	[KEY_BODY] = { "body", SCHEMA_MARKDOWN, LUA, K(ITEM_MYTH),
	    K(ITEM_MYTH), 0, 0, 0, NULL, NULL, "", 0, 1,
	    "the explanation (Markdown)" },
	[KEY_INTRO] = { "intro", SCHEMA_MARKDOWN, LUA, K(ITEM_SCENARIO), 0, 0,
	    0, 0, NULL, NULL, "", 0, 1, "the introduction (Markdown)" },
	[KEY_START] = { "start", SCHEMA_TEXT, LUA, K(ITEM_SCENARIO),
	    K(ITEM_SCENARIO), 0, 0, 0, NULL, NULL, "", EXT(start), 1,
	    "the id of the first step" },
	[KEY_STEPS] = { "steps", SCHEMA_STEPS, LUA, K(ITEM_SCENARIO),
	    K(ITEM_SCENARIO), 0, 0, 0, NULL, NULL, "", 0, 1,
	    "the steps by id" },
	[KEY_LANG] = { "lang", SCHEMA_TEXT, YAML | LUA, ALL_KINDS, 0, 0, 0, 0,
	    NULL, NULL, "", EXT(lang), 1,
	    "the item's language, such as cy: an item in another language "
	    "than the project's default is the translation of the item of "
	    "the same id" },
};

const struct schema_syntax schema_yaml = {
	YAML, "'%s: %s'", "", "[a, b]", "[", "]",
	"{purpose: yes, consent: no}", "{cases: 2, myths: 1}", "",
	"add a line '%s: ...' to the front matter",
	"rename the file or set 'id:'"
};

const struct schema_syntax schema_lua = {
	LUA, "'%s = %s'", "\"", "{ \"a\", \"b\" }", "{ ", " }",
	"{ purpose = true, consent = false }", "{ cases = 2, myths = 1 }",
	"; write true or false",
	"add '%s = ...' to the table", "change 'id'"
};

int
schema_find(const char *name, unsigned from)
{
	for (int k = 0; k < KEY_COUNT; k++)
		if ((schema_keys[k].from & from) &&
		    strcmp(name, schema_keys[k].name) == 0)
			return k;
	return -1;
}

int
schema_applies(enum item_key k, enum item_kind kind)
{
	return (schema_keys[k].kinds & K(kind)) != 0;
}

void
schema_begin_item(struct item *it, enum item_kind kind)
{
	it->kind = kind;
	for (int k = 0; k < KEY_COUNT; k++) {
		const struct schema_key *key = &schema_keys[k];
		if (key->type == SCHEMA_INT && key->offset != 0 &&
		    schema_applies((enum item_key)k, kind))
			*(int *)(void *)((char *)it + key->offset) =
			    key->fallback;
	}
}

/* Reports one problem: msg is printf-formatted. */
static void
report(struct schema_report *r, const struct srcpos *at, const char *fmt,
    ...) __attribute__((format(printf, 3, 4)));

static void
report(struct schema_report *r, const struct srcpos *at, const char *fmt,
    ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc((size_t)(n < 0 ? 0 : n) + 1);
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	r->error(r->ctx, at, msg);
	free(msg);
	r->failed = 1;
}

/* "'key: value'" or "'key = value'": how the reader writes a pair. */
static char *
pair(const struct schema_report *r, const char *key, const char *value)
{
	return xasprintf(r->syntax->pair, key, value);
}

static const char *
shape_name(const struct schema_value *v)
{
	switch (v->shape) {
	case SCHEMA_SEQ:
		return "a list";
	case SCHEMA_MAP:
		return "a mapping";
	case SCHEMA_BOOL:
		return "true or false";
	case SCHEMA_OTHER:
		return v->type_name;
	default:
		return "text";
	}
}

/* What a character diag_char refuses is, and how to mend it. */
static void
report_char(const char *what, const struct schema_value *v, unsigned cp,
    size_t nth, struct schema_report *r)
{
	if (cp == 0)
		report(r, &v->pos, "%s contains a NUL character (U+0000, "
		    "written \\0) as character %zu, which would cut the text "
		    "short; remove it", what, nth);
	else if (cp == '\n' || cp == '\r' || cp == 0x85)
		report(r, &v->pos, "%s contains a line break (U+%04X) as "
		    "character %zu; it is one line of text: write it on one "
		    "line", what, cp, nth);
	else if (cp >= 0x202A)
		report(r, &v->pos, "%s contains the bidirectional control "
		    "U+%04X as character %zu, which can show the text in "
		    "another order than it is written; remove it", what, cp,
		    nth);
	else
		report(r, &v->pos, "%s contains the control character U+%04X "
		    "as character %zu; remove it%s", what, cp, nth,
		    cp == '\t' ? " or write a space" : "");
}

int
schema_check_line(const char *what, const char *name,
    const struct schema_value *v, struct schema_report *r)
{
	if (v->shape != SCHEMA_SCALAR || v->text == NULL)
		return 0;
	size_t len = v->count ? v->count : strlen(v->text), nth = 1;
	for (size_t i = 0; i < len; nth++) {
		unsigned cp;
		size_t n;
		/* Bytes that are not UTF-8 are the front end's to refuse:
		 * load.c checks every file, and a script's strings are its
		 * own business until they reach a page. */
		if (diag_char(v->text + i, len - i, &cp, &n) > 0) {
			char *named = xasprintf(what, name);
			report_char(named, v, cp, nth, r);
			free(named);
			return -1;
		}
		i += n;
	}
	return 0;
}

/* Checks a scalar of key k with schema_check_line. */
static int
check_line(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r)
{
	return schema_check_line("'%s'", k->name, v, r);
}

/* The value's text, or NULL after reporting that it is not text or, but
 * for Markdown, not one line of text. */
static const char *
want_scalar(const struct schema_key *k, const struct schema_value *v,
    const char *what, struct schema_report *r)
{
	if (v->shape == SCHEMA_SCALAR)
		return k->type == SCHEMA_MARKDOWN || check_line(k, v, r) == 0 ?
		    v->text : NULL;
	char *eg = pair(r, k->name, "value");
	report(r, &v->pos, "'%s' must be %s, not %s; write it as %s", k->name,
	    what, shape_name(v), eg);
	free(eg);
	return NULL;
}

static const char *
want_text(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r)
{
	const char *s = want_scalar(k, v, "text", r);
	if (s == NULL)
		return NULL;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		report(r, &v->pos, "'%s' is empty; give it a value or remove "
		    "the line", k->name);
		return NULL;
	}
	return s;
}

static int
want_int(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, int *out)
{
	const char *s = want_scalar(k, v, "a whole number", r);
	if (s == NULL)
		return -1;
	char *end;
	errno = 0;
	long n = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0) {
		report(r, &v->pos, "'%s' must be a whole number, not '%s'",
		    k->name, s);
		return -1;
	}
	if (n < k->lo || n > k->hi) {
		report(r, &v->pos, "'%s' is %ld, outside %d to %d; use a "
		    "number in that range", k->name, n, k->lo, k->hi);
		return -1;
	}
	*out = (int)n;
	return 0;
}

/* "'verdict: myth' or 'verdict: fact'" */
static char *
word_choices(const struct schema_key *k, const struct schema_report *r)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; k->words[i] != NULL; i++) {
		if (i > 0)
			buf_puts(&b, k->words[i + 1] != NULL ? ", " : " or ");
		char *q = xasprintf("%s%s%s", r->syntax->quote, k->words[i],
		    r->syntax->quote);
		char *eg = pair(r, k->name, q);
		buf_puts(&b, eg);
		free(eg);
		free(q);
	}
	return buf_detach(&b);
}

static int
want_word(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, int *out)
{
	const char *s = want_scalar(k, v, "text", r);
	if (s == NULL)
		return -1;
	for (int i = 0; k->words[i] != NULL; i++) {
		if (strcmp(s, k->words[i]) == 0) {
			*out = i + 1;
			return 0;
		}
	}
	char *choices = word_choices(k, r);
	report(r, &v->pos, "unknown %s '%s'; write %s", k->noun, s, choices);
	free(choices);
	return -1;
}

/* A list written as one piece of text with commas ("health, police"), as
 * the list it was meant to be, the reader's way: "[health, police]" or
 * '{ "health", "police" }' (rule numbers unquoted). Caller frees. */
static char *
list_fix(const struct schema_key *k, const char *text,
    const struct schema_report *r)
{
	const char *quote = k->type == SCHEMA_RULES ? "" : r->syntax->quote;
	struct buf b = BUF_INIT;
	buf_puts(&b, r->syntax->list_open);
	const char *sep = "";
	for (const char *s = text, *comma; ; s = comma + 1) {
		comma = strchr(s, ',');
		size_t n = comma ? (size_t)(comma - s) : strlen(s);
		while (n > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			n--;
		}
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		buf_printf(&b, "%s%s%.*s%s", sep, quote, (int)n, s, quote);
		sep = ", ";
		if (comma == NULL)
			break;
	}
	buf_puts(&b, r->syntax->list_close);
	return buf_detach(&b);
}

/* The entries of a list; a single scalar is taken as a list of one, but
 * not one with commas, which was meant as a list. Sets *n and returns the
 * entries, or NULL after reporting. */
static const struct schema_value *
want_seq(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, size_t *n)
{
	if (v->shape == SCHEMA_SCALAR && v->text != NULL &&
	    strchr(v->text, ',') != NULL && check_line(k, v, r) == 0) {
		char *fix = list_fix(k, v->text, r);
		report(r, &v->pos, "'%s' is one piece of text, '%s', not a list; "
		    "write a list: %s", k->name, v->text, fix);
		free(fix);
		return NULL;
	}
	if (v->shape == SCHEMA_SCALAR) {
		*n = 1;
		return v;
	}
	if (v->shape != SCHEMA_SEQ) {
		char *eg = pair(r, k->name, r->syntax->list_example);
		report(r, &v->pos, "'%s' must be a list such as %s, not %s",
		    k->name, eg, shape_name(v));
		free(eg);
		return NULL;
	}
	if (v->count > SCHEMA_MAX_LIST) {
		report(r, &v->pos, "'%s' has %zu entries, more than the %d "
		    "allowed", k->name, v->count, SCHEMA_MAX_LIST);
		return NULL;
	}
	*n = v->count;
	return v->items;
}

/* Whether s is in a list key's vocabulary (only principles has one). */
static int
in_words(const struct schema_key *k, const char *s)
{
	for (size_t i = 0; k->words[i] != NULL; i++)
		if (strcmp(s, k->words[i]) == 0)
			return 1;
	return 0;
}

/* The n entries of v, a list key's value, each checked; NULL after
 * reporting. */
static const struct schema_value *
want_entries(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, size_t *n)
{
	const struct schema_value *e = want_seq(k, v, r, n);
	if (e == NULL)
		return NULL;
	int failed = 0;
	for (size_t i = 0; i < *n; i++) {
		if (e[i].shape != SCHEMA_SCALAR) {
			report(r, &e[i].pos, "each entry of '%s' must be "
			    "text, not %s", k->name, shape_name(&e[i]));
			failed = 1;
		} else if (check_line(k, &e[i], r) != 0) {
			failed = 1;
		} else if (k->words != NULL && !in_words(k, e[i].text)) {
			report(r, &e[i].pos, "unknown %s '%s'; the %ss are %s",
			    k->noun, e[i].text, k->noun,
			    pack_principle_names());
			failed = 1;
		}
	}
	return failed ? NULL : e;
}

static int
want_list(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, struct strlist *out)
{
	size_t n;
	const struct schema_value *e = want_entries(k, v, r, &n);
	if (e == NULL)
		return -1;
	pack_strlist_free(out);
	out->values = xcalloc(n, sizeof(char *));
	out->pos = xcalloc(n, sizeof(struct srcpos));
	for (size_t i = 0; i < n; i++) {
		out->values[i] = xstrdup(e[i].text);
		out->pos[i] = e[i].pos;
	}
	out->count = n;
	return 0;
}

/* A list of the item's own (struct item_list): every entry is in its
 * file, so only lines and columns are kept. */
static int
want_item_list(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, struct item_list **out)
{
	size_t n;
	const struct schema_value *e = want_entries(k, v, r, &n);
	if (e == NULL)
		return -1;
	const char **values = xcalloc(n + 1, sizeof *values);
	struct item_at *at = xcalloc(n + 1, sizeof *at);
	for (size_t i = 0; i < n; i++) {
		values[i] = e[i].text;
		at[i] = (struct item_at){ e[i].pos.line, e[i].pos.col };
	}
	free(*out);
	*out = pack_list_new(n, values, at);
	free(values);
	free(at);
	return 0;
}

static int
want_rules(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, struct intlist *out)
{
	size_t n;
	const struct schema_value *e = want_seq(k, v, r, &n);
	if (e == NULL)
		return -1;
	int *values = xcalloc(n, sizeof(int));
	int failed = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = e[i].shape == SCHEMA_SCALAR ? e[i].text : "";
		if (check_line(k, &e[i], r) != 0) {
			failed = 1;
			continue;
		}
		char *end;
		long rule = strtol(s, &end, 10);
		if (*s == '\0' || *end != '\0' || rule < k->lo ||
		    rule > k->hi) {
			report(r, &e[i].pos, "'%s' is not a golden rule; '%s' "
			    "lists rule numbers from %d to %d",
			    e[i].shape == SCHEMA_SCALAR ? s : shape_name(&e[i]),
			    k->name, k->lo, k->hi);
			failed = 1;
			continue;
		}
		values[i] = (int)rule;
	}
	if (failed) {
		free(values);
		return -1;
	}
	free(out->values);
	free(out->pos);
	out->values = values;
	out->pos = xcalloc(n, sizeof(struct srcpos));
	for (size_t i = 0; i < n; i++)
		out->pos[i] = e[i].pos;
	out->count = n;
	return 0;
}

/* One fact's answer: yes/no (or true/false) as text, or a Lua boolean. */
static int
fact_answer(const struct schema_value *v, enum fact *out)
{
	if (v->shape != SCHEMA_SCALAR && v->shape != SCHEMA_BOOL)
		return -1;
	if (strcmp(v->text, "yes") == 0 || strcmp(v->text, "true") == 0)
		*out = FACT_YES;
	else if (strcmp(v->text, "no") == 0 || strcmp(v->text, "false") == 0)
		*out = FACT_NO;
	else
		return -1;
	return 0;
}

static int
want_facts(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, enum fact out[PACK_FACTS])
{
	if (v->shape != SCHEMA_MAP && !(v->shape == SCHEMA_SEQ &&
	    v->count == 0)) {
		char *eg = pair(r, k->name, r->syntax->facts_example);
		report(r, &v->pos, "'%s' must be a mapping such as %s, not %s",
		    k->name, eg, shape_name(v));
		free(eg);
		return -1;
	}
	enum fact facts[PACK_FACTS] = { FACT_UNSET };
	int failed = 0;
	for (size_t i = 0; i < v->count; i++) {
		const struct schema_value *key = &v->keys[i];
		const char *name = key->shape == SCHEMA_SCALAR ? key->text : "";
		int q = decide_from_key(name);
		if (check_line(k, key, r) != 0 ||
		    check_line(k, &v->items[i], r) != 0) {
			failed = 1;
		} else if (q < 0) {
			report(r, &key->pos, "'%s' is not one of the facts; "
			    "use purpose, consent, identifiable and "
			    "lawful_basis", name);
			failed = 1;
		} else if (fact_answer(&v->items[i], &facts[q]) != 0) {
			report(r, &v->items[i].pos, "the fact '%s' must be yes "
			    "or no%s", name, r->syntax->fact_fix);
			failed = 1;
		}
	}
	if (failed)
		return -1;
	memcpy(out, facts, sizeof facts);
	return 0;
}

/* weights: {cases: N, myths: N}, whole numbers from lo to hi, not all 0. */
static int
want_weights(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, int out[PACK_PARTS])
{
	if (v->shape != SCHEMA_MAP) {
		char *eg = pair(r, k->name, r->syntax->weights_example);
		report(r, &v->pos, "'%s' must be a mapping such as %s, not %s",
		    k->name, eg, shape_name(v));
		free(eg);
		return -1;
	}
	int weights[PACK_PARTS] = { 0 }, failed = 0, total = 0;
	for (size_t i = 0; i < v->count; i++) {
		const char *name = v->keys[i].shape == SCHEMA_SCALAR ?
		    v->keys[i].text : "";
		int part = strcmp(name, "cases") == 0 ? PART_CASES :
		    strcmp(name, "myths") == 0 ? PART_MYTHS : -1;
		if (check_line(k, &v->keys[i], r) != 0) {
			failed = 1;
		} else if (part < 0) {
			report(r, &v->keys[i].pos, "'%s' is not a part of the "
			    "quiz; '%s' weighs cases and myths", name, k->name);
			failed = 1;
		} else if (want_int(k, &v->items[i], r, &weights[part]) != 0) {
			failed = 1;
		} else {
			total += weights[part];
		}
	}
	if (!failed && total == 0) {
		report(r, &v->pos, "'%s' gives every part a weight of 0; give "
		    "at least one part a weight above 0", k->name);
		failed = 1;
	}
	if (failed)
		return -1;
	memcpy(out, weights, sizeof weights);
	return 0;
}

int
schema_facts(const struct schema_value *v, struct schema_report *r,
    enum fact out[PACK_FACTS])
{
	return want_facts(&schema_keys[KEY_FACTS], v, r, out);
}

/* Checks v and stores it in field, by the key's type. */
static int
store(const struct schema_key *k, const struct schema_value *v,
    struct schema_report *r, void *field)
{
	const char *s;
	switch (k->type) {
	case SCHEMA_TEXT:
	case SCHEMA_ID:
		if ((s = want_text(k, v, r)) == NULL)
			return -1;
		if (k->type == SCHEMA_ID && !pack_valid_id(s)) {
			report(r, &v->pos, "'%s' is not a valid id: use only "
			    "lower-case letters a-z, digits and '-'; %s", s,
			    r->syntax->id_fix);
			return -1;
		}
		if (field != NULL) {
			free(*(char **)field);
			*(char **)field = xstrdup(s);
		}
		return 0;
	case SCHEMA_INT:
		return want_int(k, v, r, field);
	case SCHEMA_WORD:
		return want_word(k, v, r, field);
	case SCHEMA_LIST:
		return want_list(k, v, r, field);
	case SCHEMA_ITEM_LIST:
		return want_item_list(k, v, r, field);
	case SCHEMA_RULES:
		return want_rules(k, v, r, field);
	case SCHEMA_FACTS:
		return want_facts(k, v, r, field);
	case SCHEMA_WEIGHTS:
		return want_weights(k, v, r, field);
	case SCHEMA_MARKDOWN:
		return want_scalar(k, v, "text", r) != NULL ? 0 : -1;
	case SCHEMA_KIND:
	case SCHEMA_STEPS:
		break;
	}
	return 0;
}

int
schema_store(enum item_key k, const struct schema_value *v,
    struct schema_report *r, void *field)
{
	return store(&schema_keys[k], v, r, field);
}

int
schema_set(struct item *it, enum item_key k, const struct schema_value *v,
    const struct srcpos *keypos, struct schema_report *r)
{
	const struct schema_key *key = &schema_keys[k];
	void *field = NULL;
	if (key->offset & SCHEMA_IN_EXT)
		field = (char *)pack_item_ext(it) + (key->offset &
		    ~SCHEMA_IN_EXT);
	else if (key->offset != 0)
		field = (char *)it + key->offset;
	it->given |= KEY_BIT(k);
	pack_set_at(it, k, key->at_value ? &v->pos : keypos);
	return store(key, v, r, field);
}

int
schema_check_required(const struct item *it, struct schema_report *r)
{
	int rc = 0;
	for (int k = 0; k < KEY_COUNT; k++) {
		const struct schema_key *key = &schema_keys[k];
		if (!(key->from & r->syntax->from) ||
		    !(key->required & K(it->kind)) || pack_given(it, k) ||
		    k == KEY_KIND)
			continue;
		if ((key->required & MARKDOWN_KINDS) == MARKDOWN_KINDS) {
			char *add = xasprintf(r->syntax->add, key->name);
			report(r, &it->pos, "no '%s'; %s", key->name, add);
			free(add);
		} else if (key->type == SCHEMA_WORD) {
			char *choices = word_choices(key, r);
			report(r, &it->pos, "a %s needs %s'%s'; add %s",
			    pack_kind_name(it->kind), key->article, key->name,
			    choices);
			free(choices);
		} else {
			char *add = xasprintf(r->syntax->add, key->name);
			report(r, &it->pos, "a %s needs %s'%s'; %s",
			    pack_kind_name(it->kind), key->article, key->name,
			    add);
			free(add);
		}
		rc = -1;
	}
	return rc;
}
