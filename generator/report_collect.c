/* report_collect.c: reads the files and folders given to `sharepack
 * report`, tells each file's kind from its first bytes, and stores each as
 * its own source through the reader of its kind. */
#include "report_collect.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>

#include "buf.h"
#include "fsutil.h"
#include "report_moodle.h"
#include "report_results.h"
#include "report_xapi.h"
#include "xalloc.h"

/* A results file is a few kilobytes and a Moodle download of a thousand
 * learners a few megabytes; anything this big is neither. */
#define COLLECT_WHOLE_MAX (64u << 20)
/* How much of a file decides its kind, and the size of the pieces a
 * statements file is read in. */
#define COLLECT_PIECE (64u << 10)
/* A folder of sources: as many files and levels as anyone keeps. */
#define COLLECT_MAX_FILES 100000
#define COLLECT_MAX_DEPTH 16

static const char *const kind_names[REPORT_KINDS] = {
	[REPORT_RESULTS] = "results", [REPORT_XAPI] = "xapi",
	[REPORT_MOODLE] = "moodle",
};

/* Whether the text holds needle within its first len bytes. */
static int
holds(const char *text, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(text + i, needle, n) == 0)
			return 1;
	return 0;
}

/* The kind of a file from its first len bytes, or -1. */
static int
collect_kind(const char *s, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\r\n", s[i]) != NULL && s[i] != '\0')
		i++;
	if (i < len && s[i] == '{' && (holds(s, len, "\"sharepack-result") ||
	    (!holds(s, len, "\"verb\"") && !holds(s, len, "\"statements\"") &&
	    holds(s, len, "\"format\""))))
		return REPORT_RESULTS;
	if (i < len && (s[i] == '[' || (s[i] == '{' &&
	    (holds(s, len, "\"verb\"") || holds(s, len, "\"statements\"")))))
		return REPORT_XAPI;
	/* A Moodle download's header row: tab-separated, with Attempt. */
	size_t line = strcspn(s, "\n");
	if (memchr(s, '\t', line) != NULL && (holds(s, line, "\tAttempt\t") ||
	    holds(s, line, "\tAttempt\n")))
		return REPORT_MOODLE;
	return -1;
}

/* Reads the first piece of path into b. 0, or -1 (printed). */
static int
collect_head(const char *path, struct buf *b, FILE **fp, struct diag *d)
{
	*fp = fopen(path, "rb");
	if (*fp == NULL) {
		diag_syserr(d, "%s: cannot read: %s", path, strerror(errno));
		return -1;
	}
	b->data = xmalloc(COLLECT_PIECE + 1);
	b->cap = COLLECT_PIECE + 1;
	b->len = fread(b->data, 1, COLLECT_PIECE, *fp);
	b->data[b->len] = '\0';
	if (ferror(*fp)) {
		diag_syserr(d, "%s: cannot read: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* A results file or a Moodle download, read whole (both are small). */
static int
collect_whole(struct store *st, const struct pack *p, int kind,
    const char *path, struct report_tally *t, struct diag *d)
{
	struct buf all = BUF_INIT;
	struct report_results_counts n = { 0, 0, 0 };
	struct report_moodle_counts mn = { 0, 0, 0 };
	int rc = -1;
	if (fs_read_file(path, COLLECT_WHOLE_MAX, &all) != 0) {
		if (errno == EFBIG) {
			struct srcpos at = { path, 0, 0 };
			diag_error(d, &at, "over %u MB, too big for a %s",
			    COLLECT_WHOLE_MAX >> 20, kind == REPORT_RESULTS ?
			    "results file" : "Moodle report download");
		} else {
			diag_syserr(d, "%s: cannot read: %s", path,
			    strerror(errno));
		}
		goto out;
	}
	const unsigned char *data = (const unsigned char *)(all.data ?
	    all.data : "");
	if (kind == REPORT_RESULTS) {
		rc = report_results_read(st, path, data, all.len, &n, d);
	} else {
		rc = report_moodle_read(st, p, path, data, all.len, &mn, d);
		n = (struct report_results_counts){ mn.added, mn.known,
		    mn.answers };
	}
	if (rc == 0) {
		t->added[kind] += n.added;
		t->known[kind] += n.known;
		t->answers[kind] += n.answers;
	}
out:
	buf_free(&all);
	return rc;
}

/* A statements file, fed to the reader in pieces (the first already
 * read into head) so that memory stays flat however big it is. */
static int
collect_xapi(struct store *st, const char *path, struct buf *head, FILE *fp,
    struct report_tally *t, struct diag *d)
{
	struct report_xapi *r = report_xapi_new(st, path, d);
	char *more = NULL, *latest = NULL;
	int rc = report_xapi_feed(r, (const unsigned char *)head->data,
	    head->len);
	while (rc == 0 && !feof(fp)) {
		head->len = fread(head->data, 1, COLLECT_PIECE, fp);
		if (ferror(fp)) {
			diag_syserr(d, "%s: cannot read: %s", path,
			    strerror(errno));
			rc = -1;
		} else if (head->len > 0) {
			rc = report_xapi_feed(r, (const unsigned char *)
			    head->data, head->len);
		}
	}
	if (rc == 0)
		rc = report_xapi_end(r, &more, &latest);
	if (rc == 0) {
		size_t added, known;
		report_xapi_counts(r, &added, &known);
		t->added[REPORT_XAPI] += added;
		t->known[REPORT_XAPI] += known;
		t->skipped[REPORT_XAPI] += report_xapi_skipped(r);
	}
	free(more);
	free(latest);
	report_xapi_free(r);
	return rc;
}

/* One file: its kind, then its reader inside its own transaction. */
static int
collect_file(struct store *st, const struct pack *p, const char *path,
    struct report_tally *t, struct diag *d)
{
	struct buf head = BUF_INIT;
	FILE *fp = NULL;
	int rc = -1, kind = -1;
	if (collect_head(path, &head, &fp, d) != 0)
		goto out;
	kind = collect_kind(head.data, head.len);
	if (kind < 0) {
		struct srcpos at = { path, 1, 1 };
		diag_error(d, &at, "not a source sharepack reads: a results "
		    "file (JSON with \"format\": \"sharepack-result/2\"), xAPI "
		    "statements (JSON) or a Moodle SCORM report download "
		    "(tab-separated text)");
		goto out;
	}
	if (store_source_begin(st, kind_names[kind], path) != 0)
		goto out;
	int before = sqlite3_total_changes(store_db(st));
	rc = kind == REPORT_XAPI ? collect_xapi(st, path, &head, fp, t, d) :
	    collect_whole(st, p, kind, path, t, d);
	/* A file that adds nothing (fed before) is not recorded either, so
	 * that feeding the same files again leaves the database as it was. */
	int changed = sqlite3_total_changes(store_db(st)) != before;
	if (store_source_end(st, rc == 0 && changed) != 0)
		rc = -1;
out:
	if (kind >= 0)
		(rc == 0 ? t->files : t->failed)[kind]++;
	if (fp != NULL)
		fclose(fp);
	buf_free(&head);
	return rc;
}

/* Whether a file in a folder is one to read, by its name. */
static int
collect_wanted(const char *name)
{
	static const char *const ext[] = { ".json", ".csv", ".tsv", ".txt" };
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		size_t e = strlen(ext[i]);
		if (n > e && strcmp(name + n - e, ext[i]) == 0)
			return 1;
	}
	return 0;
}

static int
collect_folder(struct store *st, const struct pack *p, const char *dir,
    struct report_tally *t, struct diag *d)
{
	struct fs_list list = { NULL, 0, NULL, 0 };
	int rc = 0;
	if (fs_list_tree(dir, "", NULL, COLLECT_MAX_FILES, COLLECT_MAX_DEPTH,
	    &list) != 0) {
		diag_syserr(d, "%s: cannot read the folder: %s", dir,
		    strerror(errno));
		return -1;
	}
	fs_list_report(&list, dir, d);
	for (size_t i = 0; i < list.count; i++) {
		if (!collect_wanted(list.paths[i]))
			continue;
		/* "dir/" as typed gives "dir/file", not "dir//file". */
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			n--;
		char *path = xasprintf("%.*s/%s", (int)n, dir, list.paths[i]);
		if (collect_file(st, p, path, t, d) != 0)
			rc = -1;
		free(path);
	}
	fs_list_free(&list);
	return rc;
}

int
report_collect_tally(struct store *st, const struct pack *p,
    const char *path, struct report_tally *t, struct diag *d)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		diag_syserr(d, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(sb.st_mode))
		return collect_folder(st, p, path, t, d);
	return collect_file(st, p, path, t, d);
}

int
report_collect(struct store *st, const struct pack *p, const char *path,
    struct diag *d)
{
	struct report_tally t;
	memset(&t, 0, sizeof t);
	int rc = report_collect_tally(st, p, path, &t, d);
	report_collect_summary(&t, stdout);
	return rc;
}

static const char *
plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void
report_collect_summary(const struct report_tally *t, FILE *out)
{
	static const char *const what[REPORT_KINDS][2] = {
		[REPORT_RESULTS] = { "results file", "results files" },
		[REPORT_XAPI] = { "xAPI file", "xAPI files" },
		[REPORT_MOODLE] = { "Moodle download", "Moodle downloads" },
	};
	for (int k = 0; k < REPORT_KINDS; k++) {
		size_t files = t->files[k] + t->failed[k];
		if (files == 0)
			continue;
		const char *unit = k == REPORT_XAPI ? "statement" : "attempt";
		struct buf line = BUF_INIT;
		buf_printf(&line, "%zu %s: %zu %s%s added, %zu already stored",
		    files, plural(files, what[k][0], what[k][1]),
		    t->added[k], unit, t->added[k] == 1 ? "" : "s",
		    t->known[k]);
		if (k == REPORT_XAPI && t->skipped[k] > 0)
			buf_printf(&line, ", %zu not about this project's "
			    "content skipped", t->skipped[k]);
		if (t->answers[k] > 0)
			buf_printf(&line, "; %zu answer%s added", t->answers[k],
			    t->answers[k] == 1 ? "" : "s");
		if (t->failed[k] > 0)
			buf_printf(&line, "; %zu not stored (errors above)",
			    t->failed[k]);
		diag_say(out, "%s", line.data);
		buf_free(&line);
	}
}
