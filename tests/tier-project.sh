#!/bin/sh
# A trainer's own project, from nothing (issue 12): a project that has only
# content/ builds, checks, packages and exports with the built-in theme and
# schemas; a project theme overrides the built-in files it has and inherits
# the rest; package refuses pages that would not run the LMS bridge;
# 'sharepack new' makes a project that passes check --strict; and the
# program installed with 'make install' works with its source tree moved
# away.
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
golden=$ROOT/tests/regress/golden-build
builtin=$ROOT/themes/default

# Only content/: no themes/, no scenarios/, no --theme-dir.
bare=$work/bare
mkdir -p "$bare"
cp -R "$golden/content" "$bare/content"
(cd "$bare" && "$SHAREPACK" check -q .) 2>"$work/err"
check "only content/: check exits 0" [ $? -eq 0 ]
check "only content/: check says nothing" [ ! -s "$work/err" ]
(cd "$bare" && "$SHAREPACK" build -q -o "$work/bare-site" .)
check "only content/: build exits 0" [ $? -eq 0 ]
for f in layout.html style.css quiz.js scenario.js player.js lms.js xapi.js; do
	[ "$f" = layout.html ] && continue
	check "only content/: the built-in $f is in the site" \
		cmp -s "$builtin/$f" "$work/bare-site/assets/$f"
done
check "only content/: pages use the built-in layout" \
	grep -q '<header class="site-header">' "$work/bare-site/index.html"
check "only content/: the quiz runs quiz.js" \
	grep -q '<script src="../../assets/quiz.js"' "$work/bare-site/packs/schools/quiz.html"
for v in 1.2 2004; do
	(cd "$bare" && "$SHAREPACK" package -q --scorm $v -o "$work/bare-$v.zip" .)
	check "only content/: package (SCORM $v) exits 0" [ $? -eq 0 ]
	unzip -l "$work/bare-$v.zip" >"$work/list"
	check "only content/: the SCORM $v zip has the schemas" \
		grep -q " $( [ $v = 1.2 ] && echo imscp_rootv1p1p2.xsd || echo imscp_v1p1.xsd)$" "$work/list"
	check "only content/: the SCORM $v zip has the LMS bridge" \
		grep -q " assets/lms.js$" "$work/list"
done
(cd "$bare" && "$SHAREPACK" export -q --format gift -o "$work/bare.gift" . &&
	"$SHAREPACK" export -q --format moodle-xml -o "$work/bare.xml" .)
check "only content/: export exits 0" [ $? -eq 0 ]
check "only content/: export writes the questions" grep -q '::' "$work/bare.gift"

# A theme named on the command line must be there.
(cd "$bare" && "$SHAREPACK" build -q --theme dark -o "$work/dark" .) 2>"$work/err"
check "missing --theme: exit 2" [ $? -eq 2 ]
check "missing --theme: names the folder" grep -q "^sharepack: themes/dark: no such theme folder" "$work/err"

# A project theme with only style.css: its style, the built-in rest.
styled=$work/styled
mkdir -p "$styled/themes/default"
cp -R "$golden/content" "$styled/content"
printf '/* the project stylesheet */\nbody { color: #123456; }\n' >"$styled/themes/default/style.css"
(cd "$styled" && "$SHAREPACK" build -q -o "$work/styled-site" .)
check "style.css only: build exits 0" [ $? -eq 0 ]
check "style.css only: the site has the project's style.css" \
	cmp -s "$styled/themes/default/style.css" "$work/styled-site/assets/style.css"
check "style.css only: the site has the built-in quiz.js" \
	cmp -s "$builtin/quiz.js" "$work/styled-site/assets/quiz.js"
check "style.css only: the quiz page runs quiz.js" \
	grep -q '<script src="../../assets/quiz.js"' "$work/styled-site/packs/schools/quiz.html"
check "style.css only: the page links the stylesheet" \
	grep -q '<link rel="stylesheet" href="../../assets/style.css">' "$work/styled-site/packs/schools/quiz.html"
(cd "$styled" && "$SHAREPACK" package -q --pack schools -o "$work/styled.zip" .)
check "style.css only: package exits 0" [ $? -eq 0 ]
check "style.css only: the package has the project's style.css" \
	sh -c "unzip -p '$work/styled.zip' assets/style.css | cmp -s - '$styled/themes/default/style.css'"

# A project file of an engine script's name replaces it; the others stay.
printf '/* a restyled quiz */\n' >"$styled/themes/default/quiz.js"
(cd "$styled" && "$SHAREPACK" build -q -o "$work/styled-site" .)
check "own quiz.js: the site has it" \
	cmp -s "$styled/themes/default/quiz.js" "$work/styled-site/assets/quiz.js"
check "own quiz.js: the built-in lms.js stays" \
	cmp -s "$builtin/lms.js" "$work/styled-site/assets/lms.js"
rm "$styled/themes/default/quiz.js"

# A layout that puts the page, and so its scripts, inside <noscript>:
# package refuses, naming each page and the scripts; no zip is written.
cat >"$styled/themes/default/layout.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title data-sp-slot="title">Page</title></head>
<noscript><main id="main" data-sp-slot="main"></main></noscript>
</html>
EOF
(cd "$styled" && "$SHAREPACK" package --pack schools -o "$work/dropped.zip" .) \
	>/dev/null 2>"$work/err"
check "layout drops the scripts: package exits 1" [ $? -eq 1 ]
check "layout drops the scripts: names the page and the scripts" grep -qxF \
	"packs/schools/quiz.html: error: the page would not run lms.js, player.js and quiz.js, so the LMS would record nothing; in themes/default/layout.html, keep the main slot inside <body> and out of <noscript>, <template> and the like" \
	"$work/err"
check "layout drops the scripts: no zip" [ ! -e "$work/dropped.zip" ]
# A broken theme does not matter to export, which uses none.
printf '<p>no slots</p>\n' >"$styled/themes/default/layout.html"
(cd "$styled" && "$SHAREPACK" check -q .) 2>/dev/null
check "broken theme: check exits 1" [ $? -eq 1 ]
(cd "$styled" && "$SHAREPACK" export -q --format gift -o "$work/styled.gift" .) 2>"$work/err"
check "broken theme: export exits 0" [ $? -eq 0 ]
check "broken theme: export says nothing" [ ! -s "$work/err" ]

# sharepack new: a project that passes check --strict as it is.
"$SHAREPACK" new "$work/new" >"$work/out" 2>"$work/err"
check "new: exits 0" [ $? -eq 0 ]
check "new: says what to do next" grep -qxF "  sharepack serve     see the site, rebuilt as you save" "$work/out"
check "new: names the folder to go to" grep -qxF "  cd $work/new" "$work/out"
for d in guidance myths vignettes briefings packs; do
	check "new: content/$d/ has an item" [ -n "$(ls "$work/new/content/$d"/*.md 2>/dev/null)" ]
done
check "new: a scenario script" [ -n "$(ls "$work/new/scenarios"/*.lua 2>/dev/null)" ]
check "new: the starter files, byte for byte" diff -r "$ROOT/starter" "$work/new"
(cd "$work/new" && "$SHAREPACK" check --strict .) >"$work/out" 2>"$work/err"
check "new: check --strict exits 0" [ $? -eq 0 ]
check "new: check --strict warns of nothing" [ ! -s "$work/err" ]
check "new: no pack passes by the surface" grep -q "^sharepack: pack 'information-sharing': .*does not pass$" "$work/out"
check "new: no scenario passes by the surface" grep -q "^sharepack: scenario 'youth-club-disclosure': .*does not pass$" "$work/out"
(cd "$work/new" && "$SHAREPACK" build -q -o "$work/new-site" .)
check "new: build exits 0" [ $? -eq 0 ]
check "new: the site has the scenario page" [ -f "$work/new-site/scenarios/youth-club-disclosure.html" ]
(cd "$work/new" && "$SHAREPACK" package -q --with-scenarios -o "$work/new.zip" .)
check "new: package exits 0" [ $? -eq 0 ]
"$SHAREPACK" new "$work/new" >/dev/null 2>"$work/err"
check "new: a folder that is not empty: exit 2" [ $? -eq 2 ]
check "new: a folder that is not empty: says so" grep -qxF \
	"sharepack: $work/new: the folder is not empty; sharepack new makes a project in a new or empty folder only" "$work/err"
: >"$work/file"
"$SHAREPACK" new "$work/file" >/dev/null 2>&1
check "new: a file: exit 2" [ $? -eq 2 ]
"$SHAREPACK" new >/dev/null 2>&1
check "new: no folder: exit 2" [ $? -eq 2 ]
mkdir "$work/empty"
"$SHAREPACK" new -q "$work/empty" >"$work/out"
check "new: an empty folder: exit 0" [ $? -eq 0 ]
check "new: an empty folder takes the project" [ -f "$work/empty/README.md" ]
check "new -q: prints nothing" [ ! -s "$work/out" ]

# make install, with the source tree moved away: built from a copy of the
# sources (so any path compiled in points into the copy), installed under
# DESTDIR, the copy renamed, then run from another folder. Skipped under
# the sanitizer build, which tests the program, not its installation.
if [ "$BIN" = "$ROOT/build" ]; then
	src=$work/src
	mkdir -p "$src"
	(cd "$ROOT" && cp -R Makefile generator themes starter man "$src/")
	make -s -C "$src" install DESTDIR="$work/dest" PREFIX=/usr CFLAGS=-O0 \
		>"$work/make.log" 2>&1
	rc=$?
	check "make install exits 0" [ $rc -eq 0 ]
	[ $rc -eq 0 ] || head -n 20 "$work/make.log"
	check "make install: the program" [ -x "$work/dest/usr/bin/sharepack" ]
	check "make install: sharepack.1" [ -f "$work/dest/usr/share/man/man1/sharepack.1" ]
	check "make install: sharepack.5" [ -f "$work/dest/usr/share/man/man5/sharepack.5" ]
	mv "$src" "$work/src-moved"
	mkdir -p "$work/elsewhere"
	(cd "$work/elsewhere" && PATH="$work/dest/usr/bin:/usr/bin:/bin" &&
		sharepack new -q proj && cd proj && sharepack build -q &&
		sharepack package -q --scorm 2004 -o ../proj.zip &&
		sharepack export -q --format gift -o ../proj.gift) 2>"$work/err"
	check "installed, sources moved: new, build, package and export" [ $? -eq 0 ]
	check "installed, sources moved: the site" [ -f "$work/elsewhere/proj/build/site/index.html" ]
	check "installed, sources moved: the package" [ -s "$work/elsewhere/proj.zip" ]
	check "installed, sources moved: no message" [ ! -s "$work/err" ]
	mv "$work/src-moved" "$src"
	make -s -C "$src" uninstall DESTDIR="$work/dest" PREFIX=/usr >/dev/null 2>&1
	check "make uninstall removes the files" \
		[ -z "$(find "$work/dest" -type f)" ]
fi

summary project
