/* serve_watch.c: tells 'sharepack serve' that the project changed, from
 * inotify events on every folder a build reads. */
#include "serve_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

/* A write shows as IN_MODIFY and then IN_CLOSE_WRITE, a save by renaming
 * (most editors) as IN_MOVED_TO; the debounce in serve.c makes one build
 * of them. */
#define FOLDER_EVENTS (IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | \
	IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

enum watch_kind {
	WATCH_ROOT,	/* the project's folder: only the names below count */
	WATCH_FILES,	/* content, themes, --theme-dir */
	WATCH_SCRIPTS	/* scenarios */
};

/* The names at the project's root that a build reads. */
static const struct {
	const char *name;
	enum watch_kind kind;
} tops[] = {
	{ "content", WATCH_FILES },
	{ "scenarios", WATCH_SCRIPTS },
	{ "themes", WATCH_FILES },
	{ SERVE_SETTINGS, WATCH_FILES },
};
#define N_TOPS (sizeof tops / sizeof tops[0])

struct watched {
	int wd;
	enum watch_kind kind;
};

struct serve_watch {
	int fd;
	char *project;
	char *theme_dir;	/* or NULL */
	struct watched *list;
	size_t count, cap;
	int full;		/* the system's limit was met, and said */
};

static struct watched *
find_wd(struct serve_watch *w, int wd)
{
	for (size_t i = 0; i < w->count; i++)
		if (w->list[i].wd == wd)
			return &w->list[i];
	return NULL;
}

static void
remember(struct serve_watch *w, int wd, enum watch_kind kind)
{
	if (find_wd(w, wd) != NULL)
		return;
	if (w->count == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 64;
		w->list = xrealloc(w->list, w->cap * sizeof *w->list);
	}
	w->list[w->count].wd = wd;
	w->list[w->count].kind = kind;
	w->count++;
}

/* Watches dir and, for a top folder, every folder under it: links are not
 * followed below the top, since a build refuses a link to a folder. */
static void
watch_tree(struct serve_watch *w, const char *dir, enum watch_kind kind,
    int depth)
{
	uint32_t mask = kind == WATCH_ROOT ? FOLDER_EVENTS & ~(IN_DELETE_SELF |
	    IN_MOVE_SELF) : FOLDER_EVENTS;
	if (depth > 0)
		mask |= IN_DONT_FOLLOW;
	int wd = w->count < SERVE_MAX_WATCHES ? inotify_add_watch(w->fd, dir,
	    mask | IN_ONLYDIR) : (errno = ENOSPC, -1);
	if (wd < 0) {
		if (errno == ENOSPC && !w->full) {
			diag_say(stderr, "warning: cannot watch every folder "
			    "(the system's limit of inotify watches); changes "
			    "under %s are not seen: raise "
			    "fs.inotify.max_user_watches", dir);
			w->full = 1;
		}
		return;
	}
	remember(w, wd, kind);
	if (kind == WATCH_ROOT || depth >= SERVE_MAX_DEPTH)
		return;
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d != NULL && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char *sub = xasprintf("%s/%s", dir, e->d_name);
		struct stat sb;
		if (lstat(sub, &sb) == 0 && S_ISDIR(sb.st_mode))
			watch_tree(w, sub, kind, depth + 1);
		free(sub);
	}
	if (d != NULL)
		closedir(d);
}

void
serve_watch_rescan(struct serve_watch *w)
{
	watch_tree(w, w->project, WATCH_ROOT, 0);
	for (size_t i = 0; i < N_TOPS; i++) {
		char *top = xasprintf("%s/%s", w->project, tops[i].name);
		struct stat sb;
		if (stat(top, &sb) == 0 && S_ISDIR(sb.st_mode))
			watch_tree(w, top, tops[i].kind, 0);
		free(top);
	}
	if (w->theme_dir != NULL)
		watch_tree(w, w->theme_dir, WATCH_FILES, 0);
}

struct serve_watch *
serve_watch_new(const char *project, const char *theme_dir)
{
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (fd < 0) {
		diag_say(stderr, "error: cannot watch the project for changes: "
		    "%s", strerror(errno));
		return NULL;
	}
	struct serve_watch *w = xcalloc(1, sizeof *w);
	w->fd = fd;
	w->project = xstrdup(project);
	w->theme_dir = theme_dir != NULL ? xstrdup(theme_dir) : NULL;
	serve_watch_rescan(w);
	return w;
}

void
serve_watch_free(struct serve_watch *w)
{
	if (w == NULL)
		return;
	close(w->fd);
	free(w->list);
	free(w->theme_dir);
	free(w->project);
	free(w);
}

int
serve_watch_fd(const struct serve_watch *w)
{
	return w->fd;
}

/* What one event says changed. */
static unsigned
event_changes(struct serve_watch *w, const struct inotify_event *ev)
{
	if (ev->mask & IN_Q_OVERFLOW)
		return SERVE_CHANGED_ANY | SERVE_CHANGED_SCRIPTS;
	struct watched *at = find_wd(w, ev->wd);
	if (at == NULL)
		return 0;
	enum watch_kind kind = at->kind;
	if (ev->mask & IN_IGNORED) {
		/* The folder went; the event in its parent says so. */
		*at = w->list[--w->count];
		return 0;
	}
	const char *name = ev->len > 0 ? ev->name : "";
	if (kind == WATCH_ROOT) {
		for (size_t i = 0; i < N_TOPS; i++)
			if (strcmp(name, tops[i].name) == 0)
				return SERVE_CHANGED_ANY | (tops[i].kind ==
				    WATCH_SCRIPTS ? SERVE_CHANGED_SCRIPTS : 0);
		return 0;
	}
	/* A build never reads a hidden name: an editor's swap file. */
	if (name[0] == '.')
		return 0;
	return SERVE_CHANGED_ANY | (kind == WATCH_SCRIPTS ?
	    SERVE_CHANGED_SCRIPTS : 0);
}

unsigned
serve_watch_read(struct serve_watch *w)
{
	/* Aligned as the events in it are. */
	char data[65536] __attribute__((aligned(__alignof__(
	    struct inotify_event))));
	unsigned changes = 0;
	for (;;) {
		ssize_t n = read(w->fd, data, sizeof data);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		for (char *p = data; p < data + n;) {
			const struct inotify_event *ev = (const void *)p;
			changes |= event_changes(w, ev);
			p += sizeof *ev + ev->len;
		}
	}
	return changes;
}
