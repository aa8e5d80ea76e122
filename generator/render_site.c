/* render_site.c: which pages a project makes, rendered by a pool of
 * threads, item by item; where each page goes is the site map's
 * (sitemap.c). */
#include "render.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "catalogue.h"
#include "course.h"
#include "sitemap.h"
#include "xalloc.h"

/* ---- what each page is made from, for incremental builds ---- */

/* Everything outside the items (the program, theme, settings, options)
 * is in the record's global hash (record.h); these keys cover the items
 * a page reads. A scenario's page is always made again: its item comes
 * from a script run each build, with no file of its own to hash. */

static uint64_t
hash_str(uint64_t h, const char *s)
{
	return buf_hash(h, s ? s : "", s ? strlen(s) : 0);
}

/* Step i of c as a neighbour's link shows it, or a mark for none. */
static uint64_t
hash_step(uint64_t h, const struct course *c, size_t i)
{
	if (i >= c->count)
		return hash_str(h, "-");
	const struct course_step *st = &c->steps[i];
	h = hash_str(h, course_part_name(st->part));
	h = hash_str(h, pack_kind_name(st->item->kind));
	h = hash_str(h, st->item->id);
	return hash_str(h, st->item->title);
}

/* A guidance or briefing page: its file, and for each pack it is a step
 * of, the pack's name and the neighbouring steps its links show. */
static uint64_t
document_key(const struct course_set *cs, const struct item *it)
{
	uint64_t h = buf_hash(BUF_HASH_SEED, &it->source_hash,
	    sizeof it->source_hash);
	size_t n;
	const struct course_ref *r = course_set_find(cs, it, &n);
	for (size_t k = 0; k < n; k++) {
		const struct course *c = &cs->courses[r[k].course];
		const struct item *pk = cs->packs[r[k].course];
		h = hash_str(hash_str(h, pk->id), pk->title);
		h = hash_step(h, c, r[k].step == 0 ? SIZE_MAX : r[k].step - 1);
		h = hash_step(h, c, r[k].step + 1);
	}
	return h;
}

/* A pack member as the pack's pages read it: its file, or for a
 * script's scenario what the course shows of it. */
static uint64_t
member_key(uint64_t h, const struct item *m)
{
	if (m->source_hash != 0)
		return buf_hash(h, &m->source_hash, sizeof m->source_hash);
	h = buf_hash(h, &m->hash, sizeof m->hash);
	h = hash_str(hash_str(h, m->id), m->title);
	int minutes = course_minutes(m);
	return buf_hash(hash_str(h, pack_kind_name(m->kind)), &minutes,
	    sizeof minutes);
}

/* A pack's own page or its quiz (which): the pack's file and every
 * member. */
static uint64_t
pack_key(const struct item *pk, const char *which)
{
	uint64_t h = hash_str(BUF_HASH_SEED, which);
	h = buf_hash(h, &pk->source_hash, sizeof pk->source_hash);
	for (size_t i = 0; i < pk->pack.member_count; i++)
		h = member_key(h, pk->pack.members[i]);
	return h;
}

/* Whether the page at path (made and freed here) was carried over. */
static int
carried(const struct render_out *out, char *path, uint64_t key)
{
	int r = out->sink != NULL && out->sink->reuse != NULL &&
	    out->sink->reuse(out->sink->ctx, path, key);
	free(path);
	return r;
}

/* The pages one item makes, but those carried over. */
static void
render_item(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out)
{
	switch (it->kind) {
	case ITEM_PACK:
		if (!carried(out, sitemap_page(it), pack_key(it, "pack")))
			render_pack(it, t, cfg, out);
		if (!carried(out, sitemap_quiz(it), pack_key(it, "quiz")))
			render_quiz(it, t, cfg, out);
		else
			render_qcache_skip(cfg->questions, it);
		break;
	case ITEM_SCENARIO:
		render_scenario(p, it, t, cfg, out);
		break;
	case ITEM_GUIDANCE:
	case ITEM_BRIEFING:
		if (it->source_hash == 0 || !carried(out, sitemap_page(it),
		    document_key(cfg->courses, it)))
			render_document(p, it, t, cfg, out);
		break;
	default:
		break;
	}
}

/* How many pages render_item makes for it. */
static size_t
pages_of(const struct item *it)
{
	switch (it->kind) {
	case ITEM_PACK:
		return 2;
	case ITEM_SCENARIO:
	case ITEM_GUIDANCE:
	case ITEM_BRIEFING:
		return 1;
	default:
		return 0;
	}
}

/* What the threads share: the items are handed out in order, one at a
 * time, under lock. */
struct pool {
	const struct pack *p;
	const struct theme *t;
	const struct render_config *cfg;
	const struct render_sink *sink;	/* pages go there as they are
					 * made, or, when NULL... */
	struct render_out *kept;	/* ...into kept[i] for item i */
	pthread_mutex_t lock;
	size_t next;		/* the next item to render */
	size_t done;		/* items rendered, for the progress line */
	size_t pages, page_total;	/* pages written so far and in all,
					 * for the progress line when they
					 * are streamed */
};

/* One more item done: the progress line counts items rendered, or
 * pages written when each is written as it is made. Under pl->lock. */
static void
show_progress(struct pool *pl, const struct item *it)
{
	pl->done++;
	pl->pages += pages_of(it);
	if (pl->cfg->progress == NULL)
		return;
	if (pl->sink != NULL)
		diag_progress(pl->cfg->progress, pl->pages, pl->page_total,
		    "pages written");
	else
		diag_progress(pl->cfg->progress, pl->done, pl->p->count,
		    "items rendered");
}

static void *
pool_work(void *arg)
{
	struct pool *pl = arg;
	for (;;) {
		pthread_mutex_lock(&pl->lock);
		size_t i = pl->next < pl->p->count ? pl->next++ : SIZE_MAX;
		pthread_mutex_unlock(&pl->lock);
		if (i == SIZE_MAX)
			break;
		struct render_out streamed = { NULL, 0, 0, pl->sink };
		struct render_out *out = pl->sink ? &streamed : &pl->kept[i];
		render_item(pl->p, pl->p->items[i], pl->t, pl->cfg, out);
		pthread_mutex_lock(&pl->lock);
		show_progress(pl, pl->p->items[i]);
		pthread_mutex_unlock(&pl->lock);
	}
	return NULL;
}

/* How many threads render: cfg's, or one per processor online. */
static size_t
thread_count(const struct render_config *cfg, size_t items)
{
	long n = cfg->jobs > 0 ? (long)cfg->jobs :
	    sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	return (size_t)n < items ? (size_t)n : items > 0 ? items : 1;
}

/* Renders every item's pages, in parallel; the pages stay in item
 * order whether they are kept or streamed, since each goes to its own
 * file. */
static void
render_items(struct pool *pl)
{
	size_t n = thread_count(pl->cfg, pl->p->count);
	/* libxml2 sets up its global state once, before any thread. */
	xmlInitParser();
	pthread_t *threads = xcalloc(n, sizeof *threads);
	size_t started = 0;
	for (size_t i = 1; i < n; i++)
		if (pthread_create(&threads[i], NULL, pool_work, pl) == 0)
			started = i;
		else
			break;
	pool_work(pl);
	for (size_t i = 1; i <= started; i++)
		pthread_join(threads[i], NULL);
	free(threads);
}

/* Moves the pages of each of kept[0..n) into out, in that order. */
static void
gather(struct render_out *kept, size_t n, struct render_out *out)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < kept[i].count; k++) {
			render_out_add(out, kept[i].files[k].path,
			    &kept[i].files[k].content);
		}
		render_out_free(&kept[i]);
	}
}

void
render_site(const struct pack *p, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	static const struct render_config none;
	struct render_config site_cfg = cfg != NULL ? *cfg : none;
	site_cfg.organisation = p->settings.organisation;
	struct course_set courses;
	course_set_build(p, &courses);
	site_cfg.courses = &courses;
	site_cfg.questions = render_qcache_new(p);
	/* The built-in words when the caller loaded none (a unit test, a
	 * fuzz target); tests/unit checks that they read without an error. */
	struct catalogue *builtin = NULL;
	if (site_cfg.strings == NULL) {
		struct diag quiet;
		diag_init(&quiet, stderr);
		site_cfg.strings = builtin = catalogue_load(CATALOGUE_REFERENCE,
		    NULL, NULL, &quiet);
	}
	/* Every page starts from the layout with the settings in it; the
	 * theme's assets stay the theme's. */
	struct theme site_theme = *t;
	site_theme.layout = render_settings_layout(t->layout, &p->settings);
	render_index(p, &site_theme, out);
	render_coverage(p, &site_theme, out);
	struct pool pl = { p, &site_theme, &site_cfg, out->sink, NULL,
	    PTHREAD_MUTEX_INITIALIZER, 0, 0, 1, 1 };
	for (size_t i = 0; i < p->count; i++)
		pl.page_total += pages_of(p->items[i]);
	if (out->sink == NULL)
		pl.kept = xcalloc(p->count ? p->count : 1, sizeof *pl.kept);
	render_items(&pl);
	if (pl.kept != NULL)
		gather(pl.kept, p->count, out);
	free(pl.kept);
	pthread_mutex_destroy(&pl.lock);
	if (site_cfg.progress != NULL)
		diag_progress_done(site_cfg.progress);
	render_settings_assets(&p->settings, out);
	course_set_free(&courses);
	render_qcache_free(site_cfg.questions);
	catalogue_free(builtin);
	xmlFreeDoc(site_theme.layout);
}
