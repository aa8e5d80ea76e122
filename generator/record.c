/* record.c: the record of a build (record.h): read, looked up, written,
 * and the hash of the inputs every page shares. */
#define _DEFAULT_SOURCE	/* MAP_POPULATE */
#include "record.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalogue.h"
#include "fsutil.h"
#include "html5.h"
#include "xalloc.h"

/* The first line; a record in another format is not read. */
#define RECORD_HEAD "sharepack-build 1\n"
/* The largest record read: 64 bytes a page for millions of pages. */
#define RECORD_MAX_BYTES ((size_t)1 << 30)

void
record_take(struct record *r, char *path, uint64_t key)
{
	if (r->count == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->entries = xrealloc(r->entries, r->cap * sizeof *r->entries);
	}
	r->entries[r->count].path = path;
	r->entries[r->count].key = key;
	if (r->count > 0 && strcmp(r->entries[r->count - 1].path, path) >= 0)
		r->sorted = 0;
	r->count++;
}

void
record_add(struct record *r, const char *path, uint64_t key)
{
	record_take(r, xstrdup(path), key);
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct record_entry *x = a, *y = b;
	return strcmp(x->path, y->path);
}

static void
sort_entries(struct record *r)
{
	if (!r->sorted)
		qsort(r->entries, r->count, sizeof *r->entries, entry_cmp);
	r->sorted = 1;
}

/* A "KEY PATH" line's key (16 hex digits, then a space) into *key; -1
 * when the line (up to end) is not one. */
static int
line_key(const char *line, const char *end, uint64_t *key)
{
	if (end - line < 18 || line[16] != ' ')
		return -1;
	/* Digits and letters of either case, as fs_hex_digit takes them,
	 * with no branch on each: 16 of them on each of thousands of
	 * lines. */
	uint64_t k = 0;
	unsigned bad = 0;
	for (int i = 0; i < 16; i++) {
		unsigned char c = (unsigned char)line[i];
		unsigned d = (unsigned)c - '0';
		unsigned a = ((unsigned)c | 0x20) - 'a';
		bad |= (d > 9) & (a > 5);
		k = k << 4 | (d <= 9 ? d : a + 10);
	}
	*key = k;
	return bad ? -1 : 0;
}

/* The "KEY PATH" lines from p to end (which ends one) into r: the
 * entries and one block for every path, each sized once, as a record
 * of thousands of pages is read at every rebuild. -1 when one is
 * malformed. */
static int
parse_lines(struct record *r, const char *p, const char *end)
{
	size_t lines = 0;
	/* Each line is 17 bytes of key, a path of a byte or more and a
	 * newline, which the block holds as the path's NUL: a shorter one
	 * anywhere, even with longer ones making up the total, would
	 * leave the block short for the lines before it. */
	for (const char *q = p; q < end; lines++) {
		const char *nl = memchr(q, '\n', (size_t)(end - q));
		if (nl == NULL || nl - q < 18)
			return -1;
		q = nl + 1;
	}
	r->paths = xmalloc((size_t)(end - p) - lines * 17 + 1);
	r->entries = xcalloc(lines ? lines : 1, sizeof *r->entries);
	r->cap = lines;
	char *to = r->paths;
	for (; p < end; p++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		struct record_entry *e = &r->entries[r->count];
		if (line_key(p, nl, &e->key) != 0)
			return -1;
		size_t n = (size_t)(nl - p - 17);
		memcpy(to, p + 17, n);
		to[n] = '\0';
		e->path = to;
		to += n + 1;
		if (r->count > 0 && strcmp(e[-1].path, e->path) >= 0)
			r->sorted = 0;
		r->count++;
		p = nl;
	}
	return 0;
}

/* The record's text into r; -1 when it is not one. text is the file's
 * mapping: no NUL follows it. */
static int
parse(struct record *r, const char *text, size_t len)
{
	const char *end = text + len;
	size_t head = strlen(RECORD_HEAD);
	if (len < head || memcmp(text, RECORD_HEAD, head) != 0)
		return -1;
	const char *p = text + head;
	/* The global line, made a string for sscanf, which would read on
	 * past the mapping's end. A global hash on the lines after it is
	 * no record's. */
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	char *line = xstrndup(p, (size_t)((nl != NULL ? nl : end) - p));
	int got = sscanf(line, "global %" SCNx64, &r->global);
	free(line);
	if (got != 1)
		return -1;
	return nl != NULL ? parse_lines(r, nl + 1, end) : 0;
}

void
record_read(const char *dir, struct record *r)
{
	char *path = xasprintf("%s/%s", dir, RECORD_FILE);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	/* Mapped, its pages brought in at once, not read: a buffer of the
	 * record's size would be new memory, a page fault a page, at every
	 * rebuild (36 pages at 10,000 items, read twice: the output's and
	 * the spare's). The record is never written in place: site_put
	 * writes a new file. */
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uintmax_t)st.st_size <= RECORD_MAX_BYTES) {
		size_t len = (size_t)st.st_size;
		void *map = len == 0 ? NULL : mmap(NULL, len, PROT_READ,
		    MAP_PRIVATE | MAP_POPULATE, fd, 0);
		if (map != MAP_FAILED && parse(r, map != NULL ? map : "",
		    len) != 0)
			record_free(r);
		if (map != NULL && map != MAP_FAILED)
			munmap(map, len);
	}
	if (fd >= 0)
		close(fd);
	sort_entries(r);
	free(path);
}

int
record_has(const struct record *r, const char *path, uint64_t key)
{
	struct record_entry want = { (char *)path, key };
	/* An emptied record has no entries to search (bsearch of NULL). */
	const struct record_entry *e = r->global == 0 || r->count == 0 ?
	    NULL : bsearch(&want, r->entries, r->count, sizeof *r->entries,
	    entry_cmp);
	return e != NULL && e->key == key;
}

/* key as 16 lowercase hex digits and a space, as "%016" PRIx64 " "
 * would write it, without a format parsed for every page. */
static void
put_key(struct buf *out, uint64_t key)
{
	char s[17];
	for (int i = 15; i >= 0; i--, key >>= 4)
		s[i] = "0123456789abcdef"[key & 15];
	s[16] = ' ';
	buf_add(out, s, sizeof s);
}

void
record_format(struct record *r, struct buf *out)
{
	sort_entries(r);
	/* Sized once: doubling would hold half as much again. */
	size_t need = sizeof RECORD_HEAD + sizeof "global \n" + 16;
	for (size_t i = 0; i < r->count; i++)
		need += 17 + strlen(r->entries[i].path) + 1;
	buf_reserve(out, need);
	buf_puts(out, RECORD_HEAD);
	buf_printf(out, "global %016" PRIx64 "\n", r->global);
	for (size_t i = 0; i < r->count; i++) {
		put_key(out, r->entries[i].key);
		buf_puts(out, r->entries[i].path);
		buf_putc(out, '\n');
	}
}

void
record_drop_entries(struct record *r)
{
	uint64_t global = r->global;
	record_free(r);
	r->global = global;
}

void
record_free(struct record *r)
{
	for (size_t i = 0; r->paths == NULL && i < r->count; i++)
		free(r->entries[i].path);
	free(r->paths);
	free(r->entries);
	*r = (struct record)RECORD_INIT;
}

/* h continued over s, or over a mark that no string hashes to. */
static uint64_t
hash_str(uint64_t h, const char *s)
{
	return s != NULL ? buf_hash(h, s, strlen(s)) : buf_hash(h, "", 0) ^ 1;
}

/* h continued over the file at path's bytes; *ok cleared when it cannot
 * be read (missing_ok: a missing file hashes as missing). */
static uint64_t
hash_file(uint64_t h, const char *path, size_t cap, int missing_ok, int *ok)
{
	if (fs_hash_file(path, cap, &h) == 0)
		return h;
	if (missing_ok && errno == ENOENT)
		return hash_str(h, NULL);
	*ok = 0;
	return h;
}

/* h continued over the theme: its layout as a page would hold it, then
 * each asset's name and bytes. */
static uint64_t
hash_theme(uint64_t h, const struct theme *t, int *ok)
{
	struct buf b = BUF_INIT;
	html5_document(t->layout, &b);
	h = buf_hash(h, b.data, b.len);
	buf_free(&b);
	for (size_t i = 0; i < t->asset_count; i++) {
		struct buf a = BUF_INIT;
		h = hash_str(h, t->assets[i].name);
		if (theme_read_asset(t, &t->assets[i], THEME_MAX_BYTES * 8,
		    &a) == 0)
			h = buf_hash(h, a.data, a.len);
		else
			*ok = 0;
		buf_free(&a);
	}
	return h;
}

uint64_t
record_global(const struct theme *t, const char *settings_file,
    const struct site_settings *s, const struct render_config *cfg)
{
	int ok = 1;
	uint64_t h = hash_str(BUF_HASH_SEED, RECORD_HEAD);
	uint64_t self = fs_self_key();
	ok &= self != 0;
	h = buf_hash(h, &self, sizeof self);
	h = hash_theme(h, t, &ok);
	h = hash_file(h, settings_file, (size_t)1 << 24, 1, &ok);
	h = buf_hash(h, s->logo_data, s->logo_data ? s->logo_len : 0);
	h = hash_str(h, cfg->xapi_endpoint);
	h = hash_str(h, cfg->xapi_auth);
	h = hash_str(h, cfg->for_package ? "package" : "site");
	h = hash_str(h, cfg->lang);
	/* A project's theme may reword the built-in catalogues. */
	for (size_t i = 0; i < cfg->catalogue_count; i++) {
		const struct catalogue *c = cfg->catalogues[i];
		h = hash_str(h, c->lang);
		for (size_t k = 0; k < c->count; k++)
			h = hash_str(hash_str(h, c->entries[k].key),
			    c->entries[k].text);
	}
	/* 0 is "no record": a hash that lands on it only loses reuse. */
	return ok ? h : 0;
}
