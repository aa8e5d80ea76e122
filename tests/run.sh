#!/bin/sh
# run.sh: runs every test tier and ends with one line "N passed, N failed".
# SHAREPACK_TIERS picks tiers (default: all). Each tier is tests/tier-NAME.sh
# and ends with its own "NAME: N passed, N failed".
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
TIERS=${SHAREPACK_TIERS:-"unit regress cli project rebuild patho sandbox asan includes report fuzz html lms browser"}
total_passed=0
total_failed=0
for tier in $TIERS; do
	echo "== $tier"
	log=$(mktemp)
	sh "tests/tier-$tier.sh" >"$log" 2>&1
	rc=$?
	cat "$log"
	line=$(grep -E "^$tier: [0-9]+ passed, [0-9]+ failed" "$log" | tail -n 1)
	rm -f "$log"
	if [ -z "$line" ]; then
		echo "FAIL: tier $tier ended without its summary (exit $rc)"
		total_failed=$((total_failed + 1))
		continue
	fi
	p=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
	f=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "FAIL: tier $tier exited $rc"
		f=1
	fi
	total_passed=$((total_passed + p))
	total_failed=$((total_failed + f))
done
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
