#!/bin/sh
# The include rules between stages (tests/check-includes.sh), and no
# user-facing English in the theme's scripts (tests/check-js-literals.py,
# with its self-test: literals planted in a scratch script are caught).
dir=$(dirname "$0")
out=$(sh "$dir/check-includes.sh"; python3 "$dir/check-js-literals.py" --self-test)
echo "$out" | grep -Ev '^(includes|js-literals): [0-9]+ passed'
p=0
f=0
for line in $(echo "$out" | sed -nE 's/^(includes|js-literals): ([0-9]+) passed, ([0-9]+) failed$/\2:\3/p'); do
	p=$((p + ${line%:*}))
	f=$((f + ${line#*:}))
done
# Both must have ended with their summary.
n=$(echo "$out" | grep -cE '^(includes|js-literals): [0-9]+ passed, [0-9]+ failed$')
[ "$n" -eq 2 ] || { echo "FAIL: a check ended without its summary"; f=$((f + 1)); }
echo "includes: $p passed, $f failed"
[ "$f" -eq 0 ]
