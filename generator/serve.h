/*
 * serve.h: 'sharepack serve', a preview while writing. The project is built
 * into a private folder, served over HTTP on 127.0.0.1, and built again
 * whenever a file under content/, scenarios/ or themes/ (or the settings
 * file) changes; pages open in a browser reload themselves, and while the
 * content has errors every page is an error page listing them.
 *
 * serve.c is the HTTP server and its loop; serve_watch.c says what changed
 * (inotify); serve_site.c runs the builds and makes what is served. main.c
 * gives the build itself (serve_build_fn), so that serve builds exactly
 * what 'build' builds. Only main.c and the unit tests include this header;
 * serve_int.h is shared by the three serve files alone.
 */
#ifndef SHAREPACK_SERVE_H
#define SHAREPACK_SERVE_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"
#include "pack.h"

#define SERVE_DEFAULT_PORT 8000
#define SERVE_DEFAULT_HOST "127.0.0.1"

/* The items the scenario scripts made, kept from one build to the next
 * and made again only when a script changed. Owned by serve_run. */
struct serve_scripts;

/*
 * One build of the project into outdir, as 'build' makes it. Messages go
 * to d->out; on return d holds the counts of what was reported. kept goes
 * to serve_scripts_add and serve_scripts_return. ctx is serve_options.ctx.
 * Returns the exit status the build would have (diag.h).
 */
typedef int serve_build_fn(const void *ctx, const char *outdir,
    struct serve_scripts *kept, struct diag *d);

struct serve_options {
	const char *project;	/* PROJECTDIR, whose folders are watched */
	const char *theme_dir;	/* --theme-dir, watched too; or NULL */
	const char *host;	/* the address to listen on, numeric */
	int port;		/* 0: any free port */
	int quiet;		/* -q: print only problems and the address */
	serve_build_fn *build;
	const void *ctx;	/* borrowed; passed to build */
};

/*
 * Listens on so->host and so->port, builds the project, prints the address
 * to open, and serves until SIGINT, SIGTERM or SIGHUP, building again after
 * each change. Returns EXIT_OK once stopped; EXIT_USAGE when the address
 * cannot be used (a port already taken, said with the fix) or the first
 * build found a usage error; EXIT_SYSTEM when the system refused
 * (inotify, a temporary folder). Everything it made is removed.
 */
int serve_run(const struct serve_options *so);

/*
 * For the build: adds to p the items the scripts in dir (named shown in
 * messages) made (run now
 * when they changed since the last build, or never ran), and reports
 * through d what the scripts reported when they ran. The items are lent:
 * serve_scripts_return must take them back before p is freed.
 */
void serve_scripts_add(struct serve_scripts *k, const char *dir,
    const char *shown, struct pack *p, struct diag *d);
/* Takes back the items serve_scripts_add lent to p; nothing if none. */
void serve_scripts_return(struct serve_scripts *k, struct pack *p);

/*
 * The file a request target names, relative to the site's folder: the
 * query is dropped, %XX decoded, and "/" or "/DIR/" name DIR's index.html.
 * Returns a new string the caller frees, or NULL when the target is not a
 * plain path inside the site: not starting with '/', an empty segment,
 * a segment "." or ".." or starting with '.', a NUL, a backslash, a
 * control character or a bad escape.
 */
char *serve_site_path(const char *target);

/* The Content-Type of a file by its name's extension (html, css, js,
 * svg, png, json, zip and a few more); application/octet-stream for any
 * other. Static string. */
const char *serve_content_type(const char *path);

/*
 * Appends to out the page html (len bytes) as serve sends it: with
 * <script src="SCRIPT" defer> before </body>, and every
 * Content-Security-Policy <meta> in its head letting the page connect to
 * its own origin ('self' added to connect-src), which the script needs to
 * hear of a rebuild. script is a fixed URL of serve's own. The file on disk
 * stays exactly as 'build' writes it.
 */
void serve_preview_page(const char *html, size_t len, const char *script,
    struct buf *out);

#endif
