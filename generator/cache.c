/* cache.c: the content cache: each content file's small model and
 * messages, written by one build and read back by the next. */
#define _GNU_SOURCE	/* madvise, copy_file_range */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "pack_image.h"
#include "xalloc.h"

/* The first bytes of a cache; a new layout gets a new number. The
 * program's own file is in the key too, so a cache is only ever read
 * by the program that wrote it, in its own byte order and sizes. */
#define CACHE_HEAD "sharepack-cache 6\n"

/*
 * The layout: CACHE_HEAD, the key and the count of entries (uint64_t
 * each), then the table, a record per entry, then the entries, sorted
 * by path, each right after the one before. An entry is its path
 * (put_str), its file's stamp, the item's image (pack_image.h: the
 * item's own block, one copy to take back) with its length, and its
 * notes; its record says where it ends and
 * its path's hash, so that opening reads the table, not every entry
 * (19 ms at 100,000 items). Each entry's bytes are checked as they are
 * read, when it is looked up: the file is not this program's to trust.
 * What follows the last entry, to the end of the file, is the content
 * folder's listing (below).
 */
struct cache_rec {
	uint64_t hash;		/* path_hash of the entry's path */
	uint64_t end;		/* the offset in the file of its end */
};

#define CACHE_TABLE (sizeof CACHE_HEAD - 1 + 2 * sizeof(uint64_t))

/* The item made from an entry, with what may change in it after: an
 * item whose lint has not run since is the entry again, byte for byte,
 * and cache_write copies the entry rather than encode the item. */
struct cache_got {
	const struct item *it;	/* or NULL */
	const struct diag_note *lint_notes;
	uint64_t stamp;
	int linted;
};

/* A slot of the path index: open addressing with linear probing. */
struct cache_slot {
	uint32_t hash;		/* the path's hash's low bits */
	uint32_t entry;		/* its index, plus 1; 0: empty */
};

/*
 * The mapping's pages are given back (madvise) a piece of CACHE_CHUNK
 * bytes at a time as soon as no entry in the piece is needed again: as
 * the table is read and as entries are recalled (cache_write reads no
 * entry but to place an item that was not recalled), so that a rebuild
 * holds no more of the old cache than the pieces being read, not the
 * whole file beside the whole model (issue 14: 35 MB at 100,000 items).
 * Pages given back read the same again if touched: the file is never
 * written in place (cache_write renames a new one over it).
 */
struct cache {
	void *map;
	size_t len;
	int fd;			/* the file, for copying runs of entries */
	size_t count;
	size_t first;		/* where entry 0 starts: after the table */
	struct cache_got *got;	/* count; each set by the one thread that
				 * recalls its entry */
	struct cache_slot *slots;	/* the entries by path */
	size_t mask;		/* slots' count, less 1 */
	atomic_uint *left;	/* per piece of the mapping: the entries in
				 * it (in part or whole) not yet recalled */
	const char *listing;	/* the listing's section, in the mapping */
	size_t listing_len;
};

/* Entry i's record, which cache_open found in order and in the file. */
static struct cache_rec
rec_at(const struct cache *c, size_t i)
{
	struct cache_rec r;
	memcpy(&r, (const char *)c->map + CACHE_TABLE + i * sizeof r, sizeof r);
	return r;
}

/* Where entry i starts and (*to) ends in c's file. */
static size_t
entry_at(const struct cache *c, size_t i, size_t *to)
{
	*to = (size_t)rec_at(c, i).end;
	return i == 0 ? c->first : (size_t)rec_at(c, i - 1).end;
}

/* Bytes read from, in a mapping that may be anything: each read checks
 * there is room, and a short one marks the whole entry bad. */
struct reader {
	const char *p, *end;
	int bad;
};

static void
get(struct reader *r, void *v, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = 1;
		memset(v, 0, n);
		return;
	}
	memcpy(v, r->p, n);
	r->p += n;
}

/* A string put_str wrote, borrowed from the mapping, or NULL. */
static const char *
peek_str(struct reader *r)
{
	uint32_t n;
	get(r, &n, sizeof n);
	if (r->bad || n == UINT32_MAX)
		return NULL;
	if ((size_t)(r->end - r->p) <= n || r->p[n] != '\0') {
		r->bad = 1;
		return NULL;
	}
	const char *s = r->p;
	r->p += (size_t)n + 1;
	return s;
}

/* A reader of entry i of c, past its path (*path, NULL when the entry
 * has none: bad). */
static struct reader
entry_reader(const struct cache *c, size_t i, const char **path)
{
	size_t to, from = entry_at(c, i, &to);
	struct reader r = { (const char *)c->map + from,
	    (const char *)c->map + to, 0 };
	*path = peek_str(&r);
	r.bad |= *path == NULL;
	return r;
}

static uint64_t
path_hash(const char *path, size_t len)
{
	return buf_hash(BUF_HASH_SEED, path, len);
}

/* The content folder's listing, a section of its own (below). */
struct writer;
static void put_listing(struct writer *w, const struct cache *old,
    const struct pack *p);
static int listing_same(const struct cache *old, const struct pack *p);

/* ---- writing ---- */

static void
put_u64(struct buf *b, uint64_t v)
{
	buf_add(b, &v, sizeof v);
}

static void
put_int(struct buf *b, int v)
{
	buf_add(b, &v, sizeof v);
}

/* A string, or NULL (length UINT32_MAX), with its NUL. */
static void
put_str(struct buf *b, const char *s)
{
	uint32_t n = s != NULL ? (uint32_t)strlen(s) : UINT32_MAX;
	buf_add(b, &n, sizeof n);
	if (s != NULL)
		buf_add(b, s, (size_t)n + 1);
}

static void
put_note(struct buf *b, const struct diag_note *n)
{
	put_int(b, n != NULL);
	if (n == NULL)
		return;
	put_int(b, n->errors);
	put_int(b, n->warnings);
	put_int(b, n->system_errors);
	put_int(b, n->silenced);
	put_u64(b, n->len);
	buf_add(b, n->text, n->len);
}

/* Whether every position of it is in its own file, so that reading it
 * back can point them at its path. */
static int
own_positions(const struct item *it)
{
	/* Audience and include are in its file by their making (struct
	 * item_list). */
	const struct strlist *lists[] = { &it->ext->people,
	    &it->ext->principles };
	int ok = it->pos.path == it->path;
	for (size_t i = 0; i < it->ext->rules.count; i++)
		ok &= it->ext->rules.pos[i].path == it->path;
	for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
		for (size_t i = 0; i < lists[l]->count; i++)
			ok &= lists[l]->pos[i].path == it->path;
	return ok;
}

/* Whether it can be kept: read from a file and checked in full in a
 * way a later build can trust (see cache.h). */
static int
keepable(const struct item *it)
{
	return it->source_hash != 0 && it->checked && it->doc == NULL &&
	    it->settled && it->kind != ITEM_SCENARIO &&
	    it->kind != ITEM_UNKNOWN &&
	    it->stamp_old && own_positions(it);
}

/* The cache file being written. Its table and entries are written
 * at their places as they are made (the count is known first), in large
 * pieces (stdio's would be 4 KiB); a run of old's entries that lie
 * together and are kept as they were is copied from old's file in one
 * call, not through out. */
struct writer {
	int fd;
	struct buf out;		/* entries made, to go at at */
	size_t at;		/* where out goes in the file */
	size_t end;		/* where the entry after the last given ends:
				 * at, out and the run */
	struct buf table;	/* records made, to go as record table_at */
	size_t table_at;
	size_t run_from, run_to;	/* old's bytes to copy to at; none
				 * when equal */
	int failed;
};

/* The size of the pieces of the mapping given back (a whole number of
 * pages). */
#define CACHE_CHUNK ((size_t)1 << 18)

/* What the writer holds of entries, and of the table, before writing it
 * out: small enough that its buffers stay in the few pages they first
 * touched (a one-file rebuild at 10,000 items: a 160 KB table, 50 page
 * faults fewer than in pieces of CACHE_CHUNK), large enough that the
 * writes are few (560 for a cache of 35 MB). */
#define CACHE_FLUSH ((size_t)1 << 16)

/* Gives back the pages of c's mapping from *released up to at (rounded
 * down to a piece), which the caller is past; *released: how far they
 * are given back. */
static void
release_to(const struct cache *c, size_t at, size_t *released)
{
	at -= at % CACHE_CHUNK;
	if (at > *released) {
		madvise((char *)c->map + *released, at - *released,
		    MADV_DONTNEED);
		*released = at;
	}
}

/* Writes n bytes at p to w's file at offset off. */
static void
put_at(struct writer *w, const char *p, size_t n, size_t off)
{
	while (n > 0 && !w->failed) {
		ssize_t k = pwrite(w->fd, p, n, (off_t)off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			w->failed = 1;
			break;
		}
		p += k;
		n -= (size_t)k;
		off += (size_t)k;
	}
}

/* Writes out what w holds of entries and of the table once there is
 * more than above of it. */
static void
flush_out(struct writer *w)
{
	put_at(w, w->out.data, w->out.len, w->at);
	w->at += w->out.len;
	w->out.len = 0;
}

static void
flush(struct writer *w, size_t above)
{
	if (w->out.len > above)
		flush_out(w);
	if (w->table.len > above) {
		put_at(w, w->table.data, w->table.len, CACHE_TABLE +
		    w->table_at * sizeof(struct cache_rec));
		w->table_at += w->table.len / sizeof(struct cache_rec);
		w->table.len = 0;
	}
}

/* Copies the run of old's entries w holds to its place. The kernel
 * copies between the files: the old mapping's pages are not touched. */
static void
flush_run(struct writer *w, const struct cache *old)
{
	size_t n = w->run_to - w->run_from;
	loff_t in = (loff_t)w->run_from, out = (loff_t)w->at;
	while (n > 0 && !w->failed) {
		ssize_t k = copy_file_range(old->fd, &in, w->fd, &out, n, 0);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		n -= (size_t)k;
	}
	/* What the kernel would not copy (another file system, an old
	 * kernel) is written from the mapping. */
	put_at(w, (const char *)old->map + in, n, (size_t)out);
	w->at += w->run_to - w->run_from;
	w->run_from = w->run_to = 0;
}

/* The entry of path that ends at w->end: its record. */
static void
put_rec(struct writer *w, const char *path)
{
	struct cache_rec r = { path_hash(path, strlen(path)), w->end };
	buf_add(&w->table, &r, sizeof r);
}

/* Writes it's entry, made in e (emptied): its path, its file's stamp,
 * its image (pack_image.h) and its notes. */
static void
put_item(struct writer *w, const struct cache *old, const struct item *it,
    struct buf *e)
{
	if (w->run_to != w->run_from)
		flush_run(w, old);
	e->len = 0;
	put_str(e, it->path);
	put_u64(e, it->stamp);
	size_t at = e->len;
	put_u64(e, 0);
	/* Kept items are settled and of the kinds an image holds
	 * (keepable). */
	pack_image_put(it, e);
	uint64_t n = e->len - at - sizeof n;
	memcpy(e->data + at, &n, sizeof n);
	put_note(e, it->ext->load_notes);
	put_note(e, it->ext->notes);
	put_int(e, it->linted);
	put_note(e, it->ext->lint_notes);
	buf_add(&w->out, e->data, e->len);
	w->end += e->len;
	put_rec(w, it->path);
	flush(w, CACHE_FLUSH);
}

/* Bytes from to to of old's file, to be copied next: added to the run
 * when they follow it in old's file. */
static void
run_add(struct writer *w, const struct cache *old, size_t from, size_t to)
{
	if (w->run_to != from || w->run_to == w->run_from) {
		if (w->run_to != w->run_from)
			flush_run(w, old);
		flush_out(w);
		w->run_from = from;
	}
	w->run_to = to;
}

/* old's entry k, as it was, for it: added to the run when it follows
 * it in old's file. */
static void
put_raw(struct writer *w, const struct cache *old, size_t k,
    const struct item *it)
{
	size_t to, from = entry_at(old, k, &to);
	run_add(w, old, from, to);
	w->end += to - from;
	put_rec(w, it->path);
	flush(w, CACHE_FLUSH);
}

static int
compare_paths(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	return strcmp(x->path, y->path);
}

/* Whether it is old's entry at *k as recalled and not changed since.
 * *k moves past the entries before it: both are in path order. An item
 * recalled is known by its address, with its stamp (an address can be
 * another item's by now when old served another load before); the path
 * of an entry is read from old's mapping only when it is not the item
 * recalled from it, to tell which comes first. */
static int
unchanged(const struct cache *old, size_t *k, const struct item *it)
{
	if (old == NULL)
		return 0;
	for (;; (*k)++) {
		while (*k < old->count && old->got[*k].it == NULL)
			(*k)++;
		if (*k == old->count)
			return 0;
		const struct cache_got *g = &old->got[*k];
		if (g->it == it && g->stamp == it->stamp)
			return g->linted == it->linted &&
			    g->lint_notes == it->ext->lint_notes;
		const char *path;
		entry_reader(old, *k, &path);
		if (path == NULL || strcmp(path, it->path) >= 0)
			return 0;
	}
}

/* p's items to keep, sorted by path, into *all (the caller frees it).
 * Returns how many. */
static size_t
kept_items(const struct pack *p, const struct item ***all)
{
	*all = xcalloc(p->count + p->translation_count + 1, sizeof **all);
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		if (keepable(p->items[i]))
			(*all)[n++] = p->items[i];
	for (size_t i = 0; i < p->translation_count; i++)
		if (keepable(p->translations[i]))
			(*all)[n++] = p->translations[i];
	/* Loaded in path order, they most often are in it already: then
	 * one pass, not a sort's many over paths all over memory. */
	size_t sorted = 1;
	while (sorted < n && compare_paths(&(*all)[sorted - 1],
	    &(*all)[sorted]) < 0)
		sorted++;
	if (sorted < n)
		qsort(*all, n, sizeof **all, compare_paths);
	return n;
}

/* Writes the cache to w, one entry at a time: a whole cache in memory
 * would be as large as the model again. An entry for an item recalled
 * from old and not changed since is old's bytes. */
static void
write_entries(struct writer *w, const struct pack *p, const struct item **all,
    size_t n, uint64_t key, const struct cache *old)
{
	struct buf e = BUF_INIT;
	w->at = w->end = CACHE_TABLE + n * sizeof(struct cache_rec);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (unchanged(old, &k, all[i]))
			put_raw(w, old, k++, all[i]);
		else
			put_item(w, old, all[i], &e);
	}
	/* After the last entry, to the end of the file. */
	put_listing(w, old, p);
	if (w->run_to != w->run_from)
		flush_run(w, old);
	flush(w, 0);
	/* The head last: a cache cut short has none. */
	e.len = 0;
	buf_add(&e, CACHE_HEAD, strlen(CACHE_HEAD));
	put_u64(&e, key);
	put_u64(&e, n);
	put_at(w, e.data, e.len, 0);
	buf_free(&e);
}

/* Whether the cache would be old again: the same items, each as
 * recalled. */
static int
same_as(const struct cache *old, const struct item **all, size_t n)
{
	size_t k = 0;
	if (old == NULL || n != old->count)
		return 0;
	for (size_t i = 0; i < n; i++, k++)
		if (!unchanged(old, &k, all[i]))
			return 0;
	return 1;
}

/* A cache written and not yet put in place: tmp, or nothing to put when
 * NULL (the file there is already this cache). */
struct cache_draft {
	char *tmp;
	char *path;
};

struct cache_draft *
cache_prepare(const char *path, const struct pack *p, uint64_t key,
    const struct cache *old)
{
	const struct item **all;
	size_t n = kept_items(p, &all);
	struct cache_draft *d = xcalloc(1, sizeof *d);
	struct writer w = { .fd = -1, .out = BUF_INIT, .table = BUF_INIT };
	/* Nothing changed: the file there is the one this would write. */
	if (same_as(old, all, n) && listing_same(old, p))
		goto out;
	d->tmp = xasprintf("%s.tmp-XXXXXX", path);
	d->path = xstrdup(path);
	w.fd = mkstemp(d->tmp);
	if (w.fd >= 0)
		write_entries(&w, p, all, n, key, old);
	/* Not synced: after a crash, a cache cut short or empty is no
	 * cache (cache_open), and the files are read again. */
	if (w.fd < 0 || (w.failed | close(w.fd)) != 0) {
		if (w.fd >= 0)
			unlink(d->tmp);
		free(d->tmp);
		free(d->path);
		free(d);
		d = NULL;
	}
out:
	buf_free(&w.out);
	buf_free(&w.table);
	free(all);
	return d;
}

int
cache_keep(struct cache_draft *d)
{
	if (d == NULL)
		return -1;
	int rc = d->tmp == NULL ? 0 : rename(d->tmp, d->path);
	if (rc != 0)
		unlink(d->tmp);
	free(d->tmp);
	free(d->path);
	free(d);
	return rc;
}

void
cache_drop(struct cache_draft *d)
{
	if (d == NULL)
		return;
	if (d->tmp != NULL)
		unlink(d->tmp);
	free(d->tmp);
	free(d->path);
	free(d);
}

int
cache_write(const char *path, const struct pack *p, uint64_t key,
    const struct cache *old)
{
	return cache_keep(cache_prepare(path, p, key, old));
}

/* A cache_prepare run on a thread of its own. */
struct cache_preparing {
	const char *path;
	const struct pack *p;
	uint64_t key;
	const struct cache *old;
	struct cache_draft *draft;
	pthread_t thread;
	int threaded;		/* thread runs it; else draft is done */
};

static void *
prepare_work(void *arg)
{
	struct cache_preparing *w = arg;
	w->draft = cache_prepare(w->path, w->p, w->key, w->old);
	return NULL;
}

struct cache_preparing *
cache_prepare_start(const char *path, const struct pack *p, uint64_t key,
    const struct cache *old)
{
	struct cache_preparing *w = xcalloc(1, sizeof *w);
	*w = (struct cache_preparing){ path, p, key, old, NULL, 0, 0 };
	w->threaded = pthread_create(&w->thread, NULL, prepare_work, w) == 0;
	if (!w->threaded)
		prepare_work(w);
	return w;
}

struct cache_draft *
cache_prepare_wait(struct cache_preparing *w)
{
	if (w == NULL)
		return NULL;
	if (w->threaded)
		pthread_join(w->thread, NULL);
	struct cache_draft *d = w->draft;
	free(w);
	return d;
}

/* ---- reading ---- */

static uint64_t
get_u64(struct reader *r)
{
	uint64_t v;
	get(r, &v, sizeof v);
	return v;
}

static int
get_int(struct reader *r)
{
	int v;
	get(r, &v, sizeof v);
	return v;
}

/* A count of things of at least min bytes each that the entry has room
 * for; 0 after marking it bad otherwise. */
static size_t
get_count(struct reader *r, size_t min)
{
	uint64_t n = get_u64(r);
	if (n > (uint64_t)(r->end - r->p) / min) {
		r->bad = 1;
		return 0;
	}
	return (size_t)n;
}

static struct diag_note *
get_note(struct reader *r)
{
	if (!get_int(r))
		return NULL;
	struct diag_note *n = xcalloc(1, sizeof *n);
	n->errors = get_int(r);
	n->warnings = get_int(r);
	n->system_errors = get_int(r);
	n->silenced = get_int(r);
	n->len = get_count(r, 1);
	n->text = xmalloc(n->len + 1);
	get(r, n->text, n->len);
	return n;
}

/* Whether entry i of c is for shown (its length n): its path's length
 * and bytes, and its NUL, as put_str wrote them. */
static int
entry_is(const struct cache *c, size_t i, const char *shown, size_t n)
{
	size_t to, from = entry_at(c, i, &to);
	const char *p = (const char *)c->map + from;
	uint32_t len;
	if (to - from <= sizeof len + n)
		return 0;
	memcpy(&len, p, sizeof len);
	return len == n && memcmp(p + sizeof len, shown, n + 1) == 0;
}

/* The entry for shown (its length n, its hash h), or count: a lookup
 * compares the hash's bits in the slot, then the path in that entry
 * alone, not those of a binary search's, all over the mapping. */
static size_t
find(const struct cache *c, const char *shown, size_t n, uint64_t h)
{
	size_t i = (size_t)(h >> 32) & c->mask;
	for (;; i = (i + 1) & c->mask) {
		const struct cache_slot *s = &c->slots[i];
		if (s->entry == 0)
			return c->count;
		if (s->hash == (uint32_t)h && entry_is(c, s->entry - 1, shown, n))
			return s->entry - 1;
	}
}

/* Calls f with each piece of c's mapping that entry i is in (in part or
 * whole). */
static void
each_piece(const struct cache *c, size_t i,
    void (*f)(const struct cache *, size_t))
{
	size_t to, from = entry_at(c, i, &to);
	for (size_t k = from / CACHE_CHUNK; k <= (to - 1) / CACHE_CHUNK; k++)
		f(c, k);
}

static void
count_in(const struct cache *c, size_t piece)
{
	atomic_fetch_add_explicit(&c->left[piece], 1, memory_order_relaxed);
}

/* One entry of the piece is done with: the last gives its pages back. */
static void
done_in(const struct cache *c, size_t piece)
{
	if (atomic_fetch_sub(&c->left[piece], 1) != 1)
		return;
	size_t at = piece * CACHE_CHUNK;
	madvise((char *)c->map + at, c->len - at < CACHE_CHUNK ? c->len - at :
	    CACHE_CHUNK, MADV_DONTNEED);
}

/* The item entry i holds, if its stamp is now's, else NULL: its image
 * taken back (pack_image_take) into a block carved through t's carver,
 * its notes read as they were written. */
static struct item *
recall(const struct cache *c, size_t i, struct cache_thread *t,
    const struct fs_stamp *now, const char *shown, struct pack_files *files)
{
	const char *path;
	struct reader r = entry_reader(c, i, &path);
	if (get_u64(&r) != pack_stamp_hash(now) || r.bad)
		return NULL;
	size_t n = get_count(&r, 1);
	const char *image = r.p;
	r.p += n;
	struct diag_note *notes[3];
	notes[ITEM_LOAD_NOTES] = get_note(&r);
	notes[ITEM_NOTES] = get_note(&r);
	int linted = get_int(&r) != 0;
	notes[ITEM_LINT_NOTES] = get_note(&r);
	struct item *it = NULL;
	if (!r.bad && r.p == r.end)
		it = pack_image_take(image, n, shown, notes, files, &t->carver);
	if (it == NULL) {
		for (size_t k = 0; k < 3; k++)
			diag_note_free(notes[k]);
		return NULL;
	}
	it->linted = linted;
	pack_set_stamp(it, now, files->started);
	c->got[i] = (struct cache_got){ it, it->ext->lint_notes, it->stamp,
	    it->linted };
	return it;
}

struct item *
cache_recall(const struct cache *c, struct cache_thread *t,
    const struct fs_stamp *now, const char *shown, struct pack_files *files)
{
	if (c == NULL || c->slots == NULL)
		return NULL;
	size_t n = strlen(shown);
	size_t i = t->c == c ? t->next : c->count;
	if (i >= c->count || !entry_is(c, i, shown, n))
		i = find(c, shown, n, path_hash(shown, n));
	if (i == c->count)
		return NULL;
	t->c = c;
	t->next = i + 1;
	struct item *it = recall(c, i, t, now, shown, files);
	/* Each file is looked up once: its entry is not read again before
	 * cache_write (whose walk gives the pages back behind it too). */
	each_piece(c, i, done_in);
	return it;
}

/* Reads c's table (its count of entries after the head): the path
 * index, and how many entries each piece of the mapping holds. -1 when
 * the table is not one: more records than the file has room for, or an
 * entry that does not end after the one before, or past the file. */
static int
index_entries(struct cache *c, uint64_t count)
{
	size_t room = (c->len - CACHE_TABLE) / (sizeof(struct cache_rec) + 6);
	/* An entry is at least a path of one byte (6 bytes). */
	if (count > room || count >= UINT32_MAX)
		return -1;
	c->count = (size_t)count;
	c->first = CACHE_TABLE + c->count * sizeof(struct cache_rec);
	c->got = xcalloc(c->count + 1, sizeof *c->got);
	for (c->mask = 15; c->mask - c->mask / 5 < c->count; )
		c->mask = c->mask * 2 + 1;
	c->slots = xcalloc(c->mask + 1, sizeof *c->slots);
	c->left = xcalloc(c->len / CACHE_CHUNK + 1, sizeof *c->left);
	size_t from = c->first, released = 0;
	for (size_t i = 0; i < c->count; i++) {
		struct cache_rec r = rec_at(c, i);
		if (r.end <= from || r.end > c->len)
			return -1;
		from = (size_t)r.end;
		size_t k = (size_t)(r.hash >> 32) & c->mask;
		while (c->slots[k].entry != 0)
			k = (k + 1) & c->mask;
		c->slots[k] = (struct cache_slot){ (uint32_t)r.hash,
		    (uint32_t)i + 1 };
		each_piece(c, i, count_in);
		release_to(c, CACHE_TABLE + i * sizeof r, &released);
	}
	return 0;
}

/* ---- the content folder's listing ----
 *
 * A section of its own after the last entry: its length (u64; the rest
 * of the file), then the count of the folders (u64; 0: no listing
 * kept), each folder's path (put_str) and stamp (size, mtime, ctime,
 * inode, device: u64 each), the count of files and fs_list_hash of their
 * paths (u64 each), then each
 * path, relative to the content folder, as the bytes it shares with the
 * one before (u16) and the rest (a u16 count, the bytes): 8-9 bytes a
 * file where its whole path would be 28. Written only for a listing with
 * no problems whose folders were old enough when stamped
 * (fs_folders_old) and whose every file became an item (kept here or
 * not: one changed in the build's tick is not), so that the paths are
 * the items' own and need not be held from the load to here.
 */

/* The longest path kept; a listing with a longer one is not kept. */
#define LISTING_MAX_PATH 4096

/* The section's head: the folders, and unless keep is 0, the files'
 * count and hash. */
static void
listing_head(struct buf *b, const struct pack_files *f, int keep)
{
	put_u64(b, keep ? f->listed.count : 0);
	for (size_t i = 0; keep && i < f->listed.count; i++) {
		const struct fs_stamp *st = &f->listed.folders[i].stamp;
		put_str(b, f->listed.folders[i].path);
		put_u64(b, st->size);
		put_u64(b, st->mtime_ns);
		put_u64(b, st->ctime_ns);
		put_u64(b, st->ino);
		put_u64(b, st->dev);
	}
	if (keep) {
		put_u64(b, f->listed.files);
		put_u64(b, f->listed.hash);
	}
}

/* The next item of p made from a content file, in path order (items
 * and translations each are in it, as loaded), *i and *j where the walk
 * is in each; NULL at the end. */
static const struct item *
next_file(const struct pack *p, size_t *i, size_t *j)
{
	while (*i < p->count && p->items[*i]->files == NULL)
		(*i)++;
	while (*j < p->translation_count && p->translations[*j]->files == NULL)
		(*j)++;
	if (*i == p->count && *j == p->translation_count)
		return NULL;
	if (*j == p->translation_count || (*i < p->count &&
	    strcmp(p->items[*i]->path, p->translations[*j]->path) < 0))
		return p->items[(*i)++];
	return p->translations[(*j)++];
}

/* Whether p's items are the files of the listing p was loaded from,
 * every one, in its order: then their paths, below the content folder,
 * are the listing's. */
static int
listing_kept(const struct pack *p)
{
	const struct pack_files *f = &p->files;
	if (f->listed.count == 0)
		return 0;
	uint64_t h = BUF_HASH_SEED;
	size_t i = 0, j = 0, n = 0;
	for (const struct item *it; (it = next_file(p, &i, &j)) != NULL; n++) {
		size_t len = strlen(it->path);
		if (len <= f->shown_len + 1 || it->path[f->shown_len] != '/' ||
		    len - f->shown_len - 1 > LISTING_MAX_PATH)
			return 0;
		h = buf_hash(h, it->path + f->shown_len + 1,
		    len - f->shown_len);
	}
	return n == f->listed.files && h == f->listed.hash;
}

/* How many leading bytes a and b share, up to max. */
static size_t
shared_len(const char *a, const char *b, size_t max)
{
	size_t k = 0;
	while (k < max && a[k] != '\0' && a[k] == b[k])
		k++;
	return k;
}

/* The bytes p's files' paths take in the section, each written to w
 * too unless w is NULL. */
static size_t
listing_paths(struct writer *w, const struct pack *p)
{
	size_t bytes = 0, i = 0, j = 0;
	const char *prev = "";
	for (const struct item *it; (it = next_file(p, &i, &j)) != NULL; ) {
		const char *rel = it->path + p->files.shown_len + 1;
		uint16_t k = (uint16_t)shared_len(prev, rel, LISTING_MAX_PATH);
		uint16_t rest = (uint16_t)strlen(rel + k);
		bytes += 2 * sizeof k + rest;
		if (w != NULL) {
			buf_add(&w->out, &k, sizeof k);
			buf_add(&w->out, &rest, sizeof rest);
			buf_add(&w->out, rel + k, rest);
			flush(w, CACHE_FLUSH);
		}
		prev = rel;
	}
	return bytes;
}

/* Whether old's section is the one p's would be, given keep
 * (listing_kept) and head (listing_head): none in both, or the listing
 * p took from it, whole and with its folders as stamped (a section with
 * the same head that p did not take is damaged). The paths of a listing
 * taken are the ones its section holds, in the only form cache_listing
 * takes (get_paths): its bytes are the ones put_listing would write. */
static int
section_same(const struct cache *old, const struct pack *p, int keep,
    const struct buf *head)
{
	return old != NULL && old->listing != NULL &&
	    (keep ? p->files.listing_recalled : old->listing_len ==
	    head->len) && old->listing_len >= head->len &&
	    memcmp(old->listing, head->data, head->len) == 0;
}

/* Writes the section for p: old's, copied as the entries kept are, when
 * it is the same (a one-file rebuild: 10,000 paths not coded again). */
static void
put_listing(struct writer *w, const struct cache *old, const struct pack *p)
{
	struct buf head = BUF_INIT;
	int keep = listing_kept(p);
	listing_head(&head, &p->files, keep);
	if (section_same(old, p, keep, &head)) {
		size_t from = (size_t)(old->listing - (const char *)old->map);
		run_add(w, old, from - sizeof(uint64_t),
		    from + old->listing_len);
		goto out;
	}
	size_t paths = keep ? listing_paths(NULL, p) : 0;
	if (w->run_to != w->run_from)
		flush_run(w, old);
	put_u64(&w->out, head.len + paths);
	buf_add(&w->out, head.data, head.len);
	if (keep)
		listing_paths(w, p);
out:
	buf_free(&head);
}

/* Whether old's section is the one p's would be (section_same). */
static int
listing_same(const struct cache *old, const struct pack *p)
{
	struct buf head = BUF_INIT;
	int keep = listing_kept(p);
	listing_head(&head, &p->files, keep);
	int same = section_same(old, p, keep, &head);
	buf_free(&head);
	return same;
}

/* Notes where c's section is: after the last entry, to the end of the
 * file; none when its length does not say so. What it holds is read
 * only when asked for (cache_listing). */
static void
listing_find(struct cache *c)
{
	size_t to = c->first;
	if (c->count > 0)
		entry_at(c, c->count - 1, &to);
	struct reader r = { (const char *)c->map + to,
	    (const char *)c->map + c->len, 0 };
	size_t n = get_count(&r, 1);
	if (r.bad || n != (size_t)(r.end - r.p))
		return;
	c->listing = r.p;
	c->listing_len = n;
}

/* The folders of the section at r into f; 0, or -1 when they are not
 * whole or there are none. */
static int
get_folders(struct reader *r, struct fs_folders *f)
{
	size_t n = get_count(r, 4 + 1 + 5 * 8);
	for (size_t i = 0; i < n && !r->bad; i++) {
		struct fs_stamp st;
		const char *path = peek_str(r);
		st.size = get_u64(r);
		st.mtime_ns = get_u64(r);
		st.ctime_ns = get_u64(r);
		st.ino = get_u64(r);
		st.dev = get_u64(r);
		if (path != NULL && !r->bad)
			fs_folders_add(f, path, &st);
		else
			r->bad = 1;
	}
	f->files = get_count(r, 4);
	f->hash = get_u64(r);
	return r->bad || n == 0 ? -1 : 0;
}

/* The next path of the section at r after the one in path (len bytes),
 * into path; its length, or -1 when it is not whole. */
static int
get_path(struct reader *r, char path[LISTING_MAX_PATH + 1], size_t len)
{
	uint16_t k, rest;
	get(r, &k, sizeof k);
	get(r, &rest, sizeof rest);
	/* The bytes shared were the path before's: no NUL; and all it
	 * shares (shared_len), so that the section is the one put_listing
	 * writes, and can be copied as it is. */
	if (r->bad || k > len || (size_t)k + rest > LISTING_MAX_PATH ||
	    (size_t)(r->end - r->p) < rest ||
	    memchr(r->p, '\0', rest) != NULL ||
	    (k < len && rest > 0 && path[k] == r->p[0]))
		return -1;
	memcpy(path + k, r->p, rest);
	r->p += rest;
	path[k + rest] = '\0';
	return k + rest;
}

/* The paths of the section at r into out; 0, or -1 when they are not
 * whole. */
static int
get_paths(struct reader *r, size_t files, struct fs_list *out)
{
	char path[LISTING_MAX_PATH + 1];
	int len = 0;
	out->paths = xcalloc(files + 1, sizeof *out->paths);
	for (size_t i = 0; i < files; i++) {
		if ((len = get_path(r, path, (size_t)len)) < 0)
			return -1;
		out->paths[out->count++] = xstrndup(path, (size_t)len);
	}
	return r->bad || r->p != r->end ? -1 : 0;
}

/* Gives back the whole pages of the mapping the section is on: read
 * once, at the start of a build that holds more and more after. */
static void
listing_release(const struct cache *c)
{
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = ((uintptr_t)c->listing + page - 1) & ~(page - 1);
	uintptr_t to = ((uintptr_t)c->listing + c->listing_len) & ~(page - 1);
	if (to > from)
		madvise((void *)from, to - from, MADV_DONTNEED);
}

int
cache_listing(const struct cache *c, const char *root, const char *suffix,
    const char *skip_prefix, int max_depth, struct fs_list *out,
    struct fs_folders *folders)
{
	*out = (struct fs_list){ NULL, 0, NULL, 0 };
	if (c == NULL || c->listing == NULL)
		return -1;
	struct reader r = { c->listing, c->listing + c->listing_len, 0 };
	/* The folders first: when one changed, the paths are not read. */
	int ok = get_folders(&r, folders) == 0 &&
	    fs_folders_same(root, folders) &&
	    get_paths(&r, folders->files, out) == 0 &&
	    fs_list_hash(out) == folders->hash &&
	    fs_list_fits(out, folders, suffix, skip_prefix, max_depth);
	listing_release(c);
	if (!ok) {
		fs_list_free(out);
		fs_folders_free(folders);
		return -1;
	}
	return 0;
}

char *
cache_path(const char *outdir)
{
	return fs_beside(outdir, ".sharepack-cache");
}

struct cache *
cache_open(const char *path, uint64_t key)
{
	int fd = path != NULL ? open(path, O_RDONLY | O_CLOEXEC) : -1;
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || st.st_size <= 0) {
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	struct cache *c = xcalloc(1, sizeof *c);
	c->len = (size_t)st.st_size;
	c->fd = fd;
	/* Mapped, not read: the pages of the entries not looked at are
	 * never brought in. */
	c->map = mmap(NULL, c->len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (c->map == MAP_FAILED) {
		c->map = NULL;
		cache_close(c);
		return NULL;
	}
	struct reader r = { c->map, (const char *)c->map + c->len, 0 };
	char head[sizeof CACHE_HEAD - 1];
	get(&r, head, sizeof head);
	uint64_t k = get_u64(&r), count = get_u64(&r);
	if (r.bad || memcmp(head, CACHE_HEAD, sizeof head) != 0 || k != key ||
	    index_entries(c, count) != 0) {
		cache_close(c);
		return NULL;
	}
	listing_find(c);
	return c;
}

void
cache_idle(struct cache *c)
{
	/* The file is never written in place (cache_write renames a new
	 * one over it), so the pages given back read the same again. */
	if (c != NULL && c->map != NULL)
		madvise(c->map, c->len, MADV_DONTNEED);
	/* Nothing is looked up by path after loading: cache_write walks
	 * the entries in order. The index is 1 MB at 100,000 items. */
	if (c != NULL) {
		free(c->slots);
		c->slots = NULL;
	}
}

void
cache_close(struct cache *c)
{
	if (c == NULL)
		return;
	if (c->map != NULL)
		munmap(c->map, c->len);
	close(c->fd);
	free(c->got);
	free(c->slots);
	free(c->left);
	free(c);
}

/* h continued over s, or a mark for none. */
static uint64_t
hash_str(uint64_t h, const char *s)
{
	return s != NULL ? buf_hash(h, s, strlen(s) + 1) : buf_hash(h, "", 0) ^ 1;
}

/* h continued over the file at path, or a mark for none. */
static uint64_t
hash_file(uint64_t h, const char *path, size_t cap)
{
	struct buf b = BUF_INIT;
	if (fs_read_file(path, cap, &b) == 0)
		h = buf_hash(buf_hash(h, "=", 1), b.data, b.len);
	else
		h = hash_str(h, NULL);
	buf_free(&b);
	return h;
}

uint64_t
cache_key(const char *settings_file, const char *theme, int strict,
    const char *content_shown)
{
	uint64_t h = hash_str(BUF_HASH_SEED, CACHE_HEAD);
	uint64_t self = fs_self_key();
	/* A program that cannot read itself keeps no cache: 0. */
	if (self == 0)
		return 0;
	h = buf_hash(h, &self, sizeof self);
	h = hash_file(h, settings_file, (size_t)1 << 24);
	h = hash_str(h, theme);
	h = hash_str(h, strict ? "strict" : "");
	return hash_str(h, content_shown);
}
