/* fuzz_theme.c: libFuzzer target for theme templates: parsing, slot checks,
 * and filling a page from whatever layout survives them. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <libxml/tree.h>

#include "render.h"
#include "theme.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	struct diag d;
	diag_init(&d, devnull);
	struct theme t = { NULL, NULL, NULL, NULL, 0 };
	t.layout = theme_parse_layout((const char *)data, size, "layout.html",
	    NULL, &d);
	if (t.layout != NULL) {
		struct render_out out = { NULL, 0, 0 };
		struct render_page pg;
		render_page_begin(&pg, &t, "a/b.html", "Title", "en");
		render_crumb(&pg, "index.html", "Home");
		render_el(pg.main, "h1", "Heading");
		render_page_end(&pg, &out, "a/b.html");
		render_out_free(&out);
		xmlFreeDoc(t.layout);
	}
	return 0;
}
