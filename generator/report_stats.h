/*
 * report_stats.h: the numbers of the trainer's report, read from the
 * results database (report_store.h's tables, plain SQL) and scored against
 * the project's content (pack.h). report_site.c only shows them.
 *
 * Which attempts count (README, "Trainer's report"):
 *   - attempts, learners: every attempt stored for the pack or scenario;
 *   - pass rate, score distribution, attempts over time: every finished
 *     attempt (a pass is the attempt's own verdict, as the page gave it);
 *   - everything about items (facility, discrimination, over- and
 *     under-sharing, myths, rules, principles, agency, paths, alpha): each
 *     learner's first finished attempt only, as Moodle's statistics report
 *     offers: later attempts come after the feedback, and one row per
 *     person keeps any one learner from weighing more than another;
 *   - discrimination and alpha: of those, the attempts in which every
 *     question the pack asks today was scored against today's content.
 * An answer is scored when its item is still one of the pack's questions
 * (or the scenario's steps) and its content hash, where it has one, is the
 * item's current one; the right answer is the content's, never the
 * source's "correct". Other answers are counted as "content changed" or
 * "no longer in the content" and not scored.
 *
 * Ownership: report_stats_new returns a tree the caller frees with
 * report_stats_free. Items (struct item *) are borrowed from the pack,
 * which must outlive it; every string is owned by the tree.
 */
#ifndef SHAREPACK_REPORT_STATS_H
#define SHAREPACK_REPORT_STATS_H

#include <stddef.h>

#include "catalogue.h"
#include "diag.h"
#include "pack.h"
#include "report_store.h"

/* A group of fewer learners than this is shown as "fewer than 5", and no
 * number derived from it (a rate, a facility) is shown at all. */
#define REPORT_SMALL_GROUP 5
/* Facility at or above: the item teaches little (too easy). */
#define REPORT_TOO_EASY 0.95
/* Facility at or below: most learners hold the wrong answer (too hard), or
 * the key is wrong; on a two-way question chance alone gives 0.5. */
#define REPORT_TOO_HARD 0.30
/* Bins of the score distribution: 0-9%, 10-19%, ..., 90-100%. */
#define REPORT_BINS 10

enum report_flag {
	REPORT_FLAG_EASY = 1,
	REPORT_FLAG_HARD = 2,
	REPORT_FLAG_NEGATIVE = 4	/* discrimination below 0 */
};

/* One question of a pack, or one decision step of a scenario. */
struct report_item {
	const struct item *it;	/* borrowed; for a step, the scenario */
	const struct scen_step *step;	/* a scenario's step, else NULL */
	size_t learners;	/* counted attempts that scored it */
	size_t right;		/* answered as the content expects */
	size_t wrong;		/* answered otherwise (a myth: believed) */
	size_t unanswered;
	size_t over, under;	/* cases: shared when the guidance says
				 * not, and the reverse */
	double facility;	/* right / learners; NAN with none */
	double discrimination;	/* Moodle's index, 100 r(item, rest of
				 * the test); NAN when undefined */
	unsigned flags;		/* enum report_flag bits */
};

/* A group of learners (an agency, a rule, a path...), over counted
 * attempts. */
struct report_group {
	char *key;		/* what sorts and names it in CSV/JSON */
	char *label;		/* as shown */
	char *detail;		/* a path's ending and outcome; or NULL */
	size_t learners;	/* counted attempts in the group */
	size_t passed;		/* of those, passed */
	size_t answers, right;	/* scored answers of the group's items */
	long long last;		/* internal: the last attempt counted */
};

struct report_groups {
	struct report_group *v;
	size_t count;
};

struct report_month {
	char month[8];		/* "YYYY-MM", or "unknown" */
	size_t attempts;
};

/* A pack or a scenario (it != NULL), or every attempt (it == NULL). */
struct report_unit {
	const struct item *it;	/* borrowed */
	size_t attempts, finished, learners, passed;
	size_t dist[REPORT_BINS];	/* finished attempts by percent */
	size_t unknown_percent;	/* finished attempts with no percent */
	struct report_month *months;
	size_t month_count;
	struct report_item *items;	/* in the pack's quiz order */
	size_t item_count;
	size_t counted;		/* learners' first finished attempts */
	size_t complete;	/* of those, scored on every question */
	double alpha;		/* Cronbach's alpha; NAN when undefined */
	size_t changed, gone;	/* answers kept, not scored */
	size_t disputed;	/* counted results files scored on every
				 * question whose own pass or fail is not
				 * what their answers give: edited, or
				 * scored against another pass mark */
	size_t *myths;		/* indexes into items of the myths, most
				 * believed first */
	size_t myth_count;
	struct report_groups agencies, rules, principles, paths, endings;
};

struct report_stats {
	struct report_unit overall;
	struct report_unit *units;	/* packs, then scenarios, by id */
	size_t count;
	struct report_learner {
		char *name;	/* learner_name, shown only with --names */
		char *unit;	/* the pack or scenario id */
		size_t attempts;
		double best;	/* best percent; NAN when none */
	} *learners;		/* sorted by name; only with names */
	size_t learner_count;
};

/* Computes the report from st's database for the packs and scenarios of
 * p (both borrowed; p must outlive the result). names: also collect
 * learners' names. The groups' labels (a rule with its edition, a
 * principle, an agency, an ending's outcome) are in cat's words (borrowed;
 * their keys stay the same in every language). Returns a new tree (free
 * with report_stats_free), or NULL after a database error reported
 * through d. */
struct report_stats *report_stats_new(struct store *st, const struct pack *p,
    int names, const struct catalogue *cat, struct diag *d);
void report_stats_free(struct report_stats *s);

/* Whether a group of n learners is too small to show. */
int report_stats_small(size_t n);

#endif
