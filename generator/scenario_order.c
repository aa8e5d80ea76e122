/*
 * scenario_order.c: the sandbox's answers where Lua leaves the outcome to
 * chance, so that a script gives the same output in every build. Lua seeds
 * its string hash afresh for every state, so its own next and pairs visit
 * a table's keys in a different order each time: the sandbox's sort the
 * keys instead (numbers, then strings, then booleans), and keep the sorted
 * list of a table while a loop over it runs, so that the loop costs n log
 * n, not n squared. And tostring shows a table or function by its address,
 * which changes from run to run: the sandbox's tostring (and print, and %s
 * in string.format) numbers them in the order they are first shown.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "scenario_run.h"

/* The registry key of the weak table from a table being iterated to its
 * order: { the sorted keys, a map from each key to its place }. */
#define ORDER_KEY "sharepack.order"

/* A key as the sort sees it; strings point into Lua, which keeps them
 * while the unsorted list holds the keys. */
struct key_ref {
	int rank;		/* 0 number, 1 string, 2 boolean, 3 other */
	int is_int;
	lua_Integer i;
	lua_Number n;
	const char *s;
	size_t len;
	lua_Integer at;		/* place in the unsorted list */
};

static int
rank_of(int type)
{
	switch (type) {
	case LUA_TNUMBER:
		return 0;
	case LUA_TSTRING:
		return 1;
	case LUA_TBOOLEAN:
		return 2;
	default:
		return 3;
	}
}

static int
compare_numbers(const struct key_ref *a, const struct key_ref *b)
{
	if (a->is_int && b->is_int)
		return (a->i > b->i) - (a->i < b->i);
	lua_Number x = a->is_int ? (lua_Number)a->i : a->n;
	lua_Number y = b->is_int ? (lua_Number)b->i : b->n;
	if (x != y)
		return (x > y) - (x < y);
	/* Equal as floats, different as keys: whole numbers first. */
	return b->is_int - a->is_int;
}

static int
compare_keys(const void *pa, const void *pb)
{
	const struct key_ref *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank - b->rank;
	int c = 0;
	switch (a->rank) {
	case 0:
		c = compare_numbers(a, b);
		break;
	case 1:
		c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
		if (c == 0)
			c = (a->len > b->len) - (a->len < b->len);
		break;
	case 2:
		c = (int)a->i - (int)b->i;
		break;
	}
	if (c == 0)
		c = (a->at > b->at) - (a->at < b->at);
	return c;
}

/* The key on top of the stack, which the list at index list holds as its
 * entry at. */
static struct key_ref
key_ref_of(lua_State *L, lua_Integer at)
{
	struct key_ref k;
	memset(&k, 0, sizeof k);
	k.rank = rank_of(lua_type(L, -1));
	k.at = at;
	if (k.rank == 0) {
		k.is_int = lua_isinteger(L, -1);
		if (k.is_int)
			k.i = lua_tointeger(L, -1);
		else
			k.n = lua_tonumber(L, -1);
	} else if (k.rank == 1) {
		k.s = lua_tolstring(L, -1, &k.len);
	} else if (k.rank == 2) {
		k.i = lua_toboolean(L, -1);
	}
	return k;
}

void
scen_sorted_keys(lua_State *L, int idx, const char *fn)
{
	idx = lua_absindex(L, idx);
	luaL_checkstack(L, 6, NULL);
	lua_Integer n = 0;
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		lua_pop(L, 1);
		n++;
	}
	scen_spend(L, (long)n);
	lua_createtable(L, n > 0 && n < 1 << 30 ? (int)n : 0, 0);
	int list = lua_gettop(L);
	struct key_ref *refs = lua_newuserdatauv(L, (size_t)n * sizeof *refs +
	    1, 0);
	lua_Integer at = 0;
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		lua_pop(L, 1);
		if (fn != NULL && rank_of(lua_type(L, -1)) == 3)
			luaL_error(L, "%s: keys of type %s have no fixed order, "
			    "so the loop would not run the same way twice; "
			    "keep such values in a list and use ipairs", fn,
			    luaL_typename(L, -1));
		lua_pushvalue(L, -1);
		lua_rawseti(L, list, ++at);
		refs[at - 1] = key_ref_of(L, at);
	}
	qsort(refs, (size_t)n, sizeof *refs, compare_keys);
	lua_createtable(L, n > 0 && n < 1 << 30 ? (int)n : 0, 0);
	for (lua_Integer i = 0; i < n; i++) {
		lua_rawgeti(L, list, refs[i].at);
		lua_rawseti(L, -2, i + 1);
	}
	lua_replace(L, list);
	lua_pop(L, 1);
}

/* Sorts the keys of the table at index 1 and keeps its order in the
 * cache at index 3; leaves the order on the stack. */
static void
build_order(lua_State *L)
{
	lua_settop(L, 3);
	lua_createtable(L, 2, 0);
	scen_sorted_keys(L, 1, "next");
	lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
	lua_createtable(L, 0, n > 0 && n < 1 << 30 ? (int)n : 0);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, -2, i);
		lua_pushinteger(L, i);
		lua_rawset(L, -3);
	}
	lua_rawseti(L, 4, 2);
	lua_rawseti(L, 4, 1);
	lua_pushvalue(L, 1);
	lua_pushvalue(L, 4);
	lua_rawset(L, 3);
}

/* The place of the key at index 2 in the order at index 4, or 0. */
static lua_Integer
place_of(lua_State *L)
{
	lua_rawgeti(L, 4, 2);
	lua_pushvalue(L, 2);
	lua_rawget(L, -2);
	lua_Integer at = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
	lua_pop(L, 2);
	return at;
}

void
scen_weak_registry(lua_State *L, const char *key)
{
	if (lua_getfield(L, LUA_REGISTRYINDEX, key) != LUA_TNIL)
		return;
	lua_pop(L, 1);
	lua_newtable(L);
	lua_newtable(L);
	lua_pushliteral(L, "k");
	lua_setfield(L, -2, "__mode");
	lua_setmetatable(L, -2);
	lua_pushvalue(L, -1);
	lua_setfield(L, LUA_REGISTRYINDEX, key);
}

int
scen_next(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 2);
	/* Weak in its keys: a table's order goes with the table. */
	scen_weak_registry(L, ORDER_KEY);
	lua_Integer at = 0;
	if (lua_isnil(L, 2)) {
		build_order(L);
	} else {
		lua_pushvalue(L, 1);
		if (lua_rawget(L, 3) != LUA_TTABLE)
			build_order(L);
		at = place_of(L);
		if (at == 0) {
			/* A loop that another loop over the same table ended:
			 * sort again. */
			build_order(L);
			at = place_of(L);
			if (at == 0)
				return luaL_error(L, "invalid key to 'next'");
		}
	}
	lua_rawgeti(L, 4, 1);
	lua_Integer n = (lua_Integer)lua_rawlen(L, 5);
	for (lua_Integer i = at + 1; i <= n; i++) {
		lua_rawgeti(L, 5, i);
		lua_pushvalue(L, -1);
		if (lua_rawget(L, 1) != LUA_TNIL)
			return 2;
		lua_pop(L, 2);	/* a key the loop set to nil */
	}
	/* The loop is over: its order is no longer needed. */
	lua_pushvalue(L, 1);
	lua_pushnil(L);
	lua_rawset(L, 3);
	lua_pushnil(L);
	return 1;
}

int
scen_pairs(lua_State *L)
{
	luaL_checkany(L, 1);
	if (luaL_getmetafield(L, 1, "__pairs") == LUA_TNIL) {
		lua_pushcfunction(L, scen_next);
		lua_pushvalue(L, 1);
		lua_pushnil(L);
	} else {
		lua_pushvalue(L, 1);
		lua_call(L, 1, 3);
	}
	return 3;
}

/* ---- names instead of addresses ---- */

/* The registry key of the weak table from a value to the number it is
 * named by, in the order tostring first met it. */
#define NAMES_KEY "sharepack.names"

const char *
scen_tolstring(lua_State *L, int idx, size_t *len)
{
	idx = lua_absindex(L, idx);
	int type = lua_type(L, idx);
	if (type != LUA_TTABLE && type != LUA_TFUNCTION &&
	    type != LUA_TUSERDATA && type != LUA_TTHREAD)
		return luaL_tolstring(L, idx, len);
	if (luaL_getmetafield(L, idx, "__tostring") != LUA_TNIL) {
		lua_pop(L, 1);
		return luaL_tolstring(L, idx, len);
	}
	int base = lua_gettop(L);
	const char *kind = luaL_typename(L, idx);
	if (luaL_getmetafield(L, idx, "__name") == LUA_TSTRING)
		kind = lua_tostring(L, -1);
	scen_weak_registry(L, NAMES_KEY);
	lua_pushvalue(L, idx);
	lua_Integer n;
	if (lua_rawget(L, -2) == LUA_TNUMBER) {
		n = lua_tointeger(L, -1);
	} else {
		/* The count lives in the table, under a key no script value
		 * can be. */
		lua_rawgetp(L, -2, NAMES_KEY);
		n = lua_tointeger(L, -1) + 1;
		lua_pop(L, 1);
		lua_pushinteger(L, n);
		lua_rawsetp(L, -3, NAMES_KEY);
		lua_pushvalue(L, idx);
		lua_pushinteger(L, n);
		lua_rawset(L, -4);
	}
	lua_pushfstring(L, "%s: %I", kind, (LUAI_UACINT)n);
	lua_copy(L, -1, base + 1);
	lua_settop(L, base + 1);
	return lua_tolstring(L, -1, len);
}

int
scen_tostring(lua_State *L)
{
	luaL_checkany(L, 1);
	scen_tolstring(L, 1, NULL);
	return 1;
}

/* Skips a conversion's flags, width and precision, as string.format
 * reads them; returns the conversion letter's place. */
static const char *
conversion_of(const char *p)
{
	while (*p != '\0' && strchr("-+ #0", *p) != NULL)
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	return p;
}

/* string.format, whose original is upvalue 1: a table or a function given
 * to %s is named as tostring names it, and %p is refused. */
int
scen_format(lua_State *L)
{
	const char *f = luaL_checkstring(L, 1);
	int arg = 1, top = lua_gettop(L);
	for (const char *p = f; *p != '\0'; p++) {
		if (*p != '%')
			continue;
		if (*++p == '%')
			continue;
		p = conversion_of(p);
		arg++;
		if (*p == 'p')
			return luaL_error(L, "string.format: '%%p' is not "
			    "available: it gives addresses, which change from "
			    "run to run");
		if (*p == 's' && arg <= top) {
			scen_tolstring(L, arg, NULL);
			lua_replace(L, arg);
		}
		if (*p == '\0')
			break;
	}
	/* Called as C, so that its messages name 'format'. */
	return lua_tocfunction(L, lua_upvalueindex(1))(L);
}
