/* theme.c: loads and checks a theme's layout template and assets, the
 * project's over the built-in ones. */
#include "theme.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "embed.h"
#include "fsutil.h"
#include "catalogue.h"
#include "xalloc.h"

/* Where the built-in theme's files are in the table of embed.h. */
#define BUILTIN_PREFIX "theme/"

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
		if (strcmp(t->assets[i].name, name) == 0)
			return 1;
	return 0;
}

int
theme_read_asset(const struct theme *t, const struct theme_asset *a,
    size_t max, struct buf *out)
{
	if (a->builtin != NULL) {
		if (a->builtin_len > max) {
			errno = EFBIG;
			return -1;
		}
		buf_add(out, a->builtin, a->builtin_len);
		return 0;
	}
	char *path = xasprintf("%s/%s", t->dir, a->name);
	int rc = fs_read_file(path, max, out);
	free(path);
	return rc;
}

/* An element's attr (data-sp-text or data-sp-label) names the catalogue
 * key whose text replaces its own words in each language: one the
 * catalogues have. */
static void
check_word_key(xmlNodePtr n, const struct srcpos *at, const char *attr,
    struct diag *d)
{
	xmlChar *key = xmlGetProp(n, BAD_CAST attr);
	if (key == NULL)
		return;
	const struct catalogue_key *row = catalogue_find_key((char *)key);
	if (row == NULL || row->plural || *row->params != '\0')
		diag_error(d, at, "%s names '%s', which is no key of the "
		    "interface catalogues that takes no value; use one of "
		    "strings/en.yaml's, such as 'page.skip_link'", attr,
		    (char *)key);
	xmlFree(key);
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
		check_word_key(n, &at, "data-sp-text", d);
		check_word_key(n, &at, "data-sp-label", d);
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

/* Whether a file of a theme folder is an asset: pages are templates and
 * strings/ holds the interface catalogues (catalogue.h), not files to copy
 * (fs_list_tree has already left out README files). */
static int
is_asset(const char *name)
{
	size_t n = strlen(name);
	return !(n >= 5 && strcmp(name + n - 5, ".html") == 0) &&
	    strncmp(name, CATALOGUE_DIR "/", sizeof CATALOGUE_DIR) != 0;
}

static void
add_asset(struct theme *t, const char *name, const struct embed_file *e)
{
	struct theme_asset *a = &t->assets[t->asset_count++];
	a->name = xstrdup(name);
	a->builtin = e != NULL ? e->data : NULL;
	a->builtin_len = e != NULL ? e->len : 0;
}

/* t's assets: the project's files (sorted, as fs_list_tree gives them) and
 * the built-in ones of other names, merged into one sorted list. */
static void
merge_assets(struct theme *t, const struct fs_list *files)
{
	size_t nb;
	const struct embed_file *b = embed_under(BUILTIN_PREFIX, &nb);
	size_t skip = strlen(BUILTIN_PREFIX), i = 0, k = 0;
	t->assets = xcalloc(files->count + nb + 1, sizeof *t->assets);
	while (i < files->count || k < nb) {
		const char *bname = k < nb ? b[k].name + skip : NULL;
		int c = i == files->count ? 1 : k == nb ? -1 :
		    strcmp(files->paths[i], bname);
		if (c <= 0) {
			if (is_asset(files->paths[i]))
				add_asset(t, files->paths[i], NULL);
			i++;
			k += c == 0;	/* overridden */
		} else {
			if (is_asset(bname) && strncmp(bname, "README", 6) != 0)
				add_asset(t, bname, &b[k]);
			k++;
		}
	}
}

static int
listed(const struct fs_list *files, const char *name)
{
	for (size_t i = 0; i < files->count; i++)
		if (strcmp(files->paths[i], name) == 0)
			return 1;
	return 0;
}

/* Parses the project's layout.html if it has one, or the built-in one. */
static void
load_layout(struct theme *t, const struct fs_list *files, struct diag *d)
{
	struct buf data = BUF_INIT;
	if (t->dir == NULL || !listed(files, THEME_LAYOUT)) {
		const struct embed_file *e = embed_find(BUILTIN_PREFIX
		    THEME_LAYOUT);
		free(t->layout_path);
		t->layout_path = xstrdup(THEME_BUILTIN "/" THEME_LAYOUT);
		buf_add(&data, e->data, e->len);
	} else {
		char *layout = xasprintf("%s/%s", t->dir, THEME_LAYOUT);
		int rc = fs_read_file(layout, THEME_MAX_BYTES, &data);
		free(layout);
		if (rc != 0) {
			diag_syserr(d, "%s: cannot read the theme's layout: %s",
			    t->layout_path, strerror(errno));
			goto out;
		}
	}
	t->layout = theme_parse_layout(data.data, data.len, t->layout_path, t,
	    d);
out:
	buf_free(&data);
}

struct theme *
theme_load(const char *dir, const char *display_dir, struct diag *d)
{
	struct theme *t = xcalloc(1, sizeof *t);
	struct fs_list files = { NULL, 0, NULL, 0 };

	t->dir = dir != NULL ? xstrdup(dir) : NULL;
	t->layout_path = xasprintf("%s/%s", dir != NULL ? display_dir :
	    THEME_BUILTIN, THEME_LAYOUT);
	if (dir != NULL && fs_list_tree(dir, "", "README", THEME_MAX_ASSETS, 4,
	    &files) != 0) {
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
	merge_assets(t, &files);
	load_layout(t, &files, d);
out:
	fs_list_free(&files);
	if (t->layout == NULL) {
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
		free(t->assets[i].name);
	free(t->assets);
	free(t->dir);
	free(t->layout_path);
	free(t);
}
