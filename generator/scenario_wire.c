/*
 * scenario_wire.c: the values of a run's record, as the watched child
 * writes them and the parent reads them back: a table with every table it
 * reaches (breadth first, so that a table is written whole at the least
 * depth it is reached at, and shared or cyclic tables stay so), each with
 * its raw entries, its length and its line. The reader trusts nothing: it
 * checks every count, reference and type before it builds anything.
 *
 * A value is one byte and its data: 'f' false, 't' true, 'i' an int64,
 * 'd' a double, 's' a string (uint64 length, bytes), 'r' a string of at
 * least WIRE_SHARED bytes written before (uint64 id, from 1, in the order
 * they were written), 'R' a table (uint64 id, from 1), 'o' a value of
 * another type (a byte, its Lua type). Sharing strings keeps the copy of
 * a list that names one long string a thousand times as small as the
 * script's own table. A
 * table written whole is 'T', its line (int32), its length (uint64), its
 * count of entries (uint64) and that many keys and values; one nested past
 * WIRE_DEPTH is 'S', its length (uint64) and whether it has entries (a
 * byte). The table is its count of tables (uint64) and their records, the
 * first being the table itself.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "scenario_run.h"

/* The API reads tables five deep (scenario, steps, step, choices, choice,
 * and a choice's fields); deeper ones keep their shape only. */
#define WIRE_DEPTH 8

/* Strings this long are written once and then referred to. */
#define WIRE_SHARED 32

/* The registry key of the weak table from a table the reader built to
 * the length its original had: the length of a table with holes depends on
 * how it was built, so it is kept rather than rebuilt. */
#define LENGTHS_KEY "sharepack.lengths"

void
scen_wire_u8(struct buf *b, unsigned v)
{
	unsigned char c = (unsigned char)v;
	buf_add(b, &c, 1);
}

void
scen_wire_i32(struct buf *b, int32_t v)
{
	buf_add(b, &v, sizeof v);
}

static void
put_u64(struct buf *b, uint64_t v)
{
	buf_add(b, &v, sizeof v);
}

void
scen_wire_string(struct buf *b, const char *s, size_t len)
{
	uint32_t n = len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
	buf_add(b, &n, sizeof n);
	buf_add(b, s, n);
}

static int
read_bytes(const char *data, size_t len, size_t *pos, void *out, size_t n)
{
	if (*pos > len || len - *pos < n)
		return -1;
	memcpy(out, data + *pos, n);
	*pos += n;
	return 0;
}

int
scen_wire_read_u8(const char *data, size_t len, size_t *pos, unsigned *out)
{
	unsigned char c;
	if (read_bytes(data, len, pos, &c, 1) != 0)
		return -1;
	*out = c;
	return 0;
}

int
scen_wire_read_i32(const char *data, size_t len, size_t *pos, int32_t *out)
{
	return read_bytes(data, len, pos, out, sizeof *out);
}

static int
read_u64(const char *data, size_t len, size_t *pos, uint64_t *out)
{
	return read_bytes(data, len, pos, out, sizeof *out);
}

int
scen_wire_read_string(const char *data, size_t len, size_t *pos,
    const char **s, size_t *n)
{
	uint32_t m;
	if (read_bytes(data, len, pos, &m, sizeof m) != 0 || len - *pos < m)
		return -1;
	*s = data + *pos;
	*n = m;
	*pos += m;
	return 0;
}

/* ---- writing ---- */

/* The writer's work tables (stack indices) and where it stands. */
struct writer {
	int lines, ids, queue, strings;
	lua_Integer count;	/* tables given an id so far */
	lua_Integer shared;	/* long strings written so far */
	struct buf *b;
	size_t limit;		/* b may not grow past this length */
	int over;		/* it would have */
};

/* The id of the table at idx; a table seen for the first time is queued
 * to be written. */
static lua_Integer
table_id(lua_State *L, int idx, struct writer *w)
{
	lua_Integer id;
	lua_pushvalue(L, idx);
	if (lua_rawget(L, w->ids) == LUA_TNUMBER) {
		id = lua_tointeger(L, -1);
	} else {
		id = ++w->count;
		lua_pushvalue(L, idx);
		lua_pushinteger(L, id);
		lua_rawset(L, w->ids);
		lua_pushvalue(L, idx);
		lua_rawseti(L, w->queue, id);
	}
	lua_pop(L, 1);
	return id;
}

static void
put_string(lua_State *L, int idx, struct writer *w)
{
	size_t len;
	const char *s = lua_tolstring(L, idx, &len);
	if (len >= WIRE_SHARED) {
		lua_pushvalue(L, idx);
		if (lua_rawget(L, w->strings) == LUA_TNUMBER) {
			scen_wire_u8(w->b, 'r');
			put_u64(w->b, (uint64_t)lua_tointeger(L, -1));
			lua_pop(L, 1);
			return;
		}
		lua_pop(L, 1);
		lua_pushvalue(L, idx);
		lua_pushinteger(L, ++w->shared);
		lua_rawset(L, w->strings);
	}
	scen_wire_u8(w->b, 's');
	put_u64(w->b, len);
	if (w->b->len + len > w->limit)
		w->over = 1;
	else
		buf_add(w->b, s, len);
}

static void
put_value(lua_State *L, int idx, struct writer *w)
{
	struct buf *b = w->b;
	int type = lua_type(L, idx);
	if (type == LUA_TBOOLEAN) {
		scen_wire_u8(b, lua_toboolean(L, idx) ? 't' : 'f');
	} else if (type == LUA_TNUMBER && lua_isinteger(L, idx)) {
		int64_t v = (int64_t)lua_tointeger(L, idx);
		scen_wire_u8(b, 'i');
		buf_add(b, &v, sizeof v);
	} else if (type == LUA_TNUMBER) {
		double v = (double)lua_tonumber(L, idx);
		scen_wire_u8(b, 'd');
		buf_add(b, &v, sizeof v);
	} else if (type == LUA_TSTRING) {
		put_string(L, idx, w);
	} else if (type == LUA_TTABLE) {
		scen_wire_u8(b, 'R');
		put_u64(b, (uint64_t)table_id(L, idx, w));
	} else {
		scen_wire_u8(b, 'o');
		scen_wire_u8(b, (unsigned)type);
	}
}

/* Writes the record of the table at t (the top of the stack); stops when
 * the writer is past its limit. */
static void
put_table(lua_State *L, int t, int depth, struct writer *w)
{
	struct buf *b = w->b;
	uint64_t border = (uint64_t)lua_rawlen(L, t);
	lua_pushnil(L);
	int empty = lua_next(L, t) == 0;
	lua_settop(L, t);
	if (depth > WIRE_DEPTH) {
		scen_wire_u8(b, 'S');
		put_u64(b, border);
		scen_wire_u8(b, !empty);
		return;
	}
	lua_pushvalue(L, t);
	lua_rawget(L, w->lines);
	int32_t line = lua_isinteger(L, -1) ? (int32_t)lua_tointeger(L, -1) :
	    0;
	lua_pop(L, 1);
	scen_wire_u8(b, 'T');
	scen_wire_i32(b, line);
	put_u64(b, border);
	size_t count_at = b->len;
	uint64_t count = 0;
	put_u64(b, 0);
	lua_pushnil(L);
	while (!(w->over |= b->len > w->limit) && lua_next(L, t) != 0) {
		put_value(L, lua_gettop(L) - 1, w);
		put_value(L, lua_gettop(L), w);
		lua_pop(L, 1);
		count++;
	}
	lua_settop(L, t);
	memcpy(b->data + count_at, &count, sizeof count);
}

int
scen_wire_put(lua_State *L, int idx, struct buf *b, size_t budget)
{
	idx = lua_absindex(L, idx);
	luaL_checkstack(L, 12, NULL);
	struct writer w;
	lua_getfield(L, LUA_REGISTRYINDEX, SCEN_LINES_KEY);
	w.lines = lua_gettop(L);
	lua_newtable(L);
	w.ids = lua_gettop(L);
	lua_newtable(L);
	w.queue = lua_gettop(L);
	lua_newtable(L);
	w.strings = lua_gettop(L);
	w.count = 0;
	w.shared = 0;
	w.b = b;
	w.limit = b->len + budget;
	w.over = 0;
	size_t count_at = b->len;
	put_u64(b, 0);
	table_id(L, idx, &w);
	lua_Integer level_end = 1;
	int depth = 0;
	for (lua_Integer head = 1; head <= w.count && !w.over; head++) {
		if (head > level_end) {
			depth++;
			level_end = w.count;
		}
		lua_rawgeti(L, w.queue, head);
		put_table(L, lua_gettop(L), depth, &w);
		lua_pop(L, 1);
	}
	uint64_t count = (uint64_t)w.count;
	memcpy(b->data + count_at, &count, sizeof count);
	lua_pop(L, 4);
	return w.over || b->len > w.limit ? -1 : 0;
}

/* ---- reading ---- */

/* One table's record, as the first pass found it. */
struct record {
	size_t at;		/* where its entries start */
	uint64_t border, count;
	int32_t line;
	int whole;		/* 'T', not 'S' */
	int nonempty;		/* 'S' */
};

struct reader {
	const char *data;
	size_t len, pos;
	uint64_t tables;
	uint64_t shared;	/* long strings met so far */
	int built, strings;	/* stack indices: tables and long strings
				 * by id */
};

/* Skips one value, checking it; key says whether it is a table key, and
 * *in_array is set when it is an integer from 1 to border. */
static int
skip_value(struct reader *rd, int key, uint64_t border, int *in_array)
{
	unsigned tag, type;
	uint64_t u;
	int64_t i;
	double d;
	*in_array = 0;
	if (scen_wire_read_u8(rd->data, rd->len, &rd->pos, &tag) != 0)
		return -1;
	switch (tag) {
	case 'f':
	case 't':
		return 0;
	case 'i':
		if (read_bytes(rd->data, rd->len, &rd->pos, &i, sizeof i) != 0)
			return -1;
		*in_array = key && i >= 1 && (uint64_t)i <= border;
		return 0;
	case 'd':
		if (read_bytes(rd->data, rd->len, &rd->pos, &d, sizeof d) != 0)
			return -1;
		return key && isnan(d) ? -1 : 0;
	case 's':
		if (read_u64(rd->data, rd->len, &rd->pos, &u) != 0 ||
		    rd->len - rd->pos < u)
			return -1;
		rd->pos += (size_t)u;
		rd->shared += u >= WIRE_SHARED;
		return 0;
	case 'r':
	case 'R':
		if (read_u64(rd->data, rd->len, &rd->pos, &u) != 0)
			return -1;
		return u >= 1 && u <= (tag == 'r' ? rd->shared : rd->tables) ?
		    0 : -1;
	case 'o':
		if (scen_wire_read_u8(rd->data, rd->len, &rd->pos, &type) != 0)
			return -1;
		return type == LUA_TFUNCTION || type == LUA_TUSERDATA ||
		    type == LUA_TTHREAD || type == LUA_TLIGHTUSERDATA ? 0 : -1;
	default:
		return -1;
	}
}

/* Reads the record of one table, checking its entries, and creates the
 * table (pushed). */
static int
read_record(lua_State *L, struct reader *rd, struct record *rec)
{
	unsigned tag;
	memset(rec, 0, sizeof *rec);
	if (scen_wire_read_u8(rd->data, rd->len, &rd->pos, &tag) != 0)
		return -1;
	if (tag == 'S') {
		unsigned nonempty;
		if (read_u64(rd->data, rd->len, &rd->pos, &rec->border) != 0 ||
		    scen_wire_read_u8(rd->data, rd->len, &rd->pos, &nonempty) !=
		    0)
			return -1;
		rec->nonempty = nonempty != 0;
		lua_createtable(L, 0, 1);
		return 0;
	}
	if (tag != 'T' || scen_wire_read_i32(rd->data, rd->len, &rd->pos,
	    &rec->line) != 0 || read_u64(rd->data, rd->len, &rd->pos,
	    &rec->border) != 0 || read_u64(rd->data, rd->len, &rd->pos,
	    &rec->count) != 0 || rec->count > (rd->len - rd->pos) / 2 ||
	    rec->count > INT_MAX)
		return -1;
	rec->whole = 1;
	rec->at = rd->pos;
	uint64_t in_array = 0;
	for (uint64_t i = 0; i < rec->count; i++) {
		int a, ignored;
		if (skip_value(rd, 1, rec->border, &a) != 0 ||
		    skip_value(rd, 0, 0, &ignored) != 0)
			return -1;
		in_array += (uint64_t)a;
	}
	lua_createtable(L, (int)in_array, (int)(rec->count - in_array));
	return 0;
}

static uint64_t
take_u64(struct reader *rd)
{
	uint64_t u;
	memcpy(&u, rd->data + rd->pos, sizeof u);
	rd->pos += sizeof u;
	return u;
}

/* Pushes the value at rd->pos, which skip_value checked. */
static void
push_value(lua_State *L, struct reader *rd)
{
	unsigned char tag = (unsigned char)rd->data[rd->pos++];
	uint64_t u;
	double d;
	switch (tag) {
	case 'f':
	case 't':
		lua_pushboolean(L, tag == 't');
		break;
	case 'i':
		u = take_u64(rd);
		lua_pushinteger(L, (lua_Integer)(int64_t)u);
		break;
	case 'd':
		memcpy(&d, rd->data + rd->pos, sizeof d);
		rd->pos += sizeof d;
		lua_pushnumber(L, (lua_Number)d);
		break;
	case 's':
		u = take_u64(rd);
		lua_pushlstring(L, rd->data + rd->pos, (size_t)u);
		rd->pos += (size_t)u;
		if (u >= WIRE_SHARED) {
			lua_pushvalue(L, -1);
			lua_rawseti(L, rd->strings, (lua_Integer)++rd->shared);
		}
		break;
	case 'r':
		lua_rawgeti(L, rd->strings, (lua_Integer)take_u64(rd));
		break;
	case 'R':
		lua_rawgeti(L, rd->built, (lua_Integer)take_u64(rd));
		break;
	default:	/* 'o': a stand-in of the same type, unique */
		tag = (unsigned char)rd->data[rd->pos++];
		if (tag == LUA_TFUNCTION) {
			lua_pushboolean(L, 1);
			lua_pushcclosure(L, scen_wire_stand_in, 1);
		} else if (tag == LUA_TTHREAD) {
			lua_newthread(L);
		} else {
			lua_newuserdatauv(L, 0, 0);
		}
		break;
	}
}

static void
remember(lua_State *L, const char *key, int t, lua_Integer v)
{
	lua_getfield(L, LUA_REGISTRYINDEX, key);
	lua_pushvalue(L, t);
	lua_pushinteger(L, v);
	lua_rawset(L, -3);
	lua_pop(L, 1);
}

/* Fills the table at index t from its record, and registers its line and
 * length. */
static void
fill_table(lua_State *L, struct reader *rd, const struct record *rec, int t)
{
	if (rec->whole) {
		rd->pos = rec->at;
		for (uint64_t i = 0; i < rec->count; i++) {
			push_value(L, rd);
			push_value(L, rd);
			lua_rawset(L, t);
		}
	} else if (rec->nonempty) {
		/* Enough for what is read this deep: empty or not. */
		lua_pushboolean(L, 1);
		lua_pushboolean(L, 1);
		lua_rawset(L, t);
	}
	if (rec->line > 0)
		remember(L, SCEN_LINES_KEY, t, rec->line);
	remember(L, LENGTHS_KEY, t, (lua_Integer)rec->border);
}

int
scen_wire_get(lua_State *L, const char *data, size_t len, size_t *pos)
{
	struct reader rd = { data, len, *pos, 0, 0, 0, 0 };
	if (read_u64(data, len, &rd.pos, &rd.tables) != 0 || rd.tables == 0 ||
	    rd.tables > (len - rd.pos) / 2 || rd.tables > INT_MAX)
		return -1;
	luaL_checkstack(L, 8, NULL);
	lua_createtable(L, (int)rd.tables, 0);
	rd.built = lua_gettop(L);
	struct record *recs = lua_newuserdatauv(L, (size_t)rd.tables *
	    sizeof *recs, 0);
	for (uint64_t i = 0; i < rd.tables; i++) {
		if (read_record(L, &rd, &recs[i]) != 0) {
			lua_settop(L, rd.built - 1);
			return -1;
		}
		lua_rawseti(L, rd.built, (lua_Integer)i + 1);
	}
	size_t end = rd.pos;
	lua_newtable(L);
	rd.strings = lua_gettop(L);
	rd.shared = 0;
	for (uint64_t i = 0; i < rd.tables; i++) {
		lua_rawgeti(L, rd.built, (lua_Integer)i + 1);
		fill_table(L, &rd, &recs[i], lua_gettop(L));
		lua_pop(L, 1);
	}
	lua_rawgeti(L, rd.built, 1);
	lua_replace(L, rd.built);
	lua_settop(L, rd.built);
	*pos = end;
	return 0;
}

lua_Unsigned
scen_wire_len(lua_State *L, int idx)
{
	idx = lua_absindex(L, idx);
	lua_getfield(L, LUA_REGISTRYINDEX, LENGTHS_KEY);
	lua_pushvalue(L, idx);
	lua_rawget(L, -2);
	lua_Unsigned n = lua_isinteger(L, -1) ?
	    (lua_Unsigned)lua_tointeger(L, -1) : lua_rawlen(L, idx);
	lua_pop(L, 2);
	return n;
}

int
scen_wire_stand_in(lua_State *L)
{
	return luaL_error(L, "a function of the script cannot be called "
	    "here");
}

void
scen_wire_open(lua_State *L)
{
	lua_newtable(L);
	lua_newtable(L);
	lua_pushliteral(L, "k");
	lua_setfield(L, -2, "__mode");
	lua_setmetatable(L, -2);
	lua_setfield(L, LUA_REGISTRYINDEX, LENGTHS_KEY);
}
