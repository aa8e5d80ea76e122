/* body.c: an item's Markdown tree, its own or read and parsed again from
 * its file once the check stage has dropped it. */
#include "body.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fsutil.h"
#include "load.h"
#include "markdown.h"
#include "xalloc.h"

/* Notes that it's file could not be used (err: errno, or 0: changed). */
static void
note_failure(const struct item *it, int err)
{
	struct pack_files *f = it->files;
	pthread_mutex_lock(&f->lock);
	f->failed = xrealloc(f->failed, (f->failed_count + 1) *
	    sizeof *f->failed);
	f->failed[f->failed_count].it = it;
	f->failed[f->failed_count++].err = err;
	pthread_mutex_unlock(&f->lock);
}

/* The body of it's file, parsed again, or NULL after noting why not. */
static cmark_node *
parse_again(const struct item *it)
{
	const struct pack_files *f = it->files;
	char *path = f->dir == NULL ? xstrdup(it->path) :
	    xasprintf("%s%s", f->dir, it->path + f->shown_len);
	struct buf raw = BUF_INIT, text = BUF_INIT;
	cmark_node *doc = NULL;
	if (fs_read_file(path, LOAD_MAX_FILE_BYTES, &raw) != 0) {
		note_failure(it, errno != 0 ? errno : EIO);
		goto out;
	}
	/* As load.c hashed it: the path too. */
	uint64_t h = buf_hash_wide(buf_hash(BUF_HASH_SEED, it->path,
	    strlen(it->path)), raw.data, raw.len);
	if (h != it->source_hash) {
		note_failure(it, 0);
		goto out;
	}
	load_normalise(raw.data, raw.len, &text);
	const char *s = text.data != NULL ? text.data : "";
	const char *end = s + text.len;
	for (int line = 1; line < it->body_line && s < end; line++) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		s = nl != NULL ? nl + 1 : end;
	}
	doc = md_parse(s, (size_t)(end - s));
out:
	buf_free(&text);
	buf_free(&raw);
	free(path);
	return doc;
}

int
body_open(const struct item *it, struct body *b)
{
	int rc = 0;
	b->owned = NULL;
	b->doc = it->doc;
	b->why = NULL;
	if (b->doc == NULL && it->files != NULL) {
		b->owned = b->doc = parse_again(it);
		rc = b->doc != NULL ? 0 : -1;
	}
	if (b->doc == NULL)
		b->owned = b->doc = md_parse("", 0);
	if (rc == 0 && it->kind == ITEM_VIGNETTE && it->vignette.why_index >= 0)
		b->why = md_nth_block(b->doc, (size_t)it->vignette.why_index);
	return rc;
}

void
body_close(struct body *b)
{
	if (b->owned != NULL)
		cmark_node_free(b->owned);
	b->owned = b->doc = b->why = NULL;
}

static int
compare_failed(const void *a, const void *b)
{
	const struct pack_failed *x = a, *y = b;
	return strcmp(x->it->path, y->it->path);
}

size_t
body_report(struct pack *p, struct diag *d)
{
	struct pack_files *f = &p->files;
	pthread_mutex_lock(&f->lock);
	size_t n = f->failed_count;
	if (n > 0)
		qsort(f->failed, n, sizeof *f->failed, compare_failed);
	for (size_t i = 0; i < n; i++) {
		const struct item *it = f->failed[i].it;
		/* A file is read again once per page, maybe more: one
		 * message each. */
		if (i > 0 && f->failed[i - 1].it == it)
			continue;
		if (f->failed[i].err == 0)
			diag_error(d, &it->pos, "the file changed while "
			    "sharepack was running, after it was checked; run "
			    "the command again once it is saved");
		else
			diag_error(d, &it->pos, "the file cannot be read "
			    "again: %s; run the command again once it can",
			    strerror(f->failed[i].err));
	}
	free(f->failed);
	f->failed = NULL;
	f->failed_count = 0;
	pthread_mutex_unlock(&f->lock);
	return n;
}
