/* frontmatter.c: YAML front matter, read with libyaml, handed key by key to
 * the schema, which checks and stores each value. */
#include "frontmatter.h"

#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "schema.h"
#include "xalloc.h"

struct fm {
	yaml_document_t *doc;
	struct item *it;
	struct diag *d;
	int first_line;
	int failed;
	unsigned seen;		/* KEY_BIT of each key read so far */
};

static struct srcpos
node_pos(const struct fm *f, const yaml_node_t *n)
{
	struct srcpos p = { f->it->path, (int)n->start_mark.line +
	    f->first_line, (int)n->start_mark.column + 1 };
	return p;
}

static const char *
node_type_name(const yaml_node_t *n)
{
	switch (n->type) {
	case YAML_SEQUENCE_NODE:
		return "a list";
	case YAML_MAPPING_NODE:
		return "a mapping";
	default:
		return "text";
	}
}

/* Where a schema problem is printed: through the diag, as an error. */
static void
report_error(void *ctx, const struct srcpos *at, const char *msg)
{
	struct fm *f = ctx;
	diag_error(f->d, at, "%s", msg);
	f->failed = 1;
}

/* One YAML node as a schema value, without its entries. */
static struct schema_value
shallow_value(const struct fm *f, const yaml_node_t *n)
{
	struct schema_value v = { SCHEMA_OTHER, NULL, "nothing", f->it->pos,
	    NULL, NULL, 0 };
	if (n == NULL)
		return v;	/* libyaml's loader never gives this */
	v.shape = SCHEMA_SCALAR;
	v.type_name = NULL;
	v.pos = node_pos(f, n);
	if (n->type == YAML_SCALAR_NODE) {
		v.text = (const char *)n->data.scalar.value;
		v.count = n->data.scalar.length;
	} else {
		v.shape = n->type == YAML_SEQUENCE_NODE ? SCHEMA_SEQ :
		    SCHEMA_MAP;
	}
	return v;
}

/*
 * A YAML node as a schema value, with its entries one level down (a list's
 * entries, a mapping's keys and values): keys hold nothing deeper. The
 * arrays are the caller's to free with free_value.
 */
static struct schema_value
node_value(const struct fm *f, const yaml_node_t *n)
{
	struct schema_value v = shallow_value(f, n);
	struct schema_value *items = NULL, *keys = NULL;
	size_t count = 0;
	if (n->type == YAML_SEQUENCE_NODE) {
		const yaml_node_item_t *e = n->data.sequence.items.start;
		count = (size_t)(n->data.sequence.items.top - e);
		items = xcalloc(count, sizeof *items);
		for (size_t i = 0; i < count; i++)
			items[i] = shallow_value(f,
			    yaml_document_get_node(f->doc, e[i]));
	} else if (n->type == YAML_MAPPING_NODE) {
		const yaml_node_pair_t *pr = n->data.mapping.pairs.start;
		count = (size_t)(n->data.mapping.pairs.top - pr);
		items = xcalloc(count, sizeof *items);
		keys = xcalloc(count, sizeof *keys);
		for (size_t i = 0; i < count; i++) {
			keys[i] = shallow_value(f,
			    yaml_document_get_node(f->doc, pr[i].key));
			items[i] = shallow_value(f,
			    yaml_document_get_node(f->doc, pr[i].value));
		}
	}
	v.items = items;
	v.keys = keys;
	if (n->type != YAML_SCALAR_NODE)
		v.count = count;
	return v;
}

static void
free_value(struct schema_value *v)
{
	free((void *)v->items);
	free((void *)v->keys);
}

/* The value node of the top-level key name, or NULL. A key with a NUL in
 * it ("kind\0x") is not the key its first part spells. */
static const yaml_node_t *
lookup(struct fm *f, const yaml_node_t *map, const char *name)
{
	for (yaml_node_pair_t *pr = map->data.mapping.pairs.start;
	    pr < map->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(f->doc, pr->key);
		if (k != NULL && k->type == YAML_SCALAR_NODE &&
		    k->data.scalar.length == strlen(name) &&
		    strcmp((const char *)k->data.scalar.value, name) == 0)
			return yaml_document_get_node(f->doc, pr->value);
	}
	return NULL;
}

/* The first tab in the indentation of lines 0 to last (0-based) of the
 * text: YAML indents with spaces only, and libyaml's message for a tab
 * ("found character that cannot start any token") does not say so. Sets
 * *line and *col (0-based) and returns 1, or returns 0. */
static int
find_indent_tab(const char *text, size_t len, size_t last, int *line, int *col)
{
	size_t n = 0;
	for (const char *p = text, *end = text + len; p < end && n <= last;
	    n++) {
		for (const char *q = p; q < end && (*q == ' ' || *q == '\t');
		    q++) {
			if (*q == '\t') {
				*line = (int)n;
				*col = (int)(q - p);
				return 1;
			}
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	return 0;
}

void
fm_yaml_error(const yaml_parser_t *parser, const char *text, size_t len,
    const char *path, int first_line, const char *what, struct diag *d)
{
	int line, col;
	if (find_indent_tab(text, len, parser->problem_mark.line, &line,
	    &col)) {
		struct srcpos at = { path, line + first_line, col + 1 };
		diag_error(d, &at, "a tab character at the start of the line; "
		    "YAML indents with spaces only: replace the tab with "
		    "spaces (or remove it)");
		return;
	}
	struct srcpos at = { path, (int)parser->problem_mark.line + first_line,
	    (int)parser->problem_mark.column + 1 };
	diag_error(d, &at, "%s is not valid YAML (%s%s%s); check the quoting: "
	    "a value that contains ': ' or starts with a quote, '[' or '{' "
	    "must be put in double quotes", what, parser->problem ?
	    parser->problem : "syntax error", parser->context ? " " : "",
	    parser->context ? parser->context : "");
}

/* Parses the text into f->doc. Returns the root mapping, or NULL after
 * reporting why there is none. */
static const yaml_node_t *
load_document(struct fm *f, yaml_parser_t *parser, const char *text,
    size_t len, int *have_doc)
{
	struct srcpos top = { f->it->path, 1, 1 };
	yaml_parser_set_input_string(parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(parser, f->doc)) {
		fm_yaml_error(parser, text, len, f->it->path, f->first_line,
		    "the front matter", f->d);
		return NULL;
	}
	*have_doc = 1;
	const yaml_node_t *root = yaml_document_get_root_node(f->doc);
	if (root == NULL) {
		diag_error(f->d, &top, "the front matter is empty; add at least "
		    "'kind:' and 'title:' between the '---' lines");
		return NULL;
	}
	if (root->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(f, root);
		diag_error(f->d, &at, "the front matter must be a list of "
		    "'key: value' lines, not %s", node_type_name(root));
		return NULL;
	}
	return root;
}

/* Reads 'kind' first, since it decides which keys mean something. Returns
 * 0, or -1 after reporting. */
static int
read_kind(struct fm *f, const yaml_node_t *root, struct schema_report *r)
{
	struct srcpos top = { f->it->path, 1, 1 };
	const yaml_node_t *kind = lookup(f, root, "kind");
	if (kind == NULL) {
		diag_error(f->d, &top, "no 'kind'; add a line 'kind: guidance' "
		    "(or myth, vignette, briefing, pack) to the front matter");
		return -1;
	}
	struct srcpos at = node_pos(f, kind);
	if (kind->type != YAML_SCALAR_NODE) {
		diag_error(f->d, &at, "'kind' must be text, not %s; write it "
		    "as 'kind: value'", node_type_name(kind));
		return -1;
	}
	struct schema_value v = shallow_value(f, kind);
	if (schema_check_line("'%s'", "kind", &v, r) != 0)
		return -1;
	const char *name = (const char *)kind->data.scalar.value;
	enum item_kind k = pack_kind_from_name(name);
	if (k == ITEM_SCENARIO) {
		diag_error(f->d, &at, "scenarios are written as Lua scripts in "
		    "scenarios/, not as Markdown; see scenarios/README.md");
		return -1;
	}
	if (k == ITEM_UNKNOWN && strcmp(name, "site") == 0) {
		diag_error(f->d, &at, "'kind: site' is no longer read: the "
		    "site's settings go in sharepack.yaml at the project root "
		    "(content/README.md, 'Site settings'); move 'organisation' "
		    "there, make 'title' its 'name', and delete this file");
		return -1;
	}
	if (k == ITEM_UNKNOWN) {
		diag_error(f->d, &at, "unknown kind '%s'; use one of guidance, "
		    "myth, vignette, briefing, pack", name);
		return -1;
	}
	schema_begin_item(f->it, k);
	f->it->given |= KEY_BIT(KEY_KIND);
	pack_set_at(f->it, KEY_KIND, &at);
	return 0;
}

/* An unknown key is probably a slip: the key of the item's kind it is
 * nearest to, if any, is named. */
static void
report_unknown_key(struct fm *f, const struct srcpos *at, const char *name)
{
	const char *names[KEY_COUNT + 1];
	size_t n = 0;
	for (int k = 0; k < KEY_COUNT; k++)
		if ((schema_keys[k].from & SCHEMA_FROM_YAML) &&
		    schema_applies((enum item_key)k, f->it->kind))
			names[n++] = schema_keys[k].name;
	names[n] = NULL;
	const char *near = diag_nearest(name, names);
	if (near != NULL)
		diag_warn(f->d, at, "unknown key '%s' is ignored; did you mean "
		    "'%s'?", name, near);
	else
		diag_warn(f->d, at, "unknown key '%s' is ignored; check its "
		    "spelling (content/README.md lists the keys)", name);
}

/* One 'key: value' line of the front matter. */
static void
read_pair(struct fm *f, const yaml_node_t *k, const yaml_node_t *v,
    struct schema_report *r)
{
	struct srcpos kp = node_pos(f, k);
	if (k->type != YAML_SCALAR_NODE) {
		diag_error(f->d, &kp, "a key must be a plain word such as "
		    "'title', not %s", node_type_name(k));
		f->failed = 1;
		return;
	}
	const char *name = (const char *)k->data.scalar.value;
	struct schema_value kv = shallow_value(f, k);
	if (schema_check_line("the key '%s'", name, &kv, r) != 0)
		return;
	int key = schema_find(name, SCHEMA_FROM_YAML);
	if (key < 0) {
		report_unknown_key(f, &kp, name);
		return;
	}
	if (f->seen & KEY_BIT(key)) {
		diag_error(f->d, &kp, "'%s' is given twice; keep one", name);
		f->failed = 1;
		return;
	}
	f->seen |= KEY_BIT(key);
	if (!schema_applies((enum item_key)key, f->it->kind)) {
		diag_warn(f->d, &kp, "'%s' has no meaning for a %s and is "
		    "ignored; remove it", name, pack_kind_name(f->it->kind));
		return;
	}
	if (key == KEY_KIND)
		return;
	struct schema_value value = node_value(f, v);
	schema_set(f->it, (enum item_key)key, &value, &kp, r);
	free_value(&value);
}

int
fm_parse(const char *text, size_t len, int first_line, struct item *it,
    struct diag *d)
{
	struct srcpos top = { it->path, 1, 1 };
	yaml_parser_t parser;
	yaml_document_t doc;
	int have_doc = 0;
	struct fm f = { &doc, it, d, first_line, 0, 0 };
	struct schema_report r = { &schema_yaml, report_error, &f, 0 };

	if (len > FM_MAX_BYTES) {
		diag_error(d, &top, "the front matter is larger than %d KiB; "
		    "it should hold a few keys, with the text below the "
		    "closing '---'", FM_MAX_BYTES / 1024);
		return -1;
	}
	if (!yaml_parser_initialize(&parser)) {
		diag_syserr(d, "cannot start the YAML parser");
		return -1;
	}
	const yaml_node_t *root = load_document(&f, &parser, text, len,
	    &have_doc);
	if (root == NULL || read_kind(&f, root, &r) != 0) {
		f.failed = 1;
		goto out;
	}
	/* An id taken from the file name counts as given. */
	it->given |= KEY_BIT(KEY_ID);
	pack_set_at(it, KEY_ID, &it->pos);
	for (yaml_node_pair_t *pr = root->data.mapping.pairs.start;
	    pr < root->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
		if (k != NULL && v != NULL)
			read_pair(&f, k, v, &r);
	}
	schema_check_required(it, &r);
out:
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return f.failed ? -1 : 0;
}
