#!/bin/sh
# Every page of the default pack (in English and Welsh), of the golden
# projects (one in one language, one in two), of the project
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
(cd "$ROOT/tests/regress/golden-welsh" && "$SHAREPACK" build -q \
	--theme-dir "$ROOT/themes/default" -o "$work/welsh" .) 2>/dev/null ||
	fail "golden Welsh project builds"
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
	"$work/default" "$work/golden" "$work/welsh" "$work/starter" \
	"$work/trainer" "$work/trainer-cy" >"$work/report" 2>&1
find "$work/default" "$work/golden" "$work/welsh" "$work/starter" \
	"$work/trainer" "$work/trainer-cy" -name '*.html' | sort >"$work/pages"
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
    # A title in another language than the page's says so (lang).
    if not re.search(r"<title( lang=\"[a-z]{2,3}\")?>[^<]+</title>", html): problems.append("no title")
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

# The default project is in English and Welsh: the checks above walked
# its cy/ pages too, one for each English page; each page of both says
# its language, links itself and its other-language version (hreflang),
# and has a switch to the other, named in that language.
python3 - "$work/default" <<'PY' >"$work/langs" 2>&1
import os, re, sys
root = sys.argv[1]
pages = [os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root)
         for f in fs if f.endswith(".html")]
en = sorted(p for p in pages if not p.startswith("cy/"))
cy = sorted(p[3:] for p in pages if p.startswith("cy/"))
bad = 0
if not cy or en != cy:
    print("the Welsh pages are not the English ones:", len(en), len(cy)); bad += 1
for page in pages:
    html = open(os.path.join(root, page), encoding="utf-8").read()
    lang, other = ("cy", "en") if page.startswith("cy/") else ("en", "cy")
    depth = page.count("/")
    up = "../" * depth
    mine = page[3:] if lang == "cy" else page
    want = [f'<html lang="{lang}">',
            f'<link rel="alternate" hreflang="en" href="{up}{mine}">',
            f'<link rel="alternate" hreflang="cy" href="{up}cy/{mine}">',
            f'hreflang="{other}" lang="{other}">{"Cymraeg" if other == "cy" else "English"}</a>']
    missing = [w for w in want if w not in html]
    if missing:
        print(page, "lacks", missing); bad += 1
print("pages with language problems:", bad)
sys.exit(1 if bad else 0)
PY
check "both languages: every page in each, with lang, hreflang and the switch" [ $? -eq 0 ]
grep -v "^pages with language problems: 0" "$work/langs"
summary html
