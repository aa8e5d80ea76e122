#!/bin/sh
# Hostile scenario scripts (tests/sandbox/*.lua): each tries to escape the
# sandbox or exhaust a limit. Each must fail the build with exit 1 and the
# message on its first line ("-- expect: ..." is a prefix of the first
# message), within its time, writing nothing, and without a crash or leak
# (this tier also runs under the sanitizers).
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
theme="--theme-dir $ROOT/themes/default"
rm -f /tmp/sharepack-pwned
for script in "$ROOT"/tests/sandbox/*.lua; do
	name=$(basename "$script")
	want=$(sed -n '1s/^-- expect: //p' "$script")
	dir="$work/${name%.lua}"
	mkdir -p "$dir/content" "$dir/scenarios"
	printf -- '---\nkind: pack\ntitle: P\n---\nA pack.\n' >"$dir/content/p.md"
	cp "$script" "$dir/scenarios/$name"
	(cd "$dir" && timeout 60 "$SHAREPACK" build -q $theme -o "$dir/site" .) \
		>/dev/null 2>"$dir/err"
	rc=$?
	first=$(head -n 1 "$dir/err")
	case "$first" in
	"$want"*) ok=1 ;;
	*) ok=0 ;;
	esac
	if [ "$rc" -ne 1 ]; then
		fail "$name: exit $rc, expected 1"; head -n 5 "$dir/err"
	elif [ $ok = 0 ]; then
		fail "$name: first message differs"
		echo "  want: $want"; echo "  got:  $first"
	elif [ -e "$dir/site" ]; then
		fail "$name: a site was written"
	else
		pass
	fi
done
check "no script escaped to the file system" [ ! -e /tmp/sharepack-pwned ]

# A failing script leaves the previous site exactly as it was.
dir="$work/keep"
mkdir -p "$dir/content" "$dir/scenarios"
printf -- '---\nkind: pack\ntitle: P\n---\nA pack.\n' >"$dir/content/p.md"
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>/dev/null
find "$dir/site" -type f -exec cksum {} + | sort >"$dir/before"
cp "$ROOT/tests/sandbox/infinite-loop.lua" "$dir/scenarios/"
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>/dev/null
check "failing script: exit 1" [ $? -eq 1 ]
find "$dir/site" -type f -exec cksum {} + | sort >"$dir/after"
check "failing script: the previous site is untouched" cmp -s "$dir/before" "$dir/after"
summary sandbox
