/* report_json.c: yajl's callback parser turned into events that carry the
 * line and column where each value starts and the keys that lead to it,
 * for the results-file and xAPI readers. */
#include "report_json.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_parse.h>

#include "xalloc.h"

struct report_json {
	yajl_handle h;
	report_json_fn fn;
	void *ctx;
	const char *name;
	struct diag *d;
	/* The piece being parsed; where yajl's last token ended in it; how
	 * far lines and columns are counted (line and col are those of the
	 * byte there). Positions are counted only when asked for and at the
	 * end of each piece, in one pass, so that reading costs little more
	 * than yajl's own parse. */
	const unsigned char *piece;
	size_t piece_len, scanned, counted;
	int line, col;
	/* Where the search for the current event's token starts (the end of
	 * the one before), found only when a position is asked for. */
	size_t from;
	int start_before;	/* it started in an earlier piece, at before */
	struct srcpos before;
	struct srcpos at;	/* report_json_at's */
	int depth;		/* of the next value */
	int in_map[REPORT_JSON_DEPTH + 1];
	char key[REPORT_JSON_DEPTH + 1][REPORT_JSON_KEY + 1];
	int stopped;		/* fn said stop, or the nesting was too deep */
};

/* Counts lines and characters (not UTF-8 bytes) of the piece up to
 * offset upto. */
static void
json_count(struct report_json *j, size_t upto)
{
	const unsigned char *p = j->piece + j->counted;
	size_t n = upto > j->counted ? upto - j->counted : 0;
	const unsigned char *nl;
	while (n > 0 && (nl = memchr(p, '\n', n)) != NULL) {
		j->line++;
		j->col = 1;
		n -= (size_t)(nl + 1 - p);
		p = nl + 1;
	}
	int chars = 0;
	for (size_t i = 0; i < n; i++)
		chars += (p[i] & 0xC0) != 0x80;
	j->col += chars;
	if (upto > j->counted)
		j->counted = upto;
}

static int
json_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' ||
	    c == ',';
}

/* Moves past the token yajl has just read, keeping where the search for
 * its start begins: its start is the first byte after the previous token
 * that is not white space or the ':' and ',' between values (yajl calls
 * back for every other token). */
static void
json_token(struct report_json *j)
{
	size_t end = yajl_get_bytes_consumed(j->h);
	if (end > j->piece_len)
		end = j->piece_len;
	/* The first token of a piece may have begun in an earlier one
	 * (json_piece_done kept where). */
	j->start_before = j->before.line > 0;
	j->from = j->scanned;
	j->scanned = end;
}

struct srcpos
report_json_pos(struct report_json *j, const struct report_json_event *ev)
{
	(void)ev;
	if (j->start_before)
		return j->before;
	size_t i = j->from;
	while (i < j->scanned && json_blank(j->piece[i]))
		i++;
	json_count(j, i);
	return (struct srcpos){ j->name, j->line, j->col };
}

const struct srcpos *
report_json_at(struct report_json *j, const struct report_json_event *ev)
{
	j->at = report_json_pos(j, ev);
	return &j->at;
}

/* Sends one event at the current depth; 1 to go on, 0 to stop yajl. */
static int
json_emit(struct report_json *j, struct report_json_event *ev)
{
	json_token(j);
	if (j->fn(j->ctx, j, ev) != 0) {
		j->stopped = 1;
		return 0;
	}
	j->before.line = 0;
	return 1;
}

static int
json_scalar(struct report_json *j, struct report_json_event *ev)
{
	ev->depth = j->depth;
	return json_emit(j, ev);
}

static int
on_null(void *ctx)
{
	struct report_json_event ev = { .type = RJ_NULL };
	return json_scalar(ctx, &ev);
}

static int
on_bool(void *ctx, int b)
{
	struct report_json_event ev = { .type = RJ_BOOL, .boolean = b };
	return json_scalar(ctx, &ev);
}

/* The value of the number s (len bytes, which yajl has checked). */
static double
json_number(const char *s, size_t len)
{
	/* Most numbers read are small integers (scores, counts): up to 15
	 * digits one is exact in a double, the value strtod would give. */
	size_t neg = len > 0 && s[0] == '-', i = neg;
	double v = 0;
	while (i < len && i - neg < 15 && s[i] >= '0' && s[i] <= '9')
		v = v * 10 + (s[i++] - '0');
	if (i == len && i > neg)
		return neg ? -v : v;
	char text[64];
	/* A longer number than this is still one, only its value is the
	 * prefix's (far outside any score). */
	size_t n = len < sizeof text - 1 ? len : sizeof text - 1;
	memcpy(text, s, n);
	text[n] = '\0';
	return strtod(text, NULL);
}

static int
on_number(void *ctx, const char *s, size_t len)
{
	struct report_json_event ev = { .type = RJ_NUMBER, .str = s,
		.len = len, .num = json_number(s, len) };
	return json_scalar(ctx, &ev);
}

static int
on_string(void *ctx, const unsigned char *s, size_t len)
{
	struct report_json_event ev = { .type = RJ_STRING,
		.str = (const char *)s, .len = len };
	return json_scalar(ctx, &ev);
}

/* The start of a map or an array: an event at its own depth, then its
 * members one deeper. */
static int
json_open(struct report_json *j, enum report_json_type type)
{
	struct report_json_event ev = { .type = type, .depth = j->depth };
	if (j->depth >= REPORT_JSON_DEPTH) {
		json_token(j);
		struct srcpos at = report_json_pos(j, &ev);
		diag_error(j->d, &at, "nested more than %d deep; this is not "
		    "a file sharepack or an LRS writes", REPORT_JSON_DEPTH);
		j->stopped = 1;
		return 0;
	}
	if (!json_emit(j, &ev))
		return 0;
	j->depth++;
	j->in_map[j->depth] = type == RJ_MAP;
	j->key[j->depth][0] = '\0';
	return 1;
}

static int
json_close(struct report_json *j, enum report_json_type type)
{
	j->depth--;
	struct report_json_event ev = { .type = type, .depth = j->depth };
	return json_emit(j, &ev);
}

static int
on_start_map(void *ctx)
{
	return json_open(ctx, RJ_MAP);
}

static int
on_end_map(void *ctx)
{
	return json_close(ctx, RJ_MAP_END);
}

static int
on_start_array(void *ctx)
{
	return json_open(ctx, RJ_ARRAY);
}

static int
on_end_array(void *ctx)
{
	return json_close(ctx, RJ_ARRAY_END);
}

static int
on_key(void *ctx, const unsigned char *s, size_t len)
{
	struct report_json *j = ctx;
	char *k = j->key[j->depth];
	/* A key too long to be any we read is kept as one that matches
	 * nothing (a control character no name has). */
	if (len > REPORT_JSON_KEY || memchr(s, '\0', len) != NULL) {
		k[0] = '\x01';
		k[1] = '\0';
	} else {
		memcpy(k, s, len);
		k[len] = '\0';
	}
	/* Keys are no event, but the next token starts after them. */
	json_token(j);
	j->before.line = 0;
	return 1;
}

static const yajl_callbacks json_callbacks = {
	on_null, on_bool, NULL, NULL, on_number, on_string,
	on_start_map, on_key, on_end_map, on_start_array, on_end_array
};

struct report_json *
report_json_new(report_json_fn fn, void *ctx, const char *name,
    struct diag *d)
{
	struct report_json *j = xcalloc(1, sizeof *j);
	j->fn = fn;
	j->ctx = ctx;
	j->name = name;
	j->d = d;
	j->line = 1;
	j->col = 1;
	j->h = yajl_alloc(&json_callbacks, NULL, j);
	if (j->h == NULL) {
		fputs("sharepack: out of memory\n", stderr);
		abort();
	}
	return j;
}

void
report_json_free(struct report_json *j)
{
	if (j == NULL)
		return;
	yajl_free(j->h);
	free(j);
}

/* yajl's words for what is wrong, at the byte it stopped on, without its
 * "parse error: " and the line break it ends with. */
static void
json_syntax_error(struct report_json *j)
{
	json_token(j);
	unsigned char *msg = yajl_get_error(j->h, 0, NULL, 0);
	const char *m = (const char *)msg;
	if (strncmp(m, "parse error: ", 13) == 0)
		m += 13;
	size_t n = strcspn(m, "\n");
	/* yajl stops after the token it could not take: point at its start. */
	struct srcpos at = report_json_pos(j, NULL);
	diag_error(j->d, &at, "not JSON: %.*s", (int)n, m);
	yajl_free_error(j->h, msg);
}

/* At the end of a piece: where a token it ends inside of starts, kept
 * for the event that token becomes; then every line of it counted. */
static void
json_piece_done(struct report_json *j)
{
	size_t i = j->scanned;
	while (i < j->piece_len && json_blank(j->piece[i]))
		i++;
	if (i < j->piece_len && j->before.line == 0) {
		json_count(j, i);
		j->before = (struct srcpos){ j->name, j->line, j->col };
	}
	json_count(j, j->piece_len);
}

/* Parses a piece; status as report_json_feed. */
static int
json_parse(struct report_json *j, const unsigned char *buf, size_t len,
    int last)
{
	if (j->stopped)
		return -1;
	j->piece = buf;
	j->piece_len = len;
	j->scanned = 0;
	j->counted = 0;
	yajl_status s = last ? yajl_complete_parse(j->h) :
	    yajl_parse(j->h, buf, len);
	if (s == yajl_status_ok) {
		json_piece_done(j);
		return 0;
	}
	if (s == yajl_status_error && !j->stopped)
		json_syntax_error(j);
	j->stopped = 1;
	return -1;
}

int
report_json_feed(struct report_json *j, const unsigned char *buf, size_t len)
{
	return json_parse(j, buf, len, 0);
}

int
report_json_end(struct report_json *j)
{
	/* yajl_complete_parse feeds a space of its own: count nothing. */
	return json_parse(j, (const unsigned char *)"", 0, 1);
}

const char *
report_json_key(const struct report_json *j, int depth)
{
	if (depth < 1 || depth > j->depth || !j->in_map[depth])
		return NULL;
	return j->key[depth];
}

const char *
report_json_name(const struct report_json *j)
{
	return j->name;
}
