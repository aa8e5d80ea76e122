/* fuzz_lint.c: libFuzzer target for lint_scan, the personal-data scanner,
 * in both ways of joining lines: every finding must lie inside the text,
 * in order and without overlap, whatever the bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lint.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	size_t size;	/* of the text */
	size_t end;	/* of the last finding */
};

static void
found(void *ctx, const struct lint_hit *hit)
{
	struct seen *s = ctx;
	if (hit->start >= hit->end || hit->end > s->size ||
	    hit->start < s->end || hit->kind >= LINT_KINDS)
		abort();
	s->end = hit->end;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so that ASan catches a read past
	 * the end. */
	char *text = malloc(size ? size : 1);
	if (text == NULL)
		return 0;
	for (size_t i = 0; i < size; i++)
		text[i] = (char)data[i];
	struct seen any = { size, 0 }, indented = { size, 0 };
	lint_scan(text, size, LINT_JOIN_ANY, found, &any);
	lint_scan(text, size, LINT_JOIN_INDENTED, found, &indented);
	free(text);
	return 0;
}
