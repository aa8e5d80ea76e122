/* report_table.c: one table of the trainer's report as HTML, CSV and
 * JSON, in the words of its catalogue. */
#include "report_table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_stats.h"
#include "xalloc.h"

struct report_table *
report_table_new(const char *id, const char *title, const char *const *cols,
    size_t ncols, const struct catalogue *cat)
{
	struct report_table *t = xcalloc(1, sizeof *t);
	t->cat = cat;
	t->id = xstrdup(id);
	t->title = xstrdup(title);
	t->cols = ncols;
	t->keys = xcalloc(ncols, sizeof *t->keys);
	t->heads = xcalloc(ncols, sizeof *t->heads);
	for (size_t i = 0; i < ncols; i++) {
		const char *bar = strchr(cols[i], '|');
		t->keys[i] = xstrndup(cols[i], (size_t)(bar - cols[i]));
		t->heads[i] = catalogue_format(cat, bar + 1, NULL);
	}
	return t;
}

void
report_table_free(struct report_table *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->cols; i++) {
		free(t->keys[i]);
		free(t->heads[i]);
	}
	for (size_t i = 0; i < t->count; i++) {
		free(t->cells[i].text);
		free(t->cells[i].href);
	}
	free(t->keys);
	free(t->heads);
	free(t->cells);
	free(t->id);
	free(t->title);
	free(t);
}

size_t
report_table_rows(const struct report_table *t)
{
	return t->count / t->cols;
}

static struct report_cell *
cell_add(struct report_table *t, enum report_cell_kind kind,
    const char *text)
{
	if (t->count == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 32;
		t->cells = xrealloc(t->cells, t->cap * sizeof *t->cells);
	}
	struct report_cell *c = &t->cells[t->count++];
	c->kind = kind;
	c->text = xstrdup(text);
	c->href = NULL;
	c->num = 0;
	return c;
}

void
report_table_text(struct report_table *t, const char *text)
{
	cell_add(t, REPORT_CELL_TEXT, text != NULL ? text : "");
}

void
report_table_link(struct report_table *t, const char *text, const char *href)
{
	cell_add(t, REPORT_CELL_TEXT, text)->href = xstrdup(href);
}

void
report_table_int(struct report_table *t, long long n)
{
	char s[32];
	snprintf(s, sizeof s, "%lld", n);
	cell_add(t, REPORT_CELL_INT, s)->num = (double)n;
}

void
report_table_count(struct report_table *t, size_t n)
{
	if (n > 0 && report_stats_small(n)) {
		char *fewer = catalogue_format(t->cat, "report.fewer_than_5",
		    NULL);
		cell_add(t, REPORT_CELL_TEXT, fewer);
		free(fewer);
	} else
		report_table_int(t, (long long)n);
}

void
report_table_null(struct report_table *t)
{
	cell_add(t, REPORT_CELL_NULL, "-");
}

void
report_table_real(struct report_table *t, double v, const char *fmt,
    double scale)
{
	char s[64];
	if (isnan(v)) {
		report_table_null(t);
		return;
	}
	snprintf(s, sizeof s, fmt, v * scale);
	/* "-0" would read as a sign that is not there. */
	if (strcmp(s, "-0") == 0 || strncmp(s, "-0%", 3) == 0)
		memmove(s, s + 1, strlen(s));
	cell_add(t, REPORT_CELL_REAL, s)->num = v;
}

void
report_table_html(const struct render_page *pg, xmlNodePtr parent,
    const struct report_table *t, const char *csv_href)
{
	char *cap = xasprintf("%s-caption", t->id);
	xmlNodePtr wrap = render_el_class(parent, "div", "sp-report-table",
	    NULL);
	render_attr(wrap, "role", "region");
	render_attr(wrap, "aria-labelledby", cap);
	render_attr(wrap, "tabindex", "0");
	xmlNodePtr table = render_el(wrap, "table", NULL);
	render_attr(render_el(table, "caption", t->title), "id", cap);
	xmlNodePtr tr = render_el(render_el(table, "thead", NULL), "tr", NULL);
	for (size_t i = 0; i < t->cols; i++)
		render_attr(render_el(tr, "th", t->heads[i]), "scope", "col");
	xmlNodePtr body = render_el(table, "tbody", NULL);
	for (size_t i = 0; i + t->cols <= t->count; i += t->cols) {
		tr = render_el(body, "tr", NULL);
		for (size_t j = 0; j < t->cols; j++) {
			const struct report_cell *c = &t->cells[i + j];
			xmlNodePtr td = render_el(tr, j == 0 ? "th" : "td",
			    NULL);
			if (j == 0)
				render_attr(td, "scope", "row");
			if (c->kind == REPORT_CELL_INT ||
			    c->kind == REPORT_CELL_REAL)
				render_attr(td, "class", "sp-num");
			if (c->href != NULL)
				render_link(pg, td, c->href, c->text);
			else
				render_text(td, c->text);
		}
	}
	xmlNodePtr p = render_el_class(parent, "p", "sp-report-download",
	    NULL);
	const char *args[] = { "title", t->title, NULL };
	char *label = catalogue_format(t->cat, "report.csv_link", args);
	render_link(pg, p, csv_href, label);
	free(label);
	free(cap);
}

/* One CSV field: quoted when it holds a separator, a quote, a line break
 * or spaces at an end (RFC 4180), and kept from running as a formula. */
static void
csv_field(struct buf *out, const char *s, int text)
{
	int formula = text && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
	size_t n = strlen(s);
	int quote = formula || strpbrk(s, ",\"\r\n") != NULL ||
	    (n > 0 && (s[0] == ' ' || s[n - 1] == ' '));
	if (quote)
		buf_putc(out, '"');
	if (formula)
		buf_putc(out, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_putc(out, '"');
		buf_putc(out, *s);
	}
	if (quote)
		buf_putc(out, '"');
}

void
report_table_csv(const struct report_table *t, struct buf *out)
{
	for (size_t i = 0; i < t->cols; i++) {
		if (i > 0)
			buf_putc(out, ',');
		csv_field(out, t->keys[i], 1);
	}
	buf_puts(out, "\r\n");
	for (size_t i = 0; i < t->count; i++) {
		const struct report_cell *c = &t->cells[i];
		char num[40];
		if (c->kind == REPORT_CELL_REAL) {
			/* The shortest form that reads back as the same
			 * number. */
			snprintf(num, sizeof num, "%.15g", c->num);
			if (strtod(num, NULL) != c->num)
				snprintf(num, sizeof num, "%.17g", c->num);
			csv_field(out, num, 0);
		} else if (c->kind == REPORT_CELL_INT) {
			csv_field(out, c->text, 0);
		} else if (c->kind == REPORT_CELL_TEXT) {
			csv_field(out, c->text, 1);
		}
		buf_puts(out, (i + 1) % t->cols == 0 ? "\r\n" : ",");
	}
}

static void
json_string(yajl_gen g, const char *s)
{
	yajl_gen_string(g, (const unsigned char *)s, strlen(s));
}

static void
json_cell(yajl_gen g, const struct report_cell *c)
{
	if (c->kind == REPORT_CELL_NULL)
		yajl_gen_null(g);
	else if (c->kind == REPORT_CELL_TEXT)
		json_string(g, c->text);
	else if (c->kind == REPORT_CELL_INT)
		yajl_gen_integer(g, (long long)c->num);
	else
		yajl_gen_double(g, c->num);
}

void
report_table_json(const struct report_table *t, yajl_gen g)
{
	yajl_gen_map_open(g);
	json_string(g, "id");
	json_string(g, t->id);
	json_string(g, "title");
	json_string(g, t->title);
	json_string(g, "columns");
	yajl_gen_array_open(g);
	for (size_t i = 0; i < t->cols; i++) {
		yajl_gen_map_open(g);
		json_string(g, "key");
		json_string(g, t->keys[i]);
		json_string(g, "title");
		json_string(g, t->heads[i]);
		yajl_gen_map_close(g);
	}
	yajl_gen_array_close(g);
	json_string(g, "rows");
	yajl_gen_array_open(g);
	for (size_t i = 0; i + t->cols <= t->count; i += t->cols) {
		yajl_gen_map_open(g);
		for (size_t j = 0; j < t->cols; j++) {
			json_string(g, t->keys[j]);
			json_cell(g, &t->cells[i + j]);
		}
		yajl_gen_map_close(g);
	}
	yajl_gen_array_close(g);
	yajl_gen_map_close(g);
}
