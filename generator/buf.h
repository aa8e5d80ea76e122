/*
 * buf.h: a growable byte buffer, always NUL-terminated, for file contents and
 * for serialised pages. The buffer owns its bytes; buf_free releases them, and
 * buf_detach hands them to the caller (who then frees them with free()).
 */
#ifndef SHAREPACK_BUF_H
#define SHAREPACK_BUF_H

#include <stddef.h>
#include <stdint.h>

struct buf {
	char *data;	/* NUL-terminated; NULL until something is added */
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_add(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
/* Makes room for extra more bytes at once, so that adding them moves
 * nothing: for a text whose likely size is known before it is written. */
void buf_reserve(struct buf *b, size_t extra);
/* Adds len bytes and a NUL that stays in b (its len grows by len + 1), to
 * pack strings one after another, each still a C string. */
void buf_add_str(struct buf *b, const void *data, size_t len);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Returns the bytes (never NULL) and empties b; the caller frees them. */
char *buf_detach(struct buf *b);
void buf_free(struct buf *b);

/* The seed for buf_hash: a hash of no bytes. */
#define BUF_HASH_SEED 0xcbf29ce484222325ULL
/* h continued over len bytes of data, and their count (an FNV-style
 * multiply, a word at a time), so "ab" then "c" differs from "a" then
 * "bc": what incremental builds compare inputs by. Not for anything an
 * attacker chooses to collide. */
uint64_t buf_hash(uint64_t h, const void *data, size_t len);
/* The same kind of hash of a whole file's bytes, but a different value:
 * four words a step, each mixed into a lane of its own, so that the
 * multiplies overlap rather than wait for each other. For what is kept
 * no longer than the program that made it (the content cache's source
 * hashes). */
uint64_t buf_hash_wide(uint64_t h, const void *data, size_t len);

#endif
