#!/bin/sh
# The include rules between stages (STYLE.md, "Include rules"): data flows
# one way, so later stages never include earlier stages' private headers
# and vice versa. Prints "includes: N passed, N failed".
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tests/lib.sh"
cd "$ROOT/generator" || exit 1

# forbid FILES HEADER...: none of FILES may include any HEADER.
forbid() {
	files=$1; shift
	for f in $files; do
		[ -f "$f" ] || continue
		for h in "$@"; do
			if grep -q "^#include \"$h\"" "$f"; then
				fail "$f includes $h"
			else
				pass
			fi
		done
	done
}
forbid "load.c frontmatter.c markdown.c pack.c settings.c" render.h html5.h theme.h md_dom.h site.h scenario.h
# The settings file is read by the load stage; later stages read the model's
# struct site_settings, never the reader.
forbid "$(ls render*.c md_dom.c md_html.c html5.c site.c scorm.c export.c check.c)" settings.h
forbid "$(ls render*.c md_dom.c md_html.c html5.c)" load.h frontmatter.h scenario.h check.h site.h
# The HTML5 writers know nothing about pages, themes or the pack, and the
# Markdown one builds no DOM.
forbid "html5.c md_html.c" render.h theme.h pack.h
if grep -q '^#include <libxml' md_html.c; then fail "md_html.c includes libxml2"; else pass; fi
forbid "check.c translate.c translate_scenario.c translate.h" render.h theme.h site.h load.h scenario.h
# The personal-data lint reads the checked model and the files as written,
# not the readers that made the model; only the check stage calls it.
forbid "lint.c lint_scan.c lint_names.c" load.h frontmatter.h settings.h schema.h scenario.h \
	render.h theme.h site.h check.h
for f in *.c; do
	case "$f" in check.c|lint*.c) continue ;; esac
	if grep -q '^#include "lint.h"' "$f"; then fail "$f includes lint.h"; else pass; fi
done
# The catalogues are read before anything is rendered; the renderers may
# look strings up, but the reader knows nothing of pages or content files.
forbid "catalogue.c catalogue.h" render.h md_dom.h site.h scenario.h check.h \
	load.h scorm.h export.h
forbid "site.c" load.h frontmatter.h markdown.h check.h
# The build record hashes what the write stage is given, never how it
# was loaded or checked.
forbid "record.c record.h" load.h frontmatter.h markdown.h scenario.h \
	check.h md_dom.h site.h settings.h
# The content cache keeps the model and what was said of each file; it
# knows nothing of how files are read or checked, nor of later stages.
forbid "cache.c cache.h" load.h frontmatter.h markdown.h check.h lint.h \
	scenario.h theme.h md_dom.h render.h site.h scorm.h export.h
# An item's image is the model's bytes alone: no reader, check or page.
forbid "pack_image.c pack_image.h" load.h frontmatter.h markdown.h check.h \
	lint.h scenario.h theme.h md_dom.h render.h site.h cache.h fsutil.h
# An item's body read again is Markdown, for the renderers to make pages
# of: it knows nothing of pages or of the checks.
forbid "body.c body.h" render.h theme.h md_dom.h site.h scenario.h check.h \
	lint.h
forbid "body.h" load.h
# The fragment store carries HTML from the load stage to the renderers:
# it knows nothing of pages, and its header gives the load stage no HTML
# writer.
forbid "fragstore.c fragstore.h" render.h theme.h md_dom.h site.h \
	scenario.h check.h lint.h load.h
forbid "fragstore.h" html5.h body.h markdown.h
# The site map sits between the model and the stages that ask it where
# things go: it knows nothing of later stages, and its header only the model.
forbid "sitemap.c sitemap.h" load.h frontmatter.h scenario.h check.h \
	theme.h md_dom.h render.h site.h scorm.h export.h
forbid "sitemap.h" markdown.h
# The course is worked out from the model the same way, for the pages.
forbid "course.c course.h" load.h frontmatter.h scenario.h check.h \
	theme.h md_dom.h render.h site.h scorm.h export.h
forbid "course.h" markdown.h sitemap.h
# Coverage is counted from the model alone, like the site map, for check,
# the report and the pages to share.
forbid "coverage.c coverage.h" load.h frontmatter.h scenario.h check.h \
	theme.h md_dom.h render.h site.h scorm.h export.h schema.h
# The zip writer archives bytes: it knows nothing of packages, pages or
# the model, and says nothing itself (its caller reports).
forbid "zipfile.c zipfile.h" pack.h sitemap.h theme.h render.h site.h \
	scorm.h diag.h catalogue.h
for f in *.c; do
	case "$f" in scenario*.c) continue ;; esac
	if grep -q '^#include <lua' "$f"; then fail "$f includes Lua"; else pass; fi
done
# The script's run state is private to the scenario stage, and the key
# schema belongs to the front ends that read keys (and the settings file,
# which checks its one-line values the same way, and the translation check,
# which names the keys a translation must keep as the schema does).
for f in *.c; do
	case "$f" in scenario*.c) continue ;; esac
	if grep -q '^#include "scenario_run.h"' "$f"; then fail "$f includes scenario_run.h"; else pass; fi
done
for f in *.c; do
	case "$f" in schema.c|frontmatter.c|scenario_api.c|settings.c|translate.c) continue ;; esac
	if grep -q '^#include "schema.h"' "$f"; then fail "$f includes schema.h"; else pass; fi
done
# serve's shared header is its three files' own, and only main.c starts
# serve.
for f in *.c; do
	case "$f" in serve*.c) continue ;; esac
	if grep -q '^#include "serve_int.h"' "$f"; then fail "$f includes serve_int.h"; else pass; fi
	[ "$f" = main.c ] && continue
	if grep -q '^#include "serve.h"' "$f"; then fail "$f includes serve.h"; else pass; fi
done
# The report's collectors read sources into the database and know nothing
# of pages, themes or loading content (the checked pack is handed to them);
# the JSON events are theirs alone.
forbid "report_json.c report_results.c report_xapi.c report_moodle.c report_collect.c" \
	load.h frontmatter.h scenario.h check.h render.h theme.h site.h scorm.h export.h
for f in *.c; do
	case "$f" in report_*.c) continue ;; esac
	if grep -q '^#include "report_json.h"' "$f"; then fail "$f includes report_json.h"; else pass; fi
done
# libcurl is not linked: lrs_curl.c loads it when the LRS is read, so only
# the LRS reader may include its header, or curl/curl.h itself.
for f in *.c *.h; do
	case "$f" in lrs_curl.[ch]|report_lrs.c) continue ;; esac
	if grep -q '^#include \("lrs_curl.h"\|<curl/\)' "$f"; then
		fail "$f includes libcurl's headers"; else pass; fi
done
# minizip writes the zip behind zipfile.h alone; its headers' plain names
# (zip.h, ioapi.h, crypt.h) are on every file's include path.
for f in *.c *.h; do
	case "$f" in zipfile.c) continue ;; esac
	if grep -q '^#include <\(zip\|unzip\|ioapi\|crypt\|mztools\)\.h>' "$f"; then
		fail "$f includes minizip's headers"; else pass; fi
done
# 'sharepack new' is a command of its own: only main.c calls the starter.
for f in *.c; do
	case "$f" in main.c|starter.c) continue ;; esac
	if grep -q '^#include "starter.h"' "$f"; then fail "$f includes starter.h"; else pass; fi
done
# Only main.c includes options.h, and every header has a guard.
for f in *.c; do
	[ "$f" = main.c ] && continue
	if grep -q '^#include "options.h"' "$f"; then fail "$f includes options.h"; else pass; fi
done
for h in *.h; do
	if grep -q '^#ifndef SHAREPACK_' "$h"; then pass; else fail "$h has no include guard"; fi
done
# The README's source map names every file of generator/.
for f in *.c *.h deps.sh embed.sh; do
	case "$f" in *.h) [ -f "${f%.h}.c" ] && continue ;; esac
	if grep -q "\`$f\`" "$ROOT/README.md"; then pass; else fail "README.md's source map does not name generator/$f"; fi
done
# Functions stay short enough to read whole: none over 80 lines.
if command -v pmccabe >/dev/null 2>&1; then
	long=$(pmccabe *.c | awk '$5 > 80 { print $6 " " $7 " (" $5 " lines)" }')
	if [ -z "$long" ]; then pass; else fail "functions over 80 lines: $long"; fi
else
	fail "pmccabe is not installed (tests/deps.sh installs it)"
fi
# The packages, the exports and the trainer's report take every word they
# write from the interface catalogue (issue 15).
if out=$(python3 "$ROOT/tests/check-literals-lms.py" "$ROOT"); then pass; else
	fail "user-facing English in the packages, exports or report: $out"; fi
# No user-facing English in the code that makes pages: its words come
# from the interface catalogues (tests/check-literals.py says which files
# and what counts). The check must also see one planted in a copy.
lit=$(mktemp -d)
if python3 "$ROOT/tests/check-literals.py" >"$lit/out" 2>&1; then
	pass
else
	fail "user-facing literals outside the catalogues:"
	grep -v '^literals:' "$lit/out"
fi
cp render_quiz.c "$lit/render_quiz.c"
printf '\nstatic void\nplanted(xmlNodePtr p)\n{\n\trender_el(p, "p", "Try again");\n}\n' \
	>>"$lit/render_quiz.c"
planted=$(($(wc -l <render_quiz.c) + 5))
python3 "$ROOT/tests/check-literals.py" "$lit/render_quiz.c" >"$lit/out" 2>&1
if [ $? -eq 1 ] && grep -q "render_quiz.c:$planted: 'Try again' (text of render_el)" "$lit/out"; then
	pass
else
	fail "check-literals.py does not find a literal planted at render_quiz.c:$planted"
	cat "$lit/out"
fi
rm -rf "$lit"
summary includes
