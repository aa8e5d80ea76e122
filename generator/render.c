/*
 * render.c: the life of a page: a copy of the theme's layout with its
 * slots filled, crumbs and scripts added, then written out as HTML5 into
 * the list of pages site.c and scorm.c write.
 */
#include "render.h"

#include <string.h>

#include "html5.h"
#include "sitemap.h"
#include "xalloc.h"

/* ---- the layout, copied and filled ---- */

/* "ROOT/assets/NAME": a theme asset as seen from this page. Caller frees. */
static char *
asset_url(const struct render_page *pg, const char *name)
{
	char *to = sitemap_asset(name);
	char *url = xasprintf("%s%s", pg->root, to);
	free(to);
	return url;
}

/* data-sp-asset="FILE" becomes the element's src (when it has one) or
 * href, pointing at the copy of FILE in the site's assets/ folder. */
static void
point_asset(const struct render_page *pg, xmlNodePtr n)
{
	xmlChar *asset = xmlGetProp(n, BAD_CAST "data-sp-asset");
	if (asset == NULL)
		return;
	char *url = asset_url(pg, (char *)asset);
	render_attr(n, xmlHasProp(n, BAD_CAST "src") ? "src" : "href", url);
	free(url);
	xmlUnsetProp(n, BAD_CAST "data-sp-asset");
	xmlFree(asset);
}

/* Fills one slot (theme.h lists them; theme.c has already rejected any
 * other name). Returns whether the slot's children may hold more slots
 * and assets: only the home link keeps the template's children. */
static int
fill_slot(struct render_page *pg, xmlNodePtr n, const char *slot,
    const char *title)
{
	if (strcmp(slot, "home") == 0) {
		char *url = xasprintf("%s%s", pg->root, sitemap_front());
		render_attr(n, "href", url);
		free(url);
		return 1;
	}
	/* The site's name and footer have had the settings already
	 * (render_settings_layout); a layout without them keeps its own. */
	if (strcmp(slot, "site-name") == 0 || strcmp(slot, "footer") == 0)
		return 1;
	xmlNodeSetContent(n, NULL);
	if (strcmp(slot, "title") == 0)
		render_text(n, title);
	else if (strcmp(slot, "main") == 0)
		pg->main = n;
	else if (strcmp(slot, "breadcrumb") == 0)
		pg->breadcrumb = n;
	return 0;
}

static void
fill_slots(struct render_page *pg, xmlNodePtr node, const char *title)
{
	for (xmlNodePtr n = node; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		point_asset(pg, n);
		xmlChar *slot = xmlGetProp(n, BAD_CAST "data-sp-slot");
		int inside = 1;
		if (slot != NULL) {
			xmlUnsetProp(n, BAD_CAST "data-sp-slot");
			inside = fill_slot(pg, n, (char *)slot, title);
			xmlFree(slot);
		}
		if (inside)
			fill_slots(pg, n->children, title);
	}
}

void
render_page_begin(struct render_page *pg, const struct theme *t,
    const char *path, const char *title, const char *lang)
{
	pg->root = sitemap_root(path);
	pg->doc = xmlCopyDoc(t->layout, 1);
	pg->main = NULL;
	pg->breadcrumb = NULL;
	xmlNodePtr html = xmlDocGetRootElement(pg->doc);
	render_attr(html, "lang", lang);
	fill_slots(pg, html, title);
}

void
render_crumb(struct render_page *pg, const char *href, const char *text)
{
	if (pg->breadcrumb == NULL)
		return;
	xmlNodePtr list = pg->breadcrumb->children;
	if (list == NULL)
		list = render_el(pg->breadcrumb, "ol", NULL);
	render_link(pg, render_el(list, "li", NULL), href, text);
}

/* ---- scripts ---- */

void
render_script(struct render_page *pg, const struct theme *t, const char *name)
{
	if (!theme_has_asset(t, name))
		return;
	xmlNodePtr body = pg->main;
	while (body != NULL && !(body->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)body->name, "body") == 0))
		body = body->parent;
	if (body == NULL)
		body = pg->main;
	char *url = asset_url(pg, name);
	xmlNodePtr script = render_el(body, "script", NULL);
	render_attr(script, "src", url);
	render_attr(script, "defer", "");
	free(url);
}

static xmlNodePtr
find_element(xmlNodePtr n, const char *name)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			return n;
		xmlNodePtr found = find_element(n->children, name);
		if (found != NULL)
			return found;
	}
	return NULL;
}

static void
add_meta(xmlNodePtr head, const char *name, const char *content)
{
	xmlNodePtr m = render_el(head, "meta", NULL);
	render_attr(m, "name", name);
	render_attr(m, "content", content);
}

void
render_learning_scripts(struct render_page *pg, const struct theme *t,
    const struct render_config *cfg, const char *main)
{
	xmlNodePtr head = find_element(xmlDocGetRootElement(pg->doc), "head");
	if (cfg != NULL && cfg->xapi_endpoint != NULL && head != NULL) {
		add_meta(head, "sp-xapi-endpoint", cfg->xapi_endpoint);
		if (cfg->xapi_auth != NULL)
			add_meta(head, "sp-xapi-auth", cfg->xapi_auth);
	}
	/* Deferred scripts run in this order: main uses what the others
	 * define. */
	render_script(pg, t, "lms.js");
	render_script(pg, t, "xapi.js");
	render_script(pg, t, "player.js");
	render_script(pg, t, main);
}

/* ---- the pages made ---- */

void
render_out_add(struct render_out *out, const char *path, struct buf *content)
{
	if (out->count == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 32;
		out->files = xrealloc(out->files, out->cap * sizeof *out->files);
	}
	out->files[out->count].path = xstrdup(path);
	out->files[out->count].content = *content;
	out->count++;
	content->data = NULL;
	content->len = content->cap = 0;
}

void
render_page_end(struct render_page *pg, struct render_out *out,
    const char *path)
{
	/* A page with no trail above it drops the empty navigation. */
	if (pg->breadcrumb != NULL && pg->breadcrumb->children == NULL) {
		xmlUnlinkNode(pg->breadcrumb);
		xmlFreeNode(pg->breadcrumb);
	}
	struct buf html = BUF_INIT;
	html5_document(pg->doc, &html);
	render_out_add(out, path, &html);
	xmlFreeDoc(pg->doc);
	pg->doc = NULL;
}

void
render_out_free(struct render_out *out)
{
	for (size_t i = 0; i < out->count; i++) {
		free(out->files[i].path);
		buf_free(&out->files[i].content);
	}
	free(out->files);
	out->files = NULL;
	out->count = out->cap = 0;
}
