/*
 * bench_report.c: `make bench`'s report part. Writes N xAPI "answered"
 * statements (the shape themes/default/xapi.js sends, 30 answers to an
 * attempt) to a file, then in two child processes reads the file in
 * 64 KB pieces: once with yajl alone, its callbacks doing nothing (the
 * reference), and
 * once collected into a new results database by report_xapi.c. Prints the
 * processor-time ratio and each child's peak memory (ru_maxrss), for each N given,
 * so that memory can be seen flat in the number of statements.
 * Usage: bench_report DIR N...
 */
#define _DEFAULT_SOURCE /* wait4, for the child's peak memory */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <yajl/yajl_parse.h>

#include "diag.h"
#include "report_store.h"
#include "report_xapi.h"
#include "xalloc.h"

#define PIECE (64 << 10)
#define ITEMS 30

/* The statements file of n answers. */
static void
write_statements(const char *path, long n)
{
	FILE *f = fopen(path, "w");
	if (f == NULL) {
		perror(path);
		exit(1);
	}
	fputs("[\n", f);
	for (long i = 0; i < n; i++) {
		long attempt = i / ITEMS, item = i % ITEMS;
		/* Statement ids as scattered as xapi.js's random ones. */
		unsigned long h = (unsigned long)i * 0x9E3779B97F4A7C15ul;
		fprintf(f, "%s{\"id\":\"%08lx-0000-4000-8000-%012lx\","
		    "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
		    "\"https://lms.example\",\"name\":\"learner-%ld\"}},"
		    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\","
		    "\"display\":{\"en-GB\":\"answered\"}},\"object\":{\"objectType\":"
		    "\"Activity\",\"id\":\"urn:sharepack:pack:bench:item-%ld\","
		    "\"definition\":{\"type\":\"http://adlnet.gov/expapi/"
		    "activities/cmi.interaction\",\"interactionType\":\"choice\","
		    "\"correctResponsesPattern\":[\"share\"],\"extensions\":"
		    "{\"urn:sharepack:content-hash\":\"%016lx\"}}},\"result\":"
		    "{\"success\":%s,\"response\":\"%s\",\"duration\":\"PT%ldS\","
		    "\"score\":{\"raw\":%d,\"min\":0,\"max\":1}},\"context\":"
		    "{\"registration\":\"%08lx-1111-4000-8000-000000000000\","
		    "\"contextActivities\":{\"parent\":[{\"objectType\":"
		    "\"Activity\",\"id\":\"urn:sharepack:pack:bench\"}]},"
		    "\"extensions\":{\"urn:sharepack:content-hash\":"
		    "\"0123456789abcdef\"},\"language\":\"en-GB\"},\"timestamp\":"
		    "\"2026-11-24T10:00:00.000Z\"}\n", i ? "," : "", h >> 32,
		    h & 0xFFFFFFFFFFFFul,
		    attempt % 5000, item, item * 2654435761ul, (i % 3) ? "true" :
		    "false", (i % 3) ? "share" : "no-share", 5 + i % 40,
		    (i % 3) != 0, attempt);
	}
	fputs("]\n", f);
	fclose(f);
}

/* The reference's callbacks: yajl decodes every value and key for them
 * as it does for the reader's, and they do nothing with it. */
static int nothing(void *ctx) { (void)ctx; return 1; }
static int nothing_b(void *ctx, int b) { (void)ctx; (void)b; return 1; }
static int nothing_s(void *ctx, const char *s, size_t n)
{ (void)ctx; (void)s; (void)n; return 1; }
static int nothing_u(void *ctx, const unsigned char *s, size_t n)
{ (void)ctx; (void)s; (void)n; return 1; }
static const yajl_callbacks idle = { nothing, nothing_b, NULL, NULL,
	nothing_s, nothing_u, nothing, nothing_u, nothing, nothing, nothing };

/* Reads path in pieces, into r when collecting, else into yajl alone. */
static int
read_file(const char *path, const char *db)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = xmalloc(PIECE);
	struct diag d;
	diag_init(&d, stderr);
	yajl_handle h = NULL;
	struct store *st = NULL;
	struct report_xapi *r = NULL;
	int rc = 0;
	if (db != NULL) {
		st = store_open(db, &d);
		if (st == NULL || store_source_begin(st, "xapi", path) != 0)
			return 1;
		r = report_xapi_new(st, path, &d);
	} else {
		h = yajl_alloc(&idle, NULL, NULL);
	}
	size_t n;
	while (rc == 0 && (n = fread(buf, 1, PIECE, f)) > 0)
		rc = r ? report_xapi_feed(r, buf, n) :
		    yajl_parse(h, buf, n) != yajl_status_ok;
	if (r != NULL) {
		char *more, *latest;
		rc = rc || report_xapi_end(r, &more, &latest) != 0 ||
		    store_source_end(st, 1) != 0;
		report_xapi_free(r);
		store_close(st);
	} else {
		rc = rc || yajl_complete_parse(h) != yajl_status_ok;
		yajl_free(h);
	}
	free(buf);
	fclose(f);
	return rc;
}

/* Runs read_file in a child; its processor time (user and system, which
 * other load on the machine disturbs less than the wall clock) and peak
 * memory (KB). */
static int
measure(const char *path, const char *db, double *secs, long *kb)
{
	pid_t pid = fork();
	if (pid == 0)
		_exit(read_file(path, db));
	int status;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid)
		return -1;
	*secs = (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
	    ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
	*kb = ru.ru_maxrss;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: bench_report DIR N...\n", stderr);
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		long n = atol(argv[i]);
		char *path = xasprintf("%s/statements-%ld.json", argv[1], n);
		char *db = xasprintf("%s/results-%ld.sqlite", argv[1], n);
		char *wal = xasprintf("%s-wal", db);
		remove(db);
		remove(wal);
		write_statements(path, n);
		double ref, got;
		long ref_kb, got_kb;
		if (measure(path, NULL, &ref, &ref_kb) != 0 ||
		    measure(path, db, &got, &got_kb) != 0) {
			fprintf(stderr, "bench_report: %ld statements failed\n",
			    n);
			return 1;
		}
		printf("report: %ld xAPI statements: yajl alone %.2f s CPU (%ld "
		    "KB peak), collected %.2f s CPU (%ld KB peak): %.2fx\n", n, ref,
		    ref_kb, got, got_kb, got / ref);
		remove(path);
		remove(db);
		remove(wal);
		free(path);
		free(db);
		free(wal);
	}
	return 0;
}
