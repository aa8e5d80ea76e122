#ifndef SHAREPACK_REPORT_COLLECT_H
#define SHAREPACK_REPORT_COLLECT_H
/* `sharepack report`'s sources read from files: a results file, an xAPI
 * statements file or a Moodle SCORM report download, told apart by what
 * they hold (not their names), or a folder of them. Each file is its own
 * source in the database: all of it is stored, or nothing. */
#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "pack.h"
#include "report_store.h"

enum report_kind { REPORT_RESULTS, REPORT_XAPI, REPORT_MOODLE,
    REPORT_KINDS };

/* What the files of each kind added, for the summary lines. */
struct report_tally {
	size_t files[REPORT_KINDS];	/* stored whole */
	size_t failed[REPORT_KINDS];	/* not stored: an error */
	size_t added[REPORT_KINDS];	/* attempts (xAPI: statements) new */
	size_t known[REPORT_KINDS];	/* already in the database */
	size_t answers[REPORT_KINDS];	/* answers new to the database */
	size_t skipped[REPORT_KINDS];	/* xAPI statements not about
					 * sharepack content */
};

/* Collects path, a file or a folder (every file under it whose name ends
 * in .json, .csv, .tsv or .txt, in sorted order, sub-folders included),
 * into st; p (borrowed) is the checked project, whose packs and scenarios
 * the Moodle reports' SCO titles name. Prints its summary lines on stdout.
 * Returns 0, or -1 when a file could not be stored (each printed as
 * "path:line:col: error: ...", the other files stored). */
int report_collect(struct store *st, const struct pack *p, const char *path,
    struct diag *d);
/* The same, adding to *t instead of printing, for several sources. */
int report_collect_tally(struct store *st, const struct pack *p,
    const char *path, struct report_tally *t, struct diag *d);
/* One line per kind that had files: "sharepack: 3 results files: 2
 * attempts added, 1 already stored". */
void report_collect_summary(const struct report_tally *t, FILE *out);

#endif
