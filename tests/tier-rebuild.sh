#!/bin/sh
# Incremental builds (issue 14): after each kind of change, a build into
# the last build's folder equals a fresh build into a new folder byte for
# byte (the record included), and made again only the pages it had to
# (build -v counts them); the number of threads never changes the output.
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
proj=$work/proj
cp -R "$ROOT/tests/regress/golden-build" "$proj"
rm -rf "$proj/expected" "$proj/args"
theme="--theme-dir $proj/themes/default"
site=$work/site
n=0

# rebuild NAME MADE [PROGRAM]: an incremental build into $site after a
# change, against a fresh one; MADE is the number of pages it must make.
# Its messages (what the content cache says again of the files it did not
# read among them) are the fresh build's too.
rebuild() {
	name=$1 want=$2 prog=${3:-$SHAREPACK}
	n=$((n + 1))
	(cd "$proj" && "$prog" build -v $theme -o "$site" .) \
		>"$work/out" 2>"$work/err"
	check "$name: the rebuild exits 0" [ $? -eq 0 ]
	(cd "$proj" && "$prog" build -q $theme -o "$work/fresh$n" .) \
		2>"$work/fresh.err"
	check "$name: the fresh build exits 0" [ $? -eq 0 ]
	check "$name: the rebuild says what a fresh build says" \
		cmp -s "$work/err" "$work/fresh.err"
	if diff -r "$site" "$work/fresh$n" >"$work/diff" 2>&1; then
		pass
	else
		fail "$name: the rebuild differs from a fresh build"
		head -n 20 "$work/diff"
	fi
	got=$(sed -n 's/^sharepack: pages made: \([0-9]*\);.*/\1/p' "$work/out")
	check "$name: made $want pages (made ${got:-none})" [ "$got" = "$want" ]
}

(cd "$proj" && "$SHAREPACK" build -q $theme -o "$site" .) 2>/dev/null
check "the first build exits 0" [ $? -eq 0 ]
check "the first build leaves a record" [ -s "$site/.sharepack-build" ]
all=$(find "$site" -name '*.html' | wc -l)

# The scenario page (made from a script's run) is always made; every other
# page only when what it shows changed: the front page and the coverage
# page (issue 16: both read every item) only when the titles, order,
# counts or coverage they show did.
inode() { ls -i "$1" | cut -d' ' -f1; }
front=$(inode "$site/index.html") cov=$(inode "$site/coverage.csv")
rebuild "nothing changed" 1
check "nothing changed: the front page is carried over" \
	[ "$(inode "$site/index.html")" = "$front" ]
check "nothing changed: coverage.csv is carried over" \
	[ "$(inode "$site/coverage.csv")" = "$cov" ]

# A guidance page's body: its page, and the pages of the two packs that
# hold it (a pack's page reads every member); not their quizzes, which
# read only the questions, nor its neighbours, which show only its title,
# nor the front page, which shows only its title too.
printf '\nOne more line.\n' >>"$proj/content/guidance/rules.md"
rebuild "an item's body" 4

# Its title: also its neighbours (the briefing) and the front page, which
# name it; not the coverage page, which names packs only.
sed -i 's/^title: The golden rules$/title: The seven golden rules/' \
	"$proj/content/guidance/rules.md"
rebuild "a guidance title" 6
check "a guidance title: the front page names it" \
	grep -q 'The seven golden rules' "$site/index.html"

# A case's rules: the coverage page and coverage.csv, which count them,
# the quizzes that ask it and the pack pages; not the front page.
sed -i 's/^rules: \[1, 5\]$/rules: [1, 6]/' \
	"$proj/content/vignettes/school-bruise.md"
rebuild "a case's rules" 6

# A pack's title: its page and quiz, and the pages of its steps, whose
# course links name it.
sed -i 's/^title: Schools$/title: Schools and colleges/' \
	"$proj/content/packs/schools.md"
rebuild "a pack" 7

# A scenario script: its page, and what the packs that hold it show of it
# (each pack's page; a quiz asks no scenario); not its neighbours, whose
# links show only its title.
sed -i 's/A pupil tells you something worrying./A pupil tells you something./' \
	"$proj/scenarios/case.lua"
rebuild "a scenario" 3

# A myth's answer: the quizzes that ask it and the pack pages (not the
# coverage page: a myth counts by what it supports).
sed -i 's/^verdict: myth$/verdict: fact/' "$proj/content/myths/consent.md"
rebuild "a question" 5

# The theme, the settings and the program: everything.
printf '\n/* changed */\n' >>"$proj/themes/default/style.css"
rebuild "the theme" "$all"
sed -i 's/^footer: .*/footer: Another footer/' "$proj/sharepack.yaml"
rebuild "the settings" "$all"
cp "$SHAREPACK" "$work/sharepack2"
printf 'x' >>"$work/sharepack2"
# (A program stamped in the clock's current tick is known by its bytes,
# and is another key the next time: the clock moves on first.)
sleep 0.05
rebuild "the program" "$all" "$work/sharepack2"
check "the program: no content file is taken from the other's cache" \
	grep -q 'taken unchanged from the last build: 0$' "$work/out"
# The program is known by its file's stamp (fs_self_key), not read: one
# written again, even with the same bytes, is another program.
rebuild "the same program again" 1 "$work/sharepack2"
cat "$SHAREPACK" >"$work/sharepack2"
printf 'x' >>"$work/sharepack2"
sleep 0.05
rebuild "the program written again" "$all" "$work/sharepack2"
check "the program written again: no content file is taken from the cache" \
	grep -q 'taken unchanged from the last build: 0$' "$work/out"

# An addition, then its deletion: its page comes and goes; the front page,
# which lists it, the pages of the packs that hold it by audience (not
# their quizzes nor the coverage page) and its neighbours in their courses
# follow. (The addition comes after another program's build, so it makes
# every page.)
printf -- '---\nkind: guidance\ntitle: New page\naudience: [education]\n---\nText.\n' \
	>"$proj/content/guidance/new.md"
rebuild "an addition" 10
check "an addition: its page is there" [ -f "$site/guidance/new.html" ]
rm "$proj/content/guidance/new.md"
rebuild "a deletion" 6
check "a deletion: its page is gone" [ ! -e "$site/guidance/new.html" ]

# A damaged record is not trusted: everything is made again.
echo "sharepack-build 1" >"$site/.sharepack-build"
rebuild "a damaged record" "$all"

# The spare (site.h): the site a build replaced, kept beside the output as
# the next build's staging folder, so that a page unchanged in both is kept
# where it is. It shares its files with the site (hard links).
spare=$work/.site.sharepack-spare
rebuild "spare: a rebuild after a damaged record" 1
check "spare: it is beside the site" [ -f "$spare/.sharepack-site" ] &&
	[ -f "$spare/.sharepack-build" ]
check "spare: its unchanged pages are the site's (hard links)" \
	[ "$(inode "$spare/index.html")" = "$(inode "$site/index.html")" ]
# Two rebuilds in a row with different changes: the second takes the
# first's page from the site (the spare has the older one) and its own
# from neither.
printf '\nAnother line.\n' >>"$proj/content/guidance/rules.md"
rebuild "spare: a first change" 4
printf '\nAnd another.\n' >>"$proj/content/briefings/b.md"
rebuild "spare: a second change" 4
# Damage by hand: a page deleted from the site is kept from the spare;
# one deleted from the spare is taken from the site; a file added to the
# spare and a folder made in it go; none is ever a wrong page.
rm "$site/guidance/rules.html"
rebuild "spare: a page deleted from the site" 1
rm "$spare/guidance/rules.html"
printf 'stray' >"$spare/stray.html"
mkdir -p "$spare/junk/deeper" && printf 'x' >"$spare/junk/deeper/x.html"
rebuild "spare: a damaged spare" 1
# A folder where a page goes, a file where a folder goes.
rm "$spare/guidance/rules.html" "$spare/index.html"
mkdir -p "$spare/index.html/in" && printf 'x' >"$spare/index.html/in/x"
rm -rf "$spare/guidance" && printf 'x' >"$spare/guidance"
printf '\nOne line more.\n' >>"$proj/content/guidance/rules.md"
rebuild "spare: a folder for a file and a file for a folder" 4
check "spare: what was added to it by hand is gone" \
	[ ! -e "$site/stray.html" ] && [ ! -e "$site/junk" ]
# A page changed in place in the site by hand is the spare's file too (one
# file, two names), so it is kept with the change, as it was carried with
# it before there was a spare, until its inputs change. (Nothing reads a
# page to know it: the site and the spare are sharepack's.)
page=$site/guidance/rules.html
printf '<!-- by hand -->' >>"$page"
(cd "$proj" && "$SHAREPACK" build -q $theme -o "$site" .) 2>/dev/null
check "spare: a page changed in place by hand is kept" \
	grep -q 'by hand' "$page"
printf '\nA change.\n' >>"$proj/content/guidance/rules.md"
rebuild "spare: then its inputs change" 4
# A spare whose record is damaged, one deleted, one of another theme, and
# one a killed build left as a staging folder: none is used; the site's
# pages are carried, and the site replaced becomes the spare again.
printf 'sharepack-build 1\nglobal 0\n' >"$spare/.sharepack-build"
rebuild "spare: its record damaged" 1
check "spare: there again after a damaged one" [ -f "$spare/.sharepack-build" ]
rm -rf "$spare"
rebuild "spare: deleted" 1
check "spare: there again after it was deleted" [ -f "$spare/.sharepack-site" ]
cp -R "$proj/themes/default" "$work/other-theme"
printf '\n/* another */\n' >>"$work/other-theme/style.css"
(cd "$proj" && "$SHAREPACK" build -q --theme-dir "$work/other-theme" \
	-o "$work/other" .) 2>/dev/null
rm -rf "$spare" && mv "$work/other" "$spare"
rebuild "spare: of another theme" 1
mv "$spare" "$work/site.tmp-Kill01"
rm "$work/site.tmp-Kill01/index.html"
printf 'half' >"$work/site.tmp-Kill01/index.html"
rebuild "spare: a killed build's" 1
check "spare: a killed build's staging folder is removed" \
	[ ! -e "$work/site.tmp-Kill01" ]
# One sharepack did not make is left alone, and no spare is kept.
rm "$spare/.sharepack-site"
ls -R "$spare" >"$work/foreign.before"
rebuild "spare: not sharepack's" 1
ls -R "$spare" >"$work/foreign.after"
check "spare: one sharepack did not make is left as it was" \
	cmp -s "$work/foreign.before" "$work/foreign.after"
rm -rf "$spare"
rebuild "spare: made again" 1
# One too deep to be walked is not used either: it goes, and the site
# replaced is the spare again.
deep=$spare/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d
mkdir -p "$deep" && printf 'x' >"$deep/x.html"
rebuild "spare: too deep to walk" 1
check "spare: the one too deep is gone, and the spare there again" \
	[ ! -e "$spare/d" ] && [ -f "$spare/.sharepack-build" ]
# A failed build leaves the site and the spare as they were.
ls -iR "$site" "$spare" >"$work/failed.before"
printf -- '---\nkind: myth\ntitle: Broken\nverdict: perhaps\n---\n' \
	>"$proj/content/broken.md"
(cd "$proj" && "$SHAREPACK" build -q $theme -o "$site" .) 2>/dev/null
check "spare: the failed build fails" [ $? -eq 1 ]
ls -iR "$site" "$spare" >"$work/failed.after"
check "spare: a failed build leaves both as they were" \
	cmp -s "$work/failed.before" "$work/failed.after"
rm "$proj/content/broken.md"
rebuild "spare: after a failed build" 1
# A rebuild of one page makes and removes a few files, whatever the size
# of the site: no link or unlink for each page kept.
if command -v strace >/dev/null 2>&1; then
	big=$work/big
	cp -R "$proj" "$big"
	i=0
	while [ $i -lt 200 ]; do
		printf -- '---\nkind: guidance\ntitle: Page %d\n---\nText.\n' $i \
			>"$big/content/guidance/p$i.md"
		i=$((i + 1))
	done
	(cd "$big" && "$SHAREPACK" build -q $theme -o "$work/bigsite" .) \
		2>/dev/null
	printf '\nMore.\n' >>"$big/content/guidance/p7.md"
	(cd "$big" && strace -f -c -o "$work/strace" -e trace=link,linkat,unlink,unlinkat \
		"$SHAREPACK" build -q $theme -o "$work/bigsite" .) 2>/dev/null
	calls=$(awk '$NF ~ /^(link|linkat|unlink|unlinkat)$/ { n += $4 } END { print n + 0 }' \
		"$work/strace")
	check "spare: a one-page rebuild of 200 pages links and unlinks a few files ($calls)" \
		[ "$calls" -lt 20 ]
	pages=$(find "$work/bigsite" -name '*.html' | wc -l)
	check "spare: the big site has its pages ($pages)" [ "$pages" -gt 200 ]
else
	fail "strace is not installed (tests/deps.sh installs it)"
fi

# The content cache (cache.h): a rebuild reads only the files whose stamp
# changed. read N: the last rebuild read N content files again. A file
# changed in the clock tick a build began in is not kept, so each case
# starts a tick later than the build before it.
read() {
	got=$(sed -n 's/^sharepack: content files read: \([0-9]*\);.*/\1/p' \
		"$work/out")
	check "$2: read $1 files again (read ${got:-none})" [ "$got" = "$1" ]
}
files=$(find "$proj/content" -name '*.md' ! -name 'README*' | wc -l)
sleep 0.1
rebuild "cache: nothing changed" 1
read 0 "cache: nothing changed"
check "cache: it is beside the site, not in it" \
	[ -s "$work/.site.sharepack-cache" ] && [ ! -e "$site/.sharepack-cache" ]
# Touched, not changed: read again, and the same site and messages.
touch "$proj/content/myths/consent.md"
sleep 0.1
rebuild "cache: a file touched" 1
read 1 "cache: a file touched"
# A letter changed in place, same size, its time set back: the change
# time, which no one can set, says so.
f=$proj/content/myths/consent.md
touch -r "$f" "$work/when"
size=$(wc -c <"$f")
printf 'N' | dd of="$f" bs=1 seek="$(grep -b -o 'It is not' "$f" |
	cut -d: -f1)" conv=notrunc 2>/dev/null
touch -r "$work/when" "$f"
check "cache: the change kept the size" [ "$(wc -c <"$f")" -eq "$size" ]
check "cache: the change kept the time" [ ! "$f" -nt "$work/when" ]
sleep 0.1
rebuild "cache: same size and time" 5
read 1 "cache: same size and time"
check "cache: same size and time: the quiz shows the change" \
	grep -q 'Nt is not needed' "$site/packs/everyone/quiz.html"
# Warnings that come, stay while nothing changes (said again from the
# cache), and go: one from reading the file, one from its own checks and
# one from the lint.
cp "$f" "$work/consent.md"
sed -i 's/^title: "Consent is always needed to share"$/&\naudience: [schools]/' "$f"
printf '\n![A chart](chart.png)\n\nShe lives at LS1 4AP.\n' >>"$f"
warned() {
	for w in "'audience' has no meaning" "images are not shown" \
	    "a postcode"; do
		if grep -q "$w" "$work/err"; then echo "$w"; fi
	done | wc -l
}
sleep 0.1
rebuild "cache: new warnings" 5
check "cache: new warnings are said" [ "$(warned)" -eq 3 ]
sleep 0.1
rebuild "cache: the warnings again" 1
read 0 "cache: the warnings again"
check "cache: the warnings again are said" [ "$(warned)" -eq 3 ]
cp "$work/consent.md" "$f"
sleep 0.1
rebuild "cache: the warnings gone" 5
check "cache: the warnings gone are not said" [ "$(warned)" -eq 0 ]
# A damaged cache is no cache: every file is read.
printf 'sharepack-cache 1\nxx' >"$work/.site.sharepack-cache"
rebuild "cache: a damaged cache" 1
read "$files" "cache: a damaged cache"
head -c 200 "$work/fresh1/../.fresh1.sharepack-cache" \
	>"$work/.site.sharepack-cache"
rebuild "cache: a cut cache" 1
read "$files" "cache: a cut cache"
# Another --strict is another cache: warnings are errors there.
(cd "$proj" && "$SHAREPACK" build -q --strict $theme -o "$site" .) \
	>/dev/null 2>&1
check "cache: --strict reads every file" [ $? -eq 1 ]
# The content listing (cache.h's cache_listing): a rebuild takes the
# last build's when no folder of the content tree changed since it was
# listed, and lists the folders again after any name in them was made,
# removed or renamed, at any depth. listed N NAME: the last rebuild read
# the content folders (1) or did not (0), by its getdents64 calls.
# (LeakSanitizer cannot run under ptrace: the asan tier's traced builds
# look for leaks no more; their fresh builds still do.)
traced=$work/traced
cat >"$traced" <<EOF
#!/bin/sh
case " \$* " in
*" $site "*) ASAN_OPTIONS=\${ASAN_OPTIONS:+\$ASAN_OPTIONS:}detect_leaks=0 \
	exec strace -f -e trace=getdents64 -y -o "$work/dents" \
	"$SHAREPACK" "\$@" ;;
esac
exec "$SHAREPACK" "\$@"
EOF
chmod +x "$traced"
listed() {
	if command -v strace >/dev/null 2>&1; then
		dents=$(grep -c "getdents64([0-9]*<[^>]*/proj/content[/>]" \
			"$work/dents")
		if [ "$1" = 1 ]; then
			check "$2: the content folders are read ($dents calls)" \
				[ "$dents" -gt 0 ]
		else
			check "$2: the content folders are not read ($dents calls)" \
				[ "$dents" -eq 0 ]
		fi
	else
		fail "strace is not installed (tests/deps.sh installs it)"
	fi
}
# relist NAME MADE LISTED: a rebuild a tick after a change, traced.
relist() {
	sleep 0.1
	rebuild "listing: $1" "$2" "$traced"
	listed "$3" "listing: $1"
}
c=$proj/content
relist "nothing changed" 1 0
read 0 "listing: nothing changed"
printf -- '---\nkind: guidance\ntitle: Added\n---\nText.\n' >"$c/guidance/added.md"
relist "a file added" 7 1
relist "then nothing" 1 0
mv "$c/guidance/added.md" "$c/guidance/renamed.md"
relist "a file renamed" 7 1
rm "$c/guidance/renamed.md"
relist "a file deleted" 6 1
mkdir -p "$c/guidance/deep/er"
printf -- '---\nkind: guidance\ntitle: Deep\n---\nText.\n' >"$c/guidance/deep/er/deep.md"
relist "a folder added two levels down" 7 1
relist "then nothing again" 1 0
printf -- '---\nkind: guidance\ntitle: Deeper\n---\nText.\n' >"$c/guidance/deep/er/deeper.md"
relist "a file added in a nested folder" 7 1
mkdir "$c/guidance/deep/er/empty"
relist "an empty folder added" 1 1
rmdir "$c/guidance/deep/er/empty"
relist "an empty folder removed" 1 1
mv "$c/guidance/deep/er" "$c/guidance/deep/ed"
relist "a nested folder renamed" 5 1
check "listing: a nested folder renamed: its pages are there" \
	[ -f "$site/guidance/deeper.html" ]
mv "$c/guidance/deep" "$c/deep"
relist "a folder moved up" 5 1
rm -r "$c/deep"
relist "a folder removed" 6 1
check "listing: a folder removed: its pages are gone" \
	[ ! -e "$site/guidance/deeper.html" ]
# A link: followed, but its target can change while no folder that holds
# it does; a listing with one is never kept.
ln -s ../myths/record.md "$c/guidance/alias.md"
relist "a link added" 6 1
relist "a link, nothing changed" 1 1
rm "$c/guidance/alias.md"
relist "a link removed" 6 1
# A name in the wrong case: a warning each build says, from a listing
# made again.
printf -- '---\nkind: guidance\ntitle: Shout\n---\nText.\n' >"$c/guidance/shout.MD"
relist "a name in the wrong case" 1 1
check "listing: a name in the wrong case: the warning is said" \
	grep -q 'shout.MD' "$work/err"
relist "a name in the wrong case, nothing changed" 1 1
check "listing: a name in the wrong case, nothing changed: said again" \
	grep -q 'shout.MD' "$work/err"
rm "$c/guidance/shout.MD"
relist "a name in the wrong case removed" 1 1
# A folder whose times are not before the build began (as when a file
# is made in the tick it begins in) is not kept: the next build lists.
relist "a folder kept again" 1 0
touch -d '+1 hour' "$c/myths"
relist "a folder of the build's tick" 1 1
relist "a folder of the build's tick, nothing changed" 1 1
touch -d '-1 hour' "$c/myths"
relist "a folder old again" 1 1
relist "and kept" 1 0
# A file made in the very tick the build begins: seen now or next time.
# (Its removal makes one page: the spare has the others as they were.)
printf -- '---\nkind: guidance\ntitle: Quick\n---\nText.\n' >"$c/guidance/quick.md"
rebuild "listing: a file made just before" 7 "$traced"
rm "$c/guidance/quick.md"
rebuild "listing: a file removed just before" 1 "$traced"
# A damaged listing is no listing: the folders are read; the items are
# still taken from the cache.
relist "kept once more" 1 0
python3 - "$work/.site.sharepack-cache" <<'PY'
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
# The listing ends the file: the last byte but one is of its last path.
data[len(data) - 2] ^= 1
open(path, 'wb').write(data)
PY
relist "a damaged listing" 1 1
read 0 "listing: a damaged listing"
relist "after a damaged listing" 1 0
# A file too new to keep in the cache (of the build's tick) is read
# again each time, but the listing is kept.
touch -d '+1 hour' "$c/guidance/rules.md"
relist "a file of the build's tick" 1 0
relist "a file of the build's tick, again" 1 0
read 1 "listing: a file of the build's tick, again"
touch -d '-1 hour' "$c/guidance/rules.md"

# A second language (issue 15). The settings list it: everything again,
# and the Welsh pages under cy/.
printf 'languages: [en, cy]\n' >>"$proj/sharepack.yaml"
mkdir -p "$proj/content/cy/guidance"
printf -- '---\nkind: guidance\nid: rules\nlang: cy\ntitle: Y rheolau euraidd\norder: 1\nsource: HM Government 2018\nedition: england-2018\n---\nRheol un.\n' \
	>"$proj/content/cy/guidance/rules.md"
(cd "$proj" && "$SHAREPACK" build -q $theme -o "$work/two" .) 2>/dev/null
both=$(find "$work/two" -name '*.html' | wc -l)
check "a second language: its pages are made" [ "$both" -eq $((2 * all)) ]
rebuild "a second language" "$both"
check "a second language: the Welsh page shows the translation" \
	grep -q '<h1>Y rheolau euraidd</h1>' "$site/cy/guidance/rules.html"
# A translation's text: its page in that language and the Welsh pages of
# the two packs that hold it (each one's page, not its quiz), with the
# scenario pages in both languages, which are always made; no other
# English page.
sed -i 's/^Rheol un\.$/Rheol un, a mwy./' "$proj/content/cy/guidance/rules.md"
rebuild "a translation" 5
check "a translation: its page has the new text" \
	grep -q 'Rheol un, a mwy.' "$site/cy/guidance/rules.html"
# Its title: also its neighbours in the Welsh courses and the Welsh front
# page, whose links name it; not the English front page.
sed -i 's/^title: Y rheolau euraidd$/title: Y saith rheol euraidd/' \
	"$proj/content/cy/guidance/rules.md"
rebuild "a translation's title" 7

# Any number of threads makes the same site.
for j in 1 2 5; do
	(cd "$proj" && "$SHAREPACK" build -q -j $j $theme -o "$work/j$j" .) \
		2>/dev/null
	check "-j $j exits 0" [ $? -eq 0 ]
done
check "-j 1 and -j 2 make the same site" diff -r "$work/j1" "$work/j2"
check "-j 1 and -j 5 make the same site" diff -r "$work/j1" "$work/j5"
"$SHAREPACK" build -j 0 "$proj" >/dev/null 2>&1
check "-j 0 is a usage error" [ $? -eq 2 ]
# Content is read on every processor, but messages come in path order,
# as when one file was read after another.
many=$work/many
mkdir -p "$many/content/guidance"
i=0
while [ $i -lt 300 ]; do
	printf -- '---\nkind: guidance\n---\nNo title.\n' \
		>"$many/content/guidance/g$i.md"
	i=$((i + 1))
done
(cd "$many" && "$SHAREPACK" check .) >/dev/null 2>"$work/many.err"
check "many files with errors: check exits 1" [ $? -eq 1 ]
grep -o '^content/guidance/g[0-9]*\.md' "$work/many.err" >"$work/many.order"
check "many files with errors: a message for each" \
	[ "$(sort -u "$work/many.order" | wc -l)" -eq 300 ]
check "many files with errors: messages in path order" \
	sh -c 'LC_ALL=C sort -c "$1"' - "$work/many.order"
summary rebuild
