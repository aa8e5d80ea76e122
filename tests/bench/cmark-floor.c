/* Copied from ../shared/bench/cmark-floor.c (the reference floor of issue 14),
 * unchanged below this note, so that `make bench` needs nothing outside the
 * project. */
/* cmark-floor: the practical floor for a cmark-based static generator.
 *
 * For every *.md file under SRC_DIR (recursively, sorted by path): read it,
 * skip YAML front matter (a first line "---", up to the next "---" or "..."),
 * pick out the title: line, render the body with libcmark in its default
 * (safe) mode, wrap it in a minimal HTML page (the same shape as the Hugo
 * benchmark template) and write OUT_DIR/<same relative path>.html.
 *
 * It does no templating, no YAML parsing beyond the title line, no link
 * checking: anything a real generator adds costs time on top of this.
 *
 * Build:  cc -O2 -std=c11 -Wall -Wextra -o cmark-floor cmark-floor.c $(pkg-config --cflags --libs libcmark)
 * Usage:  cmark-floor [-j JOBS] [-n] [-v] SRC_DIR OUT_DIR
 *   -j JOBS  split the files round-robin over JOBS processes (default 1)
 *   -n       parse and render, but write no output files
 *   -v       print files / bytes read / bytes written on stderr
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
  char *data;
  size_t len, cap;
} buf_t;

static void buf_reserve(buf_t *b, size_t extra) {
  if (b->len + extra <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 65536;
  while (cap < b->len + extra)
    cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    fprintf(stderr, "cmark-floor: error: out of memory\n");
    exit(2);
  }
  b->data = p;
  b->cap = cap;
}

static void buf_put(buf_t *b, const char *s, size_t n) {
  buf_reserve(b, n);
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

static void buf_puts(buf_t *b, const char *s) { buf_put(b, s, strlen(s)); }

static void buf_put_escaped(buf_t *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '&': buf_puts(b, "&amp;"); break;
    case '<': buf_puts(b, "&lt;"); break;
    case '>': buf_puts(b, "&gt;"); break;
    case '"': buf_puts(b, "&quot;"); break;
    default: buf_put(b, s + i, 1);
    }
  }
}

/* ---- collecting the input paths ---- */

static char **paths;
static size_t n_paths, cap_paths;

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  (void)ftw;
  size_t n = strlen(path);
  if (type != FTW_F || n < 3 || strcmp(path + n - 3, ".md") != 0)
    return 0;
  if (n_paths == cap_paths) {
    cap_paths = cap_paths ? cap_paths * 2 : 1024;
    char **p = realloc(paths, cap_paths * sizeof *paths);
    if (!p)
      return -1;
    paths = p;
  }
  paths[n_paths] = strdup(path);
  return paths[n_paths++] ? 0 : -1;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- one file ---- */

static int read_file(const char *path, buf_t *in) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    fprintf(stderr, "%s: error: cannot open: %s\n", path, strerror(errno));
    return -1;
  }
  in->len = 0;
  for (;;) {
    buf_reserve(in, 65536);
    ssize_t got = read(fd, in->data + in->len, in->cap - in->len);
    if (got < 0) {
      fprintf(stderr, "%s: error: cannot read: %s\n", path, strerror(errno));
      close(fd);
      return -1;
    }
    if (got == 0)
      break;
    in->len += (size_t)got;
  }
  close(fd);
  return 0;
}

static int is_fence(const char *line, size_t n, const char *mark) {
  if (n > 0 && line[n - 1] == '\r')
    n--;
  return n == 3 && memcmp(line, mark, 3) == 0;
}

/* Finds the body after front matter and the title value inside it. */
static void split_front_matter(const char *s, size_t len, size_t *body_off,
                               const char **title, size_t *title_len) {
  *body_off = 0;
  *title = NULL;
  *title_len = 0;
  const char *nl = memchr(s, '\n', len);
  if (!nl || !is_fence(s, (size_t)(nl - s), "---"))
    return;
  size_t pos = (size_t)(nl - s) + 1;
  while (pos < len) {
    const char *line = s + pos;
    const char *end = memchr(line, '\n', len - pos);
    size_t n = end ? (size_t)(end - line) : len - pos;
    if (is_fence(line, n, "---") || is_fence(line, n, "...")) {
      *body_off = end ? pos + n + 1 : len;
      return;
    }
    if (n > 6 && memcmp(line, "title:", 6) == 0) {
      const char *v = line + 6;
      size_t vn = n - 6;
      while (vn && (*v == ' ' || *v == '\t')) { v++; vn--; }
      while (vn && (v[vn - 1] == '\r' || v[vn - 1] == ' ')) vn--;
      if (vn >= 2 && (v[0] == '"' || v[0] == '\'') && v[vn - 1] == v[0]) { v++; vn -= 2; }
      *title = v;
      *title_len = vn;
    }
    pos += n + 1;
  }
  /* No closing fence: not front matter; the whole file is body, as cmark sees it. */
  *title = NULL;
  *title_len = 0;
}

/* mkdir -p of path's folder; skipped when it is the folder of the previous file. */
static int ensure_parent_dirs(char *path) {
  static buf_t last;
  char *slash = strrchr(path, '/');
  size_t dir_len = slash ? (size_t)(slash - path) : 0;
  if (dir_len == last.len && (dir_len == 0 || memcmp(last.data, path, dir_len) == 0))
    return 0;
  for (char *p = path + 1; *p; p++) {
    if (*p != '/')
      continue;
    *p = '\0';
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
      fprintf(stderr, "%s: error: cannot create folder: %s\n", path, strerror(errno));
      *p = '/';
      return -1;
    }
    *p = '/';
  }
  last.len = 0;
  buf_put(&last, path, dir_len);
  return 0;
}

static int write_file(const char *path, const buf_t *out) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) {
    fprintf(stderr, "%s: error: cannot create: %s\n", path, strerror(errno));
    return -1;
  }
  size_t done = 0;
  while (done < out->len) {
    ssize_t w = write(fd, out->data + done, out->len - done);
    if (w < 0) {
      fprintf(stderr, "%s: error: cannot write: %s\n", path, strerror(errno));
      close(fd);
      return -1;
    }
    done += (size_t)w;
  }
  return close(fd);
}

int main(int argc, char **argv) {
  int jobs = 1, no_write = 0, verbose = 0, opt;
  while ((opt = getopt(argc, argv, "j:nv")) != -1) {
    switch (opt) {
    case 'j': jobs = atoi(optarg); break;
    case 'n': no_write = 1; break;
    case 'v': verbose = 1; break;
    default: goto usage;
    }
  }
  if (argc - optind != 2 || jobs < 1) {
  usage:
    fprintf(stderr, "usage: cmark-floor [-j JOBS] [-n] [-v] SRC_DIR OUT_DIR\n");
    return 2;
  }
  const char *src = argv[optind], *dst = argv[optind + 1];
  size_t src_len = strlen(src);
  while (src_len > 1 && src[src_len - 1] == '/')
    src_len--;

  if (nftw(src, collect, 64, FTW_PHYS) != 0) {
    fprintf(stderr, "%s: error: cannot walk folder: %s\n", src, strerror(errno));
    return 1;
  }
  qsort(paths, n_paths, sizeof *paths, cmp_str);
  if (!no_write) { /* mkdir -p OUT_DIR */
    buf_t top = {0};
    buf_puts(&top, dst);
    buf_put(&top, "/.", 3); /* with the terminating NUL */
    int rc = ensure_parent_dirs(top.data);
    free(top.data);
    if (rc != 0)
      return 1;
  }

  int worker = 0;
  for (int k = 1; k < jobs; k++) {
    pid_t pid = fork();
    if (pid < 0) {
      fprintf(stderr, "cmark-floor: error: fork: %s\n", strerror(errno));
      return 1;
    }
    if (pid == 0) {
      worker = k;
      break;
    }
  }

  buf_t in = {0}, out = {0}, name = {0};
  size_t files = 0, bytes_in = 0, bytes_out = 0;
  int failed = 0;
  for (size_t i = (size_t)worker; i < n_paths; i += (size_t)jobs) {
    const char *path = paths[i];
    if (read_file(path, &in) != 0) {
      failed = 1;
      continue;
    }
    size_t body_off, title_len;
    const char *title;
    split_front_matter(in.data, in.len, &body_off, &title, &title_len);
    char *html = cmark_markdown_to_html(in.data + body_off, in.len - body_off, CMARK_OPT_DEFAULT);
    out.len = 0;
    buf_puts(&out, "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    buf_put_escaped(&out, title ? title : "", title_len);
    buf_puts(&out, "</title></head>\n<body><main><h1>");
    buf_put_escaped(&out, title ? title : "", title_len);
    buf_puts(&out, "</h1>\n");
    buf_puts(&out, html);
    buf_puts(&out, "</main></body></html>\n");
    free(html);
    files++;
    bytes_in += in.len;
    bytes_out += out.len;
    if (no_write)
      continue;
    /* OUT_DIR + (path relative to SRC_DIR, ".md" -> ".html") */
    const char *rel = path + src_len;
    name.len = 0;
    buf_puts(&name, dst);
    if (*rel != '/')
      buf_puts(&name, "/");
    buf_put(&name, rel, strlen(rel) - 3);
    buf_put(&name, ".html", 6); /* with the terminating NUL */
    if (ensure_parent_dirs(name.data) != 0 || write_file(name.data, &out) != 0)
      failed = 1;
  }
  if (verbose)
    fprintf(stderr, "cmark-floor[%d]: %zu files, %zu bytes in, %zu bytes out\n", worker, files,
            bytes_in, bytes_out);
  if (worker != 0)
    _exit(failed);
  for (int k = 1; k < jobs; k++) {
    int status;
    if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
      failed = 1;
  }
  free(in.data);
  free(out.data);
  free(name.data);
  for (size_t i = 0; i < n_paths; i++)
    free(paths[i]);
  free(paths);
  return failed;
}
