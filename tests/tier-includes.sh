#!/bin/sh
# The include rules between stages: tests/check-includes.sh.
exec sh "$(dirname "$0")/check-includes.sh"
