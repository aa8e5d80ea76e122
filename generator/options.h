/*
 * options.h: the program's options, filled once by main() from the command
 * line (main.c's option_table says which option sets each field, and for
 * which commands) and passed down read-only. The only program-wide state
 * there is.
 */
#ifndef SHAREPACK_OPTIONS_H
#define SHAREPACK_OPTIONS_H

#define SHAREPACK_VERSION "0.1.0"

enum command { CMD_NONE, CMD_BUILD, CMD_CHECK, CMD_EXPORT, CMD_PACKAGE,
    CMD_SERVE, CMD_NEW, CMD_REPORT };

struct options {
	enum command command;
	const char *project;	/* PROJECTDIR; default "."; new: DIR, which
				 * has no default (NULL) */
	const char *outdir;	/* -o; default "build/site" (build), a file
				 * under build/ (export, package),
				 * PROJECTDIR/build/report (report) */
	const char *pack;	/* --pack ID: export or package one pack */
	const char *format;	/* export --format moodle-xml | gift */
	const char *lang;	/* --lang LANG (package, export, report);
				 * NULL: the settings' default language */
	const char *scorm;	/* package --scorm 1.2 | 2004 */
	const char *xapi_endpoint;	/* --xapi-endpoint URL */
	const char *xapi_auth;	/* --xapi-auth VALUE */
	const char *theme;	/* --theme NAME; default "default" */
	const char *theme_dir;	/* --theme-dir DIR; overrides --theme */
	const char *port;	/* serve --port N; NULL: SERVE_DEFAULT_PORT */
	const char *host;	/* serve --host ADDR; NULL: 127.0.0.1 */
	const char *jobs;	/* -j N (build, package): threads rendering;
				 * NULL: one per processor online */
	int quiet;		/* -q: no summary line */
	int verbose;		/* build -v: the pages made and carried over */
	int strict;		/* --strict: warnings are errors */
	int report;		/* check --report: the surface strategies */
	int with_scenarios;	/* package --with-scenarios */
	const char *db;		/* report --db FILE; default results.sqlite
				 * in PROJECTDIR */
	int names;		/* report --names: learners' names shown */
	const char *lrs;	/* report --lrs URL: an LRS's xAPI endpoint */
	const char *lrs_auth;	/* report --lrs-auth VALUE */
	const char **sources;	/* report's SOURCE arguments, in order */
	size_t source_count;
};

#endif
