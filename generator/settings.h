/*
 * settings.h: the project's site settings, one YAML file at the project
 * root (sharepack.yaml): the site's name, the organisation, a logo,
 * colours, the footer, the front page's welcome, a contact and the
 * language. They are read with libyaml, as front matter is, and checked
 * key by key against one table (settings_keys), which content/README.md
 * documents (tests/unit checks that it does). What they hold goes into
 * struct site_settings (pack.h), which the later stages read.
 *
 * Part of the load stage: main.c includes it; render, site and scorm read
 * struct site_settings and never this header.
 */
#ifndef SHAREPACK_SETTINGS_H
#define SHAREPACK_SETTINGS_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

/* The file, at the project root. */
#define SETTINGS_FILE "sharepack.yaml"

/* Caps: a settings file is a few lines, a logo a small image. */
#define SETTINGS_MAX_BYTES (64 * 1024)
#define SETTINGS_MAX_LOGO_BYTES (512 * 1024)

/* The contrast with a white page that WCAG AA asks of text (4.5:1), in
 * tenths: a colour below it is a warning. */
#define SETTINGS_MIN_CONTRAST_TENTHS 45

enum settings_type {
	SETTINGS_TEXT,		/* one line of text */
	SETTINGS_MARKDOWN,	/* Markdown, any number of lines */
	SETTINGS_COLOUR,	/* "#rrggbb" */
	SETTINGS_IMAGE,		/* the path of an image in the project */
	SETTINGS_WORD,		/* one of words[] */
	SETTINGS_WORDS		/* a list of words[], kept as a strlist */
};

/* One setting. A key of a group is written under the group's key
 * ("colours:" then "accent: ..."). */
struct settings_key {
	const char *group;	/* "colours", or NULL at the top level */
	const char *name;	/* "accent", "name" */
	enum settings_type type;
	size_t offset;		/* where it is kept in struct site_settings */
	const char *const *words;	/* WORD: the accepted values */
	const char *example;	/* a good value, for messages */
	const char *doc;	/* its meaning, for the documentation */
};

/* Every setting, in the order of the documentation; NULL-ended (name). */
extern const struct settings_key settings_keys[];

/*
 * Reads the settings file file (its path as the caller opens it; shown,
 * its path in messages, relative to the project) of the project in
 * project_dir, whose logo path is
 * relative to project_dir, into s, which must be empty. A missing file is
 * no error: every setting keeps its default (NULL). Bad values are errors
 * at path:line:col, unknown keys and colours too faint to read warnings,
 * all through d. Returns 0, or -1 when something was an error; s then
 * holds the settings that were good. s owns what it holds
 * (pack_settings_free).
 */
int settings_load(const char *project_dir, const char *file,
    const char *shown, struct site_settings *s, struct diag *d);

#endif
