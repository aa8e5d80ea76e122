/* cache.c: the content cache: each content file's small model and
 * messages, written by one build and read back by the next. */
#define _DEFAULT_SOURCE	/* madvise */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fsutil.h"
#include "xalloc.h"

/* The first bytes of a cache; a new layout gets a new number. The
 * program's own file is in the key too, so a cache is only ever read
 * by the program that wrote it, in its own byte order and sizes. */
#define CACHE_HEAD "sharepack-cache 4\n"

struct cache_entry {
	const char *path;	/* in the mapping, NUL-ended */
	const char *from, *to;	/* the rest of the entry */
	const char *raw;	/* the whole entry, after its length */
};

/* The item made from an entry, with what may change in it after: an
 * item whose lint has not run since is the entry again, byte for byte,
 * and cache_write copies the entry rather than encode the item. */
struct cache_got {
	const struct item *it;	/* or NULL */
	const struct diag_note *lint_notes;
	int linted;
};

/* A slot of the path index: open addressing with linear probing. */
struct cache_slot {
	uint32_t hash;		/* the path's hash's low bits */
	uint32_t entry;		/* its index in e, plus 1; 0: empty */
};

/*
 * The mapping's pages are given back (madvise) a piece of CACHE_CHUNK
 * bytes at a time as soon as no entry in the piece is needed again: as
 * the index is made, and as entries are recalled, so that a rebuild
 * holds no more of the old cache than the pieces being read, not the
 * whole file beside the whole model (issue 14: 35 MB at 100,000 items).
 * Pages given back read the same again if touched: the file is never
 * written in place (cache_write renames a new one over it).
 */
struct cache {
	void *map;
	size_t len;
	struct cache_entry *e;	/* sorted by path, as written */
	size_t count;
	struct cache_got *got;	/* count; each set by the one thread that
				 * recalls its entry */
	struct cache_slot *slots;	/* the entries by path */
	size_t mask;		/* slots' count, less 1 */
	atomic_uint *left;	/* per piece of the mapping: the entries in
				 * it (in part or whole) not yet recalled */
	const char *listing;	/* the listing's section, in the mapping */
	size_t listing_len;
};

/* The content folder's listing, a section of its own (below). */
struct writer;
static void put_listing(struct writer *w, const struct pack *p);
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

/* A position in the item's own file: its path is the item's, or none. */
static void
put_pos(struct buf *b, const struct srcpos *p)
{
	put_int(b, p->path != NULL);
	put_int(b, p->line);
	put_int(b, p->col);
}

static void
put_strlist(struct buf *b, const struct strlist *l)
{
	put_u64(b, l->count);
	for (size_t i = 0; i < l->count; i++) {
		put_str(b, l->values[i]);
		put_pos(b, &l->pos[i]);
	}
}

/* A list of it's, in put_strlist's bytes: its places are in its file. */
static void
put_list(struct buf *b, const struct item *it, const struct item_list *l)
{
	put_u64(b, pack_list_count(l));
	for (size_t i = 0; i < pack_list_count(l); i++) {
		struct srcpos at = pack_list_at(it, l, i);
		put_str(b, pack_list_value(l, i));
		put_pos(b, &at);
	}
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

/* The part of its kind; the members of a pack are the check's. */
static void
put_part(struct buf *b, const struct item *it)
{
	switch (it->kind) {
	case ITEM_GUIDANCE:
		put_int(b, it->guidance.order);
		break;
	case ITEM_MYTH:
		put_int(b, (int)it->myth.verdict);
		put_int(b, (int)it->myth.supports);
		break;
	case ITEM_VIGNETTE:
		put_int(b, (int)it->vignette.expected);
		for (int i = 0; i < PACK_FACTS; i++)
			put_int(b, (int)it->vignette.facts[i]);
		put_int(b, it->vignette.why_index);
		put_int(b, it->vignette.names_recipient);
		break;
	case ITEM_BRIEFING:
		put_int(b, it->briefing.minutes);
		break;
	case ITEM_PACK:
		put_list(b, it, it->ext->include);
		for (int i = 0; i < PACK_PARTS; i++)
			put_int(b, it->pack.weights[i]);
		break;
	default:
		break;
	}
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
	    it->kind != ITEM_SCENARIO && it->kind != ITEM_UNKNOWN &&
	    it->stamp_old && own_positions(it);
}

/* The head of it: what every kind has. */
static void
put_head(struct buf *b, const struct item *it)
{
	put_u64(b, it->stamp);
	put_int(b, (int)it->kind);
	put_pos(b, &it->pos);
	put_str(b, it->id);
	put_str(b, it->title);
	put_str(b, it->ext->source);
	put_str(b, it->ext->edition);
	put_str(b, it->ext->lang);
	put_list(b, it, it->audience);
	put_strlist(b, &it->ext->people);
	put_strlist(b, &it->ext->principles);
	put_u64(b, it->ext->rules.count);
	for (size_t i = 0; i < it->ext->rules.count; i++) {
		put_int(b, it->ext->rules.values[i]);
		put_pos(b, &it->ext->rules.pos[i]);
	}
	put_int(b, it->pass_mark);
	put_u64(b, it->given);
	/* Most keys are where the item starts (not given): only the
	 * others. */
	uint64_t moved = 0;
	for (size_t k = 0; k < KEY_COUNT; k++) {
		struct srcpos at = pack_at(it, (enum item_key)k);
		if (at.line != it->pos.line || at.col != it->pos.col)
			moved |= (uint64_t)1 << k;
	}
	put_u64(b, moved);
	for (size_t k = 0; k < KEY_COUNT; k++) {
		struct srcpos at = pack_at(it, (enum item_key)k);
		if (moved & (uint64_t)1 << k)
			put_pos(b, &at);
	}
	put_u64(b, it->source_hash);
	put_int(b, it->body_line);
	put_u64(b, it->words);
	put_u64(b, it->hash);
}

/* The cache file being written: entries go into out, which is written
 * out in large pieces (stdio's would be 4 KiB). */
struct writer {
	int fd;
	struct buf out;
	int failed;
};

/* The size of the pieces written, and of those of the mapping given
 * back (a whole number of pages). */
#define CACHE_CHUNK ((size_t)1 << 18)

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

static void
flush(struct writer *w, size_t above)
{
	if (w->out.len <= above)
		return;
	const char *p = w->out.data;
	size_t n = w->out.len;
	while (n > 0 && !w->failed) {
		ssize_t k = write(w->fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			w->failed = 1;
			break;
		}
		p += k;
		n -= (size_t)k;
	}
	w->out.len = 0;
}

/* Writes it's entry, its length first, through e (emptied). */
static void
put_item(struct writer *w, const struct item *it, struct buf *e)
{
	e->len = 0;
	put_str(e, it->path);
	put_head(e, it);
	put_part(e, it);
	put_note(e, it->ext->load_notes);
	put_note(e, it->ext->notes);
	put_int(e, it->linted);
	put_note(e, it->ext->lint_notes);
	put_u64(&w->out, e->len);
	buf_add(&w->out, e->data, e->len);
	flush(w, CACHE_CHUNK);
}

/* old's entry i, as it was. */
static void
put_raw(struct writer *w, const struct cache *old, size_t i)
{
	const struct cache_entry *e = &old->e[i];
	put_u64(&w->out, (uint64_t)(e->to - e->raw));
	buf_add(&w->out, e->raw, (size_t)(e->to - e->raw));
	flush(w, CACHE_CHUNK);
}

static int
compare_paths(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	return strcmp(x->path, y->path);
}

/* Whether it is old's entry at *k (which moves past the entries before
 * it: both are in path order) as recalled and not changed since. The
 * pages of old's mapping before *k are given back as the walk passes
 * them (*released: how far they are), so no more than a piece of the
 * old cache is in memory at once, beside the whole model. */
static int
unchanged(const struct cache *old, size_t *k, const struct item *it,
    size_t *released)
{
	if (old == NULL)
		return 0;
	while (*k < old->count && strcmp(old->e[*k].path, it->path) < 0)
		(*k)++;
	if (*k == old->count)
		return 0;
	release_to(old, (size_t)(old->e[*k].raw - (const char *)old->map),
	    released);
	const struct cache_got *g = &old->got[*k];
	return g->it == it && g->linted == it->linted &&
	    g->lint_notes == it->ext->lint_notes &&
	    (size_t)(old->e[*k].to - old->e[*k].from) >= sizeof it->stamp &&
	    memcmp(old->e[*k].from, &it->stamp, sizeof it->stamp) == 0;
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
	buf_add(&w->out, CACHE_HEAD, strlen(CACHE_HEAD));
	put_u64(&w->out, key);
	put_listing(w, p);
	put_u64(&w->out, n);
	size_t k = 0, released = 0;
	for (size_t i = 0; i < n; i++) {
		if (unchanged(old, &k, all[i], &released))
			put_raw(w, old, k);
		else
			put_item(w, all[i], &e);
	}
	flush(w, 0);
	buf_free(&e);
}

/* Whether the cache would be old again: the same items, each as
 * recalled. */
static int
same_as(const struct cache *old, const struct item **all, size_t n)
{
	size_t k = 0, released = 0;
	if (old == NULL || n != old->count)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!unchanged(old, &k, all[i], &released))
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
	struct writer w = { -1, BUF_INIT, 0 };
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

/* ---- reading ---- */

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

/* A string put_str wrote, borrowed from the mapping for the scratch
 * item recall settles (never freed nor written through), or NULL. */
static char *
get_str(struct reader *r)
{
	return (char *)(uintptr_t)peek_str(r);
}

static void
get_pos(struct reader *r, const struct item *it, struct srcpos *p)
{
	p->path = get_int(r) ? it->path : NULL;
	p->line = get_int(r);
	p->col = get_int(r);
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

static void
get_strlist(struct reader *r, const struct item *it, struct strlist *l)
{
	size_t n = get_count(r, 16);
	l->values = n ? xcalloc(n, sizeof *l->values) : NULL;
	l->pos = n ? xcalloc(n, sizeof *l->pos) : NULL;
	for (size_t i = 0; i < n && !r->bad; i++) {
		l->values[i] = get_str(r);
		get_pos(r, it, &l->pos[i]);
		l->count = i + 1;
	}
}

/* A list put_list wrote, as a list of it's. */
static struct item_list *
get_list(struct reader *r, const struct item *it)
{
	size_t n = get_count(r, 16);
	const char **values = n ? xcalloc(n, sizeof *values) : NULL;
	struct item_at *at = n ? xcalloc(n, sizeof *at) : NULL;
	size_t got = 0;
	for (; got < n && !r->bad; got++) {
		struct srcpos p;
		values[got] = peek_str(r);
		r->bad |= values[got] == NULL;
		get_pos(r, it, &p);
		at[got] = (struct item_at){ p.line, p.col };
	}
	struct item_list *l = r->bad ? NULL : pack_list_new(got, values, at);
	free(values);
	free(at);
	return l;
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

static void
get_part(struct reader *r, struct item *it)
{
	switch (it->kind) {
	case ITEM_GUIDANCE:
		it->guidance.order = get_int(r);
		break;
	case ITEM_MYTH:
		it->myth.verdict = (enum verdict)get_int(r);
		it->myth.supports = (enum outcome)get_int(r);
		break;
	case ITEM_VIGNETTE:
		it->vignette.expected = (enum outcome)get_int(r);
		for (int i = 0; i < PACK_FACTS; i++)
			it->vignette.facts[i] = (enum fact)get_int(r);
		it->vignette.why_index = get_int(r);
		it->vignette.names_recipient = get_int(r);
		break;
	case ITEM_BRIEFING:
		it->briefing.minutes = get_int(r);
		break;
	case ITEM_PACK:
		((struct item_ext *)(uintptr_t)it->ext)->include =
		    get_list(r, it);
		for (int i = 0; i < PACK_PARTS; i++)
			it->pack.weights[i] = get_int(r);
		break;
	default:
		r->bad = 1;
		break;
	}
}

/* The item's head into it, a scratch whose ext is its own and whose
 * key positions go into at. */
static void
get_head(struct reader *r, struct item *it, struct item_at at[KEY_COUNT])
{
	it->kind = (enum item_kind)get_int(r);
	if (it->kind <= ITEM_UNKNOWN || it->kind > ITEM_PACK ||
	    it->kind == ITEM_SCENARIO)
		r->bad = 1;
	get_pos(r, it, &it->pos);
	it->id = get_str(r);
	it->title = get_str(r);
	struct item_ext *x = (struct item_ext *)(uintptr_t)it->ext;
	x->source = get_str(r);
	x->edition = get_str(r);
	x->lang = get_str(r);
	it->audience = get_list(r, it);
	get_strlist(r, it, &x->people);
	get_strlist(r, it, &x->principles);
	size_t n = get_count(r, 16);
	x->rules.values = n ? xcalloc(n, sizeof *x->rules.values) : NULL;
	x->rules.pos = n ? xcalloc(n, sizeof *x->rules.pos) : NULL;
	for (size_t i = 0; i < n && !r->bad; i++) {
		x->rules.values[i] = get_int(r);
		get_pos(r, it, &x->rules.pos[i]);
		x->rules.count = i + 1;
	}
	it->pass_mark = get_int(r);
	it->given = (unsigned)get_u64(r);
	uint64_t moved = get_u64(r);
	/* Into at (room for every key), in key order as pack_set_at keeps
	 * them, a key where the item starts without an entry as there. */
	for (size_t k = 0; k < KEY_COUNT; k++) {
		struct srcpos p;
		if (!(moved & (uint64_t)1 << k))
			continue;
		get_pos(r, it, &p);
		if (p.line == it->pos.line && p.col == it->pos.col)
			continue;
		at[__builtin_popcount(it->at_set)] = (struct item_at){ p.line,
		    p.col };
		it->at_set |= KEY_BIT(k);
	}
	it->at = it->at_set != 0 ? at : NULL;
	it->source_hash = get_u64(r);
	it->body_line = get_int(r);
	it->words = (size_t)get_u64(r);
	it->hash = get_u64(r);
}

static uint64_t
path_hash(const char *path)
{
	return buf_hash(BUF_HASH_SEED, path, strlen(path));
}

/* The slot of the entry for path (hash h) in c's index, or the empty one
 * where it would go: a lookup reads the path of that entry alone, not
 * those of a binary search's, all over the mapping. */
static struct cache_slot *
find_slot(const struct cache *c, const char *path, uint64_t h)
{
	size_t i = (size_t)(h >> 32) & c->mask;
	for (;; i = (i + 1) & c->mask) {
		struct cache_slot *s = &c->slots[i];
		if (s->entry == 0 || (s->hash == (uint32_t)h &&
		    strcmp(c->e[s->entry - 1].path, path) == 0))
			return s;
	}
}

/* The entry for shown, or NULL. */
static const struct cache_entry *
find(const struct cache *c, const char *shown)
{
	const struct cache_slot *s = find_slot(c, shown, path_hash(shown));
	return s->entry != 0 ? &c->e[s->entry - 1] : NULL;
}

/* Calls f with each piece of c's mapping that e is in (in part or whole). */
static void
each_piece(const struct cache *c, const struct cache_entry *e,
    void (*f)(const struct cache *, size_t))
{
	size_t from = (size_t)(e->raw - (const char *)c->map) / CACHE_CHUNK;
	size_t to = (size_t)(e->to - 1 - (const char *)c->map) / CACHE_CHUNK;
	for (size_t k = from; k <= to; k++)
		f(c, k);
}

static void
count_in(const struct cache *c, size_t piece)
{
	atomic_fetch_add(&c->left[piece], 1);
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

/* What a scratch item (get_head) holds of its own, not borrowed from
 * the mapping: its lists' arrays and, unless they went to its settled
 * copy (kept), its notes. */
static void
scratch_free(struct item *it, int kept)
{
	struct item_ext *x = (struct item_ext *)(uintptr_t)it->ext;
	free(it->audience);
	free(x->include);
	free(x->people.values);
	free(x->people.pos);
	free(x->principles.values);
	free(x->principles.pos);
	free(x->rules.values);
	free(x->rules.pos);
	if (kept)
		return;
	diag_note_free(x->notes);
	diag_note_free(x->load_notes);
	diag_note_free(x->lint_notes);
}

/* The item entry e holds, if its stamp is now's, else NULL. It is read
 * into a scratch on the stack whose strings are the mapping's, and
 * settled from there: each string is copied once, into the block. */
static struct item *
recall(const struct cache *c, const struct cache_entry *e,
    const struct fs_stamp *now, const char *shown, struct pack_files *files)
{
	struct reader r = { e->from, e->to, 0 };
	if (get_u64(&r) != pack_stamp_hash(now) || r.bad)
		return NULL;
	struct item_ext x;
	struct item_at at[KEY_COUNT];
	struct item s, *it = &s;
	/* Padding too: settling tells an empty ext by its bytes. */
	memset(&x, 0, sizeof x);
	memset(&s, 0, sizeof s);
	s.path = (char *)(uintptr_t)shown;
	s.ext = &x;
	pack_set_stamp(it, now, files->started);
	get_head(&r, it, at);
	get_part(&r, it);
	x.load_notes = get_note(&r);
	x.notes = get_note(&r);
	it->linted = get_int(&r) != 0;
	x.lint_notes = get_note(&r);
	it->checked = 1;
	if (r.bad || r.p != r.end) {
		scratch_free(&s, 0);
		return NULL;
	}
	/* Settled here, not by the caller: the entry remembers the item
	 * by its address. */
	it->files = files;
	it = pack_item_settle_copy(&s);
	scratch_free(&s, 1);
	c->got[e - c->e] = (struct cache_got){ it, it->ext->lint_notes,
	    it->linted };
	return it;
}

struct item *
cache_recall(const struct cache *c, const struct fs_stamp *now,
    const char *shown, struct pack_files *files)
{
	const struct cache_entry *e = c != NULL && c->slots != NULL ?
	    find(c, shown) : NULL;
	if (e == NULL)
		return NULL;
	struct item *it = recall(c, e, now, shown, files);
	/* Each file is looked up once: its entry is not read again before
	 * cache_write (whose walk gives the pages back behind it too). */
	each_piece(c, e, done_in);
	return it;
}

/* Puts entry i (its path's hash h) in c's path index, and counts it in
 * the pieces of the mapping it is in. */
static void
index_entry(struct cache *c, size_t i, uint64_t h)
{
	struct cache_slot *s = find_slot(c, c->e[i].path, h);
	*s = (struct cache_slot){ (uint32_t)h, (uint32_t)i + 1 };
	each_piece(c, &c->e[i], count_in);
}

/* Indexes the entries after the header; -1 when they are not whole.
 * The pages read are given back behind the walk, to be read again only
 * as each entry is recalled. */
static int
index_entries(struct cache *c, struct reader *r)
{
	size_t released = 0;
	c->count = get_count(r, 8);
	if (c->count >= UINT32_MAX)
		return -1;
	c->e = xcalloc(c->count + 1, sizeof *c->e);
	c->got = xcalloc(c->count + 1, sizeof *c->got);
	for (c->mask = 15; c->mask - c->mask / 5 < c->count; )
		c->mask = c->mask * 2 + 1;
	c->slots = xcalloc(c->mask + 1, sizeof *c->slots);
	c->left = xcalloc(c->len / CACHE_CHUNK + 1, sizeof *c->left);
	for (size_t i = 0; i < c->count && !r->bad; i++) {
		size_t len = get_count(r, 1);
		struct reader one = { r->p, r->p + len, 0 };
		c->e[i].raw = r->p;
		c->e[i].path = peek_str(&one);
		c->e[i].from = one.p;
		c->e[i].to = one.end;
		r->p += len;
		if (one.bad || c->e[i].path == NULL || (i > 0 &&
		    strcmp(c->e[i - 1].path, c->e[i].path) >= 0))
			r->bad = 1;
		else
			index_entry(c, i, path_hash(c->e[i].path));
		release_to(c, (size_t)(c->e[i].raw - (const char *)c->map),
		    &released);
	}
	return r->bad || r->p != r->end ? -1 : 0;
}

/* ---- the content folder's listing ----
 *
 * A section of its own after the key: its length (u64), then the count
 * of the folders (u64; 0: no listing kept), each folder's path
 * (put_str) and stamp (size, mtime, ctime, inode, device: u64 each), the
 * count of files and fs_list_hash of their paths (u64 each), then each
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
			flush(w, CACHE_CHUNK);
		}
		prev = rel;
	}
	return bytes;
}

/* Writes the section for p. */
static void
put_listing(struct writer *w, const struct pack *p)
{
	struct buf head = BUF_INIT;
	int keep = listing_kept(p);
	listing_head(&head, &p->files, keep);
	size_t paths = keep ? listing_paths(NULL, p) : 0;
	put_u64(&w->out, head.len + paths);
	buf_add(&w->out, head.data, head.len);
	if (keep)
		listing_paths(w, p);
	buf_free(&head);
}

/* Whether old's section is the one p's would be: none in both, or the
 * listing p took from it, whole and with its folders as stamped (a
 * section with the same head that p did not take is damaged). */
static int
listing_same(const struct cache *old, const struct pack *p)
{
	struct buf head = BUF_INIT;
	int keep = listing_kept(p);
	listing_head(&head, &p->files, keep);
	int same = old != NULL && old->listing != NULL &&
	    (keep ? p->files.listing_recalled : old->listing_len ==
	    head.len) && old->listing_len >= head.len &&
	    memcmp(old->listing, head.data, head.len) == 0;
	buf_free(&head);
	return same;
}

/* Notes where the section at r is, and moves r past it: what it holds
 * is read only when asked for (cache_listing). */
static void
listing_find(struct cache *c, struct reader *r)
{
	size_t n = get_count(r, 1);
	if (r->bad)
		return;
	c->listing = r->p;
	c->listing_len = n;
	r->p += n;
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

/* The paths of the section at r into out; 0, or -1 when they are not
 * whole. */
static int
get_paths(struct reader *r, size_t files, struct fs_list *out)
{
	char path[LISTING_MAX_PATH + 1];
	size_t len = 0;
	out->paths = xcalloc(files + 1, sizeof *out->paths);
	for (size_t i = 0; i < files && !r->bad; i++) {
		uint16_t k, rest;
		get(r, &k, sizeof k);
		get(r, &rest, sizeof rest);
		/* The bytes shared were the path before's: no NUL. */
		if (r->bad || k > len || (size_t)k + rest > LISTING_MAX_PATH ||
		    (size_t)(r->end - r->p) < rest ||
		    memchr(r->p, '\0', rest) != NULL)
			return -1;
		memcpy(path + k, r->p, rest);
		r->p += rest;
		len = (size_t)k + rest;
		path[len] = '\0';
		out->paths[out->count++] = xstrndup(path, len);
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
	/* Mapped, not read: the pages of the entries not looked at are
	 * never brought in. */
	c->map = mmap(NULL, c->len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (c->map == MAP_FAILED) {
		c->map = NULL;
		cache_close(c);
		return NULL;
	}
	struct reader r = { c->map, (const char *)c->map + c->len, 0 };
	char head[sizeof CACHE_HEAD - 1];
	get(&r, head, sizeof head);
	uint64_t k = get_u64(&r);
	listing_find(c, &r);
	if (r.bad || memcmp(head, CACHE_HEAD, sizeof head) != 0 || k != key ||
	    index_entries(c, &r) != 0) {
		cache_close(c);
		return NULL;
	}
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
	free(c->e);
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
