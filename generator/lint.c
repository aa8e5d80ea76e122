/* lint.c: the personal-data lint over the pack: every text of every item
 * scanned (lint_scan.c) where it was written, and each finding warned about
 * unless the item declares the name or a comment silences it. */
#include "lint.h"

#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "buf.h"
#include "fsutil.h"
#include "xalloc.h"

/* Content files are at most 1 MiB and scripts less; a file larger now
 * than when it was loaded is linted from the model alone. */
#define LINT_MAX_FILE_BYTES (4 * 1024 * 1024)

static const struct {
	const char *word;	/* in a silencing comment */
	const char *noun;	/* in a message */
	const char *fix;	/* how to make one up that lint accepts */
} kinds[LINT_KINDS] = {
	[LINT_NHS] = { "nhs", "an NHS number", " (one whose check digit is "
	    "wrong, or from 999 000 0000 to 999 999 9999, kept for tests)" },
	[LINT_NI] = { "ni", "a National Insurance number", " (the prefix QQ "
	    "is never issued: QQ 12 34 56 C)" },
	[LINT_UPN] = { "upn", "a unique pupil number", " (one whose check "
	    "letter is wrong)" },
	[LINT_POSTCODE] = { "postcode", "a postcode", " (or only the town)" },
	[LINT_PHONE] = { "phone", "a phone number", " (Ofcom keeps 07700 "
	    "900000 to 900999 and 01632 960000 to 960999 for drama)" },
	[LINT_EMAIL] = { "email", "an email address", " (at example.org, "
	    "kept for examples)" },
	[LINT_DOB] = { "dob", "a date of birth", " (or give the age)" },
	[LINT_NAME] = { "name", "a full name", "" },
};

const char *
lint_kind_word(enum lint_kind kind)
{
	return kinds[kind].word;
}

const char *
lint_kind_noun(enum lint_kind kind)
{
	return kinds[kind].noun;
}

static int
is_lower(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_alnum(int c)
{
	return is_lower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* ---- the walk over the pack ---- */

/* An item's file as written (as load read it, or read again here): its
 * text and where each line starts. */
struct lint_file {
	char *path;		/* NULL: nothing read here */
	unsigned generation;	/* counts the files read, for the memo */
	int ok;			/* the text is there */
	struct buf owned;	/* the text, when read here */
	const char *text;	/* the file's bytes, len of them */
	size_t len;
	size_t *lines;		/* lines[n]: where line n + 1 starts */
	size_t line_count;
};

/* Where a finding is reported and which comment silences it. */
enum lint_place { PLACE_FRONT_MATTER, PLACE_MARKDOWN, PLACE_SCRIPT,
    PLACE_MODEL };

/* What a comment on one line of a file silences, once read. */
struct lint_memo {
	unsigned generation;	/* the file's; 0: nothing kept */
	int line;
	unsigned kinds;
};

struct lint_run {
	struct diag *d;
	struct lint_memo memo[2];	/* by line & 1: a line and the one
					 * before */
	struct lint_file file;
	const struct item *it;
	enum lint_place place;
	const char *text;	/* what is being scanned */
	size_t base;		/* where text starts in the file's text */
	struct srcpos at;	/* PLACE_SCRIPT, PLACE_MODEL: where the text was
				 * given */
	int people_from, people_to;	/* the lines of 'people:', which
					 * names people on purpose */
};

static void
file_free(struct lint_file *f)
{
	free(f->path);
	buf_free(&f->owned);
	free(f->lines);
	memset(f, 0, sizeof *f);
}

/* Where each line of f's text starts. */
static void
file_index(struct lint_file *f)
{
	size_t cap = 64;
	f->lines = xcalloc(cap, sizeof *f->lines);
	f->lines[f->line_count++] = 0;
	const char *s = f->text, *end = f->text + f->len, *nl;
	while (s < end && (nl = memchr(s, '\n', (size_t)(end - s))) != NULL) {
		if (f->line_count == cap) {
			cap *= 2;
			f->lines = xrealloc(f->lines, cap * sizeof *f->lines);
		}
		s = nl + 1;
		f->lines[f->line_count++] = (size_t)(s - f->text);
	}
}

/* Reads path into f, unless f holds it already. */
static void
file_read(struct lint_file *f, const char *path)
{
	if (f->path != NULL && strcmp(f->path, path) == 0)
		return;
	unsigned generation = f->generation + 1;
	file_free(f);
	f->generation = generation;
	f->path = xstrdup(path);
	f->ok = fs_read_file(path, LINT_MAX_FILE_BYTES, &f->owned) == 0;
	if (!f->ok)
		return;
	f->text = f->owned.data;
	f->len = f->owned.len;
	file_index(f);
}

/* The 1-based line of offset off in f. */
static int
file_line(const struct lint_file *f, size_t off)
{
	size_t lo = 0, hi = f->line_count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (f->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo + 1;
}

/* Line n (1-based) of f: sets *len; NULL when there is no such line. */
static const char *
file_line_text(const struct lint_file *f, int n, size_t *len)
{
	if (!f->ok || n < 1 || (size_t)n > f->line_count)
		return NULL;
	size_t from = f->lines[n - 1];
	size_t to = (size_t)n < f->line_count ? f->lines[n] : f->len;
	*len = to - from;
	return f->text + from;
}

/* The kinds a comment on the line (len bytes) silences, a bit each: the
 * words after "sharepack: allow", alone or in a list ("allow postcode,
 * phone"), in a comment ('#', '--' or '<!--' before them). */
static unsigned
line_allows(const char *line, size_t len)
{
	static const char said[] = "sharepack: allow";
	const size_t n = sizeof said - 1;
	unsigned kinds_said = 0;
	int opened = 0;
	for (size_t i = 0; i + n <= len; i++) {
		opened |= line[i] == '#' || (line[i] == '-' && line[i + 1] == '-');
		if (!opened || memcmp(line + i, said, n) != 0)
			continue;
		size_t j = i + n;
		for (;;) {
			while (j < len && (line[j] == ' ' || line[j] == ','))
				j++;
			size_t w = j;
			while (j < len && is_lower((unsigned char)line[j]))
				j++;
			if (j == w)
				break;
			for (int k = 0; k < LINT_KINDS; k++)
				if (j - w == strlen(kinds[k].word) &&
				    memcmp(line + w, kinds[k].word, j - w) == 0)
					kinds_said |= 1u << k;
		}
		i = j > i ? j - 1 : i;
	}
	return kinds_said;
}

/* The found text partly hidden, since messages end up in logs: the first
 * few letters or digits of a number (or a postcode's outward code) and a
 * name's given name and initials; '*' for the rest, a space for a gap. */
static char *
masked(const char *s, size_t n, enum lint_kind kind)
{
	size_t total = 0;
	for (size_t k = 0; k < n; k++)
		total += is_alnum((unsigned char)s[k]);
	size_t shown = kind == LINT_NHS ? 3 : kind == LINT_NI ? 2 :
	    kind == LINT_UPN ? 4 : kind == LINT_PHONE ? 5 :
	    kind == LINT_EMAIL ? 1 : kind == LINT_POSTCODE ? total - 3 : 0;
	struct buf b = BUF_INIT;
	size_t seen = 0;
	int gap = 0, word = 0, first = 1;
	for (size_t k = 0; k < n && b.len < 80; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    (kind == LINT_NAME && (c == '*' || c == '_'))) {
			if (!gap)
				buf_putc(&b, ' ');
			gap = 1;
			continue;
		}
		if (gap)
			word++, first = 1;
		gap = 0;
		if (kind == LINT_NAME) {
			if (word == 0 || first)
				buf_putc(&b, (char)c);
			else if (c < 0x80 || c >= 0xC0)
				buf_putc(&b, '*');
			first = first && c >= 0xC0;
		} else if (is_alnum(c) || c >= 0x80) {
			if (c < 0x80 || c >= 0xC0)
				buf_putc(&b, seen < shown ? (char)c : '*');
			seen += c < 0x80 || c >= 0xC0;
		} else {
			buf_putc(&b, (char)c);
		}
	}
	return buf_detach(&b);
}

/* The words of s (n bytes), split at spaces and emphasis marks, each
 * compared with the words of entry in order: whether all of them are
 * there, so that "Lacey Dunn" is declared by "Lacey Jane Dunn". */
static int
words_in(const char *s, size_t n, const char *entry)
{
	size_t i = 0;
	const char *e = entry;
	while (i < n) {
		while (i < n && strchr(" \t\r\n*_", s[i]) != NULL)
			i++;
		size_t w = i;
		while (i < n && strchr(" \t\r\n*_", s[i]) == NULL)
			i++;
		if (i == w)
			break;
		for (;;) {
			while (*e == ' ')
				e++;
			if (*e == '\0')
				return 0;
			size_t m = strcspn(e, " ");
			int same = m == i - w && memcmp(e, s + w, m) == 0;
			e += m;
			if (same)
				break;
		}
	}
	return 1;
}

static int
declared(const struct item *it, const char *s, size_t n)
{
	for (size_t k = 0; k < it->ext->people.count; k++)
		if (words_in(s, n, it->ext->people.values[k]))
			return 1;
	return 0;
}

/* The kinds a comment on line (1-based) of the file silences, from the
 * memo when the line was read for an earlier finding: a file of findings
 * on one long line reads that line once, not once a finding. */
static unsigned
kinds_allowed_at(struct lint_run *r, int line)
{
	struct lint_memo *m = &r->memo[line & 1];
	size_t len;
	const char *s;
	if (m->generation == r->file.generation && m->line == line)
		return m->kinds;
	m->generation = r->file.generation;
	m->line = line;
	m->kinds = (s = file_line_text(&r->file, line, &len)) != NULL ?
	    line_allows(s, len) : 0;
	return m->kinds;
}

/* Whether a comment silences kind at line: on the line itself, or for
 * Markdown and front matter on the line just before. */
static int
allowed(struct lint_run *r, int line, enum lint_kind kind)
{
	if (r->place == PLACE_MODEL)
		return 0;
	unsigned kinds_said = kinds_allowed_at(r, line);
	if (r->place != PLACE_SCRIPT && line > 1)
		kinds_said |= kinds_allowed_at(r, line - 1);
	return (kinds_said >> kind) & 1;
}

static void
warn(struct lint_run *r, const struct srcpos *at, const char *s, size_t n,
    enum lint_kind kind)
{
	static const char *const opener[] = { "# ", "<!-- ", "-- ", NULL };
	static const char *const closer[] = { "", " -->", "", NULL };
	char *shown = masked(s, n, kind);
	char *silence = r->place == PLACE_MODEL ? xstrdup("") :
	    xasprintf(", or if it is invented, say so with '%ssharepack: "
	    "allow %s%s' on its line", opener[r->place], kinds[kind].word,
	    closer[r->place]);
	if (kind == LINT_NAME)
		diag_warn(r->d, at, "personal data? a full name (%s) that "
		    "'people' does not list as invented; if the person is "
		    "invented, add the name to %s, or else replace it",
		    shown, r->place == PLACE_SCRIPT || (r->place ==
		    PLACE_MODEL && r->it->kind == ITEM_SCENARIO) ?
		    "the item's 'people = { ... }'" :
		    "'people: [...]' in the front matter");
	else
		diag_warn(r->d, at, "personal data? %s (%s); replace it with "
		    "an invented one%s%s", kinds[kind].noun, shown,
		    kinds[kind].fix, silence);
	free(silence);
	free(shown);
}

/* lint_scan's call: reports one finding, unless it is declared or
 * silenced. */
static void
found(void *ctx, const struct lint_hit *hit)
{
	struct lint_run *r = ctx;
	const char *s = r->text + hit->start;
	size_t n = hit->end - hit->start;
	struct srcpos at = r->at;
	if (r->place == PLACE_FRONT_MATTER || r->place == PLACE_MARKDOWN) {
		size_t off = r->base + hit->start;
		at.path = r->it->path;
		at.line = file_line(&r->file, off);
		at.col = (int)(off - r->file.lines[at.line - 1]) + 1;
		if (r->place == PLACE_FRONT_MATTER &&
		    at.line >= r->people_from && at.line <= r->people_to)
			return;
	}
	if (hit->kind == LINT_NAME && declared(r->it, s, n))
		return;
	if (allowed(r, at.line, hit->kind)) {
		r->d->silenced++;
		return;
	}
	warn(r, &at, s, n, hit->kind);
}

/* Scans one text the model holds, given at at. */
static void
scan_text(struct lint_run *r, const char *text, size_t len,
    const struct srcpos *at)
{
	if (text == NULL)
		return;
	r->text = text;
	r->base = 0;
	r->at = *at;
	lint_scan(text, len, LINT_JOIN_ANY, found, r);
}

static void
scan_string(struct lint_run *r, const char *s, const struct srcpos *at)
{
	if (s != NULL)
		scan_text(r, s, strlen(s), at);
}

/* The text of a Markdown tree, a blank line between blocks, so that
 * nothing is found across two of them. */
static void
scan_tree(struct lint_run *r, cmark_node *doc, const struct srcpos *at)
{
	if (doc == NULL)
		return;
	struct buf b = BUF_INIT;
	cmark_iter *iter = cmark_iter_new(doc);
	cmark_event_type ev;
	while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(iter);
		cmark_node_type type = cmark_node_get_type(n);
		const char *lit = cmark_node_get_literal(n);
		if (ev == CMARK_EVENT_ENTER && lit != NULL)
			buf_puts(&b, lit);
		if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK ||
		    type == CMARK_NODE_LINEBREAK))
			buf_putc(&b, '\n');
		if ((ev == CMARK_EVENT_EXIT || lit != NULL) &&
		    type >= CMARK_NODE_FIRST_BLOCK &&
		    type <= CMARK_NODE_LAST_BLOCK)
			buf_puts(&b, "\n\n");
	}
	cmark_iter_free(iter);
	scan_text(r, b.data, b.len, at);
	buf_free(&b);
}

/* Every text the model holds of it: for what a script made (and a file
 * that cannot be read again), at the positions the model kept. */
static void
lint_model(struct lint_run *r, const struct item *it)
{
	struct srcpos at = { it->path, it->body_line, 0 };
	struct srcpos title_at = pack_at(it, KEY_TITLE);
	struct srcpos source_at = pack_at(it, KEY_SOURCE);
	scan_string(r, it->title, &title_at);
	scan_string(r, it->ext->source, &source_at);
	struct body b;
	body_open(it, &b);
	scan_tree(r, b.doc, &at);
	body_close(&b);
	if (it->kind != ITEM_SCENARIO)
		return;
	for (size_t i = 0; i < it->scenario.step_count; i++) {
		const struct scen_step *st = &it->scenario.steps[i];
		scan_string(r, st->title, &st->pos);
		scan_tree(r, st->text, &st->pos);
		for (size_t c = 0; c < st->choice_count; c++) {
			scan_string(r, st->choices[c].label,
			    &st->choices[c].pos);
			scan_tree(r, st->choices[c].feedback,
			    &st->choices[c].pos);
		}
	}
}

/* A Markdown file as written: its front matter (lines 2 to the closing
 * '---'), then its body, each joined the way its format joins lines. */
static void
lint_file(struct lint_run *r, const struct item *it)
{
	const struct lint_file *f = &r->file;
	int close = it->body_line - 1;
	if (close < 2 || (size_t)close > f->line_count)
		return;
	r->people_from = r->people_to = 0;
	if (pack_given(it, KEY_PEOPLE)) {
		size_t len;
		const char *s;
		r->people_from = r->people_to = pack_at(it, KEY_PEOPLE).line;
		while (r->people_to + 1 < close &&
		    (s = file_line_text(f, r->people_to + 1, &len)) != NULL &&
		    len > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '-'))
			r->people_to++;
	}
	size_t fm = f->lines[1], body = f->lines[close - 1];
	r->place = PLACE_FRONT_MATTER;
	r->text = f->text + fm;
	r->base = fm;
	lint_scan(r->text, body - fm, LINT_JOIN_INDENTED, found, r);
	if ((size_t)close >= f->line_count)
		return;
	size_t from = f->lines[close];
	r->place = PLACE_MARKDOWN;
	r->text = f->text + from;
	r->base = from;
	lint_scan(r->text, f->len - from, LINT_JOIN_ANY, found, r);
}

/* Whether s ends with suffix. */
static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

void
lint_parsed(const struct item *it, const char *data, size_t len,
    struct diag *d)
{
	struct lint_run r;
	memset(&r, 0, sizeof r);
	r.d = d;
	r.it = it;
	/* The memo's generation 0 means nothing kept: the file is the
	 * first. */
	r.file.generation = 1;
	r.file.ok = 1;
	r.file.text = data;
	r.file.len = len;
	file_index(&r.file);
	lint_file(&r, it);
	file_free(&r.file);
}

/* One item: what its file's parse said (or the content cache kept of
 * it), said again; or, for a script's item, its file read again and
 * linted now. */
static void
lint_one(struct lint_run *r, struct item *it, struct diag *d)
{
	if (it->linted) {
		diag_note_replay(d, it->ext->lint_notes);
		return;
	}
	struct diag_kept k;
	diag_defer(&k, d);
	r->d = &k.d;
	r->it = it;
	/* Message paths are the project's: from elsewhere, the file is in
	 * the folder d names. */
	char *path = d->dir != NULL && it->path[0] != '/' ?
	    xasprintf("%s/%s", d->dir, it->path) : xstrdup(it->path);
	file_read(&r->file, path);
	free(path);
	if (r->file.ok && ends_with(it->path, ".md")) {
		lint_file(r, it);
	} else {
		r->place = r->file.ok && ends_with(it->path, ".lua") ?
		    PLACE_SCRIPT : PLACE_MODEL;
		lint_model(r, it);
	}
	/* Kept for the content cache (cache.h), which only keeps what a
	 * file alone gave; a script's item is linted again each build. */
	diag_note_free(it->ext->lint_notes);
	pack_set_note(it, ITEM_LINT_NOTES, diag_note_close(&k));
	it->linted = it->source_hash != 0;
	diag_note_replay(d, it->ext->lint_notes);
}

void
lint_pack(struct pack *p, struct diag *d)
{
	struct lint_run r;
	memset(&r, 0, sizeof r);
	for (size_t i = 0; i < p->count; i++)
		lint_one(&r, p->items[i], d);
	/* A translation is written by hand too, and can carry a real
	 * child's details its original does not. */
	for (size_t i = 0; i < p->translation_count; i++)
		lint_one(&r, p->translations[i], d);
	file_free(&r.file);
}
