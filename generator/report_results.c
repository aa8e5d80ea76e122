/* report_results.c: reads one learner's results file (sharepack-result/1
 * or /2, quiz or scenario) with the JSON events of report_json.c and
 * stores its attempt and answers. */
#include "report_results.h"

#include <stdlib.h>
#include <string.h>

#include "report_json.h"
#include "xalloc.h"

enum value_type { V_STR = 1, V_NUM = 2, V_BOOL = 4 };


/* A value read: text (a string, or a number as written), number, truth,
 * and where it was. null counts as not given. */
struct field {
	char *s;
	double num;
	int b;
	int set;
	struct srcpos pos;
};

/* The keys read at the top of the file and in each item; every other key
 * is passed over whatever it holds. */
enum { F_FORMAT, F_PACK, F_SCENARIO, F_HASH, F_STARTED, F_FINISHED,
    F_LEARNER, F_AGENCY, F_LANG, F_ENDING, F_OUTCOME, F_SEED, F_SCORE, F_MAX,
    F_PERCENT, F_PASSED, F_COUNT };
enum { I_ID, I_KIND, I_ANSWER, I_GRADE, I_HASH, I_SECONDS, I_POINTS,
    I_CORRECT, I_COUNT };

struct key_spec {
	const char *key;
	unsigned types;
};

static const struct key_spec top_keys[F_COUNT] = {
	[F_FORMAT] = { "format", V_STR }, [F_PACK] = { "pack", V_STR },
	[F_SCENARIO] = { "scenario", V_STR },
	[F_HASH] = { "content_hash", V_STR },
	[F_STARTED] = { "started", V_STR },
	[F_FINISHED] = { "finished", V_STR },
	[F_LEARNER] = { "learner", V_STR }, [F_AGENCY] = { "agency", V_STR },
	[F_LANG] = { "lang", V_STR },
	[F_ENDING] = { "ending", V_STR }, [F_OUTCOME] = { "outcome", V_STR },
	[F_SEED] = { "seed", V_NUM }, [F_SCORE] = { "score", V_NUM },
	[F_MAX] = { "max", V_NUM }, [F_PERCENT] = { "percent", V_NUM },
	[F_PASSED] = { "passed", V_BOOL },
};

static const struct key_spec item_keys[I_COUNT] = {
	[I_ID] = { "id", V_STR }, [I_KIND] = { "kind", V_STR },
	[I_ANSWER] = { "answer", V_STR }, [I_GRADE] = { "grade", V_STR },
	[I_HASH] = { "hash", V_STR }, [I_SECONDS] = { "seconds", V_NUM },
	[I_POINTS] = { "points", V_NUM }, [I_CORRECT] = { "correct", V_BOOL },
};

struct item_read {
	struct field f[I_COUNT];
	struct srcpos pos;
};

struct results_read {
	struct diag *d;
	struct field top[F_COUNT];
	struct item_read *items;
	size_t count, cap;
	int in_items;		/* "items" is an array being read */
};

static const char *const type_names[] = {
	[V_STR] = "a string", [V_NUM] = "a number", [V_BOOL] = "true or false",
};

/* Stores ev into f when its type is one of types; -1 (printed) when not. */
static int
take(struct results_read *r, struct report_json *j,
    const struct key_spec *spec, struct field *f,
    const struct report_json_event *ev)
{
	unsigned t = ev->type == RJ_STRING ? V_STR : ev->type == RJ_NUMBER ?
	    V_NUM : ev->type == RJ_BOOL ? V_BOOL : 0;
	if (ev->type == RJ_NULL)
		return 0;
	struct srcpos at = report_json_pos(j, ev);
	if (!(t & spec->types)) {
		diag_error(r->d, &at, "\"%s\" should be %s; this is not "
		    "a results file as sharepack writes it (README, \"The "
		    "results file\")", spec->key, type_names[spec->types]);
		return -1;
	}
	free(f->s);
	f->s = xstrndup(ev->str ? ev->str : "", ev->str ? ev->len : 0);
	f->num = ev->num;
	f->b = ev->boolean;
	f->set = 1;
	f->pos = at;
	return 0;
}

/* The spec of key among n, or -1. */
static int
find_key(const struct key_spec *specs, int n, const char *key)
{
	for (int i = 0; key != NULL && i < n; i++)
		if (strcmp(specs[i].key, key) == 0)
			return i;
	return -1;
}

/* An event at depth 1: a top-level value, or the items array. */
static int
results_top(struct results_read *r, struct report_json *j,
    const struct report_json_event *ev)
{
	const char *key = report_json_key(j, 1);
	if (key != NULL && strcmp(key, "items") == 0) {
		if (ev->type == RJ_ARRAY) {
			r->in_items = 1;
			return 0;
		}
		if (ev->type == RJ_NULL)
			return 0;
		diag_error(r->d, report_json_at(j, ev),
		    "\"items\" should be an array of "
		    "the answers");
		return -1;
	}
	int k = find_key(top_keys, F_COUNT, key);
	if (k < 0 || ev->type == RJ_MAP || ev->type == RJ_ARRAY) {
		if (k >= 0) {
			diag_error(r->d, report_json_at(j, ev),
			    "\"%s\" should be %s",
			    top_keys[k].key, type_names[top_keys[k].types]);
			return -1;
		}
		return 0;
	}
	return take(r, j, &top_keys[k], &r->top[k], ev);
}

/* An event inside "items": an item (depth 2) or one of its values. */
static int
results_item(struct results_read *r, struct report_json *j,
    const struct report_json_event *ev)
{
	if (ev->depth == 2) {
		if (ev->type == RJ_MAP) {
			if (r->count == r->cap) {
				r->cap = r->cap ? 2 * r->cap : 32;
				r->items = xrealloc(r->items, r->cap *
				    sizeof *r->items);
			}
			memset(&r->items[r->count], 0, sizeof *r->items);
			r->items[r->count++].pos = report_json_pos(j, ev);
			return 0;
		}
		if (ev->type == RJ_MAP_END)
			return 0;
		diag_error(r->d, report_json_at(j, ev),
		    "each of \"items\" should be an "
		    "object, such as {\"id\": ..., \"answer\": ...}");
		return -1;
	}
	if (ev->depth != 3)
		return 0;
	int k = find_key(item_keys, I_COUNT, report_json_key(j, 3));
	if (k < 0)
		return 0;
	if (ev->type == RJ_MAP || ev->type == RJ_ARRAY) {
		diag_error(r->d, report_json_at(j, ev),
		    "\"%s\" should be %s",
		    item_keys[k].key, type_names[item_keys[k].types]);
		return -1;
	}
	return take(r, j, &item_keys[k], &r->items[r->count - 1].f[k], ev);
}

static int
results_event(void *ctx, struct report_json *j,
    const struct report_json_event *ev)
{
	struct results_read *r = ctx;
	if (ev->depth == 0) {
		if (ev->type == RJ_MAP || ev->type == RJ_MAP_END)
			return 0;
		diag_error(r->d, report_json_at(j, ev),
		    "a results file is one JSON object "
		    "with \"format\": \"sharepack-result/2\"");
		return -1;
	}
	if (r->in_items && ev->depth == 1 && ev->type == RJ_ARRAY_END) {
		r->in_items = 0;
		return 0;
	}
	if (r->in_items)
		return results_item(r, j, ev);
	if (ev->depth == 1)
		return results_top(r, j, ev);
	return 0;
}

/* The checks the whole file needs: a known format, one parent, a start
 * time and an id for each item. Returns 0 or -1 (printed). */
static int
results_check(struct results_read *r, const char *name)
{
	struct srcpos top = { name, 1, 1 };
	const struct field *fmt = &r->top[F_FORMAT];
	if (!fmt->set) {
		diag_error(r->d, &top, "no \"format\"; sharepack reads %s "
		    "results files", REPORT_RESULTS_FORMATS);
		return -1;
	}
	if (strcmp(fmt->s, "sharepack-result/1") != 0 &&
	    strcmp(fmt->s, "sharepack-result/2") != 0) {
		diag_error(r->d, &fmt->pos, "unknown format '%s'; sharepack "
		    "reads %s", fmt->s, REPORT_RESULTS_FORMATS);
		return -1;
	}
	if (r->top[F_PACK].set == r->top[F_SCENARIO].set) {
		diag_error(r->d, &top, "a results file names one \"pack\" or "
		    "one \"scenario\"");
		return -1;
	}
	if (!r->top[F_STARTED].set) {
		diag_error(r->d, &top, "no \"started\" time; it is what "
		    "tells one attempt from another");
		return -1;
	}
	for (size_t i = 0; i < r->count; i++)
		if (!r->items[i].f[I_ID].set) {
			diag_error(r->d, &r->items[i].pos, "an item with no "
			    "\"id\"");
			return -1;
		}
	return 0;
}

static const char *
text(const struct field *f)
{
	return f->set ? f->s : NULL;
}

/* Stores the attempt read and its answers. 0 or -1 (printed). */
static int
results_store(struct results_read *r, struct store *st,
    struct report_results_counts *n)
{
	const struct field *t = r->top;
	int pack = t[F_PACK].set;
	char *key = xasprintf("results:%s:%s:%s", pack ? t[F_PACK].s :
	    t[F_SCENARIO].s, t[F_SEED].set ? t[F_SEED].s : "-",
	    t[F_STARTED].s);
	/* A name typed by the learner is all the file says of them; without
	 * one, the attempt is its own learner. */
	char *learner = t[F_LEARNER].set ? xasprintf("name:%s",
	    t[F_LEARNER].s) : xasprintf("anon:%s", key);
	struct store_attempt a = { .key = key, .origin = "results",
		.parent = pack ? t[F_PACK].s : t[F_SCENARIO].s,
		.parent_kind = pack ? "pack" : "scenario",
		.content_hash = text(&t[F_HASH]), .learner = learner,
		.learner_name = text(&t[F_LEARNER]),
		.agency = text(&t[F_AGENCY]), .lang = text(&t[F_LANG]),
		.started = text(&t[F_STARTED]),
		.finished = text(&t[F_FINISHED]), .ending = text(&t[F_ENDING]),
		.outcome = text(&t[F_OUTCOME]), .score = t[F_SCORE].num,
		.max = t[F_MAX].num, .percent = t[F_PERCENT].num,
		.passed = t[F_PASSED].set ? t[F_PASSED].b : -1,
		.has_score = t[F_SCORE].set && t[F_MAX].set };
	int64_t id;
	int rc = store_attempt(st, &a, &id);
	if (rc < 0)
		goto out;
	*(rc ? &n->added : &n->known) += 1;
	rc = 0;
	for (size_t i = 0; i < r->count && rc == 0; i++) {
		const struct field *f = r->items[i].f;
		/* In an attempt not finished, an answer not given is one still
		 * to come (the finished file adds it), not one left out. */
		if (!t[F_FINISHED].set && !f[I_ANSWER].set)
			continue;
		struct store_answer ans = { .seq = (int)i,
			.item = f[I_ID].s, .item_hash = text(&f[I_HASH]),
			.kind = text(&f[I_KIND]),
			.response = text(&f[I_ANSWER]),
			.grade = text(&f[I_GRADE]),
			.correct = f[I_CORRECT].set ? f[I_CORRECT].b : -1,
			.points = f[I_POINTS].num,
			.has_points = f[I_POINTS].set,
			.seconds = f[I_SECONDS].num,
			.has_seconds = f[I_SECONDS].set };
		int added = store_answer(st, id, &ans);
		if (added < 0)
			rc = -1;
		else
			n->answers += (size_t)added;
	}
out:
	free(learner);
	free(key);
	return rc < 0 ? -1 : 0;
}

static void
results_free(struct results_read *r)
{
	for (int k = 0; k < F_COUNT; k++)
		free(r->top[k].s);
	for (size_t i = 0; i < r->count; i++)
		for (int k = 0; k < I_COUNT; k++)
			free(r->items[i].f[k].s);
	free(r->items);
}

int
report_results_read(struct store *st, const char *name,
    const unsigned char *data, size_t len, struct report_results_counts *n,
    struct diag *d)
{
	struct results_read r = { .d = d };
	struct report_json *j = report_json_new(results_event, &r, name, d);
	int rc = -1;
	if (report_json_feed(j, data, len) != 0 || report_json_end(j) != 0 ||
	    results_check(&r, name) != 0)
		goto out;
	rc = results_store(&r, st, n);
out:
	report_json_free(j);
	results_free(&r);
	return rc;
}
