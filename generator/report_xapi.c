/* report_xapi.c: xAPI statements read as a stream (report_json.c's
 * events), one statement held at a time, into the results database:
 * answers, completions and passes of sharepack's packs and scenarios. */
#include "report_xapi.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "buf.h"
#include "report_json.h"
#include "xalloc.h"

/* A value longer than this is no value sharepack sends (ids, names,
 * hashes, durations), so a statement holding one is refused rather than
 * held in memory. */
#define XAPI_VALUE_MAX (64u << 10)
#define XAPI_VERBS "http://adlnet.gov/expapi/verbs/"
#define XAPI_URN "urn:sharepack:"
#define XAPI_HASH_EXT "urn:sharepack:content-hash"
#define XAPI_AGENCY_EXT "urn:sharepack:agency"

enum { X_STR = 1, X_NUM = 2, X_BOOL = 4 };


/* The values of a statement read, each found by its path of keys from the
 * statement (an empty string stands for "the first member of an array"). */
enum xfield {
	XF_ID, XF_NAME, XF_MBOX, XF_SHA1, XF_OPENID, XF_HOME, XF_ACCOUNT,
	XF_VERB, XF_OBJECT, XF_ITEM_HASH, XF_REGISTRATION, XF_LANG,
	XF_HASH, XF_AGENCY, XF_PARENT, XF_RESPONSE, XF_DURATION, XF_SUCCESS,
	XF_RAW, XF_MAX, XF_SCALED, XF_TIMESTAMP, XF_STORED, XF_COUNT
};

struct xpath {
	const char *keys[5];
	unsigned type;
};

static const struct xpath xpaths[XF_COUNT] = {
	[XF_ID] = { { "id" }, X_STR },
	[XF_NAME] = { { "actor", "name" }, X_STR },
	[XF_MBOX] = { { "actor", "mbox" }, X_STR },
	[XF_SHA1] = { { "actor", "mbox_sha1sum" }, X_STR },
	[XF_OPENID] = { { "actor", "openid" }, X_STR },
	[XF_HOME] = { { "actor", "account", "homePage" }, X_STR },
	[XF_ACCOUNT] = { { "actor", "account", "name" }, X_STR },
	[XF_VERB] = { { "verb", "id" }, X_STR },
	[XF_OBJECT] = { { "object", "id" }, X_STR },
	[XF_ITEM_HASH] = { { "object", "definition", "extensions",
	    XAPI_HASH_EXT }, X_STR },
	[XF_REGISTRATION] = { { "context", "registration" }, X_STR },
	[XF_LANG] = { { "context", "language" }, X_STR },
	[XF_HASH] = { { "context", "extensions", XAPI_HASH_EXT }, X_STR },
	[XF_AGENCY] = { { "context", "extensions", XAPI_AGENCY_EXT },
	    X_STR },
	[XF_PARENT] = { { "context", "contextActivities", "parent", "",
	    "id" }, X_STR },
	[XF_RESPONSE] = { { "result", "response" }, X_STR },
	[XF_DURATION] = { { "result", "duration" }, X_STR },
	[XF_SUCCESS] = { { "result", "success" }, X_BOOL },
	[XF_RAW] = { { "result", "score", "raw" }, X_NUM },
	[XF_MAX] = { { "result", "score", "max" }, X_NUM },
	[XF_SCALED] = { { "result", "score", "scaled" }, X_NUM },
	[XF_TIMESTAMP] = { { "timestamp" }, X_STR },
	[XF_STORED] = { { "stored" }, X_STR },
};

struct xvalue {
	size_t off;		/* of the NUL-terminated text in the arena */
	double num;
	int b;
	int set;
};

enum xmode { XM_START, XM_ARRAY, XM_OBJECT };

struct report_xapi {
	struct store *st;
	struct diag *d;
	char *name;
	struct report_json *j;
	enum xmode mode;
	int page;		/* the top object is an LRS page */
	int base;		/* the statement's depth; -1 between */
	struct srcpos at;	/* where the statement starts */
	struct xvalue v[XF_COUNT];
	/* For each level of the statement being read (relative to base),
	 * the fields whose path leads through the current container: a
	 * container no field is in is passed over at once. */
	uint32_t mask[REPORT_JSON_DEPTH + 2];
	struct buf arena;	/* the statement's values; emptied after it */
	struct buf more, latest;
	/* The attempt the last statement went to, so that a run of answers
	 * of one attempt looks it up once. */
	struct buf last_key;
	int64_t last_id;
	/* The texts each statement makes (learner, attempt key, parent,
	 * item, seen key), kept between statements so that reading one
	 * allocates nothing once they have grown. */
	struct buf learner, key, parent, item, seen;
	sqlite3_stmt *run;	/* the open run of a learner without
				 * registrations (xapi_run_key) */
	/* Answers within a registration not stored yet, all to the attempt
	 * pend_id, stored together (store_answers) when another attempt or
	 * statement comes, or at the end; their texts in pend_text. */
	struct xpending {
		int seq, correct, has_points, has_seconds;
		size_t item, hash, response;	/* in pend_text; NONE */
		const char *kind;
		double points, seconds;
	} pending[STORE_BATCH];
	size_t npending;
	struct buf pend_text;
	int64_t pend_id;
	int seq;
	size_t added, known, skipped;
};

/* Tables made once from xpaths, so that matching a key costs a lookup
 * and one comparison, whatever the number of fields: the fields whose
 * key at each level starts with each byte ('\0': an array member); for
 * each field and level, the fields with the same key there; and the
 * fields whose path has each length. */
static uint32_t by_char[5][256];
static uint32_t same_key[5][XF_COUNT];
static uint32_t by_len[6];

static void
xapi_tables(void)
{
	if (by_len[1] != 0)
		return;
	for (int f = 0; f < XF_COUNT; f++) {
		int n = 0;
		for (; n < 5 && xpaths[f].keys[n] != NULL; n++) {
			by_char[n][(unsigned char)xpaths[f].keys[n][0]] |=
			    UINT32_C(1) << f;
			for (int g = 0; g < XF_COUNT; g++)
				if (xpaths[g].keys[n] != NULL &&
				    strcmp(xpaths[g].keys[n],
				    xpaths[f].keys[n]) == 0)
					same_key[n][f] |= UINT32_C(1) << g;
		}
		by_len[n] |= UINT32_C(1) << f;
	}
}

/* The index of the lowest bit set in m (not 0), by de Bruijn's
 * multiplication, so that loops visit only the fields still in play. */
static int
xapi_low(uint32_t m)
{
	static const int pos[32] = { 0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20,
		15, 25, 17, 4, 8, 31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6,
		11, 5, 10, 9 };
	return pos[((m & (~m + 1)) * UINT32_C(0x077CB531)) >> 27];
}

/* Of the fields in mask, those whose key at level rel (1-based) is key
 * (NULL: an array member). */
static uint32_t
xapi_match(uint32_t mask, int rel, const char *key)
{
	uint32_t m = mask & by_char[rel - 1][key ? (unsigned char)key[0] : 0];
	if (key == NULL)
		return m;
	/* One comparison for all the fields sharing a key. */
	for (uint32_t left = m; left != 0;) {
		int f = xapi_low(left);
		if (strcmp(xpaths[f].keys[rel - 1], key) == 0)
			return m & same_key[rel - 1][f];
		left &= ~same_key[rel - 1][f];
	}
	return 0;
}

/* Keeps the value ev of field f; -1 (printed) when it has the wrong type
 * or is too long. */
static int
xapi_keep(struct report_xapi *r, int f, const struct report_json_event *ev)
{
	unsigned t = ev->type == RJ_STRING ? X_STR : ev->type == RJ_NUMBER ?
	    X_NUM : ev->type == RJ_BOOL ? X_BOOL : 0;
	/* null is "not said"; and only the first parent counts. */
	if (ev->type == RJ_NULL || (f == XF_PARENT && r->v[f].set))
		return 0;
	if (!(t & xpaths[f].type)) {
		char path[256] = "";
		for (int k = 0; k < 5 && xpaths[f].keys[k] != NULL; k++) {
			size_t n = strlen(path);
			snprintf(path + n, sizeof path - n, "%s%s", k ? "." :
			    "", xpaths[f].keys[k][0] ? xpaths[f].keys[k] :
			    "[0]");
		}
		diag_error(r->d, report_json_at(r->j, ev),
		    "a statement's %s "
		    "should be %s", path, xpaths[f].type == X_STR ?
		    "a string" : xpaths[f].type == X_NUM ? "a number" :
		    "true or false");
		return -1;
	}
	if (ev->len > XAPI_VALUE_MAX) {
		diag_error(r->d, report_json_at(r->j, ev),
		    "a value of %zu "
		    "bytes, over the %u a statement sharepack reads may hold",
		    ev->len, XAPI_VALUE_MAX);
		return -1;
	}
	struct xvalue *v = &r->v[f];
	v->off = r->arena.len;
	buf_add_str(&r->arena, ev->str ? ev->str : "", ev->str ? ev->len : 0);
	v->num = ev->num;
	v->b = ev->boolean;
	v->set = 1;
	return 0;
}

static const char *
xs(const struct report_xapi *r, int f)
{
	return r->v[f].set ? r->arena.data + r->v[f].off : NULL;
}

static int xapi_statement(struct report_xapi *r);

/* Starts a statement at depth, the map ev. */
static void
xapi_begin(struct report_xapi *r, const struct report_json_event *ev)
{
	r->base = ev->depth;
	r->at = report_json_pos(r->j, ev);
	r->arena.len = 0;
	memset(r->v, 0, sizeof r->v);
	r->mask[0] = (UINT32_C(1) << XF_COUNT) - 1;
}

/* The document's first event: an array of statements, or an object (one
 * statement, or an LRS page). */
static int
xapi_top(struct report_xapi *r, const struct report_json_event *ev)
{
	if (ev->type == RJ_ARRAY) {
		r->mode = XM_ARRAY;
		return 0;
	}
	if (ev->type == RJ_MAP) {
		r->mode = XM_OBJECT;
		xapi_begin(r, ev);
		return 0;
	}
	diag_error(r->d, report_json_at(r->j, ev),
	    "xAPI statements are a JSON array of "
	    "statements, one statement, or an LRS page {\"statements\": [...], "
	    "\"more\": ...}");
	return -1;
}

/* An LRS page's own members: the statements array and "more" (any other
 * key is passed over). A statement may not hold a "statements" key, so
 * the top object is a page as soon as it has one. */
static int
xapi_page(struct report_xapi *r, const struct report_json_event *ev)
{
	const char *key = report_json_key(r->j, 1);
	if (strcmp(key, "statements") == 0) {
		if (ev->type == RJ_ARRAY_END)
			return 0;
		if (ev->type != RJ_ARRAY) {
			diag_error(r->d, report_json_at(r->j, ev),
			    "\"statements\" should be "
			    "an array");
			return -1;
		}
		r->page = 1;
		r->base = -1;
	} else if (strcmp(key, "more") == 0 && ev->type == RJ_STRING) {
		r->more.len = 0;
		buf_add(&r->more, ev->str, ev->len);
	}
	return 0;
}

/* A member of the statements array (of the document or a page). */
static int
xapi_member(struct report_xapi *r, const struct report_json_event *ev)
{
	if (ev->type == RJ_MAP) {
		xapi_begin(r, ev);
		return 0;
	}
	diag_error(r->d, report_json_at(r->j, ev),
	    "each statement should be a JSON object");
	return -1;
}

/* A value inside the statement being read. */
static int
xapi_value(struct report_xapi *r, const struct report_json_event *ev)
{
	static const char *const objects[] = { "actor", "verb", "object",
		"result", "context", NULL };
	int rel = ev->depth - r->base;
	int open = ev->type == RJ_MAP || ev->type == RJ_ARRAY;
	if (ev->type == RJ_MAP_END || ev->type == RJ_ARRAY_END)
		return 0;
	const char *key = report_json_key(r->j, ev->depth);
	if (rel == 1 && ev->type != RJ_MAP && ev->type != RJ_NULL &&
	    key != NULL && strchr("avorc", key[0]) != NULL && key[0] != '\0')
		for (int i = 0; objects[i] != NULL; i++)
			if (strcmp(key, objects[i]) == 0) {
				diag_error(r->d, report_json_at(r->j, ev),
				    "a statement's "
				    "\"%s\" should be an object (xAPI 1.0.3)",
				    key);
				return -1;
			}
	uint32_t m = rel <= 5 && r->mask[rel - 1] != 0 ?
	    xapi_match(r->mask[rel - 1], rel, key) : 0;
	uint32_t here = m & by_len[rel <= 5 ? rel : 0];
	int f = here != 0 ? xapi_low(here) : -1;
	if (open) {
		r->mask[rel] = f >= 0 ? 0 : m;
		if (f < 0)
			return 0;
	}
	return f < 0 ? 0 : xapi_keep(r, f, ev);
}

/* Whether ev is a member of the list of statements. */
static int
xapi_in_list(const struct report_xapi *r, const struct report_json_event *ev)
{
	if (r->mode == XM_ARRAY)
		return ev->depth == 1;
	return r->page && ev->depth == 2 &&
	    strcmp(report_json_key(r->j, 1), "statements") == 0;
}

static int
xapi_event(void *ctx, struct report_json *j, const struct report_json_event *ev)
{
	struct report_xapi *r = ctx;
	(void)j;
	if (r->mode == XM_START)
		return xapi_top(r, ev);
	if (r->mode == XM_OBJECT && ev->depth == 1 && xapi_page(r, ev) != 0)
		return -1;
	if (r->mode == XM_OBJECT && r->page && ev->depth <= 1)
		return 0;
	if (r->base >= 0) {
		if (ev->depth == r->base && ev->type == RJ_MAP_END) {
			int rc = xapi_statement(r);
			r->base = -1;
			return rc;
		}
		return ev->depth > r->base ? xapi_value(r, ev) : 0;
	}
	return xapi_in_list(r, ev) ? xapi_member(r, ev) : 0;
}

/* Seconds in an ISO 8601 duration such as "PT1M5.5S", or -1 when it is
 * not one (years and months, which have no fixed length, included). */
static double
xapi_seconds(const char *s)
{
	double total = 0;
	int in_time = 0, any = 0;
	if (s == NULL || *s++ != 'P')
		return -1;
	while (*s != '\0') {
		if (*s == 'T' && !in_time) {
			in_time = 1;
			s++;
			continue;
		}
		char *end;
		double n = strtod(s, &end);
		if (end == s || n < 0)
			return -1;
		double unit = *end == 'D' && !in_time ? 86400 :
		    *end == 'W' && !in_time ? 604800 : *end == 'H' && in_time ?
		    3600 : *end == 'M' && in_time ? 60 : *end == 'S' &&
		    in_time ? 1 : -1;
		if (unit < 0)
			return -1;
		total += n * unit;
		any = 1;
		s = end + 1;
	}
	return any ? total : -1;
}

/* Empties b and puts the NULL-ended strings into it; returns its text. */
static const char *
xapi_join(struct buf *b, ...)
{
	va_list ap;
	b->len = 0;
	buf_add(b, "", 0);
	va_start(ap, b);
	for (const char *s; (s = va_arg(ap, const char *)) != NULL;)
		buf_puts(b, s);
	va_end(ap);
	return b->data;
}

/* Whether the actor has an inverse functional identifier. */
static int
xapi_has_learner(const struct report_xapi *r)
{
	return (r->v[XF_HOME].set && r->v[XF_ACCOUNT].set) ||
	    r->v[XF_MBOX].set || r->v[XF_SHA1].set || r->v[XF_OPENID].set;
}

/* The stable key of the learner (never shown) from the actor's inverse
 * functional identifier, mailboxes in lower case so that a Moodle report's
 * email finds the same person; NULL when the actor has none. Owned by r,
 * valid until the next statement. */
static const char *
xapi_learner(struct report_xapi *r)
{
	if (xs(r, XF_HOME) != NULL && xs(r, XF_ACCOUNT) != NULL)
		return xapi_join(&r->learner, "account:", xs(r, XF_HOME), " ",
		    xs(r, XF_ACCOUNT), (char *)NULL);
	if (xs(r, XF_MBOX) != NULL) {
		xapi_join(&r->learner, xs(r, XF_MBOX), (char *)NULL);
		for (char *c = r->learner.data; *c != '\0'; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		return r->learner.data;
	}
	if (xs(r, XF_SHA1) != NULL)
		return xapi_join(&r->learner, "sha1:", xs(r, XF_SHA1),
		    (char *)NULL);
	if (xs(r, XF_OPENID) != NULL)
		return xapi_join(&r->learner, "openid:", xs(r, XF_OPENID),
		    (char *)NULL);
	return NULL;
}

/* What a statement is about: "urn:sharepack:pack:PACK[:ITEM]" or
 * "urn:sharepack:scenario:SCENARIO[:step-STEP]". */
struct xobject {
	const char *parent_kind;
	const char *parent;
	const char *item;	/* NULL for the pack or scenario itself */
};

/* Splits object id into o (strings owned by r, valid until the next
 * statement); 0, or -1 when it is not an id sharepack's pages make. */
static int
xapi_object(struct report_xapi *r, const char *id, struct xobject *o)
{
	const char *rest = id + strlen(XAPI_URN);
	if (strncmp(rest, "pack:", 5) == 0) {
		o->parent_kind = "pack";
		rest += 5;
	} else if (strncmp(rest, "scenario:", 9) == 0) {
		o->parent_kind = "scenario";
		rest += 9;
	} else {
		return -1;
	}
	const char *colon = strchr(rest, ':');
	size_t n = colon ? (size_t)(colon - rest) : strlen(rest);
	if (n == 0 || (colon != NULL && colon[1] == '\0'))
		return -1;
	r->parent.len = 0;
	buf_add(&r->parent, rest, n);
	o->parent = r->parent.data;
	o->item = NULL;
	if (colon != NULL) {
		const char *item = colon + 1;
		/* A scenario's decisions are its steps: "step-ID". */
		if (strcmp(o->parent_kind, "scenario") == 0 &&
		    strncmp(item, "step-", 5) == 0 && item[5] != '\0')
			item += 5;
		o->item = xapi_join(&r->item, item, (char *)NULL);
	}
	return 0;
}

/* The attempt of a statement without a registration (pages before
 * registrations were sent): per learner and pack or scenario, one run of
 * statements up to and including its "completed"; "passed" and "failed"
 * go with the run just completed. So such statements must come oldest
 * first, as a file of them or an LRS read with ascending=true does. The
 * caller frees the key; NULL on a database error (printed). */
static char *
xapi_run_key(struct report_xapi *r, const char *learner,
    const struct xobject *o, int verb_result)
{
	sqlite3 *db = store_db(r->st);
	if (r->run == NULL && sqlite3_prepare_v2(db, "SELECT key, finished "
	    "IS NULL FROM attempt WHERE learner = ?1 AND parent = ?2 AND "
	    "parent_kind = ?3 AND key GLOB 'xapi:run:*' ORDER BY id DESC "
	    "LIMIT 1", -1, &r->run, NULL) != SQLITE_OK) {
		diag_syserr(r->d, "%s: %s", r->name, sqlite3_errmsg(db));
		return NULL;
	}
	sqlite3_reset(r->run);
	sqlite3_bind_text(r->run, 1, learner, -1, SQLITE_STATIC);
	sqlite3_bind_text(r->run, 2, o->parent, -1, SQLITE_STATIC);
	sqlite3_bind_text(r->run, 3, o->parent_kind, -1, SQLITE_STATIC);
	char *key = NULL;
	int rc = sqlite3_step(r->run);
	if (rc == SQLITE_ROW && (verb_result || sqlite3_column_int(r->run,
	    1)))
		key = xstrdup((const char *)sqlite3_column_text(r->run, 0));
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		diag_syserr(r->d, "%s: %s", r->name, sqlite3_errmsg(db));
	sqlite3_reset(r->run);
	if (key == NULL && (rc == SQLITE_ROW || rc == SQLITE_DONE))
		key = xasprintf("xapi:run:%s:%s:%s:%s", learner,
		    o->parent_kind, o->parent, xs(r, XF_ID) ? xs(r, XF_ID) :
		    xs(r, XF_TIMESTAMP) ? xs(r, XF_TIMESTAMP) : "");
	return key;
}

enum xverb { XV_OTHER, XV_ANSWERED, XV_COMPLETED, XV_PASSED, XV_FAILED };

static enum xverb
xapi_verb(const char *id)
{
	static const char *const names[] = { NULL, "answered", "completed",
		"passed", "failed" };
	if (strncmp(id, XAPI_VERBS, strlen(XAPI_VERBS)) != 0)
		return XV_OTHER;
	for (int v = XV_ANSWERED; v <= XV_FAILED; v++)
		if (strcmp(id + strlen(XAPI_VERBS), names[v]) == 0)
			return (enum xverb)v;
	return XV_OTHER;
}

/* The kind of item an answer is to, from the response sharepack sends. */
static const char *
xapi_kind(const struct xobject *o, const char *response)
{
	if (strcmp(o->parent_kind, "scenario") == 0)
		return "decision";
	if (response == NULL)
		return NULL;
	if (strcmp(response, "myth") == 0 || strcmp(response, "fact") == 0)
		return "myth";
	if (strcmp(response, "share") == 0 || strcmp(response, "no-share") == 0)
		return "vignette";
	return NULL;
}

#define NONE ((size_t)-1)

/* Stores the pending answers and counts them, as added or known. 0, or -1
 * on a database error (printed). */
static int
xapi_flush(struct report_xapi *r)
{
	struct store_answer ans[STORE_BATCH];
	const char *text = r->pend_text.data;
	for (size_t i = 0; i < r->npending; i++) {
		const struct xpending *p = &r->pending[i];
		ans[i] = (struct store_answer){ .seq = p->seq,
			.item = text + p->item,
			.item_hash = p->hash != NONE ? text + p->hash : NULL,
			.kind = p->kind,
			.response = p->response != NONE ? text + p->response :
			    NULL, .correct = p->correct, .points = p->points,
			.has_points = p->has_points, .seconds = p->seconds,
			.has_seconds = p->has_seconds };
	}
	int added = r->npending > 0 ? store_answers(r->st, r->pend_id, ans,
	    r->npending) : 0;
	if (added >= 0) {
		r->added += (size_t)added;
		r->known += r->npending - (size_t)added;
	}
	r->npending = 0;
	r->pend_text.len = 0;
	return added < 0 ? -1 : 0;
}

/* Where a copy of s (may be NULL: NONE) is kept in pend_text. */
static size_t
xapi_pend_text(struct report_xapi *r, const char *s)
{
	if (s == NULL)
		return NONE;
	size_t at = r->pend_text.len;
	buf_add_str(&r->pend_text, s, strlen(s));
	return at;
}

/* Keeps ans, an answer to attempt id, to store with the next flush. 0, or
 * -1 when a flush it needed failed (printed). */
static int
xapi_pend(struct report_xapi *r, int64_t id, const struct store_answer *ans)
{
	if ((r->npending > 0 && r->pend_id != id) ||
	    r->npending == STORE_BATCH)
		if (xapi_flush(r) != 0)
			return -1;
	r->pend_id = id;
	r->pending[r->npending++] = (struct xpending){ .seq = ans->seq,
		.correct = ans->correct, .has_points = ans->has_points,
		.has_seconds = ans->has_seconds,
		.item = xapi_pend_text(r, ans->item),
		.hash = xapi_pend_text(r, ans->item_hash),
		.response = xapi_pend_text(r, ans->response),
		.kind = ans->kind, .points = ans->points,
		.seconds = ans->seconds };
	return 0;
}

/* Stores one statement of ours into the attempt key: 1 when it added
 * something, 0 when its answer was there already, -1 on a database error
 * (printed). An answer within a registration (pend) is only kept to be
 * stored with the rest of its attempt's; it counts then (0 here). */
static int
xapi_store(struct report_xapi *r, enum xverb verb, const struct xobject *o,
    const char *key, int pend)
{
	struct store_attempt a = { .key = key, .origin = "xapi",
		.parent = o->parent, .parent_kind = o->parent_kind,
		.content_hash = xs(r, XF_HASH),
		.learner_name = xs(r, XF_NAME), .agency = xs(r, XF_AGENCY),
		.lang = xs(r, XF_LANG), .started = xs(r, XF_TIMESTAMP),
		.passed = verb == XV_PASSED ? 1 : verb == XV_FAILED ? 0 : -1 };
	if (verb == XV_COMPLETED) {
		a.finished = xs(r, XF_TIMESTAMP);
		a.has_score = r->v[XF_RAW].set && r->v[XF_MAX].set;
		a.score = r->v[XF_RAW].num;
		a.max = r->v[XF_MAX].num;
		a.percent = r->v[XF_SCALED].set ? 100 * r->v[XF_SCALED].num :
		    a.max > 0 ? 100 * a.score / a.max : 0;
	}
	int64_t id = r->last_id;
	if (verb != XV_ANSWERED || r->last_key.len == 0 ||
	    strcmp(r->last_key.data, key) != 0) {
		/* Made only here, as the answers of an attempt mostly come
		 * one after another. */
		a.learner = xapi_learner(r);
		if (xapi_flush(r) != 0 || store_attempt(r->st, &a, &id) < 0)
			return -1;
		xapi_join(&r->last_key, key, (char *)NULL);
		r->last_id = id;
	}
	if (verb != XV_ANSWERED)
		return 1;
	double secs = xapi_seconds(xs(r, XF_DURATION));
	struct store_answer ans = { .seq = r->seq++, .item = o->item,
		.item_hash = xs(r, XF_ITEM_HASH),
		.kind = xapi_kind(o, xs(r, XF_RESPONSE)),
		.response = xs(r, XF_RESPONSE),
		.correct = r->v[XF_SUCCESS].set ? r->v[XF_SUCCESS].b : -1,
		.points = r->v[XF_RAW].num, .has_points = r->v[XF_RAW].set,
		.seconds = secs, .has_seconds = secs >= 0 };
	if (pend)
		return xapi_pend(r, id, &ans);
	return store_answer(r->st, id, &ans);
}

/* Keeps the latest "stored" time, which an LRS read starts from next. */
static void
xapi_note_stored(struct report_xapi *r)
{
	const char *stored = xs(r, XF_STORED);
	if (stored != NULL && (r->latest.len == 0 ||
	    strcmp(stored, r->latest.data) > 0)) {
		r->latest.len = 0;
		buf_puts(&r->latest, stored);
	}
}

/* The statement just read: skipped when it is not about sharepack's
 * content, passed over when its id was stored before, stored otherwise.
 * 0, or -1 (printed) when it is malformed or cannot be stored. */
static int
xapi_statement(struct report_xapi *r)
{
	struct xobject o = { NULL, NULL, NULL };
	const char *key = NULL;
	char *run = NULL;
	int rc = -1;
	xapi_note_stored(r);
	if (xs(r, XF_VERB) == NULL || xs(r, XF_OBJECT) == NULL) {
		diag_error(r->d, &r->at, "a statement with no %s; every xAPI "
		    "statement has a verb and an object, each with an id",
		    xs(r, XF_VERB) == NULL ? "verb.id" : "object.id");
		goto out;
	}
	enum xverb verb = xapi_verb(xs(r, XF_VERB));
	if (strncmp(xs(r, XF_OBJECT), XAPI_URN, strlen(XAPI_URN)) != 0 ||
	    verb == XV_OTHER || xapi_object(r, xs(r, XF_OBJECT), &o) != 0 ||
	    (verb == XV_ANSWERED) != (o.item != NULL)) {
		r->skipped++;
		rc = 0;
		goto out;
	}
	if (!xapi_has_learner(r)) {
		diag_error(r->d, &r->at, "a statement whose actor has no mbox, "
		    "mbox_sha1sum, openid or account, so whose answers they "
		    "are cannot be told");
		goto out;
	}
	/* An answer within a registration is stored once by its attempt and
	 * item (the answer table's key), which makes feeding it again change
	 * nothing already; keeping its id too would cost a lookup in an index
	 * of every statement, most of the time collecting takes. Every other
	 * statement's id is kept: without a registration, which run of
	 * attempts a statement joins depends on not reading it twice. */
	int by_answer = verb == XV_ANSWERED && xs(r, XF_REGISTRATION) != NULL;
	/* The answers waiting are stored before anything else is. */
	if (!by_answer && xapi_flush(r) != 0)
		goto out;
	if (xs(r, XF_ID) != NULL && !by_answer) {
		int fresh = store_seen(r->st, xapi_join(&r->seen, "xapi:",
		    xs(r, XF_ID), (char *)NULL));
		if (fresh <= 0) {
			r->known += fresh == 0;
			rc = fresh;
			goto out;
		}
	}
	/* A registration is one attempt; the parent is in the key too, as a
	 * launching LMS may give a whole course one registration. */
	if (xs(r, XF_REGISTRATION) != NULL)
		key = xapi_join(&r->key, "xapi:", xs(r, XF_REGISTRATION), ":",
		    o.parent_kind, ":", o.parent, (char *)NULL);
	else
		key = run = xapi_run_key(r, xapi_learner(r), &o,
		    verb == XV_PASSED || verb == XV_FAILED);
	int added = key == NULL ? -1 : xapi_store(r, verb, &o, key,
	    by_answer);
	if (added < 0)
		goto out;
	/* An answer within a registration counts when it is stored. */
	r->added += !by_answer;
	rc = 0;
out:
	free(run);
	return rc;
}

struct report_xapi *
report_xapi_new(struct store *st, const char *name, struct diag *d)
{
	struct report_xapi *r = xcalloc(1, sizeof *r);
	xapi_tables();
	r->st = st;
	r->d = d;
	r->name = xstrdup(name);
	r->base = -1;
	r->j = report_json_new(xapi_event, r, r->name, d);
	return r;
}

int
report_xapi_feed(struct report_xapi *r, const unsigned char *buf, size_t len)
{
	return report_json_feed(r->j, buf, len);
}

int
report_xapi_end(struct report_xapi *r, char **more, char **latest)
{
	int rc = report_json_end(r->j);
	if (rc == 0)
		rc = xapi_flush(r);
	*more = r->more.len > 0 ? xstrdup(r->more.data) : NULL;
	*latest = r->latest.len > 0 ? xstrdup(r->latest.data) : NULL;
	return rc;
}

void
report_xapi_counts(const struct report_xapi *r, size_t *added, size_t *known)
{
	*added = r->added;
	*known = r->known;
}

size_t
report_xapi_skipped(const struct report_xapi *r)
{
	return r->skipped;
}

void
report_xapi_free(struct report_xapi *r)
{
	if (r == NULL)
		return;
	report_json_free(r->j);
	sqlite3_finalize(r->run);
	buf_free(&r->arena);
	buf_free(&r->more);
	buf_free(&r->latest);
	buf_free(&r->last_key);
	buf_free(&r->learner);
	buf_free(&r->key);
	buf_free(&r->parent);
	buf_free(&r->item);
	buf_free(&r->seen);
	buf_free(&r->pend_text);
	free(r->name);
	free(r);
}
