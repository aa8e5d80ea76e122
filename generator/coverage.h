/*
 * coverage.h: which golden rules and principles a training pack asks about,
 * in which direction (share or do not share) and through which kind of
 * question, counted from the items' 'rules', 'principles', 'expected' and
 * 'supports'. check warns of a rule a pack's edition has but never asks in
 * one direction; 'check --report', the site's coverage page and its
 * coverage.csv show the same counts.
 *
 * How a question points: a case by its expected answer; a myth or fact by
 * its 'supports' (the way the true statement points: "sharing is not
 * barred by data protection law" supports sharing whether it is asked as
 * the fact or refuted as the myth "data protection law bars sharing"); a
 * scenario choice by its 'supports' (the way its feedback points, whatever
 * the choice's grade). A myth or choice that cites rules or principles
 * but gives no 'supports' is not counted, and check says so.
 *
 * Include rules: like the site map, it sits between the model and the
 * stages that use it: this header includes pack.h, buf.h and diag.h only.
 *
 * Ownership: struct coverage borrows the pack and its editions' strings
 * from the model; it holds no memory of its own.
 */
#ifndef SHAREPACK_COVERAGE_H
#define SHAREPACK_COVERAGE_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "diag.h"
#include "pack.h"

enum coverage_kind { COVERAGE_CASE = 0, COVERAGE_MYTH, COVERAGE_CHOICE,
    COVERAGE_KINDS };
enum coverage_dir { COVERAGE_SHARE = 0, COVERAGE_NO_SHARE, COVERAGE_DIRS };
/* The editions one pack's table has room for; citations in more are not
 * counted (each edition is its own list of seven rules). */
#define COVERAGE_MAX_EDITIONS 8

/* How often one rule or principle is asked, by direction and kind. */
struct coverage_cells {
	int n[COVERAGE_DIRS][COVERAGE_KINDS];
};

struct coverage {
	const struct item *pack;	/* borrowed */
	const char *editions[COVERAGE_MAX_EDITIONS];	/* borrowed; those
					 * its questions cite rules in,
					 * sorted */
	size_t edition_count;
	struct coverage_cells rules[COVERAGE_MAX_EDITIONS][PACK_GOLDEN_RULES];
	struct coverage_cells principles[PACK_PRINCIPLES];
};

/* Counts the citations of training pack pk's members (resolved by the
 * check stage) into c, which it fills whole. */
void coverage_count(const struct item *pk, struct coverage *c);

/* The total of cells in direction dir, over every kind. */
int coverage_total(const struct coverage_cells *cells, enum coverage_dir dir);

/* "cases", "myths and facts", "scenario choices"; "share", "no-share".
 * Static strings. */
const char *coverage_kind_name(enum coverage_kind k);
const char *coverage_dir_name(enum coverage_dir dir);

/* Warns at each pack that gives an 'edition' of a rule of that edition it
 * never asks in one direction, and at each myth or choice that cites
 * rules or principles with no 'supports', and at each question whose rule
 * numbers follow no edition with golden rules. */
void coverage_check(const struct pack *p, struct diag *d);

/* Every pack's table as Markdown, for 'check --report'. */
void coverage_report(const struct pack *p, FILE *out);

/* Every pack's table as CSV (RFC 4180, a header line first) into out:
 * pack,edition,rule,principle,direction,cases,myths_facts,
 * scenario_choices,total; a rule's row leaves principle empty and a
 * principle's leaves edition and rule empty. */
void coverage_csv(const struct pack *p, struct buf *out);

#endif
