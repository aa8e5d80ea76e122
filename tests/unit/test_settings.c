/*
 * Unit tests of settings.c: each setting read and kept, each bad value's
 * message at its line and column, and content/README.md's table of the
 * settings saying what settings_keys says. Also diag_nearest, which the
 * "did you mean" advice rests on, and the settings put into a layout.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "render.h"
#include "settings.h"
#include "theme.h"
#include "util.h"
#include "xalloc.h"

/* A project folder of its own for each test run. */
static char project[] = "/tmp/sp-settings-XXXXXX";

static void
put(const char *name, const char *data, size_t len)
{
	char *path = xasprintf("%s/%s", project, name);
	CHECK(fs_write_file(path, data, len) == 0);
	free(path);
}

/* s without every "PROJECT/": messages name files as a user's would. */
static char *
relative(const char *s)
{
	char *prefix = xasprintf("%s/", project);
	struct buf b = BUF_INIT;
	size_t n = strlen(prefix);
	for (const char *p = s; *p; ) {
		if (strncmp(p, prefix, n) == 0) {
			p += n;
			continue;
		}
		buf_putc(&b, *p++);
	}
	free(prefix);
	return buf_detach(&b);
}

/* Loads yaml as the project's sharepack.yaml into s (which the caller
 * frees with pack_settings_free); returns the messages and sets *rc. */
static char *
load(const char *yaml, struct site_settings *s, int *rc)
{
	struct captured c;
	capture_begin(&c);
	put(SETTINGS_FILE, yaml, strlen(yaml));
	char *file = xasprintf("%s/%s", project, SETTINGS_FILE);
	memset(s, 0, sizeof *s);
	*rc = settings_load(project, file, file, s, &c.d);
	char *msg = relative(captured(&c));
	free(file);
	capture_end(&c);
	return msg;
}

/* The messages of yaml alone. */
static void
expect(const char *yaml, const char *want)
{
	struct site_settings s;
	int rc;
	char *got = load(yaml, &s, &rc);
	CHECK_STR(got, want);
	free(got);
	pack_settings_free(&s);
}

static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

static void
test_good_settings(void)
{
	put("images/logo.PNG", png, sizeof png - 1);
	struct site_settings s;
	int rc;
	char *msg = load("name: Anytown training\norganisation: Anytown "
	    "<Partnership>\nlogo: images/logo.PNG\ncolours:\n  accent: "
	    "\"#1D4F91\"\n  text: '#1b1b1b'\nfooter: Made in Anytown\n"
	    "welcome: |\n  Hello *there*.\n\n  Second line.\ncontact: "
	    "a@b.example\nlanguage: en\n", &s, &rc);
	CHECK_STR(msg, "");
	CHECK(rc == 0);
	CHECK_STR(s.name, "Anytown training");
	CHECK_STR(s.organisation, "Anytown <Partnership>");
	CHECK_STR(s.accent, "#1d4f91");
	CHECK_STR(s.text, "#1b1b1b");
	CHECK_STR(s.footer, "Made in Anytown");
	CHECK_STR(s.contact, "a@b.example");
	CHECK_STR(s.language, "en");
	CHECK(s.welcome != NULL);
	CHECK_STR(s.logo_name, "site-logo.png");
	CHECK(s.logo_len == sizeof png - 1 && s.logo_data != NULL &&
	    memcmp(s.logo_data, png, s.logo_len) == 0);
	free(msg);
	pack_settings_free(&s);
	CHECK(s.name == NULL && s.welcome == NULL);

	/* No file: nothing said, every setting the theme's. */
	char *file = xasprintf("%s/%s", project, SETTINGS_FILE);
	unlink(file);
	struct captured c;
	capture_begin(&c);
	memset(&s, 0, sizeof s);
	CHECK(settings_load(project, file, file, &s, &c.d) == 0);
	CHECK_STR(captured(&c), "");
	CHECK(s.name == NULL && s.logo_name == NULL);
	capture_end(&c);
	/* ... but a file under a name that is not read is a slip. */
	put("sharepack.yml", "name: x\n", 8);
	capture_begin(&c);
	CHECK(settings_load(project, file, file, &s, &c.d) == 0);
	char *got = relative(captured(&c));
	CHECK_STR(got, "sharepack.yml: warning: this file is not read; the "
	    "settings file is called sharepack.yaml: rename it\n");
	free(got);
	capture_end(&c);
	char *yml = xasprintf("%s/sharepack.yml", project);
	unlink(yml);
	free(yml);
	free(file);
}

static void
test_bad_settings(void)
{
	expect("colours:\n  accent: #1d4f91\n", "sharepack.yaml:2:3: error: "
	    "'accent' is empty: in YAML a '#' after a space starts a comment; "
	    "put the colour in quotes, such as 'accent: \"#1d4f91\"'\n");
	expect("colours:\n  text: blue\n", "sharepack.yaml:2:9: error: the "
	    "colour 'text' must be written as '#' and six hex digits, such as "
	    "'text: \"#1b1b1b\"', not 'blue'\n");
	expect("colours:\n  accent: \"#dddddd\"\n", "sharepack.yaml:2:11: "
	    "warning: the colour 'accent' (#dddddd) has a contrast of 1.3:1 "
	    "with a white page, below the 4.5:1 that WCAG AA asks of text, so "
	    "some learners cannot read it; choose a darker colour\n");
	/* #767676 is the lightest grey that passes on white. */
	expect("colours:\n  text: \"#767676\"\n", "");
	expect("colours: \"#000000\"\n", "sharepack.yaml:1:10: error: "
	    "'colours' must be a mapping, not text: write 'colours:' on a line "
	    "of its own, then each colour indented below it, such as '  accent: "
	    "\"#1d4f91\"'\n");
	expect("colors:\n  accent: \"#000000\"\nlogoo: x\nfavicon: x\n",
	    "sharepack.yaml:1:1: warning: unknown setting 'colors' is ignored; "
	    "did you mean 'colours'?\nsharepack.yaml:3:1: warning: unknown "
	    "setting 'logoo' is ignored; did you mean 'logo'?\n"
	    "sharepack.yaml:4:1: warning: unknown setting 'favicon' is ignored; "
	    "content/README.md lists the settings\n");
	expect("colours:\n  acent: \"#000000\"\n", "sharepack.yaml:2:3: "
	    "warning: unknown setting 'acent' is ignored; did you mean "
	    "'accent'?\n");
	expect("name: a\nname: b\n", "sharepack.yaml:2:1: error: 'name' is "
	    "given twice; keep one\n");
	expect("name: [a]\nfooter:\n", "sharepack.yaml:1:7: error: 'name' must "
	    "be text, not a list; write it as 'name: Anytown safeguarding "
	    "training'\nsharepack.yaml:2:8: error: 'footer' is empty; give it "
	    "a value, such as 'footer: Anytown Safeguarding Children "
	    "Partnership, 2026', or remove the line\n");
	expect("footer: \"a\\tb\"\n", "sharepack.yaml:1:9: error: 'footer' "
	    "contains the control character U+0009 as character 2; remove it "
	    "or write a space\n");
	expect("language: cy\n", "");
	expect("language: french\n", "sharepack.yaml:1:11: error: 'french' is "
	    "not a language code; write two or three lower-case letters, such "
	    "as 'en' (English) or 'cy' (Welsh)\n");
	expect("languages: [en, cy]\n", "");
	expect("languages: [en, cy, en]\n", "sharepack.yaml:1:21: error: "
	    "'languages' lists 'en' twice; keep one\n");
	expect("languages: en\n", "sharepack.yaml:1:12: error: 'languages' "
	    "must be a list, such as 'languages: [en, cy]'\n");
	expect("language: cy\nlanguages: [en]\n", "sharepack.yaml:2:13: "
	    "error: 'languages' does not list 'cy', the default 'language'; "
	    "add it to the list\n");
	expect("- a\n- b\n", "sharepack.yaml:1:1: error: the settings must be "
	    "'key: value' lines, such as 'name: Anytown safeguarding "
	    "training', not a list\n");
	expect("name: a\n\tfooter: b\n", "sharepack.yaml:2:1: error: a tab "
	    "character at the start of the line; YAML indents with spaces "
	    "only: replace the tab with spaces (or remove it)\n");
	expect("# only a comment\n", "");
}

static void
test_bad_logos(void)
{
	put("images/fake.png", "GIF89a", 6);
	put("images/logo.bmp", "BM", 2);
	expect("logo: images/missing.png\n", "sharepack.yaml:1:7: error: 'logo' "
	    "names 'images/missing.png', which cannot be read (No such file or "
	    "directory); give the image's path from the project folder, such "
	    "as 'logo: images/logo.png'\n");
	expect("logo: ../logo.png\n", "sharepack.yaml:1:7: error: 'logo' must "
	    "name a file inside the project from its folder, such as 'logo: "
	    "images/logo.png', not '../logo.png'\n");
	expect("logo: /etc/passwd.png\n", "sharepack.yaml:1:7: error: 'logo' "
	    "must name a file inside the project from its folder, such as "
	    "'logo: images/logo.png', not '/etc/passwd.png'\n");
	expect("logo: images/logo.bmp\n", "sharepack.yaml:1:7: error: 'logo' "
	    "names 'images/logo.bmp'; use a PNG, JPEG, GIF, WebP or SVG image "
	    "(a name ending .png, .jpg, .gif, .webp or .svg)\n");
	expect("logo: images/fake.png\n", "sharepack.yaml:1:7: error: 'logo' "
	    "names 'images/fake.png', which is not a PNG image (its first "
	    "bytes say otherwise); save it as PNG or correct its name\n");
	/* A link out of the project is refused, as in content/. */
	char *link = xasprintf("%s/images/out.svg", project);
	CHECK(symlink("/etc/hostname", link) == 0);
	expect("logo: images/out.svg\n", "sharepack.yaml:1:7: error: 'logo' "
	    "names 'images/out.svg', a link to a file outside the project; "
	    "copy the image into the project\n");
	unlink(link);
	free(link);
}

/* ---- the documentation ---- */

static void
test_settings_documented(void)
{
	struct buf doc = BUF_INIT;
	CHECK(fs_read_file("content/README.md", 1 << 20, &doc) == 0);
	const char *s = doc.data ? strstr(doc.data, "\n## Site settings") :
	    NULL;
	CHECK(s != NULL);
	if (s == NULL) {
		buf_free(&doc);
		return;
	}
	const char *e = strstr(s + 1, "\n## ");
	char *sec = xstrndup(s, e ? (size_t)(e - s) : strlen(s));
	for (size_t i = 0; settings_keys[i].name != NULL; i++) {
		char *row = xasprintf("\n| `%s` |", settings_keys[i].name);
		if (strstr(sec, row) == NULL)
			fprintf(stderr, "content/README.md: no row for the setting "
			    "'%s'\n", settings_keys[i].name);
		CHECK(strstr(sec, row) != NULL);
		free(row);
	}
	/* And every row is a setting, or the group 'colours'. */
	for (const char *r = strstr(sec, "\n| `"); r != NULL;
	    r = strstr(r + 1, "\n| `")) {
		char name[64];
		if (sscanf(r, "\n| `%63[a-z_]`", name) != 1)
			continue;
		int known = strcmp(name, "colours") == 0;
		for (size_t i = 0; settings_keys[i].name != NULL; i++)
			known |= strcmp(name, settings_keys[i].name) == 0;
		if (!known)
			fprintf(stderr, "content/README.md documents the setting "
			    "'%s', which settings.c does not have\n", name);
		CHECK(known);
	}
	free(sec);
	buf_free(&doc);
}

static void
test_nearest(void)
{
	static const char *const api[] = { "choice", "decide", "myth",
	    "random", "scenario", "step", "vignette", NULL };
	static const char *const keys[] = { "title", "id", "colours", NULL };
	CHECK_STR(diag_nearest("scenerio", api), "scenario");
	CHECK_STR(diag_nearest("vignete", api), "vignette");
	CHECK_STR(diag_nearest("titel", keys), "title");
	CHECK_STR(diag_nearest("colors", keys), "colours");
	CHECK(diag_nearest("title", keys) == NULL);
	CHECK(diag_nearest("weather", keys) == NULL);
	CHECK(diag_nearest("", keys) == NULL);
}

/* ---- the settings in a layout ---- */

static const char layout[] = "<html><head><title data-sp-slot=\"title\">"
    "</title>\n</head><body><a data-sp-slot=\"home\" href=\"x\"><span "
    "data-sp-slot=\"site-name\">Theme name</span></a>"
    "<main data-sp-slot=\"main\"></main><footer data-sp-slot=\"footer\">"
    "<p>Theme footer</p></footer></body></html>";

/* The one page a layout with the settings s makes at path. */
static char *
page_with(const struct site_settings *s, const char *path)
{
	struct captured c;
	capture_begin(&c);
	struct theme t = { NULL, NULL, NULL, NULL, 0 };
	xmlDocPtr plain = theme_parse_layout(layout, strlen(layout), "l.html",
	    NULL, &c.d);
	CHECK_STR(captured(&c), "");
	t.layout = render_settings_layout(plain, s);
	struct render_out out = { NULL, 0, 0, NULL };
	struct render_page pg;
	render_page_begin(&pg, &t, path, "T", "en");
	render_page_end(&pg, &out, path);
	char *html = xstrdup(out.files[0].content.data);
	render_out_free(&out);
	xmlFreeDoc(t.layout);
	xmlFreeDoc(plain);
	capture_end(&c);
	return html;
}

/* Every page's policy (render.c): here, a page that connects nowhere. */
#define CSP "<meta http-equiv=\"Content-Security-Policy\" content=\"" \
    "default-src 'self'; object-src 'none'; base-uri 'none'; " \
    "form-action 'none'; connect-src 'none'\">"

static void
test_settings_layout(void)
{
	struct site_settings none;
	memset(&none, 0, sizeof none);
	char *html = page_with(&none, "index.html");
	CHECK_STR(html, "<!DOCTYPE html>\n<html lang=\"en\"><head>" CSP "<title>T"
	    "</title>\n</head><body><a href=\"index.html\"><span>Theme name"
	    "</span></a><main></main>\n<footer><p>Theme footer</p>\n</footer>\n"
	    "</body></html>\n");
	free(html);
	struct site_settings s;
	memset(&s, 0, sizeof s);
	s.name = "A <b> site";
	s.footer = "F & G";
	s.contact = "Ask Sam on 01234 567890";
	s.accent = "#000000";
	s.logo_name = "site-logo.svg";
	html = page_with(&s, "packs/p/index.html");
	CHECK_STR(html, "<!DOCTYPE html>\n<html lang=\"en\"><head>" CSP "<title>T"
	    "</title>\n<link rel=\"stylesheet\" href=\"../../assets/site.css\">\n"
	    "</head><body><a href=\"../../index.html\"><span><img src=\"../../"
	    "assets/site-logo.svg\" class=\"site-logo\" alt=\"\">A &lt;b&gt; "
	    "site</span></a><main></main>\n<footer>\n<p>F &amp; G</p>\n<p "
	    "class=\"sp-contact\">Questions about this training: Ask Sam on "
	    "01234 567890</p>\n</footer>\n</body></html>\n");
	free(html);
	/* An email address is a link; the theme's footer stays without a
	 * footer of the settings' own. */
	memset(&s, 0, sizeof s);
	s.contact = "help@x.example";
	html = page_with(&s, "index.html");
	CHECK(strstr(html, "<footer><p>Theme footer</p>\n<p class=\"sp-contact"
	    "\">Questions about this training: <a href=\"mailto:help@x.example"
	    "\">help@x.example</a></p>\n</footer>") != NULL);
	free(html);

	/* The files the settings add to assets/. */
	struct render_out out = { NULL, 0, 0, NULL };
	memset(&s, 0, sizeof s);
	s.text = "#111111";
	s.logo_name = "site-logo.gif";
	s.logo_data = "GIF89a";
	s.logo_len = 6;
	render_settings_assets(&s, &out);
	CHECK(out.count == 2);
	if (out.count == 2) {
		CHECK_STR(out.files[0].path, "assets/site.css");
		CHECK(strstr(out.files[0].content.data, "\t--ink: #111111;\n") !=
		    NULL && strstr(out.files[0].content.data, "accent") == NULL);
		CHECK_STR(out.files[1].path, "assets/site-logo.gif");
		CHECK(out.files[1].content.len == 6);
	}
	render_out_free(&out);
}

void
test_settings(void)
{
	CHECK(mkdtemp(project) != NULL);
	test_good_settings();
	test_bad_settings();
	test_bad_logos();
	fs_remove_tree(project);
	test_settings_documented();
	test_nearest();
	test_settings_layout();
}
