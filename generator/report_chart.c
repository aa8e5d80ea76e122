/* report_chart.c: the trainer's report's bar charts as SVG DOM. */
#include "report_chart.h"

#include <stdio.h>
#include <stdlib.h>

#include "render.h"
#include "xalloc.h"

/* The drawing's units: a label column, then the bars, then room for the
 * number at a bar's end; the viewBox scales it to the page's width. */
#define CHART_LABEL 120
#define CHART_BARS 300
#define CHART_VALUE 110
#define CHART_ROW 24
#define CHART_BAR 16

static void
attr_num(xmlNodePtr n, const char *name, double v)
{
	char s[32];
	snprintf(s, sizeof s, "%.1f", v);
	render_attr(n, name, s);
}

static xmlNodePtr
chart_text(xmlNodePtr svg, double x, double y, const char *anchor,
    const char *text)
{
	xmlNodePtr t = render_el(svg, "text", text);
	attr_num(t, "x", x);
	attr_num(t, "y", y);
	render_attr(t, "text-anchor", anchor);
	render_attr(t, "font-size", "13");
	render_attr(t, "fill", "#1a1a1a");
	return t;
}

xmlNodePtr
report_chart_bars(xmlNodePtr parent, const char *id, const char *title,
    const char *desc, const struct report_bar *bars, size_t n)
{
	double max = 0;
	for (size_t i = 0; i < n; i++)
		if (bars[i].value > max)
			max = bars[i].value;
	double height = (double)(n > 0 ? n : 1) * CHART_ROW + 8;
	char *box = xasprintf("0 0 %d %.0f",
	    CHART_LABEL + CHART_BARS + CHART_VALUE, height);
	char *tid = xasprintf("%s-title", id), *did = xasprintf("%s-desc", id);
	char *both = xasprintf("%s %s", tid, did);
	xmlNodePtr svg = render_el_class(parent, "svg", "sp-chart", NULL);
	render_attr(svg, "viewBox", box);
	render_attr(svg, "role", "img");
	render_attr(svg, "aria-labelledby", both);
	render_attr(render_el(svg, "title", title), "id", tid);
	render_attr(render_el(svg, "desc", desc), "id", did);
	for (size_t i = 0; i < n; i++) {
		double y = (double)i * CHART_ROW + 4;
		double w = max > 0 ? bars[i].value / max * CHART_BARS : 0;
		chart_text(svg, CHART_LABEL - 6, y + CHART_BAR - 3, "end",
		    bars[i].label);
		xmlNodePtr r = render_el(svg, "rect", NULL);
		attr_num(r, "x", CHART_LABEL);
		attr_num(r, "y", y);
		attr_num(r, "width", w);
		attr_num(r, "height", CHART_BAR);
		/* Dark enough to print as a solid grey; the number says the
		 * value, so the colour carries no meaning of its own. */
		render_attr(r, "fill", "#3b5b8c");
		chart_text(svg, CHART_LABEL + w + 6, y + CHART_BAR - 3, "start",
		    bars[i].shown);
	}
	free(box);
	free(tid);
	free(did);
	free(both);
	return svg;
}
