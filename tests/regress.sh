#!/bin/sh
# regress.sh: golden-file tests. Each folder in tests/regress/ is a small
# project (content/, maybe themes/) with:
#   args             the command line after 'sharepack' (default: check)
#   expected.err     the exact messages (stderr) the run must print
#   expected.status  the exact exit status (default: 0)
#   expected/        for builds: the exact pages, compared with diff -r
# The folder's name says what it tests; PROJECTDIR is the folder, so messages
# name files as content/... With --regen, shows each difference
# and asks before replacing the expected files (a reviewed act).
. "$(dirname "$0")/lib.sh"
regen=0
[ "${1:-}" = "--regen" ] && regen=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for dir in "$ROOT"/tests/regress/*/; do
	name=$(basename "$dir")
	args=check
	[ -f "$dir/args" ] && args=$(cat "$dir/args")
	theme=""
	[ -d "$dir/themes" ] || theme="--theme-dir $ROOT/themes/default"
	out="$work/$name"
	case "$args" in build*) args="$args -o $out" ;; esac
	# shellcheck disable=SC2086
	(cd "$dir" && "$SHAREPACK" $args $theme -q . \
		>"$work/$name.out" 2>"$work/$name.err")
	got_status=$?
	want_status=0
	[ -f "$dir/expected.status" ] && want_status=$(cat "$dir/expected.status")
	want_err="$dir/expected.err"
	[ -f "$want_err" ] || want_err=/dev/null
	ok=1
	if [ "$got_status" != "$want_status" ]; then
		echo "$name: exit status $got_status, expected $want_status"
		ok=0
	fi
	if ! diff -u "$want_err" "$work/$name.err" >"$work/diff" 2>&1; then
		echo "$name: messages differ:"; cat "$work/diff"; ok=0
	fi
	if [ -d "$dir/expected" ]; then
		if ! diff -ru -x assets -x .sharepack-site -x .sharepack-build "$dir/expected" "$out" \
			>"$work/diff" 2>&1; then
			echo "$name: pages differ:"; head -n 60 "$work/diff"; ok=0
		fi
	fi
	if [ $ok = 1 ]; then
		pass
		continue
	fi
	if [ $regen = 1 ]; then
		printf 'Replace the expected files of %s? [y/N] ' "$name"
		read -r answer </dev/tty
		if [ "$answer" = y ]; then
			cp "$work/$name.err" "$dir/expected.err"
			echo "$got_status" >"$dir/expected.status"
			if [ -d "$dir/expected" ]; then
				rm -rf "$dir/expected"
				cp -r "$out" "$dir/expected"
				rm -rf "$dir/expected/assets" "$dir/expected/.sharepack-site"
			fi
			pass
			continue
		fi
	fi
	fail "$name"
done
summary regress
