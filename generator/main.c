/*
 * main.c: reads the command line, runs the stages in order
 * (load -> check -> render -> write) and turns what was reported into the
 * exit status. Nothing else happens here.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "check.h"
#include "diag.h"
#include "export.h"
#include "fsutil.h"
#include "load.h"
#include "options.h"
#include "pack.h"
#include "render.h"
#include "scenario.h"
#include "scorm.h"
#include "site.h"
#include "theme.h"
#include "xalloc.h"

static const char usage_text[] =
    "usage: sharepack build [-q] [-o OUTDIR] [--theme NAME | --theme-dir DIR] "
    "[--xapi-endpoint URL [--xapi-auth VALUE]] [PROJECTDIR]\n"
    "       sharepack check [--theme NAME | --theme-dir DIR] [PROJECTDIR]\n"
    "       sharepack package [--scorm 1.2|2004] [-o FILE.zip] [--pack ID] "
    "[--xapi-endpoint URL [--xapi-auth VALUE]] [PROJECTDIR]\n"
    "       sharepack export --format moodle-xml|gift [-o FILE] [--pack ID] "
    "[PROJECTDIR]\n"
    "       sharepack --help | --version\n";

static const char help_text[] =
    "sharepack turns safeguarding training content (Markdown with YAML front\n"
    "matter) into a static training site: guidance, briefings, and quizzes\n"
    "that score learners against the expected answer of each case.\n"
    "\n"
    "Commands:\n"
    "  build    check PROJECTDIR/content and write the site to OUTDIR\n"
    "  check    check the content and theme without writing anything\n"
    "  package  write a SCORM package (a zip) to upload to an LMS; one SCO\n"
    "           per pack quiz and per branching scenario\n"
    "  export   write the questions for an LMS quiz engine (Moodle XML, GIFT)\n"
    "\n"
    "Options:\n"
    "  -o OUTDIR        where the site goes (default: build/site); it is\n"
    "                   replaced whole, and only when the build succeeds;\n"
    "                   for package and export, the file to write\n"
    "  --pack ID        package or export that pack only\n"
    "  --scorm VERSION  1.2 (the default, best in Moodle and Totara) or 2004\n"
    "  --format FORMAT  moodle-xml or gift\n"
    "  --xapi-endpoint URL  also send xAPI statements to this LRS (build,\n"
    "                   package); without it, only when the LMS's launch\n"
    "                   address gives endpoint, auth and actor\n"
    "  --xapi-auth VALUE    the LRS's Authorization header, such as\n"
    "                   'Basic ...'; it is written into the pages\n"
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
	else if (strcmp(cmd, "export") == 0)
		o->command = CMD_EXPORT;
	else if (strcmp(cmd, "package") == 0)
		o->command = CMD_PACKAGE;
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
		    strcmp(a, "--theme-dir") == 0 || strcmp(a, "--pack") == 0 ||
		    strcmp(a, "--format") == 0 || strcmp(a, "--scorm") == 0 ||
		    strcmp(a, "--xapi-endpoint") == 0 ||
		    strcmp(a, "--xapi-auth") == 0) {
			if (i + 1 >= argc)
				return usage_error("%s needs a value", a);
			if (strcmp(a, "-o") == 0 && o->command == CMD_CHECK)
				return usage_error("%s is not for 'check'", a);
			if (strcmp(a, "--pack") == 0 &&
			    o->command != CMD_EXPORT && o->command != CMD_PACKAGE)
				return usage_error("%s is for 'package' and "
				    "'export'", a);
			if (strcmp(a, "--format") == 0 && o->command != CMD_EXPORT)
				return usage_error("%s is for 'export'", a);
			if (strcmp(a, "--scorm") == 0 && o->command != CMD_PACKAGE)
				return usage_error("%s is for 'package'", a);
			if (strncmp(a, "--xapi", 6) == 0 && o->command != CMD_BUILD &&
			    o->command != CMD_PACKAGE)
				return usage_error("%s is for 'build' and 'package'",
				    a);
			const char *v = argv[++i];
			if (strcmp(a, "-o") == 0)
				o->outdir = v;
			else if (strcmp(a, "--theme") == 0)
				o->theme = v;
			else if (strcmp(a, "--pack") == 0)
				o->pack = v;
			else if (strcmp(a, "--format") == 0)
				o->format = v;
			else if (strcmp(a, "--scorm") == 0)
				o->scorm = v;
			else if (strcmp(a, "--xapi-endpoint") == 0)
				o->xapi_endpoint = v;
			else if (strcmp(a, "--xapi-auth") == 0)
				o->xapi_auth = v;
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
	if (o->command == CMD_EXPORT && o->format == NULL)
		return usage_error("export needs --format moodle-xml or --format "
		    "gift%s", "");
	if (o->format != NULL && strcmp(o->format, "moodle-xml") != 0 &&
	    strcmp(o->format, "gift") != 0)
		return usage_error("unknown format '%s'; use moodle-xml or gift",
		    o->format);
	if (o->scorm != NULL && strcmp(o->scorm, "1.2") != 0 &&
	    strcmp(o->scorm, "2004") != 0)
		return usage_error("unknown SCORM version '%s'; use 1.2 or 2004",
		    o->scorm);
	if (o->xapi_endpoint != NULL && strncmp(o->xapi_endpoint, "https://",
	    8) != 0 && strncmp(o->xapi_endpoint, "http://", 7) != 0)
		return usage_error("--xapi-endpoint takes the LRS's address, "
		    "starting https:// ('%s')", o->xapi_endpoint);
	if (o->xapi_auth != NULL && o->xapi_endpoint == NULL)
		return usage_error("--xapi-auth goes with --xapi-endpoint%s", "");
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

/* The file export or package writes: -o, or a name under build/. The
 * caller frees it. */
static char *
output_file(const struct options *o, const struct item *pk, const char *what,
    const char *ext)
{
	if (o->outdir != NULL)
		return xstrdup(o->outdir);
	return xasprintf("build/%s-%s.%s", pk ? pk->id : "all-packs", what,
	    ext);
}

static void
run_export(const struct options *o, const struct pack *p,
    const struct item *pk, struct diag *d)
{
	int xml = strcmp(o->format, "moodle-xml") == 0;
	struct buf out = BUF_INIT;
	size_t n = export_questions(p, pk, xml ? EXPORT_MOODLE_XML :
	    EXPORT_GIFT, &out);
	char *file = output_file(o, pk, "questions", xml ? "xml" : "gift");
	if (fs_write_atomic(file, out.data, out.len) != 0)
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
	else if (!o->quiet)
		printf("sharepack: wrote %zu questions to %s; import it into "
		    "the LMS's question bank as %s\n", n, file, xml ?
		    "Moodle XML" : "GIFT");
	free(file);
	buf_free(&out);
}

static void
run_package(const struct options *o, const struct pack *p,
    const struct item *pk, const struct render_out *pages,
    const struct theme *t, struct diag *d)
{
	int v2004 = o->scorm != NULL && strcmp(o->scorm, "2004") == 0;
	char *file = output_file(o, pk, v2004 ? "scorm2004" : "scorm12",
	    "zip");
	size_t scos = 0;
	if (scorm_package(p, pk, pages, t, v2004 ? SCORM_2004 : SCORM_12,
	    file, &scos, d) == 0 && !o->quiet)
		printf("sharepack: wrote %s (SCORM %s, %zu SCO%s); upload it to "
		    "the LMS as a SCORM package\n", file, v2004 ? "2004" : "1.2",
		    scos, scos == 1 ? "" : "s");
	free(file);
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
	struct render_config cfg = { o->xapi_endpoint, o->xapi_auth };
	const struct item *pk = NULL;
	if (o->pack != NULL && d.errors == 0) {
		pk = pack_find(p, o->pack);
		if (pk == NULL || pk->kind != ITEM_PACK) {
			fprintf(stderr, "sharepack: there is no pack '%s'; the "
			    "packs are:", o->pack);
			for (size_t i = 0; i < p->count; i++)
				if (p->items[i]->kind == ITEM_PACK)
					fprintf(stderr, " %s", p->items[i]->id);
			fputs("\n", stderr);
			status = EXIT_USAGE;
			goto out;
		}
	}
	if (d.errors == 0 && o->command == CMD_BUILD) {
		render_site(p, t, &cfg, &pages);
		site_write(o->outdir, &pages, t, &d);
	} else if (d.errors == 0 && o->command == CMD_EXPORT) {
		run_export(o, p, pk, &d);
	} else if (d.errors == 0 && o->command == CMD_PACKAGE) {
		render_site(p, t, &cfg, &pages);
		run_package(o, p, pk, &pages, t, &d);
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
		else if (o->command == CMD_EXPORT || o->command == CMD_PACKAGE)
			;	/* run_export and run_package said what they wrote */
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
	struct options o = { CMD_NONE, ".", NULL, NULL, NULL, NULL, NULL, NULL,
	    "default", NULL, 0 };
	int status = parse_args(argc, argv, &o);
	if (status >= 0)
		return status;
	if (o.command == CMD_BUILD && o.outdir == NULL)
		o.outdir = "build/site";
	xmlInitParser();
	status = run(&o);
	xmlCleanupParser();
	return status;
}
