/*
 * bench_md_html.c: md_html against the DOM path it replaces, on a corpus
 * (issue 14). Every .md file under DIR has its body (after the front
 * matter) parsed once and turned into quiz fragments (the blocks before
 * and after the first level-2 heading, or all of them) both ways: the
 * fragments must be identical byte for byte, and the CPU time of each
 * way is printed (ROUNDS rounds, alternately), from all the trees parsed
 * first (cold in the caches) and from each tree just parsed. The parse is timed the
 * same way, with cmark's allocator and with an arena (markdown.h).
 * Exits 1 on any difference. Built by `make build/bench_md_html`; run as
 * build/bench_md_html DIR [ROUNDS].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "fsutil.h"
#include "html5.h"
#include "markdown.h"
#include "md_html_ref.h"

struct body {
	const char *text;
	size_t len;
	cmark_node *doc;
};

static double
cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The body: what follows the front matter's closing line. */
static void
body_of(const char *data, size_t len, struct body *b)
{
	const char *end = NULL;
	if (len > 4 && strncmp(data, "---\n", 4) == 0)
		end = strstr(data + 4, "\n---\n");
	b->text = end != NULL ? end + 5 : data;
	b->len = len - (size_t)(b->text - data);
}

/* The quiz fragments of one body, either way; their bytes hashed into
 * *h so that the work cannot be skipped. */
static size_t
fragments(cmark_node *doc, int old, uint64_t *h)
{
	cmark_node *first = cmark_node_first_child(doc);
	cmark_node *why = md_nth_heading(doc, 2, 0);
	cmark_node *cuts[3][2] = { { first, why }, { why ? cmark_node_next(why)
	    : NULL, NULL }, { NULL, NULL } };
	size_t bytes = 0;
	for (int i = 0; i < (why ? 2 : 1); i++) {
		struct html5_frag *f = old ?
		    md_html_ref_frag(cuts[i][0], cuts[i][1], 3) :
		    html5_frag_markdown(cuts[i][0], cuts[i][1], 3);
		if (f != NULL) {
			bytes += html5_frag_len(f);
			*h = buf_hash(*h, &bytes, sizeof bytes);
		}
		html5_frag_free(f);
	}
	return bytes;
}

static int
same(cmark_node *doc)
{
	cmark_node *first = cmark_node_first_child(doc);
	cmark_node *why = md_nth_heading(doc, 2, 0);
	if (!md_html_check(first, NULL, 3, stderr))
		return 0;
	return why == NULL || (md_html_check(first, why, 3, stderr) &&
	    md_html_check(cmark_node_next(why), NULL, 3, stderr));
}

/* The fragments of every body made from a tree just parsed (as the load
 * workers will make them), each way; only the fragments are timed. */
static void
time_hot(struct body *b, size_t n, double *dom, double *direct)
{
	uint64_t h = BUF_HASH_SEED;
	for (size_t i = 0; i < n; i++) {
		for (int old = 0; old <= 1; old++) {
			cmark_node *doc = md_parse(b[i].text, b[i].len);
			double t0 = cpu_now();
			fragments(doc, old, &h);
			*(old ? dom : direct) += cpu_now() - t0;
			cmark_node_free(doc);
		}
	}
}

static void
time_parse(struct body *b, size_t n, int arena, double *t)
{
	struct md_arena *a = md_arena_new();
	double t0 = cpu_now();
	for (size_t i = 0; i < n; i++) {
		if (arena) {
			md_parse_in(a, b[i].text, b[i].len);
			md_arena_reset(a);
		} else {
			cmark_node_free(md_parse(b[i].text, b[i].len));
		}
	}
	*t += cpu_now() - t0;
	md_arena_free(a);
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: bench_md_html DIR [ROUNDS]\n", stderr);
		return 2;
	}
	int rounds = argc > 2 ? atoi(argv[2]) : 3;
	struct fs_list list;
	if (fs_list_tree(argv[1], ".md", NULL, 1000000, 32, &list) != 0) {
		perror(argv[1]);
		return 2;
	}
	struct buf *data = calloc(list.count, sizeof *data);
	struct body *b = calloc(list.count, sizeof *b);
	size_t bad = 0;
	for (size_t i = 0; i < list.count; i++) {
		struct buf path = BUF_INIT;
		buf_printf(&path, "%s/%s", argv[1], list.paths[i]);
		if (fs_read_file(path.data, 1 << 24, &data[i]) != 0 ||
		    data[i].data == NULL)
			buf_puts(&data[i], "");
		body_of(data[i].data, data[i].len, &b[i]);
		b[i].doc = md_parse(b[i].text, b[i].len);
		if (!same(b[i].doc)) {
			fprintf(stderr, "differs: %s\n", path.data);
			bad++;
		}
		buf_free(&path);
	}
	printf("%zu files, %zu with fragments that differ\n", list.count, bad);
	double dom = 0, direct = 0, heap = 0, arena = 0, hot_dom = 0,
	    hot_direct = 0;
	uint64_t h_old = BUF_HASH_SEED, h_new = BUF_HASH_SEED;
	size_t bytes = 0;
	for (int r = 0; r < rounds; r++) {
		double t0 = cpu_now();
		for (size_t i = 0; i < list.count; i++)
			bytes += fragments(b[i].doc, 1, &h_old);
		double t1 = cpu_now();
		for (size_t i = 0; i < list.count; i++)
			fragments(b[i].doc, 0, &h_new);
		double t2 = cpu_now();
		dom += t1 - t0;
		direct += t2 - t1;
		time_hot(b, list.count, &hot_dom, &hot_direct);
		time_parse(b, list.count, 0, &heap);
		time_parse(b, list.count, 1, &arena);
	}
	printf("fragments (%zu bytes a round), trees parsed before: "
	    "md_dom+html5 %.3f s, md_html %.3f s a round: %.1fx\n",
	    bytes / (size_t)rounds, dom / rounds, direct / rounds,
	    dom / direct);
	printf("fragments, each tree just parsed: md_dom+html5 %.3f s, "
	    "md_html %.3f s a round: %.1fx\n", hot_dom / rounds,
	    hot_direct / rounds, hot_dom / hot_direct);
	printf("parse and drop: cmark's allocator %.3f s, arena %.3f s a "
	    "round: %.2fx\n", heap / rounds, arena / rounds, heap / arena);
	for (size_t i = 0; i < list.count; i++) {
		cmark_node_free(b[i].doc);
		buf_free(&data[i]);
	}
	free(b);
	free(data);
	fs_list_free(&list);
	return bad != 0 || h_old != h_new;
}
