/*
 * embed.h: the files built into the program, so that a copied or installed
 * sharepack needs nothing beside it: the default theme ("theme/NAME"), the
 * SCORM schemas ("xsd/1.2/NAME", "xsd/2004/NAME") and the project that
 * 'sharepack new' writes ("starter/PATH"). The table is generated at build
 * time by generator/embed.sh from themes/default/, generator/xsd/ and
 * starter/, which stay the source of truth.
 *
 * Any module may include this header. Everything it gives is static,
 * read-only data: nothing to free.
 */
#ifndef SHAREPACK_EMBED_H
#define SHAREPACK_EMBED_H

#include <stddef.h>

struct embed_file {
	const char *name;		/* "theme/style.css" */
	const unsigned char *data;	/* len bytes, then a NUL */
	size_t len;
};

/* The table, sorted bytewise by name (build/obj/embedded.c). Use the
 * functions below rather than reading it. */
extern const struct embed_file embed_files[];
extern const size_t embed_file_count;

/* The built-in file called name, or NULL. */
const struct embed_file *embed_find(const char *name);

/* The built-in files whose names start with prefix ("theme/"), in byte
 * order of name: returns the first and sets *count, or returns NULL and
 * sets *count to 0 when there is none. */
const struct embed_file *embed_under(const char *prefix, size_t *count);

#endif
