/* fragstore.c: each item's body made into HTML fragments once per build,
 * kept in a scratch file and read back for the pages that hold them. */
#include "fragstore.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "body.h"
#include "html5.h"
#include "markdown.h"
#include "md_html.h"
#include "xalloc.h"

/* The first bytes of the file, so that no record starts at 0, which is
 * an item's "none". */
static const char store_mark[8] = "spfrag1\n";

/* What an item keeps of its record: where it starts in the file, and in
 * the low REF_LEN_BITS its length, so that it is read in one call; a
 * record of REF_LEN_MAX bytes (64 KiB) or more, far more than most, has
 * its length read from its head first. The file can hold 2^48 bytes. */
#define REF_LEN_BITS 16
#define REF_LEN_MAX ((UINT64_C(1) << REF_LEN_BITS) - 1)
#define REF_END (UINT64_C(1) << (64 - REF_LEN_BITS))

/* Where an item made on demand has its record (its reference), or not
 * yet (someone is making it), or not at all (its write failed: each
 * asker makes its own); no reference is either. */
#define AT_MAKING 0
#define AT_NOWHERE UINT64_MAX

struct fragstore {
	int fd;
	char *dir;		/* the file's folder, for messages */
	_Atomic uint64_t end;	/* where the next record goes */
	pthread_mutex_t lock;	/* over err and made */
	pthread_cond_t ready;	/* an entry of made left AT_MAKING */
	int err;		/* the errno of the first failure since the
				 * last report, or 0 */
	/* The items not parsed this run whose parts were asked for, by
	 * address (open addressing); cap is a power of two. */
	struct made {
		const struct item *it;
		uint64_t at;
	} *made;
	size_t cap, used;
};

struct fragstore *
fragstore_open(struct diag *d)
{
	const char *dir = getenv("TMPDIR");
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	char *path = xasprintf("%s/sharepack-fragments-XXXXXX", dir);
	struct fragstore *s = NULL;
	int fd = mkstemp(path);
	if (fd < 0 || pwrite(fd, store_mark, sizeof store_mark, 0) !=
	    (ssize_t)sizeof store_mark) {
		diag_syserr(d, "%s: cannot make a scratch file there: %s; set "
		    "TMPDIR to a folder sharepack can write in", dir,
		    strerror(errno));
		if (fd >= 0) {
			unlink(path);
			close(fd);
		}
		goto out;
	}
	/* Gone from the folder at once: only this run can reach it, and it
	 * goes however the run ends. */
	unlink(path);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	s = xcalloc(1, sizeof *s);
	s->fd = fd;
	s->dir = xstrdup(dir);
	atomic_init(&s->end, sizeof store_mark);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->ready, NULL);
out:
	free(path);
	return s;
}

void
fragstore_close(struct fragstore *s)
{
	if (s == NULL)
		return;
	close(s->fd);
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->ready);
	free(s->made);
	free(s->dir);
	free(s);
}

static void
note_error(struct fragstore *s, int err)
{
	pthread_mutex_lock(&s->lock);
	if (s->err == 0)
		s->err = err != 0 ? err : EIO;
	pthread_mutex_unlock(&s->lock);
}

/*
 * A record is its length in bytes and its count of parts, then the
 * parts' bytes, then each part's length (0: none), every number a
 * uint64_t in this machine's order (only this run reads it). It is made
 * in one buffer, a part at a time, so that a body of many parts holds
 * no more than one of them besides: the lengths come last because only
 * then are they all known.
 */
struct record {
	struct buf bytes;	/* the head, then the parts' bytes */
	uint64_t *lens;
	size_t count, cap;
};

#define RECORD_HEAD (2 * sizeof(uint64_t))
#define RECORD_RESERVE ((size_t)16 << 10)

static void
record_begin(struct record *r)
{
	static const uint64_t head[2];
	r->bytes = (struct buf)BUF_INIT;
	/* Room for most records at once: growing by doubling, a copy
	 * each time, cost more than the writing. */
	buf_reserve(&r->bytes, RECORD_RESERVE);
	buf_add(&r->bytes, head, sizeof head);
	r->lens = NULL;
	r->count = r->cap = 0;
}

/* Adds the next part: the HTML of the blocks from first up to stop, as
 * html5_frag_markdown makes it (none when it makes nothing), written
 * straight after the parts before it rather than copied there. */
static void
record_add(struct record *r, cmark_node *first, cmark_node *stop,
    int min_level)
{
	if (r->count == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 4;
		r->lens = xrealloc(r->lens, r->cap * sizeof *r->lens);
	}
	size_t before = r->bytes.len;
	md_html_append(&r->bytes, first, stop, min_level);
	r->lens[r->count++] = r->bytes.len - before;
}

/* Adds a part that is none. */
static void
record_add_none(struct record *r)
{
	record_add(r, NULL, NULL, 0);
}

/* Puts the lengths and the head in: r->bytes is then the record. */
static void
record_end(struct record *r)
{
	buf_add(&r->bytes, r->lens, r->count * sizeof *r->lens);
	uint64_t head[2] = { r->bytes.len, r->count };
	memcpy(r->bytes.data, head, sizeof head);
	free(r->lens);
	r->lens = NULL;
}

static int
is_section(cmark_node *n)
{
	return cmark_node_get_type(n) == CMARK_NODE_HEADING &&
	    cmark_node_get_heading_level(n) == 2;
}

/* A briefing's parts: what comes before its first "##", unboxed on its
 * page, then each "##" section, each in a box of its own. */
static void
make_sections(cmark_node *doc, struct record *r)
{
	cmark_node *first = cmark_node_first_child(doc), *n = first;
	while (n != NULL && !is_section(n))
		n = cmark_node_next(n);
	record_add(r, first, n, 2);
	while (n != NULL) {
		cmark_node *next = cmark_node_next(n);
		while (next != NULL && !is_section(next))
			next = cmark_node_next(next);
		record_add(r, n, next, 2);
		n = next;
	}
}

/* The record of it's parts (fragstore.h) from doc, its body, and why, a
 * vignette's "## Why" heading in it or NULL. The caller frees r->bytes. */
static void
make_record(const struct item *it, cmark_node *doc, cmark_node *why,
    struct record *r)
{
	cmark_node *first = cmark_node_first_child(doc);
	record_begin(r);
	switch (it->kind) {
	case ITEM_BRIEFING:
		make_sections(doc, r);
		break;
	case ITEM_MYTH:
		record_add(r, first, NULL, 3);
		break;
	case ITEM_VIGNETTE:
		record_add(r, first, why, 3);
		if (why != NULL)
			record_add(r, cmark_node_next(why), NULL, 3);
		else
			record_add_none(r);
		break;
	default:
		record_add(r, first, NULL, 2);
		break;
	}
	record_end(r);
}

/* Reads the number at byte off of data (maybe unaligned). */
static uint64_t
number_at(const char *data, size_t off)
{
	uint64_t v;
	memcpy(&v, data + off, sizeof v);
	return v;
}

/* The parts of the record data, len bytes, into out. Returns 0, or -1
 * (out empty) when they do not add up: never for a record this run
 * made, but what is read is bounded by them all the same. */
static int
parts_from_record(const char *data, size_t len, struct fragstore_parts *out)
{
	uint64_t count = len >= RECORD_HEAD ? number_at(data, 8) : 0;
	if (len < RECORD_HEAD || number_at(data, 0) != len ||
	    count > (len - RECORD_HEAD) / sizeof(uint64_t))
		return -1;
	size_t lens = len - (size_t)count * sizeof(uint64_t), pos = RECORD_HEAD;
	out->part = xcalloc(count ? count : 1, sizeof *out->part);
	for (out->count = 0; out->count < count; out->count++) {
		uint64_t n = number_at(data, lens + out->count * 8);
		if (n > lens - pos) {
			fragstore_parts_free(out);
			return -1;
		}
		out->part[out->count] = n == 0 ? NULL :
		    html5_frag_restore(data + pos, (size_t)n);
		pos += (size_t)n;
	}
	return 0;
}

/* Writes all of data at off. Returns 0, or an errno. */
static int
write_at(int fd, const char *data, size_t len, uint64_t off)
{
	while (len > 0) {
		ssize_t n = pwrite(fd, data, len, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? errno : ENOSPC;
		data += n;
		len -= (size_t)n;
		off += (uint64_t)n;
	}
	return 0;
}

/* Writes r where no other record is, whatever order the threads come in.
 * Returns the item's reference to it, or 0 after noting why it could not
 * be written. */
static uint64_t
write_record(struct fragstore *s, const struct record *r)
{
	uint64_t len = r->bytes.len;
	uint64_t at = atomic_fetch_add(&s->end, len);
	int err = at >= REF_END || len >= REF_END - at ? EFBIG :
	    write_at(s->fd, r->bytes.data, r->bytes.len, at);
	if (err != 0) {
		note_error(s, err);
		return 0;
	}
	return at << REF_LEN_BITS | (len < REF_LEN_MAX ? len : REF_LEN_MAX);
}

void
fragstore_put(struct fragstore *s, struct item *it)
{
	cmark_node *why = NULL;
	if (it->kind == ITEM_VIGNETTE && it->vignette.why_index >= 0)
		why = md_nth_block(it->doc, (size_t)it->vignette.why_index);
	struct record r;
	make_record(it, it->doc, why, &r);
	it->frags = write_record(s, &r);
	buf_free(&r.bytes);
}

/* Reads len bytes at off into data, *got of them before the end of the
 * file. Returns 0, or an errno. */
static int
read_at(int fd, char *data, size_t len, uint64_t off, size_t *got)
{
	*got = 0;
	while (*got < len) {
		ssize_t n = pread(fd, data + *got, len - *got,
		    (off_t)(off + *got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		if (n == 0)
			break;
		*got += (size_t)n;
	}
	return 0;
}

/* The parts of the record ref refers to into out. Returns 0, or -1
 * after noting why not. */
static int
read_parts(struct fragstore *s, uint64_t ref, struct fragstore_parts *out)
{
	uint64_t at = ref >> REF_LEN_BITS, len = ref & REF_LEN_MAX;
	char head[RECORD_HEAD];
	size_t got = 0;
	int err = 0;
	if (len == REF_LEN_MAX) {
		err = read_at(s->fd, head, sizeof head, at, &got);
		len = got == sizeof head ? number_at(head, 0) : 0;
	}
	char *data = len >= RECORD_HEAD && len <= SIZE_MAX ?
	    xmalloc((size_t)len) : NULL;
	if (data != NULL)
		err = read_at(s->fd, data, (size_t)len, at, &got);
	int rc = data != NULL && err == 0 && got == len ?
	    parts_from_record(data, (size_t)len, out) : -1;
	free(data);
	if (rc != 0)
		note_error(s, err);
	return rc;
}

/* The record of it's parts, made now from its own tree or its file read
 * again; the caller frees r->bytes. Returns body_open's. */
static int
open_and_make(const struct item *it, struct record *r)
{
	struct body b;
	int rc = body_open(it, &b);
	make_record(it, b.doc, b.why, r);
	body_close(&b);
	return rc;
}

/* The slot of it in a table of cap entries: its own, or the empty one
 * it would go in. */
static struct made *
slot_in(struct made *t, size_t cap, const struct item *it)
{
	uint64_t h = (uint64_t)(uintptr_t)it * UINT64_C(0x9E3779B97F4A7C15);
	size_t k = (size_t)(h >> 32) & (cap - 1);
	while (t[k].it != NULL && t[k].it != it)
		k = (k + 1) & (cap - 1);
	return &t[k];
}

/* it's entry in s->made, added (AT_MAKING, with *added set) when it has
 * none. Under s->lock; valid until the lock is let go. */
static struct made *
find_made(struct fragstore *s, const struct item *it, int *added)
{
	struct made *m = s->cap > 0 ? slot_in(s->made, s->cap, it) : NULL;
	*added = m == NULL || m->it == NULL;
	if (!*added)
		return m;
	/* At most half full, so that a search ends soon. */
	if (2 * (s->used + 1) > s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		struct made *t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < s->cap; i++)
			if (s->made[i].it != NULL)
				*slot_in(t, cap, s->made[i].it) = s->made[i];
		free(s->made);
		s->made = t;
		s->cap = cap;
	}
	m = slot_in(s->made, s->cap, it);
	m->it = it;
	m->at = AT_MAKING;
	s->used++;
	return m;
}

/* The parts of an item that was not parsed this run: the first thread
 * to ask makes and stores them, and any other asking meanwhile waits for
 * them, so that its file is read and parsed once in the build. */
static int
on_demand(struct fragstore *s, const struct item *it,
    struct fragstore_parts *out)
{
	int added;
	pthread_mutex_lock(&s->lock);
	struct made *m = find_made(s, it, &added);
	while (!added && m->at == AT_MAKING) {
		pthread_cond_wait(&s->ready, &s->lock);
		m = find_made(s, it, &added);
	}
	uint64_t at = m->at;
	pthread_mutex_unlock(&s->lock);
	if (at != AT_MAKING && at != AT_NOWHERE)
		return read_parts(s, at, out);
	struct record r;
	int rc = open_and_make(it, &r);
	if (added) {
		at = write_record(s, &r);
		pthread_mutex_lock(&s->lock);
		m = find_made(s, it, &added);
		m->at = at != 0 ? at : AT_NOWHERE;
		pthread_cond_broadcast(&s->ready);
		pthread_mutex_unlock(&s->lock);
	}
	parts_from_record(r.bytes.data, r.bytes.len, out);
	buf_free(&r.bytes);
	return rc;
}

int
fragstore_get(const struct item *it, struct fragstore_parts *out)
{
	struct fragstore *s = it->files != NULL ? it->files->frags : NULL;
	out->part = NULL;
	out->count = 0;
	if (s != NULL && it->frags != 0)
		return read_parts(s, it->frags, out);
	if (s != NULL)
		return on_demand(s, it, out);
	struct record r;
	int rc = open_and_make(it, &r);
	parts_from_record(r.bytes.data, r.bytes.len, out);
	buf_free(&r.bytes);
	return rc;
}

const struct html5_frag *
fragstore_part(const struct fragstore_parts *p, size_t i)
{
	return i < p->count ? p->part[i] : NULL;
}

struct html5_frag *
fragstore_take(struct fragstore_parts *p, size_t i)
{
	if (i >= p->count)
		return NULL;
	struct html5_frag *f = p->part[i];
	p->part[i] = NULL;
	return f;
}

void
fragstore_parts_free(struct fragstore_parts *p)
{
	for (size_t i = 0; i < p->count; i++)
		html5_frag_free(p->part[i]);
	free(p->part);
	p->part = NULL;
	p->count = 0;
}

size_t
fragstore_report(struct fragstore *s, struct diag *d)
{
	if (s == NULL)
		return 0;
	pthread_mutex_lock(&s->lock);
	int err = s->err;
	s->err = 0;
	pthread_mutex_unlock(&s->lock);
	if (err == 0)
		return 0;
	diag_syserr(d, "%s: cannot write or read sharepack's scratch file "
	    "there: %s; make room there, or set TMPDIR to a folder with "
	    "room", s->dir, strerror(err));
	return 1;
}
