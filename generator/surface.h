/*
 * surface.h: how far a learner gets by the surface of the questions alone,
 * without knowing the guidance. Each strategy answers from what an item
 * looks like (always one answer, a cue word in a title, who receives the
 * information in a case, the first or longest choice of a scenario), and
 * is scored against a pack or scenario exactly as a learner would be. A
 * strategy that reaches the pass mark means the pack can be passed by
 * pattern: check warns (an error under --strict).
 *
 * The strategies are a table (surface.c) that content/README.md explains
 * one by one. Reads the checked model only (after check_pack), but for
 * surface_names_recipient, which the check stage calls.
 */
#ifndef SHAREPACK_SURFACE_H
#define SHAREPACK_SURFACE_H

#include <stdio.h>

#include "diag.h"
#include "pack.h"

/* What a strategy scores on one pack or scenario. */
struct surface_score {
	const char *strategy;	/* its name; static */
	int right[PACK_PARTS];	/* pack: right answers per part */
	int total[PACK_PARTS];	/* pack: questions per part */
	double points;		/* scenario: points on its path */
	int decisions;		/* scenario: decisions on its path */
	int unsafe;		/* scenario: an unsafe choice on its path */
	int percent;		/* the overall percentage, rounded down */
	int passes;		/* it reaches the pass mark */
};

/* The strategy that comes nearest to passing pk (a pack) or it (a
 * scenario): the one that passes, or else the one whose weakest part or
 * score is highest. */
struct surface_score surface_best_pack(const struct item *pk);
struct surface_score surface_best_scenario(const struct item *it);

/* Warns, at the pack's or scenario's first line, about each pack and
 * scenario of p that a surface strategy passes. */
void surface_check(const struct pack *p, struct diag *d);

/* Whether a vignette's title, or the question its case ends on (the
 * case: it's tree up to why), names a service that would receive the
 * information, the cue one strategy answers by; the check stage keeps
 * it in the item, whose tree it then drops. */
int surface_names_recipient(const struct item *it, cmark_node *why);

/* The name of strategy i, packs' first, then scenarios'; NULL past the
 * last. For documentation and its test. Static. */
const char *surface_strategy_name(size_t i);

/* One line a pack and scenario: the best strategy against the pass mark. */
void surface_summary(const struct pack *p, FILE *out);
/* Every strategy on every pack and scenario, as Markdown tables, for
 * trainers (check --report). */
void surface_report(const struct pack *p, FILE *out);

#endif
