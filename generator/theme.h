/*
 * theme.h: a theme is a folder a designer can open in a browser: layout.html
 * (valid HTML whose elements carry data-sp-* slots) and its assets (CSS,
 * the browser scripts, fonts). theme_load parses the layout with libxml2 and
 * rejects a bad one with path:line:col before any page is rendered.
 *
 * The default theme is built into the program (embed.h), so a project needs
 * no theme at all. A project's theme overrides the built-in files it has,
 * by name, and inherits the rest: a folder holding only style.css restyles
 * the site and keeps the built-in layout and scripts. So the scripts that
 * make quizzes and scenarios work and report to an LMS (lms.js, xapi.js,
 * player.js, quiz.js, scenario.js) may be replaced but never go missing.
 *
 * Slots in layout.html (attribute data-sp-slot="NAME"):
 *   title       required; its text becomes the page title
 *   main        required; its children become the page's content
 *   home        optional link; its href becomes the way back to index.html
 *   breadcrumb  optional; filled with the links above the page, or removed
 *   site-name   optional; the settings' logo and name, when given, replace
 *               its content (it may sit inside home)
 *   footer      optional; the settings' footer, when given, replaces its
 *               content, and their contact is added to it
 * Any element may carry data-sp-asset="FILE": its href or src is pointed at
 * the theme's FILE as copied into the site's assets/ folder; and
 * data-sp-text="KEY" or data-sp-label="KEY", a key of the interface
 * catalogues (catalogue.h): its text, or its aria-label, is then the key's
 * text in each page's language, and the layout's own words show what it
 * says in English.
 */
#ifndef SHAREPACK_THEME_H
#define SHAREPACK_THEME_H

#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"

#include "buf.h"

#define THEME_LAYOUT "layout.html"
#define THEME_MAX_BYTES (1024 * 1024)
#define THEME_MAX_ASSETS 200
/* What the built-in theme is called in messages. */
#define THEME_BUILTIN "built-in theme"

struct theme_asset {
	char *name;			/* relative to the theme folder */
	const unsigned char *builtin;	/* the built-in file's bytes, or
					 * NULL: the file dir/name */
	size_t builtin_len;
};

struct theme {
	char *dir;		/* the project's theme folder, as given, or
				 * NULL: the built-in theme alone */
	char *layout_path;	/* as shown in messages */
	xmlDocPtr layout;	/* the parsed layout.html */
	struct theme_asset *assets;	/* every file but .html ones, the
				 * project's and the built-in ones it does
				 * not override, sorted by name */
	size_t asset_count;
};

/*
 * Loads the theme in dir over the built-in one (dir NULL: the built-in
 * theme alone); display_dir names dir in messages. Returns a new theme the
 * caller frees with theme_free, or NULL after reporting every problem
 * through d.
 */
struct theme *theme_load(const char *dir, const char *display_dir,
    struct diag *d);
void theme_free(struct theme *t);

/* Whether the theme has an asset of this name (relative to its folder). */
int theme_has_asset(const struct theme *t, const char *name);

/* Reads asset a of t (from the project's folder or the built-in theme) into
 * out, which must be empty. Returns 0, or -1 with errno set (EFBIG over max
 * bytes). */
int theme_read_asset(const struct theme *t, const struct theme_asset *a,
    size_t max, struct buf *out);

/* Parses an HTML template from memory and checks its slots, reporting
 * through d with path in messages. Returns the document (the caller frees it
 * with xmlFreeDoc) or NULL. theme_load uses it; so does the fuzz target. */
xmlDocPtr theme_parse_layout(const char *data, size_t len, const char *path,
    const struct theme *t, struct diag *d);

#endif
