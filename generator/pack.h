/*
 * pack.h: the model, the contract between the stages. A struct pack is the
 * whole project's content: every item loaded from content/, whatever its kind.
 * A training pack (what a learner takes) is an item of kind ITEM_PACK whose
 * members the check stage resolves.
 *
 * Ownership: the pack owns its items and each item owns every string, list
 * and cmark tree it points to, except the fields marked "borrowed"; the pack
 * also owns its settings and its broken items. pack_free frees everything. Renderers only ever see a const struct pack *.
 *
 * Languages: an item in the project's default language is the item; a
 * file with the same id and another 'lang' is its translation. The pack
 * owns every translation (translations[]), apart from its items, so ids
 * stay unique and a stage that knows nothing of languages sees the same
 * items as before; the check stage attaches each to its original, whose
 * translations[] borrows them.
 */
#ifndef SHAREPACK_PACK_H
#define SHAREPACK_PACK_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include <cmark.h>

#include "diag.h"
#include "fsutil.h"

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
/* The principles golden rule 6 and 7 stand for (necessary, proportionate,
 * relevant, adequate, accurate, timely, secure, recorded): pack_principle_name. */
#define PACK_PRINCIPLES 8

/* The language of a project that names none. A language is a code of two
 * or three letters a-z ("en", "cy"); the program has its own words in some
 * (strings.h) and a project's theme may add others. */
#define PACK_DEFAULT_LANG "en"
#define PACK_MAX_LANGUAGES 8

/*
 * The keys an item can be given, in front matter or from Lua. schema.c
 * describes each one (type, kinds, limits, messages); an item records which
 * it was given (given, a bit per key) and where (at).
 */
enum item_key {
	KEY_KIND, KEY_ID, KEY_TITLE, KEY_SOURCE, KEY_EDITION, KEY_PEOPLE,
	KEY_ORDER,
	KEY_VERDICT, KEY_EXPECTED, KEY_FACTS, KEY_RULES, KEY_AUDIENCE,
	KEY_SUPPORTS, KEY_PRINCIPLES, KEY_MINUTES, KEY_INCLUDE, KEY_PASS_MARK,
	KEY_WEIGHTS, KEY_CASE, KEY_WHY, KEY_BODY, KEY_INTRO, KEY_START,
	KEY_STEPS, KEY_LANG,
	KEY_COUNT
};
#define KEY_BIT(k) (1u << (k))

/* A list of strings from the front matter, each with where it was written. */
struct strlist {
	char **values;
	struct srcpos *pos;
	size_t count;
};

/* Where an item was given something: a line and column in its own file
 * (the path is the item's). */
struct item_at {
	int line;
	int col;
};

/*
 * A list an item was given whose every value is written in the item's
 * own file (audience, a pack's include): one block holding the values
 * and, of each one's place, only its line and column, in 1, 2 or 4 bytes
 * as they fit (issue 14: a struct srcpos per value was 16 bytes). The
 * block holds offsets from its head, not pointers, so a copy of its
 * bytes is the list moved. Made by pack_list_new, read through
 * pack_list_count, pack_list_value and pack_list_at; an empty list is
 * NULL.
 */
struct item_list {
	uint32_t count;
	uint32_t size;		/* bytes of the block, this head included */
	uint32_t width;		/* bytes of each line and column: 1, 2 or 4 */
	uint32_t off[];		/* each value's offset from the head; the
				 * lines and columns follow (line, column,
				 * line...), then the values */
};

/* A list of numbers (golden rules), each with where it was written. */
struct intlist {
	int *values;
	struct srcpos *pos;
	size_t count;
};

/* How the guidance judges a scenario choice: what it expects, a choice
 * that is not the best but does no harm, or one that puts the child or
 * the case at risk (a path with one cannot pass). */
enum grade { GRADE_UNSAFE = 0, GRADE_ACCEPTABLE, GRADE_EXPECTED };
/* How an ending turned out, as its author marks it. */
enum ending_outcome { ENDING_UNMARKED = 0, ENDING_GOOD, ENDING_MIXED,
    ENDING_POOR };

/* The two parts a pack's quiz scores separately. */
enum quiz_part { PART_CASES = 0, PART_MYTHS, PACK_PARTS };

/* A branching scenario's choice and step (ITEM_SCENARIO). Each keeps where
 * its front end made it, so that checks can point at it. */
struct scen_choice {
	char *label;
	char *go;		/* the id of the step it leads to */
	enum grade grade;	/* how the guidance judges it */
	cmark_node *feedback;
	struct intlist rules;	/* the golden rules its feedback cites,
				 * numbered as in the scenario's edition */
	struct strlist principles;	/* the principles it cites */
	enum outcome supports;	/* the way its feedback points: share or
				 * not; OUTCOME_NONE when not given */
	size_t target;		/* index of go in steps; filled by check */
	struct srcpos pos;
};

struct scen_step {
	char *id;
	int ending;
	char *title;		/* endings only; NULL otherwise */
	enum ending_outcome outcome;	/* endings only */
	cmark_node *text;
	struct scen_choice *choices;
	size_t choice_count;
	struct srcpos pos;
};

/* The parts of an item that only one kind has. */
struct guidance_part {
	int order;		/* reading order; given & KEY_BIT(KEY_ORDER) */
};

struct myth_part {
	enum verdict verdict;
	enum outcome supports;	/* the way the true statement points: share
				 * or not; OUTCOME_NONE when not given */
};

struct vignette_part {
	enum outcome expected;
	enum fact facts[PACK_FACTS];	/* one per question of decide.h;
					 * FACT_UNSET when not given */
	/* Two fields in one int: the union of the kinds' parts is as big
	 * as its biggest (issue 14). */
	int why_index : 31;	/* its "## Why" heading's place among the
				 * body's top-level blocks (body.h finds
				 * it), or -1; filled by check (a 1 MiB
				 * file has fewer than 2^30 blocks) */
	unsigned names_recipient : 1;	/* the case's title or question
				 * names a service that would receive the
				 * information (surface.h); filled by
				 * check */
};

struct briefing_part {
	int minutes;
};

struct pack_part {
	int weights[PACK_PARTS];	/* how much each part counts in the
					 * overall score; all 0: equally */
	struct item **members;	/* its items in order, filled by check;
				 * array owned, items borrowed */
	size_t member_count;
};

struct scenario_part {
	struct scen_step *steps;	/* sorted by id */
	size_t step_count;
	size_t *step_order;	/* steps in reading order from start;
				 * filled by check */
};

/*
 * What few items have, behind one pointer so that the many without any
 * of it do not carry it (issue 14: an item is what a build holds per
 * content file to the end). An item with none of it points to
 * pack_no_ext, one empty block they all share, which is never written:
 * pack_item_ext gives an item one of its own to write.
 */
struct item_ext {
	char *source;		/* NULL when not given */
	char *edition;		/* NULL when not given */
	char *lang;		/* 'lang'; NULL when not given: the project's
				 * default language */
	struct strlist people;	/* the people it names on purpose, as
				 * invented (lint.c) */
	struct intlist rules;	/* vignette, myth: golden-rule numbers, as
				 * the edition (pack_rule_edition) numbers
				 * them */
	struct strlist principles;	/* vignette, myth: principles cited */
	struct item_list *include;	/* pack: the ids it was given, in
				 * order; owned */
	struct diag_note *notes;	/* what its own checks said, done
				 * when it was read (checked is set), for
				 * check_pack to print in its turn; owned,
				 * NULL when nothing */
	struct diag_note *load_notes;	/* what reading its file said
				 * (printed then), kept for the content
				 * cache (cache.h); owned, NULL when nothing */
	struct diag_note *lint_notes;	/* what the lint said of it (lint.h),
				 * once linted is set; owned, NULL when
				 * nothing */
	/* Filled by the check stage. */
	struct item **translations;	/* of an original: one per other
				 * language, in load order; array owned,
				 * items borrowed from the pack */
	const struct item *original;	/* of a translation; borrowed */
	char *start;		/* scenario: the first step's id; not moved
				 * by pack_item_settle */
	uint32_t translation_count;
};

/* The empty ext every item without one points to. */
extern const struct item_ext pack_no_ext;

/* What pack_item_settle makes of an item's at when every line and
 * column fits (at_short): half the bytes; a quarter when they fit a
 * byte (at_tiny). */
struct item_at_short {
	uint16_t line;
	uint16_t col;
};

/*
 * An item: a head every kind has, then the part of its kind. Only the part
 * named by kind may be read (the others share its memory); schema.c sets
 * the part's defaults when the kind is known.
 */
struct item {
	/* Every position of an item is in its own file (or script), so
	 * pos.path is the path: one pointer serves both. */
	union {
		char *path;	/* as shown in messages:
				 * "content/myths/x.md" */
		struct srcpos pos;	/* the file's first line, or the
					 * script line */
	};

	char *id;		/* from the file name when not given */
	char *title;
	/* What few items have (see struct item_ext); never NULL. Read
	 * through it; write through pack_item_ext. */
	const struct item_ext *ext;
	/* Where each key was given (the key or its value, as schema.c
	 * says), for pack_at: only the keys whose place is not pos, one
	 * entry per bit of at_set in key order, and only line and column,
	 * as every position of an item is in its own file (pos.path).
	 * Owned. */
	struct item_at *at;
	/* The agencies it is for (vignette, briefing, pack, scenario), or
	 * NULL: not in ext, as most of a large project's vignettes name
	 * some and nothing else ext holds. Owned. */
	struct item_list *audience;

	uint64_t source_hash;	/* buf_hash of the file it was read from
				 * (path and bytes); 0 for a script's
				 * items */
	uint64_t frags;		/* where its load put its HTML fragments
				 * in files->frags (fragstore.c's reference:
				 * offset and length), or 0 */
	cmark_node *doc;	/* the Markdown body (scenario: intro); NULL
				 * once the item's own checks are done, for
				 * an item read from a file: its pages'
				 * HTML is then in frags, and body.h reads
				 * it again when needed */
	struct pack_files *files;	/* where its file is read again
				 * (body.h); borrowed from the pack; NULL
				 * for a script's items */
	uint64_t stamp;		/* its file as it was read: all the content
				 * cache compares (pack_stamp_hash) */
	uint64_t hash;		/* fingerprint of the scored content;
				 * filled by the check stage */

	/* The small fields together, so the struct has no holes: an item
	 * is the one thing a build holds per content file to the end
	 * (issue 14). */
	unsigned given;		/* KEY_BIT of each key given */
	unsigned at_set;	/* the keys with an entry in at */
	int pass_mark;		/* pack, scenario: the percentage to pass */
	int body_line;		/* the file line the body starts on */
	uint32_t words;		/* words in the body; filled by the check
				 * stage */
	enum item_kind kind : 8;
	unsigned checked : 1;	/* its own checks are done (check_one) */
	unsigned linted : 1;
	unsigned settled : 1;	/* its strings, lists and at are in the
				 * item's own block (pack_item_settle) */
	unsigned pooled : 1;	/* that block is carved from its files'
				 * chunks (struct pack_files), which
				 * pack_free frees, not pack_item_free */
	unsigned ext_own : 1;	/* ext is an allocation of its own, not
				 * pack_no_ext or in the item's block */
	unsigned at_short : 1;	/* at holds struct item_at_short: a settled
				 * item's lines and columns all fit */
	unsigned at_tiny : 1;	/* at holds a byte for each line and column
				 * (in that order): they all fit */
	unsigned stamp_old : 1;	/* its file's change and modification
				 * times were before the folder was first
				 * read (pack_files' started): see cache.h */
	unsigned in_pack : 1;	/* check_pack's mark while it looks for
				 * members: clear at every other time */

	union {
		struct guidance_part guidance;
		struct myth_part myth;
		struct vignette_part vignette;
		struct briefing_part briefing;
		struct pack_part pack;
		struct scenario_part scenario;
	};
};

/* The stylesheet made from the settings' colours, in the site's assets/. */
#define PACK_SETTINGS_CSS "site.css"

/*
 * The project's site settings (sharepack.yaml, which settings.c reads),
 * used by every page, the certificate and the packages. A setting not
 * given is NULL, and the theme's own text or colour stands.
 */
struct site_settings {
	char *name;		/* every page's header, the front page's title */
	char *organisation;	/* named on certificates, records, packages */
	char *footer;		/* every page's footer */
	char *contact;		/* who to ask, in every page's footer */
	char *accent;		/* colours as "#rrggbb" */
	char *text;
	char *language;		/* the default language: "en" */
	struct strlist languages;	/* every language the site is in,
					 * the default among them; empty when
					 * not given (the default alone) */
	cmark_node *welcome;	/* the front page's welcome text */
	char *logo_name;	/* the logo's name in assets/ */
	char *logo_data;	/* its bytes, logo_len of them */
	size_t logo_len;
};

/*
 * The content folder, for reading an item's file again after the check
 * stage dropped its tree (body.h), and the files that could not be read
 * again or had changed since they were checked, for body_report. The
 * pack owns it; body.c fills failed, from any thread, under lock.
 */
struct fragstore;
struct pack_files {
	char *dir;		/* the content folder as opened; NULL: the
				 * paths are as they stand */
	size_t shown_len;	/* how many bytes of an item's path name the
				 * folder in messages ("content") */
	uint64_t started;	/* the file system's clock when the folder
				 * was first read (fs_stamp_now) */
	size_t taken;		/* files read or taken from the content
				 * cache (cache.h), and of them... */
	size_t recalled;	/* ...those taken from the cache, not read */
	struct fs_folders listed;	/* the content folder's listing, for
				 * the content cache to keep (cache.h): its
				 * folders, files and hash; no folders: not
				 * one to keep */
	int listing_recalled;	/* 1: listed was the content cache's
				 * (cache_listing), no folder read */
	struct fragstore *frags;	/* the build's HTML fragments of
				 * every item (fragstore.h), or NULL: none
				 * made; borrowed, set before load_content */
	pthread_mutex_t lock;	/* for failed and the chunks */
	/* The blocks of the items settled from these files
	 * (pack_item_settle), carved in turn from big chunks and freed
	 * all together by pack_free: no allocator's header per item, and
	 * no holes left between items by what reading their files freed
	 * (issue 14: the items are what a build holds to the end). */
	struct pack_chunk *chunks;
	struct pack_failed {
		const struct item *it;	/* borrowed */
		int err;	/* errno, or 0: the file changed */
	} *failed;
	size_t failed_count;
};

struct pack {
	struct item **items;	/* in load order: sorted by path */
	size_t count;
	size_t cap;
	struct pack_id_slot *by_id;	/* after pack_index: items[0,
				 * indexed) by id (pack.c) */
	size_t id_mask;		/* by_id's slots, less 1 */
	size_t indexed;
	struct site_settings settings;
	/* Items whose file had errors: already reported, kept with what was
	 * read of them (id, kind) only so that later checks do not report
	 * their absence a second time. Never rendered. */
	struct item **broken;
	size_t broken_count;
	/* Items in another language than the default (see above), in load
	 * order. */
	struct item **translations;
	size_t translation_count;
	struct pack_files files;
};

struct pack *pack_new(void);
/* A new empty item of no kind yet; the caller sets its kind with
 * schema_begin_item, fills it and hands it to pack_add (or frees it with
 * pack_item_free). path is copied. */
struct item *pack_item_new(const char *path);
void pack_item_free(struct item *it);
/* it's ext to write: its own, made (empty) when it has none. */
struct item_ext *pack_item_ext(struct item *it);
/* Sets one of it's notes to n (owned by it now; the one it had is not
 * freed): an ext is made only for a note that is not NULL. */
enum item_note { ITEM_NOTES, ITEM_LOAD_NOTES, ITEM_LINT_NOTES };
void pack_set_note(struct item *it, enum item_note which,
    struct diag_note *n);
/*
 * Moves it, its strings (path, id, title, and ext's source, edition,
 * lang), key positions (at), audience and ext with its front-matter lists
 * (people, rules, principles, a pack's include) into one block
 * sized for them, and frees the old ones (an ext with nothing in it is
 * dropped for pack_no_ext): a few allocations per item instead of one
 * per string and list (issue 14: the items are what a build holds per
 * file to the end). An item with files set gets its block from their
 * chunks (any thread), so it must be freed before the pack that owns
 * those files, or with it; one without gets an allocation of its own.
 * For an item that is done being filled: after it, nothing may replace
 * or free one of those fields but pack_item_free. Returns the item at its
 * new place; it is no longer valid (nothing else may point to it yet).
 */
struct item *pack_item_settle(struct item *it);
/* A thread's own piece of a pack_files' chunks (struct pack_files), from
 * which it carves settled items' blocks without taking the lock: a
 * rebuild's two threads recalled 10,000 items in turns on it. Starts
 * zeroed; what is left of its piece at the end is not used. */
struct pack_carver {
	char *at;
	size_t left;
};
/* n bytes for a settled item's block, aligned for any of its fields,
 * from f's chunks (owned by f: pack_free frees them), carved through c,
 * the calling thread's own (NULL: under the lock each time). Any
 * thread. */
void *pack_files_carve(struct pack_files *f, struct pack_carver *c,
    size_t n);
/* The stamp of a file as an item keeps it: a hash of every field, which
 * the content cache compares for equality only. */
uint64_t pack_stamp_hash(const struct fs_stamp *st);
/* Sets it's stamp and stamp_old from st, its file as it was read, and
 * started, when the folder was first read (pack_files). */
void pack_set_stamp(struct item *it, const struct fs_stamp *st,
    uint64_t started);
/* The pack takes ownership of it. */
void pack_add(struct pack *p, struct item *it);
/* Gives up items [from, count) without freeing them, for a caller that
 * lent them (serve keeps the items scripts made from one build to the
 * next): the caller owns them again. The id index is emptied. */
void pack_give_back(struct pack *p, size_t from);
/* The same for translations [from, translation_count). */
void pack_give_back_translations(struct pack *p, size_t from);
/* The pack takes ownership of it, an item whose file had errors (see
 * struct pack's broken). */
void pack_add_broken(struct pack *p, struct item *it);
/* The pack takes ownership of it, a translation (an item whose 'lang' is
 * not the default language). */
void pack_add_translation(struct pack *p, struct item *it);
/* The pack takes ownership of it: as a translation when its 'lang' is
 * not the settings' default language, else as an item. */
void pack_add_in_lang(struct pack *p, struct item *it);
/* The language of it ("en", "cy"), default_lang when it names none.
 * Borrowed from it, or default_lang. */
const char *pack_item_lang(const struct item *it, const char *default_lang);
/* The project's default language: the settings' language or
 * PACK_DEFAULT_LANG. Borrowed. */
const char *pack_default_lang(const struct site_settings *s);
/* it's translation into lang, or NULL. Borrowed. */
const struct item *pack_translation(const struct item *it, const char *lang);
/* The broken item with this id, or NULL. Borrowed. */
const struct item *pack_find_broken(const struct pack *p, const char *id);
/* Whether a broken item is of kind. */
int pack_has_broken(const struct pack *p, enum item_kind kind);
/* Frees every setting of s and empties it. */
void pack_settings_free(struct site_settings *s);
/* Builds the id index; reports each id used twice as an error. Returns
 * how many items have the id of an item before them by path (those
 * reported): 0 means pack_find finds every item of p by its id. */
size_t pack_index(struct pack *p, struct diag *d);
/* The item with this id, or NULL; valid after pack_index. Borrowed. */
struct item *pack_find(const struct pack *p, const char *id);
/* pack_find of each value of l, into found[0, pack_list_count(l)), which
 * the caller provides: faster than one at a time for a long list. The
 * items are borrowed. */
void pack_find_list(const struct pack *p, const struct item_list *l,
    struct item **found);
void pack_free(struct pack *p);
/* Frees the strings of l and empties it. */
void pack_strlist_free(struct strlist *l);

const char *pack_kind_name(enum item_kind kind);
enum item_kind pack_kind_from_name(const char *name);
/* "expected", "acceptable", "unsafe"; "good", "mixed", "poor" ("" when
 * unmarked); "cases", "myths". Static strings. */
const char *pack_grade_name(enum grade g);
const char *pack_ending_name(enum ending_outcome o);
const char *pack_part_name(enum quiz_part part);
/* The part of a pack's quiz a question belongs to. */
enum quiz_part pack_part_of(const struct item *question);
/* "share" / "no-share", "myth" / "fact" as written in content. */
const char *pack_outcome_name(enum outcome o);
const char *pack_verdict_name(enum verdict v);
/* The human name of a known edition ("England, 2024 advice") or agency
 * ("Social care"), or NULL when the name is not known. Static strings. */
const char *pack_edition_label(const char *edition);
/* The short name learners see beside a rule number ("Wales 2019"), or the
 * edition itself when it is not known. Static or borrowed string. */
const char *pack_edition_short(const char *edition);
/* Whether a known edition numbers seven golden rules (Working Together 2023
 * does not). */
int pack_edition_has_rules(const char *edition);
/* The edition it's rule numbers follow: its own 'edition', else the pack
 * pk's (pk may be NULL), else NULL. Borrowed. */
const char *pack_rule_edition(const struct item *it, const struct item *pk);
/* "Golden rules 4 (Wales 2019) and 6 (Wales 2019)"-style text is built by
 * the renderers; this is one citation, "rule 4 (Wales 2019)", or "rule 4"
 * when edition is NULL. The caller frees the string. */
char *pack_rule_label(int rule, const char *edition);
/* The name of principle i (0 to PACK_PRINCIPLES - 1), and the index of a
 * name (-1 when it is not one). Static strings. */
const char *pack_principle_name(int i);
int pack_principle_index(const char *name);
/* A comma-separated list of the principles, for messages. */
const char *pack_principle_names(void);
const char *pack_agency_label(const char *agency);
/* A comma-separated list of the known agencies, for messages. */
const char *pack_agency_names(void);
/* Where it was given key k (the key or its value, as schema.c says):
 * a position in its own file, it->pos when not recorded. */
struct srcpos pack_at(const struct item *it, enum item_key k);
/* Records where it was given key k. Only pos's line and column are kept:
 * the path is always it's own (it->pos.path), so pos must be in it's
 * file. */
void pack_set_at(struct item *it, enum item_key k, const struct srcpos *pos);
/* A new list of the n values (copied), value i given at at[i] in the
 * item's own file; NULL when n is 0. The caller owns it (free), or the
 * item it is given to. */
struct item_list *pack_list_new(size_t n, const char *const *values,
    const struct item_at *at);
/* How many values l holds (l may be NULL). */
size_t pack_list_count(const struct item_list *l);
/* Value i of l. Borrowed from l. */
const char *pack_list_value(const struct item_list *l, size_t i);
/* Where value i of l, a list of it's, was given. */
struct srcpos pack_list_at(const struct item *it, const struct item_list *l,
    size_t i);
/* Whether it was given key k. */
#define pack_given(it, k) (((it)->given & KEY_BIT(k)) != 0)
/* qsort comparator for struct item *: reading order, by a guidance's
 * 'order' (items without one last), then by id. */
int pack_compare_order(const void *a, const void *b);
/* Whether s is a language code: two or three letters a-z. */
int pack_valid_lang(const char *s);
/* Whether s is a valid id: [a-z0-9-]+. */
int pack_valid_id(const char *s);

#endif
