/*
 * bench_report.c: `make bench`'s report part. Makes a project of one
 * pack of 30 myth-or-fact items, writes N xAPI "answered" statements about
 * it (the shape themes/default/xapi.js sends, with the items' real content
 * hashes, 30 answers to an attempt) to a file, then in two child processes
 * reads the file in 64 KB pieces: once with yajl alone, its callbacks
 * doing nothing (the reference), and once as `sharepack report` does:
 * collected into a new results database by report_xapi.c, then the
 * report computed and written (report_site_write). Prints the
 * processor-time ratio and each child's peak memory (ru_maxrss), for each
 * N given, so that memory can be seen flat in the number of statements.
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

#include "check.h"
#include "diag.h"
#include "load.h"
#include "pack.h"
#include "report_site.h"
#include "report_store.h"
#include "report_xapi.h"
#include "sitemap.h"
#include "theme.h"
#include "xalloc.h"

#define PIECE (64 << 10)
#define ITEMS 30

/* The project: DIR/project/content, one pack "bench" holding every
 * item (a pack without include lists holds them all), ITEMS myths and
 * facts. */
static char *
write_project(const char *dir)
{
	char *root = xasprintf("%s/project", dir);
	char *cmd = xasprintf("rm -rf '%s' && mkdir -p '%s/content/myths' "
	    "'%s/content/packs'", root, root, root);
	if (system(cmd) != 0)
		exit(1);
	free(cmd);
	for (int i = 0; i <= ITEMS; i++) {
		char *path = i < ITEMS ?
		    xasprintf("%s/content/myths/item-%d.md", root, i) :
		    xasprintf("%s/content/packs/bench.md", root);
		FILE *f = fopen(path, "w");
		if (f == NULL) {
			perror(path);
			exit(1);
		}
		if (i < ITEMS)
			fprintf(f, "---\nkind: myth\ntitle: \"Statement %d of "
			    "the bench\"\nverdict: %s\nsource: \"bench\"\n---\n"
			    "**This is a %s.** The bench's item %d.\n", i,
			    i % 2 ? "fact" : "myth", i % 2 ? "fact" : "myth", i);
		else
			fputs("---\nkind: pack\ntitle: \"Bench\"\n"
			    "pass_mark: 80\nsource: \"bench\"\n---\n"
			    "The bench's pack.\n", f);
		fclose(f);
		free(path);
	}
	return root;
}

/* The project's model, checked; NULL after printing its errors. */
static struct pack *
load_project(const char *root, struct diag *d)
{
	char *content = xasprintf("%s/content", root);
	struct pack *p = pack_new();
	load_content(content, content, p, NULL, d);
	check_pack(p, d);
	free(content);
	if (d->errors > 0) {
		pack_free(p);
		return NULL;
	}
	return p;
}

/* The items' content hashes, as the quiz page gives them. */
static void
item_hashes(const char *root, char hashes[ITEMS][SITEMAP_HEX_SIZE])
{
	struct diag d;
	diag_init(&d, stderr);
	struct pack *p = load_project(root, &d);
	if (p == NULL)
		exit(1);
	for (int i = 0; i < ITEMS; i++) {
		char id[32];
		snprintf(id, sizeof id, "item-%d", i);
		const struct item *it = pack_find(p, id);
		if (it == NULL)
			exit(1);
		sitemap_fingerprint(it, hashes[i]);
	}
	pack_free(p);
}

/* The "completed" statement that ends an attempt, as the quiz sends it
 * after the last answer: attempts then count as finished. */
static void
write_completed(FILE *f, long attempt)
{
	fprintf(f, ",{\"id\":\"%08lx-2222-4000-8000-000000000000\","
	    "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
	    "\"https://lms.example\",\"name\":\"learner-%ld\"}},"
	    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\","
	    "\"display\":{\"en-GB\":\"completed\"}},\"object\":{\"objectType\":"
	    "\"Activity\",\"id\":\"urn:sharepack:pack:bench\"},\"result\":"
	    "{\"completion\":true,\"score\":{\"raw\":20,\"min\":0,\"max\":%d,"
	    "\"scaled\":0.67}},\"context\":{\"registration\":"
	    "\"%08lx-1111-4000-8000-000000000000\",\"language\":\"en-GB\"},"
	    "\"timestamp\":\"2026-11-24T10:20:00.000Z\"}\n", attempt,
	    attempt % 5000, ITEMS, attempt);
}

/* The statements file of n answers. */
static void
write_statements(const char *path, long n,
    char hashes[ITEMS][SITEMAP_HEX_SIZE])
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
		/* About two answers in three right, scattered over learners
		 * and items; an odd item's answer is "fact". */
		int right = (h >> 29) % 3 != 0;
		fprintf(f, "%s{\"id\":\"%08lx-0000-4000-8000-%012lx\","
		    "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
		    "\"https://lms.example\",\"name\":\"learner-%ld\"}},"
		    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\","
		    "\"display\":{\"en-GB\":\"answered\"}},\"object\":{\"objectType\":"
		    "\"Activity\",\"id\":\"urn:sharepack:pack:bench:item-%ld\","
		    "\"definition\":{\"type\":\"http://adlnet.gov/expapi/"
		    "activities/cmi.interaction\",\"interactionType\":\"choice\","
		    "\"correctResponsesPattern\":[\"share\"],\"extensions\":"
		    "{\"urn:sharepack:content-hash\":\"%s\"}}},\"result\":"
		    "{\"success\":%s,\"response\":\"%s\",\"duration\":\"PT%ldS\","
		    "\"score\":{\"raw\":%d,\"min\":0,\"max\":1}},\"context\":"
		    "{\"registration\":\"%08lx-1111-4000-8000-000000000000\","
		    "\"contextActivities\":{\"parent\":[{\"objectType\":"
		    "\"Activity\",\"id\":\"urn:sharepack:pack:bench\"}]},"
		    "\"extensions\":{\"urn:sharepack:content-hash\":"
		    "\"0123456789abcdef\"},\"language\":\"en-GB\"},\"timestamp\":"
		    "\"2026-11-24T10:00:00.000Z\"}\n", i ? "," : "", h >> 32,
		    h & 0xFFFFFFFFFFFFul,
		    attempt % 5000, item, hashes[item], right ? "true" :
		    "false", (right == (item % 2)) ? "fact" : "myth", 5 + i % 40,
		    right, attempt);
		if (item == ITEMS - 1)
			write_completed(f, attempt);
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

/* The report of what st holds about root's project, written to out. */
static int
write_report(struct store *st, const char *root, const char *out,
    struct diag *d)
{
	struct pack *p = load_project(root, d);
	struct theme *t = theme_load(NULL, NULL, d);
	struct catalogue *en = catalogue_load("en", NULL, NULL, d);
	int rc = p == NULL || t == NULL || en == NULL ||
	    report_site_write(st, p, t, en, out, 0, d) != 0;
	catalogue_free(en);
	theme_free(t);
	pack_free(p);
	return rc;
}

/* Reads path in pieces: when collecting (db), into a report_xapi reader
 * and then the report of root's project to out; else into yajl alone. */
static int
read_file(const char *path, const char *db, const char *root,
    const char *out)
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
		rc = rc || write_report(st, root, out, &d);
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
measure(const char *path, const char *db, const char *root, const char *out,
    double *secs, long *kb)
{
	pid_t pid = fork();
	if (pid == 0)
		_exit(read_file(path, db, root, out));
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
	char *root = write_project(argv[1]);
	char *out = xasprintf("%s/report", argv[1]);
	static char hashes[ITEMS][SITEMAP_HEX_SIZE];
	item_hashes(root, hashes);
	for (int i = 2; i < argc; i++) {
		long n = atol(argv[i]);
		char *path = xasprintf("%s/statements-%ld.json", argv[1], n);
		char *db = xasprintf("%s/results-%ld.sqlite", argv[1], n);
		char *wal = xasprintf("%s-wal", db);
		remove(db);
		remove(wal);
		write_statements(path, n, hashes);
		double ref, got;
		long ref_kb, got_kb;
		if (measure(path, NULL, root, out, &ref, &ref_kb) != 0 ||
		    measure(path, db, root, out, &got, &got_kb) != 0) {
			fprintf(stderr, "bench_report: %ld statements failed\n",
			    n);
			return 1;
		}
		printf("report: %ld xAPI statements: yajl alone %.2f s CPU (%ld "
		    "KB peak), collected and reported %.2f s CPU (%ld KB peak): "
		    "%.2fx\n", n, ref,
		    ref_kb, got, got_kb, got / ref);
		remove(path);
		remove(db);
		remove(wal);
		free(path);
		free(db);
		free(wal);
	}
	free(root);
	free(out);
	return 0;
}
