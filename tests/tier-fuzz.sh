#!/bin/sh
# A short fuzzing run of every target (tests/fuzz), so that make test also
# exercises the parsers with inputs nobody wrote. 'make fuzz' runs longer.
exec sh "$(dirname "$0")/fuzz/run.sh" "${SHAREPACK_FUZZ_SECONDS:-20}"
