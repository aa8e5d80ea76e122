/* Unit tests of the report's JSON events (positions whatever the pieces
 * the input comes in, numbers' values), of the xAPI reader and of storing
 * answers in batches on an in-memory store. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "harness.h"
#include "report_json.h"
#include "report_store.h"
#include "report_xapi.h"

/* Each event as "type@depth:line:col key", one per line. */
static int
record(void *ctx, struct report_json *j, const struct report_json_event *ev)
{
	const char *key = report_json_key(j, ev->depth);
	struct srcpos at = report_json_pos(j, ev);
	buf_printf(ctx, "%d@%d:%d:%d %s\n", (int)ev->type, ev->depth,
	    at.line, at.col, key ? key : "-");
	return 0;
}

/* The events of text fed in pieces of size step (0: whole). */
static char *
events(const char *text, size_t step, int *rc)
{
	struct buf out = BUF_INIT;
	struct diag d;
	diag_init(&d, stderr);
	struct report_json *j = report_json_new(record, &out, "t.json", &d);
	size_t len = strlen(text), n = step ? step : len;
	*rc = 0;
	for (size_t i = 0; i < len && *rc == 0; i += n)
		*rc = report_json_feed(j, (const unsigned char *)text + i,
		    len - i < n ? len - i : n);
	if (*rc == 0)
		*rc = report_json_end(j);
	report_json_free(j);
	return buf_detach(&out);
}

static void
test_positions(void)
{
	const char *text = "{\"a\": [1, \"x\\ny\"],\n \"é\": {\"b\":\n  true},"
	    " \"n\": -1.5e3 }";
	int rc;
	char *whole = events(text, 0, &rc);
	CHECK(rc == 0);
	CHECK(strstr(whole, "\n2@2:1:8 -\n") != NULL);	/* 1 */
	CHECK(strstr(whole, "\n3@2:1:11 -\n") != NULL);	/* "x\ny" */
	CHECK(strstr(whole, "\n4@1:2:7 é\n") != NULL);	/* the map, by chars */
	CHECK(strstr(whole, "\n1@2:3:3 b\n") != NULL);	/* true */
	CHECK(strstr(whole, "\n2@1:3:15 n\n") != NULL);	/* -1.5e3 */
	for (size_t step = 1; step < 9; step++) {
		char *piece = events(text, step, &rc);
		CHECK(rc == 0 && strcmp(piece, whole) == 0);
		free(piece);
	}
	free(whole);
}

/* Feeds the statements in pieces of step bytes into a new store. */
static void
xapi_in_pieces(const char *text, size_t step, size_t *added, size_t *known,
    size_t *skipped)
{
	struct diag d;
	diag_init(&d, stderr);
	struct store *st = store_open(":memory:", &d);
	char *more = NULL, *latest = NULL;
	store_source_begin(st, "xapi", "t.json");
	struct report_xapi *r = report_xapi_new(st, "t.json", &d);
	size_t len = strlen(text);
	int rc = 0;
	for (size_t i = 0; i < len && rc == 0; i += step)
		rc = report_xapi_feed(r, (const unsigned char *)text + i,
		    len - i < step ? len - i : step);
	CHECK(rc == 0 && report_xapi_end(r, &more, &latest) == 0);
	CHECK_STR(more, "/more?p=2");
	CHECK_STR(latest, "2026-11-24T10:02:00Z");
	report_xapi_counts(r, added, known);
	*skipped = report_xapi_skipped(r);
	report_xapi_free(r);
	store_source_end(st, 1);
	store_close(st);
	free(more);
	free(latest);
}

static void
test_xapi_pieces(void)
{
	static const char page[] = "{\"statements\": ["
	    "{\"id\": \"s1\", \"stored\": \"2026-11-24T10:01:00Z\", "
	    "\"actor\": {\"mbox\": \"mailto:a@b.c\"}, \"verb\": {\"id\": "
	    "\"http://adlnet.gov/expapi/verbs/answered\"}, \"object\": "
	    "{\"id\": \"urn:sharepack:pack:p:i1\"}, \"context\": "
	    "{\"registration\": \"r1\"}, \"result\": {\"response\": \"myth\", "
	    "\"success\": true}},\n"
	    "{\"id\": \"s2\", \"stored\": \"2026-11-24T10:02:00Z\", "
	    "\"actor\": {\"mbox\": \"mailto:a@b.c\"}, \"verb\": {\"id\": "
	    "\"http://adlnet.gov/expapi/verbs/answered\"}, \"object\": "
	    "{\"id\": \"https://elsewhere/x\"}},\n"
	    "{\"id\": \"s1\", \"actor\": {\"mbox\": \"mailto:a@b.c\"}, "
	    "\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/answered\"}, "
	    "\"object\": {\"id\": \"urn:sharepack:pack:p:i1\"}, \"context\": "
	    "{\"registration\": \"r1\"}}"
	    "], \"more\": \"/more?p=2\"}";
	size_t steps[] = { 1, 3, 17, sizeof page };
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		size_t added = 0, known = 0, skipped = 0;
		xapi_in_pieces(page, steps[i], &added, &known, &skipped);
		CHECK(added == 1 && known == 1 && skipped == 1);
	}
}

/* Each number's value as strtod gives it, by the short way (integers) or
 * the long one. */
static int
number(void *ctx, struct report_json *j, const struct report_json_event *ev)
{
	(void)j;
	if (ev->type == RJ_NUMBER) {
		char text[64];
		snprintf(text, sizeof text, "%.*s", (int)ev->len, ev->str);
		double want = strtod(text, NULL);
		int *bad = ctx;
		*bad += memcmp(&want, &ev->num, sizeof want) != 0;
	}
	return 0;
}

static void
test_numbers(void)
{
	static const char text[] = "[0, -0, 7, 20, -31, 999999999999999, "
	    "1000000000000000, 12345678901234567890, 0.67, -1.5e3, 1E2]";
	struct diag d;
	diag_init(&d, stderr);
	int bad = 0;
	struct report_json *j = report_json_new(number, &bad, "n.json", &d);
	CHECK(report_json_feed(j, (const unsigned char *)text,
	    sizeof text - 1) == 0 && report_json_end(j) == 0);
	CHECK(bad == 0);
	report_json_free(j);
}

/* The answers table and the hashes stored, as text. */
static char *
answers_dump(struct store *st)
{
	struct buf out = BUF_INIT;
	sqlite3_stmt *q;
	sqlite3_prepare_v2(store_db(st), "SELECT attempt || ' ' || seq || ' '"
	    " || item || ' ' || ifnull(item_hash, '-') || ' ' || "
	    "ifnull(response, '-') FROM answer ORDER BY attempt, item", -1, &q,
	    NULL);
	while (sqlite3_step(q) == SQLITE_ROW)
		buf_printf(&out, "%s\n", sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	sqlite3_prepare_v2(store_db(st), "SELECT group_concat(hash, ' ') FROM "
	    "(SELECT hash FROM item_hash ORDER BY hash)", -1, &q, NULL);
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0))
		buf_printf(&out, "hashes %s\n", sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	return buf_detach(&out);
}

/* 40 answers to attempt 1 (more than a batch), one of them a second
 * answer to an item with another hash, then the same again with a new
 * hash for an item answered: into a new store one at a time (batch 0)
 * or all at once. What was added each time goes to added[2]. */
static char *
answers_stored(int batch, int added[2])
{
	struct diag d;
	diag_init(&d, stderr);
	struct store *st = store_open(":memory:", &d);
	struct store_attempt a = { .key = "k", .origin = "xapi",
		.parent = "p", .parent_kind = "pack", .learner = "l",
		.passed = -1 };
	int64_t id;
	struct store_answer ans[40];
	char items[40][16], hashes[40][16];
	for (int feed = 0; feed < 2; feed++) {
		CHECK(store_source_begin(st, "xapi", "t.json") == 0);
		CHECK(store_attempt(st, &a, &id) >= 0);
		for (int i = 0; i < 40; i++) {
			snprintf(items[i], sizeof items[i], "i%d", i == 7 ? 3 :
			    i);
			snprintf(hashes[i], sizeof hashes[i], "h%d-%d", i,
			    feed && i == 20);
			ans[i] = (struct store_answer){ .seq = i,
				.item = items[i], .item_hash = i == 9 ? NULL :
				hashes[i], .response = i % 2 ? "myth" : "fact",
				.correct = -1 };
		}
		added[feed] = 0;
		for (int i = 0; i < 40 && !batch; i++)
			added[feed] += store_answer(st, id, &ans[i]);
		if (batch)
			added[feed] = store_answers(st, id, ans, 40);
		CHECK(store_source_end(st, 1) == 0);
	}
	char *dump = answers_dump(st);
	store_close(st);
	return dump;
}

static void
test_store_answers(void)
{
	int one[2], all[2];
	char *a = answers_stored(0, one), *b = answers_stored(1, all);
	CHECK(one[0] == 39 && one[1] == 0);
	CHECK(all[0] == 39 && all[1] == 0);
	CHECK_STR(a, b);
	/* The second answer to i3 and the new hash of i20 are not kept. */
	CHECK(strstr(b, "1 3 i3 h3-0 myth\n") != NULL);
	CHECK(strstr(b, "h7-") == NULL && strstr(b, "h20-1") == NULL);
	CHECK(strstr(b, "1 9 i9 - myth\n") != NULL);
	free(a);
	free(b);

	/* A source taken back takes its items with it, and the ids the
	 * store keeps of them. */
	struct diag d;
	diag_init(&d, stderr);
	struct store *st = store_open(":memory:", &d);
	struct store_attempt at = { .key = "k", .origin = "xapi",
		.parent = "p", .parent_kind = "pack", .learner = "l",
		.passed = -1 };
	struct store_answer an[2] = {
		{ .item = "taken-back", .item_hash = "ht", .correct = -1 },
		{ .seq = 1, .item = "kept", .item_hash = "hk", .correct = -1 } };
	int64_t id;
	for (int keep = 0; keep < 2; keep++) {
		CHECK(store_source_begin(st, "xapi", "t.json") == 0);
		CHECK(store_attempt(st, &at, &id) == 1);
		CHECK(store_answers(st, id, an + keep, 2 - keep) == 2 - keep);
		CHECK(store_source_end(st, keep) == 0);
	}
	char *dump = answers_dump(st);
	CHECK_STR(dump, "1 1 kept hk -\nhashes hk\n");
	free(dump);
	store_close(st);
}

void
test_report(void)
{
	test_positions();
	test_numbers();
	test_xapi_pieces();
	test_store_answers();
}
