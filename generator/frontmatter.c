/* frontmatter.c: YAML front matter to typed item fields, via libyaml. */
#include "frontmatter.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "decide.h"
#include "xalloc.h"

struct fm {
	yaml_document_t *doc;
	struct item *it;
	struct diag *d;
	int first_line;
	int failed;
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

/* The scalar's text, or NULL after reporting that it is not a scalar. */
static const char *
want_scalar(struct fm *f, const char *key, const yaml_node_t *v,
    const char *what)
{
	if (v->type == YAML_SCALAR_NODE)
		return (const char *)v->data.scalar.value;
	struct srcpos at = node_pos(f, v);
	diag_error(f->d, &at, "'%s' must be %s, not %s; write it as "
	    "'%s: value'", key, what, node_type_name(v), key);
	f->failed = 1;
	return NULL;
}

static int
want_text(struct fm *f, const char *key, const yaml_node_t *v, char **out,
    struct srcpos *pos)
{
	const char *s = want_scalar(f, key, v, "text");
	if (s == NULL)
		return -1;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '\0') {
		struct srcpos at = node_pos(f, v);
		diag_error(f->d, &at, "'%s' is empty; give it a value or "
		    "remove the line", key);
		f->failed = 1;
		return -1;
	}
	free(*out);
	*out = xstrdup(s);
	if (pos != NULL)
		*pos = node_pos(f, v);
	return 0;
}

static int
want_int(struct fm *f, const char *key, const yaml_node_t *v, int lo, int hi,
    int *out)
{
	const char *s = want_scalar(f, key, v, "a whole number");
	if (s == NULL)
		return -1;
	char *end;
	errno = 0;
	long n = strtol(s, &end, 10);
	struct srcpos at = node_pos(f, v);
	if (*s == '\0' || *end != '\0' || errno != 0) {
		diag_error(f->d, &at, "'%s' must be a whole number, not '%s'",
		    key, s);
		f->failed = 1;
		return -1;
	}
	if (n < lo || n > hi) {
		diag_error(f->d, &at, "'%s' is %ld, outside %d to %d; use a "
		    "number in that range", key, n, lo, hi);
		f->failed = 1;
		return -1;
	}
	*out = (int)n;
	return 0;
}

/* A list of scalars; a single scalar is taken as a list of one. */
static int
want_list(struct fm *f, const char *key, const yaml_node_t *v,
    struct strlist *out)
{
	const yaml_node_item_t *start = NULL, *top = NULL;
	int one = 0;
	if (v->type == YAML_SCALAR_NODE) {
		one = 1;
	} else if (v->type == YAML_SEQUENCE_NODE) {
		start = v->data.sequence.items.start;
		top = v->data.sequence.items.top;
	} else {
		struct srcpos at = node_pos(f, v);
		diag_error(f->d, &at, "'%s' must be a list such as "
		    "'%s: [a, b]', not a mapping", key, key);
		f->failed = 1;
		return -1;
	}
	size_t n = one ? 1 : (size_t)(top - start);
	if (n > FM_MAX_LIST) {
		struct srcpos at = node_pos(f, v);
		diag_error(f->d, &at, "'%s' has %zu entries, more than the "
		    "%d allowed", key, n, FM_MAX_LIST);
		f->failed = 1;
		return -1;
	}
	struct strlist l = { xcalloc(n, sizeof(char *)),
	    xcalloc(n, sizeof(struct srcpos)), 0 };
	for (size_t i = 0; i < n; i++) {
		const yaml_node_t *e = one ? v :
		    yaml_document_get_node(f->doc, start[i]);
		if (e == NULL || e->type != YAML_SCALAR_NODE) {
			struct srcpos at = node_pos(f, e ? e : v);
			diag_error(f->d, &at, "each entry of '%s' must be "
			    "text, not %s", key, e ? node_type_name(e) :
			    "nothing");
			f->failed = 1;
			continue;
		}
		l.values[l.count] = xstrdup((const char *)e->data.scalar.value);
		l.pos[l.count] = node_pos(f, e);
		l.count++;
	}
	for (size_t i = 0; i < out->count; i++)
		free(out->values[i]);
	free(out->values);
	free(out->pos);
	*out = l;
	return 0;
}

/* facts: a mapping from the "when to share" questions to yes or no. */
static void
set_facts(struct fm *f, const yaml_node_t *v, const struct srcpos *keypos)
{
	struct item *it = f->it;
	if (v->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(f, v);
		diag_error(f->d, &at, "'facts' must be a mapping such as "
		    "'facts: {purpose: yes, consent: no}', not %s",
		    node_type_name(v));
		f->failed = 1;
		return;
	}
	it->has_facts = 1;
	it->facts_pos = *keypos;
	for (yaml_node_pair_t *pr = v->data.mapping.pairs.start;
	    pr < v->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(f->doc, pr->key);
		yaml_node_t *val = yaml_document_get_node(f->doc, pr->value);
		if (k == NULL || val == NULL)
			continue;
		struct srcpos kp = node_pos(f, k);
		const char *name = k->type == YAML_SCALAR_NODE ?
		    (const char *)k->data.scalar.value : "";
		int q = decide_from_key(name);
		if (q < 0) {
			diag_error(f->d, &kp, "'%s' is not one of the facts; "
			    "use purpose, consent, identifiable and "
			    "lawful_basis", name);
			f->failed = 1;
			continue;
		}
		const char *s = val->type == YAML_SCALAR_NODE ?
		    (const char *)val->data.scalar.value : "";
		if (strcmp(s, "yes") == 0 || strcmp(s, "true") == 0) {
			it->facts[q] = FACT_YES;
		} else if (strcmp(s, "no") == 0 || strcmp(s, "false") == 0) {
			it->facts[q] = FACT_NO;
		} else {
			struct srcpos at = node_pos(f, val);
			diag_error(f->d, &at, "the fact '%s' must be yes or no",
			    name);
			f->failed = 1;
		}
	}
}

/* Which kinds each key is meaningful for, as a bit set of enum item_kind. */
#define K(kind) (1u << (kind))
#define ALL_KINDS (K(ITEM_GUIDANCE) | K(ITEM_MYTH) | K(ITEM_VIGNETTE) | \
    K(ITEM_BRIEFING) | K(ITEM_PACK))

enum key {
	KEY_KIND, KEY_TITLE, KEY_ID, KEY_SOURCE, KEY_EDITION, KEY_ORDER,
	KEY_VERDICT, KEY_EXPECTED, KEY_AUDIENCE, KEY_RULES, KEY_MINUTES,
	KEY_INCLUDE, KEY_PASS_MARK, KEY_FACTS, KEY_COUNT
};

static const struct {
	const char *name;
	unsigned kinds;
} keys[KEY_COUNT] = {
	[KEY_KIND] = { "kind", ALL_KINDS },
	[KEY_TITLE] = { "title", ALL_KINDS },
	[KEY_ID] = { "id", ALL_KINDS },
	[KEY_SOURCE] = { "source", ALL_KINDS },
	[KEY_EDITION] = { "edition", ALL_KINDS },
	[KEY_ORDER] = { "order", K(ITEM_GUIDANCE) },
	[KEY_VERDICT] = { "verdict", K(ITEM_MYTH) },
	[KEY_EXPECTED] = { "expected", K(ITEM_VIGNETTE) },
	[KEY_AUDIENCE] = { "audience", K(ITEM_VIGNETTE) | K(ITEM_BRIEFING) |
	    K(ITEM_PACK) },
	[KEY_RULES] = { "rules", K(ITEM_VIGNETTE) },
	[KEY_MINUTES] = { "minutes", K(ITEM_BRIEFING) },
	[KEY_INCLUDE] = { "include", K(ITEM_PACK) },
	[KEY_PASS_MARK] = { "pass_mark", K(ITEM_PACK) },
	[KEY_FACTS] = { "facts", K(ITEM_VIGNETTE) },
};

static int
find_key(const char *name)
{
	for (int k = 0; k < KEY_COUNT; k++)
		if (strcmp(name, keys[k].name) == 0)
			return k;
	return -1;
}

static void
set_field(struct fm *f, enum key k, const yaml_node_t *v,
    const struct srcpos *keypos)
{
	struct item *it = f->it;
	const char *name = keys[k].name;
	const char *s;

	switch (k) {
	case KEY_KIND:
		break;	/* read first, in fm_parse */
	case KEY_TITLE:
		want_text(f, name, v, &it->title, NULL);
		it->title_pos = *keypos;
		break;
	case KEY_ID:
		if (want_text(f, name, v, &it->id, NULL) == 0)
			it->id_pos = node_pos(f, v);
		break;
	case KEY_SOURCE:
		want_text(f, name, v, &it->source, NULL);
		break;
	case KEY_EDITION:
		want_text(f, name, v, &it->edition, &it->edition_pos);
		break;
	case KEY_ORDER:
		if (want_int(f, name, v, INT_MIN / 2, INT_MAX / 2,
		    &it->order) == 0)
			it->has_order = 1;
		break;
	case KEY_VERDICT:
		if ((s = want_scalar(f, name, v, "text")) == NULL)
			break;
		if (strcmp(s, "myth") == 0) {
			it->verdict = VERDICT_MYTH;
		} else if (strcmp(s, "fact") == 0) {
			it->verdict = VERDICT_FACT;
		} else {
			struct srcpos at = node_pos(f, v);
			diag_error(f->d, &at, "unknown verdict '%s'; write "
			    "'verdict: myth' or 'verdict: fact'", s);
			f->failed = 1;
		}
		break;
	case KEY_EXPECTED:
		it->expected_pos = node_pos(f, v);
		if ((s = want_scalar(f, name, v, "text")) == NULL)
			break;
		if (strcmp(s, "share") == 0) {
			it->expected = OUTCOME_SHARE;
		} else if (strcmp(s, "no-share") == 0) {
			it->expected = OUTCOME_NO_SHARE;
		} else {
			struct srcpos at = node_pos(f, v);
			diag_error(f->d, &at, "unknown expected answer '%s'; "
			    "write 'expected: share' or 'expected: no-share'",
			    s);
			f->failed = 1;
		}
		break;
	case KEY_AUDIENCE:
		if (want_list(f, name, v, &it->audience) == 0)
			it->has_audience = 1;
		break;
	case KEY_INCLUDE:
		if (want_list(f, name, v, &it->include) == 0)
			it->has_include = 1;
		break;
	case KEY_RULES: {
		struct strlist l = { NULL, NULL, 0 };
		if (want_list(f, name, v, &l) != 0)
			break;
		free(it->rules);
		free(it->rule_pos);
		it->rules = xcalloc(l.count, sizeof(int));
		it->rule_pos = xcalloc(l.count, sizeof(struct srcpos));
		it->rule_count = 0;
		for (size_t i = 0; i < l.count; i++) {
			char *end;
			long n = strtol(l.values[i], &end, 10);
			if (l.values[i][0] == '\0' || *end != '\0' || n < 1 ||
			    n > PACK_GOLDEN_RULES) {
				diag_error(f->d, &l.pos[i], "'%s' is not a "
				    "golden rule; 'rules' lists rule numbers "
				    "from 1 to %d", l.values[i],
				    PACK_GOLDEN_RULES);
				f->failed = 1;
				continue;
			}
			it->rules[it->rule_count] = (int)n;
			it->rule_pos[it->rule_count] = l.pos[i];
			it->rule_count++;
		}
		for (size_t i = 0; i < l.count; i++)
			free(l.values[i]);
		free(l.values);
		free(l.pos);
		break;
	}
	case KEY_MINUTES:
		want_int(f, name, v, 1, 60, &it->minutes);
		it->minutes_pos = *keypos;
		break;
	case KEY_PASS_MARK:
		want_int(f, name, v, 0, 100, &it->pass_mark);
		break;
	case KEY_FACTS:
		set_facts(f, v, keypos);
		break;
	case KEY_COUNT:
		break;
	}
}

/* The value node of the top-level key name, or NULL. */
static const yaml_node_t *
lookup(struct fm *f, const yaml_node_t *map, const char *name)
{
	for (yaml_node_pair_t *pr = map->data.mapping.pairs.start;
	    pr < map->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(f->doc, pr->key);
		if (k != NULL && k->type == YAML_SCALAR_NODE &&
		    strcmp((const char *)k->data.scalar.value, name) == 0)
			return yaml_document_get_node(f->doc, pr->value);
	}
	return NULL;
}

int
fm_parse(const char *text, size_t len, int first_line, struct item *it,
    struct diag *d)
{
	struct srcpos top = { it->path, 1, 1 };
	yaml_parser_t parser;
	yaml_document_t doc;
	int have_doc = 0;
	struct fm f = { &doc, it, d, first_line, 0 };

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
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &doc)) {
		struct srcpos at = { it->path, (int)parser.problem_mark.line +
		    first_line, (int)parser.problem_mark.column + 1 };
		diag_error(d, &at, "the front matter is not valid YAML (%s%s%s); "
		    "check the quoting: a value that contains ': ' or starts "
		    "with a quote, '[' or '{' must be put in double quotes",
		    parser.problem ? parser.problem : "syntax error",
		    parser.context ? " " : "",
		    parser.context ? parser.context : "");
		f.failed = 1;
		goto out;
	}
	have_doc = 1;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (root == NULL) {
		diag_error(d, &top, "the front matter is empty; add at least "
		    "'kind:' and 'title:' between the '---' lines");
		f.failed = 1;
		goto out;
	}
	if (root->type != YAML_MAPPING_NODE) {
		struct srcpos at = node_pos(&f, root);
		diag_error(d, &at, "the front matter must be a list of "
		    "'key: value' lines, not %s", node_type_name(root));
		f.failed = 1;
		goto out;
	}

	const yaml_node_t *kind = lookup(&f, root, "kind");
	if (kind == NULL) {
		diag_error(d, &top, "no 'kind'; add a line 'kind: guidance' "
		    "(or myth, vignette, briefing, pack) to the front matter");
		f.failed = 1;
		goto out;
	}
	const char *kname = want_scalar(&f, "kind", kind, "text");
	if (kname == NULL)
		goto out;
	it->kind = pack_kind_from_name(kname);
	if (it->kind == ITEM_SCENARIO) {
		struct srcpos at = node_pos(&f, kind);
		diag_error(d, &at, "scenarios are written as Lua scripts in "
		    "scenarios/, not as Markdown; see scenarios/README.md");
		f.failed = 1;
		goto out;
	}
	if (it->kind == ITEM_UNKNOWN) {
		struct srcpos at = node_pos(&f, kind);
		diag_error(d, &at, "unknown kind '%s'; use one of guidance, "
		    "myth, vignette, briefing, pack", kname);
		f.failed = 1;
		goto out;
	}

	unsigned seen = 0;
	for (yaml_node_pair_t *pr = root->data.mapping.pairs.start;
	    pr < root->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = yaml_document_get_node(&doc, pr->key);
		yaml_node_t *v = yaml_document_get_node(&doc, pr->value);
		if (k == NULL || v == NULL)
			continue;
		struct srcpos kp = node_pos(&f, k);
		if (k->type != YAML_SCALAR_NODE) {
			diag_error(d, &kp, "a key must be a plain word such "
			    "as 'title', not %s", node_type_name(k));
			f.failed = 1;
			continue;
		}
		const char *name = (const char *)k->data.scalar.value;
		int key = find_key(name);
		if (key < 0) {
			diag_warn(d, &kp, "unknown key '%s' is ignored; check "
			    "its spelling (content/README.md lists the keys)",
			    name);
			continue;
		}
		if (seen & (1u << key)) {
			diag_error(d, &kp, "'%s' is given twice; keep one",
			    name);
			f.failed = 1;
			continue;
		}
		seen |= 1u << key;
		if (!(keys[key].kinds & K(it->kind))) {
			diag_warn(d, &kp, "'%s' has no meaning for a %s and is "
			    "ignored; remove it", name,
			    pack_kind_name(it->kind));
			continue;
		}
		set_field(&f, (enum key)key, v, &kp);
	}

	if (!(seen & (1u << KEY_TITLE))) {
		diag_error(d, &top, "no 'title'; add a line 'title: ...' to "
		    "the front matter");
		f.failed = 1;
	}
	if (it->kind == ITEM_MYTH && !(seen & (1u << KEY_VERDICT))) {
		diag_error(d, &top, "a myth needs a 'verdict'; add "
		    "'verdict: myth' or 'verdict: fact'");
		f.failed = 1;
	}
	if (it->kind == ITEM_VIGNETTE && !(seen & (1u << KEY_EXPECTED))) {
		diag_error(d, &top, "a vignette needs 'expected'; add "
		    "'expected: share' or 'expected: no-share'");
		f.failed = 1;
	}
out:
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return f.failed ? -1 : 0;
}
