/* test_zipfile.c: the zip writer's archives as another reader sees them:
 * python's zipfile reads back every name and byte in order, the UTF-8
 * flag, the date, stored and deflated entries and the zip64 records that
 * more than 65,535 entries need, and unzip tests it; the same entries
 * give the same bytes, and an entry that cannot be read names itself. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "buf.h"
#include "fsutil.h"
#include "harness.h"
#include "xalloc.h"
#include "zipfile.h"

#define ZT_MANY 70000		/* past 65,535: zip64 end records */
#define ZT_TINY 12		/* "entry 00042\n" */
#define ZT_NOISE 60000		/* one read, and stored */
#define ZT_FIXED 4		/* entries before the tiny ones */
#define ZT_DATE ((uint16_t)(((2026 - 1980) << 9) | (1 << 5) | 1))

/* An archive's entries, each also held here to check what is read back:
 * the manifest comes from an open file, the noise from a file in a
 * folder, the rest from memory. */
struct zt_set {
	size_t count;
	int dir, fd;
	struct buf manifest;
	unsigned char *noise;
	char *tiny;		/* ZT_TINY bytes per entry */
	char *names;		/* 16 bytes per entry */
	struct buf cafe;
	const char *bad;	/* the noise's name when not NULL */
};

static void
zt_entry(void *ctx, size_t i, struct zipfile_entry *e)
{
	const struct zt_set *s = ctx;
	memset(e, 0, sizeof *e);
	e->fd = -1;
	if (i == 0) {
		e->name = "imsmanifest.xml";
		e->fd = s->fd;
	} else if (i == 1) {
		e->name = "caf\xc3\xa9/na\xc3\xafve.html";
		e->data = s->cafe.data;
		e->len = s->cafe.len;
	} else if (i == 2) {
		e->name = s->bad != NULL ? s->bad : "noise.bin";
		e->dir = s->dir;
		e->path = "noise.bin";
	} else if (i == 3) {
		e->name = "empty.txt";
		e->data = "";
	} else {
		e->name = s->names + i * 16;
		e->data = s->tiny + i * ZT_TINY;
		e->len = ZT_TINY;
	}
}

/* Entry i's bytes, as this test made them. */
static const void *
zt_bytes(const struct zt_set *s, size_t i, size_t *len)
{
	struct zipfile_entry e;
	zt_entry((void *)s, i, &e);
	*len = i == 0 ? s->manifest.len : i == 2 ? ZT_NOISE : e.len;
	return i == 0 ? s->manifest.data : i == 2 ? (const void *)s->noise :
	    e.data;
}

static void
zt_make(struct zt_set *s, const char *dir)
{
	memset(s, 0, sizeof *s);
	s->count = ZT_MANY;
	for (int i = 0; i < 4000; i++)
		buf_printf(&s->manifest, "<item identifier=\"i%d\"/>\n", i);
	for (int i = 0; i < 40; i++)
		buf_puts(&s->cafe, "<p>caf\xc3\xa9</p>\n");
	s->noise = xmalloc(ZT_NOISE);
	uint32_t x = 12345;
	for (size_t i = 0; i < ZT_NOISE; i++) {
		x = x * 1103515245u + 12345u;
		s->noise[i] = (unsigned char)(x >> 24);
	}
	s->tiny = xmalloc(ZT_MANY * ZT_TINY + 1);
	s->names = xmalloc(ZT_MANY * 16);
	for (size_t i = 0; i < ZT_MANY; i++) {
		snprintf(s->tiny + i * ZT_TINY, ZT_TINY + 1, "entry %05zu\n", i);
		snprintf(s->names + i * 16, 16, "f/%05zu.txt", i);
	}
	char *path = xasprintf("%s/noise.bin", dir);
	CHECK(fs_write_atomic(path, s->noise, ZT_NOISE) == 0);
	free(path);
	path = xasprintf("%s/manifest", dir);
	CHECK(fs_write_atomic(path, s->manifest.data, s->manifest.len) == 0);
	s->fd = open(path, O_RDONLY);
	free(path);
	s->dir = open(dir, O_RDONLY | O_DIRECTORY);
}

/* Writes s's archive into path. Returns what zipfile_write did, with
 * errno and *failed as it left them. */
static int
zt_write(struct zt_set *s, const char *path, const char **failed)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	int rc = zipfile_write(fd, s->count, zt_entry, s, 0, ZT_DATE, failed);
	int saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* Reads the zip at path with python's zipfile and says what it found. */
static const char zt_python[] =
    "import sys, zipfile, zlib\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "bad = z.testzip()\n"
    "crc = 0\n"
    "for i in z.infolist():\n"
    "    crc = zlib.crc32(i.filename.encode() + b'\\0', crc)\n"
    "    crc = zlib.crc32(z.read(i), crc)\n"
    "utf8 = [i.filename for i in z.infolist() if i.flag_bits & 0x800]\n"
    "dates = sorted(set(i.date_time for i in z.infolist()))\n"
    "end = open(sys.argv[1], 'rb').read()[-42:]\n"
    "zip64 = end[:4] == b'PK\\x06\\x07' and end[20:24] == b'PK\\x05\\x06'\n"
    "print('%d entries; crc %08x; test %s; utf8 %s; dates %s; methods %s;"
    " zip64 %s' % (len(z.infolist()), crc, bad or 'ok', ' '.join(utf8),"
    " dates, ' '.join(str(i.compress_type) for i in z.infolist()[:5]),"
    " 'yes' if zip64 else 'no'))\n";

static char *
zt_read(const char *dir, const char *zip)
{
	char *script = xasprintf("%s/read.py", dir);
	CHECK(fs_write_atomic(script, zt_python, strlen(zt_python)) == 0);
	char *cmd = xasprintf("python3 %s %s", script, zip);
	FILE *p = popen(cmd, "r");
	char line[512] = "";
	if (p == NULL || fgets(line, sizeof line, p) == NULL)
		line[0] = '\0';
	if (p != NULL)
		pclose(p);
	line[strcspn(line, "\n")] = '\0';
	free(cmd);
	free(script);
	return xstrdup(line);
}

/* What python should find in s's zip. */
static char *
zt_expected(const struct zt_set *s)
{
	uLong crc = crc32(0, Z_NULL, 0);
	for (size_t i = 0; i < s->count; i++) {
		struct zipfile_entry e;
		size_t len;
		zt_entry((void *)s, i, &e);
		const void *b = zt_bytes(s, i, &len);
		crc = crc32(crc, (const Bytef *)e.name, (uInt)strlen(e.name) + 1);
		crc = crc32(crc, b, (uInt)len);
	}
	return xasprintf("%zu entries; crc %08lx; test ok; utf8 "
	    "caf\xc3\xa9/na\xc3\xafve.html; dates [(2026, 1, 1, 0, 0, 0)]; "
	    "methods 8 8 0 0 0; zip64 yes", s->count, crc);
}

static int
same_file(const char *a, const char *b)
{
	struct buf x = BUF_INIT, y = BUF_INIT;
	int same = fs_read_file(a, (size_t)1 << 30, &x) == 0 &&
	    fs_read_file(b, (size_t)1 << 30, &y) == 0 && x.len == y.len &&
	    x.len > 0 && memcmp(x.data, y.data, x.len) == 0;
	buf_free(&x);
	buf_free(&y);
	return same;
}

/* An entry that cannot be in the zip, or cannot be read, fails the
 * whole zip and is named; a zip that cannot be written names none. */
static void
zt_failures(struct zt_set *s, const char *dir, const char *zip)
{
	const char *failed = NULL;
	s->count = 3;
	s->bad = "bad\xff.bin";
	CHECK(zt_write(s, zip, &failed) == -1 && errno == EINVAL);
	CHECK(failed == s->bad);
	s->bad = NULL;
	int keep = s->dir;
	s->dir = open("/", O_RDONLY | O_DIRECTORY);
	CHECK(zt_write(s, zip, &failed) == -1 && errno == ENOENT);
	CHECK_STR(failed, "noise.bin");
	close(s->dir);
	s->dir = keep;
	int fd = open("/dev/full", O_WRONLY);
	if (fd >= 0) {
		CHECK(zipfile_write(fd, s->count, zt_entry, s, 0, ZT_DATE,
		    &failed) == -1 && errno == ENOSPC && failed == NULL);
		close(fd);
	}
}

void
test_zipfile(void)
{
	char tmpl[] = "/tmp/sharepack-unit-XXXXXX";
	char *dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	if (dir == NULL)
		return;
	struct zt_set s;
	zt_make(&s, dir);
	char *a = xasprintf("%s/a.zip", dir), *b = xasprintf("%s/b.zip", dir);
	const char *failed = NULL;
	CHECK(zt_write(&s, a, &failed) == 0 && failed == NULL);
	CHECK(zt_write(&s, b, &failed) == 0 && failed == NULL);
	CHECK(same_file(a, b));
	char *got = zt_read(dir, a), *want = zt_expected(&s);
	CHECK_STR(got, want);
	free(got);
	free(want);
	/* Info-ZIP's unzip, unlike python, refuses a count past 65,535
	 * without the zip64 end records. */
	char *cmd = xasprintf("unzip -tqq %s >/dev/null 2>&1", a);
	CHECK(system(cmd) == 0);
	free(cmd);
	zt_failures(&s, dir, b);
	close(s.fd);
	close(s.dir);
	buf_free(&s.manifest);
	buf_free(&s.cafe);
	free(s.noise);
	free(s.tiny);
	free(s.names);
	free(a);
	free(b);
	fs_remove_tree(dir);
}
