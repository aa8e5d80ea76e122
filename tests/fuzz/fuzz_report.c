/*
 * fuzz_report.c: libFuzzer target for the report's three readers: the
 * first byte picks a results file, xAPI statements (fed in two pieces,
 * split where the second byte says, so tokens cross pieces) or a Moodle
 * download; the rest is the file. Everything goes into one SQLite store
 * in memory, each input in a source that is then taken back, against a
 * small project with the pack and scenario the Moodle seeds name and one
 * of their myths.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "pack.h"
#include "report_moodle.h"
#include "report_results.h"
#include "report_store.h"
#include "report_xapi.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct item *
fuzz_item(enum item_kind kind, const char *id, const char *title)
{
	struct item *it = pack_item_new("content/fuzz.md");
	it->kind = kind;
	it->id = xstrdup(id);
	it->title = xstrdup(title);
	return it;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	static struct store *st;
	static struct pack *p;
	static struct diag d;
	if (devnull == NULL) {
		devnull = fopen("/dev/null", "w");
		diag_init(&d, devnull);
		st = store_open(":memory:", &d);
		p = pack_new();
		pack_add(p, fuzz_item(ITEM_PACK, "health", "Information "
		    "sharing to safeguard children: health"));
		pack_add(p, fuzz_item(ITEM_SCENARIO, "health-visitor-concern",
		    "A health visitor sees a bruise, a cold flat and a "
		    "frightened three-year-old"));
		pack_add(p, fuzz_item(ITEM_MYTH, "fact-child-moving-area",
		    "A myth"));
		pack_index(p, &d);
	}
	if (size < 2 || st == NULL)
		return 0;
	const unsigned char *body = data + 2;
	size_t len = size - 2, split = data[1] < len ? data[1] : len;
	if (store_source_begin(st, "fuzz", "fuzz") != 0)
		return 0;
	if (data[0] % 3 == 0) {
		struct report_results_counts n = { 0, 0, 0 };
		report_results_read(st, "f.json", body, len, &n, &d);
	} else if (data[0] % 3 == 1) {
		struct report_xapi *r = report_xapi_new(st, "f.json", &d);
		char *more = NULL, *latest = NULL;
		if (report_xapi_feed(r, body, split) == 0 &&
		    report_xapi_feed(r, body + split, len - split) == 0)
			report_xapi_end(r, &more, &latest);
		free(more);
		free(latest);
		report_xapi_free(r);
	} else {
		struct report_moodle_counts n = { 0, 0, 0 };
		report_moodle_read(st, p, "f.csv", body, len, &n, &d);
	}
	store_source_end(st, 0);
	return 0;
}
