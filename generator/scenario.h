/*
 * scenario.h: the scenario stage. Runs the Lua 5.4 scripts in scenarios/ in
 * a sandbox (chosen libraries only, text chunks only, capped instructions,
 * memory and time), and adds the branching scenarios, vignettes and myths
 * they make to the pack. Only scenario.c and scenario_api.c include Lua.
 */
#ifndef SHAREPACK_SCENARIO_H
#define SHAREPACK_SCENARIO_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

/* The limits each script runs under (tests/sandbox attacks each one). */
#define SCEN_MAX_INSTRUCTIONS 20000000L
#define SCEN_MAX_MEMORY ((size_t)64 * 1024 * 1024)
#define SCEN_MAX_SECONDS 5
#define SCEN_MAX_ITEMS 2000
#define SCEN_MAX_TEXT ((size_t)256 * 1024)
#define SCEN_MAX_STEPS 500
#define SCEN_MAX_SCRIPT_BYTES ((size_t)1024 * 1024)
#define SCEN_MAX_SCRIPTS 1000

struct scen_limits {
	long instructions;
	size_t memory;
	int seconds;
	size_t items;
};

/* The limits above. */
struct scen_limits scen_default_limits(void);

/*
 * Runs every "*.lua" file in dir (display_dir names it in messages), in
 * file-name order, adding what the scripts make to p. Each problem is
 * reported through d as path:line: error. Returns 0, or -1 when dir exists
 * but cannot be read. A missing dir is no scripts.
 */
int scen_run_all(const char *dir, const char *display_dir,
    const struct scen_limits *limits, struct pack *p, struct diag *d);

/* What scen_run returns when the sandbox itself failed (a child that died
 * of a signal, a record that cannot be read back): a bug in sharepack, not
 * in the script, reported with "please report this script". */
#define SCEN_BROKEN (-2)

/* Runs one script's text, named path in messages. Returns 0 when it ran to
 * the end, -1 after reporting why not, or SCEN_BROKEN. */
int scen_run(const char *path, const char *code, size_t len,
    const struct scen_limits *limits, struct pack *p, struct diag *d);

#endif
