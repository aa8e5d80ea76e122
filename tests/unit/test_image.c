/* Unit tests of pack_image.c: an item of every kind comes back from its
 * image as it went in, and no damaged image is taken as anything but an
 * item whose every part lies in its own block. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "harness.h"
#include "load.h"
#include "pack_image.h"
#include "util.h"
#include "xalloc.h"

/* Items of every kind an image holds, with every list and string an
 * image keeps given somewhere among them. */
static const char *const texts[] = {
	"---\nkind: guidance\ntitle: G\norder: 3\n---\nText.\n",
	"---\nkind: myth\ntitle: M\nverdict: myth\nsupports: share\n"
	"rules: [1, 6]\nprinciples: [necessary, timely]\nsource: S\n"
	"edition: \"2018\"\n---\nBody.\n\n## Why\n\nA reason.\n",
	"---\nkind: vignette\ntitle: V\nexpected: share\n"
	"audience: [health, police]\npeople: [Sam]\nlang: cy\n---\n"
	"A case about Sam.\n\n## Why\n\nThe reason.\n",
	"---\nkind: briefing\ntitle: B\nminutes: 7\n---\nBrief.\n",
	"---\nkind: pack\ntitle: P\npass_mark: 80\naudience: [schools]\n"
	"include: [m, v]\n---\nA pack.\n",
};

/* The item of text, read and checked alone and settled, as a build
 * keeps it; NULL when it does not load. */
static struct item *
settled_item(const char *text)
{
	struct captured c;
	capture_begin(&c);
	struct item *it = load_string(&c, "content/x.md", text);
	if (it != NULL) {
		check_one(it, 0, &c.d);
		if (it->doc != NULL)
			cmark_node_free(it->doc);
		it->doc = NULL;
		it = pack_item_settle(it);
	}
	capture_end(&c);
	return it;
}

/* Whether a and b say the same of every field an image keeps. */
static int
same_item(const struct item *a, const struct item *b)
{
	struct buf x = BUF_INIT, y = BUF_INIT;
	int same = pack_image_put(a, &x) == 0 && pack_image_put(b, &y) == 0 &&
	    x.len == y.len && memcmp(x.data, y.data, x.len) == 0 &&
	    strcmp(a->path, b->path) == 0;
	buf_free(&x);
	buf_free(&y);
	return same;
}

/* Reads every string and list b's item points to, so that ASan sees
 * any of them outside its block. */
static size_t
touch(const struct item *it)
{
	size_t n = strlen(it->path) + strlen(it->id);
	n += it->title != NULL ? strlen(it->title) : 0;
	for (size_t i = 0; i < pack_list_count(it->audience); i++)
		n += strlen(pack_list_value(it->audience, i)) +
		    (size_t)pack_list_at(it, it->audience, i).line;
	for (size_t i = 0; i < it->ext->people.count; i++)
		n += strlen(it->ext->people.values[i]) +
		    strlen(it->ext->people.pos[i].path);
	for (size_t i = 0; i < it->ext->rules.count; i++)
		n += (size_t)it->ext->rules.values[i];
	for (size_t k = 0; k < KEY_COUNT; k++)
		n += (size_t)pack_at(it, (enum item_key)k).col;
	return n;
}

/* Every byte of the image set to 0, 0xff and itself with a bit flipped:
 * each is taken as NULL or as an item whose parts are all in its own
 * block (ASan), with its notes left to the caller when NULL. Returns
 * how many were refused. */
static size_t
damage_each_byte(const struct buf *image, struct pack *p)
{
	size_t refused = 0, touched = 0;
	struct buf b = BUF_INIT;
	buf_add(&b, image->data, image->len);
	for (size_t i = 0; i < image->len; i++) {
		const unsigned char was = (unsigned char)image->data[i];
		const unsigned char to[] = { 0, 0xff, was ^ 1, was ^ 0x80 };
		for (size_t k = 0; k < sizeof to; k++) {
			b.data[i] = (char)to[k];
			struct diag_note *notes[3] = { NULL, NULL, NULL };
			struct item *it = pack_image_take(b.data, b.len,
			    "content/x.md", notes, &p->files, NULL);
			/* What is taken is read whole: ASan's check. */
			if (it == NULL)
				refused++;
			else
				touched += touch(it);
		}
		b.data[i] = (char)was;
	}
	buf_free(&b);
	return touched > 0 ? refused : 0;
}

void
test_image(void)
{
	struct pack *p = pack_new();
	struct pack_carver carver = { NULL, 0 };
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		struct item *it = settled_item(texts[t]);
		CHECK(it != NULL);
		if (it == NULL)
			continue;
		struct buf image = BUF_INIT;
		CHECK(pack_image_put(it, &image) == 0);
		struct diag_note *notes[3] = { NULL, NULL, NULL };
		/* Taken at another path: it is the caller's. */
		struct item *back = pack_image_take(image.data, image.len,
		    "content/x.md", notes, &p->files, &carver);
		CHECK(back != NULL && same_item(it, back) && back->settled &&
		    back->checked && back->files == &p->files &&
		    back->ext->notes == NULL);
		CHECK(back != NULL && touch(back) == touch(it));
		/* One byte short, or one more: no image. */
		CHECK(pack_image_take(image.data, image.len - 1, "content/x.md",
		    notes, &p->files, &carver) == NULL);
		buf_add(&image, "", 1);
		CHECK(pack_image_take(image.data, image.len, "content/x.md",
		    notes, &p->files, &carver) == NULL);
		image.len--;
		/* Damage is refused, or what is taken stays in its block. */
		CHECK(damage_each_byte(&image, p) > 0);
		buf_free(&image);
		pack_item_free(it);
	}
	/* A note with no ext in the image gets one of its own in the
	 * block. */
	struct item *g = settled_item(texts[0]);
	struct buf image = BUF_INIT;
	CHECK(g != NULL && g->ext == &pack_no_ext &&
	    pack_image_put(g, &image) == 0);
	struct diag_note *said = xcalloc(1, sizeof *said);
	struct diag_note *notes[3] = { NULL, said, NULL };
	struct item *back = pack_image_take(image.data, image.len,
	    "content/x.md", notes, &p->files, &carver);
	CHECK(back != NULL);
	CHECK(back != NULL && back->ext != &pack_no_ext);
	CHECK(back != NULL && back->ext->load_notes == said);
	CHECK(back != NULL && same_item(g, back));
	if (back != NULL)
		pack_item_free(back);
	else
		diag_note_free(said);
	buf_free(&image);
	pack_item_free(g);
	/* Not settled, or a scenario's: no image. */
	struct captured c;
	capture_begin(&c);
	struct item *raw = load_string(&c, "content/x.md", texts[0]);
	capture_end(&c);
	CHECK(raw != NULL && pack_image_put(raw, &image) == -1 &&
	    image.len == 0);
	pack_item_free(raw);
	pack_free(p);
}
