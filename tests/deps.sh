#!/bin/sh
# deps.sh: what the tests need beyond the build: Java for the Nu HTML
# Checker, python3 for generated inputs, Debian's chromium for the browser
# tests, and the npm packages pinned in
# tests/package-lock.json. Run as root on Debian, it installs what is
# missing; otherwise it says what to install.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
debs=""
command -v java >/dev/null 2>&1 || debs="$debs default-jre-headless"
command -v python3 >/dev/null 2>&1 || debs="$debs python3"
command -v npm >/dev/null 2>&1 || debs="$debs nodejs npm"
command -v timeout >/dev/null 2>&1 || debs="$debs coreutils"
command -v xmllint >/dev/null 2>&1 || debs="$debs libxml2-utils"
command -v pmccabe >/dev/null 2>&1 || debs="$debs pmccabe"
command -v strace >/dev/null 2>&1 || debs="$debs strace"
# Debian's Chromium for the browser tests: never a browser a tool downloads.
[ -x /usr/bin/chromium ] || debs="$debs chromium"
if [ -n "$debs" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "test deps: installing$debs"
		export DEBIAN_FRONTEND=noninteractive
		{ apt-get update -q && apt-get install -y -q --no-install-recommends $debs; } >/dev/null ||
			{ echo "test deps: apt-get install$debs failed" >&2; exit 1; }
	else
		echo "the tests need:$debs; install them with: sudo apt-get install$debs" >&2
		exit 1
	fi
fi
# npm ci only when the lock file changed since the last install. Install
# scripts stay off: no package may download anything of its own.
stamp="$ROOT/tests/node_modules/.sharepack-lock"
if ! cmp -s "$ROOT/tests/package-lock.json" "$stamp" 2>/dev/null; then
	echo "test deps: npm ci in tests/"
	(cd "$ROOT/tests" && npm ci --ignore-scripts --no-audit --no-fund \
		--loglevel=error) >/dev/null || { echo "test deps: npm ci failed" >&2; exit 1; }
	cp "$ROOT/tests/package-lock.json" "$stamp"
fi
