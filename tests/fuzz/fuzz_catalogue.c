/* fuzz_catalogue.c: libFuzzer target for the catalogue reader, which parses
 * a project theme's strings/LANG.yaml: the input is read over the built-in
 * Welsh catalogue (as a project's override is), then checked against the
 * English one and looked up with placeholders and plural forms. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "catalogue.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	static struct catalogue *en;	/* read once: it is never changed */
	struct diag d;
	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	diag_init(&d, devnull);
	if (en == NULL)
		en = catalogue_load("en", NULL, NULL, &d);
	struct catalogue *cy = catalogue_load("cy", NULL, NULL, &d);
	catalogue_parse(cy, (const char *)data, size, "strings/cy.yaml", &d);
	catalogue_check(cy, en, &d);
	for (size_t i = 0; i < cy->count; i++) {
		const char *args[] = { "n", "3", "total", "{n}", NULL };
		free(catalogue_format(cy, cy->entries[i].key, args));
	}
	free(catalogue_plural(cy, "count.questions", 6, NULL));
	catalogue_free(cy);
	return 0;
}
