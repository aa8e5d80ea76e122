#ifndef SHAREPACK_REPORT_RESULTS_H
#define SHAREPACK_REPORT_RESULTS_H
/* A learner's results file (README "The results file":
 * sharepack-result/1 and /2, a pack's quiz or a scenario) into the results
 * database: one attempt and its answers.
 *
 * The attempt's key is "results:PARENT:SEED:STARTED" (SEED "-" in a /1
 * file, which has none): the seed and the start time are in the file from
 * the first answer on, while the attempt code only comes with the finish,
 * so a file saved mid-attempt and the finished one are the same attempt,
 * and two attempts never share both. */
#include <stddef.h>

#include "diag.h"
#include "report_store.h"

/* The formats read, for messages. */
#define REPORT_RESULTS_FORMATS "sharepack-result/1 and sharepack-result/2"

struct report_results_counts {
	size_t added;		/* attempts new to the database */
	size_t known;		/* attempts it had already */
	size_t answers;		/* answers new to it */
};

/* Reads the len bytes of data (the file name, borrowed, for messages) and
 * stores its attempt into st, adding to *n. The caller brackets it in
 * store_source_begin/end. Returns 0, or -1 when the file is not a results
 * file or cannot be stored (printed as "name:line:col: error: ..."), and
 * the caller then drops the source. */
int report_results_read(struct store *st, const char *name,
    const unsigned char *data, size_t len, struct report_results_counts *n,
    struct diag *d);

#endif
