/*
 * scorm.h: a SCORM package of the site: imsmanifest.xml written with
 * libxml2, validated against the official schemas (generator/xsd/, built
 * into the program and shipped in the zip too) and against the rules the
 * schemas miss, then zipped (zipfile.h) from the pages' files into a
 * temporary file renamed into place only when complete. One SCO per pack quiz and
 * per branching scenario, found from the model through the site map. A
 * write stage.
 */
#ifndef SHAREPACK_SCORM_H
#define SHAREPACK_SCORM_H

#include <stddef.h>

#include <libxml/tree.h>

#include "catalogue.h"
#include "diag.h"
#include "pack.h"
#include "theme.h"

enum scorm_version { SCORM_12, SCORM_2004 };

/* What a package holds: the graded SCOs (one quiz a pack) and, with
 * with_scenarios, the branching scenarios, which report completion only
 * so that no grading method can let them hide a failed quiz. */
struct scorm_counts {
	size_t graded;
	size_t completion_only;
};

/*
 * Writes the package for training pack pk (NULL: every pack) to file, in
 * the language of cat (borrowed): the manifest's titles are the
 * translations' into cat->lang where there are some, its fixed words the
 * catalogue's, and a language other than the project's default is the
 * manifest's xml:lang. The zip holds every file in the folder dir (names
 * starting with '.' are left out), the theme's assets, the schemas and
 * the manifest; dir must hold the pages rendered for a package (scenarios
 * marked ungraded) in that language, at their paths in the site, and
 * nothing else. The pages are read from there a few at a time (one per
 * processor, as they are zipped), never all held at once. Refuses,
 * naming the page and the script, a SCO page that would not run the LMS
 * bridge (lms.js), player.js or its player (quiz.js, scenario.js), as a
 * theme's layout can make happen, and a pack
 * whose quiz's progress could outgrow the LMS's suspend data (see
 * scorm_suspend_worst), naming the pack's file. Sets *counts. Returns 0,
 * or -1 after reporting through d; file is then untouched.
 */
int scorm_package(const struct pack *p, const struct item *pk,
    const char *dir, const struct theme *t, const struct catalogue *cat,
    enum scorm_version v, int with_scenarios, const char *file,
    struct scorm_counts *counts, struct diag *d);

/*
 * The longest suspend data the quiz (quiz.js) can save for a pack of
 * questions questions, in characters, and the most an LMS of version v
 * keeps (SCORM 1.2: 4096; 2004: 64000). scorm_package refuses a pack
 * whose worst case is over the limit.
 */
size_t scorm_suspend_worst(size_t questions);
size_t scorm_suspend_limit(enum scorm_version v);

/*
 * Checks a manifest: the schema (all.xsd of the version) and the rules it
 * misses: the exact schemaversion, a title on every organization and item,
 * every identifierref resolving, every href a URI reference (the manifest
 * writes each path %XX-escaped) whose unescaped path is "imsmanifest.xml"
 * or in files (count names), with no scheme, query, fragment, leading '/'
 * or "..", a minNormalizedMeasure in 0..1. Reports each
 * problem through d, naming the manifest as name. Returns 0 when valid.
 */
int scorm_check_manifest(xmlDocPtr doc, enum scorm_version v,
    const char *const *files, size_t count, const char *name,
    struct diag *d);

#endif
