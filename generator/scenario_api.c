/*
 * scenario_api.c: everything a scenario script can call, and nothing else.
 * Builds the sandbox (chosen libraries, dangerous functions removed, a clear
 * error for each forbidden name) and the sharepack table: vignette, myth,
 * scenario, decide, random. Every string taken from Lua is copied before it
 * leaves the stack, and every item being built is owned by a Lua userdata
 * until it is handed to the pack, so a Lua error in the middle leaks nothing.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "decide.h"
#include "markdown.h"
#include "pack.h"
#include "scenario.h"
#include "xalloc.h"

int scen_api_open(lua_State *L);

static struct scen_run *
run_of(lua_State *L)
{
	return *(struct scen_run **)lua_getextraspace(L);
}

/* The line of the script that called the current C function. */
static int
caller_line(lua_State *L)
{
	lua_Debug ar;
	if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
		return ar.currentline;
	return 0;
}

/* ---- the item under construction, owned by a userdata ---- */

#define ITEM_BOX "sharepack.item"

static int
box_gc(lua_State *L)
{
	struct item **box = luaL_checkudata(L, 1, ITEM_BOX);
	pack_item_free(*box);
	*box = NULL;
	return 0;
}

static struct item **
new_box(lua_State *L, enum item_kind kind)
{
	struct scen_run *r = run_of(L);
	if (r->items >= r->limits->items)
		luaL_error(L, "the script made more than %d items, the limit; "
		    "split it into several scripts", (int)r->limits->items);
	struct item **box = lua_newuserdatauv(L, sizeof *box, 0);
	*box = NULL;
	luaL_setmetatable(L, ITEM_BOX);
	struct item *it = pack_item_new(r->path);
	*box = it;
	it->kind = kind;
	it->pos.line = caller_line(L);
	it->pos.col = 0;
	it->id_pos = it->title_pos = it->edition_pos = it->minutes_pos =
	    it->expected_pos = it->facts_pos = it->pos;
	it->body_line = it->pos.line;
	return box;
}

/* Hands the item to the pack: from now on the pack owns it. */
static void
commit_box(lua_State *L, struct item **box)
{
	struct scen_run *r = run_of(L);
	pack_add(r->pack, *box);
	*box = NULL;
	r->items++;
}

/* ---- reading fields of the argument table (always at index 1) ---- */

static void
check_fields(lua_State *L, const char *fn, const char *const *allowed)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_pushnil(L);
	while (lua_next(L, 1) != 0) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING)
			luaL_error(L, "sharepack.%s: fields are named, such as "
			    "title = \"...\"", fn);
		const char *k = lua_tostring(L, -1);
		const char *const *a;
		for (a = allowed; *a != NULL; a++)
			if (strcmp(k, *a) == 0)
				break;
		if (*a == NULL)
			luaL_error(L, "sharepack.%s: unknown field '%s'; check "
			    "its spelling (scenarios/README.md lists them)", fn,
			    k);
	}
}

/* A copy of the string field key of the table at idx, or NULL when absent. */
static char *
get_string(lua_State *L, int idx, const char *key, const char *fn,
    int required)
{
	char *out = NULL;
	lua_getfield(L, idx, key);
	if (lua_isnil(L, -1)) {
		if (required)
			luaL_error(L, "sharepack.%s: '%s' is required", fn, key);
	} else if (lua_type(L, -1) != LUA_TSTRING) {
		luaL_error(L, "sharepack.%s: '%s' must be a string, not a %s",
		    fn, key, luaL_typename(L, -1));
	} else {
		size_t len;
		const char *s = lua_tolstring(L, -1, &len);
		if (len > SCEN_MAX_TEXT)
			luaL_error(L, "sharepack.%s: '%s' is longer than %d "
			    "KiB", fn, key, (int)(SCEN_MAX_TEXT / 1024));
		if (strlen(s) != len)
			luaL_error(L, "sharepack.%s: '%s' contains a NUL byte",
			    fn, key);
		out = xstrndup(s, len);
	}
	lua_pop(L, 1);
	return out;
}

/* Like get_string, but the copy belongs to the item being built. */
static void
item_string(lua_State *L, const char *key, const char *fn, int required,
    char **field)
{
	char *s = get_string(L, 1, key, fn, required);
	free(*field);
	*field = s;
}

static void
get_id(lua_State *L, int idx, const char *fn, char **field)
{
	char *id = get_string(L, idx, "id", fn, 1);
	free(*field);
	*field = id;
	if (!pack_valid_id(id))
		luaL_error(L, "sharepack.%s: '%s' is not a valid id: use only "
		    "a-z, 0-9 and '-'", fn, id);
}

static void
get_list(lua_State *L, const char *key, const char *fn, struct strlist *out,
    int *has)
{
	lua_getfield(L, 1, key);
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		return;
	}
	if (!lua_istable(L, -1))
		luaL_error(L, "sharepack.%s: '%s' must be a list such as "
		    "{ \"health\" }", fn, key);
	lua_Integer n = luaL_len(L, -1);
	if (n < 0 || n > 1000)
		luaL_error(L, "sharepack.%s: '%s' is too long", fn, key);
	out->values = xcalloc((size_t)n, sizeof(char *));
	out->pos = xcalloc((size_t)n, sizeof(struct srcpos));
	struct scen_run *r = run_of(L);
	int line = caller_line(L);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_geti(L, -1, i);
		if (lua_type(L, -1) != LUA_TSTRING)
			luaL_error(L, "sharepack.%s: each entry of '%s' must "
			    "be a string", fn, key);
		out->values[out->count] = xstrdup(lua_tostring(L, -1));
		out->pos[out->count].path = r->path;
		out->pos[out->count].line = line;
		out->count++;
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	*has = 1;
}

static cmark_node *
parse_md(const char *text)
{
	return md_parse(text ? text : "", text ? strlen(text) : 0);
}

static void
common_fields(lua_State *L, struct item *it, const char *fn)
{
	get_id(L, 1, fn, &it->id);
	item_string(L, "title", fn, 1, &it->title);
	item_string(L, "source", fn, 0, &it->source);
	item_string(L, "edition", fn, 0, &it->edition);
}

/* ---- facts and decide ---- */

static void
read_facts(lua_State *L, int idx, const char *fn, enum fact facts[])
{
	luaL_checktype(L, idx, LUA_TTABLE);
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		const char *k = lua_type(L, -2) == LUA_TSTRING ?
		    lua_tostring(L, -2) : "";
		int q = decide_from_key(k);
		if (q < 0)
			luaL_error(L, "sharepack.%s: '%s' is not one of the "
			    "facts: purpose, consent, identifiable, "
			    "lawful_basis", fn, k);
		if (!lua_isboolean(L, -1))
			luaL_error(L, "sharepack.%s: the fact '%s' must be true "
			    "or false", fn, k);
		facts[q] = lua_toboolean(L, -1) ? FACT_YES : FACT_NO;
		lua_pop(L, 1);
	}
}

static int
api_decide(lua_State *L)
{
	static const char *const fields[] = { "purpose", "consent",
	    "identifiable", "lawful_basis", NULL };
	check_fields(L, "decide", fields);
	enum fact facts[DECIDE_QUESTIONS] = { FACT_UNSET };
	read_facts(L, 1, "decide", facts);
	enum outcome outcome;
	enum decide_question q;
	if (decide(facts, &outcome, &q) != 0)
		return luaL_error(L, "sharepack.decide: question %d (%s) needs "
		    "an answer: give %s = true or false", (int)q + 1,
		    decide_text(q), decide_key(q));
	lua_pushstring(L, pack_outcome_name(outcome));
	lua_pushstring(L, decide_key(q));
	return 2;
}

/* ---- items ---- */

static int
api_vignette(lua_State *L)
{
	static const char *const fields[] = { "id", "title", "expected",
	    "facts", "audience", "rules", "source", "edition", "case", "why",
	    NULL };
	check_fields(L, "vignette", fields);
	struct item **box = new_box(L, ITEM_VIGNETTE);
	struct item *it = *box;
	common_fields(L, it, "vignette");
	get_list(L, "audience", "vignette", &it->audience, &it->has_audience);

	lua_getfield(L, 1, "facts");
	if (!lua_isnil(L, -1)) {
		read_facts(L, lua_gettop(L), "vignette", it->facts);
		it->has_facts = 1;
	}
	lua_pop(L, 1);
	char *expected = get_string(L, 1, "expected", "vignette", 0);
	if (expected != NULL) {
		it->expected = strcmp(expected, "share") == 0 ? OUTCOME_SHARE :
		    strcmp(expected, "no-share") == 0 ? OUTCOME_NO_SHARE :
		    OUTCOME_NONE;
		free(expected);
		if (it->expected == OUTCOME_NONE)
			return luaL_error(L, "sharepack.vignette: 'expected' "
			    "must be \"share\" or \"no-share\"");
	} else {
		enum decide_question q;
		if (!it->has_facts || decide(it->facts, &it->expected, &q) != 0)
			return luaL_error(L, "sharepack.vignette: give "
			    "'expected', or 'facts' that answer the 'when to "
			    "share' questions");
	}

	lua_getfield(L, 1, "rules");
	if (!lua_isnil(L, -1)) {
		if (!lua_istable(L, -1))
			return luaL_error(L, "sharepack.vignette: 'rules' must "
			    "be a list of numbers such as { 1, 6 }");
		lua_Integer n = luaL_len(L, -1);
		if (n < 0 || n > PACK_GOLDEN_RULES * 4)
			return luaL_error(L, "sharepack.vignette: 'rules' is "
			    "too long");
		it->rules = xcalloc((size_t)n, sizeof(int));
		it->rule_pos = xcalloc((size_t)n, sizeof(struct srcpos));
		for (lua_Integer i = 1; i <= n; i++) {
			lua_geti(L, -1, i);
			int isnum;
			lua_Integer v = lua_tointegerx(L, -1, &isnum);
			if (!isnum || v < 1 || v > PACK_GOLDEN_RULES)
				return luaL_error(L, "sharepack.vignette: "
				    "'rules' lists golden-rule numbers from 1 "
				    "to %d", PACK_GOLDEN_RULES);
			it->rules[it->rule_count] = (int)v;
			it->rule_pos[it->rule_count++] = it->pos;
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);

	char *text = get_string(L, 1, "case", "vignette", 1);
	char *why = get_string(L, 1, "why", "vignette", 1);
	char *body = xasprintf("%s\n\n## Why\n\n%s\n", text, why);
	free(text);
	free(why);
	it->doc = parse_md(body);
	free(body);
	commit_box(L, box);
	return 0;
}

static int
api_myth(lua_State *L)
{
	static const char *const fields[] = { "id", "title", "verdict", "body",
	    "source", "edition", NULL };
	check_fields(L, "myth", fields);
	struct item **box = new_box(L, ITEM_MYTH);
	struct item *it = *box;
	common_fields(L, it, "myth");
	char *verdict = get_string(L, 1, "verdict", "myth", 1);
	it->verdict = strcmp(verdict, "myth") == 0 ? VERDICT_MYTH :
	    strcmp(verdict, "fact") == 0 ? VERDICT_FACT : VERDICT_NONE;
	free(verdict);
	if (it->verdict == VERDICT_NONE)
		return luaL_error(L, "sharepack.myth: 'verdict' must be "
		    "\"myth\" or \"fact\"");
	char *body = get_string(L, 1, "body", "myth", 1);
	it->doc = parse_md(body);
	free(body);
	commit_box(L, box);
	return 0;
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
valid_step_id(const char *s)
{
	if (*s == '\0' || strlen(s) > 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '_'))
			return 0;
	return 1;
}

/* Reads steps[id] (the table at idx) into st. */
static void
read_step(lua_State *L, int idx, struct scen_step *st)
{
	static const char *const step_fields[] = { "text", "choices",
	    "ending", "title" };
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		lua_pop(L, 1);
		const char *k = lua_type(L, -1) == LUA_TSTRING ?
		    lua_tostring(L, -1) : "";
		size_t i;
		for (i = 0; i < 4; i++)
			if (strcmp(k, step_fields[i]) == 0)
				break;
		if (i == 4)
			luaL_error(L, "sharepack.scenario: step '%s' has an "
			    "unknown field '%s'; a step has text and choices, "
			    "or ending, title and text", st->id, k);
	}
	lua_getfield(L, idx, "ending");
	st->ending = lua_toboolean(L, -1);
	lua_pop(L, 1);
	char *text = get_string(L, idx, "text", "scenario", 0);
	if (text == NULL)
		luaL_error(L, "sharepack.scenario: step '%s' needs 'text'",
		    st->id);
	st->text = parse_md(text);
	free(text);
	st->title = get_string(L, idx, "title", "scenario", 0);
	lua_getfield(L, idx, "choices");
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		return;
	}
	if (!lua_istable(L, -1))
		luaL_error(L, "sharepack.scenario: the choices of step '%s' "
		    "must be a list", st->id);
	int list = lua_gettop(L);
	lua_Integer n = luaL_len(L, list);
	if (n < 0 || n > 6)
		luaL_error(L, "sharepack.scenario: step '%s' has %d choices; "
		    "give two to six", st->id, (int)n);
	st->choices = xcalloc((size_t)n, sizeof *st->choices);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_geti(L, list, i);
		if (!lua_istable(L, -1))
			luaL_error(L, "sharepack.scenario: choice %d of step "
			    "'%s' must be a table { label = ..., go = ... }",
			    (int)i, st->id);
		int c = lua_gettop(L);
		struct scen_choice *ch = &st->choices[st->choice_count++];
		ch->label = get_string(L, c, "label", "scenario", 0);
		ch->go = get_string(L, c, "go", "scenario", 0);
		if (ch->label == NULL || ch->go == NULL)
			luaL_error(L, "sharepack.scenario: choice %d of step "
			    "'%s' needs a 'label' and the step it leads to "
			    "('go')", (int)i, st->id);
		lua_getfield(L, c, "expected");
		if (!lua_isnil(L, -1) && !lua_isboolean(L, -1))
			luaL_error(L, "sharepack.scenario: 'expected' of "
			    "choice %d of step '%s' must be true or false",
			    (int)i, st->id);
		ch->expected = lua_toboolean(L, -1);
		lua_pop(L, 1);
		char *fb = get_string(L, c, "feedback", "scenario", 0);
		if (fb == NULL)
			luaL_error(L, "sharepack.scenario: choice %d of step "
			    "'%s' needs 'feedback' saying why", (int)i, st->id);
		ch->feedback = parse_md(fb);
		free(fb);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
}

static int
api_scenario(lua_State *L)
{
	static const char *const fields[] = { "id", "title", "audience",
	    "source", "edition", "intro", "start", "steps", NULL };
	check_fields(L, "scenario", fields);
	struct item **box = new_box(L, ITEM_SCENARIO);
	struct item *it = *box;
	common_fields(L, it, "scenario");
	get_list(L, "audience", "scenario", &it->audience, &it->has_audience);
	char *intro = get_string(L, 1, "intro", "scenario", 0);
	it->doc = parse_md(intro);
	free(intro);
	item_string(L, "start", "scenario", 1, &it->start);

	lua_getfield(L, 1, "steps");
	if (!lua_istable(L, -1))
		return luaL_error(L, "sharepack.scenario: 'steps' must be a "
		    "table of steps by id");
	int steps = lua_gettop(L);
	/* Table order is not stable in Lua: collect the ids and sort. */
	size_t n = 0;
	lua_pushnil(L);
	while (lua_next(L, steps) != 0) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING ||
		    !valid_step_id(lua_tostring(L, -1)))
			return luaL_error(L, "sharepack.scenario: step ids are "
			    "names of a-z, 0-9, '-' and '_'");
		if (++n > SCEN_MAX_STEPS)
			return luaL_error(L, "sharepack.scenario: more than %d "
			    "steps", SCEN_MAX_STEPS);
	}
	it->steps = xcalloc(n, sizeof *it->steps);
	char **ids = xcalloc(n, sizeof(char *));
	size_t k = 0;
	lua_pushnil(L);
	while (lua_next(L, steps) != 0) {
		lua_pop(L, 1);
		ids[k++] = (char *)lua_tostring(L, -1);
	}
	qsort(ids, n, sizeof(char *), compare_strings);
	/* The ids stay valid: the steps table holds them as keys. */
	for (size_t i = 0; i < n; i++) {
		it->steps[i].id = xstrdup(ids[i]);
		it->step_count++;
	}
	free(ids);
	for (size_t i = 0; i < n; i++) {
		lua_getfield(L, steps, it->steps[i].id);
		if (!lua_istable(L, -1))
			return luaL_error(L, "sharepack.scenario: step '%s' "
			    "must be a table", it->steps[i].id);
		read_step(L, lua_gettop(L), &it->steps[i]);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	commit_box(L, box);
	return 0;
}

/* xorshift64*: small, fast, and the same everywhere for the same seed. */
static uint64_t
next_random(struct scen_run *r)
{
	r->rng ^= r->rng >> 12;
	r->rng ^= r->rng << 25;
	r->rng ^= r->rng >> 27;
	return r->rng * 0x2545F4914F6CDD1DULL;
}

/* math.random's contract: no argument, a float in [0,1); m, in [1,m]; m and
 * n, in [m,n]. */
static int
api_random(lua_State *L)
{
	struct scen_run *r = run_of(L);
	uint64_t x = next_random(r);
	lua_Integer lo, hi;
	switch (lua_gettop(L)) {
	case 0:
		lua_pushnumber(L, (lua_Number)(x >> 11) * (1.0 / 9007199254740992.0));
		return 1;
	case 1:
		lo = 1;
		hi = luaL_checkinteger(L, 1);
		break;
	default:
		lo = luaL_checkinteger(L, 1);
		hi = luaL_checkinteger(L, 2);
		break;
	}
	luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
	lua_Unsigned span = (lua_Unsigned)hi - (lua_Unsigned)lo;
	lua_Unsigned v = span == (lua_Unsigned)-1 ? x : x % (span + 1);
	lua_pushinteger(L, (lua_Integer)((lua_Unsigned)lo + v));
	return 1;
}

static int
api_print(lua_State *L)
{
	struct scen_run *r = run_of(L);
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	for (int i = 1; i <= lua_gettop(L); i++) {
		if (i > 1)
			luaL_addchar(&b, '\t');
		luaL_addvalue(&b);	/* needs the value on top */
	}
	luaL_pushresult(&b);
	struct srcpos at = { r->path, caller_line(L), 0 };
	diag_warn(r->diag, &at, "the script printed: %s", lua_tostring(L, -1));
	return 0;
}

static const char *const forbidden[] = { "io", "os", "package", "require",
    "debug", "load", "loadstring", "dofile", "loadfile", "collectgarbage",
    "coroutine", NULL };

/* __index of the globals: a forbidden name is an error that says why. */
static int
globals_index(lua_State *L)
{
	const char *k = lua_tostring(L, 2);
	for (const char *const *f = forbidden; k != NULL && *f != NULL; f++)
		if (strcmp(k, *f) == 0)
			return luaL_error(L, "'%s' is not available: scenario "
			    "scripts run in a sandbox with no files, network, "
			    "operating system or loading of code", k);
	return 0;
}

static int
string_index(lua_State *L)
{
	const char *k = lua_tostring(L, 2);
	if (k != NULL && strcmp(k, "dump") == 0)
		return luaL_error(L, "'string.dump' is not available: scenario "
		    "scripts cannot make bytecode");
	return 0;
}

static const luaL_Reg sharepack_funcs[] = {
	{ "vignette", api_vignette },
	{ "myth", api_myth },
	{ "scenario", api_scenario },
	{ "decide", api_decide },
	{ "random", api_random },
	{ NULL, NULL }
};

/*
 * Builds the sandbox in the state's global table. Called through
 * lua_pcall before the script runs.
 */
int
scen_api_open(lua_State *L)
{
	luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
	lua_pop(L, 1);
	luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
	lua_pop(L, 1);
	luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
	lua_pop(L, 1);
	luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
	lua_pop(L, 1);
	luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
	lua_pop(L, 1);

	lua_pushglobaltable(L);
	int g = lua_gettop(L);
	for (const char *const *f = forbidden; *f != NULL; f++) {
		lua_pushnil(L);
		lua_setfield(L, g, *f);
	}
	lua_pushcfunction(L, api_print);
	lua_setfield(L, g, "print");
	lua_newtable(L);
	lua_pushcfunction(L, globals_index);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, g);

	lua_getfield(L, g, LUA_STRLIBNAME);
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_newtable(L);
	lua_pushcfunction(L, string_index);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
	lua_pop(L, 1);

	lua_getfield(L, g, LUA_MATHLIBNAME);
	lua_pushcfunction(L, api_random);
	lua_setfield(L, -2, "random");
	lua_pushnil(L);
	lua_setfield(L, -2, "randomseed");
	lua_pop(L, 1);

	luaL_newmetatable(L, ITEM_BOX);
	lua_pushcfunction(L, box_gc);
	lua_setfield(L, -2, "__gc");
	lua_pop(L, 1);

	luaL_newlib(L, sharepack_funcs);
	lua_pushvalue(L, -1);
	lua_setfield(L, g, "sharepack");
	lua_setfield(L, g, "sp");
	lua_pop(L, 1);
	return 0;
}
