#!/bin/sh
# Hostile scenario scripts (tests/sandbox/*.lua): each tries to escape the
# sandbox or exhaust a limit. Each must fail the build with exit 1 and the
# message on its first line ("-- expect: ..." is a prefix of the first
# message; each "-- also: ..." line must be a prefix of some other line),
# within its time, writing nothing, and without a crash or leak (this tier
# also runs under the sanitizers). The scripts that push the memory limit
# hardest must stay under 256 MB of peak RSS, the watched child included.
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
theme="--theme-dir $ROOT/themes/default"
rm -f /tmp/sharepack-pwned

# new_project NAME: an empty project with one pack, in $work/NAME.
new_project() {
	dir="$work/$1"
	mkdir -p "$dir/content" "$dir/scenarios"
	printf -- '---\nkind: pack\ntitle: P\n---\nA pack.\n' >"$dir/content/p.md"
}

for script in "$ROOT"/tests/sandbox/*.lua; do
	name=$(basename "$script")
	want=$(sed -n '1s/^-- expect: //p' "$script")
	new_project "${name%.lua}"
	cp "$script" "$dir/scenarios/$name"
	(cd "$dir" && timeout 60 /usr/bin/time -f "%M" -o "$dir/rss" \
		"$SHAREPACK" build -q $theme -o "$dir/site" .) \
		>/dev/null 2>"$dir/err"
	rc=$?
	first=$(head -n 1 "$dir/err")
	case "$first" in
	"$want"*) ok=1 ;;
	*) ok=0 ;;
	esac
	missing=$(sed -n 's/^-- also: //p' "$script" | while IFS= read -r also; do
		grep -qF -- "$also" "$dir/err" || echo "$also"
	done)
	if [ "$rc" -ne 1 ]; then
		fail "$name: exit $rc, expected 1"; head -n 5 "$dir/err"
	elif [ $ok = 0 ]; then
		fail "$name: first message differs"
		echo "  want: $want"; echo "  got:  $first"
	elif [ -n "$missing" ]; then
		fail "$name: no message '$missing'"
	elif [ -e "$dir/site" ]; then
		fail "$name: a site was written"
	else
		pass
	fi
done
check "no script escaped to the file system" [ ! -e /tmp/sharepack-pwned ]

# Peak RSS in KB (GNU time reports the largest of sharepack and the child
# it waited for) of the scripts that push memory hardest.
for name in memory-bomb memory-table copies-bomb audience-copies \
	audience-copies-256 myths-bomb huge-output pcall-memory; do
	kb=$(tail -n 1 "$work/$name/rss" 2>/dev/null)
	echo "  peak RSS $name: ${kb:-?} KB"
	check "$name: peak RSS under 256 MB" [ "${kb:-999999}" -lt 262144 ]
done

# A failing script leaves the previous site exactly as it was.
new_project keep
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>/dev/null
find "$dir/site" -type f -exec cksum {} + | sort >"$dir/before"
cp "$ROOT/tests/sandbox/infinite-loop.lua" "$dir/scenarios/"
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>/dev/null
check "failing script: exit 1" [ $? -eq 1 ]
find "$dir/site" -type f -exec cksum {} + | sort >"$dir/after"
check "failing script: the previous site is untouched" cmp -s "$dir/before" "$dir/after"

# A script that makes items in a pairs() loop, drawing numbers from
# sharepack.random as it goes, makes the same site every time (Lua seeds its
# string hash afresh in every run, and with it the order of its own pairs),
# and so does one that shows tables and functions with tostring, print and
# string.format (Lua shows their addresses).
new_project order
cat >"$dir/scenarios/order.lua" <<'LUA'
local keys = { [1.5] = "a half", [true] = "yes", [3] = "three" }
for i = 1, 40 do keys["agency-" .. string.char(97 + i % 26) .. i] = i end
local n = 0
for key, value in pairs(keys) do
  n = n + 1
  sharepack.vignette{ id = "case-" .. n, expected = "share",
    title = "Case " .. tostring(key) .. " " .. sharepack.random(1, 1000000),
    case = "A case about " .. tostring(value) .. ", " .. tostring({}) .. ".",
    why = ("Because %s and %s."):format(print, {}) }
end
print(keys, print)
LUA
for i in 1 2 3 4 5; do
	(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site$i" .) \
		2>"$dir/err$i"
	check "pairs order: build $i succeeds" [ $? -eq 0 ]
done
for i in 2 3 4 5; do
	check "pairs order: build $i is byte-identical to build 1" \
		diff -rq "$dir/site1" "$dir/site$i"
	check "pairs order: build $i prints what build 1 printed" \
		cmp -s "$dir/err1" "$dir/err$i"
done

# A finalizer still pending when the script ends never runs, so it cannot
# add an item after the limits were checked (nor leak, under ASan).
new_project shutdown
cat >"$dir/scenarios/shutdown.lua" <<'LUA'
local keep = setmetatable({}, { __gc = function()
  sharepack.myth{ id = "made-late", title = "Late", verdict = "myth", body = "B" }
end })
sharepack.myth{ id = "made-early", title = "Early", verdict = "myth", body = "B" }
LUA
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>"$dir/err"
check "finalizer at the end: the build succeeds" [ $? -eq 0 ]
check "finalizer at the end: the script's item is there" \
	grep -q made-early "$dir/site/packs/p/quiz.html"
check "finalizer at the end: the finalizer's item is not" \
	sh -c "! grep -rq made-late '$dir/site'"

# A script slow inside C runs once, so the time limit bounds the whole
# build (a trial run and then the real one once let 5 s become 12). The
# search takes about 4 s here; whether it ends or reaches the limit, the
# build must be over within the limit and a little.
new_project slow
cat >"$dir/scenarios/slow.lua" <<'LUA'
local s = string.rep("x", 20000)
local found = s:find(".-y")
error("the search ended")
LUA
start=$(date +%s.%N)
(cd "$dir" && "$SHAREPACK" build -q $theme -o "$dir/site" .) 2>"$dir/err"
rc=$?
took=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.1f", $2 - $1 }')
echo "  slow C call: the build took $took s"
check "slow C call: exit 1" [ $rc -eq 1 ]
check "slow C call: one run, within the time limit (took $took s)" \
	awk -v t="$took" 'BEGIN { exit !(t < 6.5) }'
summary sandbox
