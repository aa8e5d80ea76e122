#!/bin/sh
# The unit, regression, command-line, project, rebuild, patho, sandbox and
# report tiers again, on the build made with AddressSanitizer and
# UndefinedBehaviorSanitizer (the rebuild tier runs the threads that read
# content and render pages). Any report fails the run.
. "$(dirname "$0")/lib.sh"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for tier in unit regress cli project rebuild patho sandbox report; do
	out=$(SHAREPACK_BIN="$ROOT/build/asan" sh "$ROOT/tests/tier-$tier.sh" 2>&1)
	rc=$?
	line=$(echo "$out" | grep -E "^$tier: [0-9]+ passed, [0-9]+ failed" | tail -n 1)
	if [ "$rc" -eq 0 ] && [ -n "$line" ]; then
		# Count each check of the tier, not the tier as one.
		n=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed.*/\1/')
		passed=$((passed + n))
	else
		echo "$out" | grep -v '^ok' | tail -n 40
		fail "$tier under ASan/UBSan"
	fi
	echo "  asan $tier: ${line:-no summary}"
done
summary asan
