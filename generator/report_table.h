/*
 * report_table.h: a table of the trainer's report, built once and written
 * three ways: as an HTML <table> in a page (DOM nodes), as CSV (RFC 4180
 * quoting) and as JSON (yajl's generator). So the page, the CSV and the
 * JSON can never disagree, and the privacy rule is applied in one place:
 * a count of learners from 1 to 4 is "fewer than 5" in all three.
 *
 * Words come from the report's catalogue: the title, the column headings
 * (the CSV header and the JSON keys are the columns' keys, which stay the
 * same in every language, since programs read them), "fewer than 5" and
 * the CSV link. Text cells are what the page shows, in its language.
 *
 * Ownership: report_table_new returns a table the caller frees with
 * report_table_free; the table copies every string it is given and
 * borrows the catalogue, which must outlive it.
 */
#ifndef SHAREPACK_REPORT_TABLE_H
#define SHAREPACK_REPORT_TABLE_H

#include <stddef.h>

#include <libxml/tree.h>
#include <yajl/yajl_gen.h>

#include "buf.h"
#include "catalogue.h"
#include "render.h"

enum report_cell_kind {
	REPORT_CELL_NULL,	/* not known or not shown: "-", JSON null */
	REPORT_CELL_TEXT,
	REPORT_CELL_INT,
	REPORT_CELL_REAL
};

struct report_cell {
	enum report_cell_kind kind;
	char *text;		/* as the page shows it */
	char *href;		/* a link from the page, relative to the
				 * report's root, or NULL */
	double num;		/* INT and REAL: the exact value */
};

struct report_table {
	const struct catalogue *cat;	/* borrowed */
	char *id;		/* unique in its page; names the CSV */
	char *title;
	size_t cols;
	char **keys;		/* CSV header and JSON names */
	char **heads;		/* the page's column headings */
	struct report_cell *cells;	/* row after row */
	size_t count, cap;
};

/* A table with ncols columns titled title; cols[i] is "key|heading",
 * heading a key of cat ("learners|report.learners"). */
struct report_table *report_table_new(const char *id, const char *title,
    const char *const *cols, size_t ncols, const struct catalogue *cat);
void report_table_free(struct report_table *t);
/* How many complete rows it has. */
size_t report_table_rows(const struct report_table *t);

/* Each adds the next cell, row by row. */
void report_table_text(struct report_table *t, const char *text);
void report_table_link(struct report_table *t, const char *text,
    const char *href);
/* A number of learners or attempts: 1 to 4 become "fewer than 5"
 * (report.fewer_than_5). */
void report_table_count(struct report_table *t, size_t n);
/* A number shown as it is (a rank, a question count). */
void report_table_int(struct report_table *t, long long n);
/* v, shown with printf format fmt (one double conversion) times scale:
 * a share 0.87 with "%.0f%%" and 100 shows "87%"; the CSV and JSON keep
 * v itself. NAN adds a null cell. */
void report_table_real(struct report_table *t, double v, const char *fmt,
    double scale);
void report_table_null(struct report_table *t);

/* Adds the table to parent, in a focusable scrolling region, with a link
 * to its CSV (csv_href, relative to the report's root) under it. */
void report_table_html(const struct render_page *pg, xmlNodePtr parent,
    const struct report_table *t, const char *csv_href);
/* Appends the table as CSV: a header of keys, then the rows. Text that a
 * spreadsheet would run as a formula (= + - @ first) gets a ' before it. */
void report_table_csv(const struct report_table *t, struct buf *out);
/* Generates {"id", "title", "columns": [{"key", "title"}], "rows":
 * [{key: value}]} into g. */
void report_table_json(const struct report_table *t, yajl_gen g);

#endif
