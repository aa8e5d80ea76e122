/*
 * zipfile.h: a zip archive written as a stream: each entry is read and
 * deflated on whichever processor is free, then handed in its turn to
 * minizip, which writes the headers, the central directory and the zip64
 * records and keeps only the central directory (some 50 bytes and the
 * name per entry) until the end. A write stage's helper; it knows nothing
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
 * zipfile_write returns. Called from several threads at once. */
typedef void (*zipfile_entry_fn)(void *ctx, size_t i, struct zipfile_entry *e);

/*
 * Writes the count entries, in order and each dated dos_date dos_time,
 * to fd, a new empty file opened for reading and writing (the zip's end
 * is read back), from its start; the caller syncs and closes fd. An
 * entry is deflated, or stored when it is under 64 KiB and deflating
 * does not make it smaller; a name with other than ASCII characters is
 * flagged as UTF-8. The same entries give the same bytes.
 * Returns 0, or -1 with errno set and *failed set to the name of the
 * entry whose bytes could not be read or whose name cannot be in a zip
 * (EINVAL: not UTF-8, or longer than 65,535 bytes), or to NULL when fd
 * could not be written.
 */
int zipfile_write(int fd, size_t count, zipfile_entry_fn entry, void *ctx,
    uint16_t dos_time, uint16_t dos_date, const char **failed);

#endif
