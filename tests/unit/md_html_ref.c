/* md_html_ref.c: the DOM path (md_dom and the html5 writer) that md_html
 * must match byte for byte, and the comparison of the two. */
#include "md_html_ref.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "html5.h"
#include "md_dom.h"

/* md_html_ref_frag, and the div's children as html5_fragment wrote them
 * before md_html (into *children unless NULL; the caller frees them). */
static struct html5_frag *
dom_frag(cmark_node *first, cmark_node *stop, int min_level, char **children)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(doc, div);
	md_dom_append(div, first, stop, min_level);
	if (children != NULL)
		*children = html5_children(div);
	struct html5_frag *f = NULL;
	if (div->children != NULL) {
		f = html5_frag_new();
		for (xmlNodePtr n = div->children; n != NULL; n = n->next)
			html5_frag_add(f, n);
	}
	xmlFreeDoc(doc);
	return f;
}

struct html5_frag *
md_html_ref_frag(cmark_node *first, cmark_node *stop, int min_level)
{
	return dom_frag(first, stop, min_level, NULL);
}

/* A fragment (or none) as a page holds it, in a div of its own. The
 * caller frees the page. */
static char *
frag_page(const struct html5_frag *f)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(doc, div);
	if (f != NULL)
		html5_frag_insert(div, f);
	struct buf out = BUF_INIT;
	html5_document(doc, &out);
	xmlFreeDoc(doc);
	return buf_detach(&out);
}

int
md_html_check(cmark_node *first, cmark_node *stop, int min_level, FILE *why)
{
	char *old_children;
	struct html5_frag *old = dom_frag(first, stop, min_level,
	    &old_children);
	struct html5_frag *now = html5_frag_markdown(first, stop, min_level);
	char *old_page = frag_page(old), *new_page = frag_page(now);
	char *new_children = html5_fragment(first, stop, min_level);
	int same = (old == NULL) == (now == NULL) &&
	    strcmp(old_page, new_page) == 0 &&
	    strcmp(old_children, new_children) == 0;
	if (!same && why != NULL)
		fprintf(why, "min_level %d\nmd_dom:  [%s] %s\nmd_html: [%s] "
		    "%s\n", min_level, old_children, old_page, new_children,
		    new_page);
	free(new_children);
	free(new_page);
	free(old_page);
	free(old_children);
	html5_frag_free(now);
	html5_frag_free(old);
	return same;
}
