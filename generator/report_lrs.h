#ifndef SHAREPACK_REPORT_LRS_H
#define SHAREPACK_REPORT_LRS_H
/* Reading a Learning Record Store over the xAPI API (libcurl) into the
 * results database: GET {endpoint}statements, one query per pack and
 * scenario of the project (activity=urn:sharepack:pack:ID, related
 * activities included), following "more" page by page, each page streamed
 * into report_xapi as it arrives. Each activity's read is one source:
 * all of it is stored, or nothing. */
#include "diag.h"
#include "pack.h"
#include "report_store.h"

/* Reads the statements about p's packs and scenarios from the LRS whose
 * xAPI endpoint is url (http or https; a missing final '/' is added), with
 * auth (may be NULL) sent as the Authorization header as given and never
 * printed. Only statements stored after the last successful read of the
 * same endpoint and activity are asked for (the LRS's "since", kept in
 * st's state table). st, p, url, auth and d are borrowed.
 * SHAREPACK_LRS_LIMIT, when set to a positive number, asks for pages of at
 * most that many statements (the tests use it to force paging).
 * libcurl is loaded here, at the first call (lrs_curl.h).
 * Returns 0, or -1 when any activity could not be read or stored (printed
 * as "URL: error: ..."; the activities read before it stay stored) or
 * libcurl cannot be loaded (printed with how to install it). */
int report_lrs_read(struct store *st, const struct pack *p, const char *url,
    const char *auth, struct diag *d);

#endif
