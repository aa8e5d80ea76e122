/* report_store.c: the results database of `sharepack report`: its tables,
 * one transaction per source, and adding attempts, answers and statements
 * so that feeding the same thing twice stores it once. */
#include "report_store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "xalloc.h"

/* Bumped when the tables change; an older database is refused with the
 * fix rather than read wrongly. */
#define STORE_VERSION 2

enum stmt {
	ST_SOURCE, ST_ATT_FIND, ST_ATT_ADD, ST_ATT_FILL, ST_ITEM_FIND,
	ST_ITEM_ADD, ST_HASH_FIND, ST_HASH_ADD, ST_ANSWER_HAS, ST_SEEN, ST_STATE_GET, ST_STATE_SET, ST_COUNT
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
	[ST_ITEM_FIND] = "SELECT id FROM item WHERE item = ?1",
	[ST_ITEM_ADD] = "INSERT INTO item(item) VALUES (?1)",
	[ST_HASH_FIND] = "SELECT id FROM item_hash WHERE hash = ?1",
	[ST_HASH_ADD] = "INSERT INTO item_hash(hash) VALUES (?1)",
	[ST_ANSWER_HAS] = "SELECT 1 FROM answer_row WHERE attempt = ?1 AND "
	    "item = ?2",
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
    "CREATE TABLE item (id INTEGER PRIMARY KEY, item TEXT NOT NULL UNIQUE);"
    "CREATE TABLE item_hash (id INTEGER PRIMARY KEY,"
    "  hash TEXT NOT NULL UNIQUE);"
    /* Its ids are the store's own (the attempt's from store_attempt, the
     * item's and hash's from store_intern, in the same transaction), so
     * they are not checked again as foreign keys on every answer, which
     * cost a sixth of storing one. */
    "CREATE TABLE answer_row (attempt INTEGER NOT NULL,"
    "  item INTEGER NOT NULL, seq INTEGER NOT NULL,"
    "  item_hash INTEGER, kind TEXT, response TEXT, correct INTEGER,"
    "  points REAL, grade TEXT, seconds REAL,"
    "  PRIMARY KEY (attempt, item)) WITHOUT ROWID;"
    "CREATE VIEW answer AS SELECT r.attempt, r.seq, i.item,"
    "  h.hash AS item_hash, r.kind, r.response, r.correct, r.points,"
    "  r.grade, r.seconds FROM answer_row AS r JOIN item AS i"
    "  ON i.id = r.item LEFT JOIN item_hash AS h ON h.id = r.item_hash;"
    /* So that a tool writing answers with plain SQL, as version 1 had
     * them, still can. */
    "CREATE TRIGGER answer_insert INSTEAD OF INSERT ON answer BEGIN"
    "  INSERT OR IGNORE INTO item(item) VALUES (NEW.item);"
    "  INSERT OR IGNORE INTO item_hash(hash) SELECT NEW.item_hash"
    "    WHERE NEW.item_hash IS NOT NULL;"
    "  INSERT OR IGNORE INTO answer_row(attempt, item, seq, item_hash,"
    "    kind, response, correct, points, grade, seconds) VALUES"
    "    (NEW.attempt, (SELECT id FROM item WHERE item = NEW.item),"
    "    NEW.seq, (SELECT id FROM item_hash WHERE hash = NEW.item_hash),"
    "    NEW.kind, NEW.response, NEW.correct, NEW.points, NEW.grade,"
    "    NEW.seconds);"
    "END;"
    "CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID;"
    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;";

/* The item ids and content hashes answers name, each stored once in its
 * own table (item, item_hash) so that an answer row is a few small
 * numbers; the ids of those met so far are kept here, as one answer after
 * another names the same few. Past NAMES_MAX texts (only a hostile source
 * names that many) the cache is emptied and fills again. */
#define NAMES_MAX 4096

struct names {
	struct name_slot {
		char *text;	/* NULL: an empty slot */
		uint64_t hash;
		int64_t id;
	} *slot;
	size_t cap, n;		/* cap a power of two, n at most cap / 2 */
	enum stmt find, add;	/* the table's statements */
};

enum { NAMES_ITEM, NAMES_HASH, NAMES_COUNT };

struct store {
	sqlite3 *db;
	struct diag *d;
	char *path;
	sqlite3_stmt *stmt[ST_COUNT];
	int64_t source;		/* the source being stored, 0 between */
	struct names names[NAMES_COUNT];
	/* The inserts of 1 to STORE_BATCH answers, prepared when first
	 * needed: one statement for many rows costs a fraction of as many
	 * statements. */
	sqlite3_stmt *batch[STORE_BATCH + 1];
};

static void
names_clear(struct names *nm)
{
	for (size_t i = 0; i < nm->cap; i++)
		free(nm->slot[i].text);
	if (nm->slot != NULL)
		memset(nm->slot, 0, nm->cap * sizeof *nm->slot);
	nm->n = 0;
}

/* The slot holding text (hash h), or the empty one where it would go. */
static struct name_slot *
names_slot(struct names *nm, const char *text, uint64_t h)
{
	size_t i = (size_t)h & (nm->cap - 1);
	while (nm->slot[i].text != NULL && (nm->slot[i].hash != h ||
	    strcmp(nm->slot[i].text, text) != 0))
		i = (i + 1) & (nm->cap - 1);
	return &nm->slot[i];
}

/* Keeps text's id (text not there yet); copies text. */
static void
names_put(struct names *nm, const char *text, uint64_t h, int64_t id)
{
	if (nm->n >= NAMES_MAX)
		names_clear(nm);
	if (2 * (nm->n + 1) > nm->cap) {
		struct names old = *nm;
		nm->cap = old.cap ? 2 * old.cap : 64;
		nm->slot = xcalloc(nm->cap, sizeof *nm->slot);
		for (size_t i = 0; i < old.cap; i++)
			if (old.slot[i].text != NULL)
				*names_slot(nm, old.slot[i].text,
				    old.slot[i].hash) = old.slot[i];
		free(old.slot);
	}
	struct name_slot *sl = names_slot(nm, text, h);
	*sl = (struct name_slot){ xstrdup(text), h, id };
	nm->n++;
}

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
	/* SQLite's count of the memory it uses takes a global lock on every
	 * allocation, and storing an answer makes a few; nothing reads the
	 * count. It can be turned off only before SQLite starts: a later
	 * call changes nothing. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	struct store *st = xcalloc(1, sizeof *st);
	st->d = d;
	st->path = xstrdup(path);
	st->names[NAMES_ITEM].find = ST_ITEM_FIND;
	st->names[NAMES_ITEM].add = ST_ITEM_ADD;
	st->names[NAMES_HASH].find = ST_HASH_FIND;
	st->names[NAMES_HASH].add = ST_HASH_ADD;
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
	for (int i = 0; i <= STORE_BATCH; i++)
		sqlite3_finalize(st->batch[i]);
	sqlite3_close(st->db);
	for (int i = 0; i < NAMES_COUNT; i++) {
		names_clear(&st->names[i]);
		free(st->names[i].slot);
	}
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
	int rc = 0;
	st->source = 0;
	if (keep)
		rc = store_exec(st, "COMMIT", "cannot store the source");
	else
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	/* The ids cached since the source began may have gone with it. */
	if (!keep || rc != 0)
		for (int i = 0; i < NAMES_COUNT; i++)
			names_clear(&st->names[i]);
	return rc;
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

/* The id of text in the table of names nm: cached, else stored, else
 * (when add) stored now. 1 when found, 0 when not there and add is 0, 2
 * when added, -1 on a database error (printed). */
static int
store_intern(struct store *st, struct names *nm, const char *text, int add,
    int64_t *id)
{
	uint64_t h = buf_hash(BUF_HASH_SEED, text, strlen(text));
	if (nm->n > 0) {
		struct name_slot *sl = names_slot(nm, text, h);
		if (sl->text != NULL) {
			*id = sl->id;
			return 1;
		}
	}
	sqlite3_stmt *q = store_stmt(st, nm->find);
	bind_text(q, 1, text);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot look up an item");
	if (rc == SQLITE_DONE) {
		if (!add)
			return 0;
		q = store_stmt(st, nm->add);
		bind_text(q, 1, text);
		if (store_run(st, q, "cannot store an item") != 0)
			return -1;
		*id = sqlite3_last_insert_rowid(st->db);
	}
	names_put(nm, text, h, *id);
	return rc == SQLITE_ROW ? 1 : 2;
}

/* Whether attempt has an answer to item (an id in the item table): 1 or 0,
 * -1 on a database error (printed). */
static int
store_answered(struct store *st, int64_t attempt, int64_t item)
{
	sqlite3_stmt *q = store_stmt(st, ST_ANSWER_HAS);
	sqlite3_bind_int64(q, 1, attempt);
	sqlite3_bind_int64(q, 2, item);
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot look up an answer");
	return rc == SQLITE_ROW;
}

/* The statement inserting n answers (1 to STORE_BATCH), reset; NULL on a
 * database error (printed). */
static sqlite3_stmt *
store_batch(struct store *st, size_t n)
{
	if (st->batch[n] == NULL) {
		struct buf sql = BUF_INIT;
		buf_puts(&sql, "INSERT OR IGNORE INTO answer_row(attempt, item, "
		    "seq, item_hash, kind, response, correct, points, grade, "
		    "seconds) VALUES ");
		for (size_t i = 0; i < n; i++)
			buf_puts(&sql, i ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" :
			    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		int rc = sqlite3_prepare_v3(st->db, sql.data, -1,
		    SQLITE_PREPARE_PERSISTENT, &st->batch[n], NULL);
		buf_free(&sql);
		if (rc != SQLITE_OK) {
			store_fail(st, "cannot prepare a statement");
			return NULL;
		}
	}
	sqlite3_reset(st->batch[n]);
	sqlite3_clear_bindings(st->batch[n]);
	return st->batch[n];
}

/* The ids of ans's item, put at item[k] (item[0] to item[k - 1] are those
 * of the answers before it in its batch), and of its hash (0: none) in
 * attempt: 1, or 0 when the answer is to be passed over, -1 on a
 * database error (printed). */
static int
store_answer_ids(struct store *st, int64_t attempt,
    const struct store_answer *ans, int64_t *item, size_t k, int64_t *hash)
{
	int got = store_intern(st, &st->names[NAMES_ITEM], ans->item, 1,
	    &item[k]);
	*hash = 0;
	/* A second answer to an item in a batch is passed over here, as one
	 * at a time it would be: before its hash is stored. */
	for (size_t j = 0; got > 0 && j < k; j++)
		if (item[j] == item[k])
			return 0;
	if (got < 0 || ans->item_hash == NULL)
		return got < 0 ? -1 : 1;
	struct names *nm = &st->names[NAMES_HASH];
	int h = store_intern(st, nm, ans->item_hash, 0, hash);
	if (h == 0 && got == 1) {
		/* A hash not stored yet is stored only with an answer that is
		 * new, so that feeding an answer again (with another hash)
		 * changes nothing. */
		int there = store_answered(st, attempt, item[k]);
		if (there != 0)
			return there > 0 ? 0 : -1;
	}
	if (h == 0)
		h = store_intern(st, nm, ans->item_hash, 1, hash);
	return h < 0 ? -1 : 1;
}

/* Binds answer ans (item and hash ids given) as the row at of q. */
static void
bind_answer(sqlite3_stmt *q, int at, int64_t attempt,
    const struct store_answer *ans, int64_t item, int64_t hash)
{
	sqlite3_bind_int64(q, at + 1, attempt);
	sqlite3_bind_int64(q, at + 2, item);
	sqlite3_bind_int(q, at + 3, ans->seq);
	if (hash != 0)
		sqlite3_bind_int64(q, at + 4, hash);
	bind_text(q, at + 5, ans->kind);
	bind_text(q, at + 6, ans->response);
	if (ans->correct >= 0)
		sqlite3_bind_int(q, at + 7, ans->correct);
	if (ans->has_points)
		sqlite3_bind_double(q, at + 8, ans->points);
	bind_text(q, at + 9, ans->grade);
	if (ans->has_seconds)
		sqlite3_bind_double(q, at + 10, ans->seconds);
}

int
store_answers(struct store *st, int64_t attempt,
    const struct store_answer *ans, size_t n)
{
	int added = 0;
	for (size_t from = 0; from < n; from += STORE_BATCH) {
		size_t to = n - from < STORE_BATCH ? n : from + STORE_BATCH;
		int64_t item[STORE_BATCH], hash[STORE_BATCH];
		size_t take[STORE_BATCH], k = 0;
		for (size_t i = from; i < to; i++) {
			int ok = store_answer_ids(st, attempt, &ans[i], item,
			    k, &hash[k]);
			if (ok < 0)
				return -1;
			if (ok > 0)
				take[k++] = i;
		}
		sqlite3_stmt *q = k > 0 ? store_batch(st, k) : NULL;
		if (k > 0 && q == NULL)
			return -1;
		for (size_t j = 0; j < k; j++)
			bind_answer(q, 10 * (int)j, attempt, &ans[take[j]],
			    item[j], hash[j]);
		if (k > 0 && store_run(st, q, "cannot store an answer") != 0)
			return -1;
		added += k > 0 ? sqlite3_changes(st->db) : 0;
	}
	return added;
}

int
store_answer(struct store *st, int64_t attempt, const struct store_answer *ans)
{
	return store_answers(st, attempt, ans, 1);
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
