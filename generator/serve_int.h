/*
 * serve_int.h: what the three serve files share and no other file
 * includes: the caps on what a browser can make the server hold, the
 * watcher (serve_watch.c) and the site being served (serve_site.c), which
 * the loop in serve.c drives.
 */
#ifndef SHAREPACK_SERVE_INT_H
#define SHAREPACK_SERVE_INT_H

#include <stddef.h>

#include "buf.h"
#include "serve.h"

#define SERVE_MAX_REQUEST 8192	/* bytes of a request line and headers */
#define SERVE_MAX_CLIENTS 64	/* connections open at once */
#define SERVE_MAX_FILE_BYTES ((size_t)64 * 1024 * 1024)
#define SERVE_MAX_PENDING 65536	/* news waiting for a slow listener */
#define SERVE_CLIENT_SECONDS 10	/* to send a request, or take a reply */
#define SERVE_DEBOUNCE_MS 100	/* quiet after a change before a build */
#define SERVE_MAX_WAIT_MS 1000	/* the longest a build waits for quiet */
#define SERVE_MAX_WATCHES 10000	/* folders watched */
#define SERVE_MAX_DEPTH 16	/* folders below a watched top folder */
#define SERVE_MAX_FILES 100000	/* files in a built site */

/* The settings file at the project's root. */
#define SERVE_SETTINGS "sharepack.yaml"

/* Where serve's own files are: no page of a site can be there, since no
 * site path starts with '_'. */
#define SERVE_PREFIX "/__sharepack/"
#define SERVE_SCRIPT SERVE_PREFIX "reload.js"
#define SERVE_EVENTS SERVE_PREFIX "events"

/* What a change touched, as bits. */
enum {
	SERVE_CHANGED_ANY = 1,		/* anything a build reads */
	SERVE_CHANGED_SCRIPTS = 2	/* a scenario script: run them again */
};

/* Seconds on a clock that only goes forward. */
double serve_now(void);

/* ---- serve_watch.c ---- */

struct serve_watch;

/*
 * Watches the project's folder (for content/, scenarios/, themes/ and the
 * settings file coming and going), every folder under those three, and
 * theme_dir (may be NULL) with every folder under it. Returns a watcher
 * the caller frees with serve_watch_free, or NULL after saying why.
 */
struct serve_watch *serve_watch_new(const char *project,
    const char *theme_dir);
void serve_watch_free(struct serve_watch *w);
/* The descriptor to poll for reading. */
int serve_watch_fd(const struct serve_watch *w);
/* Reads every waiting event; returns SERVE_CHANGED_* bits (0: nothing a
 * build reads changed). */
unsigned serve_watch_read(struct serve_watch *w);
/* Watches the folders made since the last call. */
void serve_watch_rescan(struct serve_watch *w);

/* ---- serve_site.c ---- */

struct serve_site;

/* What the server sends for a request. */
struct serve_reply {
	int status;		/* 200, 301, 400, 404, 500 */
	const char *type;	/* Content-Type; static */
	struct buf body;
	char *location;		/* 301: where to; or NULL */
};

/*
 * Makes the private folder builds go to. Returns a site the caller frees
 * with serve_site_free (which removes the folder), or NULL after saying
 * why.
 */
struct serve_site *serve_site_new(serve_build_fn *build, const void *ctx);
void serve_site_free(struct serve_site *s);

/*
 * Builds the site again (the scripts too when changed has
 * SERVE_CHANGED_SCRIPTS), prints what the build reported and a line on
 * the result (only problems when quiet), and works out which pages
 * changed. Returns the build's exit status.
 */
int serve_site_build(struct serve_site *s, unsigned changed, int quiet);

/* The reply to a GET of target (the request's target as sent), from the
 * last build: its file, or the error page while it failed. The caller
 * frees r with serve_reply_free. */
void serve_site_reply(const struct serve_site *s, const char *target,
    struct serve_reply *r);
void serve_reply_free(struct serve_reply *r);

/*
 * Appends the news of the last build for the reload script, as the data of
 * one server-sent event: {"build":N} alone when hello (a listener that just
 * came) or when every page should reload; otherwise with "after" (the
 * build before) and "changed" (the pages whose bytes changed).
 */
void serve_site_news(const struct serve_site *s, int hello,
    struct buf *out);

#endif
