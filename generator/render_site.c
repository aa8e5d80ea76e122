/* render_site.c: which pages a project makes, in which languages,
 * rendered by a pool of threads, item by item and language by language;
 * where each page goes is the site map's (sitemap.c). */
#include "render.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "catalogue.h"
#include "course.h"
#include "coverage.h"
#include "html5.h"
#include "render_strings.h"
#include "sitemap.h"
#include "xalloc.h"

/* ---- what each page is made from, for incremental builds ---- */

/* Everything outside the items (the program, theme, settings, options,
 * catalogues) is in the record's global hash (record.h); these keys cover
 * the items a page reads: in another language than the default, each
 * item's translation too, where it has one. A scenario's page is always
 * made again: its item comes from a script run each build, with no file
 * of its own to hash. */

static uint64_t
hash_str(uint64_t h, const char *s)
{
	return buf_hash(h, s ? s : "", s ? strlen(s) : 0);
}

/* it's file, and in l's language its translation's file, when it has
 * one. */
static uint64_t
hash_files(uint64_t h, const struct render_lang *l, const struct item *it)
{
	const struct item *shown = render_shown(l, it);
	h = buf_hash(h, &it->source_hash, sizeof it->source_hash);
	if (shown != it)
		h = buf_hash(h, &shown->source_hash, sizeof shown->source_hash);
	return h;
}

/* Step i of c as a neighbour's link shows it, or a mark for none. */
static uint64_t
hash_step(uint64_t h, const struct render_lang *l, const struct course *c,
    size_t i)
{
	if (i >= c->count)
		return hash_str(h, "-");
	const struct course_step *st = &c->steps[i];
	h = hash_str(h, course_part_key(st->part));
	h = hash_str(h, pack_kind_name(st->item->kind));
	h = hash_str(h, st->item->id);
	return hash_str(h, render_shown(l, st->item)->title);
}

/* A guidance or briefing page: its file, and for each pack it is a step
 * of, the pack's name and the neighbouring steps its links show. */
static uint64_t
document_key(const struct course_set *cs, const struct render_lang *l,
    const struct item *it)
{
	uint64_t h = hash_files(BUF_HASH_SEED, l, it);
	size_t n;
	const struct course_ref *r = course_set_find(cs, it, &n);
	for (size_t k = 0; k < n; k++) {
		const struct course *c = &cs->courses[r[k].course];
		const struct item *pk = cs->packs[r[k].course];
		h = hash_str(hash_str(h, pk->id), render_shown(l, pk)->title);
		h = hash_step(h, l, c, r[k].step == 0 ? SIZE_MAX :
		    r[k].step - 1);
		h = hash_step(h, l, c, r[k].step + 1);
	}
	return h;
}

/* A pack member as the pack's pages read it: its file, or for a
 * script's scenario what the course shows of it. */
static uint64_t
member_key(uint64_t h, const struct render_lang *l, const struct item *m)
{
	if (m->source_hash != 0)
		return hash_files(h, l, m);
	h = buf_hash(h, &m->hash, sizeof m->hash);
	h = hash_str(hash_str(h, m->id), m->title);
	int minutes = course_minutes(m);
	return buf_hash(hash_str(h, pack_kind_name(m->kind)), &minutes,
	    sizeof minutes);
}

/* A pack's own page, which lists every member, and its quiz, which
 * shows only the questions: each hashes what it is ("pack", "quiz"),
 * the pack's file and the members it reads, so a changed guidance page
 * does not make the quiz again. Both in one pass over the members, each
 * of which is a read from memory far away. */
static void
pack_keys(const struct render_lang *l, const struct item *pk,
    uint64_t *page, uint64_t *quiz)
{
	uint64_t h = hash_files(hash_str(BUF_HASH_SEED, "pack"), l, pk);
	uint64_t q = hash_files(hash_str(BUF_HASH_SEED, "quiz"), l, pk);
	for (size_t i = 0; i < pk->pack.member_count; i++) {
		const struct item *m = pk->pack.members[i];
		h = member_key(h, l, m);
		if (sitemap_is_question(m))
			q = member_key(q, l, m);
	}
	*page = h;
	*quiz = q;
}

/* h continued over s, or over a mark no string hashes to. */
static uint64_t
hash_opt(uint64_t h, const char *s)
{
	return s != NULL ? buf_hash(hash_str(h, s), "=", 1) :
	    buf_hash(h, "", 0) ^ 1;
}

/* How a link to it shows it in l's language: its kind and id (the
 * address), its title, and the language it is marked in. */
static uint64_t
hash_link(uint64_t h, const struct render_lang *l, const struct item *it)
{
	const struct item *shown = render_shown(l, it);
	h = hash_str(h, pack_kind_name(it->kind));
	h = hash_opt(hash_opt(h, it->id), shown->title);
	return hash_opt(h, render_foreign(l, shown));
}

/* The front page: each pack's link, number of questions and pass mark,
 * and the link of each scenario, briefing and guidance page with what
 * the list is sorted by (pack_compare_order); not a body, so a changed
 * page's text leaves the front page as it was. */
static uint64_t
index_key(const struct pack *p, const struct render_lang *l)
{
	uint64_t h = hash_str(BUF_HASH_SEED, "index");
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		int n;
		switch (it->kind) {
		case ITEM_PACK:
			n = (int)sitemap_question_count(it);
			h = buf_hash(hash_link(h, l, it), &n, sizeof n);
			h = buf_hash(h, &it->pass_mark, sizeof it->pass_mark);
			break;
		case ITEM_GUIDANCE:
			n = pack_given(it, KEY_ORDER) ? it->guidance.order :
			    INT_MAX;
			h = buf_hash(hash_link(h, l, it), &n, sizeof n);
			break;
		case ITEM_SCENARIO:
		case ITEM_BRIEFING:
			h = hash_link(h, l, it);
			break;
		default:
			break;
		}
	}
	return h;
}

/* The coverage page and coverage.csv: each pack's link and edition, and
 * the counts themselves (coverage_count), which are all they show of the
 * members. */
static uint64_t
coverage_key(const struct pack *p, const struct render_lang *l)
{
	uint64_t h = hash_str(BUF_HASH_SEED, "coverage");
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		struct coverage c;
		coverage_count(pk, &c);
		h = hash_opt(hash_link(h, l, pk), pk->ext->edition);
		h = buf_hash(h, &c.edition_count, sizeof c.edition_count);
		for (size_t e = 0; e < c.edition_count; e++)
			h = hash_opt(h, c.editions[e]);
		h = buf_hash(h, c.rules, c.edition_count * sizeof c.rules[0]);
		h = buf_hash(h, c.principles, sizeof c.principles);
	}
	return h;
}

/* Whether the page at path (made and freed here) in l's language was
 * carried over. */
static int
carried(const struct render_out *out, const struct render_lang *l,
    char *path, uint64_t key)
{
	/* The default language's pages are at their own paths: no copy. */
	char *at = l->dir != NULL ? sitemap_in_lang(l->dir, path) : path;
	int r = out->sink != NULL && out->sink->reuse != NULL &&
	    out->sink->reuse(out->sink->ctx, at, key);
	if (at != path)
		free(at);
	free(path);
	return r;
}

/* The pages one item makes in cfg's language, but those carried over. */
static void
render_item(const struct pack *p, const struct item *it,
    const struct theme *t, const struct render_config *cfg,
    struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	uint64_t page, quiz;
	switch (it->kind) {
	case ITEM_PACK:
		pack_keys(l, it, &page, &quiz);
		if (!carried(out, l, sitemap_page(it), page))
			render_pack(it, t, cfg, out);
		if (!carried(out, l, sitemap_quiz(it), quiz))
			render_quiz(it, t, cfg, out);
		break;
	case ITEM_SCENARIO:
		render_scenario(p, it, t, cfg, out);
		break;
	case ITEM_GUIDANCE:
	case ITEM_BRIEFING:
		if (it->source_hash == 0 || !carried(out, l, sitemap_page(it),
		    document_key(cfg->courses, l, it)))
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

/* The site's languages: the pages of each, made from a layout with
 * its words in. */
struct site_langs {
	struct render_lang *langs;	/* count; the root's first */
	size_t count;
	struct render_config *cfgs;	/* one per language: the build's,
					 * with page_lang set */
	struct theme *themes;	/* one per language: the theme with the
				 * settings and its words in the layout */
	struct catalogue **loaded;	/* catalogues loaded here, count */
	struct html5_frag **course_strings;	/* one per language, which
						 * its cfgs[i] lends */
};

/* The pages of the site as a whole in each language, the first jobs:
 * the front page, then the coverage page (with coverage.csv at the
 * root). */
#define SITE_JOBS 2

/* What the threads share: the jobs, the site's own pages then one item
 * in one language each, are handed out in order, one at a time, under
 * lock. */
struct pool {
	const struct pack *p;
	const struct site_langs *sl;
	const struct render_config *cfg;
	const struct render_sink *sink;	/* pages go there as they are
					 * made, or, when NULL... */
	struct render_out *kept;	/* ...into kept[i] for job i */
	pthread_mutex_t lock;
	size_t next;		/* the next job */
	size_t jobs;		/* SITE_JOBS and items, times languages */
	size_t done;		/* jobs done, for the progress line */
	size_t pages, page_total;	/* pages written so far and in all,
					 * for the progress line when they
					 * are streamed */
};

/* One more job done, of pages pages: the progress line counts items
 * rendered, or pages written when each is written as it is made. Under
 * pl->lock. */
static void
show_progress(struct pool *pl, size_t pages)
{
	pl->done++;
	pl->pages += pages;
	if (pl->cfg->progress == NULL)
		return;
	if (pl->sink != NULL)
		diag_progress(pl->cfg->progress, pl->pages, pl->page_total,
		    "pages written");
	else
		diag_progress(pl->cfg->progress, pl->done, pl->jobs,
		    "items rendered");
}

/* The site's own page which (< SITE_JOBS) in cfg's language, unless
 * carried over: each is made again only when what it shows of the items
 * changed. */
static void
render_site_page(const struct pack *p, size_t which, const struct theme *t,
    const struct render_config *cfg, struct render_out *out)
{
	const struct render_lang *l = cfg->page_lang;
	if (which == 0) {
		if (!carried(out, l, xstrdup(sitemap_front()),
		    index_key(p, l)))
			render_index(p, t, cfg, out);
		return;
	}
	uint64_t key = coverage_key(p, l);
	if (!carried(out, l, xstrdup(sitemap_coverage()), key))
		render_coverage(p, t, cfg, out);
	if (l->dir == NULL && !carried(out, l, xstrdup(sitemap_coverage_csv()),
	    key))
		render_coverage_csv(p, out);
}

/* How many pages job i makes: the site's own pages count as one, and
 * an item's are render_item's. */
static size_t
job_pages(const struct pool *pl, size_t i)
{
	size_t site = SITE_JOBS * pl->sl->count;
	return i < site ? 1 : pages_of(pl->p->items[(i - site) %
	    pl->p->count]);
}

/* Makes job i's pages. */
static void
run_job(struct pool *pl, size_t i)
{
	struct render_out streamed = { NULL, 0, 0, pl->sink };
	struct render_out *out = pl->sink ? &streamed : &pl->kept[i];
	size_t site = SITE_JOBS * pl->sl->count;
	if (i < site) {
		render_site_page(pl->p, i % SITE_JOBS,
		    &pl->sl->themes[i / SITE_JOBS],
		    &pl->sl->cfgs[i / SITE_JOBS], out);
		return;
	}
	size_t lang = (i - site) / pl->p->count;
	render_item(pl->p, pl->p->items[(i - site) % pl->p->count],
	    &pl->sl->themes[lang], &pl->sl->cfgs[lang], out);
}

/* Each thread takes the next job and reports the last one done in one
 * hold of the lock; an item that makes no page (a question: most of a
 * corpus's items) is done as it is handed out, with no hold of its
 * own. */
static void *
pool_work(void *arg)
{
	struct pool *pl = arg;
	size_t i = SIZE_MAX;
	pthread_mutex_lock(&pl->lock);
	for (;;) {
		if (i != SIZE_MAX)
			show_progress(pl, job_pages(pl, i));
		while (pl->next < pl->jobs && job_pages(pl, pl->next) == 0) {
			pl->next++;
			show_progress(pl, 0);
		}
		if (pl->next >= pl->jobs)
			break;
		i = pl->next++;
		pthread_mutex_unlock(&pl->lock);
		run_job(pl, i);
		pthread_mutex_lock(&pl->lock);
	}
	pthread_mutex_unlock(&pl->lock);
	return NULL;
}

/* How many threads render: cfg's, or one per processor online. */
static size_t
thread_count(const struct render_config *cfg, size_t jobs)
{
	long n = cfg->jobs > 0 ? (long)cfg->jobs :
	    sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	return (size_t)n < jobs ? (size_t)n : jobs > 0 ? jobs : 1;
}

/* Renders every item's pages, in parallel; the pages stay in job
 * order whether they are kept or streamed, since each goes to its own
 * file. */
static void
render_items(struct pool *pl)
{
	size_t n = thread_count(pl->cfg, pl->jobs);
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

/* The languages the pages are made in, codes into codes[]: cfg's one,
 * or the project's default then each other the settings list. Returns
 * how many. */
static size_t
lang_codes(const struct pack *p, const struct render_config *cfg,
    const char *codes[PACK_MAX_LANGUAGES + 1])
{
	size_t n = 0;
	codes[n++] = cfg->lang != NULL ? cfg->lang :
	    pack_default_lang(&p->settings);
	const struct strlist *more = &p->settings.languages;
	for (size_t i = 0; cfg->lang == NULL && i < more->count &&
	    n <= PACK_MAX_LANGUAGES; i++) {
		int seen = 0;
		for (size_t k = 0; k < n; k++)
			seen |= strcmp(codes[k], more->values[i]) == 0;
		if (!seen)
			codes[n++] = more->values[i];
	}
	return n;
}

/* The catalogue of lang: the one cfg was given, or the built-in one
 * (loaded into *loaded, which the caller frees), or for a language with
 * none the reference's, so a page still says something. NULL only when
 * even that cannot be had. */
static const struct catalogue *
lang_catalogue(const struct render_config *cfg, const char *lang,
    struct catalogue **loaded)
{
	for (size_t i = 0; i < cfg->catalogue_count; i++)
		if (strcmp(cfg->catalogues[i]->lang, lang) == 0)
			return cfg->catalogues[i];
	/* A built-in catalogue is known good: nothing to report. */
	struct diag quiet;
	diag_init(&quiet, stderr);
	*loaded = catalogue_load(catalogue_builtin_has(lang) ? lang :
	    CATALOGUE_REFERENCE, NULL, NULL, &quiet);
	return *loaded;
}

/* Fills sl with the site's languages, each with its catalogue, its
 * build configuration and its layout. */
static void
site_langs_make(struct site_langs *sl, const struct pack *p,
    const struct theme *t, const struct render_config *cfg)
{
	const char *codes[PACK_MAX_LANGUAGES + 1];
	sl->count = lang_codes(p, cfg, codes);
	sl->langs = xcalloc(sl->count, sizeof *sl->langs);
	sl->cfgs = xcalloc(sl->count, sizeof *sl->cfgs);
	sl->themes = xcalloc(sl->count, sizeof *sl->themes);
	sl->loaded = xcalloc(sl->count, sizeof *sl->loaded);
	sl->course_strings = xcalloc(sl->count, sizeof *sl->course_strings);
	for (size_t i = 0; i < sl->count; i++) {
		struct render_lang *l = &sl->langs[i];
		l->code = codes[i];
		l->cat = lang_catalogue(cfg, codes[i], &sl->loaded[i]);
		l->dir = i == 0 ? NULL : codes[i];
		l->content = pack_default_lang(&p->settings);
		l->all = sl->langs;
		l->count = sl->count;
		sl->cfgs[i] = *cfg;
		sl->cfgs[i].page_lang = l;
		sl->course_strings[i] = render_strings_make(
		    render_catalogue(l), RENDER_STRINGS_COURSE);
		sl->cfgs[i].course_strings = sl->course_strings[i];
		/* Every page starts from the layout with the settings and
		 * its language's words in it; the theme's assets stay the
		 * theme's. */
		sl->themes[i] = *t;
		sl->themes[i].layout = render_settings_layout_in(t->layout,
		    &p->settings, l);
	}
}

static void
site_langs_free(struct site_langs *sl)
{
	for (size_t i = 0; i < sl->count; i++) {
		xmlFreeDoc(sl->themes[i].layout);
		html5_frag_free(sl->course_strings[i]);
		catalogue_free(sl->loaded[i]);
	}
	free(sl->course_strings);
	free(sl->loaded);
	free(sl->themes);
	free(sl->cfgs);
	free(sl->langs);
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
	struct site_langs sl;
	site_langs_make(&sl, p, t, &site_cfg);
	struct pool pl = { p, &sl, &site_cfg, out->sink, NULL,
	    PTHREAD_MUTEX_INITIALIZER, 0, (SITE_JOBS + p->count) * sl.count,
	    0, 0, SITE_JOBS * sl.count };
	for (size_t i = 0; i < p->count; i++)
		pl.page_total += sl.count * pages_of(p->items[i]);
	if (out->sink == NULL)
		pl.kept = xcalloc(pl.jobs ? pl.jobs : 1, sizeof *pl.kept);
	render_items(&pl);
	if (pl.kept != NULL)
		gather(pl.kept, pl.jobs, out);
	free(pl.kept);
	pthread_mutex_destroy(&pl.lock);
	if (site_cfg.progress != NULL)
		diag_progress_done(site_cfg.progress);
	render_settings_assets(&p->settings, out);
	course_set_free(&courses);
	site_langs_free(&sl);
}
