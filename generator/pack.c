/* pack.c: the model of a project's content, and who owns what in it. */
#define _DEFAULT_SOURCE		/* madvise */
#include "pack.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "buf.h"
#include "xalloc.h"

const struct item_ext pack_no_ext;

struct pack *
pack_new(void)
{
	struct pack *p = xcalloc(1, sizeof(struct pack));
	pthread_mutex_init(&p->files.lock, NULL);
	return p;
}

struct item *
pack_item_new(const char *path)
{
	struct item *it = xcalloc(1, sizeof *it);
	it->path = xstrdup(path);
	it->pos.line = 1;
	it->pos.col = 1;
	it->ext = &pack_no_ext;
	return it;
}

struct item_ext *
pack_item_ext(struct item *it)
{
	if (it->ext == &pack_no_ext) {
		it->ext = xcalloc(1, sizeof *it->ext);
		it->ext_own = 1;
	}
	/* Not pack_no_ext: the item's own memory. */
	return (struct item_ext *)(uintptr_t)it->ext;
}

void
pack_set_note(struct item *it, enum item_note which, struct diag_note *n)
{
	/* Most items have nothing said of them: no ext for that. */
	if (n == NULL && it->ext == &pack_no_ext)
		return;
	struct item_ext *x = pack_item_ext(it);
	if (which == ITEM_NOTES)
		x->notes = n;
	else if (which == ITEM_LOAD_NOTES)
		x->load_notes = n;
	else
		x->lint_notes = n;
}

/* The place of k's entry in it->at: how many keys before k have one. */
static size_t
at_index(const struct item *it, enum item_key k)
{
	return (size_t)__builtin_popcount(it->at_set & (KEY_BIT(k) - 1));
}

/* Entry i of places (as put_places lays them out, each number in width
 * bytes), as a position in the file of p. */
static struct srcpos
place(const void *places, size_t width, size_t i, struct srcpos p)
{
	if (width == 1) {
		const uint8_t *a = (const uint8_t *)places + 2 * i;
		p.line = a[0];
		p.col = a[1];
	} else if (width == 2) {
		const struct item_at_short *a = (const struct item_at_short *)
		    places + i;
		p.line = a->line;
		p.col = a->col;
	} else {
		const struct item_at *a = (const struct item_at *)places + i;
		p.line = a->line;
		p.col = a->col;
	}
	return p;
}

struct srcpos
pack_at(const struct item *it, enum item_key k)
{
	if (!(it->at_set & KEY_BIT(k)))
		return it->pos;
	return place(it->at, it->at_tiny ? 1 : it->at_short ? 2 : 4,
	    at_index(it, k), it->pos);
}

void
pack_set_at(struct item *it, enum item_key k, const struct srcpos *pos)
{
	size_t n = (size_t)__builtin_popcount(it->at_set);
	size_t i = at_index(it, k);
	int had = (it->at_set & KEY_BIT(k)) != 0;
	/* A key where the item starts needs no entry: pack_at gives pos. */
	if (pos->line == it->pos.line && pos->col == it->pos.col) {
		if (had) {
			memmove(&it->at[i], &it->at[i + 1],
			    (n - i - 1) * sizeof *it->at);
			it->at_set &= ~KEY_BIT(k);
		}
		return;
	}
	if (!had) {
		it->at = xrealloc(it->at, (n + 1) * sizeof *it->at);
		memmove(&it->at[i + 1], &it->at[i], (n - i) * sizeof *it->at);
		it->at_set |= KEY_BIT(k);
	}
	it->at[i].line = pos->line;
	it->at[i].col = pos->col;
}

void
pack_strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->values[i]);
	free(l->values);
	free(l->pos);
	l->values = NULL;
	l->pos = NULL;
	l->count = 0;
}

static void
scenario_free(struct scenario_part *sc)
{
	for (size_t i = 0; i < sc->step_count; i++) {
		struct scen_step *st = &sc->steps[i];
		free(st->id);
		free(st->title);
		if (st->text != NULL)
			cmark_node_free(st->text);
		for (size_t j = 0; j < st->choice_count; j++) {
			free(st->choices[j].label);
			free(st->choices[j].go);
			if (st->choices[j].feedback != NULL)
				cmark_node_free(st->choices[j].feedback);
			free(st->choices[j].rules.values);
			free(st->choices[j].rules.pos);
			pack_strlist_free(&st->choices[j].principles);
		}
		free(st->choices);
	}
	free(sc->steps);
	free(sc->step_order);
}

/* The lists of strings in ext that pack_item_settle moves into an
 * item's block. */
#define EXT_LISTS 2
static void
settled_lists(struct item_ext *x, struct strlist *out[EXT_LISTS])
{
	out[0] = &x->people;
	out[1] = &x->principles;
}

/* Frees what pack_item_settle moves into an item's block, each on its
 * own, as an item not settled holds it. */
static void
free_settled(struct item *it)
{
	struct strlist *lists[EXT_LISTS];
	free(it->path);
	free(it->at);
	free(it->audience);
	free(it->id);
	free(it->title);
	if (it->ext == &pack_no_ext)
		return;
	struct item_ext *x = pack_item_ext(it);
	free(x->source);
	free(x->edition);
	free(x->lang);
	free(x->rules.values);
	free(x->rules.pos);
	free(x->include);
	settled_lists(x, lists);
	for (size_t i = 0; i < EXT_LISTS; i++)
		pack_strlist_free(lists[i]);
}

/* A cursor in the block pack_item_settle fills; every take is aligned
 * for what it holds. */
struct block {
	char *at;
	size_t used;
};

static void *
take(struct block *b, size_t n, size_t align)
{
	b->used = (b->used + align - 1) / align * align;
	void *p = b->at != NULL ? b->at + b->used : NULL;
	b->used += n;
	return p;
}

/* A copy of s in b, or NULL when s is. */
static char *
take_str(struct block *b, const char *s)
{
	if (s == NULL)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = take(b, n, 1);
	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/* Moves from into to through b, each position in the item's own file
 * pointing to path. With b->at NULL only counts the bytes. */
static void
take_list(struct block *b, struct strlist *to, const struct strlist *from,
    const char *old_path, const char *path)
{
	size_t n = from->count;
	char **values = take(b, n * sizeof *values, sizeof(char *));
	struct srcpos *pos = take(b, n * sizeof *pos, sizeof(char *));
	for (size_t i = 0; i < n; i++) {
		char *v = take_str(b, from->values[i]);
		if (values == NULL)
			continue;
		values[i] = v;
		pos[i] = from->pos[i];
		if (pos[i].path == old_path)
			pos[i].path = path;
	}
	if (to != NULL) {
		to->values = n > 0 ? values : NULL;
		to->pos = n > 0 ? pos : NULL;
		to->count = n;
	}
}

/* Whether every one of the n positions at has its line and column in
 * 0..max. */
static int
ats_fit(const struct item_at *at, size_t n, int max)
{
	for (size_t i = 0; i < n; i++)
		if (at[i].line < 0 || at[i].line > max || at[i].col < 0 ||
		    at[i].col > max)
			return 0;
	return 1;
}

/* The bytes each line and column of the n positions at fit. */
static size_t
places_width(const struct item_at *at, size_t n)
{
	return ats_fit(at, n, UINT8_MAX) ? 1 : ats_fit(at, n, UINT16_MAX) ?
	    2 : 4;
}

/* Copies the n positions from into to, each number in width bytes (1,
 * 2, or 4: struct item_at), as place reads them. */
static void
put_places(void *to, const struct item_at *from, size_t n, size_t width)
{
	for (size_t i = 0; width == 1 && i < n; i++) {
		((uint8_t *)to)[2 * i] = (uint8_t)from[i].line;
		((uint8_t *)to)[2 * i + 1] = (uint8_t)from[i].col;
	}
	for (size_t i = 0; width == 2 && i < n; i++)
		((struct item_at_short *)to)[i] = (struct item_at_short){
		    (uint16_t)from[i].line, (uint16_t)from[i].col };
	if (width == 4 && n > 0)
		memcpy(to, from, n * sizeof *from);
}

/* The bytes the list of the n values takes (0 when n is 0). */
static size_t
list_size(size_t n, const char *const *values, const struct item_at *at)
{
	if (n == 0)
		return 0;
	size_t size = offsetof(struct item_list, off) + n * sizeof(uint32_t) +
	    2 * n * places_width(at, n);
	for (size_t i = 0; i < n; i++)
		size += strlen(values[i]) + 1;
	return size;
}

/* The list of the n values made in to, list_size's bytes aligned for
 * struct item_list (NULL when n is 0). */
static struct item_list *
list_init(void *to, size_t n, const char *const *values,
    const struct item_at *at)
{
	if (n == 0)
		return NULL;
	size_t width = places_width(at, n);
	size_t head = offsetof(struct item_list, off) + n * sizeof(uint32_t);
	struct item_list *l = to;
	l->count = (uint32_t)n;
	l->width = (uint32_t)width;
	put_places((char *)l + head, at, n, width);
	size_t used = head + 2 * n * width;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(values[i]) + 1;
		l->off[i] = (uint32_t)used;
		memcpy((char *)l + used, values[i], len);
		used += len;
	}
	l->size = (uint32_t)used;
	return l;
}

struct item_list *
pack_list_new(size_t n, const char *const *values, const struct item_at *at)
{
	if (n == 0)
		return NULL;
	return list_init(xmalloc(list_size(n, values, at)), n, values, at);
}

size_t
pack_list_count(const struct item_list *l)
{
	return l != NULL ? l->count : 0;
}

const char *
pack_list_value(const struct item_list *l, size_t i)
{
	return (const char *)l + l->off[i];
}

struct srcpos
pack_list_at(const struct item *it, const struct item_list *l, size_t i)
{
	return place(&l->off[l->count], l->width, i, it->pos);
}

/* A copy of l in b (b->at NULL: only measures), or NULL when l is. */
static struct item_list *
take_item_list(struct block *b, const struct item_list *l)
{
	if (l == NULL)
		return NULL;
	struct item_list *to = take(b, l->size, _Alignof(struct item_list));
	if (to != NULL)
		memcpy(to, l, l->size);
	return to;
}

/* Lays out from's ext (b->at NULL: only measures) in b, filling *to
 * when b->at is set; path is the item's new path. */
static void
lay_out_ext(struct block *b, struct item_ext **to, struct item *from,
    const char *path)
{
	struct item_ext *fx = pack_item_ext(from);
	struct item_ext *tx = take(b, sizeof *tx, sizeof(char *));
	struct strlist *tl[EXT_LISTS] = { NULL }, *fl[EXT_LISTS];
	settled_lists(fx, fl);
	if (tx != NULL) {
		*tx = *fx;
		settled_lists(tx, tl);
	}
	for (size_t i = 0; i < EXT_LISTS; i++)
		take_list(b, tl[i], fl[i], from->path, path);
	struct item_list *include = take_item_list(b, fx->include);
	size_t n = fx->rules.count;
	struct srcpos *rpos = take(b, n * sizeof *rpos, sizeof(char *));
	int *rules = take(b, n * sizeof *rules, sizeof(int));
	char *source = take_str(b, fx->source);
	char *edition = take_str(b, fx->edition);
	char *lang = take_str(b, fx->lang);
	if (tx == NULL)
		return;
	for (size_t i = 0; i < n; i++) {
		rpos[i] = fx->rules.pos[i];
		if (rpos[i].path == from->path)
			rpos[i].path = path;
	}
	if (n > 0)
		memcpy(rules, fx->rules.values, n * sizeof *rules);
	tx->rules.values = n > 0 ? rules : NULL;
	tx->rules.pos = n > 0 ? rpos : NULL;
	tx->source = source;
	tx->edition = edition;
	tx->lang = lang;
	tx->include = include;
	*to = tx;
}

/* Lays out (b->at NULL: only measures) the settled parts of from in b,
 * after the struct itself, filling to when b->at is set. An ext with
 * nothing in it is not laid out: to gets pack_no_ext. */
static void
lay_out(struct block *b, struct item *to, struct item *from)
{
	struct item_ext *tx = NULL;
	take(b, sizeof *to, sizeof(char *));
	char *path = take_str(b, from->path);
	if (memcmp(from->ext, &pack_no_ext, sizeof pack_no_ext) != 0)
		lay_out_ext(b, to != NULL ? &tx : NULL, from, path);
	size_t ats = (size_t)__builtin_popcount(from->at_set);
	/* Front matter is short: its lines and columns nearly always fit
	 * a byte each. */
	size_t width = places_width(from->at, ats);
	void *at = take(b, ats * 2 * width, width);
	struct item_list *audience = take_item_list(b, from->audience);
	char *id = take_str(b, from->id), *title = take_str(b, from->title);
	if (to == NULL)
		return;
	to->audience = audience;
	put_places(at, from->at, ats, width);
	to->at = ats > 0 ? at : NULL;
	to->at_tiny = width == 1;
	to->at_short = width == 2;
	to->path = path;
	to->id = id;
	to->title = title;
	to->ext = tx != NULL ? tx : &pack_no_ext;
	to->ext_own = 0;
}

/* The bytes a chunk of settled items holds: the items of a large project
 * fill many, a small one's touch only the pages they use. */
#define PACK_CHUNK ((size_t)1 << 20)

struct pack_chunk {
	struct pack_chunk *next;
	size_t used, size;
	max_align_t data[];
};

/* n bytes for a settled item's block, aligned for any of its fields,
 * from f's chunks; owned by f (pack_free). Any thread. */
static void *
chunk_take(struct pack_files *f, size_t n)
{
	n = (n + _Alignof(struct item) - 1) / _Alignof(struct item) *
	    _Alignof(struct item);
	pthread_mutex_lock(&f->lock);
	struct pack_chunk *c = f->chunks;
	if (c == NULL || c->size - c->used < n) {
		/* A block too big to share a chunk gets one of its own,
		 * behind the current one, which goes on filling. */
		size_t size = n > PACK_CHUNK / 8 ? n : PACK_CHUNK;
		struct pack_chunk *fresh = xmalloc(sizeof *fresh + size);
#ifdef MADV_POPULATE_WRITE
		/* A chunk is filled whole (but the last): its pages made in
		 * one call rather than a fault each, 40% of a 10k rebuild's
		 * faults. Only a hint: a kernel without it faults them in
		 * as before. The call takes whole pages: those the chunk
		 * covers in full. */
		uintptr_t page = 4096, from = ((uintptr_t)fresh + page - 1) &
		    ~(page - 1), to = ((uintptr_t)fresh->data + size) &
		    ~(page - 1);
		if (to > from)
			madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#endif
		fresh->used = 0;
		fresh->size = size;
		if (size == n && c != NULL) {
			fresh->next = c->next;
			c->next = fresh;
		} else {
			fresh->next = c;
			f->chunks = fresh;
		}
		c = fresh;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	pthread_mutex_unlock(&f->lock);
	return p;
}

/* What a carver takes of f's chunks at a time: a rebuild's 10,000
 * items are a few hundred bytes each, so the lock is taken once for a
 * couple of hundred. */
#define PACK_CARVE_PIECE ((size_t)64 << 10)

void *
pack_files_carve(struct pack_files *f, struct pack_carver *c, size_t n)
{
	n = (n + _Alignof(struct item) - 1) / _Alignof(struct item) *
	    _Alignof(struct item);
	if (c == NULL || n > PACK_CARVE_PIECE / 8)
		return chunk_take(f, n);
	if (c->left < n) {
		c->at = chunk_take(f, PACK_CARVE_PIECE);
		c->left = PACK_CARVE_PIECE;
	}
	void *p = c->at;
	c->at += n;
	c->left -= n;
	return p;
}

/* The settled item pack_item_settle makes of it (not settled), with it
 * left as it was: what settling lays out is copied, everything else of
 * it (its notes, translations, tree, a pack's members) is the copy's
 * now, and the caller frees only the rest of it. */
static struct item *
settle_copy(struct item *it)
{
	struct block b = { NULL, 0 };
	lay_out(&b, NULL, it);
	b.at = it->files != NULL ? chunk_take(it->files, b.used) :
	    xmalloc(b.used);
	b.used = 0;
	struct item *to = (struct item *)(void *)b.at;
	*to = *it;
	lay_out(&b, to, it);
	to->settled = 1;
	to->pooled = it->files != NULL;
	return to;
}

struct item *
pack_item_settle(struct item *it)
{
	if (it->settled)
		return it;
	struct item *to = settle_copy(it);
	/* Its notes and translations went to the new ext (or there were
	 * none): only the old ext's own block goes. */
	free_settled(it);
	if (it->ext_own)
		free((void *)(uintptr_t)it->ext);
	free(it);
	return to;
}

void
pack_item_free(struct item *it)
{
	if (it == NULL)
		return;
	/* A settled item's strings and lists go with it, below. */
	if (!it->settled)
		free_settled(it);
	free(it->ext->translations);
	free(it->ext->start);
	diag_note_free(it->ext->notes);
	diag_note_free(it->ext->load_notes);
	diag_note_free(it->ext->lint_notes);
	if (it->ext_own)
		free((void *)(uintptr_t)it->ext);
	if (it->doc != NULL)
		cmark_node_free(it->doc);
	switch (it->kind) {
	case ITEM_PACK:
		free(it->pack.members);
		break;
	case ITEM_SCENARIO:
		scenario_free(&it->scenario);
		break;
	default:
		break;
	}
	if (!it->pooled)
		free(it);
}

uint64_t
pack_stamp_hash(const struct fs_stamp *st)
{
	uint64_t f[] = { st->size, st->mtime_ns, st->ctime_ns, st->ino,
	    st->dev };
	return buf_hash(BUF_HASH_SEED, f, sizeof f);
}

void
pack_set_stamp(struct item *it, const struct fs_stamp *st, uint64_t started)
{
	it->stamp = pack_stamp_hash(st);
	it->stamp_old = st->ctime_ns < started && st->mtime_ns < started;
}

void
pack_add(struct pack *p, struct item *it)
{
	if (p->count == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->items = xrealloc(p->items, p->cap * sizeof *p->items);
	}
	p->items[p->count++] = it;
}

void
pack_give_back(struct pack *p, size_t from)
{
	if (from < p->count)
		p->count = from;
	p->indexed = 0;
}

void
pack_give_back_translations(struct pack *p, size_t from)
{
	if (from < p->translation_count)
		p->translation_count = from;
}

void
pack_add_translation(struct pack *p, struct item *it)
{
	p->translations = xrealloc(p->translations, (p->translation_count +
	    1) * sizeof *p->translations);
	p->translations[p->translation_count++] = it;
}

void
pack_add_in_lang(struct pack *p, struct item *it)
{
	const char *def = pack_default_lang(&p->settings);
	if (strcmp(pack_item_lang(it, def), def) != 0)
		pack_add_translation(p, it);
	else
		pack_add(p, it);
}

const char *
pack_item_lang(const struct item *it, const char *default_lang)
{
	return it->ext->lang != NULL ? it->ext->lang : default_lang;
}

const char *
pack_default_lang(const struct site_settings *s)
{
	return s->language != NULL ? s->language : PACK_DEFAULT_LANG;
}

const struct item *
pack_translation(const struct item *it, const char *lang)
{
	const struct item_ext *x = it->ext;
	for (size_t i = 0; i < x->translation_count; i++)
		if (strcmp(pack_item_lang(x->translations[i], ""), lang) == 0)
			return x->translations[i];
	return NULL;
}

void
pack_add_broken(struct pack *p, struct item *it)
{
	p->broken = xrealloc(p->broken, (p->broken_count + 1) *
	    sizeof *p->broken);
	p->broken[p->broken_count++] = it;
}

const struct item *
pack_find_broken(const struct pack *p, const char *id)
{
	for (size_t i = 0; i < p->broken_count; i++)
		if (p->broken[i]->id != NULL && strcmp(p->broken[i]->id, id) ==
		    0)
			return p->broken[i];
	return NULL;
}

int
pack_has_broken(const struct pack *p, enum item_kind kind)
{
	for (size_t i = 0; i < p->broken_count; i++)
		if (p->broken[i]->kind == kind)
			return 1;
	return 0;
}

void
pack_settings_free(struct site_settings *s)
{
	free(s->name);
	free(s->organisation);
	free(s->footer);
	free(s->contact);
	free(s->accent);
	free(s->text);
	free(s->language);
	pack_strlist_free(&s->languages);
	if (s->welcome != NULL)
		cmark_node_free(s->welcome);
	free(s->logo_name);
	free(s->logo_data);
	memset(s, 0, sizeof *s);
}

static int
compare_by_id(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	int c = strcmp(x->id, y->id);
	if (c != 0)
		return c;
	return strcmp(x->path, y->path);
}

/* A slot of the id index (struct pack's by_id): open addressing with
 * linear probing, so that a lookup reads one slot or a few side by side
 * and, most often, one id; a binary search over a sorted array read
 * about seventeen ids at 100,000 items, each at a place of its own in
 * memory (issue 14: check_pack grew faster than the items). */
struct pack_id_slot {
	uint32_t hash;		/* the id's hash's low bits */
	uint32_t item;		/* its index in items, plus 1; 0: empty */
};

static uint64_t
id_hash(const char *id)
{
	return buf_hash(BUF_HASH_SEED, id, strlen(id));
}

/* The slot of id in p's index: the one that holds it, or the empty one
 * where it would go. */
static struct pack_id_slot *
id_slot(const struct pack *p, const char *id, uint64_t h)
{
	size_t i = (size_t)(h >> 32) & p->id_mask;
	for (;; i = (i + 1) & p->id_mask) {
		struct pack_id_slot *s = &p->by_id[i];
		if (s->item == 0 || (s->hash == (uint32_t)h &&
		    strcmp(p->items[s->item - 1]->id, id) == 0))
			return s;
	}
}

/* Reports each of dups, the n items whose id an item before it by path
 * has (the one p's index holds), in the order of their ids, then paths:
 * the order a sort of every item gave. */
static void
report_duplicates(const struct pack *p, struct item **dups, size_t n,
    struct diag *d)
{
	if (n > 1)
		qsort(dups, n, sizeof *dups, compare_by_id);
	for (size_t i = 0; i < n; i++) {
		const struct item *first = pack_find(p, dups[i]->id);
		struct srcpos at = pack_at(dups[i], KEY_ID);
		diag_error(d, &at,
		    "id '%s' is already used by %s:%d; ids must be "
		    "unique across the project: rename the file or set "
		    "a different 'id:'", dups[i]->id, first->path,
		    pack_at(first, KEY_ID).line);
	}
}

/* How many items pack_index hashes before it places them in the index. */
#define INDEX_BLOCK 32

/* The hashes of the ids of items[from, from + n), n at most INDEX_BLOCK,
 * into h; asks for the slots they will go to, for the ids of the next
 * block and for the items of the one after: each item is somewhere of its
 * own, and its id somewhere else again, and reading them one at a time
 * waited on each in turn (issue 14). */
static void
hash_block(const struct pack *p, size_t from, size_t n, uint64_t *h)
{
	for (size_t j = 0; j < n; j++) {
		size_t i = from + j;
		if (i + 2 * INDEX_BLOCK < p->count)
			__builtin_prefetch(p->items[i + 2 * INDEX_BLOCK]);
		if (i + INDEX_BLOCK < p->count)
			__builtin_prefetch(p->items[i + INDEX_BLOCK]->id);
		h[j] = id_hash(p->items[i]->id);
		__builtin_prefetch(&p->by_id[(size_t)(h[j] >> 32) &
		    p->id_mask]);
	}
}

size_t
pack_index(struct pack *p, struct diag *d)
{
	size_t slots = 16;
	/* At most four slots in five full: probes stay short. */
	while (slots - slots / 5 < p->count)
		slots *= 2;
	free(p->by_id);
	p->by_id = xcalloc(slots, sizeof *p->by_id);
	p->id_mask = slots - 1;
	p->indexed = p->count;
	struct item **dups = NULL;
	size_t n = 0, cap = 0;
	uint64_t hashes[INDEX_BLOCK];
	for (size_t i = 0; i < p->count; i++) {
		if (i % INDEX_BLOCK == 0)
			hash_block(p, i, p->count - i < INDEX_BLOCK ?
			    p->count - i : INDEX_BLOCK, hashes);
		uint64_t h = hashes[i % INDEX_BLOCK];
		struct pack_id_slot *s = id_slot(p, p->items[i]->id, h);
		struct item *had = s->item ? p->items[s->item - 1] : NULL;
		if (had != NULL) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				dups = xrealloc(dups, cap * sizeof *dups);
			}
			/* The first of an id by path is the one found. */
			int later = strcmp(p->items[i]->path, had->path) >= 0;
			dups[n++] = later ? p->items[i] : had;
			if (later)
				continue;
		}
		*s = (struct pack_id_slot){ (uint32_t)h, (uint32_t)i + 1 };
	}
	report_duplicates(p, dups, n, d);
	free(dups);
	return n;
}

struct item *
pack_find(const struct pack *p, const char *id)
{
	if (p->indexed == 0)
		return NULL;
	const struct pack_id_slot *s = id_slot(p, id, id_hash(id));
	return s->item != 0 && s->item <= p->indexed ? p->items[s->item - 1] :
	    NULL;
}

void
pack_find_list(const struct pack *p, const struct item_list *l,
    struct item **found)
{
	size_t n = pack_list_count(l);
	if (n == 0)
		return;
	if (p->indexed == 0) {
		memset(found, 0, n * sizeof *found);
		return;
	}
	/* The index's slots, then the items the ids' hashes point to, then
	 * their ids are asked for all at once, before any is compared: one
	 * at a time, each lookup waited on each of those in turn (issue 14:
	 * a fifth of resolving 10,000 includes). */
	uint32_t *hint = xcalloc(n, sizeof *hint);
	uint64_t *hash = xcalloc(n, sizeof *hash);
	for (size_t i = 0; i < n; i++) {
		hash[i] = id_hash(pack_list_value(l, i));
		__builtin_prefetch(&p->by_id[(size_t)(hash[i] >> 32) &
		    p->id_mask]);
	}
	for (size_t i = 0; i < n; i++) {
		uint64_t h = hash[i];
		size_t k = (size_t)(h >> 32) & p->id_mask;
		while (p->by_id[k].item != 0 && p->by_id[k].hash != (uint32_t)h)
			k = (k + 1) & p->id_mask;
		hint[i] = p->by_id[k].item;
		if (hint[i] != 0 && hint[i] <= p->indexed)
			__builtin_prefetch(p->items[hint[i] - 1]);
	}
	free(hash);
	for (size_t i = 0; i < n; i++)
		if (hint[i] != 0 && hint[i] <= p->indexed)
			__builtin_prefetch(p->items[hint[i] - 1]->id);
	/* No slot with the hash before an empty one: no item has the id.
	 * Any other answer but the id's item in the first slot with its
	 * hash (two hashes alike) is pack_find's to give. */
	for (size_t i = 0; i < n; i++) {
		const char *id = pack_list_value(l, i);
		const struct item *it = hint[i] != 0 && hint[i] <= p->indexed ?
		    p->items[hint[i] - 1] : NULL;
		if (hint[i] == 0)
			found[i] = NULL;
		else if (it != NULL && strcmp(it->id, id) == 0)
			found[i] = p->items[hint[i] - 1];
		else
			found[i] = pack_find(p, id);
	}
	free(hint);
}

void
pack_free(struct pack *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->count; i++)
		pack_item_free(p->items[i]);
	for (size_t i = 0; i < p->broken_count; i++)
		pack_item_free(p->broken[i]);
	for (size_t i = 0; i < p->translation_count; i++)
		pack_item_free(p->translations[i]);
	free(p->items);
	free(p->by_id);
	free(p->broken);
	free(p->translations);
	pack_settings_free(&p->settings);
	free(p->files.dir);
	fs_folders_free(&p->files.listed);
	free(p->files.failed);
	while (p->files.chunks != NULL) {
		struct pack_chunk *next = p->files.chunks->next;
		free(p->files.chunks);
		p->files.chunks = next;
	}
	pthread_mutex_destroy(&p->files.lock);
	free(p);
}

static const char *const kind_names[] = {
	[ITEM_UNKNOWN] = "unknown",
	[ITEM_GUIDANCE] = "guidance",
	[ITEM_MYTH] = "myth",
	[ITEM_VIGNETTE] = "vignette",
	[ITEM_BRIEFING] = "briefing",
	[ITEM_SCENARIO] = "scenario",
	[ITEM_PACK] = "pack",
};

const char *
pack_kind_name(enum item_kind kind)
{
	return kind_names[kind];
}

enum item_kind
pack_kind_from_name(const char *name)
{
	for (int k = ITEM_GUIDANCE; k <= ITEM_PACK; k++)
		if (strcmp(name, kind_names[k]) == 0)
			return (enum item_kind)k;
	return ITEM_UNKNOWN;
}

const char *
pack_outcome_name(enum outcome o)
{
	return o == OUTCOME_SHARE ? "share" : o == OUTCOME_NO_SHARE ?
	    "no-share" : "";
}

const char *
pack_grade_name(enum grade g)
{
	return g == GRADE_EXPECTED ? "expected" : g == GRADE_ACCEPTABLE ?
	    "acceptable" : "unsafe";
}

const char *
pack_ending_name(enum ending_outcome o)
{
	static const char *const names[] = { "", "good", "mixed", "poor" };
	return names[o];
}

const char *
pack_part_name(enum quiz_part part)
{
	return part == PART_CASES ? "cases" : "myths";
}

enum quiz_part
pack_part_of(const struct item *question)
{
	return question->kind == ITEM_MYTH ? PART_MYTHS : PART_CASES;
}

const char *
pack_verdict_name(enum verdict v)
{
	return v == VERDICT_MYTH ? "myth" : v == VERDICT_FACT ? "fact" : "";
}

int
pack_valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-'))
			return 0;
	return 1;
}

static const char *const editions[][2] = {
	{ "england-2018", "HM Government advice, England, July 2018" },
	{ "wales-2019", "Welsh Government guide, July 2019" },
	{ "england-2023", "Working Together to Safeguard Children, 2023" },
	{ "england-2024", "HM Government advice, England, May 2024" },
};

/* Beside a rule number, where the learner needs only which list it is:
 * the Welsh guide numbers rules 3 and 4 the other way round. */
static const char *const edition_shorts[][2] = {
	{ "england-2018", "England 2018" },
	{ "wales-2019", "Wales 2019" },
	{ "england-2023", "England 2023" },
	{ "england-2024", "England 2024" },
};

static const char *const principles[PACK_PRINCIPLES] = {
	"necessary", "proportionate", "relevant", "adequate", "accurate",
	"timely", "secure", "recorded",
};

static const char *const agencies[][2] = {
	{ "education", "Education" },
	{ "early-years", "Early years" },
	{ "health", "Health" },
	{ "police", "Police" },
	{ "social-care", "Social care" },
	{ "probation", "Probation" },
	{ "housing", "Housing" },
	{ "voluntary", "Voluntary sector" },
	{ "youth-justice", "Youth justice" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The label of name in a table of { name, label } rows, or NULL. */
static const char *
label_of(const char *const (*rows)[2], size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, rows[i][0]) == 0)
			return rows[i][1];
	return NULL;
}

const char *
pack_edition_label(const char *edition)
{
	return label_of(editions, COUNT(editions), edition);
}

const char *
pack_edition_short(const char *edition)
{
	const char *s = label_of(edition_shorts, COUNT(edition_shorts),
	    edition);
	return s != NULL ? s : edition;
}

int
pack_edition_has_rules(const char *edition)
{
	return edition != NULL && pack_edition_label(edition) != NULL &&
	    strcmp(edition, "england-2023") != 0;
}

const char *
pack_rule_edition(const struct item *it, const struct item *pk)
{
	if (it->ext->edition != NULL)
		return it->ext->edition;
	return pk != NULL ? pk->ext->edition : NULL;
}

char *
pack_rule_label(int rule, const char *edition)
{
	if (edition == NULL)
		return xasprintf("rule %d", rule);
	return xasprintf("rule %d (%s)", rule, pack_edition_short(edition));
}

const char *
pack_principle_name(int i)
{
	return i >= 0 && i < PACK_PRINCIPLES ? principles[i] : "";
}

int
pack_principle_index(const char *name)
{
	for (int i = 0; i < PACK_PRINCIPLES; i++)
		if (strcmp(name, principles[i]) == 0)
			return i;
	return -1;
}

const char *
pack_principle_names(void)
{
	return "necessary, proportionate, relevant, adequate, accurate, "
	    "timely, secure, recorded";
}

const char *
pack_agency_label(const char *agency)
{
	return label_of(agencies, COUNT(agencies), agency);
}

const char *
pack_agency_names(void)
{
	return "education, early-years, health, police, social-care, "
	    "probation, housing, voluntary, youth-justice";
}

int
pack_compare_order(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	int ox = x->kind == ITEM_GUIDANCE && pack_given(x, KEY_ORDER) ?
	    x->guidance.order : INT_MAX;
	int oy = y->kind == ITEM_GUIDANCE && pack_given(y, KEY_ORDER) ?
	    y->guidance.order : INT_MAX;
	if (ox != oy)
		return ox < oy ? -1 : 1;
	return strcmp(x->id, y->id);
}

int
pack_valid_lang(const char *s)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz");
	return (n == 2 || n == 3) && s[n] == '\0';
}
