/* render_lang.c: the words of a page in its language: interface strings
 * from the language's catalogue, and each item in its translation where
 * it has one, marked with its own language where it has none. */
#include "render.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "xalloc.h"

/* Where render_fmt_split cuts: no catalogue text holds a control
 * character (YAML does not allow one unescaped, and none is wanted). */
#define CUT "\x01"

/* The built-in reference catalogue, for words asked for in no language;
 * loaded once, by whichever thread asks first, and kept for the run. */
static struct catalogue *reference;
static pthread_once_t reference_once = PTHREAD_ONCE_INIT;

static void
load_reference(void)
{
	/* The built-in catalogue is known good: nothing to report. */
	struct diag quiet;
	diag_init(&quiet, stderr);
	reference = catalogue_load(CATALOGUE_REFERENCE, NULL, NULL, &quiet);
}

const struct catalogue *
render_catalogue(const struct render_lang *l)
{
	if (l != NULL && l->cat != NULL)
		return l->cat;
	pthread_once(&reference_once, load_reference);
	return reference;
}

const char *
render_str(const struct render_lang *l, const char *key)
{
	const char *text = catalogue_get(render_catalogue(l), key);
	return text != NULL ? text : key;
}

char *
render_fmt(const struct render_lang *l, const char *key,
    const char *const *args)
{
	return catalogue_format(render_catalogue(l), key, args);
}

char *
render_count(const struct render_lang *l, const char *key, long n)
{
	return catalogue_plural(render_catalogue(l), key, n, NULL);
}

const char *
render_named(const struct render_lang *l, const char *prefix,
    const char *name)
{
	char *key = xasprintf("%s.%s", prefix, name);
	const char *text = catalogue_get(render_catalogue(l), key);
	free(key);
	return text != NULL ? text : name;
}

char *
render_list(const struct render_lang *l, const char *const *items, size_t n)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(&b, render_str(l, i + 1 < n ? "list.comma" :
			    "list.and"));
		buf_puts(&b, items[i]);
	}
	return b.data != NULL ? buf_detach(&b) : xstrdup("");
}

void
render_fmt_split(const struct render_lang *l, const char *key,
    const char *const *args, const char *name, char **before, char **after)
{
	const char *all[2 * CATALOGUE_MAX_ARGS + 3] = { name, CUT };
	size_t k = 2;
	for (size_t i = 0; args != NULL && args[i] != NULL &&
	    args[i + 1] != NULL && k + 2 < sizeof all / sizeof *all; i += 2) {
		all[k++] = args[i];
		all[k++] = args[i + 1];
	}
	all[k] = NULL;
	char *text = render_fmt(l, key, all);
	char *cut = strstr(text, CUT);
	if (cut == NULL) {
		*before = text;
		*after = xstrdup("");
		return;
	}
	*after = xstrdup(cut + strlen(CUT));
	*cut = '\0';
	*before = text;
}

void
render_fmt_marked(xmlNodePtr parent, const struct render_lang *l,
    const char *key, const char *name, const char *value,
    const char *value_lang)
{
	char *before, *after;
	render_fmt_split(l, key, NULL, name, &before, &after);
	render_text(parent, before);
	if (value_lang != NULL)
		render_attr(render_el(parent, "span", value), "lang",
		    value_lang);
	else
		render_text(parent, value);
	render_text(parent, after);
	free(before);
	free(after);
}

const struct item *
render_shown(const struct render_lang *l, const struct item *it)
{
	const struct item *tr = NULL;
	if (l != NULL && l->content != NULL && strcmp(l->code, l->content) != 0)
		tr = pack_translation(it, l->code);
	return tr != NULL ? tr : it;
}

const char *
render_foreign(const struct render_lang *l, const struct item *shown)
{
	if (l == NULL || l->content == NULL)
		return NULL;
	const char *lang = pack_item_lang(shown, l->content);
	return strcmp(lang, l->code) != 0 ? lang : NULL;
}

xmlNodePtr
render_mark(xmlNodePtr el, const struct render_lang *l,
    const struct item *shown)
{
	const char *lang = render_foreign(l, shown);
	if (lang != NULL)
		render_attr(el, "lang", lang);
	return el;
}

xmlNodePtr
render_holder(xmlNodePtr parent, const struct render_lang *l,
    const struct item *shown)
{
	if (render_foreign(l, shown) == NULL)
		return parent;
	return render_mark(render_el(parent, "div", NULL), l, shown);
}
