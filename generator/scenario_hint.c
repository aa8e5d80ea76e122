/*
 * scenario_hint.c: the advice added to a script's error, so that a trainer
 * who is not a programmer can mend it: the name nearest to a misspelt one
 * ("sharepack.scenerio": did you mean sharepack.scenario?) and, for a
 * syntax error, its usual cause (a missing comma, ':' written for '=', a
 * quote or a bracket left open).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <lua.h>

#include "buf.h"
#include "diag.h"
#include "scenario_run.h"
#include "xalloc.h"

/* The most names a table offers for "did you mean"; a script's globals
 * beyond it are not suggested. */
#define MAX_NAMES 512

/* The tables whose fields a misspelt field is compared with, in the order
 * a tie is settled. */
static const char *const libraries[] = { "sharepack", "string", "table",
    "math", "utf8", NULL };

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends the string keys of the table at the top of L to names (n of
 * them so far), sorted, since a table's own order differs between runs.
 * The strings stay valid while the table holds them. */
static void
add_keys(lua_State *L, const char **names, size_t *n)
{
	size_t first = *n;
	lua_pushnil(L);
	while (lua_next(L, -2) != 0) {
		lua_pop(L, 1);
		if (lua_type(L, -1) == LUA_TSTRING && *n < MAX_NAMES)
			names[(*n)++] = lua_tostring(L, -1);
	}
	qsort(names + first, *n - first, sizeof *names, compare_names);
	names[*n] = NULL;
}

/* The quoted name after kind in Lua's message ("(global 'sharepak')"):
 * copied into name (cap bytes); 0, or -1 when there is none. */
static int
quoted_after(const char *msg, const char *kind, char *name, size_t cap)
{
	const char *s = strstr(msg, kind);
	if (s == NULL)
		return -1;
	s += strlen(kind);
	const char *e = strchr(s, '\'');
	if (e == NULL || (size_t)(e - s) >= cap)
		return -1;
	memcpy(name, s, (size_t)(e - s));
	name[e - s] = '\0';
	return 0;
}

/* "did you mean NAME?" for a global the script named but never set. */
static void
hint_global(lua_State *L, const char *name, struct buf *out)
{
	const char **names = xcalloc(MAX_NAMES + 1, sizeof *names);
	size_t n = 0;
	lua_pushglobaltable(L);
	add_keys(L, names, &n);
	const char *near = diag_nearest(name, names);
	if (near != NULL)
		buf_printf(out, "; did you mean %s?", near);
	lua_pop(L, 1);
	free(names);
}

/* "did you mean LIBRARY.NAME?" for a field or method no library has. */
static void
hint_field(lua_State *L, const char *name, struct buf *out)
{
	const char **names = xcalloc(MAX_NAMES + 1, sizeof *names);
	size_t n = 0, ends[sizeof libraries / sizeof *libraries];
	int pushed = 0;
	for (size_t i = 0; libraries[i] != NULL; i++) {
		/* Raw: a script's metamethods must not run outside its
		 * protected call. */
		lua_pushglobaltable(L);
		lua_pushstring(L, libraries[i]);
		if (lua_rawget(L, -2) == LUA_TTABLE)
			add_keys(L, names, &n);
		lua_remove(L, -2);
		pushed++;
		ends[i] = n;
	}
	const char *near = diag_nearest(name, names);
	if (near != NULL) {
		size_t at = 0, lib = 0;
		while (names[at] != near)
			at++;
		while (at >= ends[lib])
			lib++;
		buf_printf(out, "; did you mean %s.%s?", libraries[lib], near);
	}
	lua_pop(L, pushed);
	free(names);
}

/* The text of line (1-based) of code, without its line break. */
static const char *
source_line(const char *code, size_t len, int line, size_t *n)
{
	const char *p = code, *end = code + len;
	for (int l = 1; l < line && p < end; p++)
		l += *p == '\n';
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*n = nl ? (size_t)(nl - p) : (size_t)(end - p);
	return p;
}

/* Whether the line reads "name:" as front matter would, where Lua wants
 * "name =". */
static int
yaml_habit(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	size_t start = i;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_'))
		i++;
	while (i < n && s[i] == ' ')
		i++;
	return i > start && i < n && s[i] == ':' && (i + 1 == n ||
	    s[i + 1] != ':');
}

/* The usual cause of a syntax error, from Lua's message and the line. */
static void
hint_syntax(const char *msg, const char *code, size_t len, int line,
    struct buf *out)
{
	size_t n;
	const char *text = source_line(code, len, line, &n);
	const char *near = strstr(msg, " near ");
	char want[16];
	if (strstr(msg, "unfinished string") != NULL)
		buf_puts(out, "; end the text with the quote it starts with, on "
		    "the same line (for text over several lines, write "
		    "[[ ... ]])");
	else if (strstr(msg, "unfinished long") != NULL)
		buf_puts(out, "; close it with ]]");
	else if (strstr(msg, "near <eof>") != NULL && msg[0] == '\'' &&
	    strstr(msg, "expected (to close") != NULL &&
	    quoted_after(msg, "'", want, sizeof want) == 0)
		buf_printf(out, "; add the missing '%s'", want);
	else if (strstr(msg, "near <eof>") != NULL)
		buf_puts(out, "; the script ends before something is closed: "
		    "look for a missing '}', ')' or 'end'");
	else if (yaml_habit(text, n))
		buf_puts(out, "; in a script a field is written name = value, "
		    "as in title = \"...\" (name: value is for front matter)");
	else if (strncmp(msg, "'}' expected", 12) == 0 && near != NULL &&
	    strchr(")]", near[7]) != NULL && near[8] == '\'')
		buf_printf(out, "; a table opened with '{' is closed with '}', "
		    "not '%c'", near[7]);
	else if (strncmp(msg, "'}' expected", 12) == 0)
		buf_puts(out, "; is a comma missing before it? Separate a "
		    "table's fields with commas: id = \"a\", title = \"...\"");
	else if (strstr(msg, "unexpected symbol") != NULL)
		buf_puts(out, "; look on this line and the one above for a "
		    "missing comma, quote or bracket");
}

void
scen_hint(lua_State *L, const char *msg, int syntax, const char *code,
    size_t len, int line, struct buf *out)
{
	char name[64];
	if (syntax)
		hint_syntax(msg, code, len, line, out);
	else if (!lua_checkstack(L, 8))
		return;	/* no room to look at the tables: no advice */
	else if (quoted_after(msg, "(global '", name, sizeof name) == 0)
		hint_global(L, name, out);
	else if (quoted_after(msg, "(field '", name, sizeof name) == 0 ||
	    quoted_after(msg, "(method '", name, sizeof name) == 0)
		hint_field(L, name, out);
}
