#!/bin/sh
# Pathological inputs (tests/patho/gen.py makes them): each must end within
# its time limit with the expected exit status and message, never a crash.
# The limits are generous bounds against runaway behaviour, not speed
# targets: those are measured by 'make bench'.
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
theme="--theme-dir $ROOT/themes/default"

# patho CASE STATUS SECONDS [MESSAGE-PATTERN]
patho() {
	case_=$1 want=$2 limit=$3 pattern=${4:-}
	dir="$work/$case_"
	mkdir -p "$dir"
	python3 "$ROOT/tests/patho/gen.py" "$case_" "$dir"
	(cd "$dir" && timeout "$limit" "$SHAREPACK" build -q $theme \
		-o "$dir/site" .) >/dev/null 2>"$work/err"
	got=$?
	if [ "$got" -eq 124 ]; then
		fail "$case_: took longer than $limit s"
	elif [ "$got" -ne "$want" ]; then
		fail "$case_: exit $got, expected $want"; head -n 5 "$work/err"
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" "$work/err"; then
		fail "$case_: no message matching '$pattern'"; head -n 5 "$work/err"
	else
		pass
	fi
	rm -rf "$dir"
}

patho ten-megabytes 1 20 "big.md: error: the file is larger than the 1024 KiB limit"
patho deep-quotes 0 60
patho deep-lists 0 60
patho deep-emphasis 0 60
patho many-brackets 0 60
patho long-line 0 30
# Counting a briefing's sections once, not once a section (was 28 s).
patho briefing-headings 1 10 "b.md:.*error: a briefing has exactly 7 '##' sections"
patho lint-one-line 0 30 "g.md:5:1: warning: personal data? a full name (Lacey D\*\*\*)"
patho yaml-nesting 1 30 "y.md:4:12: error: each entry of 'audience' must be text"
patho yaml-aliases 1 30 "error: each entry of 'audience' must be text"
patho big-front-matter 1 30 "fm.md:1:1: error: the front matter is larger than 64 KiB"
patho many-items 0 120
patho ten-thousand-files 0 120
summary patho
