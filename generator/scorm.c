/* scorm.c: SCORM 1.2 and 2004 packages: manifest, checks, zip. */
#define _GNU_SOURCE
#include "scorm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include "fsutil.h"
#include "xalloc.h"

#ifndef SHAREPACK_XSD_DIR
#define SHAREPACK_XSD_DIR "generator/xsd"
#endif

#define NS_CP12 "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
#define NS_ADLCP12 "http://www.adlnet.org/xsd/adlcp_rootv1p2"
#define NS_CP2004 "http://www.imsglobal.org/xsd/imscp_v1p1"
#define NS_ADLCP2004 "http://www.adlnet.org/xsd/adlcp_v1p3"
#define NS_ADLSEQ "http://www.adlnet.org/xsd/adlseq_v1p3"
#define NS_ADLNAV "http://www.adlnet.org/xsd/adlnav_v1p3"
#define NS_IMSSS "http://www.imsglobal.org/xsd/imsss"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"

const char *
scorm_xsd_dir(void)
{
	const char *env = getenv("SHAREPACK_XSD_DIR");
	return env != NULL && *env != '\0' ? env : SHAREPACK_XSD_DIR;
}

static const char *const xsd_12[] = { "imscp_rootv1p1p2.xsd",
    "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd", NULL };
static const char *const xsd_2004[] = { "imscp_v1p1.xsd", "adlcp_v1p3.xsd",
    "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd",
    "imsss_v1p0auxresource.xsd", "imsss_v1p0control.xsd",
    "imsss_v1p0delivery.xsd", "imsss_v1p0limit.xsd",
    "imsss_v1p0objective.xsd", "imsss_v1p0random.xsd",
    "imsss_v1p0rollup.xsd", "imsss_v1p0seqrule.xsd", "imsss_v1p0util.xsd",
    "xml.xsd", NULL };

/* One SCO: a page that talks to the LMS. */
struct sco {
	const char *page;	/* path in the zip */
	const char *title;
	int pass_mark;		/* -1: none */
	char *ident;		/* owned */
};

static void
add_sco(struct sco **scos, size_t *n, const char *page, const char *title,
    int pass_mark, const char *kind, const char *id)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp((*scos)[i].page, page) == 0)
			return;
	*scos = xrealloc(*scos, (*n + 1) * sizeof **scos);
	(*scos)[*n].page = page;
	(*scos)[*n].title = title;
	(*scos)[*n].pass_mark = pass_mark;
	(*scos)[*n].ident = xasprintf("%s-%s", kind, id);
	(*n)++;
}

/* The page path in pages, so the manifest points at real files. */
static const char *
page_path(const struct render_out *pages, const char *path)
{
	for (size_t i = 0; i < pages->count; i++)
		if (strcmp(pages->files[i].path, path) == 0)
			return pages->files[i].path;
	return NULL;
}

static void
collect_scos(const struct pack *p, const struct item *pk,
    const struct render_out *pages, struct sco **scos, size_t *n)
{
	for (size_t i = 0; i < p->count; i++) {
		const struct item *it = p->items[i];
		if (it->kind != ITEM_PACK || (pk != NULL && it != pk))
			continue;
		char *quiz = xasprintf("packs/%s/quiz.html", it->id);
		size_t questions = 0;
		for (size_t j = 0; j < it->pack.member_count; j++)
			questions += it->pack.members[j]->kind == ITEM_MYTH ||
			    it->pack.members[j]->kind == ITEM_VIGNETTE;
		const char *page = page_path(pages, quiz);
		if (page != NULL && questions > 0)
			add_sco(scos, n, page, it->title, it->pack.pass_mark, "quiz",
			    it->id);
		free(quiz);
		for (size_t j = 0; j < it->pack.member_count; j++) {
			const struct item *s = it->pack.members[j];
			if (s->kind != ITEM_SCENARIO)
				continue;
			char *sp = xasprintf("scenarios/%s.html", s->id);
			page = page_path(pages, sp);
			if (page != NULL)
				add_sco(scos, n, page, s->title, -1, "scenario",
				    s->id);
			free(sp);
		}
	}
}

static xmlNodePtr
child(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
	return xmlNewTextChild(parent, ns, BAD_CAST name, BAD_CAST text);
}

/* The manifest. files: every file of the package but the manifest. */
static xmlDocPtr
build_manifest(enum scorm_version v, const char *ident, const char *title,
    const struct sco *scos, size_t n, const char *const *files, size_t count)
{
	int v12 = v == SCORM_12;
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr m = xmlNewDocNode(doc, NULL, BAD_CAST "manifest", NULL);
	xmlDocSetRootElement(doc, m);
	xmlNsPtr cp = xmlNewNs(m, BAD_CAST(v12 ? NS_CP12 : NS_CP2004), NULL);
	xmlSetNs(m, cp);
	xmlNsPtr adlcp = xmlNewNs(m, BAD_CAST(v12 ? NS_ADLCP12 :
	    NS_ADLCP2004), BAD_CAST "adlcp");
	xmlNsPtr imsss = NULL;
	if (!v12) {
		xmlNewNs(m, BAD_CAST NS_ADLSEQ, BAD_CAST "adlseq");
		xmlNewNs(m, BAD_CAST NS_ADLNAV, BAD_CAST "adlnav");
		imsss = xmlNewNs(m, BAD_CAST NS_IMSSS, BAD_CAST "imsss");
	}
	xmlNsPtr xsi = xmlNewNs(m, BAD_CAST NS_XSI, BAD_CAST "xsi");
	xmlSetProp(m, BAD_CAST "identifier", BAD_CAST ident);
	xmlSetProp(m, BAD_CAST "version", BAD_CAST "1.0");
	xmlSetNsProp(m, xsi, BAD_CAST "schemaLocation", BAD_CAST(v12 ?
	    NS_CP12 " imscp_rootv1p1p2.xsd " NS_ADLCP12 " adlcp_rootv1p2.xsd" :
	    NS_CP2004 " imscp_v1p1.xsd " NS_ADLCP2004 " adlcp_v1p3.xsd "
	    NS_ADLSEQ " adlseq_v1p3.xsd " NS_ADLNAV " adlnav_v1p3.xsd "
	    NS_IMSSS " imsss_v1p0.xsd"));

	xmlNodePtr meta = child(m, cp, "metadata", NULL);
	child(meta, cp, "schema", "ADL SCORM");
	child(meta, cp, "schemaversion", v12 ? "1.2" : "2004 4th Edition");

	xmlNodePtr orgs = child(m, cp, "organizations", NULL);
	xmlSetProp(orgs, BAD_CAST "default", BAD_CAST "org");
	xmlNodePtr org = child(orgs, cp, "organization", NULL);
	xmlSetProp(org, BAD_CAST "identifier", BAD_CAST "org");
	child(org, cp, "title", title);
	xmlNodePtr res = child(m, cp, "resources", NULL);

	for (size_t i = 0; i < n; i++) {
		char *item_id = xasprintf("item-%s", scos[i].ident);
		char *res_id = xasprintf("res-%s", scos[i].ident);
		xmlNodePtr item = child(org, cp, "item", NULL);
		xmlSetProp(item, BAD_CAST "identifier", BAD_CAST item_id);
		xmlSetProp(item, BAD_CAST "identifierref", BAD_CAST res_id);
		child(item, cp, "title", scos[i].title);
		if (scos[i].pass_mark >= 0) {
			char num[16];
			if (v12) {
				snprintf(num, sizeof num, "%d", scos[i].pass_mark);
				child(item, adlcp, "masteryscore", num);
			} else {
				snprintf(num, sizeof num, "%d.%02d",
				    scos[i].pass_mark / 100, scos[i].pass_mark % 100);
				xmlNodePtr seq = child(item, imsss, "sequencing",
				    NULL);
				xmlNodePtr objs = child(seq, imsss, "objectives",
				    NULL);
				xmlNodePtr prim = child(objs, imsss,
				    "primaryObjective", NULL);
				xmlSetProp(prim, BAD_CAST "objectiveID",
				    BAD_CAST "pass");
				xmlSetProp(prim, BAD_CAST "satisfiedByMeasure",
				    BAD_CAST "true");
				child(prim, imsss, "minNormalizedMeasure", num);
			}
		}
		xmlNodePtr r = child(res, cp, "resource", NULL);
		xmlSetProp(r, BAD_CAST "identifier", BAD_CAST res_id);
		xmlSetProp(r, BAD_CAST "type", BAD_CAST "webcontent");
		xmlSetNsProp(r, adlcp, BAD_CAST(v12 ? "scormtype" : "scormType"),
		    BAD_CAST "sco");
		xmlSetProp(r, BAD_CAST "href", BAD_CAST scos[i].page);
		xmlNodePtr f = child(r, cp, "file", NULL);
		xmlSetProp(f, BAD_CAST "href", BAD_CAST scos[i].page);
		xmlNodePtr dep = child(r, cp, "dependency", NULL);
		xmlSetProp(dep, BAD_CAST "identifierref", BAD_CAST "res-common");
		free(item_id);
		free(res_id);
	}
	/* Every other file: pages the SCOs link to, assets, schemas. */
	xmlNodePtr common = child(res, cp, "resource", NULL);
	xmlSetProp(common, BAD_CAST "identifier", BAD_CAST "res-common");
	xmlSetProp(common, BAD_CAST "type", BAD_CAST "webcontent");
	xmlSetNsProp(common, adlcp, BAD_CAST(v12 ? "scormtype" : "scormType"),
	    BAD_CAST "asset");
	for (size_t i = 0; i < count; i++) {
		xmlNodePtr f = child(common, cp, "file", NULL);
		xmlSetProp(f, BAD_CAST "href", BAD_CAST files[i]);
	}
	return doc;
}

/* ---- checks ---- */

struct check_ctx {
	const char *name;
	struct diag *d;
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

static int
in_files(const char *href, const char *const *files, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(files[i], href) == 0)
			return 1;
	return strcmp(href, "imsmanifest.xml") == 0;
}

/* Every node the XPath expression selects; the caller frees the object. */
static xmlXPathObjectPtr
select_nodes(xmlXPathContextPtr x, const char *expr)
{
	return xmlXPathEvalExpression(BAD_CAST expr, x);
}

int
scorm_check_manifest(xmlDocPtr doc, enum scorm_version v,
    const char *const *files, size_t count, const char *name,
    struct diag *d)
{
	int errors = d->errors;
	struct check_ctx cc = { name, d };
	char *xsd = xasprintf("%s/%s/all.xsd", scorm_xsd_dir(),
	    v == SCORM_12 ? "1.2" : "2004");
	xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd);
	xmlSchemaPtr schema = pc ? xmlSchemaParse(pc) : NULL;
	if (schema == NULL) {
		diag_syserr(d, "%s: cannot read the SCORM schemas; set "
		    "SHAREPACK_XSD_DIR to the folder holding 1.2/ and 2004/",
		    xsd);
	} else {
		xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
		xmlSchemaSetValidStructuredErrors(vc, on_schema_error, &cc);
		if (xmlSchemaValidateDoc(vc, doc) != 0 && d->errors == errors)
			diag_error(d, NULL, "%s: the manifest does not match "
			    "the SCORM schema", name);
		xmlSchemaFreeValidCtxt(vc);
		xmlSchemaFree(schema);
	}
	if (pc != NULL)
		xmlSchemaFreeParserCtxt(pc);
	free(xsd);

	xmlXPathContextPtr x = xmlXPathNewContext(doc);
	xmlXPathRegisterNs(x, BAD_CAST "cp", BAD_CAST(v == SCORM_12 ?
	    NS_CP12 : NS_CP2004));
	xmlXPathRegisterNs(x, BAD_CAST "imsss", BAD_CAST NS_IMSSS);
	struct srcpos at = { name, 0, 0 };

	xmlXPathObjectPtr o = select_nodes(x,
	    "string(/cp:manifest/cp:metadata/cp:schemaversion)");
	const char *want = v == SCORM_12 ? "1.2" : "2004 4th Edition";
	if (o == NULL || o->stringval == NULL ||
	    strcmp((char *)o->stringval, want) != 0)
		diag_error(d, &at, "schemaversion must be exactly '%s' (Moodle "
		    "treats anything else as 1.2)", want);
	xmlXPathFreeObject(o);

	o = select_nodes(x, "//cp:organization[not(cp:title) or "
	    "normalize-space(cp:title)=''] | //cp:item[not(cp:title) or "
	    "normalize-space(cp:title)='']");
	if (o != NULL && o->nodesetval != NULL && o->nodesetval->nodeNr > 0)
		diag_error(d, &at, "%d organization(s) or item(s) have no "
		    "title", o->nodesetval->nodeNr);
	xmlXPathFreeObject(o);

	o = select_nodes(x, "//@identifierref");
	for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		xmlChar *ref = xmlNodeGetContent(o->nodesetval->nodeTab[i]);
		char *expr = xasprintf("count(//cp:resource[@identifier='%s'])",
		    (char *)ref);
		xmlXPathObjectPtr c = strchr((char *)ref, '\'') ? NULL :
		    select_nodes(x, expr);
		if (c == NULL || c->floatval != 1.0)
			diag_error(d, &at, "identifierref '%s' names no "
			    "resource", (char *)ref);
		xmlXPathFreeObject(c);
		free(expr);
		xmlFree(ref);
	}
	xmlXPathFreeObject(o);

	o = select_nodes(x, "//cp:resource/@href | //cp:file/@href");
	for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		xmlChar *href = xmlNodeGetContent(o->nodesetval->nodeTab[i]);
		const char *h = (const char *)href;
		if (strstr(h, "://") != NULL || h[0] == '/' ||
		    strncmp(h, "../", 3) == 0)
			diag_error(d, &at, "'%s' is not a relative address "
			    "inside the package", h);
		else if (!in_files(h, files, count))
			diag_error(d, &at, "'%s' is listed in the manifest but "
			    "is not in the package", h);
		xmlFree(href);
	}
	xmlXPathFreeObject(o);

	o = select_nodes(x, "//imsss:minNormalizedMeasure");
	for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
		xmlChar *t = xmlNodeGetContent(o->nodesetval->nodeTab[i]);
		char *end;
		double m = strtod((char *)t, &end);
		if (end == (char *)t || m < 0 || m > 1)
			diag_error(d, &at, "minNormalizedMeasure '%s' is not "
			    "between 0 and 1", (char *)t);
		xmlFree(t);
	}
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(x);
	return d->errors == errors ? 0 : -1;
}

/* ---- the zip ---- */

/* A fixed time for every entry (2026-01-01 00:00), so the same input gives
 * the same bytes. */
#define ZIP_DOSTIME 0
#define ZIP_DOSDATE ((uint16_t)(((2026 - 1980) << 9) | (1 << 5) | 1))

static int
zip_put(zip_t *z, const char *name, const void *data, size_t len)
{
	zip_source_t *src = zip_source_buffer(z, data, len, 0);
	if (src == NULL)
		return -1;
	zip_int64_t idx = zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8);
	if (idx < 0) {
		zip_source_free(src);
		return -1;
	}
	zip_file_set_dostime(z, (zip_uint64_t)idx, ZIP_DOSTIME, ZIP_DOSDATE, 0);
	return 0;
}

struct blob {
	char *name;
	struct buf data;
};

static int
compare_blobs(const void *a, const void *b)
{
	return strcmp(((const struct blob *)a)->name,
	    ((const struct blob *)b)->name);
}

int
scorm_package(const struct pack *p, const struct item *pk,
    const struct render_out *pages, const struct theme *t,
    enum scorm_version v, const char *file, size_t *scos_out, struct diag *d)
{
	int rc = -1;
	struct sco *scos = NULL;
	size_t n = 0;
	struct blob *blobs = NULL;
	size_t nblobs = 0;
	const char *const *xsds = v == SCORM_12 ? xsd_12 : xsd_2004;
	size_t nx = 0;
	while (xsds[nx] != NULL)
		nx++;
	char *tmp = NULL;
	zip_t *z = NULL;
	xmlDocPtr manifest = NULL;

	collect_scos(p, pk, pages, &scos, &n);
	*scos_out = n;
	if (n == 0) {
		diag_error(d, NULL, "there is nothing to package: %s has no "
		    "quiz questions or branching scenarios", pk ? pk->id :
		    "the project");
		goto out;
	}

	/* Everything but the manifest, read now so a missing file stops us
	 * before anything is written. */
	blobs = xcalloc(pages->count + t->asset_count + nx + 1, sizeof *blobs);
	for (size_t i = 0; i < pages->count; i++) {
		blobs[nblobs].name = xstrdup(pages->files[i].path);
		buf_add(&blobs[nblobs].data, pages->files[i].content.data,
		    pages->files[i].content.len);
		nblobs++;
	}
	for (size_t i = 0; i < t->asset_count + nx; i++) {
		int asset = i < t->asset_count;
		const char *name = asset ? t->assets[i] : xsds[i - t->asset_count];
		char *from = asset ? xasprintf("%s/%s", t->dir, name) :
		    xasprintf("%s/%s/%s", scorm_xsd_dir(), v == SCORM_12 ?
		    "1.2" : "2004", name);
		blobs[nblobs].name = asset ? xasprintf("assets/%s", name) :
		    xstrdup(name);
		int r = fs_read_file(from, 16 * 1024 * 1024, &blobs[nblobs].data);
		nblobs++;
		if (r != 0) {
			diag_syserr(d, "%s: cannot read: %s", from,
			    strerror(errno));
			free(from);
			goto out;
		}
		free(from);
	}
	qsort(blobs, nblobs, sizeof *blobs, compare_blobs);
	const char **names = xcalloc(nblobs, sizeof(char *));
	for (size_t i = 0; i < nblobs; i++)
		names[i] = blobs[i].name;
	char *ident = xasprintf("sharepack-%s", pk ? pk->id : "all-packs");
	manifest = build_manifest(v, ident, pk ? pk->title : "Training packs",
	    scos, n, names, nblobs);
	free(ident);
	int bad = scorm_check_manifest(manifest, v, names, nblobs,
	    "imsmanifest.xml", d);
	free(names);
	if (bad != 0)
		goto out;

	xmlChar *xml;
	int xml_len;
	xmlDocDumpFormatMemoryEnc(manifest, &xml, &xml_len, "UTF-8", 1);
	blobs[nblobs].name = xstrdup("imsmanifest.xml");
	buf_add(&blobs[nblobs].data, xml, (size_t)xml_len);
	xmlFree(xml);
	nblobs++;

	/* Zip into a temporary file beside the target, then rename. */
	if (fs_mkdir_parent(file) != 0) {
		diag_syserr(d, "%s: cannot create its folder: %s", file,
		    strerror(errno));
		goto out;
	}
	tmp = xasprintf("%s.tmp-XXXXXX", file);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto out;
	}
	close(fd);
	int zerr;
	z = zip_open(tmp, ZIP_TRUNCATE, &zerr);
	if (z == NULL) {
		diag_syserr(d, "%s: cannot create the zip", file);
		goto out;
	}
	/* The manifest first: some LMSs look for it there. */
	if (zip_put(z, "imsmanifest.xml", blobs[nblobs - 1].data.data,
	    blobs[nblobs - 1].data.len) != 0)
		goto zipfail;
	for (size_t i = 0; i + 1 < nblobs; i++)
		if (zip_put(z, blobs[i].name, blobs[i].data.data,
		    blobs[i].data.len) != 0)
			goto zipfail;
	if (zip_close(z) != 0)
		goto zipfail;
	z = NULL;
	if (rename(tmp, file) != 0) {
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
		goto out;
	}
	rc = 0;
	goto out;
zipfail:
	diag_syserr(d, "%s: cannot write the zip: %s", file,
	    zip_strerror(z));
out:
	if (z != NULL)
		zip_discard(z);
	if (rc != 0 && tmp != NULL)
		unlink(tmp);
	free(tmp);
	if (manifest != NULL)
		xmlFreeDoc(manifest);
	for (size_t i = 0; i < nblobs; i++) {
		free(blobs[i].name);
		buf_free(&blobs[i].data);
	}
	free(blobs);
	for (size_t i = 0; i < n; i++)
		free(scos[i].ident);
	free(scos);
	return rc;
}
