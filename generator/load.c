/* load.c: files to items: encoding checks and the front matter split. */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cache.h"
#include "check.h"
#include "fragstore.h"
#include "frontmatter.h"
#include "fsutil.h"
#include "markdown.h"
#include "xalloc.h"

/* The offset of the first byte of s that is NUL or not UTF-8, or len. */
static size_t
first_bad_byte(const unsigned char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	size_t i = 0;
	while (i < len) {
		/* ASCII is UTF-8 as it stands, and is most of every file:
		 * eight bytes at a time, unless one is NUL or not ASCII. */
		uint64_t x;
		if (len - i >= 8 && (memcpy(&x, s + i, 8),
		    ((x | ((x - ones) & ~x)) & highs) == 0)) {
			i += 8;
			continue;
		}
		unsigned cp;
		size_t n = 1;
		if (s[i] == 0)
			return i;
		/* diag_char decodes UTF-8 for messages too; only whether the
		 * bytes are UTF-8 matters here, not which are controls. */
		if (s[i] >= 0x80 &&
		    diag_char((const char *)s + i, len - i, &cp, &n) < 0)
			return i;
		i += n;
	}
	return len;
}

/*
 * Checks that data is UTF-8 with no NUL byte; on failure sets *line and *col
 * (1-based, col counted in characters) of the first bad byte and returns its
 * value (0x100 for NUL), else returns -1.
 */
static int
find_bad_byte(const unsigned char *s, size_t len, int *line, int *col)
{
	size_t bad = first_bad_byte(s, len);
	if (bad == len)
		return -1;
	/* Counted only now: the bytes before bad are all UTF-8. */
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < bad; (*col)++) {
		unsigned cp;
		size_t n = 1;
		if (s[i] == '\n') {
			(*line)++;
			*col = 0;
		} else if (s[i] >= 0x80) {
			diag_char((const char *)s + i, len - i, &cp, &n);
		}
		i += n;
	}
	return s[bad] == 0 ? 0x100 : s[bad];
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

/* Every later stage sees one kind of line ending, so columns stay
 * right. */
void
load_normalise(const char *data, size_t len, struct buf *text)
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

/* Refuses an empty text (len bytes at s), a NUL byte and bad UTF-8.
 * Returns 0 or -1. */
static int
check_text(const char *path, const char *s, size_t len, struct diag *d)
{
	struct srcpos top = { path, 1, 1 };
	size_t blank = 0;
	while (blank < len && strchr(" \t\n\r", s[blank]))
		blank++;
	if (blank == len) {
		diag_error(d, &top, "the file is empty; an item starts with a "
		    "line '---', then keys such as 'kind: guidance' and "
		    "'title: ...', then a line '---' and the text");
		return -1;
	}
	int line, col;
	int bad = find_bad_byte((const unsigned char *)s, len, &line, &col);
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

/* The line of text that starts at s, up to 40 characters of it (with
 * "..." when cut), for a message that says what is there. Caller frees. */
static char *
quote_line(const char *s, const char *end)
{
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s), cut = n;
	if (cut > 40) {
		cut = 40;
		/* Not in the middle of a UTF-8 character. */
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
	}
	return xasprintf("%.*s%s", (int)cut, s, cut < n ? "..." : "");
}

/* A file whose first line is not '---': says what is there instead (blank
 * lines or spaces before it, a line of text above it, or no front matter
 * at all) and how to mend it. */
static void
report_no_front_matter(const char *path, const char *s, size_t len,
    struct diag *d)
{
	struct srcpos top = { path, 1, 1 };
	const char *end = s + len, *p = s;
	int line = 1;
	while (p < end && (*p == '\n' || *p == ' ' || *p == '\t')) {
		line += *p == '\n';
		p++;
	}
	const char *start = p;
	while (start > s && start[-1] != '\n')
		start--;
	const char *eol = memchr(start, '\n', (size_t)(end - start));
	int fence = is_fence(p, eol ? (size_t)(eol - p) : (size_t)(end - p));
	if (fence && line > 1)
		diag_error(d, &top, "the file starts with %d blank line%s, so "
		    "its front matter is not read: the '---' on line %d must "
		    "be the very first line; delete the line%s above it",
		    line - 1, line == 2 ? "" : "s", line, line == 2 ? "" : "s");
	else if (fence)
		diag_error(d, &top, "the first line has spaces before '---'; "
		    "start the line with '---'");
	else {
		char *first = quote_line(start, end);
		diag_error(d, &top, "the file does not start with front matter: "
		    "its first line is '%s'; add a line '---' at the very top, "
		    "then the keys (kind, title, ...), then a line '---'",
		    first);
		free(first);
	}
}

/* Finds the two '---' lines of the text, len bytes at s. Returns 0, or
 * -1 after reporting. */
static int
split(const char *path, const char *s, size_t len, struct parts *out,
    struct diag *d)
{
	struct srcpos top = { path, 1, 1 };
	const char *end = s + len;
	const char *eol = memchr(s, '\n', len);
	if (!is_fence(s, eol ? (size_t)(eol - s) : len)) {
		report_no_front_matter(path, s, len, d);
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

/* Makes an item from a file's bytes, as load_item does, but keeps what was
 * read of an item with errors: *ok says whether it is usable. Returns
 * NULL only when the file has no front matter to read. The body's tree is
 * parsed in arena unless it is NULL (markdown.h's rules then hold). */
static struct item *
read_item(const char *path, const char *data, size_t len, struct diag *d,
    int *ok, struct md_arena *arena)
{
	struct buf text = BUF_INIT;
	struct item *it = NULL;
	struct parts parts;

	*ok = 0;
	/* Most files are as load_normalise would make them: those are read
	 * where they are, not copied. */
	const char *s = data;
	size_t n = len;
	if ((len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) ||
	    (len > 0 && memchr(data, '\r', len) != NULL)) {
		load_normalise(data, len, &text);
		s = text.data;
		n = text.len;
	}
	if (check_text(path, s, n, d) != 0 ||
	    split(path, s, n, &parts, d) != 0)
		goto out;
	it = pack_item_new(path);
	it->id = id_from_path(path);
	/* The path too: an id not given is the file's name. */
	it->source_hash = buf_hash_wide(buf_hash(BUF_HASH_SEED, path,
	    strlen(path)), data, len);
	if (fm_parse(parts.fm, parts.fm_len, 2, it, d) != 0)
		goto out;
	if (!pack_valid_id(it->id)) {
		struct srcpos at = pack_at(it, KEY_ID);
		diag_error(d, &at, "'%s' is not a valid id: use only "
		    "lower-case letters a-z, digits and '-'; rename the file or "
		    "set 'id:'", it->id);
		goto out;
	}
	it->body_line = parts.body_line;
	it->doc = arena != NULL ? md_parse_in(arena, parts.body,
	    parts.body_len) : md_parse(parts.body, parts.body_len);
	*ok = 1;
out:
	buf_free(&text);
	return it;
}

struct item *
load_item(const char *path, const char *data, size_t len, struct diag *d)
{
	int ok;
	struct item *it = read_item(path, data, len, d, &ok, NULL);
	if (!ok) {
		pack_item_free(it);
		it = NULL;
	}
	return it;
}

struct load_ctx {
	struct pack *p;
	const struct cache *cache;	/* or NULL */
	struct diag *d;
	size_t done, total;	/* files read, for the progress line */
};

/* A file read on a worker thread: its item, if it has one, and whether
 * it was without errors (2: as the content cache had it). */
struct parsed {
	struct item *it;
	int ok;
	int other_lang;		/* it is in another language than the
				 * default (tell_lang) */
};

/* Whether r's item, read without errors, is in another language than
 * lc's project's default: the settings are read before any file. */
static void
tell_lang(struct parsed *r, const struct load_ctx *lc)
{
	const char *lang = pack_default_lang(&lc->p->settings);
	r->other_lang = r->ok && strcmp(pack_item_lang(r->it, lang), lang) != 0;
}

/* The item's own checks, while its tree is here on this thread: what they
 * say waits in the item for check_pack's turn (diag.h's notes); then the
 * HTML its pages hold is made from the same tree, into the build's
 * fragment store when it has one, and the tree goes, so that no more
 * than the trees being read are held and no body is parsed twice. What
 * later stages need of it is in the model and the store. The tree is in
 * parse_item's arena, which frees it whole. */
static void
check_and_drop(struct item *it, const char *data, size_t len,
    const struct diag *like, struct pack_files *files)
{
	check_parsed(it, data, len, like);
	it->files = files;
	if (files->frags != NULL)
		fragstore_put(files->frags, it);
	it->doc = NULL;
}

/* fs_read_each_parallel's parse, on any thread: reads nothing shared but
 * p's files, which are set before. What reading the file says is kept
 * in the item too, for the content cache. */
static void *
parse_item(const char *shown, const char *data, size_t len,
    const struct fs_stamp *st, struct diag *kd, void *ctx)
{
	struct load_ctx *lc = ctx;
	struct parsed *r = xcalloc(1, sizeof *r);
	struct diag_kept k;
	/* Only this thread reads the tree, and it is gone when the
	 * item's checks are done: an arena's to drop whole. */
	struct md_arena *arena = md_arena_new();
	diag_defer(&k, kd);
	r->it = read_item(shown, data, len, &k.d, &r->ok, arena);
	struct diag_note *said = diag_note_close(&k);
	diag_note_replay(kd, said);
	if (r->ok) {
		pack_set_note(r->it, ITEM_LOAD_NOTES, said);
		pack_set_stamp(r->it, st, lc->p->files.started);
		check_and_drop(r->it, data, len, kd, &lc->p->files);
		r->it = pack_item_settle(r->it);
		tell_lang(r, lc);
	} else {
		diag_note_free(said);
	}
	md_arena_free(arena);
	return r;
}

/* fs_read_each_parallel's recall: the item the content cache has for the
 * file, with what reading it said then, said again now. */
static void *
recall_item(const struct fs_stamp *now, const char *shown, struct diag *kd,
    void *ctx, void *local)
{
	struct load_ctx *lc = ctx;
	struct item *it = cache_recall(lc->cache, local, now, shown,
	    &lc->p->files);
	if (it != NULL)
		diag_note_replay(kd, it->ext->load_notes);
	return it;
}

/* Its take, in path order: the item joins p, or p's translations when it
 * is in another language than the settings' default (wherever the file
 * is: its 'lang' says so), or p's broken items when it
 * has errors (so that a pack that includes it does not report it missing
 * as well). A recalled result is the item itself, read without errors. */
static void
take_item(void *result, int recalled, void *ctx)
{
	struct load_ctx *lc = ctx;
	struct parsed one = { result, 2, 0 };
	struct parsed *r = recalled ? &one : result;
	if (recalled)
		tell_lang(r, lc);
	lc->p->files.taken++;
	lc->p->files.recalled += recalled;
	if (r->other_lang)
		pack_add_translation(lc->p, r->it);
	else if (r->ok)
		pack_add(lc->p, r->it);
	else if (r->it != NULL)
		pack_add_broken(lc->p, r->it);
	if (!recalled)
		free(r);
	diag_progress(lc->d, ++lc->done, lc->total, "content files read");
}

int
load_content(const char *content_dir, const char *display_dir,
    struct pack *p, const struct cache *cache, struct diag *d)
{
	struct fs_list files;
	struct fs_folders *listed = &p->files.listed;
	/* Before any file or folder is looked at (cache.h). */
	p->files.started = fs_stamp_now();
	fs_folders_free(listed);
	/* No cap on the number of files: each is capped in bytes, and the
	 * build holds no more than the pages it is making. The last
	 * build's listing when no folder changed since: reading the
	 * folders again was a tenth of a rebuild. */
	p->files.listing_recalled = cache_listing(cache, content_dir, ".md",
	    "README", LOAD_MAX_DEPTH, &files, listed) == 0;
	if (!p->files.listing_recalled && fs_list_tree_stamped(content_dir,
	    ".md", "README", SIZE_MAX, LOAD_MAX_DEPTH, &files, listed) != 0) {
		fs_folders_free(listed);
		if (errno == E2BIG)
			diag_syserr(d, "%s: more than %d levels of folders; "
			    "make the tree shallower", display_dir,
			    LOAD_MAX_DEPTH);
		else
			diag_syserr(d, "%s: cannot read the content folder: %s",
			    display_dir, strerror(errno));
		return -1;
	}
	/* Kept for the next build only when what the folders' stamps do
	 * not tell cannot matter: no problems, no links, and no folder
	 * changed in the tick it was read in. */
	if (files.problem_count == 0 && fs_folders_old(listed,
	    p->files.started)) {
		listed->files = files.count;
		listed->hash = fs_list_hash(&files);
	} else {
		fs_folders_free(listed);
	}
	char *too_big = xasprintf("the file is larger than the %d KiB limit; "
	    "split it into smaller items", LOAD_MAX_FILE_BYTES / 1024);
	struct load_ctx lc = { p, cache, d, 0, files.count };
	struct fs_reader how = { cache != NULL ? recall_item : NULL,
	    parse_item, take_item, &lc, sizeof(struct cache_thread) };
	free(p->files.dir);
	p->files.dir = xstrdup(content_dir);
	p->files.shown_len = strlen(display_dir);
	/* Parsed on every processor: cmark and libyaml keep no state
	 * between documents. */
	fs_read_each_parallel(content_dir, display_dir, &files,
	    LOAD_MAX_FILE_BYTES, too_big, &how, d);
	diag_progress_done(d);
	free(too_big);
	fs_list_free(&files);
	/* What reading and parsing freed lies between what later stages
	 * allocate: given back now, it is not counted in the build's peak
	 * (1.2 MiB at 100k items). */
	malloc_trim(0);
	return 0;
}

/* Whether the file at path starts with a '---' line: an item. */
static int
starts_with_fence(const char *path)
{
	char line[8] = "";
	FILE *f = fopen(path, "r");
	if (f == NULL)
		return 0;
	int yes = fgets(line, sizeof line, f) != NULL &&
	    strncmp(line, "---", 3) == 0;
	fclose(f);
	return yes;
}

int
load_is_content_like(const char *dir)
{
	static const char *const folders[] = { "guidance", "myths",
	    "vignettes", "briefings", "packs" };
	const char *base = strrchr(dir, '/');
	if (strcmp(base ? base + 1 : dir, "content") == 0)
		return 1;
	int yes = 0;
	for (size_t i = 0; i < sizeof folders / sizeof *folders && !yes; i++) {
		char *sub = xasprintf("%s/%s", dir, folders[i]);
		yes = fs_is_dir(sub);
		free(sub);
	}
	DIR *d = yes ? NULL : opendir(dir);
	struct dirent *e;
	while (d != NULL && !yes && (e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		if (n <= 3 || strcmp(e->d_name + n - 3, ".md") != 0 ||
		    strncmp(e->d_name, "README", 6) == 0)
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		yes = starts_with_fence(path);
		free(path);
	}
	if (d != NULL)
		closedir(d);
	return yes;
}

char *
load_project_below(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *best = NULL;	/* the name of the folder found */
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || (best != NULL &&
		    strcmp(e->d_name, best) >= 0))
			continue;
		char *content = xasprintf("%s/%s/content", dir, e->d_name);
		if (fs_is_dir(content)) {
			free(best);
			best = xstrdup(e->d_name);
		}
		free(content);
	}
	if (d != NULL)
		closedir(d);
	if (best == NULL || strcmp(dir, ".") == 0)
		return best;
	char *path = xasprintf("%s/%s", dir, best);
	free(best);
	return path;
}
