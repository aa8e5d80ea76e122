/*
 * report_chart.h: the trainer's report's charts, drawn as SVG DOM nodes
 * (never markup text), each with a <title> and a <desc> and every bar
 * labelled with its number, so that nothing is said by colour alone and a
 * chart still reads in black and white on paper. The data table goes
 * beside each chart (report_site.c puts it there).
 */
#ifndef SHAREPACK_REPORT_CHART_H
#define SHAREPACK_REPORT_CHART_H

#include <stddef.h>

#include <libxml/tree.h>

/* One bar: its label, its length, and the text shown at its end (a
 * suppressed count shows "fewer than 5" and no bar). Strings borrowed. */
struct report_bar {
	const char *label;
	double value;
	const char *shown;
};

/* Adds to parent a horizontal bar chart of bars[0..n) as an <svg>
 * (role img, labelled by its title and description), scaled to the
 * largest value. id must be unique in the page; it names the title and
 * description elements. Returns the <svg>, which belongs to parent's
 * document. */
xmlNodePtr report_chart_bars(xmlNodePtr parent, const char *id,
    const char *title, const char *desc, const struct report_bar *bars,
    size_t n);

#endif
