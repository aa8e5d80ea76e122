#ifndef SHAREPACK_REPORT_STORE_H
#define SHAREPACK_REPORT_STORE_H
/* The results database of `sharepack report` (SQLite). Every source (a
 * results file, an xAPI file or LRS read, a Moodle download) is stored in
 * one transaction: all of it or nothing. Each attempt, answer and xAPI
 * statement is stored once, however often it is fed in.
 *
 * The tables (report_store.c creates them; the analysis reads them with
 * plain SQL):
 *   source(id, kind, name, added)
 *     kind: "results", "xapi", "lrs" or "moodle"; name: the path or URL.
 *   attempt(id, key UNIQUE, source, origin, parent, parent_kind,
 *           content_hash, learner, learner_name, agency, lang, started,
 *           finished, score, max, percent, passed, ending, outcome)
 *     key: what makes the attempt the same attempt whatever the source
 *     ("results:PACK:SEED:STARTED", "xapi:REGISTRATION", "moodle:...").
 *     parent: the pack or scenario id; parent_kind "pack" or "scenario".
 *     learner: a stable key for the person (never shown); learner_name:
 *     shown only with --names. Times are ISO 8601 UTC text. NULL where
 *     the source did not say.
 *   answer(attempt, seq, item, item_hash, kind, response, correct,
 *          points, grade, seconds), one per (attempt, item)
 *     item: the item id (a decision's step id in a scenario); kind
 *     "myth", "vignette" or "decision"; response: "myth"/"fact",
 *     "share"/"no-share" or a choice letter, NULL when not answered;
 *     correct and points as the source said (the report scores again
 *     against the content where the item and its hash still match).
 *     A view (which takes INSERTs too) of
 *   answer_row(attempt, item, seq, item_hash, kind, response, correct,
 *          points, grade, seconds), where item and item_hash are ids in
 *   item(id, item) and item_hash(id, hash), each text stored once, so
 *     that the million answers of a large LRS take little room and time.
 *   seen(key): statement ids and Moodle rows already stored.
 *   state(key, value): what a later run needs (an LRS's "since"). */
#include <stdint.h>

#include "diag.h"

struct store;

/* An attempt as a source describes it. Strings are borrowed; NULL and
 * the has_ flags mean "the source did not say". */
struct store_attempt {
	const char *key, *origin, *parent, *parent_kind, *content_hash;
	const char *learner, *learner_name, *agency, *lang;
	const char *started, *finished, *ending, *outcome;
	double score, max, percent;
	int passed; /* 1, 0, or -1 when not known */
	int has_score;
};

struct store_answer {
	int seq;
	const char *item, *item_hash, *kind, *response, *grade;
	int correct; /* 1, 0, or -1 when not known */
	double points, seconds;
	int has_points, has_seconds;
};

/* Opens (creating if need be) the database at path; d (borrowed, must
 * outlive the store) gets every message. On failure prints why and returns
 * NULL. The caller frees with store_close. */
struct store *store_open(const char *path, struct diag *d);
void store_close(struct store *st);
/* The SQLite handle, for reading; owned by st. */
struct sqlite3 *store_db(struct store *st);

/* Starts storing one source (kind and name as in the table above); every
 * add until store_source_end belongs to it. Returns 0, or -1 (printed). */
int store_source_begin(struct store *st, const char *kind, const char *name);
/* keep 1 commits the source, keep 0 takes back everything since
 * store_source_begin. Returns 0, or -1 when the commit failed (printed). */
int store_source_end(struct store *st, int keep);

/* Adds the attempt, or finds the one with the same key and fills in what
 * it did not know yet (a finish, a score). *id is its row id. Returns 1
 * when new, 0 when it was there, -1 on a database error (printed). */
int store_attempt(struct store *st, const struct store_attempt *a,
    int64_t *id);
/* Adds an answer to attempt id unless that item is answered there
 * already. Returns 1 when added, 0 when there, -1 on error (printed). */
int store_answer(struct store *st, int64_t attempt,
    const struct store_answer *ans);
/* The same for the n answers ans (borrowed) of attempt id, in that order
 * (of two to one item, the first is kept), and at a fraction of the cost
 * of one store_answer each. Returns how many were added, or -1 on error
 * (printed; those added before it stay until the source is taken back). */
#define STORE_BATCH 32
int store_answers(struct store *st, int64_t attempt,
    const struct store_answer *ans, size_t n);
/* Marks key (a statement id, a Moodle row) seen. Returns 1 when it is
 * new, 0 when it was seen before, -1 on error (printed). */
int store_seen(struct store *st, const char *key);

/* The value stored for key, or NULL; the caller frees it. */
char *store_state_get(struct store *st, const char *key);
/* Stores value for key, inside the current source. 0 or -1 (printed). */
int store_state_set(struct store *st, const char *key, const char *value);

#endif
