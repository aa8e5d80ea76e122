#ifndef SHAREPACK_REPORT_MOODLE_H
#define SHAREPACK_REPORT_MOODLE_H
/* Moodle's SCORM report downloads ("Download in text format":
 * tab-separated) into the results database, read with libcsv. The facts
 * of the format are in README "Trainer's report".
 *
 * An Interactions report of a SCORM 1.2 package gives attempts, scores
 * and answers (when its Question columns are shown); a Basic report and a
 * SCORM 2004 Interactions report give attempts and scores only. Each SCO
 * is matched to a pack or scenario of the project by its title, as
 * sharepack's package names it. The learner is the email; an attempt's key
 * is "moodle:PARENT:EMAIL:ATTEMPT". */
#include <stddef.h>

#include "diag.h"
#include "pack.h"
#include "report_store.h"

struct report_moodle_counts {
	size_t added;		/* attempts new to the database */
	size_t known;		/* attempts it had already */
	size_t answers;		/* answers new to it */
};

/* Reads the len bytes of data (name, borrowed, for messages) against the
 * project p (borrowed) and stores the attempts into st, adding to *n. The
 * caller brackets it in store_source_begin/end. Returns 0, or -1 when the
 * file is not such a download or cannot be stored (printed as
 * "name:line:col: error: ..."); an unmatched SCO is a warning. */
int report_moodle_read(struct store *st, const struct pack *p,
    const char *name, const unsigned char *data, size_t len,
    struct report_moodle_counts *n, struct diag *d);

#endif
