#!/bin/sh
# Every page of the default pack, and of the golden project, passes the Nu
# HTML Checker (vnu-jar from npm, on the machine's Java) with zero errors:
# one check per page.
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
java -jar "$vnu" --errors-only --format gnu --skip-non-html \
	"$work/default" "$work/golden" >"$work/report" 2>&1
find "$work/default" "$work/golden" -name '*.html' | sort >"$work/pages"
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
summary html
