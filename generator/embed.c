/* embed.c: finds the files built into the program by name. */
#include "embed.h"

#include <string.h>

const struct embed_file *
embed_find(const char *name)
{
	size_t lo = 0, hi = embed_file_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(name, embed_files[mid].name);
		if (c == 0)
			return &embed_files[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct embed_file *
embed_under(const char *prefix, size_t *count)
{
	size_t n = strlen(prefix), first = embed_file_count;
	*count = 0;
	/* The table is sorted, so the names with one prefix are a run. */
	for (size_t i = 0; i < embed_file_count; i++) {
		if (strncmp(embed_files[i].name, prefix, n) != 0)
			continue;
		if (*count == 0)
			first = i;
		(*count)++;
	}
	return *count > 0 ? &embed_files[first] : NULL;
}
