/* buf.c: growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static void
buf_grow(struct buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
buf_reserve(struct buf *b, size_t extra)
{
	buf_grow(b, extra);
}

void
buf_add(struct buf *b, const void *data, size_t len)
{
	buf_grow(b, len);
	if (len > 0)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_add_str(struct buf *b, const void *data, size_t len)
{
	buf_grow(b, len + 1);
	if (len > 0)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len++] = '\0';
	b->data[b->len] = '\0';
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
buf_detach(struct buf *b)
{
	char *p = b->data ? b->data : xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

uint64_t
buf_hash(uint64_t h, const void *data, size_t len)
{
	/* Eight bytes a step (FNV-1a's byte at a time was a measurable part
	 * of a build that hashes every source): each word mixed in with a
	 * multiply and a shift, then the tail, then the length. */
	const unsigned char *p = data;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; i < len; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	h = (h ^ (uint64_t)len) * 0x100000001b3ULL;
	return h ^ (h >> 32);
}

/* One word into a lane, as buf_hash mixes each. */
static inline uint64_t
mix_word(uint64_t h, const unsigned char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	h = (h ^ w) * 0x100000001b3ULL;
	return h ^ (h >> 29);
}

uint64_t
buf_hash_wide(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;
	/* Lanes that start apart, so that the same words in two lanes do
	 * not cancel out. */
	uint64_t lane[4] = { h, h ^ 0x9e3779b97f4a7c15ULL,
	    h ^ 0xc2b2ae3d27d4eb4fULL, h ^ 0x165667b19e3779f9ULL };
	size_t i = 0;
	for (; len - i >= 32; i += 32)
		for (int k = 0; k < 4; k++)
			lane[k] = mix_word(lane[k], p + i + 8 * k);
	/* Folded in order, then the tail and the length as buf_hash. */
	h = lane[0];
	for (int k = 1; k < 4; k++) {
		h = (h ^ lane[k]) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	return buf_hash(h ^ (uint64_t)len, p + i, len - i);
}
