/*
 * markdown.h: item bodies parsed by cmark, and the few questions the later
 * stages ask of a parsed body. Parsing never fails: CommonMark gives every
 * input a meaning.
 */
#ifndef SHAREPACK_MARKDOWN_H
#define SHAREPACK_MARKDOWN_H

#include <stddef.h>

#include <cmark.h>

/* Options every body is parsed with: source positions for messages, smart
 * punctuation for print-quality quotes and dashes. Raw HTML is dropped later,
 * when the tree becomes DOM nodes or HTML text (md_dom.c, md_html.c),
 * whatever cmark's own mode. */
#define MD_OPTIONS (CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART)

/* Parses len bytes of Markdown. The caller owns the tree
 * (cmark_node_free). */
cmark_node *md_parse(const char *text, size_t len);

/*
 * An arena for trees that are dropped whole, as soon as the thread that
 * parsed them is done with them (a content file's, once its own checks
 * are done): cmark's nodes, strings and parser buffers come out of big
 * chunks, one at a time, instead of a malloc and a free each.
 * md_arena_new makes an empty arena (freed with md_arena_free, which
 * frees every tree in it); md_parse_in parses into it; md_arena_reset
 * drops every tree in it at once and keeps the chunks for the next.
 *
 * cmark's allocator takes no context, so a tree finds its arena through
 * the thread: md_parse_in makes the arena this thread's until it is reset
 * or freed, and cmark allocates from it even after parsing (an iterator,
 * a literal's copy). The rules, which nothing checks but a crash:
 *  - a tree in an arena is read only on the thread that parsed it, and
 *    only while that arena is the thread's (no md_parse_in into another
 *    arena in between);
 *  - it is never freed node by node (cmark_node_free, cmark_node_unlink
 *    and the like), and never read after the reset or free: nothing may
 *    keep a pointer into it (a node, a literal, a URL) past that;
 *  - so never for a tree that outlives its parse: an item's doc that the
 *    item keeps, a scenario's steps, the settings' welcome.
 * Using a tree when its arena is not the thread's aborts.
 */
struct md_arena;
struct md_arena *md_arena_new(void);
cmark_node *md_parse_in(struct md_arena *a, const char *text, size_t len);
void md_arena_reset(struct md_arena *a);
void md_arena_free(struct md_arena *a);

/* The first level-`level` heading directly under doc whose text is `text`
 * (ASCII case ignored), or NULL. Borrowed from doc. */
cmark_node *md_find_heading(cmark_node *doc, int level, const char *text);

/* How many level-`level` headings stand directly under doc. */
size_t md_count_headings(cmark_node *doc, int level);

/* The n-th (0-based) level-`level` heading directly under doc, or NULL. */
cmark_node *md_nth_heading(cmark_node *doc, int level, size_t n);

/* The n-th (0-based) block directly under doc, or NULL. Borrowed. And
 * the place of block among doc's, the other way round. */
cmark_node *md_nth_block(cmark_node *doc, size_t n);
size_t md_block_index(cmark_node *block);

/* The number of words in the tree's text: runs of bytes that are not
 * md_word_space. */
size_t md_word_count(cmark_node *doc);

/* Whether c is a space between words: ' ', tab, line feed or CR. With
 * no branch, as loops over every byte of a text call it: a bit each in
 * one number, and & where || would branch. */
static inline int
md_word_space(unsigned char c)
{
	const unsigned long long spaces = 1ULL << ' ' | 1ULL << '\t' |
	    1ULL << '\n' | 1ULL << '\r';
	return (c <= ' ') & (int)(spaces >> (c & 63) & 1);
}

/* The plain text of a node's inline content; the caller frees it. */
char *md_plain_text(cmark_node *node);

/* The same text handed to put in pieces, in order, with no copy made:
 * the pieces joined are md_plain_text's string. Each piece is borrowed
 * for the call only. The words in the pieces joined (runs of bytes that
 * are not md_word_space) are md_word_count's: the spaces the text has
 * at breaks and where blocks end only end words, so a caller that reads
 * every byte anyway can count them on the way. */
void md_plain_text_each(cmark_node *node,
    void (*put)(void *ctx, const char *s, size_t n), void *ctx);

#endif
