/*
 * render_qcache.c: each quiz question's Markdown rendered once, as HTML
 * fragments (html5.h), for every quiz that asks it: a question is in
 * several packs, and its case and reasoning were rendered again into
 * each. A fragment is kept until the last quiz that asks it is made, and
 * no more than a fixed number of bytes are kept at once: past that, a
 * question is rendered for each quiz as before. The pages are the same
 * either way.
 */
#include "render.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "body.h"
#include "html5.h"
#include "md_dom.h"
#include "sitemap.h"
#include "xalloc.h"

/* The most fragment bytes kept at once. */
#define QCACHE_MAX_BYTES ((size_t)32 << 20)

enum qstate { Q_NONE, Q_MAKING, Q_KEPT, Q_NOT_KEPT };

struct qentry {
	const struct item *it;	/* borrowed */
	size_t uses;		/* quizzes still to be made that ask it */
	enum qstate state;
	struct render_qparts parts;	/* while Q_KEPT */
};

struct render_qcache {
	struct qentry *e;	/* sorted by item address */
	size_t count;
	pthread_mutex_t lock;	/* over the entries and bytes */
	size_t bytes;
};

static int
entry_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct qentry *)a)->it;
	uintptr_t y = (uintptr_t)((const struct qentry *)b)->it;
	return x < y ? -1 : x > y;
}

static struct qentry *
find(const struct render_qcache *c, const struct item *it)
{
	struct qentry key = { it, 0, Q_NONE, { NULL, NULL } };
	return c == NULL ? NULL : bsearch(&key, c->e, c->count, sizeof *c->e,
	    entry_cmp);
}

struct render_qcache *
render_qcache_new(const struct pack *p, const struct render_lang *langs,
    size_t n)
{
	struct render_qcache *c = xcalloc(1, sizeof *c);
	/* Sized for the questions alone: it lives through the whole
	 * render, one entry per question of the corpus. */
	size_t questions = 0;
	for (size_t i = 0; i < p->count; i++)
		questions += sitemap_is_question(p->items[i]) != 0;
	c->e = xcalloc(questions + 1, sizeof *c->e);
	for (size_t i = 0; i < p->count; i++)
		if (sitemap_is_question(p->items[i]))
			c->e[c->count++].it = p->items[i];
	qsort(c->e, c->count, sizeof *c->e, entry_cmp);
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		for (size_t k = 0; pk->kind == ITEM_PACK &&
		    k < pk->pack.member_count; k++) {
			struct qentry *q = find(c, pk->pack.members[k]);
			for (size_t l = 0; q != NULL && l < n; l++)
				q->uses += render_shown(&langs[l], q->it) ==
				    q->it;
		}
	}
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

/* The HTML of Markdown blocks first up to stop, as md_dom puts them into
 * a parent of their own, or NULL when there are none. */
static struct html5_frag *
blocks(cmark_node *first, cmark_node *stop)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(doc, div);
	md_dom_append(div, first, stop, 3);
	struct html5_frag *f = NULL;
	if (div->children != NULL) {
		f = html5_frag_new();
		for (xmlNodePtr n = div->children; n != NULL; n = n->next)
			html5_frag_add(f, n);
	}
	xmlFreeDoc(doc);
	return f;
}

/* A question's parts, rendered now; the caller frees them. */
static void
make_parts(const struct item *it, struct render_qparts *parts)
{
	struct body b;
	body_open(it, &b);
	if (it->kind == ITEM_MYTH) {
		parts->shown = NULL;
		parts->why = blocks(cmark_node_first_child(b.doc), NULL);
	} else {
		parts->shown = blocks(cmark_node_first_child(b.doc), b.why);
		parts->why = b.why == NULL ? NULL :
		    blocks(cmark_node_next(b.why), NULL);
	}
	body_close(&b);
}

static size_t
parts_bytes(const struct render_qparts *parts)
{
	return (parts->shown ? html5_frag_len(parts->shown) : 0) +
	    (parts->why ? html5_frag_len(parts->why) : 0);
}

static void
free_parts(struct render_qparts *parts)
{
	html5_frag_free(parts->shown);
	html5_frag_free(parts->why);
	parts->shown = parts->why = NULL;
}

int
render_qcache_get(struct render_qcache *c, const struct item *it,
    struct render_qparts *parts)
{
	struct qentry *q = find(c, it);
	if (q == NULL) {
		make_parts(it, parts);
		return 0;
	}
	pthread_mutex_lock(&c->lock);
	enum qstate was = q->state;
	if (was == Q_KEPT)
		*parts = q->parts;
	else if (was == Q_NONE)
		q->state = Q_MAKING;
	pthread_mutex_unlock(&c->lock);
	if (was == Q_KEPT)
		return 1;
	/* Rendered outside the lock; another thread asking meanwhile
	 * renders its own copy. */
	make_parts(it, parts);
	if (was != Q_NONE)
		return 0;
	size_t n = parts_bytes(parts);
	pthread_mutex_lock(&c->lock);
	int keep = c->bytes + n <= QCACHE_MAX_BYTES && q->uses > 1;
	q->state = keep ? Q_KEPT : Q_NOT_KEPT;
	if (keep) {
		q->parts = *parts;
		c->bytes += n;
	}
	pthread_mutex_unlock(&c->lock);
	return keep;
}

void
render_qcache_done(struct render_qcache *c, const struct item *it,
    struct render_qparts *parts, int kept)
{
	struct qentry *q = find(c, it);
	struct render_qparts gone = { NULL, NULL };
	if (q != NULL) {
		pthread_mutex_lock(&c->lock);
		if (q->uses > 0)
			q->uses--;
		if (q->uses == 0 && q->state == Q_KEPT) {
			c->bytes -= parts_bytes(&q->parts);
			gone = q->parts;
			q->parts = (struct render_qparts){ NULL, NULL };
			q->state = Q_NOT_KEPT;
		}
		pthread_mutex_unlock(&c->lock);
	}
	free_parts(&gone);
	if (!kept)
		free_parts(parts);
}

void
render_qcache_skip(struct render_qcache *c, const struct render_lang *l,
    const struct item *pk)
{
	for (size_t k = 0; c != NULL && k < pk->pack.member_count; k++) {
		struct render_qparts none = { NULL, NULL };
		const struct item *q = render_shown(l, pk->pack.members[k]);
		if (find(c, q) != NULL)
			render_qcache_done(c, q, &none, 0);
	}
}

void
render_qcache_free(struct render_qcache *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->count; i++)
		free_parts(&c->e[i].parts);
	pthread_mutex_destroy(&c->lock);
	free(c->e);
	free(c);
}
