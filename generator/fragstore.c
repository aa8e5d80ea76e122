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
#include "xalloc.h"

/* The first bytes of the file, so that no record starts at 0, which is
 * an item's "none". */
static const char store_mark[8] = "spfrag1\n";

/* Most records are a few KiB: one read of this many bytes gets the whole
 * of one, its length included, and a longer one is read on. */
#define FRAG_FIRST_READ 16384

/* Where an item made on demand has its record: not yet (someone is making
 * it) or not at all (its write failed: each asker makes its own). */
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

static void
add_part(struct fragstore_parts *p, struct html5_frag *f)
{
	p->part = xrealloc(p->part, (p->count + 1) * sizeof *p->part);
	p->part[p->count++] = f;
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
make_sections(cmark_node *doc, struct fragstore_parts *out)
{
	cmark_node *first = cmark_node_first_child(doc), *n = first;
	while (n != NULL && !is_section(n))
		n = cmark_node_next(n);
	add_part(out, html5_frag_markdown(first, n, 2));
	while (n != NULL) {
		cmark_node *next = cmark_node_next(n);
		while (next != NULL && !is_section(next))
			next = cmark_node_next(next);
		add_part(out, html5_frag_markdown(n, next, 2));
		n = next;
	}
}

/* it's parts (fragstore.h) from doc, its body, and why, a vignette's
 * "## Why" heading in it or NULL. */
static void
make_parts(const struct item *it, cmark_node *doc, cmark_node *why,
    struct fragstore_parts *out)
{
	cmark_node *first = cmark_node_first_child(doc);
	out->part = NULL;
	out->count = 0;
	switch (it->kind) {
	case ITEM_BRIEFING:
		make_sections(doc, out);
		break;
	case ITEM_MYTH:
		add_part(out, html5_frag_markdown(first, NULL, 3));
		break;
	case ITEM_VIGNETTE:
		add_part(out, html5_frag_markdown(first, why, 3));
		add_part(out, why == NULL ? NULL :
		    html5_frag_markdown(cmark_node_next(why), NULL, 3));
		break;
	default:
		add_part(out, html5_frag_markdown(first, NULL, 2));
		break;
	}
}

static size_t
part_len(const struct html5_frag *f)
{
	return f != NULL ? html5_frag_len(f) : 0;
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

/*
 * A record is its length in bytes, its count of parts and each part's
 * length (0: none), as uint64_t in this machine's order (only this run
 * reads it), then the parts' bytes. Returns where it went, or 0 after
 * noting why it could not be written.
 */
static uint64_t
write_parts(struct fragstore *s, const struct fragstore_parts *p)
{
	uint64_t head[2] = { 0, p->count };
	size_t body = 0;
	for (size_t i = 0; i < p->count; i++)
		body += part_len(p->part[i]);
	head[0] = sizeof head + p->count * sizeof(uint64_t) + body;
	struct buf rec = BUF_INIT;
	buf_add(&rec, head, sizeof head);
	for (size_t i = 0; i < p->count; i++) {
		uint64_t n = part_len(p->part[i]);
		buf_add(&rec, &n, sizeof n);
	}
	for (size_t i = 0; i < p->count; i++)
		if (p->part[i] != NULL)
			buf_add(&rec, html5_frag_bytes(p->part[i]),
			    html5_frag_len(p->part[i]));
	/* Each writer has its own bytes of the file, whatever the order the
	 * threads come in. */
	uint64_t at = atomic_fetch_add(&s->end, rec.len);
	int err = write_at(s->fd, rec.data, rec.len, at);
	buf_free(&rec);
	if (err != 0) {
		note_error(s, err);
		return 0;
	}
	return at;
}

void
fragstore_put(struct fragstore *s, struct item *it)
{
	cmark_node *why = NULL;
	if (it->kind == ITEM_VIGNETTE && it->vignette.why_index >= 0)
		why = md_nth_block(it->doc, (size_t)it->vignette.why_index);
	struct fragstore_parts p;
	make_parts(it, it->doc, why, &p);
	it->frags = write_parts(s, &p);
	fragstore_parts_free(&p);
}

/* Reads len bytes at off into data. Returns 0, or an errno. */
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

/* Reads the value at i of a record's head (unaligned in data). */
static uint64_t
head_at(const char *data, size_t i)
{
	uint64_t v;
	memcpy(&v, data + i * sizeof v, sizeof v);
	return v;
}

/* The parts of the record at off into out. Returns 0, or -1 after noting
 * why not. */
static int
read_parts(struct fragstore *s, uint64_t off, struct fragstore_parts *out)
{
	char *data = xmalloc(FRAG_FIRST_READ);
	size_t got, more;
	int err = read_at(s->fd, data, FRAG_FIRST_READ, off, &got);
	uint64_t len = err == 0 && got >= 2 * sizeof(uint64_t) ?
	    head_at(data, 0) : 0;
	uint64_t count = len > 0 ? head_at(data, 1) : 0;
	/* A record this run wrote, so these hold unless the file was
	 * tampered with: reading is still bounded by them. */
	if (count > len || len < (2 + count) * sizeof(uint64_t))
		goto bad;
	if (len > got) {
		data = xrealloc(data, len);
		err = read_at(s->fd, data + got, len - got, off + got, &more);
		if (err != 0 || more != len - got)
			goto bad;
	}
	size_t pos = (2 + count) * sizeof(uint64_t);
	for (size_t i = 0; i < count; i++) {
		uint64_t n = head_at(data, 2 + i);
		if (n > len - pos)
			goto bad;
		add_part(out, n == 0 ? NULL : html5_frag_restore(data + pos, n));
		pos += n;
	}
	free(data);
	return 0;
bad:
	free(data);
	fragstore_parts_free(out);
	note_error(s, err);
	return -1;
}

/* it's parts, made now from its own tree or its file read again. */
static int
open_and_make(const struct item *it, struct fragstore_parts *out)
{
	struct body b;
	int rc = body_open(it, &b);
	make_parts(it, b.doc, b.why, out);
	body_close(&b);
	return rc;
}

static size_t
slot_of(const struct item *it, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)it * UINT64_C(0x9E3779B97F4A7C15);
	return (size_t)(h >> 32) & (cap - 1);
}

/* it's entry in s->made, added (AT_MAKING, with *added set) when it has
 * none. Under s->lock; valid until the lock is let go. */
static struct made *
find_made(struct fragstore *s, const struct item *it, int *added)
{
	*added = 0;
	if (2 * (s->used + 1) > s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		struct made *t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < s->cap; i++) {
			if (s->made[i].it == NULL)
				continue;
			size_t k = slot_of(s->made[i].it, cap);
			while (t[k].it != NULL)
				k = (k + 1) & (cap - 1);
			t[k] = s->made[i];
		}
		free(s->made);
		s->made = t;
		s->cap = cap;
	}
	size_t k = slot_of(it, s->cap);
	while (s->made[k].it != NULL && s->made[k].it != it)
		k = (k + 1) & (s->cap - 1);
	if (s->made[k].it == NULL) {
		s->made[k].it = it;
		s->made[k].at = AT_MAKING;
		s->used++;
		*added = 1;
	}
	return &s->made[k];
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
	int rc = open_and_make(it, out);
	if (!added)
		return rc;
	at = write_parts(s, out);
	pthread_mutex_lock(&s->lock);
	m = find_made(s, it, &added);
	m->at = at != 0 ? at : AT_NOWHERE;
	pthread_cond_broadcast(&s->ready);
	pthread_mutex_unlock(&s->lock);
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
	return open_and_make(it, out);
}

const struct html5_frag *
fragstore_part(const struct fragstore_parts *p, size_t i)
{
	return i < p->count ? p->part[i] : NULL;
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
