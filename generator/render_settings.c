/* render_settings.c: the site's settings and a language's words put into
 * the theme's layout once for each language, before any page is made, and
 * the files the settings add to assets/. */
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

/* The settings are in the project's default language: on a page in
 * another, what they say is marked as in theirs. NULL: the page's. */
static const char *
settings_lang(const struct render_lang *l)
{
	return l != NULL && l->content != NULL && strcmp(l->code,
	    l->content) != 0 ? l->content : NULL;
}

/* The layout's own words, where an element names their catalogue key:
 * data-sp-text its text, data-sp-label its aria-label, in l's language. */
static void
fill_words(xmlNodePtr n, const struct render_lang *l)
{
	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *text = xmlGetProp(n, BAD_CAST "data-sp-text");
		xmlChar *label = xmlGetProp(n, BAD_CAST "data-sp-label");
		if (text != NULL) {
			xmlNodeSetContent(n, NULL);
			render_text(n, render_str(l, (char *)text));
		}
		if (label != NULL)
			render_attr(n, "aria-label", render_str(l,
			    (char *)label));
		xmlUnsetProp(n, BAD_CAST "data-sp-text");
		xmlUnsetProp(n, BAD_CAST "data-sp-label");
		xmlFree(text);
		xmlFree(label);
		fill_words(n->children, l);
	}
}

/* The name, and the logo before it (decorative: the name beside it says
 * the same). */
static void
fill_site_name(xmlNodePtr slot, const struct site_settings *s,
    const struct render_lang *l)
{
	if (s->name != NULL) {
		xmlNodeSetContent(slot, NULL);
		render_text(slot, s->name);
		if (settings_lang(l) != NULL)
			render_attr(slot, "lang", settings_lang(l));
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
add_contact(xmlNodePtr footer, const char *contact,
    const struct render_lang *l)
{
	xmlNodePtr p = render_el_class(footer, "p", "sp-contact",
	    render_str(l, "page.contact"));
	if (strchr(contact, '@') != NULL && strpbrk(contact, " \t<>\"") ==
	    NULL && contact[0] != '@') {
		char *href = xasprintf("mailto:%s", contact);
		render_attr(render_el(p, "a", contact), "href", href);
		free(href);
	} else if (settings_lang(l) != NULL) {
		render_attr(render_el(p, "span", contact), "lang",
		    settings_lang(l));
	} else {
		render_text(p, contact);
	}
}

static void
fill_footer(xmlNodePtr slot, const struct site_settings *s,
    const struct render_lang *l)
{
	if (s->footer != NULL) {
		xmlNodeSetContent(slot, NULL);
		xmlAddChild(slot, xmlNewText(BAD_CAST "\n"));
		xmlNodePtr p = render_el(slot, "p", s->footer);
		if (settings_lang(l) != NULL)
			render_attr(p, "lang", settings_lang(l));
	}
	if (s->contact != NULL)
		add_contact(slot, s->contact, l);
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
	return render_settings_layout_in(layout, s, NULL);
}

xmlDocPtr
render_settings_layout_in(xmlDocPtr layout, const struct site_settings *s,
    const struct render_lang *l)
{
	xmlDocPtr doc = xmlCopyDoc(layout, 1);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr name = find_slot(root, "site-name");
	xmlNodePtr footer = find_slot(root, "footer");
	/* The layout's words first: the settings' then replace some. */
	if (l != NULL)
		fill_words(root, l);
	if (name != NULL) {
		fill_site_name(name, s, l);
		xmlUnsetProp(name, BAD_CAST "data-sp-slot");
	}
	if (footer != NULL) {
		fill_footer(footer, s, l);
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
