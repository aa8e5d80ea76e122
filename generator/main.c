/*
 * main.c: reads the command line, runs the stages in order
 * (load -> check -> render -> write) and turns what was reported into the
 * exit status. Nothing else happens here.
 */
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "body.h"
#include "buf.h"
#include "cache.h"
#include "check.h"
#include "coverage.h"
#include "diag.h"
#include "export.h"
#include "fragstore.h"
#include "fsutil.h"
#include "load.h"
#include "options.h"
#include "pack.h"
#include "render.h"
#include "report_collect.h"
#include "report_lrs.h"
#include "report_site.h"
#include "report_store.h"
#include "scenario.h"
#include "scorm.h"
#include "serve.h"
#include "settings.h"
#include "catalogue.h"
#include "translate.h"
#include "record.h"
#include "site.h"
#include "starter.h"
#include "surface.h"
#include "theme.h"
#include "xalloc.h"

/* Whether a run frees what it holds before it returns: only a sanitizer
 * build, whose leak check must see every allocation answered. Otherwise
 * the system takes the memory back whole as the program exits, sooner
 * than the model's many frees would (a rebuild's last milliseconds). */
#if defined(__SANITIZE_ADDRESS__)
#define FREE_AT_EXIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FREE_AT_EXIT 1
#endif
#endif
#ifndef FREE_AT_EXIT
#define FREE_AT_EXIT 0
#endif

static const char usage_text[] =
    "usage: sharepack build [-q] [-v] [-j N] [-o OUTDIR] [--theme NAME | --theme-dir DIR] "
    "[--xapi-endpoint URL [--xapi-auth VALUE]] [PROJECTDIR]\n"
    "       sharepack check [--strict] [--report] [--theme NAME | "
    "--theme-dir DIR] [PROJECTDIR]\n"
    "       sharepack package [-j N] [--scorm 1.2|2004] [-o FILE.zip] [--pack ID] "
    "[--lang LANG] "
    "[--with-scenarios] "
    "[--xapi-endpoint URL [--xapi-auth VALUE]] "
    "[--theme NAME | --theme-dir DIR] [PROJECTDIR]\n"
    "       sharepack export --format moodle-xml|gift [-o FILE] [--pack ID] "
    "[--lang LANG] [PROJECTDIR]\n"
    "       sharepack serve [--port N] [--host ADDR] [--theme NAME | "
    "--theme-dir DIR] [PROJECTDIR]\n"
    "       sharepack new [-q] DIR\n"
    "       sharepack report [-o OUTDIR] [--db FILE] [--names] [--lang LANG] "
    "[--lrs URL [--lrs-auth VALUE]] [--project PROJECTDIR] [SOURCE...]\n"
    "       sharepack --help | --version\n";

static const char help_intro[] =
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
    "  serve    preview while writing: build, serve the site on 127.0.0.1,\n"
    "           and build again (open pages reload) whenever a file changes\n"
    "  new      make a small working project in DIR to start from\n"
    "  report   collect learners' results (results files, xAPI statements,\n"
    "           Moodle SCORM report downloads) into a database, and write\n"
    "           the trainer's report\n"
    "\n"
    "Options:\n";

static const char help_outro[] =
    "\n"
    "PROJECTDIR (default: .) holds content/, and maybe scenarios/ and\n"
    "themes/; the default theme is built in, and a project's theme\n"
    "overrides its files by name.\n"
    "Messages look like 'path:line:col: error: what; how to fix'.\n"
    "Exit status: 0 success, 1 content errors, 2 usage errors,\n"
    "3 a file could not be read or written.\n"
    "The content format: content/README.md; the manual: man/sharepack.1.\n";

/* The command names, indexed by enum command. */
static const char *const command_names[] = {
	[CMD_BUILD] = "build", [CMD_CHECK] = "check",
	[CMD_EXPORT] = "export", [CMD_PACKAGE] = "package",
	[CMD_SERVE] = "serve",
	[CMD_NEW] = "new", [CMD_REPORT] = "report",
};
#define N_COMMANDS (sizeof command_names / sizeof command_names[0])

/* Which commands accept an option: one bit per enum command. CMD_NONE's
 * bit stands for the place of the command itself ("sharepack --help"). */
#define FOR(c)		(1u << (c))
#define FOR_COMMANDS	(FOR(CMD_BUILD) | FOR(CMD_CHECK) | FOR(CMD_EXPORT) | \
			 FOR(CMD_PACKAGE) | FOR(CMD_SERVE) | FOR(CMD_REPORT))

enum opt_action {
	OPT_VALUE,	/* the next argument goes into a const char * field */
	OPT_FLAG,	/* sets an int field to 1 */
	OPT_HELP,	/* prints the usage and help, exits 0 */
	OPT_VERSION	/* prints the version, exits 0 */
};

static int check_scorm(const struct options *o);
static int check_format(const struct options *o);
static int check_lang(const struct options *o);
static int check_xapi_endpoint(const struct options *o);
static int check_xapi_auth(const struct options *o);
static int check_lrs_auth(const struct options *o);
static int check_theme(const struct options *o);
static int check_port(const struct options *o);
static int check_jobs(const struct options *o);

/* One command-line option. */
struct option_spec {
	const char *name;	/* as typed: "-o", "--theme" */
	const char *alias;	/* the other spelling ("--quiet"), or NULL */
	enum opt_action action;
	size_t field;		/* OPT_VALUE, OPT_FLAG: offsetof in options */
	unsigned commands;	/* FOR() bits of the commands that take it */
	const char *misuse;	/* the message, with %s for the option, when
				 * another command is given it; NULL: it is an
				 * unknown option there */
	int (*check)(const struct options *);	/* after the whole command
				 * line: -1, or the exit status; may be NULL */
	const char *help;	/* its lines in --help */
};

/* Every option, in the order --help lists them and the checks run. */
static const struct option_spec option_table[] = {
	{ "-o", NULL, OPT_VALUE, offsetof(struct options, outdir),
	    FOR(CMD_BUILD) | FOR(CMD_EXPORT) | FOR(CMD_PACKAGE) |
	    FOR(CMD_REPORT),
	    "%s is not for 'check' or 'serve'", NULL,
	    "  -o OUTDIR        where the site goes (default: build/site); it is\n"
	    "                   replaced whole, and only when the build succeeds;\n"
	    "                   for package and export, the file to write; for\n"
	    "                   report, its folder (default:\n"
	    "                   PROJECTDIR/build/report)\n" },
	{ "--pack", NULL, OPT_VALUE, offsetof(struct options, pack),
	    FOR(CMD_EXPORT) | FOR(CMD_PACKAGE),
	    "%s is for 'package' and 'export'", NULL,
	    "  --pack ID        package or export that pack only\n" },
	{ "--scorm", NULL, OPT_VALUE, offsetof(struct options, scorm),
	    FOR(CMD_PACKAGE), "%s is for 'package'", check_scorm,
	    "  --scorm VERSION  1.2 (the default, best in Moodle and Totara) "
	    "or 2004\n" },
	{ "--format", NULL, OPT_VALUE, offsetof(struct options, format),
	    FOR(CMD_EXPORT), "%s is for 'export'", check_format,
	    "  --format FORMAT  moodle-xml or gift\n" },
	{ "--lang", NULL, OPT_VALUE, offsetof(struct options, lang),
	    FOR(CMD_EXPORT) | FOR(CMD_PACKAGE) | FOR(CMD_REPORT),
	    "%s is for 'package', 'export' and 'report'", check_lang,
	    "  --lang LANG      package, export or report in LANG, one of the\n"
	    "                   settings' 'languages' (default: their 'language')\n" },
	{ "--xapi-endpoint", NULL, OPT_VALUE,
	    offsetof(struct options, xapi_endpoint),
	    FOR(CMD_BUILD) | FOR(CMD_PACKAGE),
	    "%s is for 'build' and 'package'", check_xapi_endpoint,
	    "  --xapi-endpoint URL  also send xAPI statements to this LRS (build,\n"
	    "                   package); without it, only when the LMS's launch\n"
	    "                   address gives endpoint, auth and actor\n" },
	{ "--xapi-auth", NULL, OPT_VALUE, offsetof(struct options, xapi_auth),
	    FOR(CMD_BUILD) | FOR(CMD_PACKAGE),
	    "%s is for 'build' and 'package'", check_xapi_auth,
	    "  --xapi-auth VALUE    the LRS's Authorization header, such as\n"
	    "                   'Basic ...'; it is written into the pages\n" },
	{ "--theme", NULL, OPT_VALUE, offsetof(struct options, theme),
	    FOR_COMMANDS, NULL, check_theme,
	    "  --theme NAME     use PROJECTDIR/themes/NAME over the built-in theme\n"
	    "                   (default: default, built in when there is no\n"
	    "                   themes/default); export needs no theme\n" },
	{ "--theme-dir", NULL, OPT_VALUE, offsetof(struct options, theme_dir),
	    FOR_COMMANDS, NULL, NULL,
	    "  --theme-dir DIR  use the theme in DIR over the built-in theme\n" },
	{ "-j", "--jobs", OPT_VALUE, offsetof(struct options, jobs),
	    FOR(CMD_BUILD) | FOR(CMD_PACKAGE), "%s is for 'build' and "
	    "'package'", check_jobs,
	    "  -j N, --jobs N   render with N threads (default: one per\n"
	    "                   processor); the output is the same for any N\n" },
	{ "--port", NULL, OPT_VALUE, offsetof(struct options, port),
	    FOR(CMD_SERVE), "%s is for 'serve'", check_port,
	    "  --port N         serve: the port (default: 8000; 0: any free one)\n" },
	{ "--host", NULL, OPT_VALUE, offsetof(struct options, host),
	    FOR(CMD_SERVE), "%s is for 'serve'", NULL,
	    "  --host ADDR      serve: listen on ADDR instead of 127.0.0.1, so\n"
	    "                   other machines can open the site (a warning)\n" },
	{ "--db", NULL, OPT_VALUE, offsetof(struct options, db),
	    FOR(CMD_REPORT), "%s is for 'report'", NULL,
	    "  --db FILE        report: the results database (default:\n"
	    "                   PROJECTDIR/results.sqlite), made if need be\n" },
	{ "--lrs", NULL, OPT_VALUE, offsetof(struct options, lrs),
	    FOR(CMD_REPORT), "%s is for 'report'", NULL,
	    "  --lrs URL        report: also read the statements about the\n"
	    "                   project from this LRS's xAPI endpoint, those\n"
	    "                   stored since the last run\n" },
	{ "--lrs-auth", NULL, OPT_VALUE, offsetof(struct options, lrs_auth),
	    FOR(CMD_REPORT), "%s is for 'report'", check_lrs_auth,
	    "  --lrs-auth VALUE report: the LRS's Authorization header, such\n"
	    "                   as 'Basic ...' (never printed)\n" },
	{ "--names", NULL, OPT_FLAG, offsetof(struct options, names),
	    FOR(CMD_REPORT), "%s is for 'report'", NULL,
	    "  --names          report: show learners' names (never shown\n"
	    "                   without it)\n" },
	{ "--project", NULL, OPT_VALUE, offsetof(struct options, project),
	    FOR(CMD_REPORT), "%s is for 'report'", NULL,
	    "  --project DIR    report: the project (default: .), since its\n"
	    "                   other arguments are the SOURCEs to collect\n" },
	{ "--strict", NULL, OPT_FLAG, offsetof(struct options, strict),
	    FOR_COMMANDS, NULL, NULL,
	    "  --strict         treat every warning as an error, such as a pack\n"
	    "                   a learner can pass by the surface of its questions\n" },
	{ "--report", NULL, OPT_FLAG, offsetof(struct options, report),
	    FOR(CMD_CHECK), "%s is for 'check'", NULL,
	    "  --report         check: print what every surface strategy scores on\n"
	    "                   every pack and scenario, and which golden rules\n"
	    "                   and principles each pack asks, as Markdown tables\n" },
	{ "--with-scenarios", NULL, OPT_FLAG,
	    offsetof(struct options, with_scenarios), FOR(CMD_PACKAGE),
	    "%s is for 'package'", NULL,
	    "  --with-scenarios package: add the pack's branching scenarios, which\n"
	    "                   report completion only (the quiz is the graded SCO)\n" },
	{ "-v", "--verbose", OPT_FLAG, offsetof(struct options, verbose),
	    FOR(CMD_BUILD), "%s is for 'build'", NULL,
	    "  -v, --verbose    build: also say how many pages were made and how\n"
	    "                   many carried over unchanged from the last build\n" },
	{ "-q", "--quiet", OPT_FLAG, offsetof(struct options, quiet),
	    FOR_COMMANDS | FOR(CMD_NEW), NULL, NULL,
	    "  -q, --quiet      print nothing but problems (no summary, and no\n"
	    "                   progress on a terminal)\n" },
	{ "-h", "--help", OPT_HELP, 0,
	    FOR(CMD_NONE) | FOR_COMMANDS | FOR(CMD_NEW), NULL, NULL,
	    "  -h, --help       show this help; 'sharepack build --help' too\n" },
	{ "--version", NULL, OPT_VERSION, 0, FOR(CMD_NONE), NULL, NULL,
	    "  --version        show the version\n" },
};
#define N_OPTIONS (sizeof option_table / sizeof option_table[0])

static int
usage_error(const char *fmt, const char *arg)
{
	diag_say(stderr, fmt, arg);
	fputs(usage_text, stderr);
	return EXIT_USAGE;
}

static int
print_help(void)
{
	fputs(usage_text, stdout);
	fputs("\n", stdout);
	fputs(help_intro, stdout);
	for (size_t i = 0; i < N_OPTIONS; i++)
		fputs(option_table[i].help, stdout);
	fputs(help_outro, stdout);
	return EXIT_OK;
}

static const struct option_spec *
find_option(const char *arg)
{
	for (size_t i = 0; i < N_OPTIONS; i++) {
		const struct option_spec *s = &option_table[i];
		if (strcmp(arg, s->name) == 0 ||
		    (s->alias != NULL && strcmp(arg, s->alias) == 0))
			return s;
	}
	return NULL;
}

/* Applies option s, spelt arg, for o->command; value is the argument after
 * it (NULL at the end), which OPT_VALUE takes. Returns -1 to go on, or an
 * exit status. */
static int
apply_option(const struct option_spec *s, const char *arg, const char *value,
    struct options *o)
{
	/* "needs a value" comes first: it is the likelier slip. */
	if (s->action == OPT_VALUE && value == NULL)
		return usage_error("%s needs a value", arg);
	if (!(s->commands & FOR(o->command)))
		return usage_error(s->misuse ? s->misuse :
		    "unknown option '%s'", arg);
	switch (s->action) {
	case OPT_VALUE:
		*(const char **)(void *)((char *)o + s->field) = value;
		return -1;
	case OPT_FLAG:
		*(int *)(void *)((char *)o + s->field) = 1;
		return -1;
	case OPT_HELP:
		return print_help();
	case OPT_VERSION:
		printf("sharepack %s\n", SHAREPACK_VERSION);
		return EXIT_OK;
	}
	return -1;
}

/* The first argument: a command, or an option that stands alone
 * (--help, --version). Returns -1 to go on, or an exit status. */
static int
parse_command(const char *arg, struct options *o)
{
	const struct option_spec *s = find_option(arg);
	if (s != NULL && (s->commands & FOR(CMD_NONE)))
		return apply_option(s, arg, NULL, o);
	for (size_t c = 0; c < N_COMMANDS; c++)
		if (command_names[c] != NULL &&
		    strcmp(arg, command_names[c]) == 0) {
			o->command = (enum command)c;
			return -1;
		}
	return usage_error("unknown command '%s'", arg);
}

static int
check_scorm(const struct options *o)
{
	if (o->scorm != NULL && strcmp(o->scorm, "1.2") != 0 &&
	    strcmp(o->scorm, "2004") != 0)
		return usage_error("unknown SCORM version '%s'; use 1.2 or 2004",
		    o->scorm);
	return -1;
}

static int
check_format(const struct options *o)
{
	if (o->command == CMD_EXPORT && o->format == NULL)
		return usage_error("export needs --format moodle-xml or --format "
		    "gift%s", "");
	if (o->format != NULL && strcmp(o->format, "moodle-xml") != 0 &&
	    strcmp(o->format, "gift") != 0)
		return usage_error("unknown format '%s'; use moodle-xml or gift",
		    o->format);
	return -1;
}

static int
check_lang(const struct options *o)
{
	if (o->lang != NULL && !pack_valid_lang(o->lang))
		return usage_error("--lang takes a language code of two or three "
		    "letters, such as cy ('%s')", o->lang);
	return -1;
}

static int
check_xapi_endpoint(const struct options *o)
{
	if (o->xapi_endpoint != NULL && strncmp(o->xapi_endpoint, "https://",
	    8) != 0 && strncmp(o->xapi_endpoint, "http://", 7) != 0)
		return usage_error("--xapi-endpoint takes the LRS's address, "
		    "starting https:// ('%s')", o->xapi_endpoint);
	return -1;
}

static int
check_xapi_auth(const struct options *o)
{
	if (o->xapi_auth != NULL && o->xapi_endpoint == NULL)
		return usage_error("--xapi-auth goes with --xapi-endpoint%s", "");
	return -1;
}

static int
check_lrs_auth(const struct options *o)
{
	if (o->lrs_auth != NULL && o->lrs == NULL)
		return usage_error("--lrs-auth goes with --lrs%s", "");
	return -1;
}

static int
check_theme(const struct options *o)
{
	if (strchr(o->theme, '/') != NULL || o->theme[0] == '.')
		return usage_error("--theme takes a name such as 'default', not "
		    "a path ('%s'); use --theme-dir for a path", o->theme);
	return -1;
}

static int
check_port(const struct options *o)
{
	const char *p = o->port;
	if (p != NULL && (strspn(p, "0123456789") != strlen(p) || *p == '\0' ||
	    strlen(p) > 5 || atoi(p) > 65535))
		return usage_error("--port takes a number from 0 to 65535, such "
		    "as 8000 ('%s')", p);
	return -1;
}

static int
check_jobs(const struct options *o)
{
	const char *n = o->jobs;
	if (n != NULL && (strspn(n, "0123456789") != strlen(n) || *n == '\0' ||
	    strlen(n) > 4 || atoi(n) < 1))
		return usage_error("-j takes a number of threads from 1 to "
		    "9999, such as 2 ('%s')", n);
	return -1;
}

/* Fills o from argv. Returns -1 to go on, or an exit status. */
static int
parse_args(int argc, char **argv, struct options *o)
{
	if (argc < 2)
		return usage_error("no command given%s", "");
	int status = parse_command(argv[1], o);
	int positional = 0;
	for (int i = 2; i < argc && status < 0; i++) {
		const char *a = argv[i];
		const struct option_spec *s = find_option(a);
		if (s != NULL) {
			status = apply_option(s, a, i + 1 < argc ? argv[i + 1] :
			    NULL, o);
			i += s->action == OPT_VALUE;
		} else if (strcmp(a, "--") == 0)
			continue;	/* accepted from habit; ends nothing */
		else if (a[0] == '-' && a[1] != '\0')
			status = usage_error("unknown option '%s'", a);
		else if (o->command == CMD_REPORT)
			o->sources[o->source_count++] = a;
		else if (positional++ > 0)
			status = usage_error("one PROJECTDIR only; '%s' is one "
			    "too many", a);
		else
			o->project = a;
	}
	/* Checks of values, and of options that go together, once every
	 * option is known. */
	for (size_t k = 0; k < N_OPTIONS && status < 0; k++)
		if (option_table[k].check != NULL)
			status = option_table[k].check(o);
	return status;
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

/* What one run holds, from the paths to the rendered pages. */
struct job {
	const struct options *o;
	struct diag d;
	char *content;		/* PROJECTDIR/content */
	char *scenarios;	/* PROJECTDIR/scenarios */
	char *settings;		/* PROJECTDIR/sharepack.yaml */
	char *theme_dir;	/* --theme-dir, or PROJECTDIR/themes/NAME; NULL:
				 * the built-in theme alone, or no theme
				 * (export) */
	struct pack *p;
	struct theme *t;	/* NULL until loaded */
	const struct item *pk;	/* --pack, once found; NULL: every pack */
	const char *lang;	/* package, export, report: the language
				 * written (pick_language); borrowed */
	struct catalogue *cat;	/* its words; NULL until loaded */
	struct render_out pages;
	struct catalogue *cats[PACK_MAX_LANGUAGES + 1];	/* the interface
				 * catalogue of each language the pages are
				 * made in: cat_count of them */
	size_t cat_count;
	struct catalogue *checked[PACK_MAX_LANGUAGES + 2];	/* build,
				 * package: the catalogues the check loaded,
				 * checked_count of them, until load_catalogues
				 * takes them (a slot taken is NULL) */
	size_t checked_count;
	size_t written;		/* build: the .html pages written */
	struct serve_scripts *kept;	/* serve: the scripts' items between
					 * builds; NULL: run the scripts */
	int collected;		/* report: the sources were read */
	char *elsewhere;	/* the project's absolute path when it is not
				 * the current folder (messages then name
				 * it first: diag_enter), else NULL */
	uint64_t cache_key;	/* build: the content cache's (cache.h); 0:
				 * none */
	char *cache;		/* build: where it is; NULL: none */
	struct cache *recalled;	/* build: the cache read, open until the
				 * next is written from it; or NULL */
	struct cache_preparing *preparing;	/* build: the next cache
				 * being written from it once the items are
				 * checked, till build_site or the end of the
				 * run waits for it; or NULL */
	struct fragstore *frags;	/* build, package: every item's HTML,
					 * made as it is read; NULL: none */
	/* Read beside the checks of the items, on a thread of its own
	 * (aside_work): set by it, read once it is joined. */
	pthread_t aside;
	int aside_state;	/* ASIDE_NONE, ASIDE_READY (aside_prepare),
				 * ASIDE_RUNNING, ASIDE_DONE */
	int aside_site;		/* build: begin the site there too */
	struct diag_kept theme_kept, site_kept;	/* their messages */
	struct diag_note *theme_note;	/* the theme's and the catalogues'
					 * messages, for load_project */
	struct diag_note *site_note;	/* the site writer's, for
					 * build_site */
	struct render_config cfg;	/* build: the pages', with the
					 * catalogues (load_catalogues) */
	struct site_writer *w;	/* build: begun beside the content, until
				 * build_site takes it; NULL: none */
};

enum { ASIDE_NONE, ASIDE_READY, ASIDE_RUNNING, ASIDE_DONE };

/* The file export or package writes: -o, or a name under build/, which
 * names the language when it is not the default (all-packs-cy-scorm12.zip).
 * The caller frees it. */
static char *
output_file(const struct job *j, const char *what, const char *ext)
{
	const char *id = j->pk ? j->pk->id : "all-packs";
	if (j->o->outdir != NULL)
		return xstrdup(j->o->outdir);
	if (strcmp(j->lang, pack_default_lang(&j->p->settings)) == 0)
		return xasprintf("build/%s-%s.%s", id, what, ext);
	return xasprintf("build/%s-%s-%s.%s", id, j->lang, what, ext);
}

static void
run_export(struct job *j)
{
	const struct options *o = j->o;
	struct diag *d = &j->d;
	int xml = strcmp(o->format, "moodle-xml") == 0;
	struct buf out = BUF_INIT;
	size_t n = export_questions(j->p, j->pk, xml ? EXPORT_MOODLE_XML :
	    EXPORT_GIFT, j->cat, &out);
	/* A content file changed since it was read: its questions may be
	 * half old, half new. */
	if (body_report(j->p, d) > 0)
		goto out;
	char *file = output_file(j, "questions", xml ? "xml" : "gift");
	if (fs_write_atomic(file, out.data, out.len) != 0)
		diag_syserr(d, "%s: cannot write: %s", file, strerror(errno));
	else if (!o->quiet)
		diag_say(stdout, "wrote %zu questions to %s; import it into "
		    "the LMS's question bank as %s", n, file, xml ?
		    "Moodle XML" : "GIFT");
	free(file);
out:
	buf_free(&out);
}

static int
put_page(void *ctx, const char *path, const void *data, size_t len)
{
	return site_put(ctx, path, data, len);
}

/* package: the pages are rendered into a scratch folder beside the zip,
 * each written as soon as it is made, and zipped from there, so no more
 * than the pages being made are held, however many the package has. */
static void
run_package(struct job *j, const struct render_config *cfg)
{
	const struct options *o = j->o;
	int v2004 = o->scorm != NULL && strcmp(o->scorm, "2004") == 0;
	char *file = output_file(j, v2004 ? "scorm2004" : "scorm12", "zip");
	struct scorm_counts n;
	struct site_writer *w = site_scratch(file, &j->d);
	if (w == NULL)
		goto out;
	struct render_sink sink = { put_page, NULL, w };
	j->pages.sink = &sink;
	render_site(j->p, j->t, cfg, &j->pages);
	j->pages.sink = NULL;
	/* A page made from a file that changed since it was checked must
	 * not be packaged. */
	if (body_report(j->p, &j->d) + fragstore_report(j->frags, &j->d) > 0 ||
	    site_scratch_done(w, &j->d) != 0 ||
	    scorm_package(j->p, j->pk, site_dir(w), j->t, j->cat, v2004 ?
	    SCORM_2004 : SCORM_12, o->with_scenarios, file, &n, &j->d) != 0 ||
	    o->quiet)
		goto out;
	diag_say(stdout, "wrote %s (SCORM %s): %zu graded quiz%s%s; upload it "
	    "to the LMS as a SCORM package", file, v2004 ? "2004" : "1.2",
	    n.graded, n.graded == 1 ? "" : "zes", n.completion_only == 0 ?
	    "" : ", and branching scenarios that report completion only");
	if (n.graded > 1)
		diag_say(stdout, "%zu quizzes are graded: in Moodle, set the "
		    "grading method to 'Learning objects', with as many to "
		    "pass, or a passed quiz can hide a failed one ('Highest "
		    "grade'); or package one pack with --pack ID", n.graded);
out:
	if (w != NULL) {
		site_abandon(w);
		site_writer_free(w);
	}
	free(file);
}

/* Messages go to msgs. */
static void
job_init(struct job *j, const struct options *o, FILE *msgs,
    struct serve_scripts *kept)
{
	j->o = o;
	j->kept = kept;
	diag_init(&j->d, msgs);
	j->d.strict = o->strict;
	/* Progress is for a person watching: not in a pipe or a log. */
	j->d.progress = !o->quiet && isatty(STDERR_FILENO) &&
	    isatty(STDOUT_FILENO);
	j->content = project_path(o, "content");
	j->scenarios = project_path(o, "scenarios");
	j->settings = project_path(o, SETTINGS_FILE);
	j->theme_dir = NULL;
	if (o->command == CMD_EXPORT) {
		/* Questions for an LMS's quiz engine use no theme. */
	} else if (o->theme_dir != NULL) {
		j->theme_dir = xstrdup(o->theme_dir);
	} else {
		char *rel = xasprintf("themes/%s", o->theme);
		j->theme_dir = project_path(o, rel);
		free(rel);
		/* A project needs no theme folder: the default is built in. */
		if (strcmp(o->theme, "default") == 0 &&
		    !fs_is_dir(j->theme_dir)) {
			free(j->theme_dir);
			j->theme_dir = NULL;
		}
	}
	j->elsewhere = NULL;
	j->p = pack_new();
	j->t = NULL;
	j->pk = NULL;
	j->lang = NULL;
	j->cat = NULL;
	j->pages = (struct render_out){ NULL, 0, 0, NULL };
	j->cat_count = 0;
	j->checked_count = 0;
	j->collected = 0;
	j->written = 0;
	j->cache_key = 0;
	j->cache = NULL;
	j->recalled = NULL;
	j->preparing = NULL;
	j->frags = NULL;
	j->aside_state = ASIDE_NONE;
	j->aside_site = 0;
	j->theme_note = NULL;
	j->site_note = NULL;
	j->w = NULL;
}

static void
job_free(struct job *j)
{
	render_out_free(&j->pages);
	catalogue_free(j->cat);
	for (size_t i = 0; i < j->cat_count; i++)
		catalogue_free(j->cats[i]);
	for (size_t i = 0; i < j->checked_count; i++)
		catalogue_free(j->checked[i]);
	theme_free(j->t);
	serve_scripts_return(j->kept, j->p);
	pack_free(j->p);
	fragstore_close(j->frags);
	diag_note_free(j->theme_note);
	diag_note_free(j->site_note);
	free(j->elsewhere);
	free(j->cache);
	cache_close(j->recalled);
	free(j->theme_dir);
	free(j->settings);
	free(j->scenarios);
	free(j->content);
}

/* A folder of the project that is a link out of it (content -> /home/x)
 * would publish what it leads to; --theme-dir is the user's own choice.
 * Returns 1 after saying so. */
static int
leaves_project(const struct job *j, const char *dir)
{
	if (!fs_is_dir(dir) || fs_within(dir, j->o->project) != 0)
		return 0;
	diag_say(j->d.out, "%s: a symbolic link to a folder outside the "
	    "project; copy the folder in instead", dir);
	return 1;
}

/* When PROJECTDIR has no content/ folder, the likeliest slip said first:
 * it is the content folder itself, or a project is one folder down. */
static void
explain_no_content(const struct job *j)
{
	const char *dir = j->o->project, *cmd = command_names[j->o->command];
	char *below = NULL;
	/* report's other arguments are sources: the project is an option. */
	if (j->o->command == CMD_REPORT)
		cmd = "report --project";
	if (load_is_content_like(dir)) {
		const char *slash = strrchr(dir, '/');
		char *parent = strcmp(dir, ".") == 0 ? xstrdup("..") :
		    slash == NULL ? xstrdup(".") : slash == dir ? xstrdup("/") :
		    xstrndup(dir, (size_t)(slash - dir));
		diag_say(j->d.out, "%s is a content folder itself, not a project; "
		    "give the project folder that holds it: 'sharepack %s %s'",
		    strcmp(dir, ".") == 0 ? "this folder" : dir, cmd, parent);
		free(parent);
	} else if ((below = load_project_below(dir)) != NULL) {
		diag_say(j->d.out, "the project is in %s, which holds content/; "
		    "give that folder: 'sharepack %s %s'", below, cmd, below);
	}
	free(below);
}

/* The folders the command line names must be there, inside the project,
 * before anything is read. Returns -1 to go on, or an exit status. */
static int
folders_exist(const struct job *j)
{
	if (!fs_is_dir(j->content)) {
		explain_no_content(j);
		diag_say(j->d.out, "%s: no such folder; PROJECTDIR must hold a "
		    "content/ folder (see content/README.md)", j->content);
		return EXIT_USAGE;
	}
	if (j->theme_dir != NULL && !fs_is_dir(j->theme_dir)) {
		diag_say(j->d.out, "%s: no such theme folder; check --theme or "
		    "--theme-dir (without either, the built-in theme is used)",
		    j->theme_dir);
		return EXIT_USAGE;
	}
	if (leaves_project(j, j->content) || leaves_project(j, j->scenarios) ||
	    (j->o->theme_dir == NULL && j->theme_dir != NULL &&
	    leaves_project(j, j->theme_dir)))
		return EXIT_CONTENT;
	return -1;
}

/* The files the settings add to assets/ must not take the name of a theme
 * file, which would be written over one or the other. */
static void
check_asset_names(struct job *j)
{
	const struct site_settings *s = &j->p->settings;
	const char *names[2] = { s->accent != NULL || s->text != NULL ?
	    PACK_SETTINGS_CSS : NULL, s->logo_name };
	for (int i = 0; j->t != NULL && i < 2; i++) {
		if (names[i] == NULL || !theme_has_asset(j->t, names[i]))
			continue;
		struct srcpos at = { j->t->layout_path, 0, 0 };
		diag_error(&j->d, &at, "the theme has a file %s, the name "
		    "sharepack gives the %s from %s in assets/; rename the "
		    "theme's file", names[i], i == 0 ? "colours' stylesheet" :
		    "logo", SETTINGS_FILE);
	}
}

/* How messages name the theme folder: as the project's other folders,
 * from the project (themes/NAME); --theme-dir as given, but absolute when
 * the project is elsewhere, since the messages' paths are then read from
 * there. Caller frees; NULL for no theme folder. */
static char *
theme_shown(const struct job *j)
{
	if (j->theme_dir == NULL)
		return NULL;
	if (j->o->theme_dir == NULL)
		return xasprintf("themes/%s", j->o->theme);
	char *real = j->elsewhere != NULL && j->theme_dir[0] != '/' ?
	    fs_real(j->theme_dir) : NULL;
	return real != NULL ? real : xstrdup(j->theme_dir);
}

/* The catalogue of lang as the check loaded it, taken from j->checked,
 * or loaded now (as the check would: nothing new to report). */
static struct catalogue *
checked_catalogue(struct job *j, const char *lang, const char *shown,
    struct diag *d)
{
	for (size_t i = 0; i < j->checked_count; i++) {
		struct catalogue *c = j->checked[i];
		if (c != NULL && strcmp(c->lang, lang) == 0) {
			j->checked[i] = NULL;
			return c;
		}
	}
	return catalogue_load(lang, j->theme_dir, shown, d);
}

/* The catalogue of each language the pages are in (cfg's one, or every
 * language of the settings), read once for the check and the build (a
 * rebuild parsed each twice), into cfg; what loading one says goes to
 * d. */
static void
load_catalogues(struct job *j, struct render_config *cfg, struct diag *d)
{
	const struct site_settings *s = &j->p->settings;
	const char *langs[PACK_MAX_LANGUAGES + 1];
	size_t n = 0;
	langs[n++] = cfg->lang != NULL ? cfg->lang : pack_default_lang(s);
	for (size_t i = 0; cfg->lang == NULL && i < s->languages.count &&
	    n <= PACK_MAX_LANGUAGES; i++)
		if (strcmp(s->languages.values[i], langs[0]) != 0)
			langs[n++] = s->languages.values[i];
	char *shown = theme_shown(j);
	for (size_t i = 0; i < n; i++) {
		struct catalogue *c = checked_catalogue(j, langs[i], shown,
		    d);
		if (c != NULL)
			j->cats[j->cat_count++] = c;
	}
	free(shown);
	cfg->catalogues = (const struct catalogue *const *)j->cats;
	cfg->catalogue_count = j->cat_count;
}

/* The pages' configuration for j's command, without the catalogues
 * (load_catalogues adds them). A package's language is j->lang, so for
 * one this comes after pick_language. */
static void
job_config(struct job *j, struct render_config *cfg)
{
	const struct options *o = j->o;
	*cfg = (struct render_config){ o->xapi_endpoint, o->xapi_auth, NULL,
	    o->command == CMD_PACKAGE, &j->d,
	    o->jobs != NULL ? (unsigned)atoi(o->jobs) : 0, NULL, NULL, 0,
	    NULL, NULL, NULL };
	/* A package is in one language (--lang, else the default), at its
	 * root. */
	if (o->command == CMD_PACKAGE)
		cfg->lang = j->lang;
}

/* The theme and the interface catalogues checked and, for a build, the
 * site writer begun (the last build's records read, the spare walked):
 * 3 ms of a 10k rebuild's main thread, none of which reads the items, so
 * it is done while they are checked, its messages kept for where they
 * come out (aside_join, build_site). It reads of j only what the main
 * thread leaves as it is meanwhile (the options, the paths, the
 * settings); what it sets (the theme, the catalogues, the writer) is read
 * only once it is joined. */
static void *
aside_work(void *arg)
{
	struct job *j = arg;
	struct diag *d = &j->theme_kept.d;
	char *shown = theme_shown(j);
	j->t = theme_load(j->theme_dir, shown, d);
	int makes = j->o->command == CMD_BUILD ||
	    j->o->command == CMD_PACKAGE;
	j->checked_count = catalogue_check_project(&j->p->settings,
	    SETTINGS_FILE, j->theme_dir, shown, d, makes ? j->checked : NULL,
	    PACK_MAX_LANGUAGES + 2);
	free(shown);
	/* A build with errors so far would begin no site. */
	if (j->aside_site && d->errors == 0) {
		job_config(j, &j->cfg);
		load_catalogues(j, &j->cfg, &j->site_kept.d);
		/* A page whose inputs are those the last build made it from
		 * is carried over from it (record.h). */
		j->w = site_begin(j->o->outdir, record_global(j->t,
		    j->settings, &j->p->settings, &j->cfg), &j->site_kept.d);
	}
	return NULL;
}

/* What aside_work needs before it starts: where its messages go, and
 * whether a build still has no errors, which would then begin no site. */
static void
aside_prepare(struct job *j)
{
	diag_defer(&j->theme_kept, &j->d);
	diag_defer(&j->site_kept, &j->d);
	j->aside_site = j->o->command == CMD_BUILD && j->d.errors == 0;
	j->aside_state = ASIDE_READY;
}

/* Starts aside_work, once the settings and the content are read and the
 * scenario scripts have run (each in a child forked from this process,
 * which a thread holding a lock at the fork, the sanitizers' allocator's
 * say, could leave waiting for it); not for export, which uses no theme.
 * Where no thread can be had, aside_join does the work. */
static void
aside_start(struct job *j)
{
	if (j->o->command == CMD_EXPORT)
		return;
	aside_prepare(j);
	if (pthread_create(&j->aside, NULL, aside_work, j) == 0)
		j->aside_state = ASIDE_RUNNING;
}

/* Waits for aside_work (or does it, when it was not started) and says
 * what the theme and the catalogues' check said, where a run without the
 * thread says it. */
static void
aside_join(struct job *j)
{
	if (j->o->command == CMD_EXPORT)
		return;
	if (j->aside_state == ASIDE_NONE)
		aside_prepare(j);
	if (j->aside_state == ASIDE_RUNNING)
		pthread_join(j->aside, NULL);
	else
		aside_work(j);
	j->aside_state = ASIDE_DONE;
	j->theme_note = diag_note_close(&j->theme_kept);
	j->site_note = diag_note_close(&j->site_kept);
	diag_note_replay(&j->d, j->theme_note);
}

/* Content, scenarios, the checks across items, and the theme (but for
 * export): every problem in all of them is reported, in that order, with
 * paths from the project folder ("content/x.md"). */
static void
load_project(struct job *j)
{
	settings_load(j->o->project, j->settings, SETTINGS_FILE,
	    &j->p->settings, &j->d);
	/* A build reads again only the files changed since the last one
	 * into the same folder. */
	if (j->o->command == CMD_BUILD) {
		j->cache_key = cache_key(j->settings, j->o->theme_dir != NULL ?
		    j->o->theme_dir : j->o->theme, j->o->strict, j->content);
		j->cache = j->cache_key != 0 ? cache_path(j->o->outdir) : NULL;
		j->recalled = cache_open(j->cache, j->cache_key);
	}
	/* What makes pages has each body made into HTML as it is read,
	 * from the tree its checks used. */
	if (j->o->command == CMD_BUILD || j->o->command == CMD_PACKAGE)
		j->p->files.frags = j->frags = fragstore_open(&j->d);
	int listed = load_content(j->content, "content", j->p, j->recalled,
	    &j->d);
	cache_idle(j->recalled);
	if (listed == 0) {
		struct scen_limits limits = scen_default_limits();
		if (j->kept != NULL)
			serve_scripts_add(j->kept, j->scenarios, "scenarios",
			    j->p, &j->d);
		else
			scen_run_all(j->scenarios, "scenarios", &limits, j->p,
			    &j->d);
		/* Not while the content is read either: what the site writer
		 * holds (the spare's paths, the last build's record) would add
		 * to the peak of memory, which is then. */
		aside_start(j);
		check_pack(j->p, &j->d);
		/* The items are as the cache keeps them from here on: it is
		 * written while the rest of the checks run and the pages are
		 * made (40 ms of a 100k rebuild). */
		if (j->recalled != NULL && j->d.errors == 0)
			j->preparing = cache_prepare_start(j->cache, j->p,
			    j->cache_key, j->recalled);
		surface_check(j->p, &j->d);
		body_report(j->p, &j->d);
		fragstore_report(j->frags, &j->d);
	}
	aside_join(j);
	check_asset_names(j);
}

/* Finds --pack in a pack without errors. Returns -1 to go on, or
 * EXIT_USAGE after listing the packs there are. */
static int
find_pack(struct job *j)
{
	if (j->o->pack == NULL || j->d.errors > 0)
		return -1;
	j->pk = pack_find(j->p, j->o->pack);
	if (j->pk != NULL && j->pk->kind == ITEM_PACK)
		return -1;
	struct buf ids = BUF_INIT;
	for (size_t i = 0; i < j->p->count; i++)
		if (j->p->items[i]->kind == ITEM_PACK)
			buf_printf(&ids, " %s", j->p->items[i]->id);
	diag_say(stderr, "there is no pack '%s'; the packs are:%s", j->o->pack,
	    ids.data ? ids.data : "");
	buf_free(&ids);
	return EXIT_USAGE;
}

/* The languages the settings list ("en, cy"), or the default alone.
 * Caller frees. */
static char *
language_list(const struct site_settings *s)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < s->languages.count; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", s->languages.values[i]);
	return b.data != NULL ? buf_detach(&b) :
	    xstrdup(pack_default_lang(s));
}

/* A package or an export in another language than the default shows the
 * items with no translation into it as they are: one warning, before
 * anything is written (--strict then writes nothing). */
static void
warn_untranslated(struct job *j)
{
	const char *def = pack_default_lang(&j->p->settings);
	int questions = j->o->command == CMD_EXPORT;
	size_t total, n;
	if (j->o->command == CMD_REPORT || strcmp(j->lang, def) == 0)
		return;
	n = translate_missing(j->p, j->pk, j->lang, questions, &total);
	if (n > 0)
		diag_warn(&j->d, NULL, "%zu of the %zu %s this %s holds %s "
		    "no %s (%s) translation, so %s in %s; add a file with "
		    "each one's id and 'lang: %s' (content/README.md, "
		    "\"Content in two languages\")", n, total, questions ?
		    "questions" : "items", questions ? "export" : "package",
		    n == 1 ? "has" : "have", translate_language_name(j->lang),
		    j->lang, n == 1 ? "it is" : "they are",
		    translate_language_name(def), j->lang);
}

/* The language package, export and report write in: --lang, which must
 * be one of the settings' languages, or the default language; and its
 * catalogue. Returns -1 to go on, or EXIT_USAGE after saying why. */
static int
pick_language(struct job *j)
{
	const struct site_settings *s = &j->p->settings;
	enum command c = j->o->command;
	if ((c != CMD_EXPORT && c != CMD_PACKAGE && c != CMD_REPORT) ||
	    j->d.errors > 0)
		return -1;
	const char *def = pack_default_lang(s);
	int listed = j->o->lang == NULL || strcmp(j->o->lang, def) == 0;
	for (size_t i = 0; !listed && i < s->languages.count; i++)
		listed = strcmp(s->languages.values[i], j->o->lang) == 0;
	if (!listed) {
		char *langs = language_list(s);
		diag_say(stderr, "--lang %s: the project is not in that "
		    "language; its languages are %s (%s, 'languages')",
		    j->o->lang, langs, SETTINGS_FILE);
		free(langs);
		return EXIT_USAGE;
	}
	j->lang = j->o->lang != NULL ? j->o->lang : def;
	char *shown = theme_shown(j);
	j->cat = catalogue_load(j->lang, j->theme_dir, shown, &j->d);
	free(shown);
	if (j->cat == NULL)
		diag_error(&j->d, NULL, "no interface catalogue for '%s': "
		    "sharepack has its own words in en and cy; add "
		    "themes/default/" CATALOGUE_DIR "/%s.yaml to the project",
		    j->lang, j->lang);
	else
		warn_untranslated(j);
	return -1;
}

/* report: each SOURCE into the results database, in the order given, each
 * file its own transaction (report_collect.h), then the summary, then the
 * LRS (report_lrs.h), which prints its own. */
static void
run_report(struct job *j)
{
	const struct options *o = j->o;
	char *db = o->db != NULL ? xstrdup(o->db) :
	    project_path(o, "results.sqlite");
	char *outdir = NULL;
	struct report_tally t;
	memset(&t, 0, sizeof t);
	/* The SOURCEs, the database and the output are named as typed, from
	 * the current folder, so the project's folder is left first. */
	diag_leave(&j->d);
	struct store *st = store_open(db, &j->d);
	if (st == NULL)
		goto out;
	j->collected = 1;
	for (size_t i = 0; i < o->source_count; i++)
		report_collect_tally(st, j->p, o->sources[i], &t, &j->d);
	if (!o->quiet)
		report_collect_summary(&t, stdout);
	if (o->lrs != NULL)
		report_lrs_read(st, j->p, o->lrs, o->lrs_auth, &j->d);
	/* A file with an error stored nothing, so the database is whole
	 * and the report is written from what was stored. */
	outdir = o->outdir != NULL ? xstrdup(o->outdir) :
	    project_path(o, "build/report");
	if (report_site_write(st, j->p, j->t, j->cat, outdir, o->names,
	    &j->d) == 0 &&
	    !o->quiet)
		diag_say(stdout, "wrote the report to %s/; open %s/index.html "
		    "in a browser", outdir, outdir);
out:
	store_close(st);
	free(outdir);
	free(db);
}

static int
reuse_page(void *ctx, const char *path, uint64_t key)
{
	return site_reuse(ctx, path, key);
}

/* The content cache for the next build, once the site is in place. It is
 * only ever a shortcut: one that cannot be written is no error. */
static void
keep_cache(struct job *j)
{
	/* One that cannot be written leaves the last, still right file by
	 * file (each entry is taken only for a file as it was). */
	if (j->cache != NULL)
		cache_write(j->cache, j->p, j->cache_key, j->recalled);
}

/* build: each page is written into the new site as soon as it is made,
 * so no more than the pages being made are held. */
static void
build_site(struct job *j, const struct render_config *cfg)
{
	/* Begun while the items were checked (aside_work). */
	diag_note_replay(&j->d, j->site_note);
	struct site_writer *w = j->w;
	j->w = NULL;
	if (w == NULL)
		return;
	struct render_sink sink = { put_page, reuse_page, w };
	j->pages.sink = &sink;
	render_site(j->p, j->t, cfg, &j->pages);
	j->pages.sink = NULL;
	/* A rebuild's content cache is written while the pages are made
	 * (the pages read the items, the writer too, and neither changes
	 * them); it is put in place only with the site. */
	struct cache_draft *draft = NULL;
	if (j->recalled != NULL) {
		draft = j->preparing != NULL ?
		    cache_prepare_wait(j->preparing) : cache_prepare(j->cache,
		    j->p, j->cache_key, j->recalled);
		j->preparing = NULL;
		cache_close(j->recalled);
		j->recalled = NULL;
	}
	j->written = site_pages(w);
	/* A page made from a file that changed since it was checked, or
	 * without the HTML the fragment store lost, must not be published:
	 * the previous site stays. */
	if (body_report(j->p, &j->d) + fragstore_report(j->frags,
	    &j->d) > 0) {
		cache_drop(draft);
		site_abandon(w);
		site_writer_free(w);
		return;
	}
	int done = site_finish(w, j->t, &j->d) == 0;
	if (done && j->o->verbose)
		diag_say(stdout, "content files read: %zu; taken unchanged "
		    "from the last build: %zu", j->p->files.taken -
		    j->p->files.recalled, j->p->files.recalled);
	if (done && j->o->verbose)
		diag_say(stdout, "pages made: %zu; carried over unchanged "
		    "from the last build: %zu", j->written - site_carried(w),
		    site_carried(w));
	/* A first build's is written while the previous site is removed or
	 * the spare made (site_finish). */
	if (done && draft != NULL)
		cache_keep(draft);
	else if (done)
		keep_cache(j);
	else
		cache_drop(draft);
	site_done(w, &j->d);
	site_writer_free(w);
}

/* Writes what the command makes, if the project had no errors. */
static void
make_output(struct job *j)
{
	const struct options *o = j->o;
	if (j->d.errors > 0)
		return;
	struct render_config cfg;
	job_config(j, &cfg);
	if (o->command == CMD_PACKAGE)
		load_catalogues(j, &cfg, &j->d);
	if (o->command == CMD_BUILD) {
		build_site(j, &j->cfg);
	} else if (o->command == CMD_EXPORT) {
		run_export(j);
	} else if (o->command == CMD_PACKAGE) {
		run_package(j, &cfg);
	} else if (o->command == CMD_REPORT) {
		run_report(j);
	}
}

static const char *
plural(int n)
{
	return n == 1 ? "" : "s";
}

/* ", 2 findings allowed by comments" when a comment silenced any (lint.h),
 * so that they stay in sight; "" otherwise. The caller frees it. */
static char *
silenced_note(const struct diag *d)
{
	if (d->silenced == 0)
		return xstrdup("");
	return xasprintf(", %d finding%s allowed by comments", d->silenced,
	    plural(d->silenced));
}

/* The last line, unless -q: what went wrong, or what was done.
 * run_export and run_package have said what they wrote. */
static void
print_summary(const struct job *j)
{
	const struct options *o = j->o;
	const struct diag *d = &j->d;
	if (o->quiet)
		return;
	char *note = silenced_note(d);
	if (d->errors > 0)
		diag_say(stderr, "%d error%s, %d warning%s%s; %s",
		    d->errors, plural(d->errors), d->warnings,
		    plural(d->warnings), note, o->command == CMD_BUILD ?
		    "nothing was written" : j->collected ? "nothing of a file "
		    "with an error was stored; the other files were" :
		    o->command == CMD_REPORT ? "nothing was collected" :
		    "fix them before building");
	else if (o->command == CMD_BUILD)
		diag_say(stdout, "wrote %zu pages to %s/ (%d warning%s%s); open "
		    "%s/index.html in a browser", j->written,
		    o->outdir, d->warnings, plural(d->warnings), note,
		    o->outdir);
	else if (o->command == CMD_CHECK)
		diag_say(stdout, "%zu items checked, no errors (%d warning%s%s)",
		    j->p->count, d->warnings, plural(d->warnings), note);
	free(note);
}

/* check's own output: the best surface strategy of every pack and
 * scenario, and with --report every strategy's score. */
static void
print_surface(const struct job *j)
{
	if (j->o->command != CMD_CHECK || j->d.errors > 0)
		return;
	if (!j->o->quiet)
		surface_summary(j->p, stdout);
	if (j->o->report) {
		surface_report(j->p, stdout);
		coverage_report(j->p, stdout);
	}
}

/* 'new': the starter project in DIR, and what to do next. Returns the
 * exit status. */
static int
run_new(const struct options *o)
{
	if (o->project == NULL)
		return usage_error("new needs a folder for the project: "
		    "sharepack new DIR%s", "");
	if (starter_usable(o->project) != 0) {
		diag_say(stderr, "%s: %s; sharepack new makes a project in a new "
		    "or empty folder only", o->project, errno == ENOTEMPTY ?
		    "the folder is not empty" : errno == ENOTDIR ?
		    "there is a file of that name" : strerror(errno));
		return EXIT_USAGE;
	}
	struct diag d;
	diag_init(&d, stderr);
	if (starter_write(o->project, &d) == 0 && !o->quiet) {
		diag_say(stdout, "wrote a new project to %s: a guidance page, "
		    "two 'myth or fact?' statements, two cases, a briefing, a "
		    "branching scenario and a pack that holds them", o->project);
		fputs("Next:\n  cd ", stdout);
		diag_put_escaped(stdout, o->project, strlen(o->project));
		fputs("\n"
		    "  sharepack serve     see the site, rebuilt as you save\n"
		    "  sharepack check     check the content (--strict: no "
		    "warnings either)\n"
		    "  sharepack build     write the site to build/site/\n"
		    "  sharepack package   a SCORM package for your LMS\n"
		    "README.md there says more; the content format is in "
		    "'man 5 sharepack'.\n", stdout);
	}
	return diag_exit_status(&d);
}

/* Runs the command o names, with messages on stderr, or for serve on
 * report->out, report then getting the counts; kept: serve's scripts, or
 * NULL. Returns the exit status. */
static int
run(const struct options *o, struct serve_scripts *kept, struct diag *report)
{
	if (o->command == CMD_NEW)
		return run_new(o);
	struct job j;
	job_init(&j, o, report != NULL ? report->out : stderr, kept);
	/* serve shows its messages build by build, from its own folder. */
	if (report == NULL && (j.elsewhere = fs_elsewhere(o->project)) != NULL)
		diag_enter(&j.d, j.elsewhere);
	int status = folders_exist(&j);
	if (status >= 0)
		goto out;
	load_project(&j);
	status = find_pack(&j);
	if (status < 0)
		status = pick_language(&j);
	if (status >= 0)
		goto out;
	make_output(&j);
	status = diag_exit_status(&j.d);
	print_surface(&j);
	print_summary(&j);
out:
	/* A site begun for a build that then found errors is undone: the
	 * spare is put back as it was. */
	if (j.w != NULL) {
		site_cancel(j.w);
		site_writer_free(j.w);
		j.w = NULL;
	}
	/* A build that made no site keeps no new cache: the one it was
	 * recalled from stays. */
	cache_drop(cache_prepare_wait(j.preparing));
	j.preparing = NULL;
	diag_leave(&j.d);
	if (report != NULL)
		*report = j.d;
	/* serve runs a build after another, each freed. */
	if (report != NULL || FREE_AT_EXIT)
		job_free(&j);
	return status;
}

/* serve's build (serve_build_fn): what 'build -q -o OUTDIR' would do. */
static int
build_for_serve(const void *ctx, const char *outdir,
    struct serve_scripts *kept, struct diag *d)
{
	struct options o = *(const struct options *)ctx;
	o.command = CMD_BUILD;
	o.outdir = outdir;
	o.quiet = 1;
	return run(&o, kept, d);
}

static int
run_serve(const struct options *o)
{
	struct serve_options so = { o->project, o->theme_dir,
	    o->host != NULL ? o->host : SERVE_DEFAULT_HOST,
	    o->port != NULL ? atoi(o->port) : SERVE_DEFAULT_PORT, o->quiet,
	    build_for_serve, o };
	return serve_run(&so);
}

/* The size from which glibc maps each allocation of its own, as by
 * default; but fixed, as setting it makes it. By default, freeing one
 * such block raises the size to that block's, and later big blocks
 * (a chunk of items, a page's text) come from the heap, where what is
 * freed around those that stay is kept: 3 MB of a build's peak at
 * 100,000 items (issue 14). */
#define MAIN_MMAP_THRESHOLD (128 * 1024)

int
main(int argc, char **argv)
{
	struct options o = { .command = CMD_NONE, .project = NULL,
	    .theme = "default" };
	mallopt(M_MMAP_THRESHOLD, MAIN_MMAP_THRESHOLD);
	o.sources = xcalloc((size_t)argc, sizeof *o.sources);
	int status = parse_args(argc, argv, &o);
	if (status >= 0)
		goto out;
	if (o.command != CMD_NEW && o.project == NULL)
		o.project = ".";
	if (o.command == CMD_BUILD && o.outdir == NULL)
		o.outdir = "build/site";
	xmlInitParser();
	status = o.command == CMD_SERVE ? run_serve(&o) : run(&o, NULL, NULL);
	xmlCleanupParser();
out:
	free(o.sources);
	return status;
}
