/*
 * scenario.c: owns the Lua state of each script: a sandbox with chosen
 * libraries only, text chunks only, an instruction count hook, a capped
 * allocator and a wall-clock limit, and turns every failure into a
 * path:line: error message. Each script first runs in a forked child under
 * an alarm, so that even a script stuck inside a C library function (a
 * pathological string pattern) is stopped at the wall-clock limit; only when
 * that dry run ends in time does it run for real (scripts are deterministic,
 * so both runs do the same).
 */
#define _GNU_SOURCE
#include "scenario.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "buf.h"
#include "fsutil.h"
#include "scenario_run.h"
#include "xalloc.h"

#define HOOK_PERIOD 1000

static double
monotonic(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct scen_limits
scen_default_limits(void)
{
	struct scen_limits l = { SCEN_MAX_INSTRUCTIONS, SCEN_MAX_MEMORY,
	    SCEN_MAX_SECONDS, SCEN_MAX_ITEMS };
	return l;
}

/* The allocator refuses to grow past the memory limit; Lua then raises a
 * memory error, which we report. */
static void *
scen_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct scen_run *r = ud;
	size_t old = ptr != NULL ? osize : 0;
	if (nsize == 0) {
		free(ptr);
		r->memory -= old;
		return NULL;
	}
	if (nsize > old && r->memory + r->copied + (nsize - old) >
	    r->limits->memory) {
		r->memory_hit = 1;
		return NULL;
	}
	void *n = realloc(ptr, nsize);
	if (n != NULL)
		r->memory = r->memory - old + nsize;
	return n;
}

struct scen_run *
scen_run_of(lua_State *L)
{
	return *(struct scen_run **)lua_getextraspace(L);
}

static void
count_hook(lua_State *L, lua_Debug *ar)
{
	struct scen_run *r = scen_run_of(L);
	if (ar->event == LUA_HOOKLINE) {
		/* Dry run only: the exact line, should a C call hang. */
		*r->shared_line = ar->currentline;
		return;
	}
	r->instructions += HOOK_PERIOD;
	if (lua_getinfo(L, "l", ar) && ar->currentline > 0) {
		r->line = ar->currentline;
		if (r->shared_line != NULL)
			*r->shared_line = r->line;
	}
	if (r->instructions > r->limits->instructions)
		luaL_error(L, "the script ran past the limit of %d million "
		    "instructions; is there a loop that never ends?",
		    (int)(r->limits->instructions / 1000000));
	if (monotonic() - r->started > r->limits->seconds)
		luaL_error(L, "the script ran past the %d-second time limit",
		    r->limits->seconds);
}

/* "path:LINE: message" -> line and message; other forms keep line. */
static void
report(struct scen_run *r, const char *msg)
{
	size_t n = strlen(r->path);
	int line = r->line;
	if (strncmp(msg, r->path, n) == 0 && msg[n] == ':') {
		char *end;
		long l = strtol(msg + n + 1, &end, 10);
		if (end != msg + n + 1 && *end == ':') {
			line = (int)l;
			msg = end + 1;
			while (*msg == ' ')
				msg++;
		}
	}
	struct srcpos at = { r->path, line, 0 };
	diag_error(r->diag, &at, "%s", msg);
}

/* The real run, in this process. */
static int
execute(struct scen_run *r, const char *code, size_t len)
{
	int rc = -1;
	lua_State *L = lua_newstate(scen_alloc, r);
	if (L == NULL) {
		diag_syserr(r->diag, "%s: cannot start Lua", r->path);
		return -1;
	}
	*(struct scen_run **)lua_getextraspace(L) = r;
	r->started = monotonic();
	lua_sethook(L, count_hook, LUA_MASKCOUNT | (r->shared_line != NULL ?
	    LUA_MASKLINE : 0), HOOK_PERIOD);

	char *chunk = xasprintf("@%s", r->path);
	int status = luaL_loadbufferx(L, code, len, chunk, "t");
	free(chunk);
	if (status == LUA_OK) {
		/* The sandbox goes in after loading, so that the chunk's
		 * _ENV upvalue is the sandboxed global table. */
		lua_pushcfunction(L, scen_api_open);
		status = lua_pcall(L, 0, 0, 0);
		if (status == LUA_OK)
			status = lua_pcall(L, 0, 0, 0);
	}
	if (status == LUA_ERRMEM || r->memory_hit) {
		char msg[160];
		snprintf(msg, sizeof msg, "the script used more than the %zu "
		    "MiB memory limit", r->limits->memory / (1024 * 1024));
		if (r->dry_line > 0)
			r->line = r->dry_line;
		report(r, msg);
	} else if (status != LUA_OK) {
		const char *msg = lua_tostring(L, -1);
		report(r, msg != NULL ? msg : "the script raised an error "
		    "that is not a string");
	} else {
		rc = 0;
	}
	lua_close(L);
	return rc;
}

/*
 * The dry run in a child process under an alarm. Returns 0 when the script
 * ended (well or badly) in time, -1 after reporting that it did not.
 */
static int
dry_run(struct scen_run *r, const char *code, size_t len)
{
	volatile int *shared = mmap(NULL, sizeof(int), PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (shared == MAP_FAILED)
		return 0;	/* no watchdog: the in-process limits remain */
	*shared = 0;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		munmap((void *)shared, sizeof(int));
		return 0;
	}
	if (pid == 0) {
		struct rlimit cpu = { (rlim_t)r->limits->seconds + 1,
		    (rlim_t)r->limits->seconds + 2 };
		setrlimit(RLIMIT_CPU, &cpu);
		alarm((unsigned)r->limits->seconds + 1);
		FILE *null = fopen("/dev/null", "w");
		struct diag quiet;
		diag_init(&quiet, null ? null : stderr);
		struct pack *scratch = pack_new();
		struct scen_run child = *r;
		child.pack = scratch;
		child.diag = &quiet;
		child.shared_line = shared;
		execute(&child, code, len);
		_exit(0);
	}
	int status, rc = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		continue;
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		struct srcpos at = { r->path, *shared, 0 };
		if (sig == SIGALRM || sig == SIGXCPU || sig == SIGKILL)
			diag_error(r->diag, &at, "the script ran past the "
			    "%d-second time limit (stopped inside a library "
			    "call: a string pattern that backtracks without "
			    "end?)", r->limits->seconds);
		else
			diag_error(r->diag, &at, "the script stopped the "
			    "sandbox (signal %d); please report this script",
			    sig);
		rc = -1;
	}
	r->dry_line = *shared;
	munmap((void *)shared, sizeof(int));
	return rc;
}

static uint64_t
seed_from(const char *path)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (const char *s = path; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h ? h : 1;
}

int
scen_run(const char *path, const char *code, size_t len,
    const struct scen_limits *limits, struct pack *p, struct diag *d)
{
	struct scen_run r;
	memset(&r, 0, sizeof r);
	r.path = path;
	r.pack = p;
	r.diag = d;
	r.limits = limits;
	r.rng = seed_from(path);
	if (dry_run(&r, code, len) != 0)
		return -1;
	return execute(&r, code, len);
}

struct run_ctx {
	const struct scen_limits *limits;
	struct pack *p;
	struct diag *d;
};

/* fs_read_each's call for each script. Items keep their own copy of the
 * path, which lives only as long as this call. */
static void
run_script(const char *shown, const char *code, size_t len, void *ctx)
{
	struct run_ctx *rc = ctx;
	scen_run(shown, code, len, rc->limits, rc->p, rc->d);
}

int
scen_run_all(const char *dir, const char *display_dir,
    const struct scen_limits *limits, struct pack *p, struct diag *d)
{
	if (!fs_is_dir(dir))
		return 0;
	struct fs_list files;
	if (fs_list_tree(dir, ".lua", NULL, SCEN_MAX_SCRIPTS, 8, &files) != 0) {
		diag_syserr(d, "%s: cannot read the scenarios folder: %s",
		    display_dir, errno == E2BIG ? "too many scripts" :
		    strerror(errno));
		return -1;
	}
	char *too_big = xasprintf("the script is larger than %zu KiB; split "
	    "it", SCEN_MAX_SCRIPT_BYTES / 1024);
	struct run_ctx rc = { limits, p, d };
	fs_read_each(dir, display_dir, &files, SCEN_MAX_SCRIPT_BYTES, too_big,
	    run_script, &rc, d);
	free(too_big);
	fs_list_free(&files);
	return 0;
}
