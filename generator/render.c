/* render.c: template copy, slot filling and HTML5 serialisation. */
#include "render.h"

#include <string.h>

#include "md_dom.h"
#include "sitemap.h"
#include "xalloc.h"

xmlNodePtr
render_el(xmlNodePtr parent, const char *tag, const char *text)
{
	xmlNodePtr el = xmlNewChild(parent, NULL, BAD_CAST tag, NULL);
	if (text != NULL)
		render_text(el, text);
	return el;
}

xmlNodePtr
render_el_class(xmlNodePtr parent, const char *tag, const char *cls,
    const char *text)
{
	xmlNodePtr el = render_el(parent, tag, text);
	render_attr(el, "class", cls);
	return el;
}

void
render_text(xmlNodePtr parent, const char *text)
{
	md_dom_add_text(parent, text);
}

void
render_attr(xmlNodePtr node, const char *name, const char *value)
{
	xmlSetProp(node, BAD_CAST name, BAD_CAST value);
}

xmlNodePtr
render_link(const struct render_page *pg, xmlNodePtr parent, const char *href,
    const char *text)
{
	char *url = xasprintf("%s%s", pg->root, href);
	xmlNodePtr a = render_el(parent, "a", text);
	render_attr(a, "href", url);
	free(url);
	return a;
}

void
render_body(xmlNodePtr parent, const struct item *it, int min_level)
{
	md_dom_append(parent, cmark_node_first_child(it->doc), NULL, min_level);
}

void
render_provenance(xmlNodePtr parent, const struct item *it)
{
	if (it->source == NULL && it->edition == NULL)
		return;
	xmlNodePtr p = render_el_class(parent, "p", "sp-provenance", NULL);
	if (it->source != NULL) {
		render_el(p, "span", "Source: ");
		render_text(p, it->source);
	}
	if (it->edition != NULL) {
		const char *label = pack_edition_label(it->edition);
		if (it->source != NULL)
			render_text(p, ". ");
		render_el(p, "span", "Wording: ");
		render_text(p, label ? label : it->edition);
	}
}

/* ---- filling the template ---- */

struct fill {
	struct render_page *pg;
	const char *title;
};

static void
fill_slots(struct fill *f, xmlNodePtr node)
{
	for (xmlNodePtr n = node; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *slot = xmlGetProp(n, BAD_CAST "data-sp-slot");
		xmlChar *asset = xmlGetProp(n, BAD_CAST "data-sp-asset");
		if (asset != NULL) {
			char *to = sitemap_asset((char *)asset);
			char *url = xasprintf("%s%s", f->pg->root, to);
			render_attr(n, xmlHasProp(n, BAD_CAST "src") ? "src" :
			    "href", url);
			free(url);
			free(to);
			xmlUnsetProp(n, BAD_CAST "data-sp-asset");
			xmlFree(asset);
		}
		if (slot == NULL) {
			fill_slots(f, n->children);
			continue;
		}
		xmlUnsetProp(n, BAD_CAST "data-sp-slot");
		if (strcmp((char *)slot, "title") == 0) {
			xmlNodeSetContent(n, NULL);
			render_text(n, f->title);
		} else if (strcmp((char *)slot, "main") == 0) {
			xmlNodeSetContent(n, NULL);
			f->pg->main = n;
		} else if (strcmp((char *)slot, "home") == 0) {
			char *url = xasprintf("%s%s", f->pg->root,
			    sitemap_front());
			render_attr(n, "href", url);
			free(url);
			fill_slots(f, n->children);
		} else if (strcmp((char *)slot, "breadcrumb") == 0) {
			xmlNodeSetContent(n, NULL);
			f->pg->breadcrumb = n;
		}
		xmlFree(slot);
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
	struct fill f = { pg, title };
	fill_slots(&f, html);
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
	char *to = sitemap_asset(name);
	char *url = xasprintf("%s%s", pg->root, to);
	xmlNodePtr script = render_el(body, "script", NULL);
	render_attr(script, "src", url);
	render_attr(script, "defer", "");
	free(url);
	free(to);
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

void
render_learning_scripts(struct render_page *pg, const struct theme *t,
    const struct render_config *cfg, const char *main)
{
	xmlNodePtr head = find_element(xmlDocGetRootElement(pg->doc), "head");
	if (cfg != NULL && cfg->xapi_endpoint != NULL && head != NULL) {
		xmlNodePtr m = render_el(head, "meta", NULL);
		render_attr(m, "name", "sp-xapi-endpoint");
		render_attr(m, "content", cfg->xapi_endpoint);
		if (cfg->xapi_auth != NULL) {
			m = render_el(head, "meta", NULL);
			render_attr(m, "name", "sp-xapi-auth");
			render_attr(m, "content", cfg->xapi_auth);
		}
	}
	render_script(pg, t, "lms.js");
	render_script(pg, t, "xapi.js");
	render_script(pg, t, main);
}

static void
out_add(struct render_out *out, const char *path, struct buf *content)
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
	render_html5(pg->doc, &html);
	out_add(out, path, &html);
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

/* ---- HTML5 serialisation ---- */

static void serialise(struct buf *out, xmlNodePtr n, int raw);

static int
name_in(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

static const char *const void_elements[] = { "area", "base", "br", "col",
    "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    NULL };
static const char *const raw_text_elements[] = { "script", "style", NULL };
/* After these a line break is added, for readable output; it never
 * changes how the page looks. */
static const char *const block_elements[] = { "p", "li", "ul", "ol", "h1",
    "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "details",
    "blockquote", "pre", "dl", "dt", "dd", "nav", "header", "footer",
    "table", "tr", "hr", "main", "form", "fieldset", "aside", NULL };

static void
escape(struct buf *out, const char *s, int in_attr)
{
	const char *run = s;
	for (; *s; s++) {
		const char *rep = NULL;
		switch (*s) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = in_attr ? NULL : "&lt;";
			break;
		case '>':
			rep = in_attr ? NULL : "&gt;";
			break;
		case '"':
			rep = in_attr ? "&quot;" : NULL;
			break;
		case '\xC2':
			/* U+00A0 is invisible in source; spell it out. */
			if (s[1] == '\xA0') {
				buf_add(out, run, (size_t)(s - run));
				buf_puts(out, "&nbsp;");
				s++;
				run = s + 1;
			}
			continue;
		default:
			break;
		}
		if (rep == NULL)
			continue;
		buf_add(out, run, (size_t)(s - run));
		buf_puts(out, rep);
		run = s + 1;
	}
	buf_add(out, run, (size_t)(s - run));
}

static void
serialise(struct buf *out, xmlNodePtr n, int raw)
{
	for (; n != NULL; n = n->next) {
		switch (n->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (n->content == NULL)
				break;
			if (raw)
				buf_puts(out, (const char *)n->content);
			else
				escape(out, (const char *)n->content, 0);
			break;
		case XML_COMMENT_NODE:
			buf_puts(out, "<!--");
			buf_puts(out, (const char *)n->content);
			buf_puts(out, "-->");
			break;
		case XML_ELEMENT_NODE: {
			const char *name = (const char *)n->name;
			buf_putc(out, '<');
			buf_puts(out, name);
			for (xmlAttrPtr a = n->properties; a; a = a->next) {
				xmlChar *v = xmlNodeListGetString(n->doc,
				    a->children, 1);
				buf_putc(out, ' ');
				if (a->ns != NULL && a->ns->prefix != NULL) {
					buf_puts(out, (const char *)a->ns->prefix);
					buf_putc(out, ':');
				}
				buf_puts(out, (const char *)a->name);
				buf_puts(out, "=\"");
				if (v != NULL)
					escape(out, (const char *)v, 1);
				buf_putc(out, '"');
				xmlFree(v);
			}
			buf_putc(out, '>');
			if (!name_in(name, void_elements)) {
				serialise(out, n->children,
				    name_in(name, raw_text_elements));
				buf_puts(out, "</");
				buf_puts(out, name);
				buf_putc(out, '>');
			}
			if (name_in(name, block_elements) && (n->next == NULL ||
			    n->next->type != XML_TEXT_NODE))
				buf_putc(out, '\n');
			break;
		}
		default:
			break;
		}
	}
}

char *
render_fragment(cmark_node *first, cmark_node *stop, int min_level)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(doc, div);
	md_dom_append(div, first, stop, min_level);
	char *html = render_children_html(div);
	xmlFreeDoc(doc);
	return html;
}

char *
render_children_html(xmlNodePtr parent)
{
	struct buf out = BUF_INIT;
	serialise(&out, parent->children, 0);
	/* Trailing line breaks mean nothing in a fragment. */
	while (out.len > 0 && out.data[out.len - 1] == '\n')
		out.data[--out.len] = '\0';
	return buf_detach(&out);
}

void
render_html5(xmlDocPtr doc, struct buf *out)
{
	buf_puts(out, "<!DOCTYPE html>\n");
	for (xmlNodePtr n = doc->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE || n->type == XML_COMMENT_NODE) {
			xmlNodePtr next = n->next;
			n->next = NULL;
			serialise(out, n, 0);
			n->next = next;
		}
	if (out->len > 0 && out->data[out->len - 1] != '\n')
		buf_putc(out, '\n');
}
