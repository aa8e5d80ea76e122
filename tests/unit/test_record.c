/* Unit tests of record.c: a build's record written, read back and
 * looked up, and a damaged one never trusted. */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "record.h"
#include "xalloc.h"

/* text as dir's record, read back into r (emptied first). */
static void
read_text(const char *dir, const char *text, struct record *r)
{
	char *path = xasprintf("%s/%s", dir, RECORD_FILE);
	CHECK(fs_write_file(path, text, strlen(text)) == 0);
	record_free(r);
	record_read(dir, r);
	free(path);
}

/* Written out of order, read back in order, every key found and no
 * other. */
static void
record_round_trip(const char *dir)
{
	struct record w = RECORD_INIT;
	w.global = 0x0123456789abcdefULL;
	record_add(&w, "packs/b/quiz.html", 2);
	record_add(&w, "index.html", UINT64_MAX);
	record_add(&w, "packs/a/index.html", 0);
	struct buf text = BUF_INIT;
	record_format(&w, &text);
	CHECK_STR(text.data, "sharepack-build 1\n"
	    "global 0123456789abcdef\n"
	    "ffffffffffffffff index.html\n"
	    "0000000000000000 packs/a/index.html\n"
	    "0000000000000002 packs/b/quiz.html\n");
	struct record r = RECORD_INIT;
	read_text(dir, text.data, &r);
	CHECK(r.global == w.global && r.count == 3 && r.sorted);
	CHECK(record_has(&r, "index.html", UINT64_MAX));
	CHECK(record_has(&r, "packs/a/index.html", 0));
	CHECK(record_has(&r, "packs/b/quiz.html", 2));
	CHECK(!record_has(&r, "packs/b/quiz.html", 3));
	CHECK(!record_has(&r, "packs/b", 2));
	CHECK(!record_has(&r, "packs/b/quiz.html/", 2));
	/* Out of order (edited by hand): sorted as it is read. */
	read_text(dir, "sharepack-build 1\nglobal 1\n"
	    "0000000000000009 z.html\n000000000000000A a.html\n", &r);
	CHECK(r.count == 2 && r.sorted);
	CHECK(record_has(&r, "a.html", 10) && record_has(&r, "z.html", 9));
	/* A record of just its global hash, its digits ending the file
	 * (no newline) and a page: it is read from a mapping, after whose
	 * end nothing is read as more of them. */
	char page[4096 + 1];
	memset(page, ' ', sizeof page - 1);
	page[sizeof page - 1] = '\0';
	memcpy(page, "sharepack-build 1\nglobal", 24);
	memcpy(page + sizeof page - 3, "2a", 2);
	read_text(dir, page, &r);
	CHECK(r.global == 0x2a && r.count == 0);
	read_text(dir, "sharepack-build 1\nglobal 1\n"
	    "0000000000000009 z.html\n000000000000000A a.html\n", &r);
	/* Emptied but for its global hash, nothing matches. */
	record_drop_entries(&r);
	CHECK(r.global == 1 && r.count == 0 && !record_has(&r, "a.html", 10));
	record_free(&r);
	record_free(&w);
	buf_free(&text);
}

/* Whatever is wrong in a record, none of it is read. */
static void
record_damaged(const char *dir)
{
	static const char *const bad[] = {
		/* another version */
		"sharepack-build 2\nglobal 1\n0000000000000001 a.html\n",
		/* no global hash */
		"sharepack-build 1\nglobal x\n0000000000000001 a.html\n",
		/* cut short: the last line has no end */
		"sharepack-build 1\nglobal 1\n0000000000000001 a.html\n"
		    "0000000000000002 b.ht",
		/* a key of 15 digits, of 17, one not a digit */
		"sharepack-build 1\nglobal 1\n000000000000001 a.html\n",
		"sharepack-build 1\nglobal 1\n00000000000000001 a.html\n",
		"sharepack-build 1\nglobal 1\n000000000000000g a.html\n",
		"sharepack-build 1\nglobal 1\n-000000000000001 a.html\n",
		/* no path, no space, an empty line */
		"sharepack-build 1\nglobal 1\n0000000000000001 \n",
		"sharepack-build 1\nglobal 1\n0000000000000001a.html\n",
		"sharepack-build 1\nglobal 1\n0000000000000001 a.html\n\n",
		/* the global hash on the line after its name */
		"sharepack-build 1\nglobal\n1\n0000000000000001 a.html\n",
		"sharepack-build 1\nglobal \n0000000000000001 a.html\n",
		/* a line that is only a newline's worth short */
		"sharepack-build 1\nglobal 1\n\n0000000000000001 a.html\n",
		/* a line too short after long ones that make up the
		 * bytes the lines need (tests/fuzz/regress: it once
		 * overflowed the block of paths, under ASan) */
		"sharepack-build 1\nglobal 1\n"
		    "0000000000000001 packs/everyone/index.html\nx\n",
	};
	struct record r = RECORD_INIT;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		read_text(dir, bad[i], &r);
		CHECK(r.global == 0 && r.count == 0);
		CHECK(!record_has(&r, "a.html", 1));
	}
	/* No record at all is none. */
	char *path = xasprintf("%s/%s", dir, RECORD_FILE);
	CHECK(unlink(path) == 0);
	record_free(&r);
	record_read(dir, &r);
	CHECK(r.global == 0 && r.count == 0);
	record_free(&r);
	free(path);
}

void
test_record(void)
{
	char tmpl[] = "/tmp/sharepack-unit-XXXXXX";
	char *dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	record_round_trip(dir);
	record_damaged(dir);
	fs_remove_tree(dir);
}
