/* Unit tests of the report's JSON events (positions whatever the pieces
 * the input comes in) and of the xAPI reader on an in-memory store. */
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

void
test_report(void)
{
	test_positions();
	test_xapi_pieces();
}
