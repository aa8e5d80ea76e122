/*
 * zipfile.h: a zip archive written as a stream: each entry is read,
 * deflated and written as soon as the entries before it are, on every
 * processor, so that only a few numbers per entry are held until the
 * central directory is written. The bytes are the ones libzip 1.7 wrote
 * for sharepack's packages (entries added with UTF-8 names, the default
 * compression and a fixed time), so the same input still gives the same
 * zip: libzip kept every entry until zip_close (about 600 bytes each
 * with their sources, 18 MB for a package of 100,000 items) and
 * compressed on one processor. A write stage's helper; it knows nothing
 * of what it archives.
 */
#ifndef SHAREPACK_ZIPFILE_H
#define SHAREPACK_ZIPFILE_H

#include <stddef.h>
#include <stdint.h>

/* Entry of an archive: its path in the zip, and where its bytes come
 * from: data (len bytes) when not NULL, else the file path (relative to
 * the open folder dir, as openat takes them) when not NULL, else the
 * open descriptor fd, read from its start with pread. */
struct zipfile_entry {
	const char *name;
	const void *data;
	size_t len;
	int dir;
	const char *path;
	int fd;
};

/* Fills *e for entry i; what it points at must stay valid until
 * zipfile_write returns. Called from several threads at once, and more
 * than once for the same entry. */
typedef void (*zipfile_entry_fn)(void *ctx, size_t i, struct zipfile_entry *e);

/*
 * Writes the count entries, in order and each dated dos_date dos_time,
 * to fd, a new empty file opened for writing, from its start; the
 * caller syncs and closes fd. Returns 0, or -1 with errno set and
 * *failed set to the name of the entry whose bytes could not be read or
 * whose name cannot be in a zip (EINVAL: neither ASCII nor UTF-8, as
 * libzip refused), or to NULL when fd could not be written.
 */
int zipfile_write(int fd, size_t count, zipfile_entry_fn entry, void *ctx,
    uint16_t dos_time, uint16_t dos_date, const char **failed);

#endif
