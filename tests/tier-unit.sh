#!/bin/sh
# The C unit tests (tests/unit), from build/ or, with SHAREPACK_BIN, another
# build such as build/asan. The binary prints "unit: N passed, N failed".
. "$(dirname "$0")/lib.sh"
exec "$BIN/unit-tests"
