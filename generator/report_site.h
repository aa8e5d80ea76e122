/*
 * report_site.h: the trainer's report as a static site: an overview page
 * (index.html), one page per pack (packs/ID.html) and per scenario
 * (scenarios/ID.html), each built as a DOM on the site's theme like every
 * other page; the CSV of every table (csv/PAGE-TABLE.csv); all the tables
 * again in one JSON file (report.json); the charts as inline SVG.
 * README, "Trainer's report", says what each number means.
 */
#ifndef SHAREPACK_REPORT_SITE_H
#define SHAREPACK_REPORT_SITE_H

#include "catalogue.h"
#include "diag.h"
#include "pack.h"
#include "report_store.h"
#include "theme.h"

/* Computes the report from st (report_stats.h) for the content in p and
 * writes it with theme t as the folder outdir, atomically (site_write: the
 * old report stays until the new one is whole), in the words of cat and
 * its language (cat->lang: the pages' lang, and the items' titles from
 * their translations into it where there are some). Learners are named
 * only when names is set. All arguments are borrowed. Returns 0, or -1
 * after reporting through d. */
int report_site_write(struct store *st, const struct pack *p,
    const struct theme *t, const struct catalogue *cat, const char *outdir,
    int names, struct diag *d);

#endif
