#ifndef SHAREPACK_REPORT_XAPI_H
#define SHAREPACK_REPORT_XAPI_H
/* xAPI statements into the results database, read as a stream (yajl) so
 * that memory stays flat however many statements a file or an LRS holds.
 * The input is a JSON array of statements, one statement, or an LRS page
 * {"statements": [...], "more": "..."}.
 *
 * The statements sharepack's pages send (themes/default/xapi.js):
 *   - verb .../answered, object id "urn:sharepack:pack:PACK:ITEM" (or
 *     "urn:sharepack:scenario:SCENARIO:step-STEP"), result.response the
 *     choice id, result.success, result.duration, result.score.raw;
 *     object.definition.extensions["urn:sharepack:content-hash"] the
 *     item's content hash;
 *   - verb .../completed, then .../passed or .../failed, object id
 *     "urn:sharepack:pack:PACK" (or ":scenario:"), result.score;
 *     context.extensions["urn:sharepack:content-hash"] the pack's hash;
 *   - every statement: context.registration, one UUID per attempt;
 *     context.extensions["urn:sharepack:agency"] the agency the learner
 *     chose, when they chose one; context.language.
 * One attempt is one registration; a statement is stored once by its id. */
#include <stddef.h>

#include "diag.h"
#include "report_store.h"

struct report_xapi;

/* A reader storing into st (borrowed) what it is fed; name (copied) is the
 * file or URL messages name, as "name:line:col: error: ...". The caller
 * frees it with report_xapi_free. The caller brackets a file or an LRS
 * read in store_source_begin/end. */
struct report_xapi *report_xapi_new(struct store *st, const char *name,
    struct diag *d);
/* Feeds the next len bytes. Returns 0, or -1 once the input is bad or a
 * statement cannot be stored (printed; the caller then drops the source). */
int report_xapi_feed(struct report_xapi *r, const unsigned char *buf,
    size_t len);
/* The input ended: the answers still held to be stored with the rest of
 * their attempt's are stored. Returns 0 or -1 as report_xapi_feed. Only
 * after it do the counts hold every statement. *more (caller
 * frees) is an LRS page's "more" address, NULL when none or empty;
 * *latest (caller frees) the latest "stored" time seen, NULL when none. */
int report_xapi_end(struct report_xapi *r, char **more, char **latest);
/* How many statements were stored new, and how many were already there. */
void report_xapi_counts(const struct report_xapi *r, size_t *added,
    size_t *known);
/* How many statements were passed over as not about sharepack's content:
 * another activity, or a verb sharepack does not send. */
size_t report_xapi_skipped(const struct report_xapi *r);
void report_xapi_free(struct report_xapi *r);

#endif
