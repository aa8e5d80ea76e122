/*
 * bench.c: `make bench`. Measures a full build against a reference run in
 * the same process: rendering the same Markdown bodies with cmark alone
 * (cmark_markdown_to_html). Prints the ratios, which do not depend on the
 * machine's speed as absolute times do. Usage: bench PROJECTDIR [ROUNDS].
 * The project is made by tests/bench/gen.py (many items, no scripts).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmark.h>
#include <libxml/parser.h>

#include "buf.h"
#include "check.h"
#include "fsutil.h"
#include "load.h"
#include "pack.h"
#include "render.h"
#include "site.h"
#include "theme.h"
#include "xalloc.h"

static double
cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
wall_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The reference: read every file and render its body with cmark alone. */
static size_t
reference(const char *content, const struct fs_list *files)
{
	size_t bytes = 0;
	for (size_t i = 0; i < files->count; i++) {
		char *path = xasprintf("%s/%s", content, files->paths[i]);
		struct buf data = BUF_INIT;
		if (fs_read_file(path, LOAD_MAX_FILE_BYTES, &data) == 0) {
			const char *body = strstr(data.data + 3, "\n---\n");
			body = body ? body + 5 : data.data;
			char *html = cmark_markdown_to_html(body, strlen(body),
			    CMARK_OPT_SMART);
			bytes += strlen(html);
			free(html);
		}
		buf_free(&data);
		free(path);
	}
	return bytes;
}

/* The full build: load, check, theme, render, and (write) the site. */
static size_t
full(const char *content, const char *theme_dir, const char *out, int write)
{
	FILE *null = fopen("/dev/null", "w");
	struct diag d;
	diag_init(&d, null);
	struct pack *p = pack_new();
	load_content(content, content, p, &d);
	check_pack(p, &d);
	struct theme *t = theme_load(theme_dir, theme_dir, &d);
	struct render_out pages = { NULL, 0, 0, NULL };
	size_t bytes = 0;
	if (t != NULL && d.errors == 0) {
		render_site(p, t, NULL, &pages);
		for (size_t i = 0; i < pages.count; i++)
			bytes += pages.files[i].content.len;
		if (write)
			site_write(out, &pages, t, &d);
	}
	if (d.errors > 0)
		fprintf(stderr, "bench: the project has %d errors\n", d.errors);
	render_out_free(&pages);
	theme_free(t);
	pack_free(p);
	fclose(null);
	return bytes;
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench PROJECTDIR [ROUNDS]\n");
		return 2;
	}
	int rounds = argc > 2 ? atoi(argv[2]) : 5;
	char *content = xasprintf("%s/content", argv[1]);
	char *theme = xasprintf("%s/themes/default", argv[1]);
	char *out = xasprintf("%s/site", argv[1]);
	struct fs_list files;
	if (fs_list_tree(content, ".md", "README", SIZE_MAX,
	    LOAD_MAX_DEPTH, &files) != 0) {
		perror(content);
		return 1;
	}
	xmlInitParser();
	/* The best of several rounds of each, interleaved, so that a busy
	 * moment on the machine does not favour one side. */
	double ref = 1e9, render = 1e9, build = 1e9;
	size_t ref_bytes = 0, out_bytes = 0;
	for (int r = 0; r < rounds; r++) {
		double t0 = cpu_now();
		ref_bytes = reference(content, &files);
		double t1 = cpu_now();
		out_bytes = full(content, theme, out, 0);
		double t2 = cpu_now();
		double w0 = wall_now();
		full(content, theme, out, 1);
		double w1 = wall_now();
		if (t1 - t0 < ref)
			ref = t1 - t0;
		if (t2 - t1 < render)
			render = t2 - t1;
		if (w1 - w0 < build)
			build = w1 - w0;
	}
	printf("bench: %zu files; cmark alone %.1f ms CPU (%zu bytes of HTML)\n",
	    files.count, ref * 1e3, ref_bytes);
	printf("bench: load+check+render %.1f ms CPU (%zu bytes of pages): "
	    "%.2fx cmark alone\n", render * 1e3, out_bytes, render / ref);
	printf("bench: full build with writing %.1f ms wall: %.2fx cmark "
	    "alone\n", build * 1e3, build / ref);
	fs_list_free(&files);
	xmlCleanupParser();
	free(content);
	free(theme);
	free(out);
	return 0;
}
