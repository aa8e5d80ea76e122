/* scorm.c: SCORM 1.2 and 2004 packages: which pages are SCOs (from the
 * model, through the site map), the manifest in the package's language
 * and its checks, and the zip, streamed from the pages' folder into a
 * temporary file that is renamed into place once complete. */
#include "scorm.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>

#include "buf.h"
#include "embed.h"
#include "fsutil.h"
#include "sitemap.h"
#include "xalloc.h"
#include "zipfile.h"

#define NS_CP12 "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
#define NS_ADLCP12 "http://www.adlnet.org/xsd/adlcp_rootv1p2"
#define NS_CP2004 "http://www.imsglobal.org/xsd/imscp_v1p1"
#define NS_ADLCP2004 "http://www.adlnet.org/xsd/adlcp_v1p3"
#define NS_ADLSEQ "http://www.adlnet.org/xsd/adlseq_v1p3"
#define NS_ADLNAV "http://www.adlnet.org/xsd/adlnav_v1p3"
#define NS_IMSSS "http://www.imsglobal.org/xsd/imsss"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"

static const char *const xsd_12[] = { "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd", NULL };
static const char *const xsd_2004[] = { "imscp_v1p1.xsd", "adlcp_v1p3.xsd",
    "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd",
    "imsss_v1p0auxresource.xsd", "imsss_v1p0control.xsd",
    "imsss_v1p0delivery.xsd", "imsss_v1p0limit.xsd",
    "imsss_v1p0objective.xsd", "imsss_v1p0random.xsd",
    "imsss_v1p0rollup.xsd", "imsss_v1p0seqrule.xsd", "imsss_v1p0util.xsd",
    "xml.xsd", NULL };

/* The largest page read back to check its scripts, and the deepest
 * folder of pages listed: bounds far past any the site map makes. */
#define SCORM_MAX_PAGE ((size_t)1 << 31)
#define SCORM_MAX_DEPTH 32

/* ---- the SCOs: the pages that talk to the LMS ---- */

/*
 * No SCO carries a pass mark in the manifest (no masteryscore, no
 * minNormalizedMeasure): a pack passes only with the pass mark in each
 * part, and a scenario only with no unsafe choice, which one threshold on
 * one score cannot say. With one, Moodle (1.2) and SCORM 2004 sequencing
 * would set passed or failed from the score and overrule the page, which
 * decides and reports the status itself.
 */

struct sco {
	char *page;		/* path in the zip; owned */
	const char *title;
	int graded;		/* a quiz; a scenario reports completion only */
	char *ident;		/* owned */
};

struct sco_list {
	struct sco *v;
	size_t n;
};

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether path is one of the count names in sorted (bytewise). */
static int
listed(const char *const *sorted, size_t count, const char *path)
{
	return count > 0 && bsearch(&path, sorted, count, sizeof *sorted,
	    compare_names) != NULL;
}

/* The pages rendered for the package: every file in dir, sorted. */
struct pages {
	const char *dir;	/* borrowed */
	struct fs_list list;
};

static int
rendered(const struct pages *pages, const char *path)
{
	return listed((const char *const *)pages->list.paths,
	    pages->list.count, path);
}

/* Adds page (taking it) as a SCO, unless it was not rendered, so that the
 * manifest points at real files, or is there already: a scenario may be in
 * more than one pack. */
static void
add_sco(struct sco_list *l, const struct pages *pages, char *page,
    const char *title, const char *kind, const char *id)
{
	int skip = !rendered(pages, page);
	for (size_t i = 0; i < l->n && !skip; i++)
		skip = strcmp(l->v[i].page, page) == 0;
	if (skip) {
		free(page);
		return;
	}
	l->v = xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	l->v[l->n].page = page;
	l->v[l->n].title = title;
	l->v[l->n].graded = strcmp(kind, "quiz") == 0;
	l->v[l->n].ident = xasprintf("%s-%s", kind, id);
	l->n++;
}

/* The title of it in lang: its translation's, or its own. Borrowed. */
static const char *
title_in(const struct item *it, const char *lang)
{
	const struct item *tr = pack_translation(it, lang);
	return tr != NULL ? tr->title : it->title;
}

/* A pack's SCOs: its quiz, when it asks anything, and its scenarios,
 * titled in lang. */
static void
add_pack_scos(struct sco_list *l, const struct pages *pages,
    const struct item *pk, int with_scenarios, const char *lang)
{
	if (sitemap_question_count(pk) > 0)
		add_sco(l, pages, sitemap_quiz(pk), title_in(pk, lang), "quiz",
		    pk->id);
	for (size_t i = 0; with_scenarios && i < pk->pack.member_count; i++) {
		const struct item *s = pk->pack.members[i];
		if (s->kind == ITEM_SCENARIO)
			add_sco(l, pages, sitemap_page(s), title_in(s, lang),
			    "scenario", s->id);
	}
}

static void
sco_list_free(struct sco_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].page);
		free(l->v[i].ident);
	}
	free(l->v);
}

/* ---- the scripts a SCO runs ---- */

/* Elements whose content a browser does not run: a script inside one is
 * inert text, or never parsed as a script at all. */
static const char *const inert_elements[] = { "template", "noscript",
    "noembed", "noframes", "iframe", "textarea", "title", "xmp", "svg",
    "math", NULL };

static int
inert(const xmlChar *name)
{
	for (const char *const *e = inert_elements; *e != NULL; e++)
		if (xmlStrcasecmp(name, BAD_CAST *e) == 0)
			return 1;
	return 0;
}

/* The scripts a page runs, found as the HTML parser meets its elements:
 * the parser says where each element starts and ends as it would build
 * the DOM, which a pack's quiz page took six times its size to hold. */
struct script_scan {
	const char *url[3];	/* the scripts looked for */
	int runs[3];
	int skip;		/* elements open inside a script or an inert
				 * element, counting it */
};

static void
scan_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct script_scan *s = ctx;
	if (s->skip > 0) {
		s->skip++;
		return;
	}
	if (inert(name)) {
		s->skip = 1;
		return;
	}
	if (xmlStrcasecmp(name, BAD_CAST "script") != 0)
		return;
	s->skip = 1;
	/* The first src, as xmlGetProp finds it; one with no value is "". */
	const char *src = NULL;
	for (size_t i = 0; atts != NULL && atts[i] != NULL && src == NULL;
	    i += 2)
		if (strcmp((const char *)atts[i], "src") == 0)
			src = atts[i + 1] ? (const char *)atts[i + 1] : "";
	for (size_t k = 0; src != NULL && k < 3; k++)
		if (strcmp(src, s->url[k]) == 0)
			s->runs[k] = 1;
}

static void
scan_end(void *ctx, const xmlChar *name)
{
	struct script_scan *s = ctx;
	if (s->skip > 0)
		s->skip--;
}

/* Which of s's scripts the page of len bytes at html runs, outside inert
 * elements, reading it as htmlReadMemory would. */
static void
scan_scripts(struct script_scan *s, const char *html, size_t len)
{
	htmlParserCtxtPtr ctxt = len > 0 && len <= INT_MAX ?
	    htmlNewParserCtxt() : NULL;
	if (ctxt == NULL)
		return;
	/* Elements only: no document is built. */
	memset(ctxt->sax, 0, sizeof *ctxt->sax);
	ctxt->sax->startElement = scan_start;
	ctxt->sax->endElement = scan_end;
	ctxt->userData = s;
	htmlDocPtr doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL,
	    "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING);
	if (doc != NULL)
		xmlFreeDoc(doc);
	htmlFreeParserCtxt(ctxt);
}

/*
 * A SCO page that does not run the LMS bridge, the players' helpers and
 * its own player would report nothing to the LMS. The theme cannot lose
 * those scripts (theme.h), but its layout can put them where a browser
 * does not run them, so each SCO page is read back as a browser would
 * find its scripts. Returns -1 after reporting every script missing.
 */
static int
check_sco_scripts(const struct sco_list *scos, const struct pages *pages,
    const struct theme *t, struct diag *d)
{
	int errors = d->errors;
	for (size_t i = 0; i < scos->n; i++) {
		/* add_sco took only pages that were rendered; one is read at
		 * a time. */
		const char *page = scos->v[i].page;
		char *full = xasprintf("%s/%s", pages->dir, page);
		struct buf html = BUF_INIT;
		if (fs_read_file(full, SCORM_MAX_PAGE, &html) != 0) {
			diag_syserr(d, "%s: cannot read: %s", full,
			    strerror(errno));
			free(full);
			continue;
		}
		free(full);
		const char *need[] = { "lms.js", "player.js", scos->v[i].graded ?
		    "quiz.js" : "scenario.js" };
		struct script_scan scan;
		memset(&scan, 0, sizeof scan);
		for (size_t k = 0; k < 3; k++) {
			char *asset = sitemap_asset(need[k]);
			scan.url[k] = xasprintf("%s%s", sitemap_root(page),
			    asset);
			free(asset);
		}
		scan_scripts(&scan, html.data, html.len);
		buf_free(&html);
		const char *missing[3];
		size_t n = 0;
		for (size_t k = 0; k < 3; k++) {
			if (!scan.runs[k])
				missing[n++] = need[k];
			free((char *)scan.url[k]);
		}
		struct srcpos at = { page, 0, 0 };
		if (n > 0)
			diag_error(d, &at, "the page would not run %s%s%s%s%s, "
			    "so the LMS would record nothing; in %s, keep the "
			    "main slot inside <body> and out of <noscript>, "
			    "<template> and the like", missing[0],
			    n == 3 ? ", " : n == 2 ? " and " : "",
			    n > 1 ? missing[1] : "", n == 3 ? " and " : "",
			    n == 3 ? missing[2] : "", t->layout_path);
	}
	return d->errors == errors ? 0 : -1;
}

/* ---- the manifest ---- */

/* The namespaces a manifest's elements are made in. */
struct manifest_ns {
	int v12;
	xmlNsPtr cp, adlcp, imsss;
};

static xmlNodePtr
child(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
	return xmlNewTextChild(parent, ns, BAD_CAST name, BAD_CAST text);
}

/* The root element with its namespaces and schema locations, and the
 * metadata that says which SCORM this is; lang, when not NULL, is the
 * xml:lang of everything in it (both versions' schemas import the xml
 * namespace and take its attributes on every element). */
static xmlDocPtr
manifest_begin(enum scorm_version v, const char *ident, const char *lang,
    struct manifest_ns *ns)
{
	int v12 = v == SCORM_12;
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr m = xmlNewDocNode(doc, NULL, BAD_CAST "manifest", NULL);
	xmlDocSetRootElement(doc, m);
	ns->v12 = v12;
	ns->cp = xmlNewNs(m, BAD_CAST(v12 ? NS_CP12 : NS_CP2004), NULL);
	xmlSetNs(m, ns->cp);
	ns->adlcp = xmlNewNs(m, BAD_CAST(v12 ? NS_ADLCP12 : NS_ADLCP2004),
	    BAD_CAST "adlcp");
	ns->imsss = NULL;
	if (!v12) {
		xmlNewNs(m, BAD_CAST NS_ADLSEQ, BAD_CAST "adlseq");
		xmlNewNs(m, BAD_CAST NS_ADLNAV, BAD_CAST "adlnav");
		ns->imsss = xmlNewNs(m, BAD_CAST NS_IMSSS, BAD_CAST "imsss");
	}
	xmlNsPtr xsi = xmlNewNs(m, BAD_CAST NS_XSI, BAD_CAST "xsi");
	xmlSetProp(m, BAD_CAST "identifier", BAD_CAST ident);
	xmlSetProp(m, BAD_CAST "version", BAD_CAST "1.0");
	if (lang != NULL)
		xmlNodeSetLang(m, BAD_CAST lang);
	xmlSetNsProp(m, xsi, BAD_CAST "schemaLocation", BAD_CAST(v12 ?
	    NS_CP12 " imscp_rootv1p1p2.xsd " NS_ADLCP12 " adlcp_rootv1p2.xsd" :
	    NS_CP2004 " imscp_v1p1.xsd " NS_ADLCP2004 " adlcp_v1p3.xsd "
	    NS_ADLSEQ " adlseq_v1p3.xsd " NS_ADLNAV " adlnav_v1p3.xsd "
	    NS_IMSSS " imsss_v1p0.xsd"));
	xmlNodePtr meta = child(m, ns->cp, "metadata", NULL);
	child(meta, ns->cp, "schema", "ADL SCORM");
	child(meta, ns->cp, "schemaversion", v12 ? "1.2" : "2004 4th Edition");
	return doc;
}

/* A resource of type webcontent, a SCO or an asset. */
static xmlNodePtr
add_resource(xmlNodePtr res, const struct manifest_ns *ns, const char *id,
    const char *scorm_type)
{
	xmlNodePtr r = child(res, ns->cp, "resource", NULL);
	xmlSetProp(r, BAD_CAST "identifier", BAD_CAST id);
	xmlSetProp(r, BAD_CAST "type", BAD_CAST "webcontent");
	xmlSetNsProp(r, ns->adlcp, BAD_CAST(ns->v12 ? "scormtype" :
	    "scormType"), BAD_CAST scorm_type);
	return r;
}

/* A path in the package as a URI reference: every byte but letters,
 * digits, "-._~" and "/" as %XX, so that a theme's "my style.css" or
 * "a#b%20c.css" names that file and not another. The caller frees it. */
static char *
uri_escape(const char *path)
{
	struct buf b = BUF_INIT;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p) != NULL)
			buf_putc(&b, (char)*p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	return buf_detach(&b);
}


/* The path a URI reference names, %XX decoded; NULL when a '%' is not
 * followed by two hex digits or encodes a NUL. The caller frees it. */
static char *
uri_unescape(const char *href)
{
	struct buf b = BUF_INIT;
	for (const char *p = href; *p; p++) {
		if (*p != '%') {
			buf_putc(&b, *p);
			continue;
		}
		int hi = fs_hex_digit(p[1]), lo = hi < 0 ? -1 : fs_hex_digit(p[2]);
		if (lo < 0 || (hi == 0 && lo == 0)) {
			buf_free(&b);
			return NULL;
		}
		buf_putc(&b, (char)(hi * 16 + lo));
		p += 2;
	}
	return buf_detach(&b);
}

/* Sets the href attribute of el to path, URI-escaped. */
static void
set_href(xmlNodePtr el, const char *path)
{
	char *href = uri_escape(path);
	xmlSetProp(el, BAD_CAST "href", BAD_CAST href);
	free(href);
}

static void
add_file(xmlNodePtr r, const struct manifest_ns *ns, const char *path)
{
	set_href(child(r, ns->cp, "file", NULL), path);
}

/* One SCO: an item in the organization and its resource, which depends on
 * the common resource for everything it links to. */
static void
add_sco_item(xmlNodePtr org, xmlNodePtr res, const struct manifest_ns *ns,
    const struct sco *sco)
{
	char *item_id = xasprintf("item-%s", sco->ident);
	char *res_id = xasprintf("res-%s", sco->ident);
	xmlNodePtr item = child(org, ns->cp, "item", NULL);
	xmlSetProp(item, BAD_CAST "identifier", BAD_CAST item_id);
	xmlSetProp(item, BAD_CAST "identifierref", BAD_CAST res_id);
	child(item, ns->cp, "title", sco->title);
	xmlNodePtr r = add_resource(res, ns, res_id, "sco");
	set_href(r, sco->page);
	add_file(r, ns, sco->page);
	xmlNodePtr dep = child(r, ns->cp, "dependency", NULL);
	xmlSetProp(dep, BAD_CAST "identifierref", BAD_CAST "res-common");
	free(item_id);
	free(res_id);
}

/* The manifest, with only first (NULL: none) of the files other than the
 * SCOs' in the common resource: manifest_write adds the others as text.
 * lang: its xml:lang, or NULL for none. */
static xmlDocPtr
build_manifest(enum scorm_version v, const char *ident, const char *lang,
    const char *title, const struct sco_list *scos, const char *first)
{
	struct manifest_ns ns;
	xmlDocPtr doc = manifest_begin(v, ident, lang, &ns);
	xmlNodePtr m = xmlDocGetRootElement(doc);
	xmlNodePtr orgs = child(m, ns.cp, "organizations", NULL);
	xmlSetProp(orgs, BAD_CAST "default", BAD_CAST "org");
	xmlNodePtr org = child(orgs, ns.cp, "organization", NULL);
	xmlSetProp(org, BAD_CAST "identifier", BAD_CAST "org");
	child(org, ns.cp, "title", title);
	xmlNodePtr res = child(m, ns.cp, "resources", NULL);
	for (size_t i = 0; i < scos->n; i++)
		add_sco_item(org, res, &ns, &scos->v[i]);
	/* Every other file: pages the SCOs link to, assets, schemas. */
	xmlNodePtr common = add_resource(res, &ns, "res-common", "asset");
	if (first != NULL)
		add_file(common, &ns, first);
	return doc;
}

/* The line libxml2 writes for a file of the common resource, indented
 * three levels; its href is ASCII with nothing to escape (uri_escape). */
static void
file_line(struct buf *b, const char *path)
{
	char *href = uri_escape(path);
	buf_printf(b, "      <file href=\"%s\"/>\n", href);
	free(href);
}

/* What libxml2 writes after the common resource's last file. */
static const char manifest_tail[] =
    "    </resource>\n  </resources>\n</manifest>\n";

/*
 * Writes doc, which lists files[0] alone in the common resource, to out
 * as libxml2 writes it (formatted, UTF-8) with every one of the count
 * files listed: a DOM of tens of thousands of <file> elements took more
 * memory than anything else a package held, and their lines are the same
 * but for the href. The common resource is the document's last element,
 * so the text after files[0]'s line is always manifest_tail. Returns 0,
 * -1 with errno set when out cannot be written, or -2 when libxml2's
 * text is not as expected.
 */
static int
manifest_write(xmlDocPtr doc, const char *const *files, size_t count,
    FILE *out)
{
	xmlChar *xml;
	int n;
	xmlDocDumpFormatMemoryEnc(doc, &xml, &n, "UTF-8", 1);
	size_t len = n > 0 ? (size_t)n : 0, tail = strlen(manifest_tail);
	struct buf line = BUF_INIT;
	if (count > 0)
		file_line(&line, files[0]);
	int rc = -2;
	if (count > 0 && (len < line.len + tail || memcmp(xml + len - tail,
	    manifest_tail, tail) != 0 || memcmp(xml + len - tail - line.len,
	    line.data, line.len) != 0))
		goto out;
	size_t head = count > 0 ? len - tail : len;
	rc = fwrite(xml, 1, head, out) == head ? 0 : -1;
	for (size_t i = 1; i < count && rc == 0; i++) {
		line.len = 0;
		file_line(&line, files[i]);
		rc = fwrite(line.data, 1, line.len, out) == line.len ? 0 : -1;
	}
	if (rc == 0 && count > 0)
		rc = fwrite(manifest_tail, 1, tail, out) == tail ? 0 : -1;
	if (rc == 0)
		rc = fflush(out) == 0 ? 0 : -1;
out:
	buf_free(&line);
	xmlFree(xml);
	return rc;
}

/* ---- checks ---- */

/*
 * A manifest is checked as a stream (xmlTextReader) rather than through
 * XPath over a DOM: a package's manifest lists every file, tens of
 * thousands at 100,000 items, and its DOM took more memory than anything
 * else the package held. The manifest is read once for the schema and
 * once for the rules the schema misses, whose findings are kept and
 * reported in the order the rules are listed in scorm.h.
 */

/* Where a manifest is read from: a DOM (scorm_check_manifest's callers),
 * or a file the package wrote (read from the start each time). */
struct manifest_src {
	xmlDocPtr doc;
	int fd;
};

/* A list of strings, each owned. */
struct strs {
	char **v;
	size_t n;
};

static void
strs_add(struct strs *s, const char *text)
{
	s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n++] = xstrdup(text);
}

static void
strs_free(struct strs *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->v[i]);
	free(s->v);
}

struct check_ctx {
	const char *name;
	struct srcpos at;	/* the manifest, for the rules below */
	struct diag *d;
	const char *const *files;	/* sorted */
	size_t count;
};

static void
on_schema_error(void *ctx, xmlErrorPtr e)
{
	struct check_ctx *c = ctx;
	struct srcpos at = { c->name, e->line, 0 };
	char *msg = xstrdup(e->message ? e->message : "invalid");
	size_t n = strlen(msg);
	while (n > 0 && msg[n - 1] == '\n')
		msg[--n] = '\0';
	diag_error(c->d, &at, "the manifest does not match the SCORM schema: "
	    "%s", msg);
	free(msg);
}

/*
 * The schemas are built into the program (embed.h) and import one another
 * by file name, so libxml2 reads them through this loader, under addresses
 * no file or server has: it serves the built-in schemas and refuses
 * anything else, so checking a manifest reads no file and no network.
 */
#define XSD_URL "sharepack-builtin:/"

static xmlParserInputPtr
builtin_schema(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	const struct embed_file *e = NULL;
	size_t n = strlen(XSD_URL);
	if (url != NULL && strncmp(url, XSD_URL, n) == 0)
		e = embed_find(url + n);
	if (e == NULL)
		return NULL;
	xmlParserInputPtr in = xmlNewStringInputStream(ctxt, e->data);
	/* Imports are resolved against the name of the schema importing. */
	if (in != NULL)
		in->filename = (char *)xmlCharStrdup(url);
	return in;
}

/* Validates src with vc: the DOM, or the file as a stream. Returns 0 when
 * valid. */
static int
validate_src(xmlSchemaValidCtxtPtr vc, const struct manifest_src *src)
{
	if (src->doc != NULL)
		return xmlSchemaValidateDoc(vc, src->doc);
	int fd = lseek(src->fd, 0, SEEK_SET) == 0 ? dup(src->fd) : -1;
	/* The input buffer closes fd; the validation frees the buffer. */
	xmlParserInputBufferPtr in = fd < 0 ? NULL :
	    xmlParserInputBufferCreateFd(fd, XML_CHAR_ENCODING_NONE);
	if (in == NULL) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return xmlSchemaValidateStream(vc, in, XML_CHAR_ENCODING_NONE, NULL,
	    NULL);
}

/* The official schema (all.xsd of the version, built in). */
static void
check_schema(struct check_ctx *c, const struct manifest_src *src,
    enum scorm_version v)
{
	int errors = c->d->errors;
	const char *xsd = v == SCORM_12 ? XSD_URL "xsd/1.2/all.xsd" :
	    XSD_URL "xsd/2004/all.xsd";
	xmlExternalEntityLoader before = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(builtin_schema);
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd);
	xmlSchemaPtr schema = pc ? xmlSchemaParse(pc) : NULL;
	xmlSetExternalEntityLoader(before);
	if (schema == NULL) {
		diag_syserr(c->d, "%s: the built-in SCORM schemas do not load; "
		    "please report this", xsd + strlen(XSD_URL));
	} else {
		xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
		xmlSchemaSetValidStructuredErrors(vc, on_schema_error, c);
		if (validate_src(vc, src) != 0 && c->d->errors == errors)
			diag_error(c->d, NULL, "%s: the manifest does not match "
			    "the SCORM schema", c->name);
		xmlSchemaFreeValidCtxt(vc);
		xmlSchemaFree(schema);
	}
	if (pc != NULL)
		xmlSchemaFreeParserCtxt(pc);
}

/* Whether a path leaves the package: absolute, or through "..". */
static int
leaves_package(const char *path)
{
	if (path[0] == '/' || strcmp(path, "..") == 0 ||
	    strncmp(path, "../", 3) == 0)
		return 1;
	size_t n = strlen(path);
	return strstr(path, "/../") != NULL ||
	    (n >= 3 && strcmp(path + n - 3, "/..") == 0);
}

enum href_fault { HREF_OK, HREF_BAD_ESCAPE, HREF_OUTSIDE, HREF_MISSING };

/* What is wrong with href as a URI reference naming one of the package's
 * files by its unescaped path. */
static enum href_fault
href_fault(const struct check_ctx *c, const char *href)
{
	char *path = uri_unescape(href);
	int found = path != NULL && (strcmp(path, "imsmanifest.xml") == 0 ||
	    listed(c->files, c->count, path));
	/* A ':' before any '/' is a scheme ("javascript:", "c:"). */
	const char *colon = strchr(href, ':'), *slash = strchr(href, '/');
	enum href_fault f = HREF_OK;
	if (path == NULL)
		f = HREF_BAD_ESCAPE;
	else if ((colon != NULL && (slash == NULL || colon < slash)) ||
	    leaves_package(path) ||
	    strchr(href, '?') != NULL || strchr(href, '#') != NULL)
		f = HREF_OUTSIDE;
	else if (!found)
		f = HREF_MISSING;
	free(path);
	return f;
}

static void
check_href(struct check_ctx *c, const char *href)
{
	switch (href_fault(c, href)) {
	case HREF_BAD_ESCAPE:
		diag_error(c->d, &c->at, "'%s' is not a valid URI reference: "
		    "a '%%' must start %%XX, two hex digits other than 00",
		    href);
		break;
	case HREF_OUTSIDE:
		diag_error(c->d, &c->at, "'%s' is not a relative address "
		    "inside the package", href);
		break;
	case HREF_MISSING:
		diag_error(c->d, &c->at, "'%s' is listed in the manifest but "
		    "is not in the package", href);
		break;
	case HREF_OK:
		break;
	}
}

static void
check_measure(struct check_ctx *c, const char *text)
{
	char *end;
	double m = strtod(text, &end);
	if (end == text || m < 0 || m > 1)
		diag_error(c->d, &c->at, "minNormalizedMeasure '%s' is not "
		    "between 0 and 1", text);
}

/* ---- the manifest read as a stream ---- */

enum { TITLE_NONE, TITLE_BLANK, TITLE_TEXT };
enum { AT_ELSEWHERE, AT_ROOT, AT_METADATA, AT_VERSION };

/* An open element. */
struct frame {
	unsigned char titled;	/* a cp:organization or cp:item */
	unsigned char title;	/* TITLE_*: its first cp:title child */
	unsigned char is_title;	/* the first cp:title of a titled parent */
	unsigned char text;	/* has text other than XML white space */
	unsigned char at;	/* AT_*: on the schemaversion's path */
	size_t measure;		/* 1 + its index in measures, or 0 */
};

/* What the rules need, gathered in one pass: the first schemaversion's
 * text, the organizations and items with no title, every identifierref
 * and resource identifier, the hrefs at fault and the measures. */
struct walk {
	struct check_ctx *c;
	const char *cp;		/* the content packaging namespace */
	struct frame *stack;
	size_t depth, cap;
	int version_seen, version_open;
	struct buf version;
	size_t untitled;
	struct strs refs, ids, bad_hrefs, measures;
	size_t open_measures;
};

static int
in_ns(xmlTextReaderPtr r, const char *ns, const char *name)
{
	const char *uri = (const char *)xmlTextReaderConstNamespaceUri(r);
	return uri != NULL && strcmp(uri, ns) == 0 &&
	    strcmp((const char *)xmlTextReaderConstLocalName(r), name) == 0;
}

/* The attributes of the element r is on: those in no namespace, as
 * XPath's @name takes them. */
static void
walk_attributes(struct walk *w, xmlTextReaderPtr r)
{
	int resource = in_ns(r, w->cp, "resource");
	int file = in_ns(r, w->cp, "file");
	for (int more = xmlTextReaderMoveToFirstAttribute(r); more == 1;
	    more = xmlTextReaderMoveToNextAttribute(r)) {
		if (xmlTextReaderConstNamespaceUri(r) != NULL)
			continue;
		const char *name = (const char *)xmlTextReaderConstLocalName(r);
		const char *value = (const char *)xmlTextReaderConstValue(r);
		if (value == NULL)
			value = "";
		if (strcmp(name, "identifierref") == 0)
			strs_add(&w->refs, value);
		else if (resource && strcmp(name, "identifier") == 0)
			strs_add(&w->ids, value);
		else if ((resource || file) && strcmp(name, "href") == 0 &&
		    href_fault(w->c, value) != HREF_OK)
			strs_add(&w->bad_hrefs, value);
	}
	xmlTextReaderMoveToElement(r);
}

static void
walk_open(struct walk *w, xmlTextReaderPtr r)
{
	struct frame *up = w->depth > 0 ? &w->stack[w->depth - 1] : NULL;
	struct frame f = { 0, TITLE_NONE, 0, 0, AT_ELSEWHERE, 0 };
	f.titled = in_ns(r, w->cp, "organization") || in_ns(r, w->cp, "item");
	if (up != NULL && up->titled && up->title == TITLE_NONE &&
	    in_ns(r, w->cp, "title")) {
		f.is_title = 1;
		up->title = TITLE_BLANK;
	}
	if (up == NULL && in_ns(r, w->cp, "manifest"))
		f.at = AT_ROOT;
	else if (up != NULL && up->at == AT_ROOT && in_ns(r, w->cp, "metadata"))
		f.at = AT_METADATA;
	else if (up != NULL && up->at == AT_METADATA && !w->version_seen &&
	    in_ns(r, w->cp, "schemaversion")) {
		f.at = AT_VERSION;
		w->version_seen = w->version_open = 1;
	}
	if (in_ns(r, NS_IMSSS, "minNormalizedMeasure")) {
		strs_add(&w->measures, "");
		f.measure = w->measures.n;
		w->open_measures++;
	}
	walk_attributes(w, r);
	if (w->depth == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 16;
		w->stack = xrealloc(w->stack, w->cap * sizeof *w->stack);
	}
	w->stack[w->depth++] = f;
}

static void
walk_close(struct walk *w)
{
	struct frame f = w->stack[--w->depth];
	struct frame *up = w->depth > 0 ? &w->stack[w->depth - 1] : NULL;
	if (up != NULL) {
		if (f.is_title && f.text)
			up->title = TITLE_TEXT;
		up->text |= f.text;
	}
	if (f.titled && f.title != TITLE_TEXT)
		w->untitled++;
	if (f.at == AT_VERSION)
		w->version_open = 0;
	if (f.measure > 0)
		w->open_measures--;
}

/* Text inside the open elements: their string values, as XPath's. */
static void
walk_text(struct walk *w, const char *text)
{
	if (w->depth == 0 || text == NULL)
		return;
	if (text[strspn(text, " \t\r\n")] != '\0')
		w->stack[w->depth - 1].text = 1;
	if (w->version_open)
		buf_puts(&w->version, text);
	for (size_t i = 0; w->open_measures > 0 && i < w->depth; i++) {
		size_t m = w->stack[i].measure;
		if (m > 0) {
			char **v = &w->measures.v[m - 1];
			char *more = xasprintf("%s%s", *v, text);
			free(*v);
			*v = more;
		}
	}
}

static void
ignore_error(void *ctx, xmlErrorPtr e)
{
}

/* Reads src through, gathering what the rules need into w. Returns -1
 * when it is not well-formed (the schema check has said so). */
static int
walk_manifest(struct walk *w, const struct manifest_src *src)
{
	xmlTextReaderPtr r;
	if (src->doc != NULL) {
		r = xmlReaderWalker(src->doc);
	} else {
		r = lseek(src->fd, 0, SEEK_SET) == 0 ? xmlReaderForFd(src->fd,
		    w->c->name, NULL, XML_PARSE_NONET) : NULL;
		/* The schema check has reported what is not well-formed. */
		if (r != NULL)
			xmlTextReaderSetStructuredErrorHandler(r, ignore_error,
			    NULL);
	}
	if (r == NULL)
		return -1;
	int ret;
	while ((ret = xmlTextReaderRead(r)) == 1) {
		switch (xmlTextReaderNodeType(r)) {
		case XML_READER_TYPE_ELEMENT:
			walk_open(w, r);
			if (xmlTextReaderIsEmptyElement(r))
				walk_close(w);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			walk_close(w);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			walk_text(w, (const char *)xmlTextReaderConstValue(r));
			break;
		default:
			break;
		}
	}
	xmlFreeTextReader(r);
	return ret == 0 ? 0 : -1;
}

/* Whether exactly one resource has the identifier ref: ids is sorted. */
static int
names_one(const struct strs *ids, const char *ref)
{
	const char **at = bsearch(&ref, ids->v, ids->n, sizeof *ids->v,
	    compare_names);
	if (at == NULL)
		return 0;
	size_t i = (size_t)(at - (const char **)ids->v);
	return !(i > 0 && strcmp(ids->v[i - 1], ref) == 0) &&
	    !(i + 1 < ids->n && strcmp(ids->v[i + 1], ref) == 0);
}

/* The rules the schema misses, from what w gathered, each kind of
 * finding in document order. */
static void
report_walk(struct walk *w, enum scorm_version v)
{
	struct check_ctx *c = w->c;
	const char *want = v == SCORM_12 ? "1.2" : "2004 4th Edition";
	if (strcmp(w->version.data ? w->version.data : "", want) != 0)
		diag_error(c->d, &c->at, "schemaversion must be exactly '%s' "
		    "(Moodle treats anything else as 1.2)", want);
	if (w->untitled > 0)
		diag_error(c->d, &c->at, "%zu organization(s) or item(s) have "
		    "no title", w->untitled);
	qsort(w->ids.v, w->ids.n, sizeof *w->ids.v, compare_names);
	for (size_t i = 0; i < w->refs.n; i++) {
		/* A quote could not be in an XPath string: no id is named
		 * with one. */
		const char *ref = w->refs.v[i];
		if (strchr(ref, '\'') != NULL || !names_one(&w->ids, ref))
			diag_error(c->d, &c->at, "identifierref '%s' names no "
			    "resource", ref);
	}
	for (size_t i = 0; i < w->bad_hrefs.n; i++)
		check_href(c, w->bad_hrefs.v[i]);
	for (size_t i = 0; i < w->measures.n; i++)
		check_measure(c, w->measures.v[i]);
}

/* The checks of scorm_check_manifest on src. */
static int
check_manifest(const struct manifest_src *src, enum scorm_version v,
    const char *const *files, size_t count, const char *name,
    struct diag *d)
{
	int errors = d->errors;
	/* Sorted, so each href is looked up, not compared with every file:
	 * a big package lists tens of thousands. */
	const char **sorted = xcalloc(count + 1, sizeof *sorted);
	memcpy(sorted, files, count * sizeof *sorted);
	qsort(sorted, count, sizeof *sorted, compare_names);
	struct check_ctx c = { name, { name, 0, 0 }, d, sorted, count };
	check_schema(&c, src, v);
	struct walk w;
	memset(&w, 0, sizeof w);
	w.c = &c;
	w.cp = v == SCORM_12 ? NS_CP12 : NS_CP2004;
	if (walk_manifest(&w, src) == 0)
		report_walk(&w, v);
	else if (d->errors == errors)
		diag_error(d, &c.at, "the manifest is not well-formed XML");
	free(w.stack);
	buf_free(&w.version);
	strs_free(&w.refs);
	strs_free(&w.ids);
	strs_free(&w.bad_hrefs);
	strs_free(&w.measures);
	free(sorted);
	return d->errors == errors ? 0 : -1;
}

int
scorm_check_manifest(xmlDocPtr doc, enum scorm_version v,
    const char *const *files, size_t count, const char *name,
    struct diag *d)
{
	struct manifest_src src = { doc, -1 };
	return check_manifest(&src, v, files, count, name, d);
}

/* ---- the package's files ---- */

/* A file of the package: a page, read from the pages' folder as the zip
 * is written, or an asset or a schema, held here. */
struct blob {
	char *name;		/* path in the zip */
	int staged;		/* a page: its bytes are in the pages' folder */
	struct buf data;	/* else its bytes */
};

/* Everything in the package: the manifest, and the files it lists sorted
 * by name. */
struct package {
	struct blob *files;
	size_t count, cap;
	FILE *manifest;		/* its text, in an unlinked scratch file */
	const char *dir;	/* the pages' folder; borrowed */
	int dir_fd;		/* it, open while the zip is written */
};

/* The largest theme asset or schema file a package takes. */
#define SCORM_MAX_FILE (16 * 1024 * 1024)

static struct blob *
package_add(struct package *pkg, char *name)
{
	/* Doubling: a package takes tens of thousands of pages. */
	if (pkg->count == pkg->cap) {
		pkg->cap = pkg->cap ? 2 * pkg->cap : 64;
		pkg->files = xrealloc(pkg->files, pkg->cap *
		    sizeof *pkg->files);
	}
	struct blob *b = &pkg->files[pkg->count++];
	b->name = name;
	b->staged = 0;
	b->data = (struct buf)BUF_INIT;
	return b;
}

/* Adds asset a of theme t. Returns -1 after reporting. */
static int
package_asset(struct package *pkg, const struct theme *t,
    const struct theme_asset *a, struct diag *d)
{
	struct blob *b = package_add(pkg, sitemap_asset(a->name));
	if (theme_read_asset(t, a, SCORM_MAX_FILE, &b->data) == 0)
		return 0;
	diag_syserr(d, "%s/%s: cannot read: %s", t->dir != NULL ? t->dir :
	    THEME_BUILTIN, a->name, strerror(errno));
	return -1;
}

/* Adds the built-in schema file name of version ver. Returns -1 after
 * reporting. */
static int
package_schema(struct package *pkg, const char *ver, const char *name,
    struct diag *d)
{
	char *key = xasprintf("xsd/%s/%s", ver, name);
	const struct embed_file *e = embed_find(key);
	free(key);
	if (e == NULL) {
		diag_syserr(d, "the built-in SCORM %s schemas have no %s; please "
		    "report this", ver, name);
		return -1;
	}
	struct blob *b = package_add(pkg, xstrdup(name));
	buf_add(&b->data, e->data, e->len);
	return 0;
}

static int
compare_blobs(const void *a, const void *b)
{
	return strcmp(((const struct blob *)a)->name,
	    ((const struct blob *)b)->name);
}

/* Every file but the manifest: the pages by name (their bytes stay in
 * their files), the theme's assets and the schemas, read now so that a
 * missing file stops us before anything is written. The pages' names are
 * taken from pages, whose list is then of no more use. Returns -1 after
 * reporting. */
static int
package_gather(struct package *pkg, struct pages *pages,
    const struct theme *t, enum scorm_version v, struct diag *d)
{
	const char *ver = v == SCORM_12 ? "1.2" : "2004";
	for (size_t i = 0; i < pages->list.count; i++) {
		package_add(pkg, pages->list.paths[i])->staged = 1;
		pages->list.paths[i] = NULL;
	}
	for (size_t i = 0; i < t->asset_count; i++)
		if (package_asset(pkg, t, &t->assets[i], d) != 0)
			return -1;
	for (const char *const *x = v == SCORM_12 ? xsd_12 : xsd_2004; *x;
	    x++)
		if (package_schema(pkg, ver, *x, d) != 0)
			return -1;
	qsort(pkg->files, pkg->count, sizeof *pkg->files, compare_blobs);
	return 0;
}

/* The course's title as the LMS shows it: the pack, or the site, and who
 * runs it (the settings' organisation). The caller frees it. */
static char *
course_title(const struct pack *p, const struct item *pk,
    const struct catalogue *cat)
{
	const struct site_settings *s = &p->settings;
	char *what = pk ? xstrdup(title_in(pk, cat->lang)) : s->name ?
	    xstrdup(s->name) : catalogue_format(cat, "scorm.title", NULL);
	char *title = s->organisation ? xasprintf("%s (%s)", what,
	    s->organisation) : xstrdup(what);
	free(what);
	return title;
}

/* An unlinked scratch file in the pages' folder dir, for the manifest:
 * read back by the checks and the zip, and gone however the run ends.
 * NULL after reporting. */
static FILE *
manifest_scratch(const char *dir, struct diag *d)
{
	char *path = xasprintf("%s/.imsmanifest-XXXXXX", dir);
	int fd = mkstemp(path);
	FILE *f = NULL;
	if (fd >= 0) {
		unlink(path);
		if ((f = fdopen(fd, "w+")) == NULL)
			close(fd);
	}
	if (f == NULL)
		diag_syserr(d, "%s: cannot write: %s", path, strerror(errno));
	free(path);
	return f;
}

/* Writes the manifest for the files gathered into a scratch file of
 * pkg's and checks it. Returns -1 after reporting. */
static int
package_manifest(struct package *pkg, const struct pack *p,
    const struct item *pk, const struct sco_list *scos,
    const struct catalogue *cat, enum scorm_version v, struct diag *d)
{
	int rc = -1;
	const char **names = xcalloc(pkg->count + 1, sizeof(char *));
	for (size_t i = 0; i < pkg->count; i++)
		names[i] = pkg->files[i].name;
	char *ident = xasprintf("sharepack-%s", pk ? pk->id : "all-packs");
	/* A package in the default language says none, as before
	 * languages. */
	const char *lang = strcmp(cat->lang, pack_default_lang(&p->settings))
	    != 0 ? cat->lang : NULL;
	char *title = course_title(p, pk, cat);
	xmlDocPtr doc = build_manifest(v, ident, lang, title, scos,
	    pkg->count > 0 ? names[0] : NULL);
	free(title);
	free(ident);
	if ((pkg->manifest = manifest_scratch(pkg->dir, d)) == NULL)
		goto out;
	int w = manifest_write(doc, names, pkg->count, pkg->manifest);
	if (w != 0) {
		if (w == -1)
			diag_syserr(d, "%s: cannot write the manifest: %s",
			    pkg->dir, strerror(errno));
		else
			diag_syserr(d, "libxml2 wrote the manifest in a way "
			    "sharepack does not expect; please report this");
		goto out;
	}
	struct manifest_src src = { NULL, fileno(pkg->manifest) };
	rc = check_manifest(&src, v, names, pkg->count, "imsmanifest.xml", d);
out:
	xmlFreeDoc(doc);
	free(names);
	return rc;
}

static void
package_free(struct package *pkg)
{
	for (size_t i = 0; i < pkg->count; i++) {
		free(pkg->files[i].name);
		buf_free(&pkg->files[i].data);
	}
	free(pkg->files);
	if (pkg->manifest != NULL)
		fclose(pkg->manifest);
	if (pkg->dir_fd >= 0)
		close(pkg->dir_fd);
}

/* ---- the zip ---- */

/* A fixed time for every entry (2026-01-01 00:00), so the same input gives
 * the same bytes. */
#define ZIP_DOSTIME 0
#define ZIP_DOSDATE ((uint16_t)(((2026 - 1980) << 9) | (1 << 5) | 1))

/* Entry i of pkg's zip: the manifest first, where some LMSs look for it,
 * then the files by name, a page read from its file in the pages' folder
 * as the zip is written, so that no more than a few are held at once. */
static void
package_entry(void *ctx, size_t i, struct zipfile_entry *e)
{
	const struct package *pkg = ctx;
	memset(e, 0, sizeof *e);
	e->fd = -1;
	if (i == 0) {
		e->name = "imsmanifest.xml";
		e->fd = fileno(pkg->manifest);
		return;
	}
	const struct blob *b = &pkg->files[i - 1];
	e->name = b->name;
	if (b->staged) {
		e->dir = pkg->dir_fd;
		e->path = b->name;
	} else {
		e->data = b->data.data != NULL ? b->data.data : "";
		e->len = b->data.len;
	}
}

/* The zip of pkg, written into a new file beside file, then synced and
 * renamed over it (fs_publish), so file is the old zip or the whole new
 * one. Returns -1 after reporting; file is then untouched. */
static int
zip_write(struct package *pkg, const char *file, struct diag *d)
{
	int rc = -1;
	char *tmp = xasprintf("%s.tmp-XXXXXX", file);
	int fd = mkstemp(tmp);
	const char *failed = NULL;
	if (fd < 0) {
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
		free(tmp);
		return -1;
	}
	if ((pkg->dir_fd = open(pkg->dir, O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) < 0) {
		diag_syserr(d, "%s: cannot read: %s", pkg->dir,
		    strerror(errno));
		goto out;
	}
	if (zipfile_write(fd, pkg->count + 1, package_entry, pkg, ZIP_DOSTIME,
	    ZIP_DOSDATE, &failed) != 0) {
		if (failed != NULL)
			diag_syserr(d, "%s: cannot put %s into the zip: %s",
			    file, failed, strerror(errno));
		else
			diag_syserr(d, "%s: cannot write the zip: %s", file,
			    strerror(errno));
		goto out;
	}
	int closed = close(fd);
	fd = -1;
	if (closed != 0 || fs_publish(tmp, file) != 0) {
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc != 0)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* ---- room for a quiz's progress in the LMS ---- */

static size_t
decimal_width(size_t n)
{
	size_t w = 1;
	while (n >= 10) {
		n /= 10;
		w++;
	}
	return w;
}

size_t
scorm_suspend_worst(size_t questions)
{
	/* quiz.js's encode(): {"v":3,"r":SEED,"o":[ORDER],"a":"ANSWERS",
	 * "s":[SECONDS],"k":"HASHES","c":CURRENT,"t":"ISO","f":"ISO"}, with
	 * the longest value of each: a 32-bit seed, seconds capped at 9999,
	 * 8 hash characters a question and toISOString()'s 24 characters. */
	size_t len = strlen("{\"v\":3,\"r\":,\"o\":[],\"a\":\"\",\"s\":[],"
	    "\"k\":\"\",\"c\":,\"t\":\"\",\"f\":\"\"}") +
	    decimal_width(4294967295u) + 2 * 24 + decimal_width(questions);
	for (size_t i = 0; i < questions; i++)
		len += decimal_width(i) + 1 + 4 + 8 + (i > 0 ? 2 : 0);
	return len;
}

size_t
scorm_suspend_limit(enum scorm_version v)
{
	return v == SCORM_12 ? 4096 : 64000;
}

/* The most questions whose worst case fits limit (worst grows with n). */
static size_t
suspend_most(size_t limit)
{
	size_t n = 0;
	while (scorm_suspend_worst(n + 1) <= limit)
		n++;
	return n;
}

/* Refuses each packaged quiz whose progress could outgrow what the LMS
 * keeps: quiz.js would then save none, and a learner who leaves part-way
 * would start again. Returns the number refused. */
static size_t
check_suspend_room(const struct pack *p, const struct item *pk,
    enum scorm_version v, struct diag *d)
{
	size_t limit = scorm_suspend_limit(v), refused = 0;
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (it->kind != ITEM_PACK || (pk != NULL && it != pk))
			continue;
		size_t n = sitemap_question_count(it);
		size_t worst = scorm_suspend_worst(n);
		if (worst <= limit)
			continue;
		diag_error(d, &it->pos, "the quiz of pack '%s' has %zu "
		    "questions, too many for SCORM %s: a learner's progress "
		    "can take %zu characters of suspend data, and SCORM %s "
		    "keeps %zu (enough for %zu questions); split the pack "
		    "into smaller ones%s", it->id, n, v == SCORM_12 ? "1.2" :
		    "2004", worst, v == SCORM_12 ? "1.2" : "2004", limit,
		    suspend_most(limit), v == SCORM_12 ? ", or package it as "
		    "SCORM 2004 (--scorm 2004), which keeps 64000" : "");
		refused++;
	}
	return refused;
}

/* ---- the whole package ---- */

int
scorm_package(const struct pack *p, const struct item *pk, const char *dir,
    const struct theme *t, const struct catalogue *cat,
    enum scorm_version v, int with_scenarios, const char *file,
    struct scorm_counts *counts, struct diag *d)
{
	int rc = -1;
	struct sco_list scos = { NULL, 0 };
	struct package pkg = { NULL, 0, 0, NULL, dir, -1 };
	struct pages pages = { dir, { NULL, 0, NULL, 0 } };

	if (fs_list_tree(dir, "", NULL, SIZE_MAX, SCORM_MAX_DEPTH,
	    &pages.list) != 0) {
		diag_syserr(d, "%s: cannot read: %s", dir, strerror(errno));
		goto out;
	}
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i]->kind == ITEM_PACK && (pk == NULL ||
		    p->items[i] == pk))
			add_pack_scos(&scos, &pages, p->items[i],
			    with_scenarios, cat->lang);
	counts->graded = counts->completion_only = 0;
	for (size_t i = 0; i < scos.n; i++) {
		if (scos.v[i].graded)
			counts->graded++;
		else
			counts->completion_only++;
	}
	if (scos.n == 0) {
		diag_error(d, NULL, "there is nothing to package: %s has no "
		    "quiz questions%s", pk ? pk->id : "the project",
		    with_scenarios ? " or branching scenarios" : "; add "
		    "--with-scenarios to package its branching scenarios");
		goto out;
	}
	if (check_suspend_room(p, pk, v, d) > 0 ||
	    check_sco_scripts(&scos, &pages, t, d) != 0 ||
	    package_gather(&pkg, &pages, t, v, d) != 0 ||
	    package_manifest(&pkg, p, pk, &scos, cat, v, d) != 0)
		goto out;
	if (fs_mkdir_parent(file) != 0) {
		diag_syserr(d, "%s: cannot create its folder: %s", file,
		    strerror(errno));
		goto out;
	}
	if (zip_write(&pkg, file, d) != 0)
		goto out;
	rc = 0;
out:
	fs_list_free(&pages.list);
	package_free(&pkg);
	sco_list_free(&scos);
	return rc;
}
