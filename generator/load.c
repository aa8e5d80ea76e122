/* load.c: files to items: encoding checks and the front matter split. */
#include "load.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "frontmatter.h"
#include "fsutil.h"
#include "markdown.h"
#include "xalloc.h"

/*
 * Checks that data is UTF-8 with no NUL byte; on failure sets *line and *col
 * (1-based, col counted in characters) of the first bad byte and returns its
 * value.
 */
static int
find_bad_byte(const unsigned char *s, size_t len, int *line, int *col)
{
	*line = 1;
	*col = 1;
	size_t i = 0;
	while (i < len) {
		unsigned cp;
		size_t n;
		if (s[i] == '\n') {
			(*line)++;
			*col = 1;
			i++;
			continue;
		}
		if (s[i] == 0)
			return 0x100;
		/* diag_char decodes UTF-8 for messages too; only whether the
		 * bytes are UTF-8 matters here, not which are controls. */
		if (diag_char((const char *)s + i, len - i, &cp, &n) < 0)
			return s[i];
		(*col)++;
		i += n;
	}
	return -1;
}

/* A line that is exactly "---", allowing trailing blanks. */
static int
is_fence(const char *line, size_t len)
{
	if (len < 3 || memcmp(line, "---", 3) != 0)
		return 0;
	for (size_t i = 3; i < len; i++)
		if (line[i] != ' ' && line[i] != '\t')
			return 0;
	return 1;
}

/* The default id: the file name without its directory and ".md". */
static char *
id_from_path(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t n = strlen(base);
	if (n > 3 && strcmp(base + n - 3, ".md") == 0)
		n -= 3;
	return xstrndup(base, n);
}

/* The text without a byte-order mark and with every CRLF made LF, so that
 * every later stage sees one kind of line ending and columns stay right. */
static void
normalise(const char *data, size_t len, struct buf *text)
{
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		len -= 3;
	}
	const char *run = data, *stop = data + len, *cr;
	while ((cr = memchr(run, '\r', (size_t)(stop - run))) != NULL) {
		int crlf = cr + 1 < stop && cr[1] == '\n';
		buf_add(text, run, (size_t)(cr - run) + (crlf ? 0 : 1));
		run = cr + 1;
	}
	buf_add(text, run, (size_t)(stop - run));
}

/* Refuses an empty file, a NUL byte and bad UTF-8. Returns 0 or -1. */
static int
check_text(const char *path, const struct buf *text, struct diag *d)
{
	struct srcpos top = { path, 1, 1 };
	size_t blank = 0;
	while (blank < text->len && strchr(" \t\n\r", text->data[blank]))
		blank++;
	if (blank == text->len) {
		diag_error(d, &top, "the file is empty; an item starts with a "
		    "line '---', then keys such as 'kind: guidance' and "
		    "'title: ...', then a line '---' and the text");
		return -1;
	}
	int line, col;
	int bad = find_bad_byte((const unsigned char *)text->data, text->len,
	    &line, &col);
	if (bad < 0)
		return 0;
	struct srcpos at = { path, line, col };
	if (bad == 0x100)
		diag_error(d, &at, "the file contains a NUL byte; it is probably "
		    "not a text file: save it as plain UTF-8 text");
	else
		diag_error(d, &at, "invalid UTF-8 (byte 0x%02X); save the file "
		    "with UTF-8 encoding", (unsigned)bad);
	return -1;
}

/* Where the front matter and the body are in a text. */
struct parts {
	const char *fm;		/* the front matter, after the first '---' */
	size_t fm_len;
	const char *body;	/* after the closing '---' */
	size_t body_len;
	int body_line;
};

/* Finds the two '---' lines. Returns 0, or -1 after reporting. */
static int
split(const char *path, const struct buf *text, struct parts *out,
    struct diag *d)
{
	struct srcpos top = { path, 1, 1 };
	const char *s = text->data, *end = s + text->len;
	const char *eol = memchr(s, '\n', text->len);
	if (!is_fence(s, eol ? (size_t)(eol - s) : text->len)) {
		diag_error(d, &top, "the file does not start with front "
		    "matter; add a line '---' at the very top, then the keys "
		    "(kind, title, ...), then a line '---'");
		return -1;
	}
	const char *fm = eol ? eol + 1 : end;
	int close_line = 2;
	for (const char *p = fm; p < end; close_line++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (is_fence(p, nl ? (size_t)(nl - p) : (size_t)(end - p))) {
			out->fm = fm;
			out->fm_len = (size_t)(p - fm);
			out->body = nl ? nl + 1 : end;
			out->body_len = (size_t)(end - out->body);
			out->body_line = close_line + 1;
			return 0;
		}
		p = nl ? nl + 1 : end;
	}
	diag_error(d, &top, "the front matter opened here is never closed; "
	    "add a line '---' after the last key");
	return -1;
}

struct item *
load_item(const char *path, const char *data, size_t len, struct diag *d)
{
	struct buf text = BUF_INIT;
	struct item *it = NULL;
	struct parts parts;
	int ok = 0;

	normalise(data, len, &text);
	if (check_text(path, &text, d) != 0 ||
	    split(path, &text, &parts, d) != 0)
		goto out;
	it = pack_item_new(path);
	it->id = id_from_path(path);
	if (fm_parse(parts.fm, parts.fm_len, 2, it, d) != 0)
		goto out;
	if (!pack_valid_id(it->id)) {
		diag_error(d, &it->at[KEY_ID], "'%s' is not a valid id: use only "
		    "lower-case letters a-z, digits and '-'; rename the file or "
		    "set 'id:'", it->id);
		goto out;
	}
	it->body_line = parts.body_line;
	it->doc = md_parse(parts.body, parts.body_len);
	ok = 1;
out:
	buf_free(&text);
	if (!ok) {
		pack_item_free(it);
		it = NULL;
	}
	return it;
}

struct load_ctx {
	struct pack *p;
	struct diag *d;
};

/* fs_read_each's call for each file: its item, if it is one, joins p. */
static void
add_item(const char *shown, const char *data, size_t len, void *ctx)
{
	struct load_ctx *lc = ctx;
	struct item *it = load_item(shown, data, len, lc->d);
	if (it != NULL)
		pack_add(lc->p, it);
}

int
load_content(const char *content_dir, const char *display_dir,
    struct pack *p, struct diag *d)
{
	struct fs_list files;
	if (fs_list_tree(content_dir, ".md", "README", LOAD_MAX_FILES,
	    LOAD_MAX_DEPTH, &files) != 0) {
		if (errno == E2BIG)
			diag_syserr(d, "%s: more than %d files or %d levels of "
			    "folders; split the project", display_dir,
			    LOAD_MAX_FILES, LOAD_MAX_DEPTH);
		else
			diag_syserr(d, "%s: cannot read the content folder: %s",
			    display_dir, strerror(errno));
		return -1;
	}
	char *too_big = xasprintf("the file is larger than the %d KiB limit; "
	    "split it into smaller items", LOAD_MAX_FILE_BYTES / 1024);
	struct load_ctx lc = { p, d };
	fs_read_each(content_dir, display_dir, &files, LOAD_MAX_FILE_BYTES,
	    too_big, add_item, &lc, d);
	free(too_big);
	fs_list_free(&files);
	return 0;
}
