/* theme.c: loads and checks a theme's layout template and assets. */
#include "theme.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "buf.h"
#include "fsutil.h"
#include "xalloc.h"

struct parse_errors {
	const char *path;
	struct diag *d;
};

static void
on_parse_error(void *ctx, xmlErrorPtr e)
{
	struct parse_errors *pe = ctx;
	/* libxml2's HTML parser knows HTML 4 only; HTML5 elements such as
	 * <main> and <nav> are fine for us and for browsers. */
	if (e->code == XML_HTML_UNKNOWN_TAG)
		return;
	struct srcpos at = { pe->path, e->line, e->int2 > 0 ? e->int2 : 0 };
	char *msg = xstrdup(e->message ? e->message : "parse error");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (e->level == XML_ERR_WARNING)
		diag_warn(pe->d, &at, "template: %s", msg);
	else
		diag_error(pe->d, &at, "template is not well-formed HTML: %s; "
		    "fix the markup", msg);
	free(msg);
}

/* title and main first: every layout needs them. home keeps its content;
 * site-name and footer keep theirs unless the settings replace it. */
static const char *const slot_names[] = { "title", "main", "home",
    "breadcrumb", "site-name", "footer" };
#define N_SLOTS (sizeof slot_names / sizeof slot_names[0])
#define SLOT_HOME 2

int
theme_has_asset(const struct theme *t, const char *name)
{
	for (size_t i = 0; i < t->asset_count; i++)
		if (strcmp(t->assets[i], name) == 0)
			return 1;
	return 0;
}

/* inside: the slot an ancestor fills, or NULL. A slot's content is
 * replaced, so a slot inside it would vanish from the page. */
static void
check_slots(xmlNodePtr node, const char *path, const struct theme *t,
    int counts[], const char *inside, struct diag *d)
{
	for (xmlNodePtr n = node; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		struct srcpos at = { path, (int)xmlGetLineNo(n), 0 };
		xmlChar *slot = xmlGetProp(n, BAD_CAST "data-sp-slot");
		const char *inner = inside;
		if (slot != NULL) {
			size_t k;
			for (k = 0; k < N_SLOTS; k++)
				if (strcmp((char *)slot, slot_names[k]) == 0)
					break;
			if (k == N_SLOTS)
				diag_error(d, &at, "unknown slot '%s'; the "
				    "slots are title, main, home, breadcrumb, "
				    "site-name and footer", (char *)slot);
			else if (++counts[k] == 2)
				diag_error(d, &at, "slot '%s' is used twice; "
				    "a page has one of each", (char *)slot);
			if (k < N_SLOTS && inside != NULL)
				diag_error(d, &at, "slot '%s' is inside slot "
				    "'%s', whose content is replaced; move it "
				    "out", slot_names[k], inside);
			if (k < N_SLOTS && k != SLOT_HOME)
				inner = slot_names[k];
			xmlFree(slot);
		}
		xmlChar *asset = xmlGetProp(n, BAD_CAST "data-sp-asset");
		if (asset != NULL) {
			if (t != NULL && !theme_has_asset(t, (char *)asset))
				diag_error(d, &at, "data-sp-asset names '%s', "
				    "which is not a file of the theme; add it "
				    "beside layout.html or fix the name",
				    (char *)asset);
			xmlFree(asset);
		}
		check_slots(n->children, path, t, counts, inner, d);
	}
}

xmlDocPtr
theme_parse_layout(const char *data, size_t len, const char *path,
    const struct theme *t, struct diag *d)
{
	struct parse_errors pe = { path, d };
	int errors_before = d->errors;
	xmlSetStructuredErrorFunc(&pe, on_parse_error);
	xmlDocPtr doc = htmlReadMemory(data, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		struct srcpos at = { path, 1, 1 };
		if (d->errors == errors_before)
			diag_error(d, &at, "the template is empty or not "
			    "HTML; start from themes/default/layout.html");
		goto fail;
	}
	int counts[N_SLOTS] = { 0 };
	check_slots(xmlDocGetRootElement(doc), path, t, counts, NULL, d);
	for (int k = 0; k < 2; k++) {
		if (counts[k] == 0) {
			struct srcpos at = { path, 1, 1 };
			diag_error(d, &at, "the template has no '%s' slot; add "
			    "data-sp-slot=\"%s\" to the %s element", slot_names[k],
			    slot_names[k], k == 0 ? "<title>" : "<main>");
		}
	}
	if (d->errors != errors_before)
		goto fail;
	return doc;
fail:
	if (doc != NULL)
		xmlFreeDoc(doc);
	return NULL;
}

struct theme *
theme_load(const char *dir, const char *display_dir, struct diag *d)
{
	struct theme *t = xcalloc(1, sizeof *t);
	struct fs_list files = { NULL, 0, NULL, 0 };
	struct buf data = BUF_INIT;
	int ok = 0;
	char *layout = xasprintf("%s/%s", dir, THEME_LAYOUT);

	t->dir = xstrdup(dir);
	t->layout_path = xasprintf("%s/%s", display_dir, THEME_LAYOUT);
	if (fs_list_tree(dir, "", "README", THEME_MAX_ASSETS, 4, &files) != 0) {
		diag_syserr(d, "%s: cannot read the theme: %s", display_dir,
		    errno == E2BIG ? "too many files" : strerror(errno));
		goto out;
	}
	/* A link out of the folder would put that file in every site and
	 * package built with the theme, so the theme fails instead. */
	int errors = d->errors;
	fs_list_report(&files, display_dir, d);
	if (d->errors != errors)
		goto out;
	t->assets = xcalloc(files.count, sizeof(char *));
	for (size_t i = 0; i < files.count; i++) {
		size_t n = strlen(files.paths[i]);
		if (n >= 5 && strcmp(files.paths[i] + n - 5, ".html") == 0)
			continue;
		t->assets[t->asset_count++] = xstrdup(files.paths[i]);
	}
	if (fs_read_file(layout, THEME_MAX_BYTES, &data) != 0) {
		diag_syserr(d, "%s: cannot read the theme's layout: %s",
		    t->layout_path, strerror(errno));
		goto out;
	}
	t->layout = theme_parse_layout(data.data, data.len, t->layout_path, t,
	    d);
	ok = t->layout != NULL;
out:
	free(layout);
	buf_free(&data);
	fs_list_free(&files);
	if (!ok) {
		theme_free(t);
		t = NULL;
	}
	return t;
}

void
theme_free(struct theme *t)
{
	if (t == NULL)
		return;
	if (t->layout != NULL)
		xmlFreeDoc(t->layout);
	for (size_t i = 0; i < t->asset_count; i++)
		free(t->assets[i]);
	free(t->assets);
	free(t->dir);
	free(t->layout_path);
	free(t);
}
