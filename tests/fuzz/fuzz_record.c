/*
 * fuzz_record.c: libFuzzer target for the page record reader (record.c),
 * a text file in the output folder and in its spare that anyone could
 * damage: the input is read as a site's record, each of its pages is
 * looked up as site.c looks up the pages it makes, and what it reads
 * must write back as a record that reads the same.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "record.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *dir, *file;

/* Writes n bytes of s as dir's record. */
static void
put_record(const void *s, size_t n)
{
	FILE *f = fopen(file, "wb");
	if (f == NULL || fwrite(s, 1, n, f) != n || fclose(f) != 0) {
		fprintf(stderr, "fuzz_record: cannot write %s\n", file);
		abort();
	}
}

static void
fail(const char *what, const struct record *r, size_t i)
{
	fprintf(stderr, "fuzz_record: %s (entry %zu of %zu)\n", what, i,
	    r->count);
	abort();
}

/* Every entry of r (read, so sorted) is found with its key, unless a
 * page of its path is there twice; a page it lacks is not. */
static void
look_up(const struct record *r)
{
	for (size_t i = 0; i < r->count; i++) {
		const struct record_entry *e = &r->entries[i];
		int twice = (i > 0 && strcmp(e[-1].path, e->path) == 0) ||
		    (i + 1 < r->count && strcmp(e[1].path, e->path) == 0);
		if (i > 0 && strcmp(e[-1].path, e->path) > 0)
			fail("not sorted", r, i);
		if (!twice && !record_has(r, e->path, e->key))
			fail("a page it holds is not found", r, i);
		if (!twice && record_has(r, e->path, e->key + 1))
			fail("a page is found with another key", r, i);
	}
	if (record_has(r, "no/such page.html", 0))
		fail("a page it lacks is found", r, r->count);
}

/* The folder made for the record, at the end of the run. */
static void
clean_up(void)
{
	unlink(file);
	rmdir(dir);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (dir == NULL) {
		char tmpl[] = "/tmp/fuzz_record.XXXXXX";
		dir = xstrdup(mkdtemp(tmpl));
		file = xasprintf("%s/%s", dir, RECORD_FILE);
		atexit(clean_up);
	}
	put_record(data, size);
	struct record r = RECORD_INIT;
	record_read(dir, &r);
	if (r.global != 0)
		look_up(&r);
	/* Written back and read again, it is the same record. */
	struct buf once = BUF_INIT, twice = BUF_INIT;
	record_format(&r, &once);
	put_record(once.data, once.len);
	struct record again = RECORD_INIT;
	record_read(dir, &again);
	record_format(&again, &twice);
	if (r.global != 0 && again.global == r.global &&
	    (once.len != twice.len || memcmp(once.data, twice.data,
	    once.len) != 0))
		fail("it reads back as another record", &r, r.count);
	/* As site.c keeps the spare's global hash once its pages are
	 * taken. */
	record_drop_entries(&r);
	if (r.count != 0 || record_has(&r, "index.html", 0))
		fail("a record without its pages has some", &r, 0);
	buf_free(&once);
	buf_free(&twice);
	record_free(&again);
	record_free(&r);
	return 0;
}
