/* check.c: cross-item rules and derived fields, before rendering. */
#include "check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "decide.h"
#include "lint.h"
#include "markdown.h"
#include "sitemap.h"
#include "surface.h"
#include "translate.h"
#include "xalloc.h"

static struct srcpos
body_pos(const struct item *it, cmark_node *n)
{
	struct srcpos p = { it->path, it->body_line, 1 };
	if (n != NULL) {
		p.line = it->body_line + cmark_node_get_start_line(n) - 1;
		p.col = cmark_node_get_start_column(n);
	}
	return p;
}

static void
check_images(const struct item *it, struct diag *d)
{
	cmark_iter *iter = cmark_iter_new(it->doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		if (ev != CMARK_EVENT_ENTER ||
		    cmark_node_get_type(n) != CMARK_NODE_IMAGE)
			continue;
		/* Inline nodes carry no position; use their paragraph's. */
		cmark_node *block = n;
		while (block != NULL && cmark_node_get_start_line(block) == 0)
			block = cmark_node_parent(block);
		struct srcpos at = body_pos(it, block);
		diag_warn(d, &at, "images are not shown yet; the page shows "
		    "the image's description instead");
	}
	cmark_iter_free(iter);
}

static void
check_facts(const struct item *it, struct diag *d)
{
	enum outcome outcome;
	enum decide_question q;
	if (decide(it->vignette.facts, &outcome, &q) != 0) {
		struct srcpos at = pack_at(it, KEY_FACTS);
		diag_error(d, &at, "the facts do not answer question "
		    "%d of 'when to share' (%s); add '%s: yes' or '%s: no'",
		    (int)q + 1, decide_text(q), decide_key(q), decide_key(q));
		return;
	}
	if (it->vignette.expected != OUTCOME_NONE && outcome != it->vignette.expected) {
		struct srcpos at = pack_at(it, KEY_EXPECTED);
		diag_error(d, &at, "'expected: %s' disagrees with "
		    "the 'when to share' questions, which give %s on these "
		    "facts (decided by question %d: %s %s: %s); fix 'expected' "
		    "or 'facts'", pack_outcome_name(it->vignette.expected),
		    pack_outcome_name(outcome), (int)q + 1, decide_text(q),
		    decide_key(q), it->vignette.facts[q] == FACT_YES ? "yes" : "no");
	}
}

static void
check_vignette(struct item *it, struct diag *d)
{
	if (pack_given(it, KEY_FACTS))
		check_facts(it, d);
	/* A translation may head it in its own language or in English. */
	const char *why = translate_why_heading(it->ext->lang);
	cmark_node *head = md_find_heading(it->doc, 2, why);
	if (head == NULL && strcmp(why, "Why") != 0)
		head = md_find_heading(it->doc, 2, "Why");
	/* The tree goes once the item is checked: what later stages need
	 * of it is kept in the model. */
	it->vignette.why_index = head != NULL ? (int)md_block_index(head) : -1;
	it->vignette.names_recipient = surface_names_recipient(it, head);
	if (head == NULL) {
		struct srcpos at = body_pos(it, NULL);
		diag_error(d, &at, "a vignette needs a '## %s' section: add "
		    "a line '## %s' after the case, followed by the reasoning "
		    "learners see after answering", why, why);
		return;
	}
	if (cmark_node_previous(head) == NULL) {
		struct srcpos pos = body_pos(it, head);
		diag_error(d, &pos, "the case is empty; write the case "
		    "learners read before answering above '## %s'", why);
	}
	if (cmark_node_next(head) == NULL) {
		struct srcpos pos = body_pos(it, head);
		diag_error(d, &pos, "the '## %s' section is empty; write the "
		    "reasoning behind the expected answer under it", why);
	}
}

static int
find_step(const struct item *it, const char *id)
{
	size_t lo = 0, hi = it->scenario.step_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(id, it->scenario.steps[mid].id);
		if (c == 0)
			return (int)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

/* One step's own rules, each reported at the step's or the choice's line;
 * resolves each choice's target. */
static void
check_step(struct item *it, struct scen_step *st, struct diag *d)
{
	size_t expected = 0;
	if (st->ending && st->choice_count > 0)
		diag_error(d, &st->pos, "scenario '%s': step '%s' is an ending "
		    "and has choices; remove one or the other", it->id,
		    st->id);
	if (st->ending && st->title == NULL)
		diag_error(d, &st->pos, "scenario '%s': ending '%s' needs a "
		    "'title'", it->id, st->id);
	if (!st->ending && st->choice_count < 2)
		diag_error(d, &st->pos, "scenario '%s': step '%s' has %zu "
		    "choice%s; a decision needs two to six, or mark the step "
		    "'ending = true'", it->id, st->id, st->choice_count,
		    st->choice_count == 1 ? "" : "s");
	for (size_t j = 0; j < st->choice_count; j++) {
		struct scen_choice *ch = &st->choices[j];
		int t = find_step(it, ch->go);
		expected += ch->grade == GRADE_EXPECTED;
		if (t < 0)
			diag_error(d, &ch->pos, "scenario '%s': choice %zu of "
			    "step '%s' goes to '%s', which is not a step",
			    it->id, j + 1, st->id, ch->go);
		else
			ch->target = (size_t)t;
	}
	if (!st->ending && st->choice_count > 0 && expected == 0)
		diag_error(d, &st->pos, "scenario '%s': no choice of step '%s' "
		    "has grade = \"expected\"; grade the one(s) the guidance "
		    "expects", it->id, st->id);
}

/* Fills step_order with the steps in the order a reader meets them
 * (breadth first from start), and reports each step never reached. */
static void
order_steps(struct item *it, size_t start, struct diag *d)
{
	struct scenario_part *sc = &it->scenario;
	size_t n = sc->step_count;
	/* An item serve kept from an earlier build is checked again. */
	free(sc->step_order);
	sc->step_order = xcalloc(n, sizeof(size_t));
	char *seen = xcalloc(n, 1);
	size_t head = 0, tail = 0;
	sc->step_order[tail++] = start;
	seen[start] = 1;
	while (head < tail) {
		struct scen_step *st = &sc->steps[sc->step_order[head++]];
		for (size_t j = 0; j < st->choice_count; j++) {
			size_t t = st->choices[j].target;
			if (!seen[t]) {
				seen[t] = 1;
				sc->step_order[tail++] = t;
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		if (!seen[i])
			diag_error(d, &sc->steps[i].pos, "scenario '%s': step "
			    "'%s' cannot be reached from '%s'; link to it or "
			    "remove it", it->id, sc->steps[i].id, it->ext->start);
	free(seen);
}

/* Reports the first choice that leads back to a step on its own path: a
 * depth-first walk with an explicit stack, so that a long chain of steps
 * cannot exhaust the C stack. */
static void
find_cycle(const struct item *it, size_t start, struct diag *d)
{
	const struct scenario_part *sc = &it->scenario;
	size_t n = sc->step_count;
	char *colour = xcalloc(n, 1);	/* 1: on the path; 2: done */
	size_t *stack = xcalloc(n + 1, sizeof(size_t));
	size_t *next_choice = xcalloc(n, sizeof(size_t));
	size_t depth = 0;
	stack[depth++] = start;
	colour[start] = 1;
	while (depth > 0) {
		size_t s = stack[depth - 1];
		const struct scen_step *st = &sc->steps[s];
		if (next_choice[s] == st->choice_count) {
			colour[s] = 2;
			depth--;
			continue;
		}
		const struct scen_choice *ch = &st->choices[next_choice[s]++];
		if (colour[ch->target] == 1) {
			diag_error(d, &ch->pos, "scenario '%s': step '%s' leads "
			    "back to '%s', so a learner could go round for ever; "
			    "every path must end in an ending", it->id, st->id,
			    sc->steps[ch->target].id);
			break;
		}
		if (colour[ch->target] == 0) {
			colour[ch->target] = 1;
			stack[depth++] = ch->target;
		}
	}
	free(next_choice);
	free(stack);
	free(colour);
}

/* Marks in seen every step reachable from step from (itself included). */
static void
mark_reachable(const struct scenario_part *sc, size_t from, char *seen)
{
	size_t *queue = xcalloc(sc->step_count, sizeof(size_t));
	size_t head = 0, tail = 0;
	memset(seen, 0, sc->step_count);
	queue[tail++] = from;
	seen[from] = 1;
	while (head < tail) {
		const struct scen_step *st = &sc->steps[queue[head++]];
		for (size_t j = 0; j < st->choice_count; j++) {
			size_t t = st->choices[j].target;
			if (!seen[t]) {
				seen[t] = 1;
				queue[tail++] = t;
			}
		}
	}
	free(queue);
}

/* An ending marked good must not follow an unsafe choice: the ending would
 * tell a learner that a path that put the child at risk went well. Reports
 * each such ending once, at its line, naming the choice's. */
static void
check_good_endings(const struct item *it, struct diag *d)
{
	const struct scenario_part *sc = &it->scenario;
	char *seen = xcalloc(sc->step_count, 1);
	char *reported = xcalloc(sc->step_count, 1);
	for (size_t s = 0; s < sc->step_count; s++) {
		const struct scen_step *st = &sc->steps[s];
		for (size_t j = 0; j < st->choice_count; j++) {
			const struct scen_choice *ch = &st->choices[j];
			if (ch->grade != GRADE_UNSAFE)
				continue;
			mark_reachable(sc, ch->target, seen);
			for (size_t e = 0; e < sc->step_count; e++) {
				const struct scen_step *end = &sc->steps[e];
				if (!seen[e] || reported[e] ||
				    end->outcome != ENDING_GOOD)
					continue;
				reported[e] = 1;
				diag_error(d, &end->pos, "scenario '%s': ending "
				    "'%s' has outcome = \"good\", but a learner "
				    "reaches it after unsafe choice %zu of step "
				    "'%s' (line %d); give that path an ending "
				    "that says what went wrong, or mark this one "
				    "\"mixed\" or \"poor\"", it->id, end->id,
				    j + 1, st->id, ch->pos.line);
			}
		}
	}
	free(reported);
	free(seen);
}

/*
 * A scenario's steps form a graph from start to endings: every 'go'
 * resolves, every step is reachable, and no path comes back to a step it
 * has visited. Fills step_order.
 */
static void
check_scenario(struct item *it, struct diag *d)
{
	int errors = d->errors;
	int start = find_step(it, it->ext->start);
	if (start < 0) {
		struct srcpos at = pack_at(it, KEY_START);
		diag_error(d, &at, "scenario '%s': 'start' names "
		    "step '%s', which is not in 'steps'", it->id,
		    it->ext->start);
		return;
	}
	for (size_t i = 0; i < it->scenario.step_count; i++)
		check_step(it, &it->scenario.steps[i], d);
	if (d->errors != errors)
		return;
	order_steps(it, (size_t)start, d);
	find_cycle(it, (size_t)start, d);
	if (d->errors == errors)
		check_good_endings(it, d);
}

static void
check_briefing(struct item *it, struct diag *d)
{
	size_t sections = md_count_headings(it->doc, 2);
	if (sections != CHECK_BRIEFING_SECTIONS) {
		cmark_node *extra = md_nth_heading(it->doc, 2,
		    CHECK_BRIEFING_SECTIONS);
		struct srcpos at = body_pos(it, extra);
		diag_error(d, &at, "a briefing has exactly %d '##' sections, "
		    "one for each minute; this one has %zu: %s",
		    CHECK_BRIEFING_SECTIONS, sections,
		    sections > CHECK_BRIEFING_SECTIONS ? "merge some or make "
		    "them '###' sub-headings" : "add the missing ones");
	}
	size_t budget = (size_t)it->briefing.minutes * CHECK_READING_WPM;
	if (it->words > budget) {
		struct srcpos at = pack_at(it, KEY_MINUTES);
		diag_warn(d, &at, "the briefing has %zu words, "
		    "about %zu minutes read aloud at %d words a minute, over "
		    "its %d; shorten it or raise 'minutes'", (size_t)it->words,
		    ((size_t)it->words + CHECK_READING_WPM - 1) / CHECK_READING_WPM,
		    CHECK_READING_WPM, it->briefing.minutes);
	}
}

static void
check_labels(const struct item *it, struct diag *d)
{
	const struct item_ext *x = it->ext;
	for (size_t i = 0; i < pack_list_count(it->audience); i++) {
		const char *agency = pack_list_value(it->audience, i);
		struct srcpos at = pack_list_at(it, it->audience, i);
		if (pack_agency_label(agency) == NULL)
			diag_warn(d, &at, "unknown agency '%s'; the known ones "
			    "are %s", agency, pack_agency_names());
	}
	if (x->edition != NULL && pack_edition_label(x->edition) == NULL) {
		struct srcpos at = pack_at(it, KEY_EDITION);
		diag_warn(d, &at, "unknown edition '%s'; the known "
		    "ones are england-2018, wales-2019, england-2023, "
		    "england-2024", x->edition);
	}
}

static int
audiences_meet(const struct item *pack, const struct item *it)
{
	if (!pack_given(pack, KEY_AUDIENCE) || !pack_given(it, KEY_AUDIENCE))
		return 1;
	for (size_t i = 0; i < pack_list_count(pack->audience); i++)
		for (size_t j = 0; j < pack_list_count(it->audience); j++)
			if (strcmp(pack_list_value(pack->audience, i),
			    pack_list_value(it->audience, j)) == 0)
				return 1;
	return 0;
}

/* The order members are listed in when a pack does not say: by kind, then
 * by 'order' (guidance), then by id. */
static int
compare_members(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return pack_compare_order(a, b);
}

/* The answer a question expects, as a bucket: myth, fact, share, no-share. */
static int
answer_bucket(const struct item *q)
{
	if (q->kind == ITEM_MYTH)
		return q->myth.verdict == VERDICT_MYTH ? 0 : 1;
	return q->vignette.expected == OUTCOME_SHARE ? 2 : 3;
}

/*
 * Reorders the questions among m (their slots stay where they are) so
 * that neither kinds nor answers come in runs: each next question comes
 * from the answer with the most questions left, other than the last one's
 * when another is left. Within an answer the sorted order is kept. The
 * page without JavaScript shows this order, so a learner reading down it
 * meets no pattern to follow.
 */
static void
interleave_questions(struct item **m, size_t n)
{
	struct item **bucket[4];
	size_t size[4] = { 0 }, next[4] = { 0 };
	for (int b = 0; b < 4; b++)
		bucket[b] = xcalloc(n, sizeof(struct item *));
	for (size_t i = 0; i < n; i++)
		if (sitemap_is_question(m[i])) {
			int b = answer_bucket(m[i]);
			bucket[b][size[b]++] = m[i];
		}
	int last = -1;
	for (size_t i = 0; i < n; i++) {
		if (!sitemap_is_question(m[i]))
			continue;
		int pick = -1;
		for (int b = 0; b < 4; b++) {
			size_t left = size[b] - next[b];
			if (left == 0 || (b == last && pick >= 0))
				continue;
			if (pick < 0 || pick == last ||
			    left > size[pick] - next[pick])
				pick = b;
		}
		m[i] = bucket[pick][next[pick]++];
		last = pick;
	}
	for (int b = 0; b < 4; b++)
		free(bucket[b]);
}

/* Whether pk, a pack, has a myth or vignette among its members: the
 * first one answers, where counting them read every member. */
static int
has_question(const struct item *pk)
{
	for (size_t i = 0; i < pk->pack.member_count; i++)
		if (sitemap_is_question(pk->pack.members[i]))
			return 1;
	return 0;
}

/* Every item's id but packs', NULL-ended, for "did you mean" advice on
 * an include that names no item: made the first time one does, as most
 * builds never need it (0.8 MB at 100,000 items, at the check's peak);
 * the strings are the items'. */
struct id_list {
	const struct pack *p;
	const char **ids;	/* NULL till needed; owned */
};

static const char *const *
ids_of(struct id_list *l)
{
	if (l->ids != NULL)
		return l->ids;
	const struct pack *p = l->p;
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		n += p->items[i]->kind != ITEM_PACK;
	l->ids = xcalloc(n + 1, sizeof *l->ids);
	n = 0;
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind != ITEM_PACK)
			l->ids[n++] = p->items[i]->id;
	return l->ids;
}

/* Whether include entry id names no item, not even one whose file had
 * errors (reported already: one mistake, one message). */
static int
names_nothing(const struct pack *p, const char *id)
{
	return pack_find(p, id) == NULL && pack_find_broken(p, id) == NULL;
}

/* The members a pack's include lists. Returns how many entries named no
 * usable item (reported here, or with the item's own errors). */
static size_t
include_members(struct pack *p, struct item *pk, struct id_list *ids,
    struct diag *d)
{
	size_t unresolved = 0;
	const struct item_list *include = pk->ext->include;
	struct item **found = xcalloc(pack_list_count(include) + 1,
	    sizeof *found);
	pack_find_list(p, include, found);
	for (size_t i = 0; i < pack_list_count(include); i++) {
		const char *id = pack_list_value(include, i);
		struct srcpos at = pack_list_at(pk, include, i);
		struct item *it = found[i];
		const char *near = it == NULL && names_nothing(p, id) ?
		    diag_nearest(id, ids_of(ids)) : NULL;
		unresolved += it == NULL;
		if (near != NULL)
			diag_error(d, &at, "the pack includes '%s', but no "
			    "item has that id; did you mean '%s'?", id, near);
		else if (it == NULL && names_nothing(p, id))
			diag_error(d, &at, "the pack includes '%s', but no "
			    "item has that id; check the spelling or remove it",
			    id);
		if (it == NULL)
			continue;
		if (it->kind == ITEM_PACK) {
			diag_error(d, &at, "'%s' is a pack, and a pack cannot "
			    "include another pack; list its items instead", id);
			continue;
		}
		/* A mark on each member so far, cleared below: one step an
		 * entry, where a search of the members so far took m * m / 2
		 * (issue 14). */
		if (it->in_pack) {
			diag_warn(d, &at, "'%s' is included twice; remove "
			    "one", id);
			continue;
		}
		it->in_pack = 1;
		pk->pack.members[pk->pack.member_count++] = it;
	}
	for (size_t i = 0; i < pk->pack.member_count; i++)
		pk->pack.members[i]->in_pack = 0;
	free(found);
	return unresolved;
}

/* Whether it is a member of pk, a pack without an include. */
static int
audience_member(const struct item *pk, const struct item *it)
{
	if (it->kind == ITEM_PACK || it->kind == ITEM_UNKNOWN)
		return 0;
	return it->kind == ITEM_GUIDANCE || it->kind == ITEM_MYTH ||
	    audiences_meet(pk, it);
}

/* Fills pk's members, from its include or its audience. Returns how many
 * include entries named no usable item. */
static size_t
resolve_members(struct pack *p, struct item *pk, struct id_list *ids,
    struct diag *d)
{
	pk->pack.member_count = 0;
	/* No more members than include entries: room for every item in
	 * each of many packs was most of what check_pack touched. */
	if (pack_given(pk, KEY_INCLUDE)) {
		pk->pack.members = xcalloc(pack_list_count(pk->ext->include)
		    + 1, sizeof(struct item *));
		return include_members(p, pk, ids, d);
	}
	/* Counted first: room for every item in each of many packs, even
	 * for a moment, is what a large project's build holds at most. */
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		n += audience_member(pk, p->items[i]);
	pk->pack.members = xcalloc(n + 1, sizeof(struct item *));
	for (size_t i = 0; i < p->count; i++)
		if (audience_member(pk, p->items[i]))
			pk->pack.members[pk->pack.member_count++] =
			    p->items[i];
	qsort(pk->pack.members, pk->pack.member_count, sizeof(struct item *),
	    compare_members);
	interleave_questions(pk->pack.members, pk->pack.member_count);
	return 0;
}

/* Whether an include entry that names no item was taken to mean it (the
 * "did you mean" of include_members): its absence has been said. */
static int
suggested(const struct pack *p, const struct item *it, struct id_list *ids)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *pk = p->items[i];
		for (size_t j = 0; pk->kind == ITEM_PACK &&
		    j < pack_list_count(pk->ext->include); j++) {
			const char *id = pack_list_value(pk->ext->include, j);
			if (names_nothing(p, id) && diag_nearest(id,
			    ids_of(ids)) == it->id)
				return 1;
		}
	}
	return 0;
}

/*
 * A question (myth or vignette) that no pack holds is on no page, which a
 * trainer who added it would not expect. (Guidance, briefings and
 * scenarios are listed on the front page.) Not said while a pack has
 * errors of its own, whose members are unknown, nor for an item a pack's
 * misspelt include was taken to mean.
 */
static void
check_in_a_pack(struct pack *p, struct id_list *ids, size_t dups,
    struct diag *d)
{
	size_t packs = 0;
	int includes = 0;
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind == ITEM_PACK) {
			packs++;
			includes |= pack_given(p->items[i], KEY_INCLUDE);
		}
	if (packs == 0 || pack_has_broken(p, ITEM_PACK))
		return;
	/* A mark on every member, not a set of them: every member is one
	 * of the items, and at 100,000 items a set was 2 MB at the check's
	 * peak. Each mark is cleared as its item is looked at, so none
	 * outlasts this check. */
	for (size_t i = 0; i < p->count; i++)
		for (size_t j = 0; p->items[i]->kind == ITEM_PACK &&
		    j < p->items[i]->pack.member_count; j++)
			p->items[i]->pack.members[j]->in_pack = 1;
	for (size_t i = 0; i < p->count; i++) {
		struct item *it = p->items[i];
		int held = it->in_pack;
		it->in_pack = 0;
		/* A second item with an id has had its message; with no
		 * id used twice, each item is the one its id finds, and
		 * a lookup an item is spared. */
		if (!sitemap_is_question(it) || held || (dups > 0 &&
		    pack_find(p, it->id) != it) || suggested(p, it, ids))
			continue;
		diag_warn(d, &it->pos, "the %s '%s' is in no pack, so no "
		    "learner meets it; %s", pack_kind_name(it->kind), it->id,
		    includes ? "add its id to a pack's 'include'" : "give it "
		    "an 'audience' that a pack has");
	}
}

void
check_one(struct item *it, int translation, struct diag *d)
{
	size_t words;
	it->hash = sitemap_item_hash_words(it, &words);
	it->words = words;
	check_labels(it, d);
	check_images(it, d);
	if (it->kind == ITEM_VIGNETTE)
		check_vignette(it, d);
	else if (it->kind == ITEM_BRIEFING)
		check_briefing(it, d);
	/* A translated scenario must have its original's steps and choices
	 * (translate_scenario.c), whose graph is checked here: checking its
	 * own as well would report one mistake twice. */
	else if (it->kind == ITEM_SCENARIO && !translation)
		check_scenario(it, d);
}

void
check_parsed(struct item *it, const char *data, size_t len,
    const struct diag *like)
{
	struct diag_kept k;
	diag_defer(&k, like);
	/* Only scripts make scenarios, and they are checked in check_pack. */
	check_one(it, 0, &k.d);
	pack_set_note(it, ITEM_NOTES, diag_note_close(&k));
	it->checked = 1;
	/* The lint reads the bytes just read, for exact positions and the
	 * silencing comments, rather than the file a second time. */
	diag_defer(&k, like);
	lint_parsed(it, data, len, &k.d);
	pack_set_note(it, ITEM_LINT_NOTES, diag_note_close(&k));
	it->linted = 1;
}

/* An item's own checks, or what they said when it was read, in the
 * place of the order they are reported in. */
static void
check_item(struct item *it, int translation, struct diag *d)
{
	if (it->checked)
		diag_note_replay(d, it->ext->notes);
	else
		check_one(it, translation, d);
}

void
check_pack(struct pack *p, struct diag *d)
{
	size_t dups = pack_index(p, d);
	size_t packs = 0;
	for (size_t i = 0; i < p->count; i++) {
		check_item(p->items[i], 0, d);
		packs += p->items[i]->kind == ITEM_PACK;
	}
	for (size_t i = 0; i < p->translation_count; i++)
		check_item(p->translations[i], 1, d);
	struct id_list ids = { p, NULL };
	for (size_t i = 0; i < p->count; i++) {
		struct item *pk = p->items[i];
		if (pk->kind != ITEM_PACK)
			continue;
		/* An include that named no usable item has had its message;
		 * the quiz it leaves empty is the same mistake. */
		size_t unresolved = resolve_members(p, pk, &ids, d);
		/* Made room for every include entry, some of which may have
		 * named nothing or a member again: kept till the end of the
		 * build. */
		pk->pack.members = xrealloc(pk->pack.members,
		    (pk->pack.member_count + 1) * sizeof *pk->pack.members);
		if (unresolved == 0 && !has_question(pk)) {
			struct srcpos at = pack_at(pk, KEY_TITLE);
			diag_warn(d, &at, "the pack '%s' has no "
			    "myths or vignettes, so its quiz is empty", pk->id);
		}
	}
	check_in_a_pack(p, &ids, dups, d);
	free(ids.ids);
	lint_pack(p, d);
	coverage_check(p, d);
	translate_check(p, d);
	/* A pack with errors of its own is a pack: one mistake, one
	 * message. */
	if (packs == 0 && p->count > 0 && !pack_has_broken(p, ITEM_PACK)) {
		diag_warn(d, NULL, "the project has no pack, so learners get "
		    "no quiz; add a file with 'kind: pack'");
	}
}
