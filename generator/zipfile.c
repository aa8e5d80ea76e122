/* zipfile.c: the parallel half of writing a zip: entries read and
 * deflated on whichever processor is free, then given in order to
 * minizip, which writes the zip itself. */
#include "zipfile.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <zlib.h>
#include <zip.h>

#include "buf.h"
#include "xalloc.h"

/* Read from an entry's source at a time; an entry that fits is stored
 * when deflating does not make it smaller. */
#define ZF_CHUNK 65536
/* stdio's buffer for the zip: minizip writes a header a few bytes at a
 * time, then goes back for its sizes. */
#define ZF_OUTBUF (256 * 1024)
#define ZF_MAX_WORKERS 8
#define ZF_BIG 0xffffffffu	/* a size from here on needs zip64 */
#define ZF_U16 0xffffu
#define ZF_UTF8 0x0800		/* general purpose bit 11 */
#define ZF_MADE_BY ((3 << 8) | 45)	/* Unix, zip 4.5 (zip64) */
#define ZF_EXT_ATTR 0x81b60000u	/* a regular file, rw-rw-rw- */
/* zlib's allocations a worker keeps: deflateInit2 makes five. */
#define ZF_POOL 8

/* The archive being written, shared by the workers under lock; the one
 * whose entry is next (next_write) alone calls minizip. */
struct zf_writer {
	zipFile zip;
	int fd;
	size_t count;
	zipfile_entry_fn entry;
	void *ctx;
	uLong dos_date;		/* date << 16 | time, as minizip takes it */
	pthread_mutex_t lock;
	pthread_cond_t turn;	/* next_write moved, or err set */
	size_t next_claim, next_write;
	int err;		/* errno of the first failure, or 0 */
	const char *failed;	/* its entry's name, or NULL for fd */
};

/* minizip's file: a copy of fd, which minizip's fclose leaves open,
 * through stdio's buffer. */
static voidpf ZCALLBACK
zf_open(voidpf opaque, const void *filename, int mode)
{
	int fd = fcntl(*(const int *)opaque, F_DUPFD_CLOEXEC, 0);
	FILE *f = fd < 0 ? NULL : fdopen(fd, "wb");
	if (f == NULL && fd >= 0)
		close(fd);
	if (f != NULL)
		setvbuf(f, NULL, _IOFBF, ZF_OUTBUF);
	return f;
}

/*
 * Debian's minizip (1.1) writes the zip64 end records only when the
 * central directory starts past 4 GB: for more than 65,535 entries it
 * leaves an end record that says 0xffff with no zip64 record after it,
 * which unzip and libzip (PHP's ZipArchive, so Moodle) refuse. zlib's
 * later minizip writes them for the count too, as the format asks. When
 * minizip has not, they go in before the end record of the zip in fd
 * (of count entries), as it would have written them. Returns 0, or an
 * errno.
 */
static int
zf_zip64_end(int fd, size_t count)
{
	unsigned char end[42], rec[56 + 20 + 22], *p = rec;
	struct stat st;
	if (count <= ZF_U16)
		return 0;
	if (fstat(fd, &st) != 0)
		return errno;
	ssize_t got = st.st_size < (off_t)sizeof end ? 0 : pread(fd, end,
	    sizeof end, st.st_size - (off_t)sizeof end);
	if (got != (ssize_t)sizeof end)
		return got < 0 ? errno : EIO;
	const unsigned char *eocd = end + 20, *cd = eocd + 12;
	if (memcmp(end, "PK\6\7", 4) == 0)	/* minizip wrote them */
		return 0;
	if (memcmp(eocd, "PK\5\6", 4) != 0)
		return EIO;
	uint64_t at = (uint64_t)st.st_size - 22;
	/* The zip64 end record (its size past the first 12 bytes, zip 4.5
	 * made and needed, disks, the count twice, the central directory's
	 * size and start), then its locator. */
	const uint64_t v[] = { 0x06064b50, 56 - 12, 45, 45, 0, count, count,
	    cd[0] | cd[1] << 8 | cd[2] << 16 | (uint64_t)cd[3] << 24,
	    cd[4] | cd[5] << 8 | cd[6] << 16 | (uint64_t)cd[7] << 24,
	    0x07064b50, 0, at, 1 };
	const int width[] = { 4, 8, 2, 2, 8, 8, 8, 8, 8, 4, 4, 8, 4 };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		for (int b = 0; b < width[i]; b++)
			*p++ = (unsigned char)(v[i] >> (8 * b));
	memcpy(p, eocd, 22);
	ssize_t put = pwrite(fd, rec, sizeof rec, (off_t)at);
	return put == (ssize_t)sizeof rec ? 0 : put < 0 ? errno : EIO;
}

/* zlib's memory for one worker, kept from one entry to the next, so each
 * entry gets a new deflate stream without allocating one: a stream that
 * is only reset can choose other matches near an entry's end (from the
 * last entry's bytes past the end of its window), and which entry a
 * worker did last changes from run to run. */
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
	struct buf out;		/* the entry's bytes as they go in the zip */
};

/* An entry made, as minizip's raw mode takes it with the bytes. */
struct zf_made {
	uint64_t usize;
	uint32_t crc;
	int method;		/* Z_DEFLATED, or 0: stored */
	int utf8;		/* the name has other than ASCII */
};

/* Whether name is ASCII (0), UTF-8 (1) or neither (-1): a control
 * character but tab, CR and LF is not taken for ASCII. */
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

/* Up to ZF_CHUNK bytes of s into to, fewer only at its end. Returns the
 * count, or -1 with errno set. */
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

/* Deflates all of s (raw: no zlib header) into w->out and sets r's size
 * and crc. Returns 0, or an errno. */
static int
zf_deflate(struct zf_work *w, struct zf_src *s, struct zf_made *r)
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
	int err = 0, ret = Z_OK;
	while (ret != Z_STREAM_END) {
		ssize_t n = src_read(s, w->in);
		if (n < 0) {
			err = errno;
			break;
		}
		r->crc = (uint32_t)crc32(r->crc, w->in, (uInt)n);
		r->usize += (uint64_t)n;
		z.next_in = w->in;
		z.avail_in = (uInt)n;
		do {
			buf_reserve(&w->out, ZF_CHUNK);
			z.next_out = (Bytef *)w->out.data + w->out.len;
			z.avail_out = ZF_CHUNK;
			ret = deflate(&z, n < ZF_CHUNK ? Z_FINISH : Z_NO_FLUSH);
			w->out.len += ZF_CHUNK - z.avail_out;
		} while (z.avail_out == 0 && ret != Z_STREAM_END);
	}
	deflateEnd(&z);
	r->method = Z_DEFLATED;
	return err;
}

/* Reads entry e into w->out and r, deflated or stored. Returns 0, or an
 * errno. */
static int
zf_make(struct zf_work *w, const struct zipfile_entry *e, struct zf_made *r)
{
	size_t len = strlen(e->name);
	int enc = len > ZF_U16 ? -1 : name_encoding(e->name, len);
	if (enc < 0)
		return EINVAL;
	r->utf8 = enc;
	struct zf_src s = { e, e->fd, 0 };
	int opened = e->data == NULL && e->path != NULL;
	if (opened && (s.fd = openat(e->dir, e->path, O_RDONLY |
	    O_CLOEXEC)) < 0)
		return errno;
	int err = zf_deflate(w, &s, r);
	/* An entry that came in one read is still in w->in. */
	if (err == 0 && r->usize < ZF_CHUNK && w->out.len >= r->usize) {
		w->out.len = 0;
		buf_add(&w->out, w->in, (size_t)r->usize);
		r->method = 0;
	}
	if (opened)
		close(s.fd);
	return err;
}

/* Gives the entry made into w and r to minizip, raw: its headers say
 * what r does, and its bytes are w->out as they are. Returns 0, or an
 * errno. */
static int
zf_put(struct zf_writer *zw, struct zf_work *w, const char *name,
    const struct zf_made *r)
{
	zip_fileinfo fi;
	memset(&fi, 0, sizeof fi);
	errno = 0;
	fi.dosDate = zw->dos_date;
	fi.external_fa = ZF_EXT_ATTR;
	int big = r->usize >= ZF_BIG || w->out.len >= ZF_BIG;
	int ok = zipOpenNewFileInZip4_64(zw->zip, name, &fi, NULL, 0, NULL, 0,
	    NULL, r->method, r->method != 0 ? Z_BEST_COMPRESSION : 0, 1,
	    -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY, NULL, 0, ZF_MADE_BY,
	    r->utf8 ? ZF_UTF8 : 0, big) == ZIP_OK;
	/* minizip takes the bytes an unsigned int at a time. */
	for (size_t at = 0; ok && at < w->out.len; at += 1u << 30) {
		size_t n = w->out.len - at < 1u << 30 ? w->out.len - at :
		    1u << 30;
		ok = zipWriteInFileInZip(zw->zip, w->out.data + at,
		    (unsigned)n) == ZIP_OK;
	}
	ok = ok && zipCloseFileInZipRaw64(zw->zip, r->usize, r->crc) ==
	    ZIP_OK;
	return ok ? 0 : errno != 0 ? errno : EIO;
}

/* One entry: made while others are, given to minizip in its turn.
 * Returns 0 when the writer has failed, else 1. */
static int
zf_one(struct zf_writer *zw, struct zf_work *w, size_t i)
{
	struct zipfile_entry e;
	struct zf_made r;
	memset(&r, 0, sizeof r);
	zw->entry(zw->ctx, i, &e);
	int made = zf_make(w, &e, &r), err = made;
	pthread_mutex_lock(&zw->lock);
	while (zw->next_write != i && zw->err == 0)
		pthread_cond_wait(&zw->turn, &zw->lock);
	int going = zw->err == 0;
	pthread_mutex_unlock(&zw->lock);
	if (going && err == 0)
		err = zf_put(zw, w, e.name, &r);
	pthread_mutex_lock(&zw->lock);
	if (going && err != 0) {
		zw->err = err;
		zw->failed = made != 0 ? e.name : NULL;
	} else if (going) {
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
	zw.dos_date = (uLong)dos_date << 16 | dos_time;
	zlib_filefunc64_def io;
	fill_fopen64_filefunc(&io);
	io.zopen64_file = zf_open;
	io.opaque = &zw.fd;
	*failed = NULL;
	errno = 0;
	if ((zw.zip = zipOpen2_64("", APPEND_STATUS_CREATE, NULL, &io)) ==
	    NULL) {
		errno = errno != 0 ? errno : ENOMEM;
		return -1;
	}
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
	pthread_cond_destroy(&zw.turn);
	pthread_mutex_destroy(&zw.lock);
	/* Closed after a failure too, to free what minizip holds. */
	errno = 0;
	int closed = zipClose(zw.zip, NULL);
	int err = zw.err != 0 ? zw.err : closed != ZIP_OK ?
	    (errno != 0 ? errno : EIO) : zf_zip64_end(fd, count);
	*failed = zw.failed;
	errno = err;
	return err == 0 ? 0 : -1;
}
