/*
 * fuzz_export.c: libFuzzer target for the exporters: a content file through
 * load_item and check_pack, then Moodle XML and GIFT for every question and
 * for a pack holding the item. Each output is read back: the XML must parse
 * with one <question type="multichoice"> per question, and the GIFT must
 * split into exactly the questions written, every field escaped, with no
 * line break inside one (a CR once broke a whole file). A mismatch aborts,
 * which libFuzzer reports as a crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "buf.h"
#include "check.h"
#include "export.h"
#include "load.h"
#include "pack.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SPECIALS "~=#{}:"

/* Whether s[0..len) is a GIFT field as gift_text writes it: each special
 * character and backslash escaped, and no line break. */
static int
field_ok(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n' || s[i] == '\r')
			return 0;
		if (s[i] == '\\') {
			if (i + 1 == len || strchr(SPECIALS "\\", s[i + 1]) ==
			    NULL)
				return 0;
			i++;
		} else if (strchr(SPECIALS, s[i]) != NULL) {
			return 0;
		}
	}
	return 1;
}

/* The first unescaped c in s[0..len), or NULL. */
static const char *
unescaped(const char *s, size_t len, char c)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == c)
			return s + i;
	}
	return NULL;
}

/* The next line of *p (up to end), moving *p past its '\n'. Sets *len;
 * NULL at the end. */
static const char *
next_line(const char **p, const char *end, size_t *len)
{
	if (*p >= end)
		return NULL;
	const char *line = *p, *nl = memchr(line, '\n', (size_t)(end - line));
	*len = nl ? (size_t)(nl - line) : (size_t)(end - line);
	*p = nl ? nl + 1 : end;
	return line;
}

/* One answer line: a tab, '=' or '~', the answer, '#', its feedback. */
static int
answer_ok(const char *line, size_t len, int *right)
{
	if (len < 3 || line[0] != '\t' || (line[1] != '=' && line[1] != '~'))
		return 0;
	*right += line[1] == '=';
	const char *hash = unescaped(line + 2, len - 2, '#');
	return hash != NULL && field_ok(line + 2, (size_t)(hash - line - 2)) &&
	    field_ok(hash + 1, (size_t)(line + len - hash - 1));
}

/* The $CATEGORY line is read as it is (Moodle never unescapes it): any
 * text but a control character, which would end or garble it. */
static int
plain_line(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7F)
			return 0;
	return 1;
}

/* Reads the GIFT text back and returns how many questions it holds, or
 * (size_t)-1 when it is not what the exporter means to write. */
static size_t
gift_questions(const struct buf *gift)
{
	const char *p = gift->data, *end = p + gift->len, *line;
	size_t len, n = 0;
	if ((line = next_line(&p, end, &len)) == NULL || len < 2 ||
	    strncmp(line, "//", 2) != 0 ||
	    (line = next_line(&p, end, &len)) == NULL || len < 11 ||
	    strncmp(line, "$CATEGORY: ", 11) != 0 ||
	    !plain_line(line + 11, len - 11) ||
	    (line = next_line(&p, end, &len)) == NULL || len != 0)
		return (size_t)-1;
	while ((line = next_line(&p, end, &len)) != NULL) {
		if (len < 8 || strncmp(line, "// [id:", 7) != 0 ||
		    line[len - 1] != ']')
			return (size_t)-1;
		if ((line = next_line(&p, end, &len)) == NULL || len < 11 ||
		    strncmp(line, "::", 2) != 0)
			return (size_t)-1;
		const char *close = unescaped(line + 2, len - 2, ':');
		if (close == NULL || close + 1 >= line + len || close[1] != ':' ||
		    !field_ok(line + 2, (size_t)(close - line - 2)))
			return (size_t)-1;
		const char *text = close + 2;
		size_t rest = (size_t)(line + len - text);
		if (rest < 8 || strncmp(text, "[html]", 6) != 0 ||
		    line[len - 2] != ' ' || line[len - 1] != '{' ||
		    !field_ok(text + 6, rest - 8))
			return (size_t)-1;
		int right = 0;
		for (int k = 0; k < 2; k++)
			if ((line = next_line(&p, end, &len)) == NULL ||
			    !answer_ok(line, len, &right))
				return (size_t)-1;
		/* The general feedback: "\t####" and the reasoning. */
		if ((line = next_line(&p, end, &len)) == NULL || len < 5 ||
		    strncmp(line, "\t####", 5) != 0 ||
		    !field_ok(line + 5, len - 5))
			return (size_t)-1;
		if (right != 1 || (line = next_line(&p, end, &len)) == NULL ||
		    len != 1 || line[0] != '}' ||
		    (line = next_line(&p, end, &len)) == NULL || len != 0)
			return (size_t)-1;
		n++;
	}
	return n;
}

/* The number of <question type="multichoice"> in the XML, or (size_t)-1
 * when it does not parse. */
static size_t
xml_questions(const struct buf *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml->data, (int)xml->len, "q.xml",
	    NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL)
		return (size_t)-1;
	size_t n = 0;
	xmlNodePtr quiz = xmlDocGetRootElement(doc);
	for (xmlNodePtr q = quiz ? quiz->children : NULL; q; q = q->next) {
		if (q->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *type = xmlGetProp(q, BAD_CAST "type");
		n += type != NULL && strcmp((char *)type, "multichoice") == 0;
		xmlFree(type);
	}
	xmlFreeDoc(doc);
	return n;
}

/* Both exports of pk (NULL: every question) must read back whole. */
static void
export_both(const struct pack *p, const struct item *pk)
{
	struct buf xml = BUF_INIT, gift = BUF_INIT;
	struct diag d;
	diag_init(&d, stderr);
	struct catalogue *en = catalogue_load("en", NULL, NULL, &d);
	size_t nx = export_questions(p, pk, EXPORT_MOODLE_XML, en, &xml);
	size_t ng = export_questions(p, pk, EXPORT_GIFT, en, &gift);
	catalogue_free(en);
	if (nx != ng || xml_questions(&xml) != nx ||
	    gift_questions(&gift) != ng)
		abort();
	buf_free(&xml);
	buf_free(&gift);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	struct diag d;
	diag_init(&d, devnull);
	struct pack *p = pack_new();
	struct item *it = load_item("content/fuzz.md", (const char *)data, size,
	    &d);
	if (it != NULL && it->kind != ITEM_PACK) {
		char *text = xasprintf("---\nkind: pack\ntitle: \"P {=~#:}\"\n"
		    "include: [%s]\n---\nA pack.\n", it->id);
		pack_add(p, it);
		struct item *pk = load_item("content/p.md", text, strlen(text),
		    &d);
		free(text);
		if (pk != NULL)
			pack_add(p, pk);
		check_pack(p, &d);
		if (d.errors == 0) {
			export_both(p, NULL);
			if (pk != NULL)
				export_both(p, pk);
		}
	} else {
		pack_item_free(it);
	}
	pack_free(p);
	return 0;
}
