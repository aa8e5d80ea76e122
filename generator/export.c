/* export.c: questions as Moodle XML (libxml2) and GIFT, in the language
 * of the catalogue given: each item's translation into it where there is
 * one, and the catalogue's words around them. */
#include "export.h"

#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "html5.h"
#include "md_dom.h"
#include "render.h"
#include "sitemap.h"
#include "xalloc.h"

/* One question, in the form both formats need. Strings are owned; the
 * HTML in them is built as DOM nodes and serialised, never pasted. */
struct question {
	const struct item *it;	/* the original: its id, answer and rules */
	const struct item *shown;	/* its translation into the catalogue's
				 * language, or it: the words */
	char *text;		/* HTML: the case, or the statement */
	char *why;		/* HTML: the reasoning */
	char *feedback[2];	/* HTML: what each answer shows */
	char *answers[2];	/* labels */
	int right;		/* index of the expected answer */
};

/* A scratch <div> to build HTML in; html_end serialises and frees it. */
static xmlNodePtr
html_begin(void)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr div = xmlNewDocNode(doc, NULL, BAD_CAST "div", NULL);
	xmlDocSetRootElement(doc, div);
	return div;
}

static char *
html_end(xmlNodePtr div)
{
	char *html = html5_children(div);
	xmlFreeDoc(div->doc);
	return html;
}

/* The reasoning's first block and where it stops. */
static cmark_node *
why_start(const struct item *it, const struct body *b)
{
	return it->kind == ITEM_MYTH ? cmark_node_first_child(b->doc) :
	    b->why == NULL ? NULL : cmark_node_next(b->why);
}

/* The rules it cites, with the edition that numbers them, as a
 * paragraph in div, in the catalogue's words; nothing when it cites
 * none. */
static void
rules_para(xmlNodePtr div, const struct item *it, const struct item *pk,
    const struct catalogue *cat)
{
	char *text = catalogue_rules_cited(cat, &it->ext->rules,
	    pack_rule_edition(it, pk));
	if (text != NULL)
		render_el_class(div, "p", "sp-rules", text);
	free(text);
}

/* The rules' paragraph as HTML; NULL when it cites none. Caller frees. */
static char *
rules_html(const struct item *it, const struct item *pk,
    const struct catalogue *cat)
{
	if (it->ext->rules.count == 0)
		return NULL;
	xmlNodePtr div = html_begin();
	rules_para(div, it, pk, cat);
	return html_end(div);
}

/* The case or the statement (b, its body), with the question asked of
 * it. */
static char *
question_text(const struct item *shown, const struct body *b,
    const struct catalogue *cat)
{
	xmlNodePtr div = html_begin();
	char *ask;
	if (shown->kind == ITEM_MYTH) {
		ask = catalogue_format(cat, "export.prompt_myth", NULL);
		xmlNodePtr p = render_el(div, "p", ask);
		render_el(p, "strong", shown->title);
	} else {
		ask = catalogue_format(cat, "export.prompt_case", NULL);
		md_dom_append(div, cmark_node_first_child(b->doc), b->why, 3);
		render_el(render_el(div, "p", NULL), "strong", ask);
	}
	free(ask);
	return html_end(div);
}

/* What answer i shows: right or not, the guidance's answer, the
 * reasoning (in b, the shown item's body) and the rules. */
static char *
question_feedback(const struct question *q, const struct body *b, int i,
    const struct item *pk, const struct catalogue *cat)
{
	xmlNodePtr div = html_begin();
	char *verdict = catalogue_format(cat, i == q->right ? "export.right" :
	    "export.not_quite", NULL);
	char *lead = catalogue_format(cat, "export.guidance_answer", NULL);
	xmlNodePtr p = render_el(div, "p", verdict);
	render_text(p, lead);
	render_el(p, "strong", q->answers[q->right]);
	render_text(p, ".");
	md_dom_append(div, why_start(q->shown, b), NULL, 3);
	rules_para(div, q->it, pk, cat);
	free(verdict);
	free(lead);
	return html_end(div);
}

static void
question_make(struct question *q, const struct item *it,
    const struct item *pk, const struct catalogue *cat)
{
	int myth = it->kind == ITEM_MYTH;
	const struct item *tr = pack_translation(it, cat->lang);
	q->it = it;
	q->shown = tr != NULL ? tr : it;
	q->answers[0] = catalogue_format(cat, myth ? "answer.myth" :
	    "answer.share", NULL);
	q->answers[1] = catalogue_format(cat, myth ? "answer.fact" :
	    "answer.no_share", NULL);
	q->right = myth ? (it->myth.verdict == VERDICT_MYTH ? 0 : 1) :
	    (it->vignette.expected == OUTCOME_SHARE ? 0 : 1);
	struct body b;
	body_open(q->shown, &b);
	q->text = question_text(q->shown, &b, cat);
	q->why = html5_fragment(why_start(q->shown, &b), NULL, 3);
	char *rules = rules_html(it, pk, cat);
	if (rules != NULL) {
		char *why = xasprintf("%s%s", q->why, rules);
		free(q->why);
		q->why = why;
	}
	for (int i = 0; i < 2; i++)
		q->feedback[i] = question_feedback(q, &b, i, pk, cat);
	free(rules);
	body_close(&b);
}

static void
question_free(struct question *q)
{
	free(q->text);
	free(q->why);
	for (int i = 0; i < 2; i++) {
		free(q->feedback[i]);
		free(q->answers[i]);
	}
}

/*
 * Appends s to out with each character XML 1.0 cannot hold, even escaped
 * (a C0 control but tab, LF and CR; U+FFFE, U+FFFF), as U+FFFD: Markdown
 * lets "&#1;" through, and one such character makes a Moodle XML file
 * unreadable. GIFT gets the same text, so both formats say the same.
 */
static void
add_lms_text(struct buf *out, const char *s, size_t len)
{
	size_t plain = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t bad = 0;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			bad = 1;
		else if (c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] ==
		    0xBF && ((unsigned char)s[i + 2] & 0xFE) == 0xBE)
			bad = 3;
		if (bad == 0)
			continue;
		buf_add(out, s + plain, i - plain);
		buf_puts(out, "\xEF\xBF\xBD");
		i += bad - 1;
		plain = i + 1;
	}
	buf_add(out, s + plain, len - plain);
}

static xmlNodePtr
text_child(xmlNodePtr parent, const char *name, const char *format,
    const char *raw)
{
	struct buf clean = BUF_INIT;
	add_lms_text(&clean, raw, strlen(raw));
	const char *text = clean.data;
	xmlNodePtr el = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
	if (format != NULL)
		xmlSetProp(el, BAD_CAST "format", BAD_CAST format);
	xmlNodePtr t = xmlNewChild(el, NULL, BAD_CAST "text", NULL);
	xmlAddChild(t, xmlNewText(BAD_CAST text));
	buf_free(&clean);
	return el;
}

static void
moodle_question(xmlNodePtr quiz, const struct question *q)
{
	xmlNodePtr qn = xmlNewChild(quiz, NULL, BAD_CAST "question", NULL);
	xmlSetProp(qn, BAD_CAST "type", BAD_CAST "multichoice");
	text_child(qn, "name", NULL, q->shown->title);
	text_child(qn, "questiontext", "html", q->text);
	text_child(qn, "generalfeedback", "html", q->why);
	xmlNewTextChild(qn, NULL, BAD_CAST "defaultgrade", BAD_CAST "1");
	xmlNewTextChild(qn, NULL, BAD_CAST "penalty", BAD_CAST "0");
	xmlNewTextChild(qn, NULL, BAD_CAST "hidden", BAD_CAST "0");
	xmlNewTextChild(qn, NULL, BAD_CAST "idnumber", BAD_CAST q->it->id);
	xmlNewTextChild(qn, NULL, BAD_CAST "single", BAD_CAST "true");
	xmlNewTextChild(qn, NULL, BAD_CAST "shuffleanswers", BAD_CAST "false");
	xmlNewTextChild(qn, NULL, BAD_CAST "answernumbering",
	    BAD_CAST "none");
	for (int i = 0; i < 2; i++) {
		xmlNodePtr a = xmlNewChild(qn, NULL, BAD_CAST "answer", NULL);
		xmlSetProp(a, BAD_CAST "fraction", BAD_CAST(i == q->right ?
		    "100" : "0"));
		xmlSetProp(a, BAD_CAST "format", BAD_CAST "html");
		xmlNodePtr t = xmlNewChild(a, NULL, BAD_CAST "text", NULL);
		xmlAddChild(t, xmlNewText(BAD_CAST q->answers[i]));
		text_child(a, "feedback", "html", q->feedback[i]);
	}
}

/* GIFT's special characters are escaped with a backslash. A line break,
 * LF or CR (a title or "&#13;" in Markdown can hold one), would end the
 * question, or with a lone CR the whole file, in GIFT readers; in HTML a
 * space means the same. */
static void
gift_text(struct buf *out, const char *raw)
{
	struct buf clean = BUF_INIT;
	add_lms_text(&clean, raw, strlen(raw));
	for (const char *s = clean.data; *s; s++) {
		if (strchr("~=#{}:\\", *s) != NULL)
			buf_putc(out, '\\');
		buf_putc(out, *s == '\n' || *s == '\r' ? ' ' : *s);
	}
	buf_free(&clean);
}

/* A question: its ID number in a "// [id:...]" comment, which Moodle's
 * importer reads, then the reasoning as general feedback ("####"). */
static void
gift_question(struct buf *out, const struct question *q)
{
	buf_puts(out, "// [id:");
	buf_puts(out, q->it->id);
	buf_puts(out, "]\n::");
	gift_text(out, q->shown->title);
	buf_puts(out, "::[html]");
	gift_text(out, q->text);
	buf_puts(out, " {\n");
	for (int i = 0; i < 2; i++) {
		buf_puts(out, i == q->right ? "\t=" : "\t~");
		gift_text(out, q->answers[i]);
		buf_puts(out, "#");
		gift_text(out, q->feedback[i]);
		buf_putc(out, '\n');
	}
	buf_puts(out, "\t####");
	gift_text(out, q->why);
	buf_puts(out, "\n}\n\n");
}

/* "$course$/top/sharepack/TITLE": where Moodle files the questions. In a
 * category path '/' separates nested categories, so a slash in the title
 * is written "//"; a line break or control becomes a space. Caller frees. */
static char *
category_path(const struct item *pk, const struct catalogue *cat)
{
	struct buf b = BUF_INIT;
	buf_puts(&b, "$course$/top/sharepack/");
	struct buf clean = BUF_INIT;
	const struct item *tr = pk ? pack_translation(pk, cat->lang) : NULL;
	char *title = tr ? xstrdup(tr->title) : pk ? xstrdup(pk->title) :
	    catalogue_format(cat, "export.all_questions", NULL);
	add_lms_text(&clean, title, strlen(title));
	free(title);
	for (const char *s = clean.data; *s; s++) {
		if (*s == '/')
			buf_putc(&b, '/');
		buf_putc(&b, (unsigned char)*s < 0x20 ? ' ' : *s);
	}
	buf_free(&clean);
	return buf_detach(&b);
}

/* GIFT's first line: a comment saying how to import the file, on one
 * line whatever the catalogue holds. */
static void
gift_header(struct buf *out, const struct catalogue *cat)
{
	char *how = catalogue_format(cat, "export.gift_comment", NULL);
	buf_puts(out, "// ");
	for (const char *s = how; *s; s++)
		buf_putc(out, *s == '\n' || *s == '\r' ? ' ' : *s);
	buf_putc(out, '\n');
	free(how);
}

size_t
export_questions(const struct pack *p, const struct item *pk,
    enum export_format format, const struct catalogue *cat, struct buf *out)
{
	struct item *const *items = pk ? pk->pack.members : p->items;
	size_t count = pk ? pk->pack.member_count : p->count;
	size_t n = 0;
	xmlDocPtr doc = NULL;
	xmlNodePtr quiz = NULL;
	char *category = category_path(pk, cat);

	if (format == EXPORT_MOODLE_XML) {
		doc = xmlNewDoc(BAD_CAST "1.0");
		quiz = xmlNewDocNode(doc, NULL, BAD_CAST "quiz", NULL);
		xmlDocSetRootElement(doc, quiz);
		xmlNodePtr c = xmlNewChild(quiz, NULL, BAD_CAST "question", NULL);
		xmlSetProp(c, BAD_CAST "type", BAD_CAST "category");
		text_child(c, "category", NULL, category);
	} else {
		/* Moodle reads the $CATEGORY line as it is, never
		 * unescaping it: written plain, on one line. */
		gift_header(out, cat);
		buf_puts(out, "$CATEGORY: ");
		buf_puts(out, category);
		buf_puts(out, "\n\n");
	}
	for (size_t i = 0; i < count; i++) {
		if (!sitemap_is_question(items[i]))
			continue;
		struct question q;
		question_make(&q, items[i], pk, cat);
		if (format == EXPORT_MOODLE_XML)
			moodle_question(quiz, &q);
		else
			gift_question(out, &q);
		question_free(&q);
		n++;
	}
	if (doc != NULL) {
		xmlChar *mem;
		int len;
		xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
		buf_add(out, mem, (size_t)len);
		xmlFree(mem);
		xmlFreeDoc(doc);
	}
	free(category);
	return n;
}
