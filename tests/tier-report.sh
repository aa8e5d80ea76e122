#!/bin/sh
# tier-report.sh: `sharepack report`'s collectors: results files, xAPI
# statement files and Moodle downloads into the results database; the
# same sources fed twice changing nothing; a broken file in a folder
# storing nothing of itself, with its exact message; answers keeping the
# content hash they were given; Moodle counts checked against Python's csv;
# the report itself against a Rasch simulation (below).
# Prints "report: N passed, N failed".
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
R=tests/report
q() { sqlite3 "$1" "$2"; }

# A small project: the one 'sharepack new' writes.
"$SHAREPACK" new -q "$tmp/np" || fail "sharepack new"
NP=$tmp/np

# --- Results files: a folder with a broken file in the middle.
db=$tmp/folder.sqlite
"$SHAREPACK" report --project "$NP" --db "$db" $R/folder >"$tmp/out" 2>"$tmp/err"
check "a broken file makes the exit status 1" [ $? -eq 1 ]
if cmp -s "$tmp/err" $R/folder.err; then pass; else
	fail "the broken file's message"; diff $R/folder.err "$tmp/err"; fi
# A results file is the learner's own: one whose "passed" is not what its
# answers give is counted and the pack's page says so; an honest one is not.
verdict() { # FILE PASSED: every question of the starter pack answered right
	python3 - "$1" "$2" <<'PY'
import json, sys
answers = [("myth-consent-always-needed", "myth", "myth"),
           ("fact-fears-must-not-stop-sharing", "myth", "fact"),
           ("nursery-bruises-share-with-social-care", "vignette", "share"),
           ("school-parent-asks-for-classmates-address", "vignette", "no-share")]
json.dump({"format": "sharepack-result/2", "pack": "information-sharing",
           "content_hash": "0123456789abcdef", "started": "2026-11-24T10:00:00.000Z",
           "finished": "2026-11-24T10:05:00.000Z", "seed": 7, "attempt": "ABCD1234",
           "order": [a[0] for a in answers],
           "items": [{"id": i, "kind": k, "answer": a, "expected": a, "correct": True,
                      "seconds": 5} for i, k, a in answers],
           "score": 4, "max": 4, "percent": 100, "pass_mark": 80,
           "passed": sys.argv[2] == "true"}, open(sys.argv[1], "w"))
PY
}
verdict "$tmp/honest.json" true
verdict "$tmp/edited.json" false
"$SHAREPACK" report -q --project "$NP" --db "$tmp/honest.sqlite" -o "$tmp/honest" "$tmp/honest.json"
check "an honest results file: no warning" sh -c "! grep -q 'Some results files say passed or failed' '$tmp/honest/packs/information-sharing.html'"
"$SHAREPACK" report -q --project "$NP" --db "$tmp/edited.sqlite" -o "$tmp/edited" "$tmp/edited.json"
check "a results file whose verdict its answers contradict: the pack's page says so" grep -q 'Some results files say passed or failed' "$tmp/edited/packs/information-sharing.html"
check "and its reliability table counts it" grep -q 'Results files whose pass or fail is not what their answers give' "$tmp/edited/csv/pack-information-sharing-reliability.csv"
# The page's language a results file names is stored with its attempt.
python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); r["lang"] = "cy-GB"; json.dump(r, open(sys.argv[2], "w"))' \
	"$tmp/honest.json" "$tmp/welsh.json"
"$SHAREPACK" report -q --project "$NP" --db "$tmp/welsh.sqlite" -o "$tmp/welsh" "$tmp/welsh.json"
check "a results file's language is stored" [ "$(q "$tmp/welsh.sqlite" "select lang from attempt")" = cy-GB ]
check "and none when the file names none" [ "$(q "$tmp/honest.sqlite" "select coalesce(lang, 'none') from attempt")" = none ]

# A folder typed with a trailing slash names its files once-slashed.
"$SHAREPACK" report -q --project "$NP" --db "$tmp/slash.sqlite" $R/folder/ 2>"$tmp/err"
check "a folder typed as 'dir/' names 'dir/file'" grep -q "^$R/folder/2-broken.json:4:41: error" "$tmp/err"
check "the summary counts the files" grep -qx "sharepack: 4 results files: 2 attempts added, 1 already stored; 4 answers added; 1 not stored (errors above)" "$tmp/out"
check "nothing of the broken file is stored" [ "$(q "$db" "select count(*) from source where name like '%broken%'")" = 0 ]
check "the files around it are" [ "$(q "$db" "select count(*) from source")" = 3 ]
# The unfinished and the finished file of one attempt are one attempt,
# with the finish filled and the answer given later added.
check "unfinished then finished: one attempt" [ "$(q "$db" "select count(*) from attempt where parent = 'information-sharing'")" = 1 ]
check "the finish is filled" [ "$(q "$db" "select finished from attempt where parent = 'information-sharing'")" = 2026-11-24T10:03:00.000Z ]
check "the later answer is added" [ "$(q "$db" "select response from answer where item = 'nursery-bruises-share-with-social-care'")" = no-share ]
check "a /1 scenario file: its decisions" [ "$(q "$db" "select group_concat(a, ' ') from (select item || '=' || response || '/' || grade || '/' || points as a from answer join attempt on attempt.id = answer.attempt where parent_kind = 'scenario' order by seq)")" = "start=b/acceptable/0.5 call=a/expected/1.0" ]
check "a /1 file's key has no seed" [ "$(q "$db" "select key from attempt where parent_kind = 'scenario'")" = "results:nursery-pickup:-:2026-11-20T08:00:00.000Z" ]
# Fed again: nothing changes, not even the list of sources.
sqlite3 "$db" .dump >"$tmp/dump1"
"$SHAREPACK" report --project "$NP" --db "$db" $R/folder >"$tmp/out" 2>/dev/null
sqlite3 "$db" .dump >"$tmp/dump2"
check "results fed twice change nothing" cmp -s "$tmp/dump1" "$tmp/dump2"
check "and say so" grep -qx "sharepack: 4 results files: 0 attempts added, 3 already stored; 1 not stored (errors above)" "$tmp/out"

# An unknown format names the ones there are; a file of no known kind
# says what is read.
printf '{"format": "sharepack-result/9", "pack": "p"}\n' >"$tmp/v9.json"
"$SHAREPACK" report -q --project "$NP" --db "$tmp/x.sqlite" "$tmp/v9.json" 2>"$tmp/err"
check "unknown format" grep -qx "$tmp/v9.json:1:12: error: unknown format 'sharepack-result/9'; sharepack reads sharepack-result/1 and sharepack-result/2" "$tmp/err"
printf 'hello\n' >"$tmp/notes.txt"
"$SHAREPACK" report -q --project "$NP" --db "$tmp/x.sqlite" "$tmp/notes.txt" 2>"$tmp/err"
check "a file of no known kind" grep -q "^$tmp/notes.txt:1:1: error: not a source sharepack reads" "$tmp/err"

# --- Another content version: answers keep the hash of the item they
# answered, so after an item changes only its answer differs from the
# page's hash (the report keeps it as "content changed").
"$SHAREPACK" build -q -o "$tmp/site1" "$NP" || fail "build"
python3 - "$tmp/site1/packs/information-sharing/quiz.html" "$tmp/v1.json" <<'PY'
import json, re, sys
page = open(sys.argv[1]).read()
items = re.findall(r'data-sp-id="([^"]+)" data-sp-kind="([^"]+)" data-sp-expected="([^"]+)" data-sp-hash="([^"]+)"', page)
json.dump({"format": "sharepack-result/2", "pack": "information-sharing",
    "content_hash": "x", "started": "2026-11-26T10:00:00.000Z",
    "finished": "2026-11-26T10:05:00.000Z", "seed": 7,
    "items": [{"id": i, "kind": k, "answer": e, "expected": e,
        "correct": True, "seconds": 3, "hash": h} for i, k, e, h in items]},
    open(sys.argv[2], "w"))
PY
sed -i 's/^title: .*/title: "A changed statement"/' "$NP/content/myths/myth-consent-always-needed.md"
"$SHAREPACK" build -q -o "$tmp/site2" "$NP" || fail "build after the change"
"$SHAREPACK" report -q --project "$NP" --db "$tmp/hash.sqlite" "$tmp/v1.json" || fail "report of the older version's file"
grep -o 'data-sp-id="[^"]*" data-sp-kind="[^"]*" data-sp-expected="[^"]*" data-sp-hash="[^"]*"' "$tmp/site2/packs/information-sharing/quiz.html" |
	sed -E 's/data-sp-id="([^"]*)".*data-sp-hash="([^"]*)"/\1|\2/' | sort >"$tmp/now"
q "$tmp/hash.sqlite" "select item || '|' || item_hash from answer order by item" >"$tmp/stored"
check "4 answers stored with their hashes" [ "$(wc -l <"$tmp/stored")" -eq 4 ]
check "only the changed item's hash differs" [ "$(comm -13 "$tmp/now" "$tmp/stored" | cut -d'|' -f1)" = myth-consent-always-needed ]

# --- xAPI files: an array, one statement, an LRS page; statements fed
# twice are stored once.
db=$tmp/xapi.sqlite
"$SHAREPACK" report --db "$db" $R/xapi/array.json $R/xapi/one.json $R/xapi/page.json >"$tmp/out" 2>"$tmp/err"
check "xAPI files are read" [ $? -eq 0 ]
check "xAPI summary" grep -qx "sharepack: 3 xAPI files: 7 statements added, 4 already stored, 1 not about this project's content skipped" "$tmp/out"
# Answers within a registration are kept once by attempt and item; every
# other statement by its id.
check "each answer once" [ "$(q "$db" "select count(*) from answer")" = 4 ]
check "other statements once by id" [ "$(q "$db" "select count(*) from seen")" = 5 ]
check "a registration is one attempt" [ "$(q "$db" "select count(*) from attempt where key like 'xapi:1111%'")" = 1 ]
check "completed and failed fill it" [ "$(q "$db" "select score || '/' || max || ' ' || percent || ' ' || passed || ' ' || agency || ' ' || content_hash from attempt where key like 'xapi:1111%'")" = "1.0/2.0 50.0 0 police packhash" ]
check "answers with response, hash and seconds" [ "$(q "$db" "select group_concat(item || ':' || kind || ':' || response || ':' || item_hash || ':' || seconds, ' ') from answer where attempt = 1")" = "education-persistent-absence:vignette:share:h1:41.0 myth-consent-always-needed:myth:fact:h2:62.5" ]
check "without a registration: one attempt per run to completed" [ "$(q "$db" "select count(*) from attempt where key like 'xapi:run:%'")" = 2 ]
check "the mailbox in lower case" [ "$(q "$db" "select distinct learner from attempt where key like 'xapi:run:%'")" = "mailto:priya@example.invalid" ]
sqlite3 "$db" .dump >"$tmp/dump1"
"$SHAREPACK" report -q --db "$db" $R/xapi >/dev/null 2>&1
sqlite3 "$db" .dump >"$tmp/dump2"
check "xAPI fed twice changes nothing" cmp -s "$tmp/dump1" "$tmp/dump2"
# A malformed statement drops its whole file, at its line and column.
python3 -c "
import json; a = json.load(open('$R/xapi/array.json')); a[2]['verb'] = 'completed'
json.dump(a, open('$tmp/bad.json', 'w'), indent=1)"
"$SHAREPACK" report -q --db "$tmp/bad.sqlite" "$tmp/bad.json" 2>"$tmp/err"
check "a malformed statement" grep -qx "$tmp/bad.json:136:11: error: a statement's \"verb\" should be an object (xAPI 1.0.3)" "$tmp/err"
check "drops its file" [ "$(q "$tmp/bad.sqlite" "select count(*) from seen")" = 0 ]

# --- Moodle downloads, against the default project's health pack: the
# counts Python's csv module finds, each file into a new database.
for f in $R/moodle/*.csv; do
	name=$(basename "$f" .csv)
	db=$tmp/$name.sqlite
	"$SHAREPACK" report -q --db "$db" "$f" 2>"$tmp/err"
	check "$name is read" [ $? -eq 0 ]
	set -- $(python3 $R/count_moodle.py "$f")
	check "$name: $1 attempts" [ "$(q "$db" "select count(*) from attempt")" = "$1" ]
	check "$name: $2 answers" [ "$(q "$db" "select count(*) from answer")" = "$2" ]
	check "$name: no SCO unmatched" sh -c "! grep -q 'no pack or scenario' '$tmp/err'"
done
db=$tmp/scorm12-interactions.sqlite
check "Moodle: the teacher's row adds nothing" [ "$(q "$db" "select count(*) from attempt where learner like '%trainer%'")" = 0 ]
check "Moodle: the email decoded, the learner by email" [ "$(q "$db" "select distinct learner from attempt where learner_name like 'Zo%'")" = "mailto:zoe.o'connor@example.invalid" ]
check "Moodle: letters become the item's answers" [ "$(q "$db" "select group_concat(a, ' ') from (select response || kind || correct as a from answer join attempt on attempt.id = answer.attempt where key = 'moodle:health:student1@example.invalid:1' and item in ('fact-child-moving-area', 'health-gp-records-to-employer') order by item)")" = "mythmyth0 no-sharevignette1" ]
check "Moodle: a scenario's steps" [ "$(q "$db" "select count(*) from answer join attempt on attempt.id = answer.attempt where parent = 'health-visitor-concern' and item = 'home_visit' and kind = 'decision'")" = 2 ]
check "Moodle: dates as written, without a zone" [ "$(q "$db" "select started from attempt where key = 'moodle:health:student1@example.invalid:1'")" = 2026-11-30T03:36 ]
"$SHAREPACK" report -q --db "$tmp/basic.sqlite" $R/moodle/scorm12-basic.csv 2>"$tmp/err"
check "a Basic report without SCO columns says why nothing is stored" grep -q "warning: the report names no SCO" "$tmp/err"
sqlite3 "$db" .dump >"$tmp/dump1"
"$SHAREPACK" report -q --db "$db" $R/moodle/scorm12-interactions.csv $R/moodle/scorm12-interactions-attemptsonly.csv 2>/dev/null
sqlite3 "$db" .dump >"$tmp/dump2"
check "Moodle fed twice changes nothing" cmp -s "$tmp/dump1" "$tmp/dump2"
# A row cut short is an error at its line.
head -n 3 $R/moodle/scorm12-interactions.csv | sed '3s/\t[^\t]*$//' >"$tmp/short.csv"
"$SHAREPACK" report -q --db "$tmp/short.sqlite" "$tmp/short.csv" 2>"$tmp/err"
check "a short row" grep -qx "$tmp/short.csv:3:1: error: a row of 255 cells where the header calls for 256; give the download unchanged" "$tmp/err"
check "stores nothing of its file" [ "$(q "$tmp/short.sqlite" "select count(*) from attempt")" = 0 ]
# A learner's column after the score (here the last column, the first
# one renamed) is an error in the header, not a cell the rows lack
# (tests/fuzz/regress/report-column-after-score.report: read after free).
head -n 3 $R/moodle/scorm12-interactions.csv |
	sed '1s/"Last accessed on"/"Last seen"/; 1s/$/\t"Last accessed on"/' >"$tmp/after.csv"
"$SHAREPACK" report -q --db "$tmp/after.sqlite" "$tmp/after.csv" 2>"$tmp/err"
check "a column after the score: exit 1" [ $? -eq 1 ]
check "a column after the score: said at the header" grep -qx "$tmp/after.csv:1:1: error: the 'Last accessed on' column comes after 'Score'; give a SCORM report as Moodle downloads it (\"Download in text format\")" "$tmp/err"

# The command line: report's options are its own, and a project given
# where a SOURCE goes is pointed to --project.
"$SHAREPACK" build --db x.sqlite "$NP" 2>"$tmp/err"
check "--db is for report" [ $? -eq 2 ] && check "--db is for report: said" grep -q "^sharepack: --db is for 'report'" "$tmp/err"
(cd "$tmp" && "$SHAREPACK" report x.json 2>"$tmp/err")
check "no project here: exit 2" [ $? -eq 2 ]
check "no project here: the project below named with --project" grep -qx "sharepack: the project is in np, which holds content/; give that folder: 'sharepack report --project np'" "$tmp/err"

# --- The report: a Rasch simulation (tests/report/rasch.py: 2,000
# learners, known difficulties, a planted item with its key flipped, a
# group of 3, a branching case, an attempt at older content) through
# results files and through xAPI statements, checked with and without
# --names, and fed twice.
work=$tmp/rasch
mkdir -p "$work"
rasch="python3 $ROOT/tests/report/rasch.py"
$rasch project "$work/p" || fail "fixture project written"
(cd "$work/p" && "$SHAREPACK" build -q -o "$work/site" .) ||
	fail "fixture project builds"
$rasch simulate "$work/p" "$work/site" "$work/sim" || fail "simulation runs"

(cd "$work/p" && "$SHAREPACK" report -q --db "$work/db.sqlite" \
	-o "$work/report" "$work/sim/results")
check "report: exit 0" [ $? -eq 0 ]
check "report: facility, discrimination, alpha, sharing, groups of fewer than 5, no names" \
	$rasch check "$work/sim" "$work/report"

# The same sources again change nothing, to the byte.
cp "$work/report/report.json" "$work/first.json"
(cd "$work/p" && "$SHAREPACK" report -q --db "$work/db.sqlite" \
	-o "$work/report" "$work/sim/results")
check "fed twice: exit 0" [ $? -eq 0 ]
check "fed twice: the same report.json" cmp -s "$work/first.json" \
	"$work/report/report.json"

(cd "$work/p" && "$SHAREPACK" report -q --db "$work/db.sqlite" --names \
	-o "$work/named")
check "--names: exit 0" [ $? -eq 0 ]
check "--names: the names are shown" $rasch check "$work/sim" "$work/named" \
	--names

# The same learners as xAPI statements (the pack's attempts; the branching
# case and the stale attempt from their results files): the same numbers.
(cd "$work/p" && "$SHAREPACK" report -q --db "$work/xapi.sqlite" \
	-o "$work/xapi" "$work/sim/statements.json" "$work"/sim/results/s0*.json \
	"$work/sim/results/stale.json")
check "xAPI: exit 0" [ $? -eq 0 ]
check "xAPI: the same checks hold" $rasch check "$work/sim" "$work/xapi"

# CSV quoting as RFC 4180 has it, read back by Python's csv module.
check "every CSV reads back with as many fields as its header" python3 -c '
import csv, glob, sys
bad = 0
for f in glob.glob(sys.argv[1] + "/csv/*.csv"):
    rows = list(csv.reader(open(f, newline="")))
    bad += any(len(r) != len(rows[0]) for r in rows)
sys.exit(1 if bad else 0)' "$work/report"
# --- The report in Welsh (issue 15): report --lang cy, from the Moodle
# downloads of the default project, whose police-and-justice pack is
# translated. Every word of the report is the Welsh catalogue's, a pack's
# title its translation's; the CSV headers and the JSON keys are data and
# stay as in English.
cyd=$tmp/cy
mkdir -p "$cyd"
"$SHAREPACK" report -q --db "$cyd/db.sqlite" -o "$cyd/en" $R/moodle/*.csv 2>/dev/null
check "report in English: exit 0" [ $? -eq 0 ]
"$SHAREPACK" report -q --lang cy --db "$cyd/db.sqlite" -o "$cyd/cy" 2>"$cyd/err"
check "report --lang cy: exit 0" [ $? -eq 0 ]
check "report --lang cy: no messages" [ ! -s "$cyd/err" ]
check "report --lang cy: the pages say lang=\"cy\"" grep -q '<html[^>]* lang="cy"' "$cyd/cy/index.html"
check "report --lang cy: its title in Welsh" grep -q '<h1>Adroddiad yr hyfforddwr</h1>' "$cyd/cy/index.html"
check "report --lang cy: a small group is \"llai na 5\"" grep -q 'llai na 5' "$cyd/cy/index.html"
python3 - "$cyd/en" "$cyd/cy" "$ROOT" <<'PY' >"$cyd/cmp" 2>&1
import glob, json, os, re, sys, yaml
en_dir, cy_dir, root = sys.argv[1:4]
strings = os.path.join(root, "themes/default/strings")
en = yaml.safe_load(open(os.path.join(strings, "en.yaml"), encoding="utf-8"))
cy = yaml.safe_load(open(os.path.join(strings, "cy.yaml"), encoding="utf-8"))
def text(path):
    t = re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())
    return re.sub(r"\s+", " ", t.replace("&quot;", '"').replace("&#39;", "'"))
pages = [p for p in glob.glob(cy_dir + "/**/*.html", recursive=True)]
bad = 0
# The report's own words: every English text of the keys it uses that
# Welsh words differently and that is long enough not to be a name.
prefixes = ("report.", "outcome.", "principle.", "agency.", "edition.")
for key, value in en.items():
    if not key.startswith(prefixes) or cy.get(key) == value or len(value) < 12:
        continue
    for p in pages:
        if value.split("{")[0].strip() in text(p):
            print("English", repr(value), "in", p); bad += 1
cy_pack = open(os.path.join(root, "content/cy/packs/police-and-justice.md"), encoding="utf-8").read()
title = re.search(r"^title:\s*(.+)$", cy_pack, re.M).group(1).strip().strip('"')
page = open(os.path.join(cy_dir, "packs/police-and-justice.html"), encoding="utf-8").read()
if "<h1>Adroddiad: %s</h1>" % title not in page:
    print("the pack's Welsh title is not its page's heading"); bad += 1
for f in glob.glob(en_dir + "/csv/*.csv"):
    head_en = open(f, encoding="utf-8").readline()
    head_cy = open(os.path.join(cy_dir, "csv", os.path.basename(f)), encoding="utf-8").readline()
    if head_en != head_cy:
        print("CSV header differs:", f); bad += 1
def keys(path):
    doc = json.load(open(path, encoding="utf-8"))
    return [[[c["key"] for c in t["columns"]] for t in pg["tables"]] for pg in doc["pages"]]
if keys(en_dir + "/report.json") != keys(cy_dir + "/report.json"):
    print("report.json's column keys differ"); bad += 1
print(len(pages), "pages")
sys.exit(1 if bad or not pages else 0)
PY
check "report --lang cy: no English words, the pack's Welsh title, the CSV and JSON keys as in English" [ $? -eq 0 ] || head -n 5 "$cyd/cmp"
"$SHAREPACK" report -q --lang de --db "$cyd/db.sqlite" -o "$cyd/de" 2>"$cyd/err"
check "report --lang de: exit 2" [ $? -eq 2 ]
check "report --lang de: writes nothing" [ ! -e "$cyd/de" ]
# make bench's report line (tests/bench/bench_report.c) builds against the
# library as it is and runs on a few statements; no time is asserted.
bench="$tmp/bench"
mkdir -p "$bench"
(cd "$ROOT" && make -s build/bench_report >"$bench/make.log" 2>&1)
check "bench_report builds" [ $? -eq 0 ]
"$ROOT/build/bench_report" "$bench" 2000 >"$bench/out" 2>&1
check "bench_report runs on 2000 statements" [ $? -eq 0 ]
check "bench_report prints its ratio" grep -qE \
	'^report: 2000 xAPI statements: yajl alone .* [0-9.]+x$' "$bench/out"

summary report
