/*
 * Unit tests of schema.c: a bad value gives the same message whether it was
 * written in front matter or in a scenario script, and the documentation's
 * key tables say what the schema says.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "scenario.h"
#include "schema.h"
#include "surface.h"
#include "util.h"
#include "xalloc.h"

/* The message of the first line of what c captured, without its
 * "path:line:col: error: " and "sharepack.FN: " prefixes. */
static char *
message_of(struct captured *c)
{
	const char *s = captured(c);
	const char *e = strstr(s, "error: ");
	if (e != NULL) {
		e += strlen("error: ");
	} else if ((e = strstr(s, "warning: ")) != NULL) {
		e += strlen("warning: ");
	} else {
		return strdup(s);
	}
	if (strncmp(e, "sharepack.", 10) == 0) {
		const char *colon = strstr(e, ": ");
		if (colon != NULL)
			e = colon + 2;
	}
	size_t n = strcspn(e, "\n");
	char *out = malloc(n + 1);
	memcpy(out, e, n);
	out[n] = '\0';
	return out;
}

static char *
yaml_message(const char *front_matter)
{
	struct captured c;
	capture_begin(&c);
	char *text = xasprintf("---\nkind: vignette\ntitle: T\n"
	    "expected: share\n%s---\nCase\n\n## Why\n\nWhy\n", front_matter);
	pack_item_free(load_string(&c, "content/x.md", text));
	free(text);
	char *msg = message_of(&c);
	capture_end(&c);
	return msg;
}

static char *
lua_message(const char *fields)
{
	struct captured c;
	capture_begin(&c);
	char *code = xasprintf("sharepack.vignette{ id = \"x\", title = \"T\", "
	    "expected = \"share\", case = \"Case\", why = \"Why\", %s }\n",
	    fields);
	struct pack *p = pack_new();
	struct scen_limits limits = scen_default_limits();
	scen_run("scenarios/x.lua", code, strlen(code), &limits, p, &c.d);
	pack_free(p);
	free(code);
	char *msg = message_of(&c);
	capture_end(&c);
	return msg;
}

/* The part of a message before its advice. */
static char *
what_of(const char *msg)
{
	size_t n = strcspn(msg, ";");
	char *out = malloc(n + 1);
	memcpy(out, msg, n);
	out[n] = '\0';
	return out;
}

/* One bad value written both ways: yaml_msg and lua_msg are the whole
 * messages, which must say the same thing is wrong. */
static void
same_message(const char *yaml, const char *lua, const char *yaml_msg,
    const char *lua_msg)
{
	char *y = yaml_message(yaml), *l = lua_message(lua);
	CHECK_STR(y, yaml_msg);
	CHECK_STR(l, lua_msg);
	char *wy = what_of(y), *wl = what_of(l);
	CHECK_STR(wl, wy);
	free(wy);
	free(wl);
	free(y);
	free(l);
}

static void
test_same_messages(void)
{
	/* A vignette with expected already set: these replace it. */
	same_message("rules: [2, 9]\n", "rules = { 2, 9 }",
	    "'9' is not a golden rule; 'rules' lists rule numbers from 1 to 7",
	    "'9' is not a golden rule; 'rules' lists rule numbers from 1 to 7");
	same_message("facts: {concent: yes}\n", "facts = { concent = true }",
	    "'concent' is not one of the facts; use purpose, consent, "
	    "identifiable and lawful_basis",
	    "'concent' is not one of the facts; use purpose, consent, "
	    "identifiable and lawful_basis");
	same_message("facts: {consent: maybe}\n",
	    "facts = { consent = \"maybe\" }",
	    "the fact 'consent' must be yes or no",
	    "the fact 'consent' must be yes or no; write true or false");
	same_message("audience: [[health]]\n", "audience = { { \"health\" } }",
	    "each entry of 'audience' must be text, not a list",
	    "each entry of 'audience' must be text, not a list");
	same_message("source: ' '\n", "source = \" \"",
	    "'source' is empty; give it a value or remove the line",
	    "'source' is empty; give it a value or remove the line");
	same_message("source: [a]\n", "source = { \"a\" }",
	    "'source' must be text, not a list; write it as 'source: value'",
	    "'source' must be text, not a list; write it as "
	    "'source = value'");
	same_message("id: Bad_Id\n", "id = \"Bad_Id\"",
	    "'Bad_Id' is not a valid id: use only lower-case letters a-z, "
	    "digits and '-'; rename the file or set 'id:'",
	    "'Bad_Id' is not a valid id: use only lower-case letters a-z, "
	    "digits and '-'; change 'id'");
}

static void
test_lua_expected(void)
{
	char *l = lua_message("expected = \"maybe\"");
	/* The table has expected twice: Lua keeps the last. */
	CHECK_STR(l, "unknown expected answer 'maybe'; write "
	    "'expected = \"share\"' or 'expected = \"no-share\"'");
	free(l);
	char *y = yaml_message("rules: 3\nverdict: myth\n");
	CHECK_STR(y, "'verdict' has no meaning for a vignette and is ignored; "
	    "remove it");
	free(y);
}

/* ---- the documentation's key tables ---- */

static char *
read_doc(const char *path)
{
	struct buf b = BUF_INIT;
	if (fs_read_file(path, 1 << 20, &b) != 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* The text of the section that starts with heading (a whole line) and ends
 * at the next heading of any level; NULL when there is none. */
static char *
section(const char *doc, const char *heading)
{
	const char *s = strstr(doc, heading);
	if (s == NULL)
		return NULL;
	s += strlen(heading);
	const char *e = strstr(s, "\n#");
	size_t n = e ? (size_t)(e - s) : strlen(s);
	char *out = malloc(n + 1);
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

/* The meaning column of the row of key in a table, or NULL. */
static const char *
table_row(const char *sec, const char *key)
{
	char row[64];
	snprintf(row, sizeof row, "\n| `%s` |", key);
	const char *r = strstr(sec, row);
	if (r == NULL)
		return NULL;
	r += strlen(row);
	const char *bar = strchr(r, '|');
	return bar != NULL ? bar + 1 : NULL;
}

/* Every row of sec names a key of the schema that front matter may give
 * and that belongs to kind (ITEM_UNKNOWN: every Markdown kind). */
static int
rows_known(const char *sec, enum item_kind kind)
{
	int ok = 1;
	for (const char *r = strstr(sec, "\n| `"); r != NULL;
	    r = strstr(r + 1, "\n| `")) {
		char name[64];
		if (sscanf(r, "\n| `%63[a-z_]`", name) != 1)
			continue;
		int k = schema_find(name, SCHEMA_FROM_YAML);
		if (k < 0 || (kind != ITEM_UNKNOWN &&
		    !schema_applies((enum item_key)k, kind))) {
			fprintf(stderr, "content/README.md documents '%s', "
			    "which the schema does not have for that kind\n",
			    name);
			ok = 0;
		}
	}
	return ok;
}

static const enum item_kind markdown_kinds[] = { ITEM_GUIDANCE, ITEM_MYTH,
    ITEM_VIGNETTE, ITEM_BRIEFING, ITEM_PACK };
#define N_MARKDOWN_KINDS 5

static int
for_every_markdown_kind(enum item_key k)
{
	for (size_t i = 0; i < N_MARKDOWN_KINDS; i++)
		if (!schema_applies(k, markdown_kinds[i]))
			return 0;
	return 1;
}

static void
test_content_readme(void)
{
	char *doc = read_doc("content/README.md");
	CHECK(doc != NULL);
	if (doc == NULL)
		return;
	char *common = section(doc, "\n## Keys every item may have\n");
	CHECK(common != NULL && rows_known(common, ITEM_UNKNOWN));
	for (size_t i = 0; i < N_MARKDOWN_KINDS; i++) {
		enum item_kind kind = markdown_kinds[i];
		char heading[64];
		snprintf(heading, sizeof heading, "\n### `%s`",
		    pack_kind_name(kind));
		char *sec = section(doc, heading);
		CHECK(sec != NULL);
		if (sec == NULL)
			continue;
		CHECK(rows_known(sec, kind));
		for (int k = 0; k < KEY_COUNT; k++) {
			const struct schema_key *key = &schema_keys[k];
			if (!(key->from & SCHEMA_FROM_YAML) ||
			    !schema_applies((enum item_key)k, kind))
				continue;
			int everywhere = for_every_markdown_kind(k);
			const char *meaning = table_row(everywhere ? common :
			    sec, key->name);
			if (meaning == NULL)
				fprintf(stderr, "content/README.md: no row for "
				    "'%s' (%s)\n", key->name,
				    pack_kind_name(kind));
			CHECK(meaning != NULL);
			/* "required:" exactly when the schema requires it;
			 * an id defaults to the file name. */
			int required = (key->required & SCHEMA_KIND_BIT(kind))
			    && key->type != SCHEMA_ID;
			int says = meaning != NULL &&
			    strncmp(meaning, " required", 9) == 0;
			if (meaning != NULL && says != required)
				fprintf(stderr, "content/README.md: '%s' %s "
				    "required\n", key->name, required ?
				    "is" : "is not");
			CHECK(meaning == NULL || says == required);
		}
		free(sec);
	}
	free(common);
	free(doc);
}

/* The field names of the first Lua code block that calls sharepack.fn. */
static int
lua_block_has(const char *doc, const char *fn, const char *key)
{
	char call[64];
	snprintf(call, sizeof call, "\nsharepack.%s{", fn);
	const char *s = strstr(doc, call);
	if (s == NULL)
		return 0;
	const char *e = strstr(s, "\n}");
	char *block = strndup(s, e ? (size_t)(e - s) : strlen(s));
	regex_t re;
	char pattern[96];
	snprintf(pattern, sizeof pattern, "(^|[^a-z_])%s = ", key);
	regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB);
	int found = regexec(&re, block, 0, NULL, 0) == 0;
	regfree(&re);
	free(block);
	return found;
}

static void
test_scenarios_readme(void)
{
	char *doc = read_doc("scenarios/README.md");
	CHECK(doc != NULL);
	if (doc == NULL)
		return;
	static const struct { enum item_kind kind; const char *fn; } calls[] = {
		{ ITEM_VIGNETTE, "vignette" }, { ITEM_MYTH, "myth" },
		{ ITEM_SCENARIO, "scenario" } };
	for (size_t i = 0; i < 3; i++) {
		for (int k = 0; k < KEY_COUNT; k++) {
			const struct schema_key *key = &schema_keys[k];
			if (!(key->from & SCHEMA_FROM_LUA) ||
			    !schema_applies((enum item_key)k, calls[i].kind))
				continue;
			int found = lua_block_has(doc, calls[i].fn, key->name);
			if (!found)
				fprintf(stderr, "scenarios/README.md: the "
				    "sharepack.%s example has no '%s'\n",
				    calls[i].fn, key->name);
			CHECK(found);
		}
	}
	free(doc);
}

/* content/README.md explains every surface strategy, by name. */
static void
test_strategies_documented(void)
{
	char *doc = read_doc("content/README.md");
	CHECK(doc != NULL);
	for (size_t i = 0; doc != NULL && surface_strategy_name(i) != NULL;
	    i++) {
		char row[128];
		snprintf(row, sizeof row, "\n| %s |", surface_strategy_name(i));
		if (strstr(doc, row) == NULL)
			fprintf(stderr, "content/README.md does not explain the "
			    "strategy '%s'\n", surface_strategy_name(i));
		CHECK(strstr(doc, row) != NULL);
	}
	free(doc);
}

void
test_schema(void)
{
	test_strategies_documented();
	test_same_messages();
	test_lua_expected();
	test_content_readme();
	test_scenarios_readme();
	for (int k = 0; k < KEY_COUNT; k++)
		CHECK(schema_keys[k].name != NULL && schema_keys[k].doc != NULL);
}
