/*
 * main.c: reads the command line, runs the stages in order
 * (load -> check -> render -> write) and turns what was reported into the
 * exit status. Nothing else happens here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "check.h"
#include "diag.h"
#include "fsutil.h"
#include "load.h"
#include "options.h"
#include "pack.h"
#include "render.h"
#include "scenario.h"
#include "site.h"
#include "theme.h"
#include "xalloc.h"

static const char usage_text[] =
    "usage: sharepack build [-q] [-o OUTDIR] [--theme NAME | --theme-dir DIR] "
    "[PROJECTDIR]\n"
    "       sharepack check [--theme NAME | --theme-dir DIR] [PROJECTDIR]\n"
    "       sharepack --help | --version\n";

static const char help_text[] =
    "sharepack turns safeguarding training content (Markdown with YAML front\n"
    "matter) into a static training site: guidance, briefings, and quizzes\n"
    "that score learners against the expected answer of each case.\n"
    "\n"
    "Commands:\n"
    "  build   check PROJECTDIR/content and write the site to OUTDIR\n"
    "  check   check the content and theme without writing anything\n"
    "\n"
    "Options:\n"
    "  -o OUTDIR        where the site goes (default: build/site); it is\n"
    "                   replaced whole, and only when the build succeeds\n"
    "  --theme NAME     use PROJECTDIR/themes/NAME (default: default)\n"
    "  --theme-dir DIR  use the theme in DIR\n"
    "  -q, --quiet      print nothing but problems\n"
    "  -h, --help       show this help; 'sharepack build --help' too\n"
    "  --version        show the version\n"
    "\n"
    "PROJECTDIR (default: .) holds content/, scenarios/ and themes/.\n"
    "Messages look like 'path:line:col: error: what; how to fix'.\n"
    "Exit status: 0 success, 1 content errors, 2 usage errors,\n"
    "3 a file could not be read or written.\n"
    "The content format: content/README.md; the manual: man/sharepack.1.\n";

static int
usage_error(const char *fmt, const char *arg)
{
	fputs("sharepack: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n", stderr);
	fputs(usage_text, stderr);
	return EXIT_USAGE;
}

/* Fills o from argv. Returns -1 to go on, or an exit status. */
static int
parse_args(int argc, char **argv, struct options *o)
{
	int i = 1;
	if (argc < 2)
		return usage_error("no command given%s", "");
	const char *cmd = argv[i++];
	if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		fputs(usage_text, stdout);
		fputs("\n", stdout);
		fputs(help_text, stdout);
		return EXIT_OK;
	}
	if (strcmp(cmd, "--version") == 0) {
		printf("sharepack %s\n", SHAREPACK_VERSION);
		return EXIT_OK;
	}
	if (strcmp(cmd, "build") == 0)
		o->command = CMD_BUILD;
	else if (strcmp(cmd, "check") == 0)
		o->command = CMD_CHECK;
	else
		return usage_error("unknown command '%s'", cmd);

	int positional = 0;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(usage_text, stdout);
			fputs("\n", stdout);
			fputs(help_text, stdout);
			return EXIT_OK;
		} else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			o->quiet = 1;
		} else if (strcmp(a, "-o") == 0 || strcmp(a, "--theme") == 0 ||
		    strcmp(a, "--theme-dir") == 0) {
			if (i + 1 >= argc)
				return usage_error("%s needs a value", a);
			if (strcmp(a, "-o") == 0 && o->command != CMD_BUILD)
				return usage_error("%s is for 'build' only", a);
			const char *v = argv[++i];
			if (strcmp(a, "-o") == 0)
				o->outdir = v;
			else if (strcmp(a, "--theme") == 0)
				o->theme = v;
			else
				o->theme_dir = v;
		} else if (strcmp(a, "--") == 0) {
			continue;
		} else if (a[0] == '-' && a[1] != '\0') {
			return usage_error("unknown option '%s'", a);
		} else {
			if (positional++ > 0)
				return usage_error("one PROJECTDIR only; '%s' "
				    "is one too many", a);
			o->project = a;
		}
	}
	if (strchr(o->theme, '/') != NULL || o->theme[0] == '.')
		return usage_error("--theme takes a name such as 'default', not "
		    "a path ('%s'); use --theme-dir for a path", o->theme);
	return -1;
}

/* "PROJECTDIR/sub", or "sub" when PROJECTDIR is ".". Caller frees. */
static char *
project_path(const struct options *o, const char *sub)
{
	if (strcmp(o->project, ".") == 0)
		return xstrdup(sub);
	size_t n = strlen(o->project);
	return xasprintf("%.*s/%s", (int)(o->project[n - 1] == '/' ? n - 1 :
	    n), o->project, sub);
}

static int
run(const struct options *o)
{
	struct diag d;
	diag_init(&d, stderr);
	char *content = project_path(o, "content");
	char *scenarios = project_path(o, "scenarios");
	char *theme_dir = o->theme_dir ? xstrdup(o->theme_dir) : NULL;
	if (theme_dir == NULL) {
		char *rel = xasprintf("themes/%s", o->theme);
		theme_dir = project_path(o, rel);
		free(rel);
	}
	struct pack *p = pack_new();
	struct theme *t = NULL;
	struct render_out pages = { NULL, 0, 0 };
	int status;

	if (!fs_is_dir(content)) {
		fprintf(stderr, "sharepack: %s: no such folder; PROJECTDIR "
		    "must hold a content/ folder (see content/README.md)\n",
		    content);
		status = EXIT_USAGE;
		goto out;
	}
	if (!fs_is_dir(theme_dir)) {
		fprintf(stderr, "sharepack: %s: no such theme folder; check "
		    "--theme or --theme-dir\n", theme_dir);
		status = EXIT_USAGE;
		goto out;
	}
	if (load_content(content, content, p, &d) == 0) {
		struct scen_limits limits = scen_default_limits();
		scen_run_all(scenarios, scenarios, &limits, p, &d);
		check_pack(p, &d);
	}
	t = theme_load(theme_dir, theme_dir, &d);
	if (d.errors == 0 && o->command == CMD_BUILD) {
		render_site(p, t, &pages);
		site_write(o->outdir, &pages, t, &d);
	}
	status = diag_exit_status(&d);
	if (!o->quiet) {
		if (d.errors > 0)
			fprintf(stderr, "sharepack: %d error%s, %d warning%s; "
			    "%s\n", d.errors, d.errors == 1 ? "" : "s",
			    d.warnings, d.warnings == 1 ? "" : "s",
			    o->command == CMD_BUILD ? "nothing was written" :
			    "fix them before building");
		else if (o->command == CMD_BUILD)
			printf("sharepack: wrote %zu pages to %s/ (%d warning%s); "
			    "open %s/index.html in a browser\n", pages.count,
			    o->outdir, d.warnings, d.warnings == 1 ? "" : "s",
			    o->outdir);
		else
			printf("sharepack: %zu items checked, no errors (%d "
			    "warning%s)\n", p->count, d.warnings,
			    d.warnings == 1 ? "" : "s");
	}
out:
	render_out_free(&pages);
	theme_free(t);
	pack_free(p);
	free(theme_dir);
	free(scenarios);
	free(content);
	return status;
}

int
main(int argc, char **argv)
{
	struct options o = { CMD_NONE, ".", "build/site", "default", NULL, 0 };
	int status = parse_args(argc, argv, &o);
	if (status >= 0)
		return status;
	xmlInitParser();
	status = run(&o);
	xmlCleanupParser();
	return status;
}
