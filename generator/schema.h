/*
 * schema.h: the one description of every key an item can have: its type,
 * which kinds of item it belongs to, whether it is required, its limits and
 * vocabulary, and where its value is kept in struct item. Both front ends,
 * the YAML front matter (frontmatter.c) and the Lua API (scenario_api.c),
 * turn what they read into struct schema_value and hand it here, so a value
 * is checked, stored and reported on in one place, with one message, and a
 * new key is one row of the table in schema.c. content/README.md documents
 * the same table (tests/unit checks that it does).
 *
 * Part of the model: it may include pack.h, and only the front ends and
 * check.c include it.
 */
#ifndef SHAREPACK_SCHEMA_H
#define SHAREPACK_SCHEMA_H

#include <stddef.h>

#include "diag.h"
#include "pack.h"

enum schema_type {
	SCHEMA_KIND,		/* the kind itself (front matter only) */
	SCHEMA_TEXT,		/* a string that is not empty */
	SCHEMA_ID,		/* a string of a-z, 0-9 and '-' */
	SCHEMA_INT,		/* a whole number from lo to hi */
	SCHEMA_WORD,		/* one of words[], stored as its index + 1 */
	SCHEMA_LIST,		/* a list of at most hi strings */
	SCHEMA_ITEM_LIST,	/* the same, kept as a struct item_list */
	SCHEMA_RULES,		/* a list of golden-rule numbers */
	SCHEMA_FACTS,		/* answers to the "when to share" questions */
	SCHEMA_WEIGHTS,		/* a number from lo to hi for each quiz part */
	SCHEMA_MARKDOWN,	/* Lua only: Markdown text of the body */
	SCHEMA_STEPS		/* Lua only: a scenario's steps */
};

/* The most entries a list may have: a handful is usual, so more is a
 * mistake. */
#define SCHEMA_MAX_LIST 1000

/* Which front end may give a key. */
#define SCHEMA_FROM_YAML 1u
#define SCHEMA_FROM_LUA 2u

/* A bit for one kind in a set of kinds. */
#define SCHEMA_KIND_BIT(kind) (1u << (kind))

/* Set in a key's offset: the value is kept in the item's ext. */
#define SCHEMA_IN_EXT ((size_t)1 << (sizeof(size_t) * 8 - 1))

struct schema_key {
	const char *name;
	enum schema_type type;
	unsigned from;		/* SCHEMA_FROM_* */
	unsigned kinds;		/* where the key means something */
	unsigned required;	/* where it must be given */
	int lo, hi;		/* INT, RULES: the range of a number */
	int fallback;		/* INT: the value when not given */
	const char *const *words;	/* WORD: the vocabulary, NULL-ended */
	const char *noun;	/* WORD: "verdict", "expected answer" */
	const char *article;	/* "a " or "": "a myth needs a 'verdict'" */
	size_t offset;		/* where the value is kept in struct item,
				 * or with SCHEMA_IN_EXT in its ext (struct
				 * item_ext); 0 for keys the front end
				 * stores itself */
	int at_value;		/* pack_at gives the value's position
				 * (1) or the key's (0) */
	const char *doc;	/* one line for the documentation */
};

/* The shapes a value can have, whichever front end read it. */
enum schema_shape {
	SCHEMA_SCALAR,		/* text (YAML scalar; Lua string or number) */
	SCHEMA_BOOL,		/* Lua true or false; text is "true"/"false" */
	SCHEMA_SEQ,		/* a list: items, count */
	SCHEMA_MAP,		/* a mapping: keys and items, count */
	SCHEMA_OTHER		/* anything else; type_name says what */
};

/*
 * A value as a front end read it. Borrowed all through: the front end owns
 * the strings and arrays and keeps them alive while schema_set runs.
 */
struct schema_value {
	enum schema_shape shape;
	const char *text;	/* SCALAR, BOOL */
	const char *type_name;	/* OTHER: "a function", ... */
	struct srcpos pos;
	const struct schema_value *items;	/* SEQ entries, MAP values */
	const struct schema_value *keys;	/* MAP keys */
	size_t count;		/* SEQ, MAP: the entries; SCALAR: the bytes of
				 * text, which may hold a NUL (YAML's "\0"),
				 * or 0 for text that ends at its first NUL */
};

/* How a front end writes a key and its value, so that each message's advice
 * is written the way its reader writes the file. */
struct schema_syntax {
	unsigned from;		/* SCHEMA_FROM_*: the front end */
	const char *pair;	/* "'%s: %s'" or "'%s = %s'": key, value */
	const char *quote;	/* around a text value: "" or "\"" */
	const char *list_example;	/* "[a, b]" */
	const char *list_open;	/* "[" or "{ ": around a list's entries */
	const char *list_close;	/* "]" or " }" */
	const char *facts_example;	/* "{purpose: yes, consent: no}" */
	const char *weights_example;	/* "{cases: 2, myths: 1}" */
	const char *fact_fix;	/* how to write a fact's answer */
	const char *add;	/* "add a line '%s: ...' to the front matter" */
	const char *id_fix;	/* how to mend a bad id */
};

extern const struct schema_syntax schema_yaml, schema_lua;

/* Where schema_set and schema_check_required send their messages. */
struct schema_report {
	const struct schema_syntax *syntax;
	/* Called once a problem; msg is the whole message. */
	void (*error)(void *ctx, const struct srcpos *at, const char *msg);
	void *ctx;
	int failed;		/* set when anything was reported */
};

/* The table, indexed by enum item_key (pack.h). */
extern const struct schema_key schema_keys[KEY_COUNT];

/* The key called name that front end from (SCHEMA_FROM_*) may give, or -1. */
int schema_find(const char *name, unsigned from);
/* Whether key k means something for an item of this kind. */
int schema_applies(enum item_key k, enum item_kind kind);

/*
 * Checks v against key k and stores it in it (schema_keys[k].offset). The
 * key's bit in it->given and its position (pack_at) are set even when
 * the value is wrong: the key was written, so it is not also "missing".
 * keypos is where the key was written. Reports each problem through r and
 * returns -1; then the field keeps its old value.
 * Strings stored are copied: it owns them.
 */
int schema_set(struct item *it, enum item_key k,
    const struct schema_value *v, const struct srcpos *keypos,
    struct schema_report *r);

/*
 * Checks that a one-line value (a scalar's text, count bytes as in
 * struct schema_value) holds no NUL, no control character and no bidirectional
 * override (diag_char's list): each would cut the text short, break a line
 * in an export or the terminal, or show the text in another order than it
 * is stored. what, a format taking name, names the value in the message
 * ("'%s'" and "title"): it is made only for a message. Returns 0, or -1
 * after reporting at v->pos. schema_set runs it on every value but
 * Markdown; front ends run it on what they read themselves (keys, kind).
 */
int schema_check_line(const char *what, const char *name,
    const struct schema_value *v,
    struct schema_report *r);

/* Reports every key of r's front end that it->kind requires and it->given
 * lacks, at it->pos. Returns -1 when one was missing. */
int schema_check_required(const struct item *it, struct schema_report *r);

/* Reads a mapping of facts (facts: {purpose: yes, ...}) into out; an
 * empty list counts as an empty mapping. Returns 0, or -1 after reporting
 * through r. For sharepack.decide, which takes facts alone. */
int schema_facts(const struct schema_value *v, struct schema_report *r,
    enum fact out[PACK_FACTS]);

/* Checks v against key k (KEY_RULES, KEY_PRINCIPLES, KEY_SUPPORTS) and
 * stores it in field, a struct intlist, struct strlist or enum outcome as
 * the key's type says, for a scenario choice, which is no item but cites
 * rules the same way. Returns 0, or -1 after reporting through r; then
 * field keeps its old value. Strings stored are copied: field owns them. */
int schema_store(enum item_key k, const struct schema_value *v,
    struct schema_report *r, void *field);

/* Sets the defaults of the keys of kind (a briefing's minutes, a pack's
 * pass mark) and it->kind. */
void schema_begin_item(struct item *it, enum item_kind kind);

#endif
