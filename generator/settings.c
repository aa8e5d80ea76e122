/* settings.c: the project's site settings, read from sharepack.yaml with
 * libyaml and checked key by key against one table. */
#include "settings.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "buf.h"
#include "frontmatter.h"
#include "fsutil.h"
#include "markdown.h"
#include "schema.h"
#include "xalloc.h"

#define AT(field) offsetof(struct site_settings, field)
#define LOGO_EXAMPLE "images/logo.png"


const struct settings_key settings_keys[] = {
	{ NULL, "name", SETTINGS_TEXT, AT(name),
	    "Anytown safeguarding training",
	    "the site's name, at the top of every page and as the front "
	    "page's title" },
	{ NULL, "organisation", SETTINGS_TEXT, AT(organisation),
	    "Anytown Safeguarding Children Partnership",
	    "the organisation or partnership that runs the training, named "
	    "on certificates, on records of learning and in SCORM packages" },
	{ NULL, "logo", SETTINGS_IMAGE, AT(logo_name), LOGO_EXAMPLE,
	    "the logo shown beside the site's name on every page: a PNG, "
	    "JPEG, GIF, WebP or SVG file in the project, named from the "
	    "project folder" },
	{ "colours", "accent", SETTINGS_COLOUR, AT(accent), "\"#1d4f91\"",
	    "the colour of links, buttons and the line under the header" },
	{ "colours", "text", SETTINGS_COLOUR, AT(text), "\"#1b1b1b\"",
	    "the colour of the text" },
	{ NULL, "footer", SETTINGS_TEXT, AT(footer),
	    "Anytown Safeguarding Children Partnership, 2026",
	    "the line at the foot of every page" },
	{ NULL, "welcome", SETTINGS_MARKDOWN, AT(welcome),
	    "Welcome to our training.",
	    "the welcome on the front page, below its title (Markdown, any "
	    "number of lines)" },
	{ NULL, "contact", SETTINGS_TEXT, AT(contact),
	    "safeguarding@anytown.gov.uk",
	    "who to ask about the training, in every page's footer: an email "
	    "address (shown as a link) or a name and a telephone number" },
	{ NULL, "language", SETTINGS_LANGUAGE, AT(language), "en",
	    "the default language of the pages and of the content: en "
	    "(English) or cy (Welsh); content files without 'lang' are in it" },
	{ NULL, "languages", SETTINGS_LANGUAGES, AT(languages),
	    "[en, cy]",
	    "every language the site is in, the default among them: check "
	    "then looks for a translation of each item in each of them" },
	{ NULL, NULL, SETTINGS_TEXT, 0, NULL, NULL }
};

/* The groups of keys, written as a mapping under their name. */
static const char *const group_names[] = { "colours", NULL };

/* Room for a bit per setting. */
#define MAX_KEYS 32

/* One reading of the settings file. */
struct reader {
	yaml_document_t *doc;
	const char *file;	/* as shown in messages */
	const char *text;	/* the file's bytes, len of them */
	size_t len;
	const char *project;	/* the folder the logo's path starts from */
	struct site_settings *s;
	struct diag *d;
	struct schema_report r;	/* for schema_check_line */
	unsigned seen;		/* a bit per settings_keys entry read */
	unsigned groups_seen;	/* a bit per group_names entry read */
	int failed;
};

static struct srcpos
node_pos(const struct reader *rd, const yaml_node_t *n)
{
	struct srcpos p = { rd->file, (int)n->start_mark.line + 1,
	    (int)n->start_mark.column + 1 };
	return p;
}

static void
fail(struct reader *rd, const struct srcpos *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Reports an error; it is printf-formatted. */
static void
fail(struct reader *rd, const struct srcpos *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
	va_end(ap);
	diag_error(rd->d, at, "%s", msg);
	free(msg);
	rd->failed = 1;
}

/* schema_check_line's messages go here. */
static void
schema_error(void *ctx, const struct srcpos *at, const char *msg)
{
	struct reader *rd = ctx;
	diag_error(rd->d, at, "%s", msg);
	rd->failed = 1;
}

static const char *
shape_name(const yaml_node_t *n)
{
	return n->type == YAML_SEQUENCE_NODE ? "a list" :
	    n->type == YAML_MAPPING_NODE ? "a mapping" : "text";
}

/* Whether the line at node n has a '#' after a space: YAML read what
 * follows as a comment ("accent: #1d4f91" is an empty value). */
static int
comment_on_line(const struct reader *rd, const yaml_node_t *key)
{
	const char *p = rd->text, *end = rd->text + rd->len;
	for (size_t line = 0; p < end && line < key->start_mark.line; p++)
		line += *p == '\n';
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	for (const char *q = p + 1; q < (nl ? nl : end); q++)
		if (*q == '#' && (q[-1] == ' ' || q[-1] == '\t'))
			return 1;
	return 0;
}

/* The text of value node v of key k, or NULL after reporting that it is
 * not text, is empty, or (but for Markdown) is not one line. */
static const char *
want_text(struct reader *rd, const struct settings_key *k,
    const yaml_node_t *key, const yaml_node_t *v)
{
	struct srcpos at = node_pos(rd, v);
	if (v->type != YAML_SCALAR_NODE) {
		fail(rd, &at, "'%s' must be text, not %s; write it as '%s: %s'",
		    k->name, shape_name(v), k->name, k->example);
		return NULL;
	}
	const char *s = (const char *)v->data.scalar.value;
	size_t n = v->data.scalar.length;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\n'))
		n--;
	if (n == 0 && k->type == SETTINGS_COLOUR && comment_on_line(rd, key)) {
		struct srcpos kp = node_pos(rd, key);
		fail(rd, &kp, "'%s' is empty: in YAML a '#' after a space "
		    "starts a comment; put the colour in quotes, such as "
		    "'%s: %s'", k->name, k->name, k->example);
		return NULL;
	}
	if (n == 0) {
		fail(rd, &at, "'%s' is empty; give it a value, such as '%s: %s', "
		    "or remove the line", k->name, k->name, k->example);
		return NULL;
	}
	struct schema_value sv = { SCHEMA_SCALAR, s, NULL, at, NULL, NULL,
	    v->data.scalar.length };
	int bad = k->type != SETTINGS_MARKDOWN &&
	    schema_check_line("'%s'", k->name, &sv, &rd->r) != 0;
	return bad ? NULL : s;
}

/* Where key k's value is kept in the settings. */
static char **
field(struct reader *rd, const struct settings_key *k)
{
	return (char **)(void *)((char *)rd->s + k->offset);
}

/* ---- colours ---- */

/* The fifth root of v (0 < v <= 1) by Newton's method, so that the
 * contrast needs no maths library. */
static double
fifth_root(double v)
{
	double y = 1;
	for (int i = 0; i < 60; i++)
		y -= (y * y * y * y * y - v) / (5 * y * y * y * y);
	return y;
}

/* The relative luminance of "#rrggbb", as WCAG 2 defines it. */
static double
luminance(const char *hex)
{
	static const double weight[3] = { 0.2126, 0.7152, 0.0722 };
	double l = 0;
	for (int i = 0; i < 3; i++) {
		char two[3] = { hex[1 + 2 * i], hex[2 + 2 * i], '\0' };
		double c = (double)strtol(two, NULL, 16) / 255;
		double t = (c + 0.055) / 1.055;
		/* t^2.4 is t^2 times the fifth root of t^2. */
		l += weight[i] * (c <= 0.04045 ? c / 12.92 : t * t *
		    fifth_root(t * t));
	}
	return l;
}

static void
set_colour(struct reader *rd, const struct settings_key *k, const char *s,
    const struct srcpos *at)
{
	int ok = strlen(s) == 7 && s[0] == '#';
	for (int i = 1; ok && i < 7; i++)
		ok = strchr("0123456789abcdefABCDEF", s[i]) != NULL;
	if (!ok) {
		fail(rd, at, "the colour '%s' must be written as '#' and six "
		    "hex digits, such as '%s: %s', not '%s'", k->name, k->name,
		    k->example, s);
		return;
	}
	char *c = xstrdup(s);
	for (char *p = c; *p; p++)
		if (*p >= 'A' && *p <= 'F')
			*p = (char)(*p - 'A' + 'a');
	int tenths = (int)(10 * 1.05 / (luminance(c) + 0.05));
	if (tenths < SETTINGS_MIN_CONTRAST_TENTHS)
		diag_warn(rd->d, at, "the colour '%s' (%s) has a contrast of "
		    "%d.%d:1 with a white page, below the %d.%d:1 that WCAG AA "
		    "asks of text, so some learners cannot read it; choose a "
		    "darker colour", k->name, c, tenths / 10, tenths % 10,
		    SETTINGS_MIN_CONTRAST_TENTHS / 10,
		    SETTINGS_MIN_CONTRAST_TENTHS % 10);
	*field(rd, k) = c;
}

/* ---- the logo ---- */

static int
is_png(const char *b, size_t n)
{
	return n >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0;
}

static int
is_jpeg(const char *b, size_t n)
{
	return n >= 3 && memcmp(b, "\xFF\xD8\xFF", 3) == 0;
}

static int
is_gif(const char *b, size_t n)
{
	return n >= 6 && (memcmp(b, "GIF87a", 6) == 0 ||
	    memcmp(b, "GIF89a", 6) == 0);
}

static int
is_webp(const char *b, size_t n)
{
	return n >= 12 && memcmp(b, "RIFF", 4) == 0 &&
	    memcmp(b + 8, "WEBP", 4) == 0;
}

/* An SVG file starts with markup (after a byte-order mark and blanks)
 * and has an <svg element near its top. */
static int
is_svg(const char *b, size_t n)
{
	size_t i = n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	while (i < n && b[i] != '\0' && strchr(" \t\r\n", b[i]) != NULL)
		i++;
	if (i == n || b[i] != '<')
		return 0;
	size_t look = n < 4096 ? n : 4096;
	for (size_t k = i; k + 4 <= look; k++)
		if (memcmp(b + k, "<svg", 4) == 0)
			return 1;
	return 0;
}

static const struct image_type {
	const char *ext;	/* the file name's ending, in lower case */
	const char *name;	/* for messages */
	const char *asset;	/* the copy's name in assets/ */
	int (*is)(const char *b, size_t n);
} image_types[] = {
	{ ".png", "PNG", "site-logo.png", is_png },
	{ ".jpg", "JPEG", "site-logo.jpg", is_jpeg },
	{ ".jpeg", "JPEG", "site-logo.jpg", is_jpeg },
	{ ".gif", "GIF", "site-logo.gif", is_gif },
	{ ".webp", "WebP", "site-logo.webp", is_webp },
	{ ".svg", "SVG", "site-logo.svg", is_svg },
};
#define N_IMAGE_TYPES (sizeof image_types / sizeof image_types[0])

/* The type of image path names by its ending (in any case), or NULL. */
static const struct image_type *
image_type_of(const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < N_IMAGE_TYPES; i++) {
		size_t e = strlen(image_types[i].ext);
		if (n > e && strncasecmp(path + n - e, image_types[i].ext, e) ==
		    0)
			return &image_types[i];
	}
	return NULL;
}

/* Whether path stays inside the project as written: not absolute, no
 * ".." part. (Links are checked once the file is found.) */
static int
relative_inside(const char *path)
{
	if (path[0] == '/')
		return 0;
	for (const char *p = path; *p; ) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return 0;
		p += n;
		p += *p == '/';
	}
	return 1;
}

/* Reads the logo the project names as path into data. Returns 0, or -1
 * after reporting at at. */
static int
read_logo(struct reader *rd, const char *path, const struct image_type *type,
    const struct srcpos *at, struct buf *data)
{
	int rc = -1;
	char *full = strcmp(rd->project, ".") == 0 ? xstrdup(path) :
	    xasprintf("%s/%s", rd->project, path);
	if (fs_read_file(full, SETTINGS_MAX_LOGO_BYTES, data) != 0) {
		if (errno == EFBIG)
			fail(rd, at, "'logo' names '%s', which is larger than "
			    "the %d KiB limit; save a smaller image", path,
			    SETTINGS_MAX_LOGO_BYTES / 1024);
		else
			fail(rd, at, "'logo' names '%s', which cannot be read "
			    "(%s); give the image's path from the project "
			    "folder, such as 'logo: %s'", path, strerror(errno),
			    LOGO_EXAMPLE);
		goto out;
	}
	if (fs_within(full, rd->project) != 1) {
		fail(rd, at, "'logo' names '%s', a link to a file outside the "
		    "project; copy the image into the project", path);
		goto out;
	}
	if (!type->is(data->data, data->len)) {
		fail(rd, at, "'logo' names '%s', which is not a %s image (its "
		    "first bytes say otherwise); save it as %s or correct its "
		    "name", path, type->name, type->name);
		goto out;
	}
	rc = 0;
out:
	free(full);
	return rc;
}

static void
set_logo(struct reader *rd, const char *path, const struct srcpos *at)
{
	if (!relative_inside(path)) {
		fail(rd, at, "'logo' must name a file inside the project from "
		    "its folder, such as 'logo: %s', not '%s'", LOGO_EXAMPLE,
		    path);
		return;
	}
	const struct image_type *type = image_type_of(path);
	if (type == NULL) {
		fail(rd, at, "'logo' names '%s'; use a PNG, JPEG, GIF, WebP or "
		    "SVG image (a name ending .png, .jpg, .gif, .webp or .svg)",
		    path);
		return;
	}
	struct buf data = BUF_INIT;
	if (read_logo(rd, path, type, at, &data) != 0) {
		buf_free(&data);
		return;
	}
	rd->s->logo_len = data.len;
	rd->s->logo_data = buf_detach(&data);
	rd->s->logo_name = xstrdup(type->asset);
}

/* ---- the keys ---- */

/* Whether s is a language code; reports it at at when not. Whether
 * there are words for it is check's question (catalogue.h), since a
 * project's theme may bring them. */
static int
valid_language(struct reader *rd, const struct settings_key *k, const char *s,
    const struct srcpos *at)
{
	if (pack_valid_lang(s))
		return 1;
	fail(rd, at, "'%s' is not a language code; write two or three "
	    "lower-case letters, such as 'en' (English) or 'cy' (Welsh)", s);
	return 0;
}

static void
set_language(struct reader *rd, const struct settings_key *k, const char *s,
    const struct srcpos *at)
{
	if (valid_language(rd, k, s, at))
		*field(rd, k) = xstrdup(s);
}

/* A list of language codes, such as 'languages: [en, cy]'. */
static void
set_languages(struct reader *rd, const struct settings_key *k,
    const yaml_node_t *v)
{
	struct srcpos at = node_pos(rd, v);
	struct strlist *l = (struct strlist *)(void *)((char *)rd->s +
	    k->offset);
	if (v->type != YAML_SEQUENCE_NODE) {
		fail(rd, &at, "'%s' must be a list, such as '%s: %s'", k->name,
		    k->name, k->example);
		return;
	}
	size_t n = (size_t)(v->data.sequence.items.top -
	    v->data.sequence.items.start);
	if (n == 0 || n > PACK_MAX_LANGUAGES) {
		fail(rd, &at, "'%s' lists %zu languages; list from 1 to %d, such "
		    "as '%s: %s'", k->name, n, PACK_MAX_LANGUAGES, k->name,
		    k->example);
		return;
	}
	l->values = xcalloc(n, sizeof *l->values);
	l->pos = xcalloc(n, sizeof *l->pos);
	for (size_t i = 0; i < n; i++) {
		yaml_node_t *w = yaml_document_get_node(rd->doc,
		    v->data.sequence.items.start[i]);
		if (w == NULL)
			continue;
		struct srcpos wp = node_pos(rd, w);
		const char *s = w->type == YAML_SCALAR_NODE ?
		    (const char *)w->data.scalar.value : NULL;
		if (s == NULL) {
			fail(rd, &wp, "each of '%s' is a language code, such as "
			    "'en', not %s", k->name, shape_name(w));
			continue;
		}
		if (!valid_language(rd, k, s, &wp))
			continue;
		int twice = 0;
		for (size_t j = 0; j < l->count; j++)
			twice |= strcmp(l->values[j], s) == 0;
		if (twice) {
			fail(rd, &wp, "'%s' lists '%s' twice; keep one", k->name,
			    s);
			continue;
		}
		l->values[l->count] = xstrdup(s);
		l->pos[l->count++] = wp;
	}
}

/* The default language must be one of the languages, when both are
 * given. */
static void
check_languages(struct reader *rd)
{
	const struct site_settings *s = rd->s;
	if (s->language == NULL || s->languages.count == 0)
		return;
	for (size_t i = 0; i < s->languages.count; i++)
		if (strcmp(s->languages.values[i], s->language) == 0)
			return;
	fail(rd, &s->languages.pos[0], "'languages' does not list '%s', the "
	    "default 'language'; add it to the list", s->language);
}

/* Checks value node v of key k (written at node key) and keeps it. */
static void
set_value(struct reader *rd, const struct settings_key *k,
    const yaml_node_t *key, const yaml_node_t *v)
{
	if (k->type == SETTINGS_LANGUAGES) {
		set_languages(rd, k, v);
		return;
	}
	const char *s = want_text(rd, k, key, v);
	struct srcpos at = node_pos(rd, v);
	if (s == NULL)
		return;
	switch (k->type) {
	case SETTINGS_TEXT:
		*field(rd, k) = xstrdup(s);
		break;
	case SETTINGS_MARKDOWN:
		*(cmark_node **)(void *)((char *)rd->s + k->offset) =
		    md_parse(s, strlen(s));
		break;
	case SETTINGS_COLOUR:
		set_colour(rd, k, s, &at);
		break;
	case SETTINGS_IMAGE:
		set_logo(rd, s, &at);
		break;
	case SETTINGS_LANGUAGE:
		set_language(rd, k, s, &at);
		break;
	case SETTINGS_LANGUAGES:
		break;
	}
}

/* Warns about an unknown key of group (NULL: the top level), naming the
 * one nearest to it. */
static void
unknown_key(struct reader *rd, const char *group, const char *name,
    const struct srcpos *at)
{
	const char *names[MAX_KEYS + 4];
	size_t n = 0;
	for (size_t i = 0; settings_keys[i].name != NULL; i++)
		if ((group == NULL) == (settings_keys[i].group == NULL) &&
		    (group == NULL || strcmp(group, settings_keys[i].group) ==
		    0))
			names[n++] = settings_keys[i].name;
	for (size_t i = 0; group == NULL && group_names[i] != NULL; i++)
		names[n++] = group_names[i];
	names[n] = NULL;
	const char *near = diag_nearest(name, names);
	if (near != NULL)
		diag_warn(rd->d, at, "unknown setting '%s' is ignored; did you "
		    "mean '%s'?", name, near);
	else
		diag_warn(rd->d, at, "unknown setting '%s' is ignored; "
		    "content/README.md lists the settings", name);
}

static int
find_key(const char *group, const char *name)
{
	for (int i = 0; settings_keys[i].name != NULL; i++)
		if ((group == NULL ? settings_keys[i].group == NULL :
		    settings_keys[i].group != NULL &&
		    strcmp(group, settings_keys[i].group) == 0) &&
		    strcmp(name, settings_keys[i].name) == 0)
			return i;
	return -1;
}

static int
find_group(const char *name)
{
	for (int i = 0; group_names[i] != NULL; i++)
		if (strcmp(name, group_names[i]) == 0)
			return i;
	return -1;
}

static void read_mapping(struct reader *rd, const yaml_node_t *map,
    const char *group);

/* One 'key: value' pair of group (NULL: the top level). */
static void
read_pair(struct reader *rd, const yaml_node_t *key, const yaml_node_t *v,
    const char *group)
{
	struct srcpos kp = node_pos(rd, key);
	if (key->type != YAML_SCALAR_NODE) {
		fail(rd, &kp, "a setting's name must be a plain word such as "
		    "'name', not %s", shape_name(key));
		return;
	}
	const char *name = (const char *)key->data.scalar.value;
	struct schema_value kv = { SCHEMA_SCALAR, name, NULL, kp, NULL, NULL,
	    key->data.scalar.length };
	if (schema_check_line("%s", "a setting's name", &kv, &rd->r) != 0)
		return;
	int g = group == NULL ? find_group(name) : -1;
	int k = g < 0 ? find_key(group, name) : -1;
	if (g < 0 && k < 0) {
		unknown_key(rd, group, name, &kp);
		return;
	}
	unsigned *seen = g >= 0 ? &rd->groups_seen : &rd->seen;
	unsigned bit = 1u << (g >= 0 ? g : k);
	if (*seen & bit) {
		fail(rd, &kp, "'%s' is given twice; keep one", name);
		return;
	}
	*seen |= bit;
	if (g < 0) {
		set_value(rd, &settings_keys[k], key, v);
	} else if (v->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(rd, v);
		fail(rd, &at, "'%s' must be a mapping, not %s: write '%s:' on a "
		    "line of its own, then each colour indented below it, such "
		    "as '  accent: \"#1d4f91\"'", name, shape_name(v), name);
	} else {
		read_mapping(rd, v, group_names[g]);
	}
}

static void
read_mapping(struct reader *rd, const yaml_node_t *map, const char *group)
{
	for (yaml_node_pair_t *pr = map->data.mapping.pairs.start;
	    pr < map->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(rd->doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(rd->doc, pr->value);
		if (k != NULL && v != NULL)
			read_pair(rd, k, v, group);
	}
}

/* Parses the file's text and reads every setting. */
static void
read_settings(struct reader *rd)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int have_doc = 0;
	if (!yaml_parser_initialize(&parser)) {
		diag_syserr(rd->d, "cannot start the YAML parser");
		rd->failed = 1;
		return;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)rd->text,
	    rd->len);
	if (!yaml_parser_load(&parser, &doc)) {
		fm_yaml_error(&parser, rd->text, rd->len, rd->file, 1,
		    "the settings file", rd->d);
		rd->failed = 1;
		goto out;
	}
	have_doc = 1;
	rd->doc = &doc;
	const yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (root != NULL && root->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(rd, root);
		fail(rd, &at, "the settings must be 'key: value' lines, such as "
		    "'name: %s', not %s", settings_keys[0].example,
		    shape_name(root));
	} else if (root != NULL) {
		read_mapping(rd, root, NULL);
		check_languages(rd);
	}
out:
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
}

/* The settings file is not there: a look-alike name is a slip worth a
 * warning, since its settings would be ignored. */
static void
missing_file(const char *file, const char *shown, struct diag *d)
{
	static const char *const look_alikes[] = { "sharepack.yml",
	    "Sharepack.yaml", "sharepack.YAML" };
	size_t n = strlen(file) - strlen(SETTINGS_FILE);
	size_t ns = strlen(shown) - strlen(SETTINGS_FILE);
	for (size_t i = 0; i < sizeof look_alikes / sizeof *look_alikes; i++) {
		char *other = xasprintf("%.*s%s", (int)n, file, look_alikes[i]);
		char *other_shown = xasprintf("%.*s%s", (int)ns, shown,
		    look_alikes[i]);
		struct buf b = BUF_INIT;
		if (fs_read_file(other, SETTINGS_MAX_BYTES, &b) == 0 ||
		    errno == EFBIG) {
			struct srcpos at = { other_shown, 0, 0 };
			diag_warn(d, &at, "this file is not read; the settings "
			    "file is called %s: rename it", SETTINGS_FILE);
		}
		buf_free(&b);
		free(other_shown);
		free(other);
	}
}

int
settings_load(const char *project_dir, const char *file, const char *shown,
    struct site_settings *s, struct diag *d)
{
	struct buf text = BUF_INIT;
	struct reader rd = { NULL, shown, NULL, 0, project_dir, s, d,
	    { &schema_yaml, schema_error, NULL, 0 }, 0, 0, 0 };
	rd.r.ctx = &rd;
	if (fs_read_file(file, SETTINGS_MAX_BYTES, &text) != 0) {
		struct srcpos top = { shown, 0, 0 };
		if (errno == ENOENT)
			missing_file(file, shown, d);
		else if (errno == EFBIG)
			fail(&rd, &top, "the settings file is larger than %d KiB; "
			    "it holds a few lines", SETTINGS_MAX_BYTES / 1024);
		else {
			diag_syserr(d, "%s: cannot read the settings: %s", shown,
			    strerror(errno));
			rd.failed = 1;
		}
		goto out;
	}
	rd.text = text.data ? text.data : "";
	rd.len = text.len;
	read_settings(&rd);
out:
	buf_free(&text);
	return rd.failed ? -1 : 0;
}
