/* zipfile.c: zip archives written as a stream, each entry deflated on
 * whichever processor is free and written in order, in the bytes libzip
 * 1.7 wrote for the same entries. */
#include "zipfile.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "buf.h"
#include "xalloc.h"

/* libzip read a source, and took deflate's output, 8192 bytes at a time:
 * an entry whose bytes all came in the first read, and whose deflated
 * bytes all came in one read and are no fewer, it stored instead. */
#define ZF_CHUNK 8192
#define ZF_MAX_WORKERS 8
#define ZF_U16 0xffffu
#define ZF_U32 0xffffffffu
/* General purpose bits: deflated at level 9 ("maximum"); a UTF-8 name. */
#define ZF_GPBF_MAX 0x0002
#define ZF_GPBF_UTF8 0x0800
#define ZF_MADE_BY 0x033f	/* Unix, zip 6.3 */
#define ZF_NEEDED 20		/* 2.0: deflate */
#define ZF_NEEDED64 45		/* 4.5: zip64 */
#define ZF_EXT_ATTR 0x81b60000u	/* a regular file, rw-rw-rw- */
#define ZF_LOCAL_SIZE 30
#define ZF_CENTRAL_SIZE 46
/* zlib's allocations a worker keeps: deflateInit2 makes five. */
#define ZF_POOL 8

/* What the central directory needs of an entry once written. */
struct zf_done {
	uint64_t offset, csize, usize;
	uint32_t crc;
	uint16_t flags, method;
};

/* The archive being written, shared by the workers under lock. */
struct zf_writer {
	int fd;
	size_t count;
	zipfile_entry_fn entry;
	void *ctx;
	uint16_t time, date;
	struct zf_done *done;	/* one per entry */
	pthread_mutex_t lock;
	pthread_cond_t turn;	/* next_write moved, or err set */
	size_t next_claim, next_write;
	uint64_t offset;	/* where entry next_write goes */
	int err;		/* errno of the first failure, or 0 */
	const char *failed;	/* its entry's name, or NULL for fd */
};

/* zlib's memory for one worker, kept from one entry to the next, so each
 * entry gets a new deflate stream without allocating one: a stream that
 * is only reset can choose other matches near an entry's end (from the
 * last entry's bytes past the end of its window) than the new stream
 * libzip made for every entry. */
struct zf_pool {
	void *p[ZF_POOL];
	size_t size[ZF_POOL];
	unsigned char used[ZF_POOL];
	size_t n;
};

static voidpf
pool_alloc(voidpf opaque, uInt items, uInt size)
{
	struct zf_pool *pl = opaque;
	size_t want = (size_t)items * size;
	for (size_t i = 0; i < pl->n; i++)
		if (!pl->used[i] && pl->size[i] == want) {
			pl->used[i] = 1;
			return pl->p[i];
		}
	if (pl->n == ZF_POOL)
		return Z_NULL;
	pl->p[pl->n] = xmalloc(want);
	pl->size[pl->n] = want;
	pl->used[pl->n] = 1;
	return pl->p[pl->n++];
}

static void
pool_free(voidpf opaque, voidpf address)
{
	struct zf_pool *pl = opaque;
	for (size_t i = 0; i < pl->n; i++)
		if (pl->p[i] == address)
			pl->used[i] = 0;
}

/* A worker's own buffers. */
struct zf_work {
	struct zf_pool pool;
	unsigned char in[ZF_CHUNK];
	struct buf out;		/* the entry's bytes as written */
};

/* Whether name is ASCII (0), UTF-8 (1) or neither (-1), as libzip told
 * them apart: a control character but tab, CR and LF is not ASCII. */
static int
name_encoding(const char *name, size_t len)
{
	const unsigned char *s = (const unsigned char *)name;
	int utf8 = 0;
	for (size_t i = 0; i < len; i++) {
		if ((s[i] > 31 && s[i] < 128) || s[i] == '\r' || s[i] == '\n' ||
		    s[i] == '\t')
			continue;
		size_t more = (s[i] & 0xe0) == 0xc0 ? 1 : (s[i] & 0xf0) == 0xe0 ?
		    2 : (s[i] & 0xf8) == 0xf0 ? 3 : 0;
		if (more == 0 || more >= len - i)
			return -1;
		for (size_t j = 1; j <= more; j++)
			if ((s[i + j] & 0xc0) != 0x80)
				return -1;
		i += more;
		utf8 = 1;
	}
	return utf8;
}

/* Where an entry is read from, and how far. */
struct zf_src {
	const struct zipfile_entry *e;
	int fd;
	uint64_t at;
};

/* Up to ZF_CHUNK bytes of s into to, fewer only at its end, as fread
 * gave them to libzip. Returns the count, or -1 with errno set. */
static ssize_t
src_read(struct zf_src *s, unsigned char *to)
{
	size_t got = 0;
	if (s->e->data != NULL) {
		got = s->e->len - s->at < ZF_CHUNK ? s->e->len - s->at :
		    ZF_CHUNK;
		memcpy(to, (const unsigned char *)s->e->data + s->at, got);
		s->at += got;
		return (ssize_t)got;
	}
	while (got < ZF_CHUNK) {
		ssize_t r = pread(s->fd, to + got, ZF_CHUNK - got, (off_t)s->at);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
		s->at += (uint64_t)r;
	}
	return (ssize_t)got;
}

/* Deflates all of s into w->out, as libzip fed zlib: each read with no
 * flush, then an empty one to finish. Sets r's sizes, crc and method.
 * Returns 0, or an errno. */
static int
zf_deflate(struct zf_work *w, struct zf_src *s, struct zf_done *r)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	z.zalloc = pool_alloc;
	z.zfree = pool_free;
	z.opaque = &w->pool;
	if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS,
	    MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK)
		return ENOMEM;
	w->out.len = 0;
	r->crc = (uint32_t)crc32(0, Z_NULL, 0);
	r->usize = 0;
	size_t reads = 0;
	int err = 0, ret = Z_OK;
	while (ret != Z_STREAM_END) {
		ssize_t n = src_read(s, w->in);
		if (n < 0) {
			err = errno;
			break;
		}
		reads += n > 0;
		r->crc = (uint32_t)crc32(r->crc, w->in, (uInt)n);
		r->usize += (uint64_t)n;
		z.next_in = w->in;
		z.avail_in = (uInt)n;
		do {
			buf_reserve(&w->out, ZF_CHUNK);
			z.next_out = (Bytef *)w->out.data + w->out.len;
			z.avail_out = ZF_CHUNK;
			ret = deflate(&z, n == 0 ? Z_FINISH : Z_NO_FLUSH);
			w->out.len += ZF_CHUNK - z.avail_out;
		} while (z.avail_out == 0 && ret != Z_STREAM_END);
	}
	deflateEnd(&z);
	r->csize = w->out.len;
	r->method = Z_DEFLATED;
	if (err == 0 && reads <= 1 && r->csize <= ZF_CHUNK &&
	    r->usize <= r->csize) {
		/* The one read is still in w->in. */
		w->out.len = 0;
		buf_add(&w->out, w->in, (size_t)r->usize);
		r->csize = r->usize;
		r->method = 0;
	}
	return err;
}

/* Reads and deflates entry e into w->out and r (all but its offset).
 * Returns 0, or an errno. */
static int
zf_make(struct zf_work *w, const struct zipfile_entry *e, struct zf_done *r)
{
	size_t len = strlen(e->name);
	int enc = len > ZF_U16 ? -1 : name_encoding(e->name, len);
	if (enc < 0)
		return EINVAL;
	struct zf_src s = { e, e->fd, 0 };
	if (e->data == NULL && e->path != NULL &&
	    (s.fd = openat(e->dir, e->path, O_RDONLY | O_CLOEXEC)) < 0)
		return errno;
	int err = zf_deflate(w, &s, r);
	if (e->data == NULL && e->path != NULL)
		close(s.fd);
	r->flags = (uint16_t)((r->method != 0 ? ZF_GPBF_MAX : 0) |
	    (enc > 0 ? ZF_GPBF_UTF8 : 0));
	/* libzip wrote the local header first as if the entry were stored,
	 * and gave up when the deflated entry needed zip64 and that did
	 * not. */
	if (err == 0 && r->usize < ZF_U32 && r->csize >= ZF_U32)
		err = EFBIG;
	return err;
}

static void
put16(struct buf *b, uint64_t v)
{
	unsigned char x[2] = { (unsigned char)v, (unsigned char)(v >> 8) };
	buf_add(b, x, 2);
}

static void
put32(struct buf *b, uint64_t v)
{
	put16(b, v & 0xffff);
	put16(b, (v >> 16) & 0xffff);
}

static void
put64(struct buf *b, uint64_t v)
{
	put32(b, v & ZF_U32);
	put32(b, v >> 32);
}

static uint64_t
clamp32(uint64_t v)
{
	return v < ZF_U32 ? v : ZF_U32;
}

/* An entry's header, local or central, with its name and its zip64
 * field as libzip wrote them: the field is there when a size (or, in the
 * central directory, the offset) reaches 0xffffffff, and holds the
 * values past it. */
static void
put_header(struct buf *b, const struct zf_writer *zw, const char *name,
    const struct zf_done *r, int central)
{
	int zip64 = r->usize >= ZF_U32 || r->csize >= ZF_U32 ||
	    (central && r->offset >= ZF_U32);
	int needed64 = r->usize >= ZF_U32 || r->csize >= ZF_U32;
	struct buf ef = BUF_INIT;
	if (zip64 && !central && (r->usize > ZF_U32 || r->csize > ZF_U32)) {
		put64(&ef, r->usize);
		put64(&ef, r->csize);
	} else if (zip64 && central && (r->usize > ZF_U32 ||
	    r->csize > ZF_U32 || r->offset > ZF_U32)) {
		if (r->usize >= ZF_U32)
			put64(&ef, r->usize);
		if (r->csize >= ZF_U32)
			put64(&ef, r->csize);
		if (r->offset >= ZF_U32)
			put64(&ef, r->offset);
	}
	put32(b, central ? 0x02014b50 : 0x04034b50);
	if (central)
		put16(b, ZF_MADE_BY);
	put16(b, zip64 || needed64 ? ZF_NEEDED64 : ZF_NEEDED);
	put16(b, r->flags);
	put16(b, r->method);
	put16(b, zw->time);
	put16(b, zw->date);
	put32(b, r->crc);
	int both = !central && needed64;
	put32(b, both ? ZF_U32 : clamp32(r->csize));
	put32(b, both ? ZF_U32 : clamp32(r->usize));
	put16(b, strlen(name));
	put16(b, zip64 ? ef.len + 4 : 0);
	if (central) {
		put16(b, 0);	/* comment */
		put16(b, 0);	/* disk */
		put16(b, 0);	/* internal attributes */
		put32(b, ZF_EXT_ATTR);
		put32(b, clamp32(r->offset));
	}
	buf_puts(b, name);
	if (zip64) {
		put16(b, 1);
		put16(b, ef.len);
		buf_add(b, ef.data, ef.len);
	}
	buf_free(&ef);
}

/* Writes len bytes of data at off. Returns 0, or an errno. */
static int
write_at(int fd, const void *data, size_t len, uint64_t off)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = pwrite(fd, p, len, (off_t)off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		p += n;
		len -= (size_t)n;
		off += (uint64_t)n;
	}
	return 0;
}

/* Writes entry name, made into w and r, at r->offset. Returns the bytes
 * written through *len, and 0 or an errno. */
static int
zf_put(const struct zf_writer *zw, struct zf_work *w, const char *name,
    const struct zf_done *r, uint64_t *len)
{
	struct buf head = BUF_INIT;
	put_header(&head, zw, name, r, 0);
	int err = write_at(zw->fd, head.data, head.len, r->offset);
	if (err == 0)
		err = write_at(zw->fd, w->out.data, w->out.len, r->offset +
		    head.len);
	*len = head.len + w->out.len;
	buf_free(&head);
	return err;
}

/* One entry: made while others are, written in its turn. Returns 0 when
 * the writer has failed, else 1. */
static int
zf_one(struct zf_writer *zw, struct zf_work *w, size_t i)
{
	struct zipfile_entry e;
	struct zf_done r;
	memset(&r, 0, sizeof r);
	zw->entry(zw->ctx, i, &e);
	int made = zf_make(w, &e, &r), err = made;
	pthread_mutex_lock(&zw->lock);
	while (zw->next_write != i && zw->err == 0)
		pthread_cond_wait(&zw->turn, &zw->lock);
	int going = zw->err == 0;
	r.offset = zw->offset;
	pthread_mutex_unlock(&zw->lock);
	uint64_t len = 0;
	if (going && err == 0)
		err = zf_put(zw, w, e.name, &r, &len);
	pthread_mutex_lock(&zw->lock);
	if (going && err != 0) {
		zw->err = err;
		zw->failed = made != 0 ? e.name : NULL;
	} else if (going) {
		zw->done[i] = r;
		zw->offset += len;
		zw->next_write++;
	}
	pthread_cond_broadcast(&zw->turn);
	going = zw->err == 0;
	pthread_mutex_unlock(&zw->lock);
	return going;
}

static void *
zf_worker(void *arg)
{
	struct zf_writer *zw = arg;
	struct zf_work *w = xcalloc(1, sizeof *w);
	for (;;) {
		pthread_mutex_lock(&zw->lock);
		size_t i = zw->err != 0 ? zw->count : zw->next_claim++;
		pthread_mutex_unlock(&zw->lock);
		if (i >= zw->count || !zf_one(zw, w, i))
			break;
	}
	for (size_t i = 0; i < w->pool.n; i++)
		free(w->pool.p[i]);
	buf_free(&w->out);
	free(w);
	return NULL;
}

/* The central directory and its end, after the entries. Returns 0, or an
 * errno. */
static int
zf_directory(struct zf_writer *zw)
{
	struct buf b = BUF_INIT;
	uint64_t start = zw->offset, at = start;
	int zip64 = zw->count > ZF_U16 || start > ZF_U32, err = 0;
	for (size_t i = 0; i < zw->count && err == 0; i++) {
		struct zipfile_entry e;
		const struct zf_done *r = &zw->done[i];
		zw->entry(zw->ctx, i, &e);
		put_header(&b, zw, e.name, r, 1);
		zip64 |= r->usize >= ZF_U32 || r->csize >= ZF_U32 ||
		    r->offset >= ZF_U32;
		if (b.len >= 16 * ZF_CHUNK || i + 1 == zw->count) {
			err = write_at(zw->fd, b.data, b.len, at);
			at += b.len;
			b.len = 0;
		}
	}
	uint64_t size = at - start, n = zw->count;
	if (zip64) {
		put32(&b, 0x06064b50);
		put64(&b, 56 - 12);
		put16(&b, ZF_NEEDED64);
		put16(&b, ZF_NEEDED64);
		put32(&b, 0);
		put32(&b, 0);
		put64(&b, n);
		put64(&b, n);
		put64(&b, size);
		put64(&b, start);
		put32(&b, 0x07064b50);
		put32(&b, 0);
		put64(&b, start + size);
		put32(&b, 1);
	}
	put32(&b, 0x06054b50);
	put32(&b, 0);
	put16(&b, n >= ZF_U16 ? ZF_U16 : n);
	put16(&b, n >= ZF_U16 ? ZF_U16 : n);
	put32(&b, clamp32(size));
	put32(&b, clamp32(start));
	put16(&b, 0);		/* comment */
	if (err == 0)
		err = write_at(zw->fd, b.data, b.len, at);
	buf_free(&b);
	return err;
}

int
zipfile_write(int fd, size_t count, zipfile_entry_fn entry, void *ctx,
    uint16_t dos_time, uint16_t dos_date, const char **failed)
{
	struct zf_writer zw;
	memset(&zw, 0, sizeof zw);
	zw.fd = fd;
	zw.count = count;
	zw.entry = entry;
	zw.ctx = ctx;
	zw.time = dos_time;
	zw.date = dos_date;
	zw.done = xcalloc(count + 1, sizeof *zw.done);
	pthread_mutex_init(&zw.lock, NULL);
	pthread_cond_init(&zw.turn, NULL);
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t n = cpus < 1 ? 1 : cpus > ZF_MAX_WORKERS ? ZF_MAX_WORKERS :
	    (size_t)cpus;
	pthread_t tid[ZF_MAX_WORKERS];
	size_t started = 0;
	/* This thread is a worker too. */
	while (started + 1 < n && started + 1 < count &&
	    pthread_create(&tid[started], NULL, zf_worker, &zw) == 0)
		started++;
	zf_worker(&zw);
	for (size_t i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	int err = zw.err != 0 ? zw.err : zf_directory(&zw);
	*failed = zw.err != 0 ? zw.failed : NULL;
	pthread_cond_destroy(&zw.turn);
	pthread_mutex_destroy(&zw.lock);
	free(zw.done);
	errno = err;
	return err == 0 ? 0 : -1;
}
