#ifndef SHAREPACK_REPORT_JSON_H
#define SHAREPACK_REPORT_JSON_H
/* The JSON reading that report_results.c and report_xapi.c share: yajl's
 * callback (SAX) parser, fed in pieces of any size, turned into one event
 * per value with the line and column where the value starts and the path
 * of keys that leads to it. Nothing is kept between events but that path,
 * so memory does not grow with the input.
 *
 * Include rules: the report collectors only. */
#include <stddef.h>

#include "diag.h"

/* How deep a document may nest, and how long a key may be to be matched
 * (a longer one matches no name); both far beyond what sharepack or an
 * LRS writes. */
#define REPORT_JSON_DEPTH 64
#define REPORT_JSON_KEY 256

enum report_json_type {
	RJ_NULL, RJ_BOOL, RJ_NUMBER, RJ_STRING,
	RJ_MAP, RJ_MAP_END, RJ_ARRAY, RJ_ARRAY_END
};

/* One value, or the start or end of a map or array. str is borrowed, valid
 * during the callback only, and not NUL-terminated in general (len says);
 * for RJ_NUMBER it is the number's text, num its value. depth is the
 * value's depth: 0 for the document itself, 1 for its members... (for
 * RJ_MAP_END and RJ_ARRAY_END, the depth of the map or array). Where it
 * starts: report_json_pos. */
struct report_json_event {
	enum report_json_type type;
	const char *str;
	size_t len;
	int boolean;
	double num;
	int depth;
};

struct report_json;

/* Called for each event; returns 0 to go on, or -1 to stop the parse (the
 * callback has printed why). */
typedef int (*report_json_fn)(void *ctx, struct report_json *j,
    const struct report_json_event *ev);

/* A parser calling fn with ctx; name (borrowed: it must outlive the parser)
 * is the file or address in messages. The caller frees it with
 * report_json_free. */
struct report_json *report_json_new(report_json_fn fn, void *ctx,
    const char *name, struct diag *d);
void report_json_free(struct report_json *j);

/* Feeds len more bytes. Returns 0, or -1 once the input is not JSON
 * (printed as "name:line:col: error: ...") or fn stopped. */
int report_json_feed(struct report_json *j, const unsigned char *buf,
    size_t len);
/* The input ended: 0 when it was one whole JSON value, -1 otherwise
 * (printed) or when fn stopped. */
int report_json_end(struct report_json *j);

/* The key that leads to the value at depth (1 to the event's depth) when
 * its container is a map, or NULL in an array. Borrowed, valid during the
 * callback. */
const char *report_json_key(const struct report_json *j, int depth);
/* Where ev (the event being called back for) starts: line and column,
 * columns counting characters; path is the parser's name. Counted only
 * when asked, so ask during the callback. */
struct srcpos report_json_pos(struct report_json *j,
    const struct report_json_event *ev);
/* The same, kept in j (valid until the next call), for a message. */
const struct srcpos *report_json_at(struct report_json *j,
    const struct report_json_event *ev);
/* The name messages give. Borrowed. */
const char *report_json_name(const struct report_json *j);

#endif
