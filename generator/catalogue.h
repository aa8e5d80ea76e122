/*
 * catalogue.h: the interface string catalogues, one per language: every word
 * the pages, the players, the packages, the exports and the trainer's
 * report show that is not content. A catalogue is a flat YAML map, one
 * 'key: text' a line, in the theme's strings/ folder (strings/en.yaml,
 * strings/cy.yaml); {name} in a text is where a value goes, and a count's
 * forms are keys of their own, KEY.one, KEY.other (and Welsh's KEY.zero,
 * KEY.two, KEY.few, KEY.many), as CLDR names them. The built-in theme ships
 * English and Welsh. A project's theme may hold strings/LANG.yaml too: its
 * keys override the built-in catalogue's one by one, and the keys it does
 * not give keep the built-in text, so a partnership rewords one phrase
 * without copying the rest. themes/default/strings/README.md says the same
 * for translators.
 *
 * catalogue_keys is the table of every key the code uses and the placeholders
 * each may hold: a placeholder a catalogue uses that its key does not have
 * is an error, a key no code uses a warning (catalogue_check), and
 * tests/unit checks that en.yaml holds exactly the table.
 *
 * Part of the load and check stages for reading (main.c, settings.c); the
 * renderers may include it to look strings up in a catalogue they are given.
 */
#ifndef SHAREPACK_CATALOGUE_H
#define SHAREPACK_CATALOGUE_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

/* The folder of a theme that holds the catalogues. */
#define CATALOGUE_DIR "strings"
/* The language every other catalogue is compared with. */
#define CATALOGUE_REFERENCE "en"
/* Caps: a catalogue is a few hundred short lines. */
#define CATALOGUE_MAX_BYTES (256 * 1024)
#define CATALOGUE_MAX_KEYS 2000
#define CATALOGUE_MAX_KEY_BYTES 80
#define CATALOGUE_MAX_ARGS 8

/* One key the code uses. */
struct catalogue_key {
	const char *key;	/* "quiz.progress"; a count's forms add
				 * ".one", ".other"... */
	const char *params;	/* its placeholders, space-separated:
				 * "n total" */
	int plural;		/* 1: a count, written as its forms */
};

/* Sorted by key, for bsearch. */
extern const struct catalogue_key catalogue_keys[];
extern const size_t catalogue_key_count;

/* One 'key: text' of a catalogue. */
struct catalogue_entry {
	char *key;
	char *text;
	struct srcpos pos;	/* where the text was written; its path is
				 * one of the catalogue's paths */
	const struct catalogue_key *row;	/* catalogue_find_key(key),
				 * found as the key was read */
};

struct catalogue {
	char *lang;		/* "cy" */
	struct catalogue_entry *entries;	/* sorted by key once loaded */
	size_t count;
	size_t cap;
	char **paths;		/* the files read, as shown in messages */
	size_t path_count;
};

/* A new empty catalogue for lang; the caller frees it with catalogue_free. */
struct catalogue *catalogue_new(const char *lang);
void catalogue_free(struct catalogue *s);

/*
 * Reads a catalogue's YAML text (len bytes; path names it in messages)
 * into s: each key it gives replaces the one s has. Bad YAML, a value that
 * is not text, a key given twice, a malformed or unknown placeholder are
 * errors at path:line:col through d. Returns 0, or -1 after reporting; s
 * then holds the entries that were good. Also for the fuzz target.
 */
int catalogue_parse(struct catalogue *s, const char *data, size_t len,
    const char *path, struct diag *d);

/*
 * The catalogue of lang: the built-in one, then the project theme's
 * THEME_DIR/strings/LANG.yaml over it when theme_dir is not NULL and the
 * file is there (shown names theme_dir in messages). Problems are
 * reported through d. Returns the catalogue, holding every entry that was
 * good (the caller frees it with catalogue_free), or NULL when there is
 * neither file.
 */
struct catalogue *catalogue_load(const char *lang, const char *theme_dir,
    const char *shown, struct diag *d);

/* Whether the program ships a catalogue for lang. */
int catalogue_builtin_has(const char *lang);

/* The text of key in s, with its placeholders as written, or NULL.
 * Borrowed from s. */
const char *catalogue_get(const struct catalogue *s, const char *key);

/*
 * The text of key with each {name} replaced by its value: args holds
 * name, value pairs and ends with NULL (NULL itself for none). A
 * placeholder args does not give stays as written. A key s lacks gives the
 * key itself, so a missing string shows on the page rather than nothing
 * (check reports it first). Returns a new string; the caller frees it.
 */
char *catalogue_format(const struct catalogue *s, const char *key,
    const char *const *args);

/* The CLDR plural category of n in lang ("zero", "one", "two", "few",
 * "many" or "other"). Static string. */
const char *catalogue_plural_category(const char *lang, long n);

/*
 * catalogue_format for a count: the form of key for n in s's language
 * (KEY.one, ...), or KEY.other when s lacks that form, with {n} set to n
 * and args as catalogue_format takes them. Caller frees.
 */
char *catalogue_plural(const struct catalogue *s, const char *key, long n,
    const char *const *args);

/* The table's row for a catalogue key (a count's form finds its count's
 * row), or NULL when no code uses it. */
const struct catalogue_key *catalogue_find_key(const char *key);

/*
 * Compares s with ref (the English catalogue): every key ref has that s
 * lacks is an error naming the key (a count needs its .other form only,
 * since languages count differently), at the file s was read from last;
 * every key of s that no code uses is a warning at its line. Returns the
 * number of keys missing.
 */
size_t catalogue_check(const struct catalogue *s, const struct catalogue *ref,
    struct diag *d);

/*
 * The check of every catalogue the project uses: the settings' language
 * and languages (s, read from the file called settings in messages), each
 * loaded as catalogue_load does from theme_dir and compared with English; a
 * language with no catalogue at all is an error at its place in the
 * settings. Reports through d. When kept is not NULL, each catalogue
 * loaded is handed to it (the caller frees them) rather than freed, up to
 * room of them, so that what makes pages does not read and parse them
 * again; returns how many were handed.
 */
size_t catalogue_check_project(const struct site_settings *s,
    const char *settings, const char *theme_dir, const char *shown,
    struct diag *d, struct catalogue **kept, size_t room);

/* The text of key PREFIX.NAME in s ("agency", "social-care": "Social
 * care"), or NULL when s has none: the words for a name the model holds
 * (an agency, an edition, a principle). Borrowed from s. */
const char *catalogue_name(const struct catalogue *s, const char *prefix,
    const char *name);

/*
 * "Golden rules cited: rules 4, 6 and 7 (England 2024)." in s's language
 * (rules.cited, list.and, edition_short.EDITION): the numbers of rules as
 * edition numbers them, edition named when not NULL (by itself when s has
 * no short name for it). Returns a new string the caller frees, or NULL
 * when rules is empty.
 */
char *catalogue_rules_cited(const struct catalogue *s,
    const struct intlist *rules, const char *edition);

#endif
