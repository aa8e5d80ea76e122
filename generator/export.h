/*
 * export.h: a pack's questions for an LMS's own quiz engine: Moodle XML
 * (written with libxml2) and GIFT. Every myth and vignette becomes a
 * single-answer multiple-choice question whose answers carry feedback from
 * the item's reasoning. Each is in the language of a catalogue: an item's
 * translation into it where it has one (pack.h), else the item, and every
 * word the formats add (the question asked, the answers, the feedback's
 * lead, the rules cited, the category) from the catalogue. A write stage:
 * reads the checked pack only.
 */
#ifndef SHAREPACK_EXPORT_H
#define SHAREPACK_EXPORT_H

#include "buf.h"
#include "catalogue.h"
#include "pack.h"

enum export_format { EXPORT_MOODLE_XML, EXPORT_GIFT };

/*
 * Writes the questions of training pack pk (or, when pk is NULL, of every
 * myth and vignette in p, each once) into out, in the language of cat
 * (cat->lang; borrowed). Returns the number of questions.
 */
size_t export_questions(const struct pack *p, const struct item *pk,
    enum export_format format, const struct catalogue *cat,
    struct buf *out);

#endif
