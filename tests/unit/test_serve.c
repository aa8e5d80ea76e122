/* test_serve.c: the parts of 'sharepack serve' that decide what a request
 * gets: the file a request target names (never one outside the site), the
 * content types, and a page as served (the reload script added, its
 * Content-Security-Policy letting it connect to its own origin). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "pack.h"
#include "serve.h"

static void
path_is(const char *target, const char *want)
{
	char *got = serve_site_path(target);
	if (want == NULL) {
		CHECK(got == NULL);
		if (got != NULL)
			fprintf(stderr, "  %s gave %s\n", target, got);
	} else {
		CHECK_STR(got, want);
	}
	free(got);
}

static void
test_paths(void)
{
	path_is("/", "index.html");
	path_is("/index.html", "index.html");
	path_is("/packs/schools/", "packs/schools/index.html");
	path_is("/packs/schools/quiz.html?seed=1#q3", "packs/schools/quiz.html");
	path_is("/guidance/a%20b.html", "guidance/a b.html");
	path_is("/packs/schools", "packs/schools");
	/* Nothing outside the site, however it is spelt. */
	path_is("/../../etc/passwd", NULL);
	path_is("/a/../../etc/passwd", NULL);
	path_is("/%2e%2e/%2e%2e/etc/passwd", NULL);
	path_is("/%2E%2E%2Fetc%2Fpasswd", NULL);
	path_is("/..", NULL);
	path_is("/./index.html", NULL);
	path_is("//etc/passwd", NULL);
	path_is("/a//b.html", NULL);
	path_is("/..%5c..%5cetc/passwd", NULL);
	path_is("/a\\b", NULL);
	path_is("/index.html%00.png", NULL);
	path_is("/a%0d%0aSet-Cookie:%20x", NULL);
	path_is("/%zz", NULL);
	path_is("/%2", NULL);
	path_is("etc/passwd", NULL);
	path_is("http://example.org/", NULL);
	path_is("", NULL);
	/* Hidden files: the site's marker is sharepack's own. */
	path_is("/.sharepack-site", NULL);
	path_is("/assets/.hidden/x.css", NULL);
}

static void
test_types(void)
{
	CHECK_STR(serve_content_type("index.html"), "text/html; charset=utf-8");
	CHECK_STR(serve_content_type("assets/style.css"),
	    "text/css; charset=utf-8");
	CHECK_STR(serve_content_type("assets/quiz.js"),
	    "text/javascript; charset=utf-8");
	CHECK_STR(serve_content_type("assets/logo.svg"), "image/svg+xml");
	CHECK_STR(serve_content_type("assets/logo.PNG"), "image/png");
	CHECK_STR(serve_content_type("results.json"), "application/json");
	CHECK_STR(serve_content_type("pack.zip"), "application/zip");
	CHECK_STR(serve_content_type("notes"), "application/octet-stream");
	CHECK_STR(serve_content_type("x.html.bak"), "application/octet-stream");
}

/* The page as served, as a new string. */
static char *
served(const char *html)
{
	struct buf out = BUF_INIT;
	serve_preview_page(html, strlen(html), "/__sharepack/reload.js?build=3",
	    &out);
	return buf_detach(&out);
}

#define CSP_HEAD "<meta http-equiv=\"Content-Security-Policy\" content=\""
#define SCRIPT "<script src=\"/__sharepack/reload.js?build=3\" defer>" \
	"</script>\n"

static void
test_preview(void)
{
	/* The policy render.c writes: connect-src 'none' becomes 'self'. */
	char *got = served("<!DOCTYPE html>\n<html><head>\n" CSP_HEAD
	    "default-src 'self'; object-src 'none'; connect-src 'none'\">\n"
	    "</head><body><p>x</p>\n</body>\n</html>\n");
	CHECK_STR(got, "<!DOCTYPE html>\n<html><head>\n" CSP_HEAD
	    "default-src 'self'; object-src 'none'; connect-src 'self'\">\n"
	    "</head><body><p>x</p>\n" SCRIPT "</body>\n</html>\n");
	free(got);
	/* An xAPI endpoint is kept beside it. */
	got = served("<head>" CSP_HEAD "default-src 'self'; connect-src "
	    "https://lrs.example/xapi/?a=1&amp;b=2\"></head><body></body>");
	CHECK_STR(got, "<head>" CSP_HEAD "default-src 'self'; connect-src "
	    "'self' https://lrs.example/xapi/?a=1&amp;b=2\"></head><body>"
	    SCRIPT "</body>");
	free(got);
	/* Already allowed: unchanged. */
	got = served("<head>" CSP_HEAD "connect-src 'self'\"></head><body>"
	    "</body>");
	CHECK_STR(got, "<head>" CSP_HEAD "connect-src 'self'\"></head><body>"
	    SCRIPT "</body>");
	free(got);
	/* No connect-src: default-src governs, and 'none' there gets one. */
	got = served("<head>" CSP_HEAD "default-src 'none'\"></head><body>"
	    "</body>");
	CHECK_STR(got, "<head>" CSP_HEAD "default-src 'none'; connect-src "
	    "'self'\"></head><body>" SCRIPT "</body>");
	free(got);
	/* A policy in the body is no policy, and text that looks like one
	 * is left alone; with no </body> the script goes at the end. */
	got = served("<head><title>connect-src 'none'</title></head><p>"
	    CSP_HEAD "connect-src 'none'\"></p>");
	CHECK_STR(got, "<head><title>connect-src 'none'</title></head><p>"
	    CSP_HEAD "connect-src 'none'\"></p>" SCRIPT);
	free(got);
	/* Two policies (a theme's and render.c's) are both enforced, so both
	 * allow it. */
	got = served("<head>" CSP_HEAD "connect-src 'none'\">" CSP_HEAD
	    "connect-src;default-src 'self'\"></head><body></body>");
	CHECK_STR(got, "<head>" CSP_HEAD "connect-src 'self'\">" CSP_HEAD
	    "connect-src 'self';default-src 'self'\"></head><body>" SCRIPT
	    "</body>");
	free(got);
}

/* Items lent to a pack come back whole when it is given back. */
static void
test_give_back(void)
{
	struct pack *mine = pack_new(), *p = pack_new();
	pack_add(mine, pack_item_new("scenarios/s.lua"));
	pack_add(p, pack_item_new("content/a.md"));
	pack_add(p, mine->items[0]);
	pack_give_back(p, 1);
	CHECK(p->count == 1);
	CHECK(p->indexed == 0);
	CHECK_STR(p->items[0]->path, "content/a.md");
	pack_free(p);
	CHECK_STR(mine->items[0]->path, "scenarios/s.lua");
	pack_free(mine);
}

void
test_serve(void)
{
	test_paths();
	test_types();
	test_preview();
	test_give_back();
}
