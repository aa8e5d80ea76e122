/*
 * site.h: the last stage of a build. Writes the rendered pages and the
 * theme's assets into a new folder beside the output folder and swaps it into
 * place only when everything was written, so a failed build leaves the
 * previous site exactly as it was.
 */
#ifndef SHAREPACK_SITE_H
#define SHAREPACK_SITE_H

#include "diag.h"
#include "render.h"
#include "theme.h"

/* The file that marks a folder as sharepack's output, so that a build never
 * replaces a folder it did not make. */
#define SITE_MARKER ".sharepack-site"

/*
 * Writes pages and t's assets as the folder outdir. Refuses (reporting
 * through d) when outdir exists, is not empty and was not made by sharepack.
 * Returns 0 on success, -1 after reporting; outdir is then untouched.
 */
int site_write(const char *outdir, const struct render_out *pages,
    const struct theme *t, struct diag *d);

#endif
