#!/bin/sh
# Golden files: tests/regress.sh (see there).
exec sh "$(dirname "$0")/regress.sh"
