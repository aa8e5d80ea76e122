/*
 * fuzz_cache.c: libFuzzer target for the content cache reader (cache.c),
 * whose file sits beside the output folder for anyone to damage: the
 * input is the cache a rebuild of a small content folder opens, loads
 * from (cache_recall of each file, cache_listing of the folder), checks
 * the items of (check_pack), writes its next cache from (cache_prepare
 * copies unchanged entries from it) and closes; the cache written must
 * then give back every file read again, as a clean one does.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "check.h"
#include "diag.h"
#include "fsutil.h"
#include "load.h"
#include "pack.h"
#include "xalloc.h"

/* The content the cache is of: a project with every kind of item
 * (run.sh passes the golden build's), copied once per process. */
#ifndef FUZZ_CONTENT
#error "FUZZ_CONTENT must name a content folder"
#endif

#define KEY 42
/* Where the parts fixed up below are: cache.c's layout. */
#define HEAD_LEN 18		/* "sharepack-cache 6\n" */
#define TABLE (HEAD_LEN + 16)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;
static char *dir, *content, *file;
static size_t clean_recalled;
static int clean_listed;

static uint64_t
u64_at(const uint8_t *b, size_t off)
{
	uint64_t v;
	memcpy(&v, b + off, sizeof v);
	return v;
}

/* The string put_str wrote at off (before end), or NULL. */
static const char *
str_at(const uint8_t *b, size_t off, size_t end, size_t *next)
{
	uint32_t n;
	if (off > end || end - off < sizeof n)
		return NULL;
	memcpy(&n, b + off, sizeof n);
	if (end - off - sizeof n <= n || b[off + sizeof n + n] != '\0')
		return NULL;
	*next = off + sizeof n + n + 1;
	return (const char *)b + off + sizeof n;
}

/* The stamp of the file or folder rel (below dir), as a cache
 * holds it, or -1 when there is none. */
static int
stamp_of(const char *rel, struct fs_stamp *st)
{
	char *path = xasprintf("%s/%s", dir, rel);
	int rc = fs_stamp(path, st);
	free(path);
	return rc;
}

/*
 * What no input could hold, as fuzzers of formats with checksums set
 * them right: the key, and the stamps of this process's files and
 * folders (an inode and change time of their own in each run), where
 * the bytes name one of them; anything else is left as it came.
 */
static void
fix_up(uint8_t *b, size_t len)
{
	if (len < TABLE)
		return;
	uint64_t key = KEY;
	memcpy(b + HEAD_LEN, &key, sizeof key);
	uint64_t count = u64_at(b, HEAD_LEN + 8);
	if (count > (len - TABLE) / 16)
		return;
	size_t from = TABLE + (size_t)count * 16, next;
	for (size_t i = 0; i < count; i++) {
		uint64_t end = u64_at(b, TABLE + i * 16 + 8);
		if (end <= from || end > len)
			return;
		const char *path = str_at(b, from, (size_t)end, &next);
		struct fs_stamp st;
		if (path != NULL && end - next >= 8 && stamp_of(path, &st) == 0) {
			uint64_t h = pack_stamp_hash(&st);
			memcpy(b + next, &h, sizeof h);
		}
		from = (size_t)end;
	}
	/* The listing: its length and count of folders, then each
	 * folder's path (below content, as "content/..." is shown) and
	 * stamp. */
	if (len - from < 16)
		return;
	uint64_t folders = u64_at(b, from + 8);
	from += 16;
	for (uint64_t i = 0; i < folders; i++) {
		const char *path = str_at(b, from, len, &next);
		struct fs_stamp st;
		if (path == NULL || len - next < 40)
			return;
		char *rel = xasprintf("content%s%s", *path ? "/" : "", path);
		if (stamp_of(rel, &st) == 0) {
			uint64_t v[] = { st.size, st.mtime_ns, st.ctime_ns,
			    st.ino, st.dev };
			memcpy(b + next, v, sizeof v);
		}
		free(rel);
		from = next + 40;
	}
}

/* The content loaded with the cache at file (or none), its next cache
 * written there; how many files were recalled, and (*listed) whether
 * the listing was. */
static size_t
rebuild(int use_cache, int *listed)
{
	struct diag d;
	diag_init(&d, devnull);
	struct cache *c = use_cache ? cache_open(file, KEY) : NULL;
	struct pack *p = pack_new();
	if (load_content(content, "content", p, c, &d) != 0) {
		fprintf(stderr, "fuzz_cache: %s cannot be loaded\n", content);
		abort();
	}
	cache_idle(c);
	/* As a build does before its pages: the checks across items run
	 * on the items recalled, however they came. */
	check_pack(p, &d);
	struct cache_draft *draft = cache_prepare(file, p, KEY, c);
	cache_close(c);
	cache_keep(draft);
	size_t recalled = p->files.recalled;
	*listed = p->files.listing_recalled;
	pack_free(p);
	return recalled;
}

/* The folder set_up made, at the end of the run. */
static void
clean_up(void)
{
	char *rm = xasprintf("rm -rf '%s'", dir);
	if (system(rm) != 0)
		fprintf(stderr, "fuzz_cache: cannot remove %s\n", dir);
	free(rm);
}

/* The content folder, old enough to be kept (cache.h's stat rule), and
 * what a clean cache of it gives back. */
static void
set_up(void)
{
	devnull = fopen("/dev/null", "w");
	char tmpl[] = "/tmp/fuzz_cache.XXXXXX";
	dir = xstrdup(mkdtemp(tmpl));
	content = xasprintf("%s/content", dir);
	file = xasprintf("%s/.site.sharepack-cache", dir);
	char *cp = xasprintf("cp -R '%s' '%s'", FUZZ_CONTENT, content);
	if (system(cp) != 0) {
		fprintf(stderr, "fuzz_cache: cannot copy %s\n", FUZZ_CONTENT);
		abort();
	}
	free(cp);
	atexit(clean_up);
	struct timespec wait = { 0, 50 * 1000 * 1000 };
	nanosleep(&wait, NULL);
	int listed;
	rebuild(0, &listed);
	clean_recalled = rebuild(1, &clean_listed);
	if (clean_recalled == 0 || !clean_listed) {
		fprintf(stderr, "fuzz_cache: a clean cache gives nothing "
		    "back: there is nothing to fuzz\n");
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (devnull == NULL)
		set_up();
	uint8_t *b = xmalloc(size + 1);
	memcpy(b, data, size);
	fix_up(b, size);
	FILE *f = fopen(file, "wb");
	if (f == NULL || fwrite(b, 1, size, f) != size || fclose(f) != 0) {
		fprintf(stderr, "fuzz_cache: cannot write %s\n", file);
		abort();
	}
	free(b);
	int listed;
	size_t first = rebuild(1, &listed);
	/* Whatever the damage, every file read again since is recalled
	 * from the cache written after it (an entry recalled as it came
	 * may be one not to keep), and the listing is when every file
	 * is. */
	size_t recalled = rebuild(1, &listed);
	if (first + recalled < clean_recalled || (recalled == clean_recalled &&
	    listed != clean_listed)) {
		fprintf(stderr, "fuzz_cache: %zu files recalled, then %zu "
		    "(%zu from a clean cache), listing %d (%d)\n", first,
		    recalled, clean_recalled, listed, clean_listed);
		abort();
	}
	return 0;
}
