/*
 * fuzz_load.c: libFuzzer target for the whole path a content file takes:
 * load_item (encoding, front matter split, YAML, Markdown), check_pack, and
 * rendering of the item on the pages it appears on.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "load.h"
#include "pack.h"
#include "render.h"
#include "theme.h"

static const char layout[] = "<!DOCTYPE html><html lang=\"en\"><head>"
    "<title data-sp-slot=\"title\">t</title></head><body>"
    "<nav data-sp-slot=\"breadcrumb\"></nav><main data-sp-slot=\"main\">"
    "</main></body></html>";

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
	struct diag d;
	diag_init(&d, devnull);
	struct pack *p = pack_new();
	struct item *it = load_item("content/fuzz.md", (const char *)data, size,
	    &d);
	if (it != NULL) {
		pack_add(p, it);
		struct item *pk = load_item("content/p.md", "---\nkind: pack\n"
		    "title: P\n---\n", 28, &d);
		if (pk != NULL)
			pack_add(p, pk);
		check_pack(p, &d);
		if (d.errors == 0) {
			struct render_out out = { NULL, 0, 0 };
			struct render_config cfg = { 0 };
			render_site(p, &theme, &cfg, &out);
			render_out_free(&out);
		}
	}
	pack_free(p);
	return 0;
}
