#!/bin/sh
# Every page of the default pack, of the golden project, of the project
# 'sharepack new' makes and of a trainer's report passes the Nu HTML
# Checker (vnu-jar from npm, on the machine's Java) with zero errors: one
# check per page. So does the trainer's report in Welsh (report --lang cy,
# from the default project's Moodle downloads).
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vnu="$ROOT/tests/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$vnu" ]; then
	fail "vnu.jar missing: run 'sh tests/deps.sh'"
	summary html
	exit 1
fi
(cd "$ROOT" && "$SHAREPACK" build -q -o "$work/default" .) || fail "default pack builds"
(cd "$ROOT/tests/regress/golden-build" && "$SHAREPACK" build -q \
	--theme-dir "$ROOT/themes/default" -o "$work/golden" .) || fail "golden project builds"
# The project 'sharepack new' makes, with the built-in theme.
("$SHAREPACK" new -q "$work/starter-project" && cd "$work/starter-project" &&
	"$SHAREPACK" build -q -o "$work/starter" .) || fail "starter project builds"
# The trainer's report of the Rasch simulation (tests/report/rasch.py).
rasch="python3 $ROOT/tests/report/rasch.py"
($rasch project "$work/rasch" && cd "$work/rasch" &&
	"$SHAREPACK" build -q -o "$work/rasch-site" . &&
	$rasch simulate "$work/rasch" "$work/rasch-site" "$work/rasch-sim" &&
	"$SHAREPACK" report -q --db "$work/rasch.sqlite" -o "$work/trainer" \
	"$work/rasch-sim/results") || fail "the trainer's report is written"
(cd "$ROOT" && "$SHAREPACK" report -q --lang cy --db "$work/cy.sqlite" \
	-o "$work/trainer-cy" tests/report/moodle/*.csv 2>/dev/null) ||
	fail "the trainer's report in Welsh is written"
java -jar "$vnu" --errors-only --format gnu --skip-non-html \
	"$work/default" "$work/golden" "$work/starter" "$work/trainer" \
	"$work/trainer-cy" >"$work/report" 2>&1
find "$work/default" "$work/golden" "$work/starter" "$work/trainer" \
	"$work/trainer-cy" -name '*.html' | sort >"$work/pages"
while read -r page; do
	if grep -q "^\"file:$page\"" "$work/report"; then
		fail "Nu checker: ${page#$work/}"
		grep "^\"file:$page\"" "$work/report" | head -n 5
	else
		pass
	fi
done <"$work/pages"
# Errors about anything else (a crash of the checker) fail too.
if grep -v '^"file:' "$work/report" | grep -q .; then
	fail "Nu checker reported outside any page"
	head -n 5 "$work/report"
fi
[ -s "$work/pages" ] || fail "no pages were checked"

# What every page must have beyond validity: a language, a title, one h1,
# a main landmark, a skip link to it, and no address on another site for
# anything the page loads (links to read elsewhere are fine).
python3 - "$work/pages" <<'PY' >"$work/structure" 2>&1
import re, sys
bad = 0
for page in open(sys.argv[1]).read().split():
    html = open(page, encoding="utf-8").read()
    problems = []
    if not re.search(r'<html lang="[a-z]{2}', html): problems.append("no lang")
    if not re.search(r"<title>[^<]+</title>", html): problems.append("no title")
    if len(re.findall(r"<h1[ >]", html)) != 1: problems.append("not exactly one h1")
    if not re.search(r'<main id="main"', html): problems.append("no main landmark")
    if 'href="#main"' not in html: problems.append("no skip link")
    if re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//', html): problems.append("loads from another site")
    if problems:
        print(page, ", ".join(problems)); bad += 1
print("pages with problems:", bad)
sys.exit(1 if bad else 0)
PY
check "every page: lang, title, one h1, main, skip link, nothing loaded from elsewhere" [ $? -eq 0 ]
grep -v "^pages with problems: 0" "$work/structure"
summary html
