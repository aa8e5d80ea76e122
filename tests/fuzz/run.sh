#!/bin/sh
# run.sh SECONDS: builds the libFuzzer targets with clang (ASan + UBSan) into
# build/fuzz/ and runs each for SECONDS, seeded from the regression inputs
# and the default content (as cmark seeds its fuzzer from its spec). Prints
# "fuzz: N passed, N failed", one check per target; a crash leaves its
# input in build/fuzz/ (crash-*), which becomes a regression case.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# Everything below is written under $ROOT/build/; a wrong ROOT once left
# build logs under tests/build/, so refuse anything but the project root.
if [ ! -f "$ROOT/generator/main.c" ]; then
	echo "fuzz: $ROOT is not the project root" >&2
	exit 1
fi
. "$ROOT/tests/lib.sh"
seconds=${1:-60}
out=$ROOT/build/fuzz
mkdir -p "$out"
if ! command -v clang >/dev/null 2>&1; then
	fail "clang is needed for the fuzz targets: apt-get install clang"
	summary fuzz
	exit 1
fi
common="-g -O1 -fno-sanitize-recover=all \
	-D_POSIX_C_SOURCE=200809L -I$ROOT/generator $(pkg-config --cflags libcmark libxml-2.0 yaml-0.1 lua5.4 zlib minizip sqlite3 yajl libcurl)"
# libcurl's headers but not the library: generator/lrs_curl.c loads it.
libs="$(pkg-config --libs libcmark libxml-2.0 yaml-0.1 lua5.4 zlib minizip sqlite3 yajl) -lcsv -ldl"
# The built-in theme, schemas and starter project (generator/embed.h) are
# a table the Makefile generates.
if ! make --no-print-directory -C "$ROOT" build/obj/embedded.c >"$out/embed.log" 2>&1; then
	fail "build/obj/embedded.c cannot be made (see build/fuzz/embed.log)"
	summary fuzz
	exit 1
fi
srcs="$(ls "$ROOT"/generator/*.c | grep -v '/main\.c$') $ROOT/build/obj/embedded.c"
# The program's sources compiled once, on both cores, for every target to
# link: compiling them again for each target took most of the tier's time.
objs=$out/obj
rm -rf "$objs" && mkdir -p "$objs"
# shellcheck disable=SC2086
if ! printf '%s\n' $srcs | xargs -P 2 -I{} sh -c 'clang '"$common"' \
	-fsanitize=fuzzer-no-link,address,undefined -c -o "'"$objs"'/$(basename {} .c).o" {}' \
	>"$out/build-objects.log" 2>&1; then
	fail "the program's sources do not build for fuzzing (see build/fuzz/build-objects.log)"
	head -n 20 "$out/build-objects.log"
	summary fuzz
	exit 1
fi
flags="$common -fsanitize=fuzzer,address,undefined"

# Seeds: every content file we have, every theme layout, and every
# scenario script, hostile ones included.
corpus_md=$out/corpus-md
corpus_fm=$out/corpus-fm
corpus_html=$out/corpus-html
corpus_lua=$out/corpus-lua
mkdir -p "$corpus_md" "$corpus_fm" "$corpus_html" "$corpus_lua"
find "$ROOT/content" "$ROOT/tests/regress" "$ROOT/tests/fuzz/regress" -name '*.md' ! -name 'README*' |
while read -r f; do
	sum=$(cksum <"$f" | cut -d' ' -f1)
	cp "$f" "$corpus_md/$sum"
	sed -n '2,/^---/p' "$f" | sed '$d' >"$corpus_fm/$sum"
done
# Inputs that once crashed a target stay in tests/fuzz/regress/ as seeds.
find "$ROOT/themes" "$ROOT/tests/regress" "$ROOT/tests/fuzz/regress" -name '*.html' | while read -r f; do
	cp "$f" "$corpus_html/$(cksum <"$f" | cut -d' ' -f1)"
done

find "$ROOT/scenarios" "$ROOT/tests/sandbox" "$ROOT/tests/fuzz/regress" -name '*.lua' |
while read -r f; do
	cp "$f" "$corpus_lua/$(cksum <"$f" | cut -d' ' -f1)"
done

# The report's readers: each seed is a reader's number, a split point and
# a file (tests/report/: results, xAPI, Moodle).
corpus_report=$out/corpus-report
mkdir -p "$corpus_report"
for f in "$ROOT"/tests/report/folder/*.json "$ROOT"/tests/report/xapi/*.json \
	"$ROOT"/tests/report/moodle/*.csv; do
	case "$f" in *.csv) pick=2 ;; */xapi/*) pick=1 ;; *) pick=0 ;; esac
	{ printf "\\$(printf '%03o' "$pick")\\100"; cat "$f"; } \
		>"$corpus_report/$(cksum <"$f" | cut -d' ' -f1)"
done
# Inputs that once crashed it, as the fuzzer gave them (with their two
# bytes in front).
for f in "$ROOT"/tests/fuzz/regress/*.report; do
	[ -f "$f" ] && cp "$f" "$corpus_report/$(cksum <"$f" | cut -d' ' -f1)"
done

# The catalogues: the built-in ones and every project theme's in the tests.
corpus_strings=$out/corpus-strings
mkdir -p "$corpus_strings"
find "$ROOT/themes" "$ROOT/tests/regress" "$ROOT/tests/fuzz/regress" -path '*/strings/*.yaml' |
while read -r f; do
	cp "$f" "$corpus_strings/$(cksum <"$f" | cut -d' ' -f1)"
done

# What a build reads back from the last: the content cache and the page
# record, as a real build of the golden project left them (tests/fuzz/
# cache, record: the cache of its content, which the cache target loads,
# and the records of the site and of its spare), damaged ones too. They
# are made again (sharepack build of a copy of tests/regress/golden-build,
# a line added to a myth, built again) when cache.c's or record.c's
# format changes: seeds of another format reach no further than its head.
for kind in cache record; do
	mkdir -p "$out/corpus-$kind"
	for f in "$ROOT/tests/fuzz/$kind"/* "$ROOT/tests/fuzz/regress"/*."$kind"; do
		[ -f "$f" ] && cp "$f" "$out/corpus-$kind/$(cksum <"$f" | cut -d' ' -f1)"
	done
done

for target in load:md frontmatter:fm theme:html export:md lua:lua report:report \
	lint:md catalogue:strings md_html:md cache:cache record:record; do
	name=${target%%:*}
	corpus=$out/corpus-${target#*:}
	# The lint target compares the scanner with the one before issue 14,
	# and the md_html one the writer with the DOM path it replaces.
	extra=""
	[ "$name" = lint ] && extra="-I$ROOT/tests/unit $ROOT/tests/unit/lint_ref.c"
	[ "$name" = md_html ] && extra="-I$ROOT/tests/unit $ROOT/tests/unit/md_html_ref.c"
	[ "$name" = cache ] && extra="-DFUZZ_CONTENT=\"$ROOT/tests/regress/golden-build/content\""
	# shellcheck disable=SC2086
	if ! clang $flags -o "$out/fuzz_$name" "$ROOT/tests/fuzz/fuzz_$name.c" \
		$extra "$objs"/*.o $libs 2>"$out/build-$name.log"; then
		fail "fuzz_$name does not build"; head -n 20 "$out/build-$name.log"
		continue
	fi
	if (cd "$out" && ASAN_OPTIONS=detect_leaks=1 "./fuzz_$name" \
		-max_total_time="$seconds" -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 "$corpus" >"$out/run-$name.log" 2>&1); then
		pass
	else
		fail "fuzz_$name found a problem (see build/fuzz/run-$name.log)"
		grep -A 20 -E 'ERROR|runtime error' "$out/run-$name.log" | head -n 30
	fi
done
summary fuzz
