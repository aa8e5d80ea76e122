/*
 * strings.h: the interface string catalogues, one per language: every word
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
 * strings_keys is the table of every key the code uses and the placeholders
 * each may hold: a placeholder a catalogue uses that its key does not have
 * is an error, a key no code uses a warning (strings_check), and
 * tests/unit checks that en.yaml holds exactly the table.
 *
 * Part of the load and check stages for reading (main.c, settings.c); the
 * renderers may include it to look strings up in a catalogue they are given.
 */
#ifndef SHAREPACK_STRINGS_H
#define SHAREPACK_STRINGS_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

/* The folder of a theme that holds the catalogues. */
#define STRINGS_DIR "strings"
/* The language every other catalogue is compared with. */
#define STRINGS_REFERENCE "en"
/* Caps: a catalogue is a few hundred short lines. */
#define STRINGS_MAX_BYTES (256 * 1024)
#define STRINGS_MAX_KEYS 2000
#define STRINGS_MAX_KEY_BYTES 80
#define STRINGS_MAX_ARGS 8

/* One key the code uses. */
struct strings_key {
	const char *key;	/* "quiz.progress"; a count's forms add
				 * ".one", ".other"... */
	const char *params;	/* its placeholders, space-separated:
				 * "n total" */
	int plural;		/* 1: a count, written as its forms */
};

/* Sorted by key, for bsearch. */
extern const struct strings_key strings_keys[];
extern const size_t strings_key_count;

/* One 'key: text' of a catalogue. */
struct strings_entry {
	char *key;
	char *text;
	struct srcpos pos;	/* where the text was written; its path is
				 * one of the catalogue's paths */
};

struct strings {
	char *lang;		/* "cy" */
	struct strings_entry *entries;	/* sorted by key once loaded */
	size_t count;
	size_t cap;
	char **paths;		/* the files read, as shown in messages */
	size_t path_count;
};

/* A new empty catalogue for lang; the caller frees it with strings_free. */
struct strings *strings_new(const char *lang);
void strings_free(struct strings *s);

/*
 * Reads a catalogue's YAML text (len bytes; path names it in messages)
 * into s: each key it gives replaces the one s has. Bad YAML, a value that
 * is not text, a key given twice, a malformed or unknown placeholder are
 * errors at path:line:col through d. Returns 0, or -1 after reporting; s
 * then holds the entries that were good. Also for the fuzz target.
 */
int strings_parse(struct strings *s, const char *data, size_t len,
    const char *path, struct diag *d);

/*
 * The catalogue of lang: the built-in one, then the project theme's
 * THEME_DIR/strings/LANG.yaml over it when theme_dir is not NULL and the
 * file is there (shown names theme_dir in messages). Returns the catalogue
 * (the caller frees it with strings_free), or NULL after reporting when
 * there is neither file or either has errors.
 */
struct strings *strings_load(const char *lang, const char *theme_dir,
    const char *shown, struct diag *d);

/* Whether the program ships a catalogue for lang. */
int strings_builtin_has(const char *lang);

/* The text of key in s, with its placeholders as written, or NULL.
 * Borrowed from s. */
const char *strings_get(const struct strings *s, const char *key);

/*
 * The text of key with each {name} replaced by its value: args holds
 * name, value pairs and ends with NULL (NULL itself for none). A
 * placeholder args does not give stays as written. A key s lacks gives the
 * key itself, so a missing string shows on the page rather than nothing
 * (check reports it first). Returns a new string; the caller frees it.
 */
char *strings_format(const struct strings *s, const char *key,
    const char *const *args);

/* The CLDR plural category of n in lang ("zero", "one", "two", "few",
 * "many" or "other"). Static string. */
const char *strings_plural_category(const char *lang, long n);

/*
 * strings_format for a count: the form of key for n in s's language
 * (KEY.one, ...), or KEY.other when s lacks that form, with {n} set to n
 * and args as strings_format takes them. Caller frees.
 */
char *strings_plural(const struct strings *s, const char *key, long n,
    const char *const *args);

/* The table's row for a catalogue key (a count's form finds its count's
 * row), or NULL when no code uses it. */
const struct strings_key *strings_find_key(const char *key);

/*
 * Compares s with ref (the English catalogue): every key ref has that s
 * lacks is an error naming the key (a count needs its .other form only,
 * since languages count differently), at the file s was read from last;
 * every key of s that no code uses is a warning at its line. Returns the
 * number of keys missing.
 */
size_t strings_check(const struct strings *s, const struct strings *ref,
    struct diag *d);

/*
 * The check of every catalogue the project uses: the settings' language
 * and languages (s), each loaded as strings_load does from theme_dir and
 * compared with English. Reports through d.
 */
void strings_check_project(const struct site_settings *s,
    const char *theme_dir, const char *shown, struct diag *d);

#endif
