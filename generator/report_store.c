/* report_store.c: the results database of `sharepack report`: its tables,
 * one transaction per source, and adding attempts, answers and statements
 * so that feeding the same thing twice stores it once. */
#include "report_store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "xalloc.h"

/* Bumped when the tables change; an older database is refused with the
 * fix rather than read wrongly. */
#define STORE_VERSION 1

enum stmt {
	ST_SOURCE, ST_ATT_FIND, ST_ATT_ADD, ST_ATT_FILL, ST_ANSWER, ST_SEEN,
	ST_STATE_GET, ST_STATE_SET, ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
	[ST_SOURCE] = "INSERT INTO source(kind, name, added) VALUES (?1, ?2, ?3)",
	[ST_ATT_FIND] = "SELECT id FROM attempt WHERE key = ?1",
	[ST_ATT_ADD] = "INSERT INTO attempt(key, source, origin, parent, "
	    "parent_kind, content_hash, learner, learner_name, agency, lang, "
	    "started, finished, score, max, percent, passed, ending, outcome) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
	    "?14, ?15, ?16, ?17, ?18)",
	/* What a later statement or a finished download adds to an attempt
	 * first seen unfinished: only what is still unknown is filled. */
	[ST_ATT_FILL] = "UPDATE attempt SET "
	    "content_hash = coalesce(content_hash, ?6), "
	    "learner_name = coalesce(learner_name, ?8), "
	    "agency = coalesce(agency, ?9), lang = coalesce(lang, ?10), "
	    "started = coalesce(started, ?11), "
	    "finished = coalesce(finished, ?12), "
	    "score = coalesce(score, ?13), max = coalesce(max, ?14), "
	    "percent = coalesce(percent, ?15), "
	    "passed = coalesce(passed, ?16), ending = coalesce(ending, ?17), "
	    "outcome = coalesce(outcome, ?18) WHERE id = ?19 AND ("
	    /* Only a row this fills is touched, so that feeding a source
	     * again changes nothing (the collectors compare the database's
	     * change count to drop a source that added nothing). */
	    "content_hash IS NULL AND ?6 IS NOT NULL OR "
	    "learner_name IS NULL AND ?8 IS NOT NULL OR "
	    "agency IS NULL AND ?9 IS NOT NULL OR "
	    "lang IS NULL AND ?10 IS NOT NULL OR "
	    "started IS NULL AND ?11 IS NOT NULL OR "
	    "finished IS NULL AND ?12 IS NOT NULL OR "
	    "score IS NULL AND ?13 IS NOT NULL OR "
	    "max IS NULL AND ?14 IS NOT NULL OR "
	    "percent IS NULL AND ?15 IS NOT NULL OR "
	    "passed IS NULL AND ?16 IS NOT NULL OR "
	    "ending IS NULL AND ?17 IS NOT NULL OR "
	    "outcome IS NULL AND ?18 IS NOT NULL)",
	[ST_ANSWER] = "INSERT OR IGNORE INTO answer(attempt, seq, item, "
	    "item_hash, kind, response, correct, points, grade, seconds) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
	[ST_SEEN] = "INSERT OR IGNORE INTO seen(key) VALUES (?1)",
	[ST_STATE_GET] = "SELECT value FROM state WHERE key = ?1",
	[ST_STATE_SET] = "INSERT OR REPLACE INTO state(key, value) "
	    "VALUES (?1, ?2)",
};

static const char schema_sql[] =
    "CREATE TABLE source (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "  name TEXT NOT NULL, added TEXT NOT NULL);"
    "CREATE TABLE attempt (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
    "  source INTEGER NOT NULL REFERENCES source(id), origin TEXT NOT NULL,"
    "  parent TEXT NOT NULL, parent_kind TEXT NOT NULL, content_hash TEXT,"
    "  learner TEXT NOT NULL, learner_name TEXT, agency TEXT, lang TEXT,"
    "  started TEXT, finished TEXT, score REAL, max REAL, percent REAL,"
    "  passed INTEGER, ending TEXT, outcome TEXT);"
    "CREATE INDEX attempt_parent ON attempt(parent);"
    "CREATE TABLE answer (attempt INTEGER NOT NULL REFERENCES attempt(id),"
    "  seq INTEGER NOT NULL, item TEXT NOT NULL, item_hash TEXT, kind TEXT,"
    "  response TEXT, correct INTEGER, points REAL, grade TEXT,"
    "  seconds REAL, PRIMARY KEY (attempt, item)) WITHOUT ROWID;"
    "CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID;"
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;";

struct store {
	sqlite3 *db;
	struct diag *d;
	char *path;
	sqlite3_stmt *stmt[ST_COUNT];
	int64_t source;		/* the source being stored, 0 between */
};

/* A database failure: the path and SQLite's own words. */
static int
store_fail(struct store *st, const char *doing)
{
	diag_syserr(st->d, "%s: %s: %s", st->path, doing,
	    st->db ? sqlite3_errmsg(st->db) : "out of memory");
	return -1;
}

static int
store_exec(struct store *st, const char *sql, const char *doing)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, doing);
	return 0;
}

/* Creates the tables in a new database, checks the version of an old one. */
static int
store_prepare_schema(struct store *st)
{
	sqlite3_stmt *q;
	int version = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &q,
	    NULL) != SQLITE_OK)
		return store_fail(st, "cannot read the database");
	if (sqlite3_step(q) == SQLITE_ROW)
		version = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	if (version == STORE_VERSION)
		return 0;
	if (version != 0) {
		diag_syserr(st->d, "%s: a results database of another version "
		    "(%d, this sharepack writes %d); give another --db file",
		    st->path, version, STORE_VERSION);
		return -1;
	}
	char *sql = xasprintf("BEGIN; %s PRAGMA user_version = %d; COMMIT;",
	    schema_sql, STORE_VERSION);
	int rc = store_exec(st, sql, "cannot create the tables");
	free(sql);
	return rc;
}

struct store *
store_open(const char *path, struct diag *d)
{
	struct store *st = xcalloc(1, sizeof *st);
	st->d = d;
	st->path = xstrdup(path);
	/* One thread uses a store: SQLite's own locking is not needed. */
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		store_fail(st, "cannot open the results database");
		goto fail;
	}
	sqlite3_busy_timeout(st->db, 5000);
	/* WAL with NORMAL sync: a crash can lose the last source, never
	 * corrupt the earlier ones. */
	if (store_exec(st, "PRAGMA journal_mode = WAL; "
	    "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON",
	    "cannot set up the database") != 0 ||
	    store_prepare_schema(st) != 0)
		goto fail;
	for (int i = 0; i < ST_COUNT; i++) {
		if (sqlite3_prepare_v3(st->db, stmt_sql[i], -1,
		    SQLITE_PREPARE_PERSISTENT, &st->stmt[i], NULL) != SQLITE_OK) {
			store_fail(st, "cannot prepare a statement");
			goto fail;
		}
	}
	return st;
fail:
	store_close(st);
	return NULL;
}

void
store_close(struct store *st)
{
	if (!st)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(st->stmt[i]);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

struct sqlite3 *
store_db(struct store *st)
{
	return st->db;
}

/* The statement i, reset and ready for new bindings. */
static sqlite3_stmt *
store_stmt(struct store *st, enum stmt i)
{
	sqlite3_reset(st->stmt[i]);
	sqlite3_clear_bindings(st->stmt[i]);
	return st->stmt[i];
}

static void
bind_text(sqlite3_stmt *q, int at, const char *s)
{
	if (s)
		sqlite3_bind_text(q, at, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(q, at);
}

/* Runs q to its end: 0 when done, -1 (printed) on failure. */
static int
store_run(struct store *st, sqlite3_stmt *q, const char *doing)
{
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(st, doing);
	return 0;
}

int
store_source_begin(struct store *st, const char *kind, const char *name)
{
	if (store_exec(st, "BEGIN IMMEDIATE", "cannot start storing") != 0)
		return -1;
	char now[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sqlite3_stmt *q = store_stmt(st, ST_SOURCE);
	bind_text(q, 1, kind);
	bind_text(q, 2, name);
	bind_text(q, 3, now);
	if (store_run(st, q, "cannot record the source") != 0) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	st->source = sqlite3_last_insert_rowid(st->db);
	return 0;
}

int
store_source_end(struct store *st, int keep)
{
	st->source = 0;
	if (keep)
		return store_exec(st, "COMMIT", "cannot store the source");
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return 0;
}

/* Binds the columns ?1 to ?18 of an attempt (ST_ATT_ADD and ST_ATT_FILL
 * number them the same). */
static void
bind_attempt(sqlite3_stmt *q, const struct store_attempt *a, int64_t source)
{
	const char *text[] = { a->key, NULL, a->origin, a->parent,
		a->parent_kind, a->content_hash, a->learner, a->learner_name,
		a->agency, a->lang, a->started, a->finished };
	for (int i = 0; i < 12; i++)
		if (i != 1)
			bind_text(q, i + 1, text[i]);
	sqlite3_bind_int64(q, 2, source);
	if (a->has_score) {
		sqlite3_bind_double(q, 13, a->score);
		sqlite3_bind_double(q, 14, a->max);
		sqlite3_bind_double(q, 15, a->percent);
	}
	if (a->passed >= 0)
		sqlite3_bind_int(q, 16, a->passed);
	bind_text(q, 17, a->ending);
	bind_text(q, 18, a->outcome);
}

int
store_attempt(struct store *st, const struct store_attempt *a, int64_t *id)
{
	sqlite3_stmt *q = store_stmt(st, ST_ATT_FIND);
	bind_text(q, 1, a->key);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(q, 0);
		sqlite3_reset(q);
		q = store_stmt(st, ST_ATT_FILL);
		bind_attempt(q, a, st->source);
		sqlite3_bind_int64(q, 19, *id);
		return store_run(st, q, "cannot update an attempt") ? -1 : 0;
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return store_fail(st, "cannot look up an attempt");
	q = store_stmt(st, ST_ATT_ADD);
	bind_attempt(q, a, st->source);
	if (store_run(st, q, "cannot store an attempt") != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(st->db);
	return 1;
}

int
store_answer(struct store *st, int64_t attempt, const struct store_answer *ans)
{
	sqlite3_stmt *q = store_stmt(st, ST_ANSWER);
	sqlite3_bind_int64(q, 1, attempt);
	sqlite3_bind_int(q, 2, ans->seq);
	bind_text(q, 3, ans->item);
	bind_text(q, 4, ans->item_hash);
	bind_text(q, 5, ans->kind);
	bind_text(q, 6, ans->response);
	if (ans->correct >= 0)
		sqlite3_bind_int(q, 7, ans->correct);
	if (ans->has_points)
		sqlite3_bind_double(q, 8, ans->points);
	bind_text(q, 9, ans->grade);
	if (ans->has_seconds)
		sqlite3_bind_double(q, 10, ans->seconds);
	if (store_run(st, q, "cannot store an answer") != 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int
store_seen(struct store *st, const char *key)
{
	sqlite3_stmt *q = store_stmt(st, ST_SEEN);
	bind_text(q, 1, key);
	if (store_run(st, q, "cannot record a statement") != 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

char *
store_state_get(struct store *st, const char *key)
{
	sqlite3_stmt *q = store_stmt(st, ST_STATE_GET);
	bind_text(q, 1, key);
	char *value = NULL;
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
		value = xstrdup((const char *)sqlite3_column_text(q, 0));
	sqlite3_reset(q);
	return value;
}

int
store_state_set(struct store *st, const char *key, const char *value)
{
	sqlite3_stmt *q = store_stmt(st, ST_STATE_SET);
	bind_text(q, 1, key);
	bind_text(q, 2, value);
	return store_run(st, q, "cannot store the state");
}
