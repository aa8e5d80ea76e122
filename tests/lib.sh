# lib.sh: shared by the test tiers. Source it; call pass/fail per check and
# summary at the end, which prints "TIER: N passed, N failed".
passed=0
failed=0
ROOT=${ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
# Which build of the program to test: build/ or build/asan/.
BIN=${SHAREPACK_BIN:-$ROOT/build}
case "$BIN" in /*) ;; *) BIN=$ROOT/$BIN ;; esac
SHAREPACK=$BIN/sharepack

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
# check NAME CONDITION-COMMAND...: pass if the command succeeds.
check() { _check=$1; shift; if "$@"; then pass; else fail "$_check"; fi; }
summary() { echo "$1: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }
