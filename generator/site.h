/*
 * site.h: the last stage of a build. Writes the rendered pages and the
 * theme's assets into a new folder beside the output folder and swaps it into
 * place only when everything was written, so a failed build leaves the
 * previous site exactly as it was.
 */
#ifndef SHAREPACK_SITE_H
#define SHAREPACK_SITE_H

#include <stdint.h>

#include "diag.h"
#include "render.h"
#include "theme.h"

/* The file that marks a folder as sharepack's output, so that a build never
 * replaces a folder it did not make. */
#define SITE_MARKER ".sharepack-site"

/* Where a build keeps the site it replaced, beside the output
 * (fs_beside: "build/.site.sharepack-spare"), as the next build's staging
 * folder: its files are hard links, mostly to the site's own. */
#define SITE_SPARE ".sharepack-spare"

/*
 * Writing a site as it is made: site_begin checks outdir (as site_write
 * does) and starts a staging folder beside it; site_put writes one file
 * into it, from any thread; site_finish adds t's assets, syncs every
 * folder made and swaps the staging folder into place, or reports the
 * first failure and removes it. The caller frees the writer with
 * site_writer_free after site_finish, or instead of it to abandon the
 * build (the staging folder is then left for the next build to remove).
 */
struct site_writer;

/*
 * global is the hash of what every page depends on (record_global), or 0
 * to keep no record. With one, the last build's record is read from
 * outdir, if its hash is the same, and the staging folder is the spare
 * (SITE_SPARE) when its record is of the same hash too: site_reuse then
 * keeps its pages in place, site_put replaces its files (never writing
 * into one, which may be the site's too), and site_finish removes what
 * this build did not make or keep. Any other spare goes, and a new
 * staging folder is made. Returns NULL after reporting through d;
 * outdir is then untouched.
 */
struct site_writer *site_begin(const char *outdir, uint64_t global,
    struct diag *d);
/*
 * A scratch folder for files that are read back, not published (a
 * package's pages before they are zipped): a new folder beside the path
 * beside, as site_begin's is (and removed as a killed run's would be),
 * whose files site_put writes unsynced. site_dir names it (borrowed);
 * site_scratch_done reports the first failed write through d and returns
 * -1, or returns 0 when every file is there. site_abandon removes the
 * folder, then site_writer_free frees w. site_scratch returns NULL after
 * reporting through d.
 */
struct site_writer *site_scratch(const char *beside, struct diag *d);
const char *site_dir(const struct site_writer *w);
int site_scratch_done(struct site_writer *w, struct diag *d);
/* Writes data (borrowed) as path (relative to the site root), creating
 * its folders, each once. Returns 0, or -1 when this or an earlier write
 * failed (site_finish reports it). */
int site_put(struct site_writer *w, const char *path, const void *data,
    size_t len);
/* The .html files written or carried over so far. */
size_t site_pages(const struct site_writer *w);

/*
 * Incremental builds (record.h). site_reuse, from any thread, records
 * that the page at path is made from inputs whose hash is key, and
 * returns 1 when the spare or the last build has it made from the same:
 * the spare's is kept where it is (no call to the system at all), the
 * site's carried over (a hard link, or a copy); 0 when the caller must
 * make it. site_finish writes the record into the site. site_carried
 * says how many pages were kept or carried over.
 */
int site_reuse(struct site_writer *w, const char *path, uint64_t key);
size_t site_carried(const struct site_writer *w);
/* Returns 0 when the site is in place, -1 after reporting through d.
 * The previous site, swapped out, becomes the spare when its record is
 * of this build's hash (a rename); otherwise it is removed, and the
 * spare made from the new site by hard links, on another thread
 * meanwhile (site_done). A writer with no record keeps no spare. */
int site_finish(struct site_writer *w, const struct theme *t,
    struct diag *d);
/* After site_finish: waits until the previous site is removed and the
 * spare made. Returns
 * 0, or -1 after reporting through d that it could not be (the new site
 * is in place all the same). site_writer_free waits too, saying
 * nothing. */
int site_done(struct site_writer *w, struct diag *d);
void site_writer_free(struct site_writer *w);
/* Instead of site_finish, when the build must not be kept: removes the
 * staging folder; outdir stays as it was. */
void site_abandon(struct site_writer *w);
/* Instead of site_finish, for a writer begun before the build knew it
 * would make no site (its content has errors): the spare, which
 * site_begin renames as a staging folder to read it (and which no page
 * was put into since), goes back as it was, and the rest as
 * site_abandon. */
void site_cancel(struct site_writer *w);

/*
 * Writes pages and t's assets as the folder outdir. Refuses (reporting
 * through d) when outdir exists, is not empty and was not made by sharepack.
 * Returns 0 on success, -1 after reporting; outdir is then untouched.
 */
int site_write(const char *outdir, const struct render_out *pages,
    const struct theme *t, struct diag *d);

#endif
