/* markdown.c: cmark parsing and read-only questions about a body's tree. */
#include "markdown.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "xalloc.h"

cmark_node *
md_parse(const char *text, size_t len)
{
	cmark_node *doc = cmark_parse_document(text, len, MD_OPTIONS);
	if (doc == NULL) {
		/* cmark returns NULL only when it cannot allocate. */
		fputs("sharepack: fatal: out of memory\n", stderr);
		abort();
	}
	return doc;
}

/* A chunk of an arena; its bytes follow, aligned for anything. */
struct md_chunk {
	struct md_chunk *next;
	size_t size;		/* bytes after the header */
	max_align_t align;
};

struct md_arena {
	struct md_chunk *used;	/* newest first: the newest is being filled */
	struct md_chunk *spare;	/* emptied by md_arena_reset */
	char *next, *end;	/* the newest chunk's free bytes */
	char *last;		/* the last allocation, which can grow in place */
};

/* Each allocation is preceded by its size, for realloc to copy. */
#define ARENA_ALIGN (sizeof(max_align_t))
#define ARENA_HEAD ARENA_ALIGN
/* Big enough for most bodies' trees, under glibc's mmap threshold. */
#define ARENA_CHUNK ((size_t)64 << 10)

static _Thread_local struct md_arena *arena_current;

static char *
chunk_bytes(struct md_chunk *c)
{
	return (char *)c + offsetof(struct md_chunk, align);
}

/* Makes room for need bytes in a chunk of its own: a spare one if one is
 * big enough, else a new one. */
static void
arena_grow(struct md_arena *a, size_t need)
{
	struct md_chunk **p = &a->spare;
	while (*p != NULL && (*p)->size < need)
		p = &(*p)->next;
	struct md_chunk *c = *p;
	if (c != NULL) {
		*p = c->next;
	} else {
		size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		c = xmalloc(offsetof(struct md_chunk, align) + size);
		c->size = size;
	}
	c->next = a->used;
	a->used = c;
	a->next = chunk_bytes(c);
	a->end = a->next + c->size;
}

static void *
arena_alloc(struct md_arena *a, size_t size)
{
	if (size > SIZE_MAX / 2) {
		fputs("sharepack: fatal: out of memory\n", stderr);
		abort();
	}
	size = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	if ((size_t)(a->end - a->next) < ARENA_HEAD + size)
		arena_grow(a, ARENA_HEAD + size);
	char *p = a->next + ARENA_HEAD;
	memcpy(p - sizeof size, &size, sizeof size);
	a->next = p + size;
	a->last = p;
	return p;
}

static struct md_arena *
arena_of_thread(void)
{
	if (arena_current == NULL) {
		fputs("sharepack: fatal: a Markdown tree used after its arena "
		    "was reset, or on another thread\n", stderr);
		abort();
	}
	return arena_current;
}

static void *
arena_calloc(size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / 2 / size) {
		fputs("sharepack: fatal: out of memory\n", stderr);
		abort();
	}
	void *p = arena_alloc(arena_of_thread(), n * size);
	memset(p, 0, n * size);
	return p;
}

static void *
arena_realloc(void *ptr, size_t size)
{
	struct md_arena *a = arena_of_thread();
	if (ptr == NULL)
		return arena_alloc(a, size);
	char *p = ptr;
	size_t old;
	memcpy(&old, p - sizeof old, sizeof old);
	if (size <= old)
		return p;
	/* cmark's buffers grow one at a time: the newest grows where it
	 * is while the chunk has room. */
	size_t want = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	if (p == a->last && want <= (size_t)(a->end - p)) {
		memcpy(p - sizeof want, &want, sizeof want);
		a->next = p + want;
		return p;
	}
	char *q = arena_alloc(a, size);
	memcpy(q, p, old);
	return q;
}

static void
arena_free(void *ptr)
{
	/* Everything goes at once, at the reset. */
	(void)ptr;
}

static cmark_mem arena_mem = { arena_calloc, arena_realloc, arena_free };

struct md_arena *
md_arena_new(void)
{
	return xcalloc(1, sizeof(struct md_arena));
}

cmark_node *
md_parse_in(struct md_arena *a, const char *text, size_t len)
{
	arena_current = a;
	cmark_parser *parser = cmark_parser_new_with_mem(MD_OPTIONS,
	    &arena_mem);
	cmark_parser_feed(parser, text, len);
	cmark_node *doc = cmark_parser_finish(parser);
	cmark_parser_free(parser);
	return doc;
}

void
md_arena_reset(struct md_arena *a)
{
	if (arena_current == a)
		arena_current = NULL;
	while (a->used != NULL) {
		struct md_chunk *c = a->used;
		a->used = c->next;
		c->next = a->spare;
		a->spare = c;
	}
	a->next = a->end = a->last = NULL;
}

void
md_arena_free(struct md_arena *a)
{
	if (a == NULL)
		return;
	md_arena_reset(a);
	while (a->spare != NULL) {
		struct md_chunk *c = a->spare;
		a->spare = c->next;
		free(c);
	}
	free(a);
}

static void
collect_text(cmark_node *node, struct buf *out)
{
	cmark_iter *iter = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		if (ev == CMARK_EVENT_EXIT) {
			/* Blocks end words: "end." and "Next" are two. */
			cmark_node_type t = cmark_node_get_type(n);
			if (t >= CMARK_NODE_FIRST_BLOCK &&
			    t <= CMARK_NODE_LAST_BLOCK && out->len > 0 && out->data[out->len - 1] != ' ')
				buf_putc(out, ' ');
			continue;
		}
		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_TEXT:
		case CMARK_NODE_CODE:
			buf_puts(out, cmark_node_get_literal(n));
			break;
		case CMARK_NODE_SOFTBREAK:
		case CMARK_NODE_LINEBREAK:
			buf_putc(out, ' ');
			break;
		default:
			break;
		}
	}
	cmark_iter_free(iter);
}

char *
md_plain_text(cmark_node *node)
{
	struct buf out = BUF_INIT;
	collect_text(node, &out);
	while (out.len > 0 && out.data[out.len - 1] == ' ')
		out.data[--out.len] = '\0';
	return buf_detach(&out);
}

/* Eight bytes at s as a number, the first the lowest, on any machine
 * (compilers make it one load). */
static inline uint64_t
load8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 |
	    (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40 |
	    (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
}

/* The words that start in s[0, n), a word being a run of anything but
 * spaces; *in_word says whether one runs on from before and is left
 * saying whether one runs on after. */
static size_t
words_in(const char *s, size_t n, int *in_word)
{
	static const unsigned char spaces[] = " \t\n\r";
	const uint64_t ones = 0x0101010101010101u, high = ones * 0x80,
	    low7 = ones * 0x7F;
	size_t words = 0, k = 0;
	int in = *in_word;
	/* Eight bytes at a time, with no branch on the text: the high bit
	 * of each byte that is a space, then of each that is not but
	 * follows one (or starts the text when no word runs on). */
	for (; n - k >= 8; k += 8) {
		uint64_t x = load8(s + k), sp = 0;
		for (int c = 0; c < 4; c++) {
			uint64_t y = x ^ (ones * spaces[c]);
			sp |= ~(((y & low7) + low7) | y) & high;
		}
		uint64_t starts = ~sp & high & (sp << 8 | (in ? 0 : 0x80));
		/* Each start as a 1 in its byte, summed into the top one. */
		words += (size_t)(((starts >> 7) * ones) >> 56);
		in = (sp >> 63) == 0;
	}
	for (; k < n; k++) {
		int space = md_word_space((unsigned char)s[k]);
		words += (size_t)(!space & !in);
		in = !space;
	}
	*in_word = in;
	return words;
}

/* md_plain_text_each's state: spaces are held back until something
 * follows them, since md_plain_text drops those at the end. */
struct text_walk {
	void (*put)(void *ctx, const char *s, size_t n);
	void *ctx;
	size_t spaces;		/* held back */
	int any;		/* anything at all so far */
	char last;		/* the last byte so far */
};

static void
walk_put(struct text_walk *w, const char *s, size_t n)
{
	static const char blanks[] = "                                ";
	size_t k = n;
	if (n == 0)
		return;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k > 0) {
		for (size_t m; w->spaces > 0; w->spaces -= m) {
			m = w->spaces < sizeof blanks - 1 ? w->spaces :
			    sizeof blanks - 1;
			w->put(w->ctx, blanks, m);
		}
		w->put(w->ctx, s, k);
	}
	w->spaces += n - k;
	w->any = 1;
	w->last = s[n - 1];
}

void
md_plain_text_each(cmark_node *node,
    void (*put)(void *ctx, const char *s, size_t n), void *ctx)
{
	/* collect_text's walk, handing on what it would append. */
	struct text_walk w = { put, ctx, 0, 0, '\0' };
	cmark_iter *iter = cmark_iter_new(node);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_EXIT) {
			if (t < CMARK_NODE_FIRST_BLOCK ||
			    t > CMARK_NODE_LAST_BLOCK)
				continue;
			if (w.any && w.last != ' ')
				walk_put(&w, " ", 1);
		} else if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
			const char *lit = cmark_node_get_literal(n);
			walk_put(&w, lit, strlen(lit));
		} else if (t == CMARK_NODE_SOFTBREAK ||
		    t == CMARK_NODE_LINEBREAK) {
			walk_put(&w, " ", 1);
		}
	}
	cmark_iter_free(iter);
}

cmark_node *
md_nth_heading(cmark_node *doc, int level, size_t n)
{
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(c) != level)
			continue;
		if (n-- == 0)
			return c;
	}
	return NULL;
}

cmark_node *
md_nth_block(cmark_node *doc, size_t n)
{
	cmark_node *c = cmark_node_first_child(doc);
	while (c != NULL && n-- > 0)
		c = cmark_node_next(c);
	return c;
}

size_t
md_block_index(cmark_node *block)
{
	size_t n = 0;
	while ((block = cmark_node_previous(block)) != NULL)
		n++;
	return n;
}

size_t
md_count_headings(cmark_node *doc, int level)
{
	/* One pass: counting by md_nth_heading would be quadratic. */
	size_t n = 0;
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c))
		n += cmark_node_get_type(c) == CMARK_NODE_HEADING &&
		    cmark_node_get_heading_level(c) == level;
	return n;
}

cmark_node *
md_find_heading(cmark_node *doc, int level, const char *text)
{
	for (cmark_node *c = cmark_node_first_child(doc); c != NULL;
	    c = cmark_node_next(c)) {
		if (cmark_node_get_type(c) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(c) != level)
			continue;
		char *t = md_plain_text(c);
		int match = strcasecmp(t, text) == 0;
		free(t);
		if (match)
			return c;
	}
	return NULL;
}

size_t
md_word_count(cmark_node *doc)
{
	/* The words of collect_text's text, counted as it walks, with no
	 * copy: the spaces it would add (at breaks and where blocks end)
	 * only end words. */
	size_t words = 0;
	int in_word = 0;
	cmark_iter *iter = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		cmark_node_type t = cmark_node_get_type(n);
		if (ev == CMARK_EVENT_EXIT) {
			if (t >= CMARK_NODE_FIRST_BLOCK &&
			    t <= CMARK_NODE_LAST_BLOCK)
				in_word = 0;
		} else if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
			const char *lit = cmark_node_get_literal(n);
			words += lit != NULL ? words_in(lit, strlen(lit),
			    &in_word) : 0;
		} else if (t == CMARK_NODE_SOFTBREAK ||
		    t == CMARK_NODE_LINEBREAK) {
			in_word = 0;
		}
	}
	cmark_iter_free(iter);
	return words;
}
