/* md_dom.c: Markdown tree to DOM nodes, with one switch over node types. */
#include "md_dom.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

char *
md_dom_url(const char *url)
{
	static const char *const allowed[] = { "http", "https", "mailto",
	    "tel" };
	/* As the URL parser does: leading and trailing C0 controls and
	 * spaces go, and so does every tab, LF and CR, wherever it is. */
	size_t len = strlen(url);
	while (len > 0 && (unsigned char)url[len - 1] <= 0x20)
		len--;
	while (len > 0 && (unsigned char)*url <= 0x20) {
		url++;
		len--;
	}
	char *clean = xmalloc(len + 1), *o = clean;
	for (size_t i = 0; i < len; i++)
		if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r')
			*o++ = url[i];
	*o = '\0';
	/* A scheme is a letter, then letters, digits, '+', '-' or '.', then
	 * ':'. Without one the URL is relative: on this site. */
	size_t n = 0;
	if (isalpha((unsigned char)clean[0]))
		while (isalnum((unsigned char)clean[n]) || clean[n] == '+' ||
		    clean[n] == '-' || clean[n] == '.')
			n++;
	if (n == 0 || clean[n] != ':')
		return clean;
	for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
		if (strlen(allowed[i]) == n &&
		    strncasecmp(clean, allowed[i], n) == 0)
			return clean;
	free(clean);
	return NULL;
}

static xmlNodePtr
add_element(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, NULL, BAD_CAST name, NULL);
}

void
md_dom_add_text(xmlNodePtr parent, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	/* Linked by hand: xmlAddChild merges adjacent text nodes, copying
	 * the whole run each time, which is quadratic on long paragraphs. */
	xmlNodePtr t = xmlNewDocText(parent->doc, BAD_CAST text);
	t->parent = parent;
	if (parent->last != NULL) {
		parent->last->next = t;
		t->prev = parent->last;
		parent->last = t;
	} else {
		parent->children = parent->last = t;
	}
}

int
md_dom_in_tight_list(cmark_node *paragraph)
{
	cmark_node *item = cmark_node_parent(paragraph);
	if (item == NULL || cmark_node_get_type(item) != CMARK_NODE_ITEM)
		return 0;
	cmark_node *list = cmark_node_parent(item);
	return list != NULL && cmark_node_get_list_tight(list);
}

/* The element a container node opens, or NULL to keep its content in the
 * current element. */
static xmlNodePtr
open_container(xmlNodePtr cur, cmark_node *n, int min_level)
{
	xmlNodePtr el = NULL;
	char name[4];
	const char *url;

	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_BLOCK_QUOTE:
		return add_element(cur, "blockquote");
	case CMARK_NODE_LIST:
		if (cmark_node_get_list_type(n) == CMARK_ORDERED_LIST) {
			el = add_element(cur, "ol");
			int start = cmark_node_get_list_start(n);
			if (start != 1) {
				char num[24];
				snprintf(num, sizeof num, "%d", start);
				xmlNewProp(el, BAD_CAST "start", BAD_CAST num);
			}
			return el;
		}
		return add_element(cur, "ul");
	case CMARK_NODE_ITEM:
		return add_element(cur, "li");
	case CMARK_NODE_PARAGRAPH:
		return md_dom_in_tight_list(n) ? NULL : add_element(cur, "p");
	case CMARK_NODE_HEADING: {
		int level = cmark_node_get_heading_level(n);
		if (level < min_level)
			level = min_level;
		name[0] = 'h';
		name[1] = (char)('0' + (level > 6 ? 6 : level < 1 ? 1 : level));
		name[2] = '\0';
		return add_element(cur, name);
	}
	case CMARK_NODE_EMPH:
		return add_element(cur, "em");
	case CMARK_NODE_STRONG:
		return add_element(cur, "strong");
	case CMARK_NODE_LINK:
		url = cmark_node_get_url(n);
		char *href = url != NULL ? md_dom_url(url) : NULL;
		if (href == NULL)
			return add_element(cur, "span");
		el = add_element(cur, "a");
		xmlNewProp(el, BAD_CAST "href", BAD_CAST href);
		free(href);
		if (cmark_node_get_title(n) && *cmark_node_get_title(n))
			xmlNewProp(el, BAD_CAST "title",
			    BAD_CAST cmark_node_get_title(n));
		return el;
	case CMARK_NODE_IMAGE:
		/* Not shown yet (check.c warns): keep its description. */
		el = add_element(cur, "span");
		xmlNewProp(el, BAD_CAST "class", BAD_CAST "sp-image-alt");
		return el;
	default:
		return NULL;
	}
}

static void
add_leaf(xmlNodePtr cur, cmark_node *n)
{
	xmlNodePtr el;
	switch (cmark_node_get_type(n)) {
	case CMARK_NODE_TEXT:
		md_dom_add_text(cur, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_SOFTBREAK:
		md_dom_add_text(cur, "\n");
		break;
	case CMARK_NODE_LINEBREAK:
		add_element(cur, "br");
		break;
	case CMARK_NODE_CODE:
		el = add_element(cur, "code");
		md_dom_add_text(el, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_CODE_BLOCK:
		el = add_element(add_element(cur, "pre"), "code");
		md_dom_add_text(el, cmark_node_get_literal(n));
		break;
	case CMARK_NODE_THEMATIC_BREAK:
		add_element(cur, "hr");
		break;
	default:
		/* HTML blocks and inline HTML are dropped: content is text. */
		break;
	}
}

static void
append_block(xmlNodePtr parent, cmark_node *block, int min_level)
{
	/* Which DOM element each open cmark container writes into; depth
	 * beyond MD_DOM_MAX_DEPTH reuses the deepest one. */
	xmlNodePtr stack[MD_DOM_MAX_DEPTH + 1];
	int depth = 0, overflow = 0;
	stack[0] = parent;

	cmark_iter *iter = cmark_iter_new(block);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
		case CMARK_NODE_CODE:
		case CMARK_NODE_CODE_BLOCK:
		case CMARK_NODE_THEMATIC_BREAK:
		case CMARK_NODE_HTML_BLOCK:
		case CMARK_NODE_HTML_INLINE:
		case CMARK_NODE_CUSTOM_BLOCK:
		case CMARK_NODE_CUSTOM_INLINE:
			/* Leaves: cmark gives them an enter event only. */
			add_leaf(stack[depth], n);
			continue;
		default:
			break;
		}
		if (ev == CMARK_EVENT_ENTER) {
			if (depth == MD_DOM_MAX_DEPTH) {
				overflow++;
				continue;
			}
			xmlNodePtr el = open_container(stack[depth], n,
			    min_level);
			stack[depth + 1] = el ? el : stack[depth];
			depth++;
		} else {
			if (overflow > 0)
				overflow--;
			else
				depth--;
		}
	}
	cmark_iter_free(iter);
}

void
md_dom_append(xmlNodePtr parent, cmark_node *first, cmark_node *stop,
    int min_level)
{
	for (cmark_node *n = first; n != NULL && n != stop;
	    n = cmark_node_next(n))
		append_block(parent, n, min_level);
}
