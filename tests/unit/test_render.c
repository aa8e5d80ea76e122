/* Unit tests of md_dom.c, theme.c, render.c and html5.c: escaping by
 * construction, slot checking and HTML5 output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "harness.h"
#include "html5.h"
#include "markdown.h"
#include "md_dom.h"
#include "render.h"
#include "scorm.h"
#include "theme.h"
#include "util.h"
#include "xalloc.h"

/* The HTML of a Markdown body rendered into a <div>. */
static char *
md_html(const char *md, int min_level)
{
	cmark_node *doc = md_parse(md, strlen(md));
	xmlDocPtr x = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(x, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(x, div);
	md_dom_append(div, cmark_node_first_child(doc), NULL, min_level);
	struct buf out = BUF_INIT;
	html5_document(x, &out);
	xmlFreeDoc(x);
	cmark_node_free(doc);
	/* Drop the doctype line for shorter expectations. */
	char *s = buf_detach(&out);
	char *body = strdup(s + strlen("<!DOCTYPE html>\n"));
	free(s);
	return body;
}

static void
expect_md(const char *md, int min_level, const char *want)
{
	char *got = md_html(md, min_level);
	CHECK_STR(got, want);
	free(got);
}

void
test_md_dom(void)
{
	expect_md("Hello *world*.", 2, "<div><p>Hello <em>world</em>.</p>\n"
	    "</div>\n");
	/* Markup in content is text, never markup. */
	expect_md("a <script>alert(1)</script> & b", 2,
	    "<div><p>a alert(1) &amp; b</p>\n</div>\n");
	expect_md("<div onclick=x>raw block</div>\n\ntext", 2,
	    "<div><p>text</p>\n</div>\n");
	expect_md("`<b>` and 5 > 3", 2, "<div><p><code>&lt;b&gt;</code> and "
	    "5 &gt; 3</p>\n</div>\n");
	expect_md("[x](javascript:alert(1)) [y](  DATA:text/html,x) "
	    "[z](https://example.org/?a=1&b=\"2\")", 2,
	    "<div><p><span>x</span> <span>y</span> <a href=\"https://"
	    "example.org/?a=1&amp;b=&quot;2&quot;\">z</a></p>\n</div>\n");
	/* Headings never rise above min_level. */
	expect_md("# One\n\n## Two\n\n#### Four", 2,
	    "<div><h2>One</h2>\n<h2>Two</h2>\n<h4>Four</h4>\n</div>\n");
	expect_md("# One", 7, "<div><h6>One</h6>\n</div>\n");
	/* Tight lists keep no <p> in items; loose lists do. */
	expect_md("- a\n- b\n", 2, "<div><ul><li>a</li>\n<li>b</li>\n</ul>\n"
	    "</div>\n");
	expect_md("3. a\n\n4. b\n", 2, "<div><ol start=\"3\"><li><p>a</p>\n"
	    "</li>\n<li><p>b</p>\n</li>\n</ol>\n</div>\n");
	expect_md("![a <b> picture](http://example.org/x.png)", 2,
	    "<div><p><span class=\"sp-image-alt\">a  picture</span></p>\n"
	    "</div>\n");
	expect_md("line one  \nline two\n\n---\n", 2, "<div><p>line one<br>"
	    "line two</p>\n<hr>\n</div>\n");
	/* Links as browsers parse them (WHATWG URL: controls and spaces
	 * trimmed, tab, LF and CR removed anywhere). */
	static const char *const unsafe[] = { " JavaScript:x", "file:///",
	    "java\tscript:alert(1)", "java\nscript:alert(2)",
	    "\x01javascript:alert(3)", "fi\tle:///etc/passwd",
	    "JAVASCRIPT:x", "data:text/html,x", "vbscript:x", "\r\njavascript:x",
	    "jav\rascript:x", "blob:x", "ftp://x", NULL };
	for (const char *const *u = unsafe; *u != NULL; u++) {
		char *got = md_dom_url(*u);
		if (got != NULL)
			fprintf(stderr, "unsafe URL kept: %s\n", got);
		CHECK(got == NULL);
		free(got);
	}
	static const char *const safe[][2] = {
		{ "../guidance/x.html", "../guidance/x.html" },
		{ "mailto:a@b", "mailto:a@b" }, { "tel:+44123", "tel:+44123" },
		{ " https://gov.uk/x ", "https://gov.uk/x" },
		{ "ht\ttp://a.b/", "http://a.b/" }, { "#q-1", "#q-1" },
		{ "java%09script:x", "java%09script:x" },	/* a relative path */
		{ NULL, NULL } };
	for (size_t i = 0; safe[i][0] != NULL; i++) {
		char *got = md_dom_url(safe[i][0]);
		CHECK_STR(got, safe[i][1]);
		free(got);
	}

	/* Deep nesting is flattened, not recursed into without end. */
	char *deep = malloc(20001);
	memset(deep, '>', 20000);
	deep[20000] = '\0';
	char *got = md_html(deep, 2);
	size_t quotes = 0;
	for (char *s = got; (s = strstr(s, "<blockquote>")) != NULL; s++)
		quotes++;
	CHECK(quotes == MD_DOM_MAX_DEPTH);
	free(got);
	free(deep);
}

static const char good_layout[] = "<!DOCTYPE html>\n<html lang=\"en\">"
    "<head><meta charset=\"utf-8\"><title data-sp-slot=\"title\">T</title>"
    "</head><body><nav data-sp-slot=\"breadcrumb\"></nav>"
    "<main data-sp-slot=\"main\"><p>placeholder</p></main></body></html>\n";

void
test_theme(void)
{
	struct captured c;
	capture_begin(&c);
	xmlDocPtr doc = theme_parse_layout(good_layout, strlen(good_layout),
	    "themes/t/layout.html", NULL, &c.d);
	CHECK(doc != NULL);
	CHECK_STR(captured(&c), "");
	xmlFreeDoc(doc);
	capture_end(&c);

	capture_begin(&c);
	const char *bad = "<html><body>\n<p data-sp-slot=\"sidebar\">x</p>\n"
	    "<div data-sp-slot=\"main\"></div>\n<div data-sp-slot=\"main\">"
	    "</div></body></html>";
	doc = theme_parse_layout(bad, strlen(bad), "themes/t/layout.html",
	    NULL, &c.d);
	CHECK(doc == NULL);
	CHECK_STR(captured(&c), "themes/t/layout.html:2: error: unknown slot "
	    "'sidebar'; the slots are title, main, home, breadcrumb, site-name "
	    "and footer\n"
	    "themes/t/layout.html:4: error: slot 'main' is used twice; a page "
	    "has one of each\n"
	    "themes/t/layout.html:1:1: error: the template has no 'title' slot; "
	    "add data-sp-slot=\"title\" to the <title> element\n");
	capture_end(&c);

	/* Found by fuzz_theme: a slot inside the title slot vanished. */
	capture_begin(&c);
	const char *nested = "<html><head><title data-sp-slot=\"title\">"
	    "</title></head><body><div data-sp-slot=\"breadcrumb\">\n"
	    "<main data-sp-slot=\"main\"></main></div></body></html>";
	doc = theme_parse_layout(nested, strlen(nested), "l.html", NULL, &c.d);
	CHECK(doc == NULL);
	CHECK_STR(captured(&c), "l.html:2: error: slot 'main' is inside slot "
	    "'breadcrumb', whose content is replaced; move it out\n");
	capture_end(&c);

	capture_begin(&c);
	doc = theme_parse_layout("", 0, "themes/t/layout.html", NULL, &c.d);
	CHECK(doc == NULL && c.d.errors > 0);
	capture_end(&c);
}

/* Every page's policy up to its connect-src (render.c). */
#define CSP "default-src 'self'; object-src 'none'; base-uri 'none'; " \
	"form-action 'none'; connect-src "

void
test_render(void)
{
	struct captured c;
	capture_begin(&c);
	struct theme t = { NULL, NULL, NULL, NULL, 0 };
	t.layout = theme_parse_layout(good_layout, strlen(good_layout),
	    "layout.html", NULL, &c.d);
	struct render_out out = { NULL, 0, 0, NULL };
	struct render_page pg;
	render_page_begin(&pg, &t, "guidance/x.html", "A <b> & \"c\"", "cy");
	CHECK_STR(pg.root, "../");
	render_crumb(&pg, "index.html", "Home");
	render_el(pg.main, "h1", "<script>");
	render_page_end(&pg, &out, "guidance/x.html");
	CHECK(out.count == 1);
	CHECK_STR(out.files[0].content.data, "<!DOCTYPE html>\n"
	    "<html lang=\"cy\"><head><meta charset=\"utf-8\">\n<meta "
	    "http-equiv=\"Content-Security-Policy\" content=\"" CSP
	    "'none'\"><title>A &lt;b&gt; "
	    "&amp; \"c\"</title></head><body><nav><ol><li><a href=\"../index.html\">"
	    "Home</a></li>\n</ol>\n</nav>\n<main><h1>&lt;script&gt;</h1>\n"
	    "</main>\n</body></html>\n");
	render_out_free(&out);
	xmlFreeDoc(t.layout);

	/* A learning page may connect to its xAPI endpoint only, written so
	 * that nothing in the address can end the directive; a layout with no
	 * head gets one for the policy. */
	static const char headless[] = "<html><body><main data-sp-slot=\"main\">"
	    "</main><title data-sp-slot=\"title\"></title></body></html>";
	static const struct {
		const char *endpoint, *assets, *connect;
	} cases[] = {
		{ NULL, NULL, "'none'" },
		{ NULL, "xapi.js", "'self' https:" },
		{ "https://lrs.example.org/xapi", "xapi.js",
		    "https://lrs.example.org/xapi/" },
		{ "https://lrs.example.org/x; script-src *,'a'/?k=1", NULL,
		    "https://lrs.example.org/x%3B%20script-src%20*%2C%27a%27/" },
		{ "http://127.0.0.1:8080/xapi?key=1", NULL,
		    "http://127.0.0.1:8080/xapi" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct theme_asset assets[] = { { (char *)cases[i].assets,
		    NULL, 0 } };
		struct theme lt = { NULL, NULL, NULL, assets,
		    cases[i].assets != NULL };
		lt.layout = theme_parse_layout(headless, strlen(headless),
		    "layout.html", NULL, &c.d);
		struct render_config cfg = { .xapi_endpoint = cases[i].endpoint };
		render_page_begin(&pg, &lt, "quiz.html", "Q", "en");
		render_learning_scripts(&pg, &lt, &cfg, "quiz.js");
		render_page_end(&pg, &out, "quiz.html");
		char *want = xasprintf("<html lang=\"en\"><head><meta http-equiv="
		    "\"Content-Security-Policy\" content=\"%s%s\">", CSP,
		    cases[i].connect);
		const char *got = out.files[out.count - 1].content.data;
		CHECK(strstr(got, want) != NULL);
		if (strstr(got, want) == NULL)
			printf("  got  %s\n  want %s\n", got, want);
		free(want);
		xmlFreeDoc(lt.layout);
	}
	render_out_free(&out);
	capture_end(&c);
}

/* The manifest checks the SCORM schemas miss, and one they catch. */
void
test_scorm(void)
{
	static const char head[] = "<?xml version=\"1.0\"?>\n<manifest "
	    "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" "
	    "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\" "
	    "identifier=\"m\"><metadata><schema>ADL SCORM</schema>"
	    "<schemaversion>%s</schemaversion></metadata><organizations "
	    "default=\"o\"><organization identifier=\"o\"><title>T</title>"
	    "<item identifier=\"i\" identifierref=\"%s\">%s</item>"
	    "</organization></organizations><resources><resource "
	    "identifier=\"r\" type=\"webcontent\" adlcp:scormtype=\"%s\" "
	    "href=\"%s\"><file href=\"%s\"/></resource></resources>"
	    "</manifest>\n";
	static const struct {
		const char *version, *ref, *title, *type, *href, *file, *want;
	} cases[] = {
		{ "1.2", "r", "<title>Quiz</title>", "sco", "q.html", "q.html",
		    NULL },
		{ "1.3", "r", "<title>Quiz</title>", "sco", "q.html", "q.html",
		    "schemaversion must be exactly '1.2'" },
		{ "1.2", "r", "", "sco", "q.html", "q.html",
		    "organization(s) or item(s) have no title" },
		{ "1.2", "nope", "<title>Q</title>", "sco", "q.html", "q.html",
		    "identifierref 'nope' names no resource" },
		{ "1.2", "r", "<title>Q</title>", "sco", "gone.html", "q.html",
		    "'gone.html' is listed in the manifest but is not in the "
		    "package" },
		{ "1.2", "r", "<title>Q</title>", "sco", "https://x.org/q.html",
		    "q.html", "'https://x.org/q.html' is not a relative address" },
		/* An href is a URI reference: unescaped, it names the file;
		 * a bad escape, an escaped way out or a scheme do not. */
		{ "1.2", "r", "<title>Q</title>", "sco", "q%2Ehtml", "q%2ehtml",
		    NULL },
		{ "1.2", "r", "<title>Q</title>", "sco", "q%zz.html", "q.html",
		    "'q%zz.html' is not a valid URI reference" },
		{ "1.2", "r", "<title>Q</title>", "sco", "q.html", "q.html%00",
		    "'q.html%00' is not a valid URI reference" },
		{ "1.2", "r", "<title>Q</title>", "sco", "a/%2E%2E/%2E%2E/q.html",
		    "q.html", "'a/%2E%2E/%2E%2E/q.html' is not a relative "
		    "address" },
		{ "1.2", "r", "<title>Q</title>", "sco", "javascript:q.html",
		    "q.html", "'javascript:q.html' is not a relative address" },
		{ "1.2", "r", "<title>Q</title>", "sco", "q.html", "q%20.html",
		    "'q%20.html' is listed in the manifest but is not in the "
		    "package" },
		/* 1.2 spells the attribute value in lower case. */
		{ "1.2", "r", "<title>Q</title>", "SCO", "q.html", "q.html",
		    "does not match the SCORM schema" },
	};
	const char *files[] = { "q.html" };
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char xml[2048];
		snprintf(xml, sizeof xml, head, cases[i].version, cases[i].ref,
		    cases[i].title, cases[i].type, cases[i].href, cases[i].file);
		xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "m.xml",
		    NULL, 0);
		CHECK(doc != NULL);
		if (doc == NULL)
			continue;
		struct captured c;
		capture_begin(&c);
		int rc = scorm_check_manifest(doc, SCORM_12, files, 1,
		    "imsmanifest.xml", &c.d);
		if (cases[i].want == NULL) {
			CHECK(rc == 0);
			CHECK_STR(captured(&c), "");
		} else {
			CHECK(rc != 0);
			if (strstr(captured(&c), cases[i].want) == NULL)
				fprintf(stderr, "case %zu: %s", i, captured(&c));
			CHECK(strstr(captured(&c), cases[i].want) != NULL);
		}
		capture_end(&c);
		xmlFreeDoc(doc);
	}
}

/* The longest suspend data quiz.js writes, as JSON.stringify spells it,
 * for 1 and for 11 questions (a two-digit place in the order), and the
 * limits package compares it with. */
void
test_scorm_suspend(void)
{
	static const char iso[] = "2026-11-30T08:00:00.000Z";
	char text[1024];
	int n = snprintf(text, sizeof text, "{\"v\":3,\"r\":4294967295,"
	    "\"o\":[0],\"a\":\"a\",\"s\":[9999],\"k\":\"0123abcd\","
	    "\"c\":1,\"t\":\"%s\",\"f\":\"%s\"}", iso, iso);
	CHECK(scorm_suspend_worst(1) == (size_t)n);
	n = snprintf(text, sizeof text, "{\"v\":3,\"r\":4294967295,"
	    "\"o\":[10,9,8,7,6,5,4,3,2,1,0],\"a\":\"abababababa\","
	    "\"s\":[9999,9999,9999,9999,9999,9999,9999,9999,9999,9999,9999],"
	    "\"k\":\"%s%s%s\",\"c\":11,\"t\":\"%s\",\"f\":\"%s\"}",
	    "0123abcd0123abcd0123abcd0123abcd", "0123abcd0123abcd0123abcd",
	    "0123abcd0123abcd0123abcd0123abcd", iso, iso);
	CHECK(scorm_suspend_worst(11) == (size_t)n);
	CHECK(scorm_suspend_worst(227) <= scorm_suspend_limit(SCORM_12));
	CHECK(scorm_suspend_worst(228) > scorm_suspend_limit(SCORM_12));
	CHECK(scorm_suspend_limit(SCORM_2004) == 64000);
}
