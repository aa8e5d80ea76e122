/*
 * render.c: the life of a page: a copy of the theme's layout with its
 * slots filled, crumbs, scripts and the links to its other languages
 * added, then written out as HTML5 into the list of pages site.c and
 * scorm.c write.
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
	char *url = xasprintf("%s%s", pg->assets, to);
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

/* A layout that render_settings_layout has not put into a language keeps
 * its own words; the keys naming them are not for the page. */
static void
drop_word_keys(xmlNodePtr n)
{
	xmlUnsetProp(n, BAD_CAST "data-sp-text");
	xmlUnsetProp(n, BAD_CAST "data-sp-label");
}

/* Whether n has any data-sp-* attribute: most elements of a layout have
 * none, and looking each name up on them would cost more than this. */
static int
has_sp_attr(xmlNodePtr n)
{
	for (xmlAttrPtr a = n->properties; a != NULL; a = a->next)
		if (strncmp((const char *)a->name, "data-sp-", 8) == 0)
			return 1;
	return 0;
}

static void
fill_slots(struct render_page *pg, xmlNodePtr node, const char *title)
{
	for (xmlNodePtr n = node; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!has_sp_attr(n)) {
			fill_slots(pg, n->children, title);
			continue;
		}
		point_asset(pg, n);
		drop_word_keys(n);
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

xmlNodePtr
render_find_element(xmlNodePtr n, const char *name)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)n->name, name) == 0)
			return n;
		xmlNodePtr found = render_find_element(n->children, name);
		if (found != NULL)
			return found;
	}
	return NULL;
}

/* ---- the Content-Security-Policy ---- */

/* Everything from the site itself ('self': the page's origin, and in
 * Chromium every file: URL when the site is opened from a folder), so no
 * inline script, event attribute or javascript: URL runs, whatever a
 * theme or content holds; no plugin, <base> or form submission. Only
 * connect-src differs from page to page. frame-ancestors is left out: a
 * <meta> policy cannot set it, and an LMS frames the pages. */
#define CSP_FIXED "default-src 'self'; object-src 'none'; base-uri 'none'; " \
	"form-action 'none'; connect-src "

/* The xAPI endpoint as a CSP source expression: the address up to its
 * query or fragment, with the '/' xapi.js adds before "statements" when it
 * has neither, and every byte a policy would read as a separator, a quote
 * or not at all percent-encoded (an address that still does not parse
 * allows nothing: a policy ignores it). Caller frees. */
static char *
csp_source(const char *url)
{
	size_t n = strcspn(url, "?#");
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)url[i];
		if (c <= 0x20 || c >= 0x7f || c == ';' || c == ',' ||
		    c == '\'' || c == '"')
			buf_printf(&b, "%%%02X", c);
		else
			buf_putc(&b, (char)c);
	}
	if (url[n] == '\0' && (n == 0 || url[n - 1] != '/'))
		buf_putc(&b, '/');
	return buf_detach(&b);
}

/* Sets the page's policy, with connect as its connect-src. */
static void
set_policy(struct render_page *pg, const char *connect)
{
	char *policy = xasprintf("%s%s", CSP_FIXED, connect);
	render_attr(pg->csp, "content", policy);
	free(policy);
}

/* Adds node as parent's first child. */
static void
insert_first(xmlNodePtr parent, xmlNodePtr node)
{
	if (parent->children != NULL)
		xmlAddPrevSibling(parent->children, node);
	else
		xmlAddChild(parent, node);
}

/* First in the head (after <meta charset> when the layout starts with
 * it), since a policy only covers what comes after it. A layout with no
 * head gets one. */
static void
add_policy(struct render_page *pg, xmlNodePtr html)
{
	xmlNodePtr head = render_find_element(html, "head");
	if (head == NULL) {
		head = xmlNewDocNode(pg->doc, NULL, BAD_CAST "head", NULL);
		insert_first(html, head);
	}
	xmlNodePtr first = head->children;
	while (first != NULL && first->type != XML_ELEMENT_NODE)
		first = first->next;
	pg->csp = xmlNewDocNode(pg->doc, NULL, BAD_CAST "meta", NULL);
	if (first != NULL && strcmp((const char *)first->name, "meta") == 0 &&
	    xmlHasProp(first, BAD_CAST "charset")) {
		xmlAddNextSibling(first, pg->csp);
		xmlAddPrevSibling(pg->csp, xmlNewDocText(pg->doc,
		    BAD_CAST "\n"));
	} else {
		insert_first(head, pg->csp);
	}
	render_attr(pg->csp, "http-equiv", "Content-Security-Policy");
	set_policy(pg, "'none'");
}

/* A page from t's layout whose links to pages start from root and to
 * assets from assets. */
static void
begin(struct render_page *pg, const struct theme *t, const char *root,
    const char *assets, const char *title, const char *lang)
{
	pg->root = root;
	pg->assets = assets;
	pg->lang = NULL;
	pg->doc = xmlCopyDoc(t->layout, 1);
	pg->main = NULL;
	pg->breadcrumb = NULL;
	xmlNodePtr html = xmlDocGetRootElement(pg->doc);
	render_attr(html, "lang", lang);
	fill_slots(pg, html, title);
	add_policy(pg, html);
}

void
render_page_begin(struct render_page *pg, const struct theme *t,
    const char *path, const char *title, const char *lang)
{
	const char *root = sitemap_root(path);
	begin(pg, t, root, root, title, lang);
}

/* ---- the page in each language ---- */

/* The element holding the page's title, from the layout's title slot. */
static xmlNodePtr
title_element(const struct render_page *pg)
{
	return render_find_element(xmlDocGetRootElement(pg->doc)->children,
	    "title");
}

/* <link rel="alternate" hreflang> to the page in each of the site's
 * languages, itself among them, for search engines and browsers that
 * offer a page's other languages. */
static void
add_alternates(struct render_page *pg, const char *path)
{
	const struct render_lang *l = pg->lang;
	for (size_t i = 0; i < l->count; i++) {
		char *there = sitemap_in_lang(l->all[i].dir, path);
		char *href = xasprintf("%s%s", pg->assets, there);
		xmlNodePtr link = render_el(pg->csp->parent, "link", NULL);
		render_attr(link, "rel", "alternate");
		render_attr(link, "hreflang", l->all[i].code);
		render_attr(link, "href", href);
		free(href);
		free(there);
	}
}

/* The language switch: the same page in each other language, each link
 * named in its own language, at the end of the layout's <header>, or
 * before the main content when it has none. */
static void
add_switch(struct render_page *pg, const char *path)
{
	const struct render_lang *l = pg->lang;
	xmlNodePtr html = xmlDocGetRootElement(pg->doc);
	xmlNodePtr header = render_find_element(html->children, "header");
	xmlNodePtr p = xmlNewDocNode(pg->doc, NULL, BAD_CAST "p", NULL);
	if (header != NULL)
		xmlAddChild(header, p);
	else
		xmlAddPrevSibling(pg->main, p);
	render_attr(p, "class", "sp-language");
	for (size_t i = 0; i < l->count; i++) {
		const struct render_lang *to = &l->all[i];
		if (to == l)
			continue;
		if (p->children != NULL)
			render_text(p, " ");
		char *there = sitemap_in_lang(to->dir, path);
		char *href = xasprintf("%s%s", pg->assets, there);
		xmlNodePtr a = render_el(p, "a", render_str(to,
		    "page.language_switch"));
		render_attr(a, "href", href);
		render_attr(a, "hreflang", to->code);
		render_attr(a, "lang", to->code);
		free(href);
		free(there);
	}
}

void
render_page_start(struct render_page *pg, const struct theme *t,
    const struct render_lang *l, const char *path, const char *title,
    const char *title_lang)
{
	char *at = sitemap_in_lang(l->dir, path);
	begin(pg, t, sitemap_root(path), sitemap_root(at), title, l->code);
	pg->lang = l;
	free(at);
	xmlNodePtr title_el = title_element(pg);
	if (title_lang != NULL && title_el != NULL)
		render_attr(title_el, "lang", title_lang);
	if (l->count > 1) {
		add_alternates(pg, path);
		add_switch(pg, path);
	}
}

xmlNodePtr
render_crumb(struct render_page *pg, const char *href, const char *text)
{
	if (pg->breadcrumb == NULL)
		return NULL;
	xmlNodePtr list = pg->breadcrumb->children;
	if (list == NULL)
		list = render_el(pg->breadcrumb, "ol", NULL);
	return render_link(pg, render_el(list, "li", NULL), href, text);
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

void
render_stylesheet(struct render_page *pg, const struct theme *t,
    const char *name)
{
	if (!theme_has_asset(t, name))
		return;
	char *url = asset_url(pg, name);
	xmlNodePtr link = render_el(pg->csp->parent, "link", NULL);
	render_attr(link, "rel", "stylesheet");
	render_attr(link, "href", url);
	free(url);
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
	xmlNodePtr head = pg->csp->parent;
	if (cfg != NULL && cfg->xapi_endpoint != NULL) {
		add_meta(head, "sp-xapi-endpoint", cfg->xapi_endpoint);
		if (cfg->xapi_auth != NULL)
			add_meta(head, "sp-xapi-auth", cfg->xapi_auth);
		char *src = csp_source(cfg->xapi_endpoint);
		set_policy(pg, src);
		free(src);
	} else if (theme_has_asset(t, "xapi.js")) {
		/* An xAPI launch address names its LRS only when the page
		 * opens (xapi.js), so any https one, or this site's. */
		set_policy(pg, "'self' https:");
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
	if (out->sink != NULL) {
		out->sink->put(out->sink->ctx, path, content->data,
		    content->len);
		buf_free(content);
		return;
	}
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
	html5_document_take(pg->doc, &html);
	char *at = sitemap_in_lang(pg->lang != NULL ? pg->lang->dir : NULL,
	    path);
	render_out_add(out, at, &html);
	free(at);
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
