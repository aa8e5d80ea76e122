/*
 * theme.h: a theme is a folder a designer can open in a browser: layout.html
 * (valid HTML whose elements carry data-sp-* slots) and its assets (CSS,
 * the browser script, fonts). theme_load parses the layout with libxml2 and
 * rejects a bad one with path:line:col before any page is rendered.
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
 * the theme's FILE as copied into the site's assets/ folder.
 */
#ifndef SHAREPACK_THEME_H
#define SHAREPACK_THEME_H

#include <stddef.h>

#include <libxml/tree.h>

#include "diag.h"

#define THEME_LAYOUT "layout.html"
#define THEME_MAX_BYTES (1024 * 1024)
#define THEME_MAX_ASSETS 200

struct theme {
	char *dir;		/* the theme folder, as given */
	char *layout_path;	/* as shown in messages */
	xmlDocPtr layout;	/* the parsed layout.html */
	char **assets;		/* file names relative to dir, sorted */
	size_t asset_count;
};

/*
 * Loads the theme in dir (display_dir names it in messages). Returns a new
 * theme the caller frees with theme_free, or NULL after reporting every
 * problem through d.
 */
struct theme *theme_load(const char *dir, const char *display_dir,
    struct diag *d);
void theme_free(struct theme *t);

/* Whether the theme has an asset of this name (relative to its folder). */
int theme_has_asset(const struct theme *t, const char *name);

/* Parses an HTML template from memory and checks its slots, reporting
 * through d with path in messages. Returns the document (the caller frees it
 * with xmlFreeDoc) or NULL. theme_load uses it; so does the fuzz target. */
xmlDocPtr theme_parse_layout(const char *data, size_t len, const char *path,
    const struct theme *t, struct diag *d);

#endif
