/*
 * pack.h: the model, the contract between the stages. A struct pack is the
 * whole project's content: every item loaded from content/, whatever its kind.
 * A training pack (what a learner takes) is an item of kind ITEM_PACK whose
 * members the check stage resolves.
 *
 * Ownership: the pack owns its items and each item owns every string, list
 * and cmark tree it points to, except the fields marked "borrowed". pack_free
 * frees everything. Renderers only ever see a const struct pack *.
 */
#ifndef SHAREPACK_PACK_H
#define SHAREPACK_PACK_H

#include <stddef.h>
#include <stdint.h>

#include <cmark.h>

#include "diag.h"

enum item_kind {
	ITEM_UNKNOWN = 0,
	ITEM_GUIDANCE,
	ITEM_MYTH,
	ITEM_VIGNETTE,
	ITEM_BRIEFING,
	ITEM_SCENARIO,		/* made by scripts in scenarios/ only */
	ITEM_PACK
};

enum verdict { VERDICT_NONE = 0, VERDICT_MYTH, VERDICT_FACT };
/* An answer to one of the "when to share" questions (decide.h). */
enum fact { FACT_UNSET = 0, FACT_NO, FACT_YES };
#define PACK_FACTS 4
enum outcome { OUTCOME_NONE = 0, OUTCOME_SHARE, OUTCOME_NO_SHARE };

#define PACK_DEFAULT_PASS_MARK 80
#define PACK_DEFAULT_MINUTES 7
#define PACK_GOLDEN_RULES 7

/* A list of strings from the front matter, each with where it was written. */
struct strlist {
	char **values;
	struct srcpos *pos;
	size_t count;
};

/* A branching scenario's choice and step (ITEM_SCENARIO). */
struct scen_choice {
	char *label;
	char *go;		/* the id of the step it leads to */
	int expected;		/* what the guidance expects */
	cmark_node *feedback;
	size_t target;		/* index of go in steps; filled by check */
};

struct scen_step {
	char *id;
	int ending;
	char *title;		/* endings only; NULL otherwise */
	cmark_node *text;
	struct scen_choice *choices;
	size_t choice_count;
};

struct item {
	char *path;		/* as shown in messages: "content/myths/x.md" */
	enum item_kind kind;
	struct srcpos pos;	/* the file's first line */

	char *id;
	struct srcpos id_pos;	/* the id key, or pos when from the file name */
	char *title;
	struct srcpos title_pos;
	char *source;		/* NULL when not given */
	char *edition;		/* NULL when not given */
	struct srcpos edition_pos;

	int order;		/* guidance; meaningful when has_order */
	int has_order;
	enum verdict verdict;	/* myth */
	enum outcome expected;	/* vignette */
	struct srcpos expected_pos;
	enum fact facts[PACK_FACTS];	/* vignette: one per question of
					 * decide.h; FACT_UNSET when not given */
	int has_facts;
	struct srcpos facts_pos;
	struct strlist audience;	/* vignette, briefing, pack */
	int has_audience;
	int *rules;		/* vignette: golden-rule numbers */
	struct srcpos *rule_pos;
	size_t rule_count;
	int minutes;		/* briefing */
	struct srcpos minutes_pos;
	struct strlist include;	/* pack */
	int has_include;
	int pass_mark;		/* pack */

	char *start;		/* scenario: the first step's id */
	struct scen_step *steps;	/* scenario: sorted by id */
	size_t step_count;
	size_t *step_order;	/* scenario: steps in reading order from
				 * start; filled by check */

	cmark_node *doc;	/* the Markdown body (scenario: intro) */
	int body_line;		/* the file line the body starts on */

	/* Filled by the check stage. */
	cmark_node *why;	/* vignette: its "## Why" heading; borrowed */
	size_t words;		/* words in the body */
	uint64_t hash;		/* fingerprint of the scored content */
	struct item **members;	/* pack: its items in order; array owned,
				 * items borrowed */
	size_t member_count;
};

struct pack {
	struct item **items;	/* in load order: sorted by path */
	size_t count;
	size_t cap;
	struct item **by_id;	/* sorted by id after pack_index */
	size_t indexed;
};

struct pack *pack_new(void);
/* A new empty item with its defaults set; the caller fills it and hands it
 * to pack_add (or frees it with pack_item_free). path is copied. */
struct item *pack_item_new(const char *path);
void pack_item_free(struct item *it);
/* The pack takes ownership of it. */
void pack_add(struct pack *p, struct item *it);
/* Builds the id index; reports each id used twice as an error. */
void pack_index(struct pack *p, struct diag *d);
/* The item with this id, or NULL; valid after pack_index. Borrowed. */
struct item *pack_find(const struct pack *p, const char *id);
void pack_free(struct pack *p);

const char *pack_kind_name(enum item_kind kind);
enum item_kind pack_kind_from_name(const char *name);
/* "share" / "no-share", "myth" / "fact" as written in content. */
const char *pack_outcome_name(enum outcome o);
const char *pack_verdict_name(enum verdict v);
/* The human name of a known edition ("England, 2024 advice") or agency
 * ("Social care"), or NULL when the name is not known. Static strings. */
const char *pack_edition_label(const char *edition);
const char *pack_agency_label(const char *agency);
/* A comma-separated list of the known agencies, for messages. */
const char *pack_agency_names(void);
/* qsort comparator for struct item *: reading order, by 'order' (items
 * without one last), then by id. */
int pack_compare_order(const void *a, const void *b);
/* Whether s is a valid id: [a-z0-9-]+. */
int pack_valid_id(const char *s);

#endif
