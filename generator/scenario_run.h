/*
 * scenario_run.h: private to scenario.c and scenario_api.c: the state of
 * one script's run, reached from Lua through the state's extra space, and
 * the function that builds the sandbox. No other file includes it.
 */
#ifndef SHAREPACK_SCENARIO_RUN_H
#define SHAREPACK_SCENARIO_RUN_H

#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "diag.h"
#include "pack.h"
#include "scenario.h"

struct scen_run {
	const char *path;	/* borrowed: lives while the script runs */
	struct pack *pack;
	struct diag *diag;
	const struct scen_limits *limits;
	size_t memory;		/* bytes the script holds now */
	size_t copied;		/* bytes copied out of Lua into items: they
				 * count against the same memory limit */
	int memory_hit;		/* an allocation was refused */
	long instructions;	/* counted in steps of the hook's period */
	double started;		/* monotonic seconds */
	size_t items;		/* items made so far */
	uint64_t rng;		/* xorshift state, seeded from path */
	int line;		/* the last line the hook saw */
	int dry_line;		/* the last line the dry run reached: where a
				 * memory error with no position happened */
	volatile int *shared_line;	/* the same, for a watching parent */
};

/* The run of L. */
struct scen_run *scen_run_of(lua_State *L);

/* Builds the sandbox in L's global table; called through lua_pcall before
 * the script runs. */
int scen_api_open(lua_State *L);

#endif
