/* render_settings.c: the site's settings put into the theme's layout once,
 * before any page is made, and the files they add to assets/. */
#include "render.h"

#include <string.h>

#include "sitemap.h"
#include "xalloc.h"

/* The element carrying data-sp-slot="name" under n, or NULL. */
static xmlNodePtr
find_slot(xmlNodePtr n, const char *name)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *slot = xmlGetProp(n, BAD_CAST "data-sp-slot");
		int found = slot != NULL && strcmp((char *)slot, name) == 0;
		xmlFree(slot);
		if (found)
			return n;
		xmlNodePtr inner = find_slot(n->children, name);
		if (inner != NULL)
			return inner;
	}
	return NULL;
}


/* An element whose src or href points at the asset name: each page points
 * it at its own way to assets/ (data-sp-asset, as in a theme). */
static void
point_at_asset(xmlNodePtr el, const char *attr, const char *name)
{
	char *url = sitemap_asset(name);
	render_attr(el, attr, url);
	render_attr(el, "data-sp-asset", name);
	free(url);
}

/* The name, and the logo before it (decorative: the name beside it says
 * the same). */
static void
fill_site_name(xmlNodePtr slot, const struct site_settings *s)
{
	if (s->name != NULL) {
		xmlNodeSetContent(slot, NULL);
		render_text(slot, s->name);
	}
	if (s->logo_name == NULL)
		return;
	xmlNodePtr img = xmlNewNode(NULL, BAD_CAST "img");
	point_at_asset(img, "src", s->logo_name);
	render_attr(img, "class", "site-logo");
	render_attr(img, "alt", "");
	if (slot->children != NULL)
		xmlAddPrevSibling(slot->children, img);
	else
		xmlAddChild(slot, img);
}

/* An email address (one word with an '@') becomes a mailto: link. */
static void
add_contact(xmlNodePtr footer, const char *contact)
{
	xmlNodePtr p = render_el_class(footer, "p", "sp-contact",
	    "Questions about this training: ");
	if (strchr(contact, '@') != NULL && strpbrk(contact, " \t<>\"") ==
	    NULL && contact[0] != '@') {
		char *href = xasprintf("mailto:%s", contact);
		render_attr(render_el(p, "a", contact), "href", href);
		free(href);
	} else {
		render_text(p, contact);
	}
}

static void
fill_footer(xmlNodePtr slot, const struct site_settings *s)
{
	if (s->footer != NULL) {
		xmlNodeSetContent(slot, NULL);
		xmlAddChild(slot, xmlNewText(BAD_CAST "\n"));
		render_el(slot, "p", s->footer);
	}
	if (s->contact != NULL)
		add_contact(slot, s->contact);
}

/* Adds el at the end of head, on a line of its own like the theme's. */
static void
add_to_head(xmlNodePtr head, xmlNodePtr el)
{
	xmlAddChild(head, el);
	xmlAddChild(head, xmlNewText(BAD_CAST "\n"));
}

xmlDocPtr
render_settings_layout(xmlDocPtr layout, const struct site_settings *s)
{
	xmlDocPtr doc = xmlCopyDoc(layout, 1);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr name = find_slot(root, "site-name");
	xmlNodePtr footer = find_slot(root, "footer");
	if (name != NULL) {
		fill_site_name(name, s);
		xmlUnsetProp(name, BAD_CAST "data-sp-slot");
	}
	if (footer != NULL) {
		fill_footer(footer, s);
		xmlUnsetProp(footer, BAD_CAST "data-sp-slot");
	}
	xmlNodePtr head = render_find_element(root, "head");
	/* After the theme's own stylesheets, so that its colours win. */
	if (head != NULL && (s->accent != NULL || s->text != NULL)) {
		xmlNodePtr link = xmlNewNode(NULL, BAD_CAST "link");
		render_attr(link, "rel", "stylesheet");
		point_at_asset(link, "href", PACK_SETTINGS_CSS);
		add_to_head(head, link);
	}
	return doc;
}

void
render_settings_assets(const struct site_settings *s, struct render_out *out)
{
	if (s->accent != NULL || s->text != NULL) {
		struct buf css = BUF_INIT;
		buf_puts(&css, "/* Made by sharepack from the colours in "
		    "sharepack.yaml: the theme's stylesheet reads them. */\n"
		    ":root {\n");
		if (s->accent != NULL)
			buf_printf(&css, "\t--accent: %s;\n", s->accent);
		if (s->text != NULL)
			buf_printf(&css, "\t--ink: %s;\n", s->text);
		buf_puts(&css, "}\n");
		char *path = sitemap_asset(PACK_SETTINGS_CSS);
		render_out_add(out, path, &css);
		free(path);
	}
	if (s->logo_name != NULL) {
		struct buf logo = BUF_INIT;
		buf_add(&logo, s->logo_data, s->logo_len);
		char *path = sitemap_asset(s->logo_name);
		render_out_add(out, path, &logo);
		free(path);
	}
}
