#!/bin/sh
# Makes sure the libraries sharepack builds against are installed. Run as
# root on Debian, it installs what is missing; otherwise it says exactly what
# to install. Arguments: pkg-config module names.
set -u
missing=""
for mod in "$@"; do
	case "$mod" in
	# libcsv has no pkg-config file: its header tells.
	libcsv) [ -f /usr/include/csv.h ] || missing="$missing $mod" ;;
	# Nor libstdc++'s static archive (the Makefile's STATIC_LIBS): the
	# compiler knows where it would be.
	libstdc++) [ -f "$(cc -print-file-name=libstdc++.a 2>/dev/null)" ] ||
		missing="$missing $mod" ;;
	*) pkg-config --exists "$mod" 2>/dev/null || missing="$missing $mod" ;;
	esac
done
command -v pkg-config >/dev/null 2>&1 || missing="pkg-config $*"
command -v cc >/dev/null 2>&1 || missing="$missing cc"
[ -z "$missing" ] && exit 0

debs=""
for mod in $missing; do
	case "$mod" in
	libcmark) debs="$debs libcmark-dev" ;;
	libxml-2.0) debs="$debs libxml2-dev" ;;
	lua5.4) debs="$debs liblua5.4-dev" ;;
	yaml-0.1) debs="$debs libyaml-dev" ;;
	zlib) debs="$debs zlib1g-dev" ;;
	minizip) debs="$debs libminizip-dev" ;;
	sqlite3) debs="$debs libsqlite3-dev" ;;
	yajl) debs="$debs libyajl-dev" ;;
	libcurl) debs="$debs libcurl4-openssl-dev" ;;
	libcsv) debs="$debs libcsv-dev" ;;
	# g++ depends on the libstdc++ -dev package of the default compiler.
	libstdc++) debs="$debs g++" ;;
	pkg-config) debs="$debs pkg-config" ;;
	cc) debs="$debs gcc make" ;;
	*) debs="$debs $mod" ;;
	esac
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing$debs"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $debs >/dev/null ||
		{ echo "deps: apt-get install$debs failed" >&2; exit 1; }
	exit 0
fi
echo "sharepack needs these Debian packages:$debs" >&2
echo "install them with: sudo apt-get install$debs" >&2
exit 1
