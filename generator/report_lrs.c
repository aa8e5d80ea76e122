/* report_lrs.c: reads the statements about the project's packs and
 * scenarios from a Learning Record Store over HTTP (libcurl, loaded only
 * then: lrs_curl.h), page by page, streaming each response into the xAPI
 * reader as it arrives. */
#include "report_lrs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "lrs_curl.h"
#include "report_xapi.h"
#include "xalloc.h"

/* How much of an LRS's error response a message quotes. */
#define LRS_ERR_MAX 200
/* Seconds to wait for a connection, and for a stalled response: an LRS
 * that stops sending fails the read rather than hanging the command. */
#define LRS_CONNECT_TIMEOUT 20L
#define LRS_STALL_TIMEOUT 60L

struct lrs {
	struct lrs_curl fn;
	CURL *curl;
	struct curl_slist *headers;
	char *endpoint;		/* with its final '/' */
	struct store *st;	/* borrowed */
	struct diag *d;		/* borrowed */
	long limit;		/* statements per page asked for; 0: the LRS's */
	size_t added, known, skipped;
};

/* One GET: the body goes to the xAPI reader while the status is 200, and
 * only its first bytes are kept when it is not (the LRS's error text). */
struct lrs_page {
	const struct lrs_curl *fn;
	CURL *curl;
	struct report_xapi *x;
	long status;
	int failed;		/* the reader refused the input (printed) */
	struct buf err;
};

/* libcurl's allocations fail only when memory is out: the one policy of
 * xalloc.c, print and abort. */
static void
lrs_oom(void)
{
	fputs("sharepack: fatal: out of memory\n", stderr);
	abort();
}

/* s %-escaped for a query, as a string the caller frees with free(). */
static char *
lrs_escape(const struct lrs *l, const char *s)
{
	char *e = l->fn.easy_escape(l->curl, s, 0);
	if (e == NULL)
		lrs_oom();
	char *r = xstrdup(e);
	l->fn.free(e);
	return r;
}

static size_t
lrs_write(char *data, size_t size, size_t n, void *arg)
{
	struct lrs_page *pg = arg;
	size_t len = size * n;

	if (pg->status == 0)
		pg->fn->easy_getinfo(pg->curl, CURLINFO_RESPONSE_CODE,
		    &pg->status);
	if (pg->status != 200) {
		size_t room = LRS_ERR_MAX - pg->err.len;
		buf_add(&pg->err, data, len < room ? len : room);
		return len;
	}
	if (report_xapi_feed(pg->x, (const unsigned char *)data, len) != 0) {
		pg->failed = 1;
		return 0;	/* curl stops with CURLE_WRITE_ERROR */
	}
	return len;
}

/* The LRS's error text on one line, trimmed, for a message; "" when none. */
static void
lrs_error_text(struct buf *err)
{
	if (err->data == NULL)
		return;
	for (size_t i = 0; i < err->len; i++)
		if (err->data[i] == '\n' || err->data[i] == '\r' ||
		    err->data[i] == '\t')
			err->data[i] = ' ';
	while (err->len > 0 && err->data[err->len - 1] == ' ')
		err->data[--err->len] = '\0';
}

static void
lrs_http_error(struct lrs *l, const char *url, long status, struct buf *err)
{
	struct srcpos pos = { url, 0, 0 };
	lrs_error_text(err);
	const char *text = err->data ? err->data + strspn(err->data, " ") : "";
	diag_error(l->d, &pos, "the LRS answered HTTP %ld%s%s%s; check the "
	    "address (the xAPI endpoint, ending in /) and the --lrs-auth "
	    "value", status, *text ? " (" : "", text, *text ? ")" : "");
}

/* GETs url into the store. Returns 0 and sets *more and *latest as
 * report_xapi_end does, or -1 (printed). */
static int
lrs_page(struct lrs *l, const char *url, char **more, char **latest)
{
	struct lrs_page pg = { &l->fn, l->curl, NULL, 0, 0, BUF_INIT };
	struct srcpos pos = { url, 0, 0 };
	int rc = -1;

	*more = *latest = NULL;
	pg.x = report_xapi_new(l->st, url, l->d);
	l->fn.easy_setopt(l->curl, CURLOPT_URL, url);
	l->fn.easy_setopt(l->curl, CURLOPT_WRITEDATA, &pg);
	CURLcode res = l->fn.easy_perform(l->curl);
	if (pg.failed)
		goto out;
	if (res != CURLE_OK) {
		diag_error(l->d, &pos, "cannot read the LRS: %s",
		    l->fn.easy_strerror(res));
		goto out;
	}
	l->fn.easy_getinfo(l->curl, CURLINFO_RESPONSE_CODE, &pg.status);
	if (pg.status != 200) {
		lrs_http_error(l, url, pg.status, &pg.err);
		goto out;
	}
	if (report_xapi_end(pg.x, more, latest) != 0)
		goto out;
	size_t added, known;
	report_xapi_counts(pg.x, &added, &known);
	l->added += added;
	l->known += known;
	l->skipped += report_xapi_skipped(pg.x);
	rc = 0;
out:
	report_xapi_free(pg.x);
	buf_free(&pg.err);
	return rc;
}

/* The part of a URL that decides where requests go. */
static int
lrs_same_origin(const struct lrs_curl *fn, CURLU *a, CURLU *b)
{
	static const CURLUPart parts[] = { CURLUPART_SCHEME, CURLUPART_HOST,
	    CURLUPART_PORT };
	int same = 1;
	for (size_t i = 0; same && i < sizeof parts / sizeof *parts; i++) {
		char *x = NULL, *y = NULL;
		fn->url_get(a, parts[i], &x, CURLU_DEFAULT_PORT);
		fn->url_get(b, parts[i], &y, CURLU_DEFAULT_PORT);
		same = x != NULL && y != NULL && strcasecmp(x, y) == 0;
		fn->free(x);
		fn->free(y);
	}
	return same;
}

/* The address of the next page: "more" resolved against the endpoint.
 * An address on another server is refused, since the Authorization header
 * would go with it. Returns it (caller frees) or NULL (printed). */
static char *
lrs_next(struct lrs *l, const char *from, const char *more)
{
	const struct lrs_curl *fn = &l->fn;
	CURLU *base = fn->url(), *next = fn->url();
	struct srcpos pos = { from, 0, 0 };
	char *s = NULL, *url = NULL;

	if (base == NULL || next == NULL)
		lrs_oom();
	if (fn->url_set(base, CURLUPART_URL, l->endpoint, 0) != CURLUE_OK ||
	    fn->url_set(next, CURLUPART_URL, l->endpoint, 0) != CURLUE_OK ||
	    fn->url_set(next, CURLUPART_URL, more, 0) != CURLUE_OK ||
	    fn->url_get(next, CURLUPART_URL, &s, 0) != CURLUE_OK) {
		diag_error(l->d, &pos, "the LRS's \"more\" address cannot be "
		    "read as a URL");
		goto out;
	}
	if (!lrs_same_origin(fn, base, next)) {
		diag_error(l->d, &pos, "the LRS's \"more\" address is on "
		    "another server; only the endpoint's own is followed");
		goto out;
	}
	url = xstrdup(s);
out:
	fn->free(s);
	fn->url_cleanup(base);
	fn->url_cleanup(next);
	return url;
}

/* The first page's address for activity, from since (may be NULL). */
static char *
lrs_query(struct lrs *l, const char *activity, const char *since)
{
	struct buf q = BUF_INIT;
	char *a = lrs_escape(l, activity);
	buf_printf(&q, "%sstatements?activity=%s&related_activities=true",
	    l->endpoint, a);
	free(a);
	if (since != NULL) {
		char *s = lrs_escape(l, since);
		buf_printf(&q, "&since=%s", s);
		free(s);
	}
	if (l->limit > 0)
		buf_printf(&q, "&limit=%ld", l->limit);
	return buf_detach(&q);
}

/* Reads every page about activity as one source, and keeps the latest
 * "stored" time seen as the next run's "since". A read that adds nothing
 * and moves "since" on by nothing leaves no trace. Returns 0 or -1. */
static int
lrs_activity(struct lrs *l, const char *activity)
{
	char *key = xasprintf("lrs-since %s %s", l->endpoint, activity);
	char *since = store_state_get(l->st, key);
	char *url = lrs_query(l, activity, since), *last = NULL;
	size_t added = l->added;
	int ok = 0;

	if (store_source_begin(l->st, "lrs", url) != 0)
		goto out;
	for (;;) {
		char *more, *latest;
		if (lrs_page(l, url, &more, &latest) != 0)
			break;
		if (latest != NULL && (last == NULL || strcmp(latest, last) > 0)) {
			free(last);
			last = latest;
		} else
			free(latest);
		if (more == NULL) {
			ok = 1;
			break;
		}
		char *next = lrs_next(l, url, more);
		free(more);
		if (next != NULL && strcmp(next, url) == 0) {
			struct srcpos pos = { url, 0, 0 };
			diag_error(l->d, &pos, "the LRS's \"more\" address "
			    "is the page itself");
			free(next);
			next = NULL;
		}
		if (next == NULL)
			break;
		free(url);
		url = next;
	}
	int news = l->added > added || (last != NULL && (since == NULL ||
	    strcmp(last, since) > 0));
	if (ok && last != NULL && store_state_set(l->st, key, last) != 0)
		ok = 0;
	if (store_source_end(l->st, ok && news) != 0)
		ok = 0;
out:
	free(last);
	free(url);
	free(since);
	free(key);
	return ok ? 0 : -1;
}

/* The endpoint with its final '/', or NULL (printed) when url is not an
 * http(s) address or auth would break the request's headers. */
static char *
lrs_endpoint(const char *url, const char *auth, struct diag *d)
{
	struct srcpos pos = { url, 0, 0 }, option = { "--lrs", 0, 0 };
	/* Messages name the URL: a key inside it would be printed. */
	const char *host = strstr(url, "://");
	host = host != NULL ? host + 3 : url;
	if (memchr(host, '@', strcspn(host, "/?#")) != NULL) {
		diag_error(d, &option, "the LRS address has a user or password "
		    "in it; give the address without, and the key with "
		    "--lrs-auth");
		return NULL;
	}
	if (strncasecmp(url, "http://", 7) != 0 &&
	    strncasecmp(url, "https://", 8) != 0) {
		diag_error(d, &pos, "an LRS address must start with http:// "
		    "or https://");
		return NULL;
	}
	if (auth != NULL && strpbrk(auth, "\r\n") != NULL) {
		diag_error(d, &option, "the --lrs-auth value has a line break; "
		    "give the header's value on one line (as \"Basic ...\")");
		return NULL;
	}
	size_t n = strlen(url);
	return n > 0 && url[n - 1] == '/' ? xstrdup(url) :
	    xasprintf("%s/", url);
}

static void
lrs_setup(struct lrs *l, const char *auth)
{
	const struct lrs_curl *fn = &l->fn;
	l->headers = fn->slist_append(NULL, "X-Experience-API-Version: 1.0.3");
	l->headers = fn->slist_append(l->headers, "Accept: application/json");
	if (auth != NULL) {
		char *h = xasprintf("Authorization: %s", auth);
		l->headers = fn->slist_append(l->headers, h);
		free(h);
	}
	if (l->headers == NULL)
		lrs_oom();
	CURL *c = l->curl;
	fn->easy_setopt(c, CURLOPT_HTTPHEADER, l->headers);
	fn->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	fn->easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	fn->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	fn->easy_setopt(c, CURLOPT_CONNECTTIMEOUT, LRS_CONNECT_TIMEOUT);
	fn->easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	fn->easy_setopt(c, CURLOPT_LOW_SPEED_TIME, LRS_STALL_TIMEOUT);
	fn->easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	fn->easy_setopt(c, CURLOPT_USERAGENT, "sharepack");
	fn->easy_setopt(c, CURLOPT_WRITEFUNCTION, lrs_write);
	const char *limit = getenv("SHAREPACK_LRS_LIMIT");
	l->limit = limit != NULL ? strtol(limit, NULL, 10) : 0;
}

int
report_lrs_read(struct store *st, const struct pack *p, const char *url,
    const char *auth, struct diag *d)
{
	struct lrs l = { .st = st, .d = d };
	int rc = -1, loaded = 0;

	l.endpoint = lrs_endpoint(url, auth, d);
	if (l.endpoint == NULL)
		return -1;
	if (lrs_curl_load(&l.fn, LRS_CURL_SONAME, d) != 0)
		goto out;
	loaded = 1;
	if (l.fn.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK ||
	    (l.curl = l.fn.easy_init()) == NULL) {
		diag_syserr(d, "cannot start libcurl");
		goto out;
	}
	lrs_setup(&l, auth);
	rc = 0;
	for (size_t i = 0; rc == 0 && i < p->count; i++) {
		const struct item *it = p->items[i];
		if (it->kind != ITEM_PACK && it->kind != ITEM_SCENARIO)
			continue;
		char *activity = xasprintf("urn:sharepack:%s:%s",
		    it->kind == ITEM_PACK ? "pack" : "scenario", it->id);
		rc = lrs_activity(&l, activity);
		free(activity);
	}
	if (rc == 0)
		diag_say(stdout, "LRS %s: %zu statement%s added, %zu already "
		    "stored, %zu not about this project's content skipped",
		    l.endpoint, l.added, l.added == 1 ? "" : "s", l.known,
		    l.skipped);
out:
	if (loaded) {
		if (l.curl != NULL)
			l.fn.easy_cleanup(l.curl);
		l.fn.slist_free_all(l.headers);
		l.fn.global_cleanup();
	}
	free(l.endpoint);
	return rc;
}
