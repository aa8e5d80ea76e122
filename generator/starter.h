/*
 * starter.h: the project 'sharepack new' makes: a small, working,
 * cited project (content/ and scenarios/) that passes 'sharepack check
 * --strict' as it is, for a trainer to start from. Its files are built
 * into the program (embed.h, from starter/ in the repository). A write
 * stage, called from main.c only.
 */
#ifndef SHAREPACK_STARTER_H
#define SHAREPACK_STARTER_H

#include "diag.h"

/* Whether dir can take a new project: 0 when it does not exist or is an
 * empty folder; -1 with errno set otherwise (ENOTEMPTY: a folder with
 * something in it; ENOTDIR: not a folder; or why it could not be read). */
int starter_usable(const char *dir);

/*
 * Writes the starter project into dir, which starter_usable accepted,
 * making dir and its parents as needed. Returns 0, or -1 after reporting
 * through d; what it had written is then removed again, and dir is left
 * as it was found (missing or empty).
 */
int starter_write(const char *dir, struct diag *d);

#endif
