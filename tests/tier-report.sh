#!/bin/sh
# sharepack report: the trainer's report checked against a Rasch simulation
# (tests/report/rasch.py: 2,000 learners, known difficulties, a planted
# item with its key flipped, a group of 3, a branching case, an attempt at
# older content), with and without --names, and fed twice.
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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

# CSV quoting as RFC 4180 has it, read back by Python's csv module.
check "every CSV reads back with as many fields as its header" python3 -c '
import csv, glob, sys
bad = 0
for f in glob.glob(sys.argv[1] + "/csv/*.csv"):
    rows = list(csv.reader(open(f, newline="")))
    bad += any(len(r) != len(rows[0]) for r in rows)
sys.exit(1 if bad else 0)' "$work/report"
summary report
