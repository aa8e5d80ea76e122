/*
 * scenario_api.c: everything a scenario script can call, and nothing else.
 * Builds the sandbox (chosen libraries, dangerous functions removed, a clear
 * error for each forbidden name) and the sharepack table: vignette, myth,
 * scenario, step, choice, decide, random. The fields of vignette, myth and
 * scenario are read through the schema (schema.h), as front matter is, so
 * a bad value gets the same message from either. Values stay on the Lua
 * stack while the schema reads them, what is copied out counts against the
 * script's memory limit, and every item being built is owned by a Lua
 * userdata until it is handed to the pack, so a Lua error in the middle
 * leaks nothing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "decide.h"
#include "markdown.h"
#include "pack.h"
#include "scenario.h"
#include "scenario_run.h"
#include "schema.h"
#include "xalloc.h"

/* A Markdown tree costs several times its text; this is what a script's
 * memory limit charges for each byte of Markdown it hands over. */
#define MARKDOWN_COST 8

/* The line of the script that called the current C function (through
 * pcall, say); when replaying, the line the call was recorded at. */
static int
caller_line(lua_State *L)
{
	struct scen_run *r = scen_run_of(L);
	lua_Debug ar;
	if (!SCEN_RECORDING(r))
		return r->replay_line;
	for (int level = 1; lua_getstack(L, level, &ar); level++)
		if (lua_getinfo(L, "l", &ar) && ar.currentline > 0)
			return ar.currentline;
	return 0;
}

static void
over_memory(lua_State *L)
{
	scen_fatal(L, caller_line(L), "the script used more than the %d MiB "
	    "memory limit", (int)(scen_run_of(L)->limits->memory /
	    (1024 * 1024)));
}

/* Counts bytes copied out of Lua against the script's memory limit (the
 * recorder's: the replayer makes the same copies). */
static void
charge(lua_State *L, size_t bytes)
{
	struct scen_run *r = scen_run_of(L);
	r->copied += bytes;
	if (SCEN_RECORDING(r) && r->memory + r->copied > r->limits->memory)
		over_memory(L);
}

/*
 * A finalizer (a __gc metamethod) runs whenever Lua happens to free
 * memory, so what it did would depend on the allocator, and it runs with
 * hooks off; the API refuses it, as an error that ends the run (an error
 * in a finalizer would only be a warning).
 */
static void
refuse_finalizer(lua_State *L, const char *fn)
{
	lua_Debug ar;
	if (!SCEN_RECORDING(scen_run_of(L)))
		return;
	for (int level = 0; lua_getstack(L, level, &ar); level++)
		if (lua_getinfo(L, "n", &ar) && ar.namewhat != NULL &&
		    strcmp(ar.namewhat, "metamethod") == 0 && ar.name != NULL &&
		    strcmp(ar.name, "__gc") == 0)
			scen_fatal(L, caller_line(L), "%s was called from a __gc "
			    "metamethod (a finalizer), which runs at no fixed "
			    "point of the script; call it from the script "
			    "itself", fn);
}

/* An error at line of the script (the line of a step or a choice), its
 * position written as Lua writes its own, so that the run's end reads the
 * line back whatever the length of the path. */
static int
error_at(lua_State *L, int line, const char *fmt, ...)
{
	struct scen_run *r = scen_run_of(L);
	va_list ap;
	va_start(ap, fmt);
	lua_pushfstring(L, "%s:%d: ", r->short_src[0] ? r->short_src :
	    r->path, line);
	lua_pushvfstring(L, fmt, ap);
	va_end(ap);
	lua_concat(L, 2);
	return lua_error(L);
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
	struct scen_run *r = scen_run_of(L);
	if (r->items >= r->limits->items)
		scen_fatal(L, caller_line(L), "the script made more than %d "
		    "items, the limit; split it into several scripts",
		    (int)r->limits->items);
	struct item **box = lua_newuserdatauv(L, sizeof *box, 0);
	*box = NULL;
	luaL_setmetatable(L, ITEM_BOX);
	struct item *it = pack_item_new(r->path);
	*box = it;
	schema_begin_item(it, kind);
	/* Positions name the item's own copy of the path, which lives as
	 * long as the item. */
	it->pos.line = caller_line(L);
	it->pos.col = 0;
	it->body_line = it->pos.line;
	return box;
}

/* Hands the item to the pack, which owns it from now on (an item with
 * another 'lang' than the default as a translation, as a content file's
 * is); the recorder keeps the call's event instead, and frees the item. */
static void
commit_box(lua_State *L, struct item **box)
{
	struct scen_run *r = scen_run_of(L);
	if (SCEN_RECORDING(r)) {
		r->pending = SIZE_MAX;
		pack_item_free(*box);
	} else {
		pack_add_in_lang(r->pack, *box);
	}
	*box = NULL;
	r->items++;
}

/* Starts an event of the record, dropping one a failed call left. */
static void
begin_event(struct scen_run *r, enum scen_event event, int line)
{
	if (r->pending != SIZE_MAX)
		r->record->len = r->pending;
	r->pending = r->record->len;
	scen_wire_u8(r->record, event);
	scen_wire_i32(r->record, line);
}

/*
 * The argument table of fn, which makes an item of kind. The recorder
 * writes a copy of it into the call's event and puts the copy read back
 * in its place, so that what is checked here is exactly what the replayer
 * reads, whatever the script (or a finalizer) does to the table later.
 * The event is kept only once the item is made (commit_box).
 */
static void
take_arguments(lua_State *L, enum item_kind kind, const char *fn)
{
	struct scen_run *r = scen_run_of(L);
	if (!SCEN_RECORDING(r))
		return;
	refuse_finalizer(L, fn);
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 1);
	begin_event(r, SCEN_EVENT_CALL, caller_line(L));
	scen_wire_u8(r->record, (unsigned)kind);
	size_t at = r->record->len;
	size_t used = r->memory + r->copied;
	size_t budget = used < r->limits->memory ? r->limits->memory - used :
	    0;
	if (scen_wire_put(L, 1, r->record, budget) != 0)
		over_memory(L);
	charge(L, r->record->len - r->pending);
	if (scen_wire_get(L, r->record->data, r->record->len, &at) != 0)
		luaL_error(L, "%s: the table cannot be copied", fn);
	lua_replace(L, 1);
}

/* ---- Lua values as the schema reads them ---- */

/* Gathers the schema's messages; the first is raised as a Lua error once
 * every field has been read, so that nothing is left half-built. */
struct lua_report {
	char *first;
};

static void
keep_first(void *ctx, const struct srcpos *at, const char *msg)
{
	struct lua_report *lr = ctx;
	(void)at;	/* every field of a call is at the call's line */
	if (lr->first == NULL)
		lr->first = xstrdup(msg);
}

/* Raises the first message, if any, as "sharepack.FN: message". */
static void
raise_first(lua_State *L, struct lua_report *lr, const char *fn)
{
	if (lr->first == NULL)
		return;
	lua_pushfstring(L, "sharepack.%s: %s", fn, lr->first);
	free(lr->first);
	lr->first = NULL;
	luaL_where(L, 1);
	lua_insert(L, -2);
	lua_concat(L, 2);
	lua_error(L);
}

/* The string at idx (a number is converted where it stands), checked for
 * length and NUL bytes and charged to the script. */
static const char *
checked_string(lua_State *L, int idx, const char *fn, const char *key)
{
	size_t len;
	const char *s = lua_tolstring(L, idx, &len);
	if (len > SCEN_MAX_TEXT)
		luaL_error(L, "sharepack.%s: '%s' is longer than %d KiB", fn,
		    key, (int)(SCEN_MAX_TEXT / 1024));
	if (strlen(s) != len)
		luaL_error(L, "sharepack.%s: '%s' contains a NUL byte", fn,
		    key);
	charge(L, len);
	return s;
}

static int
table_is_empty(lua_State *L, int idx)
{
	lua_pushnil(L);
	if (lua_next(L, idx) == 0)
		return 1;
	lua_pop(L, 2);
	return 0;
}

/* The value at idx, without entries; it must stay on the stack while the
 * result is used. */
static struct schema_value
shallow_value(lua_State *L, int idx, const struct srcpos *at, const char *fn,
    const char *key)
{
	struct schema_value v = { SCHEMA_SCALAR, NULL, NULL, *at, NULL, NULL,
	    0 };
	switch (lua_type(L, idx)) {
	case LUA_TSTRING:
	case LUA_TNUMBER:
		v.text = checked_string(L, idx, fn, key);
		break;
	case LUA_TBOOLEAN:
		v.shape = SCHEMA_BOOL;
		v.text = lua_toboolean(L, idx) ? "true" : "false";
		break;
	case LUA_TTABLE:
		v.shape = scen_wire_len(L, idx) > 0 || table_is_empty(L, idx) ?
		    SCHEMA_SEQ : SCHEMA_MAP;
		break;
	default:
		v.shape = SCHEMA_OTHER;
		v.type_name = lua_typename(L, lua_type(L, idx));
		break;
	}
	return v;
}

/* Room for n values in a userdata left on the stack, so that a Lua error
 * frees it. */
static struct schema_value *
value_array(lua_State *L, size_t n)
{
	luaL_checkstack(L, (int)(2 * n + 4), "a list too long to read");
	return lua_newuserdatauv(L, n * sizeof(struct schema_value) + 1, 0);
}

/* The entries of the table at idx (a list or a mapping) into v; every
 * entry is pushed and stays on the stack. */
static void
table_entries(lua_State *L, int idx, struct schema_value *v, const char *fn,
    const char *key)
{
	size_t n = 0;
	if (v->shape == SCHEMA_SEQ) {
		n = scen_wire_len(L, idx);
	} else {
		lua_pushnil(L);
		while (n <= SCHEMA_MAX_LIST && lua_next(L, idx) != 0) {
			lua_pop(L, 1);
			n++;
		}
		if (n > SCHEMA_MAX_LIST)
			lua_pop(L, 1);
	}
	v->count = n;
	if (n > SCHEMA_MAX_LIST)
		return;		/* the schema says it is too long */
	struct schema_value *items = value_array(L, n);
	struct schema_value *keys = v->shape == SCHEMA_MAP ?
	    value_array(L, n) : NULL;
	if (keys == NULL) {
		for (size_t i = 0; i < n; i++) {
			lua_rawgeti(L, idx, (lua_Integer)i + 1);
			items[i] = shallow_value(L, lua_gettop(L), &v->pos, fn,
			    key);
		}
	} else {
		/* In a fixed order, so that the first problem is the same
		 * one every time. */
		scen_sorted_keys(L, idx, NULL);
		int sorted = lua_gettop(L);
		for (size_t i = 0; i < n; i++) {
			/* Key and value stay on the stack. */
			lua_rawgeti(L, sorted, (lua_Integer)i + 1);
			lua_pushvalue(L, -1);
			lua_rawget(L, idx);
			keys[i] = shallow_value(L, lua_gettop(L) - 1, &v->pos,
			    fn, key);
			items[i] = shallow_value(L, lua_gettop(L), &v->pos,
			    fn, key);
		}
	}
	v->items = items;
	v->keys = keys;
}

/* The value at idx with its entries. Everything it points to is on the
 * stack above idx: the caller resets the stack when done with it. */
static struct schema_value
lua_value(lua_State *L, int idx, const struct srcpos *at, const char *fn,
    const char *key)
{
	struct schema_value v = shallow_value(L, idx, at, fn, key);
	if (v.shape == SCHEMA_SEQ || v.shape == SCHEMA_MAP)
		table_entries(L, idx, &v, fn, key);
	return v;
}

/* Pushes t[key] without running the table's metamethods. */
static int
raw_field(lua_State *L, int t, const char *key)
{
	lua_pushstring(L, key);
	return lua_rawget(L, t);
}

/* Raises the error for field k, which the kind that fn makes does not
 * have, naming the field it is nearest to. */
static void
unknown_field(lua_State *L, enum item_kind kind, const char *fn,
    const char *k)
{
	const char *names[KEY_COUNT + 1];
	size_t n = 0;
	for (int i = 0; i < KEY_COUNT; i++)
		if ((schema_keys[i].from & SCHEMA_FROM_LUA) &&
		    schema_applies((enum item_key)i, kind))
			names[n++] = schema_keys[i].name;
	names[n] = NULL;
	const char *near = diag_nearest(k, names);
	if (near != NULL)
		luaL_error(L, "sharepack.%s: unknown field '%s'; did you mean "
		    "'%s'?", fn, k, near);
	luaL_error(L, "sharepack.%s: unknown field '%s'; check its spelling "
	    "(scenarios/README.md lists them)", fn, k);
}

/* Every field of the argument table must be a key of the schema for the
 * kind that fn makes. */
static void
check_fields(lua_State *L, enum item_kind kind, const char *fn)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	scen_sorted_keys(L, 1, NULL);
	int sorted = lua_gettop(L);
	lua_Integer n = (lua_Integer)lua_rawlen(L, sorted);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, sorted, i);
		if (lua_type(L, -1) != LUA_TSTRING)
			luaL_error(L, "sharepack.%s: fields are named, such as "
			    "title = \"...\"", fn);
		const char *k = lua_tostring(L, -1);
		int key = schema_find(k, SCHEMA_FROM_LUA);
		if (key < 0 || !schema_applies((enum item_key)key, kind))
			unknown_field(L, kind, fn, k);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
}

/* A vignette may leave 'expected' to its facts. */
static void
expected_from_facts(struct item *it)
{
	enum decide_question q;
	if (it->kind == ITEM_VIGNETTE && !pack_given(it, KEY_EXPECTED) &&
	    pack_given(it, KEY_FACTS) &&
	    decide(it->vignette.facts, &it->vignette.expected, &q) == 0)
		it->given |= KEY_BIT(KEY_EXPECTED);
}

/*
 * Starts an item of kind from the argument table: checks its fields, and
 * reads every one the schema stores. Leaves the item's box on the stack
 * and returns it; raises the first problem as a Lua error.
 */
static struct item **
read_item(lua_State *L, enum item_kind kind, const char *fn)
{
	check_fields(L, kind, fn);
	struct item **box = new_box(L, kind);
	struct item *it = *box;
	int base = lua_gettop(L);
	struct lua_report lr = { NULL };
	struct schema_report r = { &schema_lua, keep_first, &lr, 0 };
	for (int k = 0; k < KEY_COUNT; k++) {
		const struct schema_key *key = &schema_keys[k];
		if (!(key->from & SCHEMA_FROM_LUA) ||
		    !schema_applies((enum item_key)k, kind) ||
		    key->type == SCHEMA_STEPS)
			continue;
		if (raw_field(L, 1, key->name) == LUA_TNIL) {
			lua_pop(L, 1);
			continue;
		}
		struct schema_value v = lua_value(L, lua_gettop(L), &it->pos,
		    fn, key->name);
		schema_set(it, (enum item_key)k, &v, &it->pos, &r);
	}
	lua_settop(L, base);
	expected_from_facts(it);
	if (kind == ITEM_SCENARIO && raw_field(L, 1, "steps") != LUA_TNIL)
		it->given |= KEY_BIT(KEY_STEPS);
	lua_pop(L, 1);
	schema_check_required(it, &r);
	raise_first(L, &lr, fn);
	return box;
}

/* The Markdown of field key (checked by read_item), parsed and charged. */
static cmark_node *
field_markdown(lua_State *L, int t, const char *key)
{
	size_t len = 0;
	const char *s = "";
	int type = raw_field(L, t, key);
	if (type == LUA_TSTRING || type == LUA_TNUMBER)
		s = lua_tolstring(L, -1, &len);
	charge(L, len * (MARKDOWN_COST - 1));
	cmark_node *doc = md_parse(s, len);
	lua_pop(L, 1);
	return doc;
}

/* ---- facts and decide ---- */

static int
api_decide(lua_State *L)
{
	refuse_finalizer(L, "sharepack.decide");
	luaL_checktype(L, 1, LUA_TTABLE);
	int base = lua_gettop(L);
	struct srcpos at = { scen_run_of(L)->path, caller_line(L), 0 };
	struct lua_report lr = { NULL };
	struct schema_report r = { &schema_lua, keep_first, &lr, 0 };
	struct schema_value v = lua_value(L, 1, &at, "decide", "facts");
	enum fact facts[DECIDE_QUESTIONS] = { FACT_UNSET };
	schema_facts(&v, &r, facts);
	lua_settop(L, base);
	raise_first(L, &lr, "decide");
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
	take_arguments(L, ITEM_VIGNETTE, "sharepack.vignette");
	struct item **box = read_item(L, ITEM_VIGNETTE, "vignette");
	struct item *it = *box;
	/* The body a Markdown vignette has: the case, then "## Why". */
	raw_field(L, 1, "case");
	raw_field(L, 1, "why");
	const char *text = lua_tostring(L, -2), *why = lua_tostring(L, -1);
	char *body = xasprintf("%s\n\n## Why\n\n%s\n", text, why);
	size_t len = strlen(body);
	lua_pop(L, 2);
	charge(L, len * (MARKDOWN_COST - 1));
	it->doc = md_parse(body, len);
	free(body);
	commit_box(L, box);
	return 0;
}

static int
api_myth(lua_State *L)
{
	take_arguments(L, ITEM_MYTH, "sharepack.myth");
	struct item **box = read_item(L, ITEM_MYTH, "myth");
	(*box)->doc = field_markdown(L, 1, "body");
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

/* The line sharepack.step or sharepack.choice recorded for the table at
 * idx, or fallback for a plain table. */
static int
line_of(lua_State *L, int idx, int fallback)
{
	idx = lua_absindex(L, idx);
	lua_getfield(L, LUA_REGISTRYINDEX, SCEN_LINES_KEY);
	lua_pushvalue(L, idx);
	lua_rawget(L, -2);
	int line = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) :
	    fallback;
	lua_pop(L, 2);
	return line;
}

/* A copy of the string field key of the table at t, or NULL when absent;
 * an error at line when it is not a string. */
static char *
step_string(lua_State *L, int t, const char *key, int line)
{
	char *out = NULL;
	int type = raw_field(L, t, key);
	if (type == LUA_TSTRING) {
		size_t len;
		const char *s = checked_string(L, -1, "scenario", key);
		lua_tolstring(L, -1, &len);
		out = xstrndup(s, len);
	} else if (type != LUA_TNIL) {
		error_at(L, line, "sharepack.scenario: '%s' must be a string, "
		    "not a %s", key, luaL_typename(L, -1));
	}
	lua_pop(L, 1);
	return out;
}

static cmark_node *
step_markdown(lua_State *L, int t, const char *key, int line)
{
	char *text = step_string(L, t, key, line);
	if (text == NULL)
		return NULL;
	size_t len = strlen(text);
	charge(L, len * (MARKDOWN_COST - 1));
	cmark_node *doc = md_parse(text, len);
	free(text);
	return doc;
}

/* The index of the string field key of the table at t in words (NULL-
 * ended), -1 when absent; an error at line when it is none of them. */
static int
word_field(lua_State *L, int t, const char *key, const char *const *words,
    int line, const char *what, const char *choices)
{
	int type = raw_field(L, t, key), found = -1;
	if (type == LUA_TSTRING) {
		for (int i = 0; words[i] != NULL && found < 0; i++)
			if (strcmp(lua_tostring(L, -1), words[i]) == 0)
				found = i;
	}
	if (type != LUA_TNIL && found < 0)
		error_at(L, line, "sharepack.scenario: %s must be %s", what,
		    choices);
	lua_pop(L, 1);
	return found;
}

/* Every field of the table at idx is one of fields; an error at line
 * naming what the table is otherwise. */
static void
check_table_fields(lua_State *L, int idx, const char *const *fields,
    int line, const char *what, const char *has)
{
	scen_sorted_keys(L, idx, NULL);
	int sorted = lua_gettop(L);
	lua_Integer n = (lua_Integer)lua_rawlen(L, sorted);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, sorted, i);
		const char *k = lua_type(L, -1) == LUA_TSTRING ?
		    lua_tostring(L, -1) : "";
		const char *const *f;
		for (f = fields; *f != NULL; f++)
			if (strcmp(k, *f) == 0)
				break;
		const char *near = *f == NULL ? diag_nearest(k, fields) : NULL;
		if (near != NULL)
			error_at(L, line, "sharepack.scenario: %s has an "
			    "unknown field '%s'; did you mean '%s'?", what, k,
			    near);
		if (*f == NULL)
			error_at(L, line, "sharepack.scenario: %s has an "
			    "unknown field '%s'; %s", what, k, has);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
}

/* A choice's grade: 'grade', or the older 'expected = true' (a choice
 * that is neither is unsafe). */
static enum grade
read_grade(lua_State *L, int c, const char *what, int line)
{
	static const char *const grades[] = { "unsafe", "acceptable",
	    "expected", NULL };
	char field[128];
	snprintf(field, sizeof field, "'grade' of %s", what);
	int g = word_field(L, c, "grade", grades, line, field,
	    "\"expected\", \"acceptable\" or \"unsafe\"");
	int expected = raw_field(L, c, "expected");
	int yes = lua_toboolean(L, -1);
	lua_pop(L, 1);
	if (expected != LUA_TNIL && expected != LUA_TBOOLEAN)
		error_at(L, line, "sharepack.scenario: 'expected' of %s must be "
		    "true or false", what);
	if (expected != LUA_TNIL && g >= 0)
		error_at(L, line, "sharepack.scenario: %s has both 'grade' and "
		    "'expected'; keep 'grade'", what);
	if (g >= 0)
		return (enum grade)g;
	return yes ? GRADE_EXPECTED : GRADE_UNSAFE;
}

/* A choice's rules, principles and supports, checked as an item's are. */
static void
read_citations(lua_State *L, int c, struct scen_choice *ch, const char *what)
{
	static const enum item_key keys[] = { KEY_RULES, KEY_PRINCIPLES,
	    KEY_SUPPORTS };
	void *fields[] = { &ch->rules, &ch->principles, &ch->supports };
	int base = lua_gettop(L);
	struct lua_report lr = { NULL };
	struct schema_report r = { &schema_lua, keep_first, &lr, 0 };
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *name = schema_keys[keys[i]].name;
		if (raw_field(L, c, name) == LUA_TNIL) {
			lua_pop(L, 1);
			continue;
		}
		struct schema_value v = lua_value(L, lua_gettop(L), &ch->pos,
		    "scenario", name);
		schema_store(keys[i], &v, &r, fields[i]);
	}
	lua_settop(L, base);
	if (lr.first == NULL)
		return;
	/* Kept on the Lua stack, so that the error frees it. */
	lua_pushstring(L, lr.first);
	free(lr.first);
	error_at(L, ch->pos.line, "sharepack.scenario: %s: %s", what,
	    lua_tostring(L, -1));
}

/* Reads choice i (the table at c) of step st. */
static void
read_choice(lua_State *L, int c, struct scen_step *st, size_t i)
{
	static const char *const fields[] = { "label", "go", "grade",
	    "expected", "feedback", "rules", "principles", "supports",
	    NULL };
	struct scen_choice *ch = &st->choices[i];
	ch->pos = st->pos;
	ch->pos.line = line_of(L, c, st->pos.line);
	char what[96];
	snprintf(what, sizeof what, "choice %d of step '%s'", (int)i + 1,
	    st->id);
	check_table_fields(L, c, fields, ch->pos.line, what, "a choice has "
	    "label, go, grade, feedback, rules, principles and supports");
	ch->label = step_string(L, c, "label", ch->pos.line);
	ch->go = step_string(L, c, "go", ch->pos.line);
	if (ch->label == NULL || ch->go == NULL)
		error_at(L, ch->pos.line, "sharepack.scenario: %s needs a "
		    "'label' and the step it leads to ('go')", what);
	ch->grade = read_grade(L, c, what, ch->pos.line);
	ch->feedback = step_markdown(L, c, "feedback", ch->pos.line);
	if (ch->feedback == NULL)
		error_at(L, ch->pos.line, "sharepack.scenario: %s needs "
		    "'feedback' saying why", what);
	read_citations(L, c, ch, what);
}

/* Reads steps[id] (the table at idx) into st. */
static void
read_step(lua_State *L, int idx, struct scen_step *st)
{
	static const char *const fields[] = { "text", "choices", "ending",
	    "title", "outcome", NULL };
	static const char *const outcomes[] = { "good", "mixed", "poor",
	    NULL };
	char what[96];
	snprintf(what, sizeof what, "step '%s'", st->id);
	check_table_fields(L, idx, fields, st->pos.line, what, "a step has "
	    "text and choices, or ending, title, outcome and text");
	raw_field(L, idx, "ending");
	st->ending = lua_toboolean(L, -1);
	lua_pop(L, 1);
	int outcome = word_field(L, idx, "outcome", outcomes, st->pos.line,
	    "an ending's 'outcome'", "\"good\", \"mixed\" or \"poor\"");
	st->outcome = outcome < 0 ? ENDING_UNMARKED :
	    (enum ending_outcome)(outcome + 1);
	st->text = step_markdown(L, idx, "text", st->pos.line);
	if (st->text == NULL)
		error_at(L, st->pos.line, "sharepack.scenario: step '%s' needs "
		    "'text'", st->id);
	st->title = step_string(L, idx, "title", st->pos.line);
	int type = raw_field(L, idx, "choices");
	if (type == LUA_TNIL) {
		lua_pop(L, 1);
		return;
	}
	if (type != LUA_TTABLE)
		error_at(L, st->pos.line, "sharepack.scenario: the choices of "
		    "step '%s' must be a list", st->id);
	int list = lua_gettop(L);
	lua_Unsigned n = scen_wire_len(L, list);
	if (n > 6)
		error_at(L, st->pos.line, "sharepack.scenario: step '%s' has "
		    "%d choices; give two to six", st->id, (int)n);
	st->choices = xcalloc((size_t)n, sizeof *st->choices);
	for (lua_Unsigned i = 0; i < n; i++) {
		if (lua_rawgeti(L, list, (lua_Integer)i + 1) != LUA_TTABLE)
			error_at(L, st->pos.line, "sharepack.scenario: choice "
			    "%d of step '%s' must be a table { label = ..., "
			    "go = ... }", (int)i + 1, st->id);
		st->choice_count++;
		read_choice(L, lua_gettop(L), st, (size_t)i);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
}

/* The ids of the steps table at idx, sorted, since Lua's table order is
 * not stable: into sc->steps. */
static void
read_step_ids(lua_State *L, int steps, struct item *it)
{
	struct scenario_part *sc = &it->scenario;
	size_t n = 0;
	lua_pushnil(L);
	while (lua_next(L, steps) != 0) {
		lua_pop(L, 1);
		if (lua_type(L, -1) != LUA_TSTRING ||
		    !valid_step_id(lua_tostring(L, -1)))
			luaL_error(L, "sharepack.scenario: step ids are names "
			    "of a-z, 0-9, '-' and '_'");
		if (++n > SCEN_MAX_STEPS)
			luaL_error(L, "sharepack.scenario: more than %d steps",
			    SCEN_MAX_STEPS);
	}
	sc->steps = xcalloc(n, sizeof *sc->steps);
	const char **ids = lua_newuserdatauv(L, n * sizeof(char *) + 1, 0);
	size_t k = 0;
	lua_pushnil(L);
	while (lua_next(L, steps) != 0) {
		lua_pop(L, 1);
		/* Valid while the steps table holds them as keys. */
		ids[k++] = lua_tostring(L, -1);
	}
	qsort(ids, n, sizeof(char *), compare_strings);
	for (size_t i = 0; i < n; i++) {
		sc->steps[i].id = xstrdup(ids[i]);
		sc->steps[i].pos = it->pos;
		sc->step_count++;
	}
	lua_pop(L, 1);
}

static int
api_scenario(lua_State *L)
{
	take_arguments(L, ITEM_SCENARIO, "sharepack.scenario");
	struct item **box = read_item(L, ITEM_SCENARIO, "scenario");
	struct item *it = *box;
	it->doc = field_markdown(L, 1, "intro");
	if (raw_field(L, 1, "steps") != LUA_TTABLE)
		return luaL_error(L, "sharepack.scenario: 'steps' must be a "
		    "table of steps by id");
	int steps = lua_gettop(L);
	read_step_ids(L, steps, it);
	for (size_t i = 0; i < it->scenario.step_count; i++) {
		struct scen_step *st = &it->scenario.steps[i];
		if (raw_field(L, steps, st->id) != LUA_TTABLE)
			return luaL_error(L, "sharepack.scenario: step '%s' "
			    "must be a table", st->id);
		st->pos.line = line_of(L, -1, st->pos.line);
		read_step(L, lua_gettop(L), st);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	commit_box(L, box);
	return 0;
}

/* sharepack.step{...} and sharepack.choice{...}: return their table, and
 * remember the line they were called on, so that checks can name it. */
static int
api_mark_line(lua_State *L)
{
	refuse_finalizer(L, "sharepack.step");
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 1);
	lua_getfield(L, LUA_REGISTRYINDEX, SCEN_LINES_KEY);
	lua_pushvalue(L, 1);
	lua_pushinteger(L, caller_line(L));
	lua_rawset(L, -3);
	lua_pop(L, 1);
	return 1;
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
	struct scen_run *r = scen_run_of(L);
	refuse_finalizer(L, "sharepack.random");
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

/* print: its arguments as tostring gives them, separated by tabs, become
 * a warning of the build at the line of the call. */
static int
api_print(lua_State *L)
{
	struct scen_run *r = scen_run_of(L);
	refuse_finalizer(L, "print");
	int n = lua_gettop(L);
	luaL_Buffer b;
	luaL_buffinit(L, &b);
	for (int i = 1; i <= n; i++) {
		if (i > 1)
			luaL_addchar(&b, '\t');
		scen_tolstring(L, i, NULL);
		luaL_addvalue(&b);
	}
	luaL_pushresult(&b);
	size_t len;
	const char *text = lua_tolstring(L, -1, &len);
	if (SCEN_RECORDING(r)) {
		begin_event(r, SCEN_EVENT_PRINT, caller_line(L));
		scen_wire_string(r->record, text, len);
		r->pending = SIZE_MAX;
		charge(L, len);
	}
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
	{ "step", api_mark_line },
	{ "choice", api_mark_line },
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
	lua_pushcfunction(L, scen_next);
	lua_setfield(L, g, "next");
	lua_pushcfunction(L, scen_pairs);
	lua_setfield(L, g, "pairs");
	lua_pushcfunction(L, scen_tostring);
	lua_setfield(L, g, "tostring");
	lua_newtable(L);
	lua_pushcfunction(L, globals_index);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, g);

	lua_getfield(L, g, LUA_STRLIBNAME);
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_getfield(L, -1, "format");
	lua_pushcclosure(L, scen_format, 1);
	lua_setfield(L, -2, "format");
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

	scen_weak_registry(L, SCEN_LINES_KEY);
	lua_pop(L, 1);
	scen_wire_open(L);

	luaL_newlib(L, sharepack_funcs);
	lua_pushvalue(L, -1);
	lua_setfield(L, g, "sharepack");
	lua_setfield(L, g, "sp");
	lua_pop(L, 1);
	return 0;
}

lua_CFunction
scen_api_maker(enum item_kind kind)
{
	return kind == ITEM_VIGNETTE ? api_vignette : kind == ITEM_MYTH ?
	    api_myth : api_scenario;
}
