/*
 * scenario.c: runs each script once, in a forked child that is watched,
 * and turns every way a run can end into a path:line: message. The child
 * owns the script's Lua state: a sandbox with chosen libraries only, text
 * chunks only, an instruction count hook, a capped allocator and a timer;
 * a limit ends the child at once (no pcall of the script can catch it), and
 * a call stuck inside C (a string pattern that backtracks) or a __gc
 * finalizer (where hooks do not run) is stopped by the timer, and failing
 * that killed by the parent. The child never closes its state, so no
 * finalizer runs after the script. It sends back the record of what the
 * script made (scenario_run.h), and the parent replays it into the pack.
 */
#define _GNU_SOURCE
#include "scenario.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
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

/* How long the parent waits past the time limit for the child's own timer
 * before it kills the child. */
#define GRACE_SECONDS 2

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

struct scen_run *
scen_run_of(lua_State *L)
{
	return *(struct scen_run **)lua_getextraspace(L);
}

/* ---- the child: ending the run ---- */

static void
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		p += w;
		n -= (size_t)w;
	}
}

/* Sends the record and its end (status 1 for an error) to the parent and
 * leaves. The timer is blocked first, so that its handler cannot write
 * into the middle. */
static _Noreturn void
finish(struct scen_run *r, int status, int line, const char *msg, size_t len)
{
	sigset_t alarm_set;
	sigemptyset(&alarm_set);
	sigaddset(&alarm_set, SIGALRM);
	sigprocmask(SIG_BLOCK, &alarm_set, NULL);
	struct buf *b = r->record;
	if (r->pending != SIZE_MAX)
		b->len = r->pending;	/* a call that failed */
	scen_wire_u8(b, SCEN_EVENT_END);
	scen_wire_i32(b, line);
	scen_wire_u8(b, (unsigned)status);
	scen_wire_string(b, msg, len);
	write_all(r->out, b->data, b->len);
	_exit(0);
}

static _Noreturn void
stop(struct scen_run *r, int line, const char *fmt, va_list ap)
{
	char msg[512];
	vsnprintf(msg, sizeof msg, fmt, ap);
	finish(r, 1, line, msg, strlen(msg));
}

void
scen_fatal(lua_State *L, int line, const char *fmt, ...)
{
	struct scen_run *r = scen_run_of(L);
	va_list ap;
	va_start(ap, fmt);
	if (SCEN_RECORDING(r))
		stop(r, line, fmt, ap);
	lua_pushfstring(L, "%s:%d: ", r->short_src[0] ? r->short_src :
	    r->path, line);
	lua_pushvfstring(L, fmt, ap);
	va_end(ap);
	lua_concat(L, 2);
	lua_error(L);
}

static _Noreturn void
stop_at(struct scen_run *r, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	stop(r, line, fmt, ap);
}

static void
check_instructions(struct scen_run *r)
{
	if (r->instructions > r->limits->instructions)
		stop_at(r, r->line, "the script ran past the limit of %d million "
		    "instructions; is there a loop that never ends?",
		    (int)(r->limits->instructions / 1000000));
}

void
scen_spend(lua_State *L, long n)
{
	struct scen_run *r = scen_run_of(L);
	if (!SCEN_RECORDING(r))
		return;
	r->instructions += n;
	check_instructions(r);
}

/*
 * The allocator: past the memory limit the recorder ends the run (Lua's
 * memory error could be caught by pcall). The replayer holds one call's
 * arguments at a time, work the recorder did under the limit, with the
 * script's own memory besides, so it is not held to the limit again: the
 * collector runs at other moments there.
 */
static void *
scen_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct scen_run *r = ud;
	size_t old = ptr != NULL ? osize : 0;
	void *n = NULL;
	r->in_alloc = 1;
	if (nsize == 0) {
		free(ptr);
		r->memory -= old;
	} else if (SCEN_RECORDING(r) && nsize > old && r->memory + r->copied +
	    (nsize - old) > r->limits->memory) {
		stop_at(r, r->line, "the script used more than the %zu MiB "
		    "memory limit", r->limits->memory / (1024 * 1024));
	} else if ((n = realloc(ptr, nsize)) != NULL) {
		r->memory = r->memory - old + nsize;
	}
	r->in_alloc = 0;
	return n;
}

static void
hook(lua_State *L, lua_Debug *ar)
{
	struct scen_run *r = scen_run_of(L);
	if (ar->event == LUA_HOOKLINE) {
		r->line = ar->currentline;
		r->watch->line = ar->currentline;
		return;
	}
	r->instructions += HOOK_PERIOD;
	if (lua_getinfo(L, "l", ar) && ar->currentline > 0)
		r->line = ar->currentline;
	check_instructions(r);
	if (monotonic() - r->started > r->limits->seconds)
		stop_at(r, r->line, "the script ran past the %d-second time "
		    "limit", r->limits->seconds);
}

/* ---- the child: the timer ---- */

/* The run the timer's handler ends; set once, in the child. */
static struct scen_run *timed_run;
static lua_State *timed_state;

/* Appends s to the n bytes of out (size cap), in a signal handler. */
static void
add_text(char *out, size_t cap, size_t *n, const char *s)
{
	while (*s != '\0' && *n + 1 < cap)
		out[(*n)++] = *s++;
	out[*n] = '\0';
}

static void
add_number(char *out, size_t cap, size_t *n, int v)
{
	char digits[16];
	int k = 0;
	unsigned u = v < 0 ? 0u : (unsigned)v;
	do
		digits[k++] = (char)('0' + u % 10);
	while ((u /= 10) != 0 && k < 15);
	while (k > 0 && *n + 1 < cap)
		out[(*n)++] = digits[--k];
	out[*n] = '\0';
}

static int
is_pattern_function(const char *name)
{
	return name != NULL && (strcmp(name, "find") == 0 || strcmp(name,
	    "match") == 0 || strcmp(name, "gmatch") == 0 || strcmp(name,
	    "gsub") == 0);
}

/*
 * Where the stuck script is: in a __gc finalizer (hooks do not run there),
 * or inside a C function (named as the script called it), and the line.
 * Reads the state from a signal handler, which is safe enough because the
 * handler never returns into it and nothing here allocates; it is skipped
 * while the allocator may be moving the stack.
 */
static void
where_stuck(lua_State *L, int *line, int *in_gc, char *fn, size_t cap)
{
	lua_Debug ar;
	size_t n = 0;
	*in_gc = 0;
	fn[0] = '\0';
	int found_line = 0;
	for (int level = 0; level < 200 && lua_getstack(L, level, &ar);
	    level++) {
		if (!lua_getinfo(L, "Sln", &ar))
			break;
		if (level == 0 && ar.what != NULL && strcmp(ar.what, "C") == 0 &&
		    ar.name != NULL)
			add_text(fn, cap, &n, ar.name);
		if (!found_line && ar.currentline > 0) {
			*line = ar.currentline;
			found_line = 1;
		}
		if (ar.namewhat != NULL && strcmp(ar.namewhat, "metamethod") ==
		    0 && ar.name != NULL && strcmp(ar.name, "__gc") == 0)
			*in_gc = 1;
	}
}

static void
on_timer(int sig)
{
	struct scen_run *r = timed_run;
	char msg[400], fn[64];
	size_t n = 0;
	int line = r->watch->line, in_gc = 0;
	(void)sig;
	r->watch->timed_out = 1;
	fn[0] = '\0';
	if (!r->in_alloc)
		where_stuck(timed_state, &line, &in_gc, fn, sizeof fn);
	add_text(msg, sizeof msg, &n, "the script ran past the ");
	add_number(msg, sizeof msg, &n, r->limits->seconds);
	add_text(msg, sizeof msg, &n, "-second time limit");
	if (in_gc) {
		add_text(msg, sizeof msg, &n, " in a __gc metamethod (a "
		    "finalizer), where the instruction limit does not count");
	} else if (fn[0] != '\0') {
		add_text(msg, sizeof msg, &n, " inside the library function '");
		add_text(msg, sizeof msg, &n, fn);
		add_text(msg, sizeof msg, &n, "'");
		if (is_pattern_function(fn))
			add_text(msg, sizeof msg, &n, "; a string pattern that "
			    "backtracks can take that long");
	}
	/* The end of the record on its own: no item of a run stopped this
	 * way is kept. */
	char end[sizeof msg + 16];
	size_t k = 0;
	int32_t at = line;
	uint32_t len = (uint32_t)n;
	end[k++] = SCEN_EVENT_END;
	memcpy(end + k, &at, sizeof at);
	k += sizeof at;
	end[k++] = 1;
	memcpy(end + k, &len, sizeof len);
	k += sizeof len;
	memcpy(end + k, msg, n);
	write_all(r->out, end, k + n);
	_exit(0);
}

static void
start_timer(struct scen_run *r, lua_State *L)
{
	timed_run = r;
	timed_state = L;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_timer;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it;
	memset(&it, 0, sizeof it);
	it.it_value.tv_sec = r->limits->seconds;
	setitimer(ITIMER_REAL, &it, NULL);
}

/* ---- the child: the run ---- */

/*
 * The message handler of the script's pcall: it places the error on the
 * script's innermost line still running (an error raised in C, such as a
 * C stack overflow, has no position of its own), and names an error value
 * that is not a string.
 */
static int
message_handler(lua_State *L)
{
	struct scen_run *r = scen_run_of(L);
	lua_Debug ar;
	r->error_line = r->line;
	for (int level = 1; lua_getstack(L, level, &ar); level++) {
		if (lua_getinfo(L, "l", &ar) && ar.currentline > 0) {
			r->error_line = ar.currentline;
			break;
		}
	}
	if (lua_type(L, 1) != LUA_TSTRING && lua_type(L, 1) != LUA_TNUMBER)
		lua_pushliteral(L, "the script raised an error that is not a "
		    "string");
	else
		lua_pushvalue(L, 1);
	return 1;
}

/* How Lua names chunk in positions ("path", or "...tail" when long): the
 * name of an empty chunk loaded under the same name. */
static void
learn_short_src(lua_State *L, struct scen_run *r, const char *chunk)
{
	lua_Debug ar;
	snprintf(r->short_src, sizeof r->short_src, "%s", r->path);
	if (luaL_loadbufferx(L, "", 0, chunk, "t") == LUA_OK &&
	    lua_getinfo(L, ">S", &ar))
		snprintf(r->short_src, sizeof r->short_src, "%s",
		    ar.short_src);
	else
		lua_pop(L, 1);
}

/* Appends msg (len bytes) to out with each position in the script that
 * Lua put inside it ("SHORT:12: ", an error caught and raised again) as
 * "line 12: ": a path cut to "..." would say nothing. */
static void
put_inner_positions(const struct scen_run *r, const char *msg, size_t len,
    struct buf *out)
{
	size_t n = strlen(r->short_src);
	const char *p = msg, *end = msg + len;
	while (p < end) {
		const char *hit = n > 0 ? memmem(p, (size_t)(end - p),
		    r->short_src, n) : NULL;
		char *num_end = NULL;
		long line = hit != NULL && hit + n < end && hit[n] == ':' ?
		    strtol(hit + n + 1, &num_end, 10) : 0;
		if (hit == NULL || num_end == NULL || num_end == hit + n + 1 ||
		    *num_end != ':') {
			const char *stop = hit != NULL ? hit + n : end;
			buf_add(out, p, (size_t)(stop - p));
			p = stop;
			continue;
		}
		buf_add(out, p, (size_t)(hit - p));
		buf_printf(out, "line %ld:", line);
		p = num_end + 1;
	}
}

/* Ends the run with the Lua error on top of L: "path:LINE: message"
 * gives its line; another message keeps fallback. The message gets the
 * advice scen_hint has for it; syntax says it is a syntax error of code
 * (len bytes). */
static _Noreturn void
finish_error(struct scen_run *r, lua_State *L, int fallback, int syntax,
    const char *code, size_t len)
{
	size_t mlen;
	const char *msg = lua_tolstring(L, -1, &mlen);
	if (msg == NULL) {
		msg = "the script raised an error that is not a string";
		mlen = strlen(msg);
	}
	int line = fallback;
	size_t n = strlen(r->short_src);
	if (mlen > n && strncmp(msg, r->short_src, n) == 0 && msg[n] == ':') {
		char *end;
		long l = strtol(msg + n + 1, &end, 10);
		if (end != msg + n + 1 && *end == ':') {
			line = (int)l;
			end++;
			while (*end == ' ')
				end++;
			mlen -= (size_t)(end - msg);
			msg = end;
		}
	}
	struct buf out = BUF_INIT;
	put_inner_positions(r, msg, mlen, &out);
	if (out.data != NULL)
		scen_hint(L, out.data, syntax, code, len, line, &out);
	finish(r, 1, line, out.data ? out.data : "", out.len);
}

/* The child's whole life: runs the script and sends back its record. */
static _Noreturn void
record_run(struct scen_run *r, const char *code, size_t len)
{
	struct buf record = BUF_INIT;
	r->record = &record;
	r->pending = SIZE_MAX;
	lua_State *L = lua_newstate(scen_alloc, r);
	if (L == NULL)
		finish(r, 1, 0, "cannot start Lua", 16);
	*(struct scen_run **)lua_getextraspace(L) = r;
	char *chunk = xasprintf("@%s", r->path);
	learn_short_src(L, r, chunk);
	r->started = monotonic();
	start_timer(r, L);
	lua_sethook(L, hook, LUA_MASKCOUNT | LUA_MASKLINE, HOOK_PERIOD);
	int status = luaL_loadbufferx(L, code, len, chunk, "t");
	free(chunk);
	if (status != LUA_OK)
		finish_error(r, L, 0, status == LUA_ERRSYNTAX, code, len);
	/* The sandbox goes in after loading, so that the chunk's _ENV upvalue
	 * is the sandboxed global table. */
	lua_pushcfunction(L, scen_api_open);
	if (lua_pcall(L, 0, 0, 0) != LUA_OK)
		finish_error(r, L, 0, 0, code, len);
	lua_pushcfunction(L, message_handler);
	lua_insert(L, -2);
	r->error_line = 0;
	if (lua_pcall(L, 0, 0, -2) != LUA_OK)
		finish_error(r, L, r->error_line > 0 ? r->error_line : r->line,
		    0, code, len);
	finish(r, 0, r->line, "", 0);
}

/* ---- the parent: watching the child ---- */

enum watched {
	WATCH_ENDED,		/* the child sent its record and left */
	WATCH_KILLED,		/* it ran past the grace time */
	WATCH_BROKEN		/* it died some other way */
};

/* Reads the child's record into out until the child ends or the deadline
 * passes. */
static enum watched
read_record(int fd, pid_t pid, double deadline, size_t cap, struct buf *out)
{
	char chunk[65536];
	for (;;) {
		double left = deadline - monotonic();
		if (left <= 0 || out->len > cap) {
			kill(pid, SIGKILL);
			return left <= 0 ? WATCH_KILLED : WATCH_BROKEN;
		}
		struct pollfd p = { fd, POLLIN, 0 };
		int ready = poll(&p, 1, (int)(left * 1000) + 1);
		if (ready < 0 && errno != EINTR)
			return WATCH_BROKEN;
		if (ready <= 0)
			continue;
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return WATCH_ENDED;
		buf_add(out, chunk, (size_t)n);
	}
}

/*
 * Runs the script in a child and collects its record into out. Returns
 * how the child ended; *status is its wait status. -1 when no child could
 * be started (reported).
 */
static int
watch(struct scen_run *r, const char *code, size_t len, struct buf *out,
    int *status)
{
	int rc = -1, fds[2] = { -1, -1 };
	struct scen_watch *w = mmap(NULL, sizeof *w, PROT_READ | PROT_WRITE,
	    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t pid = -1;
	if (w == MAP_FAILED || pipe(fds) != 0)
		goto out;
	memset(w, 0, sizeof *w);
	fflush(NULL);
	if ((pid = fork()) < 0)
		goto out;
	if (pid == 0) {
		close(fds[0]);
		r->out = fds[1];
		r->watch = w;
		r->pack = NULL;
		r->diag = NULL;
		record_run(r, code, len);
	}
	close(fds[1]);
	fds[1] = -1;
	double deadline = monotonic() + r->limits->seconds + GRACE_SECONDS;
	rc = (int)read_record(fds[0], pid, deadline, 2 * r->limits->memory +
	    65536, out);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR)
		continue;
	r->watch_line = w->line;
	r->watch_timed_out = w->timed_out;
out:
	if (rc < 0)
		diag_syserr(r->diag, "%s: cannot start the sandbox: %s",
		    r->path, strerror(errno));
	for (int i = 0; i < 2; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	if (w != MAP_FAILED)
		munmap(w, sizeof *w);
	return rc;
}

/* ---- the parent: replaying the record ---- */

struct replay_call {
	const char *data;
	size_t len, *pos;
	lua_CFunction maker;
};

/* Rebuilds the argument table of a call and makes its item. */
static int
replay_one(lua_State *L)
{
	struct replay_call *c = lua_touserdata(L, 1);
	if (scen_wire_get(L, c->data, c->len, c->pos) != 0)
		return luaL_error(L, "the record of the script cannot be read");
	lua_replace(L, 1);
	return c->maker(L);
}

/* Replays one CALL event, whose line is read. */
static int
replay_call(lua_State *L, struct scen_run *r, const char *data, size_t len,
    size_t *pos)
{
	unsigned kind;
	if (scen_wire_read_u8(data, len, pos, &kind) != 0 ||
	    (kind != ITEM_VIGNETTE && kind != ITEM_MYTH &&
	    kind != ITEM_SCENARIO))
		return -1;
	struct replay_call c = { data, len, pos,
	    scen_api_maker((enum item_kind)kind) };
	lua_pushcfunction(L, replay_one);
	lua_pushlightuserdata(L, &c);
	if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
		struct srcpos at = { r->path, r->replay_line, 0 };
		const char *msg = lua_tostring(L, -1);
		diag_error(r->diag, &at, "%s; please report this script",
		    msg != NULL ? msg : "the record of the script cannot be "
		    "replayed");
		r->broken = 1;
		return -2;
	}
	return 0;
}

/*
 * Replays the record into r->pack and reports how the run ended. Returns
 * 0 when the script ran to its end.
 */
static int
replay(struct scen_run *r, const char *data, size_t len)
{
	lua_State *L = lua_newstate(scen_alloc, r);
	if (L == NULL) {
		diag_syserr(r->diag, "%s: cannot start Lua", r->path);
		return -1;
	}
	*(struct scen_run **)lua_getextraspace(L) = r;
	lua_pushcfunction(L, scen_api_open);
	if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
		diag_syserr(r->diag, "%s: cannot start Lua", r->path);
		lua_close(L);
		return -1;
	}
	int rc = 1;
	size_t pos = 0;
	while (rc == 1) {
		unsigned event, status;
		int32_t line;
		const char *s;
		size_t n;
		if (scen_wire_read_u8(data, len, &pos, &event) != 0 ||
		    scen_wire_read_i32(data, len, &pos, &line) != 0) {
			rc = -1;
			break;
		}
		r->replay_line = line;
		struct srcpos at = { r->path, line, 0 };
		if (event == SCEN_EVENT_CALL) {
			int c = replay_call(L, r, data, len, &pos);
			rc = c == 0 ? 1 : c;
		} else if (event == SCEN_EVENT_PRINT && scen_wire_read_string(
		    data, len, &pos, &s, &n) == 0) {
			diag_warn(r->diag, &at, "the script printed: %.*s",
			    (int)n, s);
		} else if (event == SCEN_EVENT_END && scen_wire_read_u8(data,
		    len, &pos, &status) == 0 && scen_wire_read_string(data,
		    len, &pos, &s, &n) == 0 && pos == len) {
			if (status != 0)
				diag_error(r->diag, &at, "%.*s", (int)n, s);
			rc = status != 0 ? -2 : 0;
		} else {
			rc = -1;
		}
	}
	lua_close(L);
	if (rc == -1) {
		struct srcpos at = { r->path, r->replay_line, 0 };
		diag_error(r->diag, &at, "the sandbox sent back a record that "
		    "cannot be read; please report this script");
		r->broken = 1;
	}
	return rc == 0 ? 0 : -1;
}

/* Reports a child that did not send its record. */
static void
report_lost(struct scen_run *r, enum watched how, int status)
{
	struct srcpos at = { r->path, r->watch_line, 0 };
	if (how == WATCH_KILLED || r->watch_timed_out)
		diag_error(r->diag, &at, "the script ran past the %d-second time "
		    "limit, and the sandbox had to be killed",
		    r->limits->seconds);
	else if (WIFSIGNALED(status))
		diag_error(r->diag, &at, "the script stopped the sandbox (signal "
		    "%d); please report this script", WTERMSIG(status));
	else
		diag_error(r->diag, &at, "the sandbox ended without a result "
		    "(exit status %d); please report this script",
		    WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	r->broken = !(how == WATCH_KILLED || r->watch_timed_out);
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
	struct buf out = BUF_INIT;
	int status = 0, rc = -1;
	int how = watch(&r, code, len, &out, &status);
	if (how < 0)
		goto out;
	/* A record is whole only when the child left by itself; one it was
	 * killed in the middle of is not replayed. */
	if (how == WATCH_ENDED && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0 && out.len > 0) {
		rc = replay(&r, out.data, out.len);
	} else {
		report_lost(&r, (enum watched)how, status);
	}
out:
	buf_free(&out);
	return r.broken ? SCEN_BROKEN : rc;
}

struct run_ctx {
	const struct scen_limits *limits;
	struct pack *p;
	struct diag *d;
	size_t done, total;	/* scripts run, for the progress line */
};

/* fs_read_each's call for each script. Items keep their own copy of the
 * path, which lives only as long as this call. */
static void
run_script(const char *shown, const char *code, size_t len, void *ctx)
{
	struct run_ctx *rc = ctx;
	scen_run(shown, code, len, rc->limits, rc->p, rc->d);
	diag_progress(rc->d, ++rc->done, rc->total, "scripts run");
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
	struct run_ctx rc = { limits, p, d, 0, files.count };
	fs_read_each(dir, display_dir, &files, SCEN_MAX_SCRIPT_BYTES, too_big,
	    run_script, &rc, d);
	diag_progress_done(d);
	free(too_big);
	fs_list_free(&files);
	return 0;
}
