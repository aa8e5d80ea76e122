/* pack_image.c: a settled item as bytes with offsets for pointers (the
 * content cache's entries), and back. */
#include "pack_image.h"

#include <stdint.h>
#include <string.h>

/*
 * The order of an image's parts, which putting and taking both follow:
 * the struct item; then, when it has any, its ext (struct item_ext) with
 * its people and principles (each an array of values, one of positions,
 * then the strings), its rules (values, positions), its include, source,
 * edition and lang; then its key positions (at), its audience, its id
 * and its title. A part that is NULL takes no bytes.
 */

/* ---- putting ---- */

/* The image being made: out's bytes from base on. */
struct putter {
	struct buf *out;
	size_t base;
};

/* n zero bytes at the next offset aligned to align; returns it. */
static size_t
reserve(struct putter *w, size_t n, size_t align)
{
	static const char zeros[64];
	size_t at = w->out->len - w->base;
	for (size_t pad = (align - at % align) % align + n; pad > 0; ) {
		size_t k = pad < sizeof zeros ? pad : sizeof zeros;
		buf_add(w->out, zeros, k);
		pad -= k;
	}
	return at + (align - at % align) % align;
}

/* n bytes of p at the next offset aligned to align; returns it. */
static size_t
put(struct putter *w, const void *p, size_t n, size_t align)
{
	size_t at = reserve(w, 0, align);
	buf_add(w->out, p, n);
	return at;
}

/* Writes v, a pointer's value in the image (an offset), at offset at. */
static void
patch(struct putter *w, size_t at, uintptr_t v)
{
	memcpy(w->out->data + w->base + at, &v, sizeof v);
}

static char *
put_str(struct putter *w, const char *s)
{
	return s == NULL ? NULL : (char *)put(w, s, strlen(s) + 1, 1);
}

static struct item_list *
put_list(struct putter *w, const struct item_list *l)
{
	return l == NULL ? NULL : (struct item_list *)put(w, l, l->size,
	    _Alignof(struct item_list));
}

/* n positions of from, each in the item's own file: its path is the
 * taker's to set. */
static struct srcpos *
put_places(struct putter *w, const struct srcpos *from, size_t n)
{
	size_t at = reserve(w, n * sizeof *from, _Alignof(struct srcpos));
	for (size_t i = 0; i < n; i++) {
		struct srcpos p = { NULL, from[i].line, from[i].col };
		memcpy(w->out->data + w->base + at + i * sizeof p, &p, sizeof p);
	}
	return (struct srcpos *)at;
}

static void
put_strlist(struct putter *w, struct strlist *to, const struct strlist *from)
{
	size_t n = from->count;
	*to = (struct strlist){ NULL, NULL, n };
	if (n == 0)
		return;
	size_t values = reserve(w, n * sizeof(char *), _Alignof(char *));
	to->values = (char **)values;
	to->pos = put_places(w, from->pos, n);
	for (size_t i = 0; i < n; i++)
		patch(w, values + i * sizeof(char *),
		    (uintptr_t)put_str(w, from->values[i]));
}

/* Whether x holds anything an image keeps. */
static int
ext_kept(const struct item_ext *x)
{
	return x->source != NULL || x->edition != NULL || x->lang != NULL ||
	    x->people.count > 0 || x->principles.count > 0 ||
	    x->rules.count > 0 || x->include != NULL;
}

/* it's ext's part; returns its offset. */
static struct item_ext *
put_ext(struct putter *w, const struct item *it)
{
	const struct item_ext *fx = it->ext;
	struct item_ext x;
	memset(&x, 0, sizeof x);
	size_t at = reserve(w, sizeof x, _Alignof(struct item_ext));
	put_strlist(w, &x.people, &fx->people);
	put_strlist(w, &x.principles, &fx->principles);
	size_t n = fx->rules.count;
	x.rules.count = n;
	if (n > 0) {
		x.rules.values = (int *)put(w, fx->rules.values, n *
		    sizeof(int), _Alignof(int));
		x.rules.pos = put_places(w, fx->rules.pos, n);
	}
	x.include = put_list(w, fx->include);
	x.source = put_str(w, fx->source);
	x.edition = put_str(w, fx->edition);
	x.lang = put_str(w, fx->lang);
	memcpy(w->out->data + w->base + at, &x, sizeof x);
	return (struct item_ext *)at;
}

/* The bytes of each line and column in a settled item's at. */
static size_t
at_width(const struct item *it)
{
	return it->at_tiny ? 1 : it->at_short ? 2 : sizeof(int);
}

/* The fields of it's kind's part that an item read alone has. */
static void
put_part(struct item *s, const struct item *it)
{
	switch (it->kind) {
	case ITEM_GUIDANCE:
		s->guidance.order = it->guidance.order;
		break;
	case ITEM_MYTH:
		s->myth = it->myth;
		break;
	case ITEM_VIGNETTE:
		s->vignette.expected = it->vignette.expected;
		memcpy(s->vignette.facts, it->vignette.facts,
		    sizeof s->vignette.facts);
		s->vignette.why_index = it->vignette.why_index;
		s->vignette.names_recipient = it->vignette.names_recipient;
		break;
	case ITEM_BRIEFING:
		s->briefing.minutes = it->briefing.minutes;
		break;
	case ITEM_PACK:
		memcpy(s->pack.weights, it->pack.weights,
		    sizeof s->pack.weights);
		break;
	default:
		break;
	}
}

/* The head of it's image: every field kept, pointers apart, and no
 * other byte (a padding's or a spare bit's) but zero, so that the same
 * item always makes the same image. */
static void
put_head(struct item *s, const struct item *it)
{
	memset(s, 0, sizeof *s);
	s->pos.line = it->pos.line;
	s->pos.col = it->pos.col;
	s->source_hash = it->source_hash;
	s->hash = it->hash;
	s->given = it->given;
	s->at_set = it->at_set;
	s->pass_mark = it->pass_mark;
	s->body_line = it->body_line;
	s->words = it->words;
	s->kind = it->kind;
	s->at_short = it->at_short;
	s->at_tiny = it->at_tiny;
	put_part(s, it);
}

int
pack_image_put(const struct item *it, struct buf *out)
{
	if (!it->settled || it->kind <= ITEM_UNKNOWN || it->kind > ITEM_PACK ||
	    it->kind == ITEM_SCENARIO)
		return -1;
	struct putter w = { out, out->len };
	struct item s;
	put_head(&s, it);
	reserve(&w, sizeof s, _Alignof(struct item));
	if (ext_kept(it->ext))
		s.ext = put_ext(&w, it);
	size_t ats = (size_t)__builtin_popcount(it->at_set);
	if (ats > 0)
		s.at = (struct item_at *)put(&w, it->at, ats * 2 *
		    at_width(it), at_width(it));
	s.audience = put_list(&w, it->audience);
	s.id = put_str(&w, it->id);
	s.title = put_str(&w, it->title);
	memcpy(out->data + w.base, &s, sizeof s);
	return 0;
}

/* ---- taking ---- */

/* The image being taken back, in its block: each part is checked to be
 * where the one before ends (aligned), and to end in the image. */
struct taker {
	char *b;
	size_t n;		/* the image's bytes */
	size_t used;		/* where the parts taken so far end */
	int bad;
};

/* The part of size bytes aligned to align that the pointer at slot (an
 * offset) names, made a pointer; NULL for an offset of 0. */
static void *
part(struct taker *t, const void *slot, size_t size, size_t align)
{
	uintptr_t off;
	memcpy(&off, slot, sizeof off);
	if (off == 0 || t->bad)
		return NULL;
	size_t at = (t->used + align - 1) / align * align;
	if (off != at || at > t->n || size > t->n - at) {
		t->bad = 1;
		return NULL;
	}
	t->used = at + size;
	return t->b + at;
}

static char *
take_str(struct taker *t, const void *slot)
{
	uintptr_t off;
	memcpy(&off, slot, sizeof off);
	if (off == 0 || t->bad)
		return NULL;
	const char *nul = off == t->used && off < t->n ? memchr(t->b + off, 0,
	    t->n - off) : NULL;
	if (nul == NULL) {
		t->bad = 1;
		return NULL;
	}
	t->used = (size_t)(nul - t->b) + 1;
	return t->b + off;
}

/* Whether l, whose head is read and whose size bytes are in the image,
 * is a list pack_list_new could have made: every offset past the
 * places, every value ending in it. */
static int
list_fits(const struct item_list *l)
{
	size_t width = l->width, count = l->count, size = l->size;
	if (count == 0 || (width != 1 && width != 2 && width != 4) ||
	    count > size / (4 + 2 * width))
		return 0;
	size_t values = offsetof(struct item_list, off) + count * (4 + 2 *
	    width);
	if (values > size)
		return 0;
	for (size_t i = 0; i < count; i++)
		if (l->off[i] < values || l->off[i] >= size ||
		    memchr((const char *)l + l->off[i], 0, size - l->off[i]) ==
		    NULL)
			return 0;
	return 1;
}

static struct item_list *
take_list(struct taker *t, const void *slot)
{
	size_t head = offsetof(struct item_list, off);
	struct item_list *l = part(t, slot, head, _Alignof(struct item_list));
	if (l == NULL)
		return NULL;
	t->used -= head;
	if (l->size < head || l->size > t->n - t->used || !list_fits(l)) {
		t->bad = 1;
		return NULL;
	}
	t->used += l->size;
	return l;
}

/* n things of size bytes each at slot, with room for them checked
 * first; NULL for none (and n must be 0 then). */
static void *
take_array(struct taker *t, const void *slot, size_t n, size_t size,
    size_t align)
{
	if (n > (t->n - t->used) / size) {
		t->bad = 1;
		return NULL;
	}
	void *p = part(t, slot, n * size, align);
	t->bad |= (p == NULL) != (n == 0);
	return p;
}

static void
take_places(struct srcpos *pos, size_t n, const char *path)
{
	for (size_t i = 0; i < n; i++)
		pos[i].path = path;
}

static void
take_strlist(struct taker *t, struct strlist *l, const char *path)
{
	size_t n = l->count;
	l->values = take_array(t, &l->values, n, sizeof(char *),
	    _Alignof(char *));
	l->pos = take_array(t, &l->pos, n, sizeof(struct srcpos),
	    _Alignof(struct srcpos));
	if (l->values == NULL || l->pos == NULL)
		return;
	take_places(l->pos, n, path);
	for (size_t i = 0; i < n; i++) {
		l->values[i] = take_str(t, &l->values[i]);
		t->bad |= l->values[i] == NULL;
	}
}

/* The ext the image holds at slot, its notes set to notes. */
static struct item_ext *
take_ext(struct taker *t, const void *slot, const char *path)
{
	struct item_ext *x = part(t, slot, sizeof *x, _Alignof(struct
	    item_ext));
	if (x == NULL)
		return NULL;
	take_strlist(t, &x->people, path);
	take_strlist(t, &x->principles, path);
	size_t n = x->rules.count;
	x->rules.values = take_array(t, &x->rules.values, n, sizeof(int),
	    _Alignof(int));
	x->rules.pos = take_array(t, &x->rules.pos, n, sizeof(struct srcpos),
	    _Alignof(struct srcpos));
	if (x->rules.pos != NULL)
		take_places(x->rules.pos, n, path);
	x->include = take_list(t, &x->include);
	x->source = take_str(t, &x->source);
	x->edition = take_str(t, &x->edition);
	x->lang = take_str(t, &x->lang);
	x->translations = NULL;
	x->original = NULL;
	x->start = NULL;
	x->translation_count = 0;
	return x;
}

/* Takes the parts after the head into it, which is t's block. */
static void
take_parts(struct taker *t, struct item *it, const char *path)
{
	t->used = sizeof *it;
	struct item_ext *x = take_ext(t, &it->ext, path);
	it->ext = x != NULL ? x : &pack_no_ext;
	size_t ats = (size_t)__builtin_popcount(it->at_set);
	t->bad |= it->at_tiny && it->at_short;
	it->at = take_array(t, &it->at, ats, 2 * at_width(it), at_width(it));
	it->audience = take_list(t, &it->audience);
	it->id = take_str(t, &it->id);
	it->title = take_str(t, &it->title);
	t->bad |= it->id == NULL || t->used != t->n;
}

struct item *
pack_image_take(const void *image, size_t n, const char *path,
    struct diag_note *notes[3], struct pack_files *files,
    struct pack_carver *c)
{
	const struct item *head = image;
	uintptr_t ext;
	if (n < sizeof *head)
		return NULL;
	memcpy(&ext, (const char *)image + offsetof(struct item, ext),
	    sizeof ext);
	/* The path after the image, and an ext after that when the image
	 * has none and there are notes to hold. */
	size_t len = strlen(path) + 1, align = _Alignof(struct item_ext);
	size_t at_ext = (n + len + align - 1) / align * align;
	int own_ext = ext == 0 && (notes[0] != NULL || notes[1] != NULL ||
	    notes[2] != NULL);
	char *b = pack_files_carve(files, c, at_ext + (own_ext ?
	    sizeof(struct item_ext) : 0));
	/* A damaged image wastes what was carved for it (its file is read
	 * instead): no more than the cache's bytes, once. */
	memcpy(b, image, n);
	memcpy(b + n, path, len);
	struct item *it = (struct item *)(void *)b;
	struct taker t = { b, n, 0, 0 };
	t.bad = it->kind <= ITEM_UNKNOWN || it->kind > ITEM_PACK ||
	    it->kind == ITEM_SCENARIO;
	take_parts(&t, it, b + n);
	if (t.bad)
		return NULL;
	if (own_ext) {
		memset(b + at_ext, 0, sizeof(struct item_ext));
		it->ext = (struct item_ext *)(void *)(b + at_ext);
	}
	it->path = b + n;
	if (it->ext != &pack_no_ext) {
		struct item_ext *x = (struct item_ext *)(uintptr_t)it->ext;
		x->notes = notes[ITEM_NOTES];
		x->load_notes = notes[ITEM_LOAD_NOTES];
		x->lint_notes = notes[ITEM_LINT_NOTES];
	}
	it->frags = 0;
	it->doc = NULL;
	it->files = files;
	it->stamp = 0;
	if (it->kind == ITEM_PACK) {
		it->pack.members = NULL;
		it->pack.member_count = 0;
	}
	it->checked = 1;
	it->linted = 0;
	it->settled = 1;
	it->pooled = 1;
	it->ext_own = 0;
	it->stamp_old = 0;
	it->in_pack = 0;
	return it;
}
