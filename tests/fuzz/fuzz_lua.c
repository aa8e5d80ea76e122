/*
 * fuzz_lua.c: libFuzzer target for the whole path a scenario script takes:
 * scen_run (the watched child that runs it, the record it sends back, the
 * replay through the API), check_pack, and rendering of what it made. The
 * script runs in a forked child, whose crashes libFuzzer does not see by
 * itself; the parent reports a child that died, or a record it cannot
 * read or replay, with "please report this script", and this target
 * aborts on that message so that libFuzzer keeps the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "load.h"
#include "pack.h"
#include "render.h"
#include "scenario.h"
#include "theme.h"

static const char layout[] = "<!DOCTYPE html><html lang=\"en\"><head>"
    "<title data-sp-slot=\"title\">t</title></head><body>"
    "<nav data-sp-slot=\"breadcrumb\"></nav><main data-sp-slot=\"main\">"
    "</main></body></html>";

static const char pack_md[] = "---\nkind: pack\ntitle: P\n---\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	static struct theme theme;
	if (devnull == NULL) {
		struct diag quiet;
		devnull = fopen("/dev/null", "w");
		diag_init(&quiet, devnull);
		theme.layout = theme_parse_layout(layout, strlen(layout),
		    "layout.html", NULL, &quiet);
	}
	/* Smaller limits than a build's, so that a run costs milliseconds
	 * and a stuck one two seconds. */
	struct scen_limits limits = { 2000000L, (size_t)16 * 1024 * 1024, 2,
	    200 };
	char *messages = NULL;
	size_t messages_len = 0;
	FILE *out = open_memstream(&messages, &messages_len);
	struct diag d;
	diag_init(&d, out);
	struct pack *p = pack_new();
	struct item *pk = load_item("content/p.md", pack_md, strlen(pack_md),
	    &d);
	if (pk != NULL)
		pack_add(p, pk);
	int ran = scen_run("scenarios/fuzz.lua", (const char *)data, size,
	    &limits, p, &d);
	check_pack(p, &d);
	if (d.errors == 0) {
		struct render_out rendered = { NULL, 0, 0 };
		struct render_config cfg = { 0 };
		render_site(p, &theme, &cfg, &rendered);
		render_out_free(&rendered);
	}
	pack_free(p);
	fclose(out);
	/* The sandbox failed, not the script (whose own messages may say
	 * anything, "please report this script" included). */
	if (ran == SCEN_BROKEN) {
		fprintf(stderr, "%s", messages);
		abort();
	}
	free(messages);
	return 0;
}
