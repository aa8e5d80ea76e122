/*
 * render_dom.c: the small DOM builders every page renderer uses: elements
 * with text, attributes, links relative to the page, an item's Markdown
 * body and its provenance line.
 */
#include "render.h"

#include <stdio.h>

#include "body.h"
#include "md_dom.h"
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
	struct body b;
	body_open(it, &b);
	md_dom_append(parent, cmark_node_first_child(b.doc), NULL, min_level);
	body_close(&b);
}

void
render_rule_citations(xmlNodePtr parent, const struct intlist *rules,
    const char *edition)
{
	if (rules->count == 0)
		return;
	xmlNodePtr p = render_el_class(parent, "p", "sp-rules", NULL);
	render_text(p, rules->count == 1 ? "Golden rule cited: rule " :
	    "Golden rules cited: rules ");
	for (size_t i = 0; i < rules->count; i++) {
		char num[32];
		snprintf(num, sizeof num, "%s%d", i == 0 ? "" :
		    i + 1 < rules->count ? ", " : " and ", rules->values[i]);
		render_text(p, num);
	}
	if (edition != NULL) {
		render_text(p, " (");
		render_text(p, pack_edition_short(edition));
		render_text(p, ")");
	}
	render_text(p, ".");
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
