/*
 * render_dom.c: the small DOM builders every page renderer uses: elements
 * with text, attributes, links relative to the page, an item's Markdown
 * body, its rule citations and its provenance line.
 */
#include "render.h"

#include <stdio.h>
#include <string.h>

#include "fragstore.h"
#include "html5.h"
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

xmlNodePtr
render_item_link(const struct render_page *pg, xmlNodePtr parent,
    const char *href, const struct item *it)
{
	const struct item *shown = render_shown(pg->lang, it);
	return render_mark(render_link(pg, parent, href, shown->title),
	    pg->lang, shown);
}

void
render_body(xmlNodePtr parent, const struct item *it)
{
	struct fragstore_parts parts;
	fragstore_get(it, &parts);
	struct html5_frag *f = fragstore_take(&parts, 0);
	/* Nothing at all for an empty body, as the DOM would hold. */
	if (f != NULL)
		html5_frag_give(parent, f);
	fragstore_parts_free(&parts);
}

void
render_rule_citations(xmlNodePtr parent, const struct intlist *rules,
    const char *edition)
{
	render_rule_citations_in(parent, NULL, rules, edition);
}

void
render_rule_citations_in(xmlNodePtr parent, const struct render_lang *l,
    const struct intlist *rules, const char *edition)
{
	if (rules->count == 0)
		return;
	char **nums = xcalloc(rules->count, sizeof *nums);
	for (size_t i = 0; i < rules->count; i++)
		nums[i] = xasprintf("%d", rules->values[i]);
	char *list = render_list(l, (const char *const *)nums, rules->count);
	if (edition != NULL) {
		const char *args[] = { "rules", list, "edition",
		    render_named(l, "edition_short", edition), NULL };
		char *with = render_fmt(l, "quiz.rules_edition", args);
		free(list);
		list = with;
	}
	const char *args[] = { "rules", list, NULL };
	char *text = render_fmt(l, rules->count == 1 ? "quiz.rule_cited" :
	    "quiz.rules_cited", args);
	render_el_class(parent, "p", "sp-rules", text);
	free(text);
	free(list);
	for (size_t i = 0; i < rules->count; i++)
		free(nums[i]);
	free(nums);
}

/* The language of it's source line when it is not l's: the item's own,
 * or, for a translation that keeps its original's line as written (the
 * documents cited are in the original's language), the original's. */
static const char *
source_lang(const struct render_lang *l, const struct item *it)
{
	const char *lang = render_foreign(l, it);
	if (lang == NULL && it->ext->original != NULL &&
	    it->ext->original->ext->source != NULL &&
	    strcmp(it->ext->source, it->ext->original->ext->source) == 0)
		lang = render_foreign(l, it->ext->original);
	return lang;
}

void
render_provenance(xmlNodePtr parent, const struct render_lang *l,
    const struct item *it)
{
	if (it->ext->source == NULL && it->ext->edition == NULL)
		return;
	xmlNodePtr p = render_el_class(parent, "p", "sp-provenance", NULL);
	if (it->ext->source != NULL) {
		const char *lang = source_lang(l, it);
		render_el(p, "span", render_str(l, "page.source"));
		if (lang != NULL)
			render_attr(render_el(p, "span", it->ext->source),
			    "lang", lang);
		else
			render_text(p, it->ext->source);
	}
	if (it->ext->edition != NULL) {
		if (it->ext->source != NULL)
			render_text(p, ". ");
		render_el(p, "span", render_str(l, "page.wording"));
		render_text(p, render_named(l, "edition", it->ext->edition));
	}
}
