/* serve_site.c: what 'sharepack serve' serves: the site of the last build
 * (in a private folder), its pages with the reload script added, the
 * error page while the build fails, and the news of each build. */
#include "serve_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/tree.h>

#include "fsutil.h"
#include "html5.h"
#include "scenario.h"
#include "xalloc.h"

/* Served at SERVE_SCRIPT, and never written into a site or a package. It
 * is a file, not inline, so the pages' Content-Security-Policy allows it.
 * The page's build number comes in the script's own address; a hidden tab
 * lets go of its connection (a browser opens only six to one server) and
 * asks again when shown. */
static const char reload_js[] =
    "/* Served by 'sharepack serve' only: reloads the page when a build\n"
    " * changed it, or changed every page. */\n"
    "(function () {\n"
    "  'use strict';\n"
    "  var built = Number(new URL(document.currentScript.src)"
    ".searchParams.get('build'));\n"
    "  var page = location.pathname.replace(/^\\/+/, '');\n"
    "  try { page = decodeURIComponent(page); } catch (e) { /* as sent */ }\n"
    "  if (page === '' || page.slice(-1) === '/') page += 'index.html';\n"
    "  var source = null;\n"
    "  function stop() { if (source) { source.close(); source = null; } }\n"
    "  function heard(e) {\n"
    "    var news = JSON.parse(e.data);\n"
    "    if (news.build === built) return;\n"
    "    if (news.after === built && news.changed &&\n"
    "        news.changed.indexOf(page) < 0) {\n"
    "      built = news.build;\n"
    "      return;\n"
    "    }\n"
    "    stop();\n"
    "    location.reload();\n"
    "  }\n"
    "  function listen() {\n"
    "    if (source || document.hidden) return;\n"
    "    source = new EventSource('" SERVE_EVENTS "');\n"
    "    source.onmessage = heard;\n"
    "  }\n"
    "  document.addEventListener('visibilitychange', function () {\n"
    "    if (document.hidden) stop(); else listen();\n"
    "  });\n"
    "  listen();\n"
    "}());\n";

struct serve_scripts {
	int stale;		/* a script changed since they last ran */
	int ran;		/* they ran in the build going on */
	struct pack *made;	/* what they made; NULL until they run */
	char *messages;		/* what they reported, as printed */
	size_t len;
	struct diag counts;	/* how much of each; out is not used */
	struct pack *lent_to;	/* the pack holding the items, or NULL */
	size_t lent_from;	/* where they start in it */
	size_t lent_translations_from;	/* where its translations start */
};

/* A file of the built site and a checksum of its bytes. */
struct sum {
	char *path;
	uint64_t sum;
};

struct serve_site {
	char *tmp;		/* the private folder, removed at the end */
	char *dir;		/* tmp/site: where builds go */
	serve_build_fn *build;
	const void *ctx;
	struct serve_scripts scripts;
	unsigned number;	/* builds so far */
	int failed;		/* the last build failed */
	char *messages;		/* what the last build reported */
	size_t messages_len;
	struct sum *sums;	/* the last good build's files, by path */
	size_t sum_count;
	char **changed;		/* pages the last build changed */
	size_t changed_count;
	int every_page;		/* the last build changed every page */
};

/* open_memstream fails only for want of memory: the x* policy. */
static FILE *
xmemstream(char **data, size_t *len)
{
	FILE *f = open_memstream(data, len);
	if (f == NULL) {
		fputs("sharepack: out of memory\n", stderr);
		abort();
	}
	return f;
}

/* ---- the scripts' items, kept between builds ---- */

static void
run_scripts(struct serve_scripts *k, const char *dir, const char *shown,
    int strict)
{
	pack_free(k->made);
	free(k->messages);
	k->made = pack_new();
	k->messages = NULL;
	FILE *f = xmemstream(&k->messages, &k->len);
	diag_init(&k->counts, f);
	k->counts.strict = strict;
	struct scen_limits limits = scen_default_limits();
	scen_run_all(dir, shown, &limits, k->made, &k->counts);
	fclose(f);
	k->counts.out = NULL;
	k->stale = 0;
	k->ran = 1;
}

void
serve_scripts_add(struct serve_scripts *k, const char *dir,
    const char *shown, struct pack *p, struct diag *d)
{
	if (k->stale || k->made == NULL)
		run_scripts(k, dir, shown, d->strict);
	fwrite(k->messages, 1, k->len, d->out);
	d->errors += k->counts.errors;
	d->warnings += k->counts.warnings;
	d->system_errors += k->counts.system_errors;
	k->lent_to = p;
	k->lent_from = p->count;
	k->lent_translations_from = p->translation_count;
	/* Sorted again by p's own default language: the settings may have
	 * changed since the scripts ran into a pack that has none. */
	for (size_t i = 0; i < k->made->count; i++)
		pack_add_in_lang(p, k->made->items[i]);
	for (size_t i = 0; i < k->made->translation_count; i++)
		pack_add_in_lang(p, k->made->translations[i]);
}

void
serve_scripts_return(struct serve_scripts *k, struct pack *p)
{
	if (k == NULL || k->lent_to != p)
		return;
	pack_give_back(p, k->lent_from);
	pack_give_back_translations(p, k->lent_translations_from);
	k->lent_to = NULL;
}

/* ---- the site's folder ---- */

struct serve_site *
serve_site_new(serve_build_fn *build, const void *ctx)
{
	const char *base = getenv("TMPDIR");
	char *tmp = xasprintf("%s/sharepack-serve-XXXXXX", base != NULL &&
	    *base != '\0' ? base : "/tmp");
	if (mkdtemp(tmp) == NULL) {
		diag_say(stderr, "error: cannot make a folder for the site "
		    "(%s): %s", tmp, strerror(errno));
		free(tmp);
		return NULL;
	}
	struct serve_site *s = xcalloc(1, sizeof *s);
	s->tmp = tmp;
	s->dir = xasprintf("%s/site", tmp);
	s->build = build;
	s->ctx = ctx;
	return s;
}

static void
free_sums(struct sum *sums, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(sums[i].path);
	free(sums);
}

static void
free_changed(struct serve_site *s)
{
	for (size_t i = 0; i < s->changed_count; i++)
		free(s->changed[i]);
	free(s->changed);
	s->changed = NULL;
	s->changed_count = 0;
}

void
serve_site_free(struct serve_site *s)
{
	if (s == NULL)
		return;
	fs_remove_tree(s->tmp);
	pack_free(s->scripts.made);
	free(s->scripts.messages);
	free_sums(s->sums, s->sum_count);
	free_changed(s);
	free(s->messages);
	free(s->dir);
	free(s->tmp);
	free(s);
}

/* ---- what a build changed ---- */

static uint64_t
checksum(const char *data, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)data[i]) * 0x100000001b3ULL;
	return h;
}

/* Every file of the site (dir) and its checksum, sorted by path. Returns
 * 0, or -1 when the folder cannot be listed. */
static int
sum_site(const char *dir, struct sum **out, size_t *count)
{
	struct fs_list list;
	if (fs_list_tree(dir, "", NULL, SERVE_MAX_FILES, SERVE_MAX_DEPTH,
	    &list) != 0)
		return -1;
	*out = xcalloc(list.count + 1, sizeof **out);
	for (size_t i = 0; i < list.count; i++) {
		struct buf data = BUF_INIT;
		char *path = xasprintf("%s/%s", dir, list.paths[i]);
		(*out)[i].path = xstrdup(list.paths[i]);
		(*out)[i].sum = fs_read_file(path, SERVE_MAX_FILE_BYTES,
		    &data) == 0 ? checksum(data.data, data.len) : 0;
		buf_free(&data);
		free(path);
	}
	*count = list.count;
	fs_list_free(&list);
	return 0;
}

static int
is_page(const char *path)
{
	size_t n = strlen(path);
	return n >= 5 && strcmp(path + n - 5, ".html") == 0;
}

/* Adds path to the pages changed; returns 0, or -1 when it is not a page
 * (an asset every page may use). */
static int
add_changed(struct serve_site *s, const char *path)
{
	if (!is_page(path))
		return -1;
	s->changed = xrealloc(s->changed, (s->changed_count + 1) *
	    sizeof *s->changed);
	s->changed[s->changed_count++] = xstrdup(path);
	return 0;
}

/* Compares the new sums with the last good build's, both sorted by path:
 * a file added, gone or different changed. Returns -1 when an asset did. */
static int
compare_sums(struct serve_site *s, const struct sum *now, size_t n)
{
	size_t i = 0, j = 0;
	int rc = 0;
	while (rc == 0 && (i < s->sum_count || j < n)) {
		int c = i == s->sum_count ? 1 : j == n ? -1 :
		    strcmp(s->sums[i].path, now[j].path);
		if (c < 0)
			rc = add_changed(s, s->sums[i++].path);
		else if (c > 0)
			rc = add_changed(s, now[j++].path);
		else if (s->sums[i++].sum != now[j++].sum)
			rc = add_changed(s, now[j - 1].path);
	}
	return rc;
}

/* Works out which pages the build that just ended changed. */
static void
note_changes(struct serve_site *s, int failed_before)
{
	free_changed(s);
	s->every_page = 1;
	if (s->failed)
		return;
	struct sum *now = NULL;
	size_t n = 0;
	if (sum_site(s->dir, &now, &n) != 0)
		return;
	s->every_page = failed_before || s->number == 1 ||
	    compare_sums(s, now, n) != 0;
	free_sums(s->sums, s->sum_count);
	s->sums = now;
	s->sum_count = n;
}

static const char *
plural(int n)
{
	return n == 1 ? "" : "s";
}

/* The line after a build: the terminal is where a writer looks first. */
static void
say_result(const struct serve_site *s, const struct diag *d, double seconds,
    int quiet)
{
	if (s->failed) {
		diag_say(stderr, "%d error%s, %d warning%s; the pages show %s "
		    "until %s fixed", d->errors, plural(d->errors), d->warnings,
		    plural(d->warnings), d->errors == 1 ? "it" : "them",
		    d->errors == 1 ? "it is" : "they are");
		return;
	}
	if (quiet)
		return;
	size_t pages = 0;
	for (size_t i = 0; i < s->sum_count; i++)
		pages += is_page(s->sums[i].path);
	/* Whether the scripts ran tells a writer that a script's change was
	 * seen, or that a Markdown change cost no script time. */
	const char *how = s->number > 1 && s->scripts.ran ? " with the "
	    "scenario scripts run again" : "";
	if (s->number == 1)
		diag_say(stdout, "built %zu pages in %.2f s (%d warning%s)",
		    pages, seconds, d->warnings, plural(d->warnings));
	else if (s->every_page)
		diag_say(stdout, "rebuilt in %.2f s%s: all %zu pages reload "
		    "(%d warning%s)", seconds, how, pages, d->warnings,
		    plural(d->warnings));
	else
		diag_say(stdout, "rebuilt in %.2f s%s: %zu of %zu pages changed "
		    "(%d warning%s)", seconds, how, s->changed_count, pages,
		    d->warnings, plural(d->warnings));
	fflush(stdout);
}

int
serve_site_build(struct serve_site *s, unsigned changed, int quiet)
{
	if (changed & SERVE_CHANGED_SCRIPTS)
		s->scripts.stale = 1;
	free(s->messages);
	s->messages = NULL;
	FILE *f = xmemstream(&s->messages, &s->messages_len);
	struct diag d;
	diag_init(&d, f);
	double started = serve_now();
	s->scripts.ran = 0;
	int status = s->build(s->ctx, s->dir, &s->scripts, &d);
	fclose(f);
	fwrite(s->messages, 1, s->messages_len, stderr);
	fflush(stderr);
	int failed_before = s->failed;
	s->failed = status != EXIT_OK;
	s->number++;
	note_changes(s, failed_before);
	say_result(s, &d, serve_now() - started, quiet);
	return status;
}

/* ---- the news of a build ---- */

/* A string as JSON: paths come from file names, which may hold anything
 * but a NUL. */
static void
json_string(struct buf *out, const char *s)
{
	buf_putc(out, '"');
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			buf_printf(out, "\\%c", c);
		else if (c < 0x20)
			buf_printf(out, "\\u%04x", c);
		else
			buf_putc(out, (char)c);
	}
	buf_putc(out, '"');
}

void
serve_site_news(const struct serve_site *s, int hello, struct buf *out)
{
	buf_printf(out, "{\"build\":%u", s->number);
	if (!hello && !s->every_page) {
		buf_printf(out, ",\"after\":%u,\"changed\":[", s->number - 1);
		for (size_t i = 0; i < s->changed_count; i++) {
			if (i > 0)
				buf_putc(out, ',');
			json_string(out, s->changed[i]);
		}
		buf_putc(out, ']');
	}
	buf_putc(out, '}');
}

/* ---- pages as served ---- */

/* The first (last, when last is set) place needle is in s[0..len), in any
 * case, or NULL. */
static const char *
find_nocase(const char *s, size_t len, const char *needle, int last)
{
	size_t n = strlen(needle);
	const char *found = NULL;
	for (size_t i = 0; i + n <= len; i++) {
		if (strncasecmp(s + i, needle, n) == 0) {
			found = s + i;
			if (!last)
				break;
		}
	}
	return found;
}

/* Whether the source list src (n bytes) is "'none'" or empty, which allow
 * nothing. */
static int
allows_nothing(const char *src, size_t n)
{
	while (n > 0 && src[0] == ' ')
		src++, n--;
	while (n > 0 && src[n - 1] == ' ')
		n--;
	return n == 0 || (n == 6 && strncasecmp(src, "'none'", 6) == 0);
}

/* Appends one directive (n bytes) with 'self' allowed when it is
 * connect-src; *connect is set when it is, *deflt to whether default-src
 * allows 'self' when it is default-src. */
static void
allow_self_in(struct buf *out, const char *dir, size_t n, int *connect,
    int *deflt)
{
	size_t start = 0;
	while (start < n && dir[start] == ' ')
		start++;
	size_t end = start;
	while (end < n && dir[end] != ' ')
		end++;
	const char *name = dir + start;
	size_t len = end - start;
	int has_self = find_nocase(dir + end, n - end, "'self'", 0) != NULL;
	if (len == 11 && strncasecmp(name, "default-src", 11) == 0)
		*deflt = has_self;
	if (len != 11 || strncasecmp(name, "connect-src", 11) != 0 ||
	    has_self) {
		buf_add(out, dir, n);
		return;
	}
	*connect = 1;
	buf_add(out, dir, end);
	buf_puts(out, " 'self'");
	if (!allows_nothing(dir + end, n - end))
		buf_add(out, dir + end, n - end);
}

/* Appends policy (n bytes, as written in the attribute) letting the page
 * connect to its own origin. Without connect-src the default-src governs
 * connections, and a default-src without 'self' gets a connect-src. */
static void
allow_self(struct buf *out, const char *policy, size_t n)
{
	int connect = 0, deflt = -1;
	size_t i = 0;
	for (;;) {
		const char *semi = memchr(policy + i, ';', n - i);
		size_t end = semi != NULL ? (size_t)(semi - policy) : n;
		allow_self_in(out, policy + i, end - i, &connect, &deflt);
		if (semi == NULL)
			break;
		buf_putc(out, ';');
		i = end + 1;
	}
	if (!connect && deflt == 0)
		buf_puts(out, "; connect-src 'self'");
}

void
serve_preview_page(const char *html, size_t len, const char *script,
    struct buf *out)
{
	const char *head_end = find_nocase(html, len, "</head>", 0);
	const char *limit = head_end != NULL ? head_end : html;
	const char *done = html;
	for (const char *p = html; p < limit;) {
		const char *meta = find_nocase(p, (size_t)(limit - p), "<meta",
		    0);
		const char *end = meta != NULL ? memchr(meta, '>',
		    (size_t)(limit - meta)) : NULL;
		if (end == NULL)
			break;
		size_t tag = (size_t)(end - meta);
		const char *v = find_nocase(meta, tag, " content=\"", 0);
		const char *v_end = v != NULL ? memchr(v + 10, '"',
		    (size_t)(end - v - 10)) : NULL;
		if (v_end != NULL && find_nocase(meta, tag, "http-equiv=\""
		    "content-security-policy\"", 0) != NULL) {
			buf_add(out, done, (size_t)(v + 10 - done));
			allow_self(out, v + 10, (size_t)(v_end - v - 10));
			done = v_end;
		}
		p = end + 1;
	}
	const char *body_end = find_nocase(done, len - (size_t)(done - html),
	    "</body>", 1);
	const char *at = body_end != NULL ? body_end : html + len;
	buf_add(out, done, (size_t)(at - done));
	buf_printf(out, "<script src=\"%s\" defer></script>\n", script);
	buf_add(out, at, len - (size_t)(at - html));
}

/* ---- serve's own pages ---- */

static xmlNodePtr
add_el(xmlNodePtr parent, const char *tag, const char *text)
{
	xmlNodePtr n = xmlNewDocNode(parent->doc, NULL, BAD_CAST tag, NULL);
	xmlAddChild(parent, n);
	if (text != NULL)
		xmlAddChild(n, xmlNewDocText(parent->doc, BAD_CAST text));
	return n;
}

static char *
script_url(const struct serve_site *s)
{
	return xasprintf("%s?build=%u", SERVE_SCRIPT, s->number);
}

/* A page of serve's own: heading, a paragraph, then each line of lines
 * (len bytes; may be NULL) as an item of a list, and the reload script.
 * Everything goes in as text nodes. */
static void
own_page(const struct serve_site *s, const char *heading, const char *text,
    const char *lines, size_t len, struct buf *out)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr html = xmlNewDocNode(doc, NULL, BAD_CAST "html", NULL);
	xmlDocSetRootElement(doc, html);
	xmlSetProp(html, BAD_CAST "lang", BAD_CAST "en");
	xmlNodePtr head = add_el(html, "head", NULL);
	xmlSetProp(add_el(head, "meta", NULL), BAD_CAST "charset",
	    BAD_CAST "utf-8");
	xmlNodePtr vp = add_el(head, "meta", NULL);
	xmlSetProp(vp, BAD_CAST "name", BAD_CAST "viewport");
	xmlSetProp(vp, BAD_CAST "content", BAD_CAST "width=device-width, "
	    "initial-scale=1");
	add_el(head, "title", heading);
	xmlNodePtr body = add_el(html, "body", NULL);
	xmlNodePtr main = add_el(body, "main", NULL);
	add_el(main, "h1", heading);
	add_el(main, "p", text);
	xmlNodePtr list = lines != NULL && len > 0 ? add_el(main, "ul", NULL) :
	    NULL;
	for (size_t i = 0; list != NULL && i < len;) {
		const char *nl = memchr(lines + i, '\n', len - i);
		size_t end = nl != NULL ? (size_t)(nl - lines) : len;
		char *line = xstrndup(lines + i, end - i);
		add_el(add_el(list, "li", NULL), "code", line);
		free(line);
		i = end + 1;
	}
	char *url = script_url(s);
	xmlNodePtr script = add_el(body, "script", NULL);
	xmlSetProp(script, BAD_CAST "src", BAD_CAST url);
	xmlSetProp(script, BAD_CAST "defer", BAD_CAST "");
	free(url);
	html5_document(doc, out);
	xmlFreeDoc(doc);
}

/* ---- replies ---- */

void
serve_reply_free(struct serve_reply *r)
{
	buf_free(&r->body);
	free(r->location);
	r->location = NULL;
}

static void
reply_page(struct serve_reply *r, int status, struct buf *page)
{
	r->status = status;
	r->type = serve_content_type(".html");
	r->body = *page;
}

static void
reply_error_page(const struct serve_site *s, struct serve_reply *r)
{
	struct buf page = BUF_INIT;
	own_page(s, "The site has errors", "sharepack serve could not build "
	    "the site. Fix what is listed here and save the file: this page "
	    "reloads by itself. The terminal shows the same messages.",
	    s->messages, s->messages_len, &page);
	reply_page(r, 500, &page);
}

static void
reply_not_found(const struct serve_site *s, const char *path, size_t n,
    struct serve_reply *r)
{
	struct buf page = BUF_INIT;
	char *text = xasprintf("The site has no page at %.*s. The home page "
	    "is at /.", (int)n, path);
	own_page(s, "Not found", text, NULL, 0, &page);
	free(text);
	reply_page(r, 404, &page);
}

/* The reply with the file rel of the site; target's path is n bytes. */
static void
reply_file(const struct serve_site *s, const char *target, size_t n,
    const char *rel, struct serve_reply *r)
{
	char *path = xasprintf("%s/%s", s->dir, rel);
	struct stat sb;
	struct buf data = BUF_INIT;
	int found = stat(path, &sb) == 0;
	if (found && S_ISDIR(sb.st_mode)) {
		r->status = 301;
		r->type = serve_content_type(".txt");
		r->location = xasprintf("%.*s/", (int)n, target);
	} else if (!found || !S_ISREG(sb.st_mode) || fs_read_file(path,
	    SERVE_MAX_FILE_BYTES, &data) != 0) {
		reply_not_found(s, target, n, r);
	} else if (is_page(rel)) {
		char *url = script_url(s);
		r->status = 200;
		r->type = serve_content_type(rel);
		serve_preview_page(data.data, data.len, url, &r->body);
		free(url);
	} else {
		r->status = 200;
		r->type = serve_content_type(rel);
		r->body = data;
		data = (struct buf)BUF_INIT;
	}
	buf_free(&data);
	free(path);
}

void
serve_site_reply(const struct serve_site *s, const char *target,
    struct serve_reply *r)
{
	size_t n = strcspn(target, "?#");
	memset(r, 0, sizeof *r);
	if (n == strlen(SERVE_SCRIPT) && strncmp(target, SERVE_SCRIPT, n) ==
	    0) {
		r->status = 200;
		r->type = serve_content_type(SERVE_SCRIPT);
		buf_add(&r->body, reload_js, sizeof reload_js - 1);
		return;
	}
	char *rel = serve_site_path(target);
	if (rel == NULL) {
		r->status = 400;
		r->type = serve_content_type(".txt");
		buf_puts(&r->body, "Bad request: not a path inside the site\n");
	} else if (s->failed && is_page(rel)) {
		reply_error_page(s, r);
	} else {
		reply_file(s, target, n, rel, r);
	}
	free(rel);
}
