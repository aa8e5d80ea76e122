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

# Memory flat in the number of items (issue 14): a build holds the small
# model of every item and the trees of the pages being made, so 10,000
# items need less than 20 MB more than 1,000. Not under ASan, whose
# allocator keeps freed memory on purpose.
peak() {
	python3 - "$@" <<'EOF_PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,
               stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF_PY
}
case "$BIN" in
*asan*) ;;
*)
	# On tmpfs when there is one: the corpus is 60 MB of small files.
	scale=$work
	[ -d /dev/shm ] && [ -w /dev/shm ] && scale=$(mktemp -d /dev/shm/sp-XXXXXX)
	for items in 1000 10000; do
		python3 "$ROOT/tests/bench/make-corpus.py" $items \
			"$scale/c$items" >/dev/null &&
		python3 "$ROOT/tests/bench/to-sharepack.py" "$scale/c$items" \
			"$scale/p$items" "$ROOT" >/dev/null
		rm -rf "$scale/c$items"
		eval "kb$items=\$(cd "\$scale/p\$items" && peak "\$SHAREPACK" build -q \
			-o "\$scale/o\$items" .)"
		rm -rf "$scale/p$items" "$scale/o$items" "$scale/.o$items.sharepack-cache"
	done
	[ "$scale" != "$work" ] && rm -rf "$scale"
	echo "  peak memory: 1,000 items ${kb1000:-?} KB, 10,000 items ${kb10000:-?} KB"
	check "10,000 items need less than 20 MB more than 1,000" \
		[ "$(( ${kb10000:-999999} - ${kb1000:-0} ))" -lt 20480 ]
	;;
esac
summary patho
