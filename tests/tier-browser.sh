#!/bin/sh
# The learner's quiz in Debian's chromium, driven by playwright-core:
# tests/browser/*.test.mjs, each ending "browser: N passed, N failed".
. "$(dirname "$0")/lib.sh"
total_p=0
total_f=0
for t in "$ROOT"/tests/browser/*.test.mjs; do
	out=$(SHAREPACK_BIN="$BIN" node "$t" 2>&1)
	echo "$out" | grep -v '^browser: '
	line=$(echo "$out" | grep -E '^browser: [0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -z "$line" ]; then
		echo "FAIL: $(basename "$t") ended without its summary"
		total_f=$((total_f + 1))
		continue
	fi
	total_p=$((total_p + $(echo "$line" | sed -E 's/^browser: ([0-9]+) passed.*/\1/')))
	total_f=$((total_f + $(echo "$line" | sed -E 's/.* ([0-9]+) failed$/\1/')))
done
echo "browser: $total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
