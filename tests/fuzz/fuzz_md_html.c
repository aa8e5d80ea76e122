/* fuzz_md_html.c: libFuzzer target for md_html: on any bytes, parsed as a
 * body, the HTML it writes (as a fragment and as html5_fragment's string)
 * must be exactly what md_dom and the html5 writer make of the same
 * blocks (tests/unit/md_html_ref.c, which tests/fuzz/run.sh builds in),
 * whole at the heading level the first byte picks, and cut before and
 * after the first level-2 heading as a case and its reasoning are. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "markdown.h"
#include "md_html_ref.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int level = size > 0 ? data[0] % 8 : 2;
	cmark_node *doc = md_parse((const char *)data, size);
	cmark_node *first = cmark_node_first_child(doc);
	cmark_node *why = md_nth_heading(doc, 2, 0);
	if (!md_html_check(first, NULL, level, stderr))
		abort();
	if (why != NULL && (!md_html_check(first, why, 3, stderr) ||
	    !md_html_check(cmark_node_next(why), NULL, 3, stderr)))
		abort();
	cmark_node_free(doc);
	return 0;
}
