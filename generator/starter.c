/* starter.c: writes the starter project of 'sharepack new' from the files
 * built into the program. */
#include "starter.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embed.h"
#include "fsutil.h"
#include "xalloc.h"

#define STARTER_PREFIX "starter/"

int
starter_usable(const char *dir)
{
	struct stat sb;
	if (stat(dir, &sb) != 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(sb.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	DIR *d = opendir(dir);
	if (d == NULL)
		return -1;
	int empty = 1;
	struct dirent *e;
	while (empty && (e = readdir(d)) != NULL)
		empty = strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0;
	closedir(d);
	if (!empty)
		errno = ENOTEMPTY;
	return empty ? 0 : -1;
}

/* Removes what the first count files of the starter made in dir: their
 * top folders (content/, scenarios/) or files, each once. */
static void
remove_made(const char *dir, const struct embed_file *files, size_t count)
{
	size_t skip = strlen(STARTER_PREFIX);
	const char *last = NULL;
	size_t last_len = 0;
	for (size_t i = 0; i < count; i++) {
		const char *rel = files[i].name + skip;
		size_t n = strcspn(rel, "/");
		/* Sorted by name, so the files of one top folder are a run. */
		if (last != NULL && n == last_len && strncmp(rel, last, n) == 0)
			continue;
		char *top = xasprintf("%s/%.*s", dir, (int)n, rel);
		fs_remove_tree(top);
		free(top);
		last = rel;
		last_len = n;
	}
}

int
starter_write(const char *dir, struct diag *d)
{
	size_t count;
	const struct embed_file *files = embed_under(STARTER_PREFIX, &count);
	int made_dir = !fs_is_dir(dir);
	size_t i = 0;
	int rc = -1;
	if (made_dir && fs_mkdirs(dir) != 0) {
		diag_syserr(d, "%s: cannot create the folder: %s", dir,
		    strerror(errno));
		return -1;
	}
	for (; i < count; i++) {
		char *path = xasprintf("%s/%s", dir, files[i].name +
		    strlen(STARTER_PREFIX));
		int r = fs_write_file(path, files[i].data, files[i].len);
		if (r != 0)
			diag_syserr(d, "%s: cannot write: %s", path,
			    strerror(errno));
		free(path);
		if (r != 0)
			goto out;
	}
	rc = 0;
out:
	if (rc != 0) {
		remove_made(dir, files, i + 1);
		if (made_dir)
			rmdir(dir);
	}
	return rc;
}
