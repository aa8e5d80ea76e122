/* fuzz_lint.c: libFuzzer target for lint_scan, the personal-data scanner,
 * in both ways of joining lines: every finding must lie inside the text,
 * in order and without overlap, whatever the bytes, and be exactly what
 * the scanner before issue 14 finds (tests/unit/lint_ref.c, which
 * tests/fuzz/run.sh builds in). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "lint.h"
#include "lint_ref.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The findings kept, to compare the two scanners' by; at most a text's
 * size of them, since they do not overlap. */
struct seen {
	size_t size;	/* of the text */
	size_t end;	/* of the last finding */
	struct lint_hit *hits;
	size_t count;
};

static void
found(void *ctx, const struct lint_hit *hit)
{
	struct seen *s = ctx;
	if (hit->start >= hit->end || hit->end > s->size ||
	    hit->start < s->end || hit->kind >= LINT_KINDS)
		abort();
	s->end = hit->end;
	s->hits[s->count++] = *hit;
}

/* Both scanners on text, joined as join: the same findings. */
static void
compare(const char *text, size_t size, enum lint_join join,
    struct lint_hit *mine, struct lint_hit *before)
{
	struct seen now = { size, 0, mine, 0 }, then = { size, 0, before, 0 };
	lint_scan(text, size, join, found, &now);
	lint_scan_ref(text, size, join, found, &then);
	if (now.count != then.count)
		abort();
	/* Field by field: a struct's padding may differ. */
	for (size_t i = 0; i < now.count; i++)
		if (mine[i].kind != before[i].kind ||
		    mine[i].start != before[i].start ||
		    mine[i].end != before[i].end)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes, so that ASan catches a read past
	 * the end. */
	char *text = malloc(size ? size : 1);
	if (text == NULL)
		return 0;
	struct lint_hit *mine = calloc(size + 1, sizeof *mine);
	struct lint_hit *before = calloc(size + 1, sizeof *before);
	if (mine != NULL && before != NULL) {
		for (size_t i = 0; i < size; i++)
			text[i] = (char)data[i];
		compare(text, size, LINT_JOIN_ANY, mine, before);
		compare(text, size, LINT_JOIN_INDENTED, mine, before);
	}
	free(before);
	free(mine);
	free(text);
	return 0;
}
