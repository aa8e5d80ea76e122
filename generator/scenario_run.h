/*
 * scenario_run.h: private to the scenario stage (scenario*.c): the state of
 * one script's run, reached from Lua through the state's extra space; the
 * record of a run that the watched child sends back (scenario_wire.c); the
 * fixed-order iteration of the sandbox (scenario_order.c); and the function
 * that builds the sandbox (scenario_api.c). No other file includes it.
 *
 * A script runs once, in a forked child (the recorder). Each call that
 * makes something (sharepack.vignette, myth, scenario, and print) is
 * recorded there, after it was checked, as its line and a copy of its
 * argument table; the child sends the record and how the run ended, then
 * leaves with _exit. The parent replays the record through the same API
 * functions in a fresh state with no script (the replayer), so the items
 * and messages are exactly those of the one run.
 */
#ifndef SHAREPACK_SCENARIO_RUN_H
#define SHAREPACK_SCENARIO_RUN_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "buf.h"
#include "diag.h"
#include "pack.h"
#include "scenario.h"

/* The registry key of the weak table from step and choice tables to the
 * line of the sharepack.step or sharepack.choice call that made them. */
#define SCEN_LINES_KEY "sharepack.lines"

/* Memory shared between the child and the parent that watches it. */
struct scen_watch {
	volatile int line;		/* the last line the child reached */
	volatile sig_atomic_t timed_out;	/* the child's timer fired */
};

struct scen_run {
	int broken;		/* the sandbox itself failed: a bug */
	const char *path;	/* borrowed: lives while the script runs */
	struct pack *pack;	/* replayer: where items go; NULL in the
				 * recorder, which frees what it checked */
	struct diag *diag;	/* replayer only */
	const struct scen_limits *limits;
	size_t memory;		/* bytes the Lua state holds now */
	size_t copied;		/* bytes copied out of Lua into items and
				 * into the record: they count against the
				 * same memory limit */
	volatile sig_atomic_t in_alloc;	/* inside the allocator: the state
				 * may be half moved, so the timer's
				 * handler must not read it */
	long instructions;	/* counted in steps of the hook's period */
	double started;		/* monotonic seconds */
	size_t items;		/* items made so far */
	uint64_t rng;		/* xorshift state, seeded from path */
	int line;		/* the last line the line hook saw */
	char short_src[LUA_IDSIZE];	/* how Lua names the chunk in its
				 * messages ("path", or "...tail" when long);
				 * the recorder's API errors name it so too */
	/* The recorder only: */
	struct buf *record;	/* the events so far; NULL in the replayer */
	size_t pending;		/* start of an event not yet confirmed, or
				 * SIZE_MAX: a call that fails drops it */
	int out;		/* the pipe to the parent */
	struct scen_watch *watch;
	int error_line;		/* where the message handler placed the error */
	/* The parent only: */
	int replay_line;	/* the line of the event being replayed */
	int watch_line;		/* what the child's watch said at its end */
	int watch_timed_out;
};

/* The events of a run's record. Each starts with its byte and the line
 * (int32); then CALL has the kind of item (a byte, enum item_kind) and the
 * argument table (scen_wire_put), PRINT and END a string (uint32 length,
 * bytes); END also has its status (a byte: 0 ran to the end, 1 error)
 * before the string. END is last. */
enum scen_event {
	SCEN_EVENT_CALL = 'C',
	SCEN_EVENT_PRINT = 'P',
	SCEN_EVENT_END = 'E'
};

/* The run of L. */
struct scen_run *scen_run_of(lua_State *L);

/* Whether L records (the child) rather than replays (the parent). */
#define SCEN_RECORDING(r) ((r)->record != NULL)

/*
 * Ends the run with the message (printf-style) at line, in a way the
 * script cannot catch: the recorder sends its record and the error and
 * leaves the process; the replayer raises a Lua error. For the limits and
 * for calls a finalizer makes.
 */
void scen_fatal(lua_State *L, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Counts n instructions of work done in C for the script (sorting keys),
 * against its instruction limit. */
void scen_spend(lua_State *L, long n);

/* Builds the sandbox in L's global table; called through lua_pcall before
 * the script runs (recorder) or the record is replayed (replayer). */
int scen_api_open(lua_State *L);

/* The API function that makes an item of kind, for the replayer: it
 * takes the argument table at index 1. */
lua_CFunction scen_api_maker(enum item_kind kind);

/* ---- scenario_hint.c: advice on an error ---- */

/*
 * Appends to out the advice for the script's error msg (without its
 * "path:line: "), raised at line: for a syntax error (syntax set), the
 * usual cause, read from msg and the line of code (len bytes); for an
 * error naming a global, a field or a method that is not there, the
 * nearest name the sandbox (L's globals) or a library has. Appends nothing
 * when there is no advice to give.
 */
void scen_hint(lua_State *L, const char *msg, int syntax, const char *code,
    size_t len, int line, struct buf *out);

/* ---- scenario_wire.c: values in the record ---- */

/* Appends a copy of the table at idx to b: every table it reaches (with
 * each one's raw entries, its length and the line SCEN_LINES_KEY gives
 * it), strings, numbers and booleans; other values by their type only.
 * Tables nested deeper than the API ever reads keep only their shape.
 * Returns 0, or -1 when the copy would take more than budget bytes (b
 * then holds part of it). */
int scen_wire_put(lua_State *L, int idx, struct buf *b, size_t budget);

/* Reads what scen_wire_put wrote, at *pos of data (len bytes), and pushes
 * a new table like it (lines registered in SCEN_LINES_KEY), advancing
 * *pos. Returns 0, or -1 with nothing pushed when the bytes are not such a
 * value. Raises Lua memory errors. */
int scen_wire_get(lua_State *L, const char *data, size_t len, size_t *pos);

/* The length the original of the table at idx had (lua_rawlen of a
 * table scen_wire_get did not build): what the API reads as a list's
 * length. */
lua_Unsigned scen_wire_len(lua_State *L, int idx);

/* What a function of the script becomes in the copy: it cannot be
 * called. */
int scen_wire_stand_in(lua_State *L);

/* Makes the registry table scen_wire_get keeps lengths in. */
void scen_wire_open(lua_State *L);

/* Fixed-width fields of the record, in the host's byte order. */
void scen_wire_u8(struct buf *b, unsigned v);
void scen_wire_i32(struct buf *b, int32_t v);
void scen_wire_string(struct buf *b, const char *s, size_t len);
/* Each returns 0 and advances *pos, or -1 at the end of the data. */
int scen_wire_read_u8(const char *data, size_t len, size_t *pos,
    unsigned *out);
int scen_wire_read_i32(const char *data, size_t len, size_t *pos,
    int32_t *out);
/* *s points into data; *n is its length. */
int scen_wire_read_string(const char *data, size_t len, size_t *pos,
    const char **s, size_t *n);

/* ---- scenario_order.c: iteration in a fixed order ---- */

/*
 * Pushes a new list of the keys of the table at idx in a fixed order:
 * numbers ascending, then strings by their bytes, then false and true.
 * Keys of other types have no fixed order: with fn, that is an error
 * naming fn; with fn NULL (for checks that reject such keys anyway) they
 * come last, in the table's order.
 */
void scen_sorted_keys(lua_State *L, int idx, const char *fn);

/* The sandbox's next and pairs: the order of scen_sorted_keys. */
int scen_next(lua_State *L);
int scen_pairs(lua_State *L);

/* luaL_tolstring, except that a table, function, userdata or thread with
 * no __tostring is "TYPE: N" (its __name for TYPE when it has one), N
 * counting the values named so far, instead of its address. Pushes the
 * string and returns it. */
const char *scen_tolstring(lua_State *L, int idx, size_t *len);

/* The sandbox's tostring, and its string.format (a closure whose upvalue
 * is Lua's): scen_tolstring for %s, and an error for %p. */
int scen_tostring(lua_State *L);
int scen_format(lua_State *L);

/* Pushes the registry's table at key, weak in its keys, making it the
 * first time: what a script's tables carry on the side (their order, their
 * line) goes when the table goes. */
void scen_weak_registry(lua_State *L, const char *key);

#endif
