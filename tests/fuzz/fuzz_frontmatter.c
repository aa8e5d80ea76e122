/* fuzz_frontmatter.c: libFuzzer target for fm_parse alone (YAML to typed
 * fields), with every kind so that each key's parser is reached. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "frontmatter.h"
#include "pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	struct diag d;
	diag_init(&d, devnull);
	struct item *it = pack_item_new("content/fuzz.md");
	fm_parse((const char *)data, size, 2, it, &d);
	pack_item_free(it);
	return 0;
}
