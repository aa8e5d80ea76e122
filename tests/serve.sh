# serve.sh: 'sharepack serve' as a writer meets it, from the outside:
# it answers on 127.0.0.1 only, with the site 'build' makes; it rebuilds
# after a change (scripts only when a script changed); a broken file
# makes every page an error page naming it, until it is fixed; no request
# reaches a file outside the site; a taken port is said with the fix; and
# SIGTERM ends it cleanly. Sourced by tier-cli.sh, whose check, $work,
# $golden and $SHAREPACK it uses. The browser side is
# tests/browser/serve.test.mjs.
srv=$work/serve
client="python3 $ROOT/tests/serve_client.py"
mkdir -p "$srv/tmp"
cp -r "$golden" "$srv/project"
rm -rf "$srv/project/expected"
cp -r "$ROOT/themes" "$srv/project/themes"

# start_serve DIR [OPTION...]: starts serve on a free port, in DIR; sets
# $pid and $port once it says where it listens. Returns 1 if it never does.
start_serve() {
	(cd "$1" && shift && TMPDIR="$srv/tmp" exec "$SHAREPACK" serve \
		--port 0 "$@" .) >"$srv/out" 2>"$srv/err" &
	pid=$!
	port=
	for _ in $(seq 200); do
		port=$(sed -n 's|.*serving http://[^/]*:\([0-9]*\)/.*|\1|p' "$srv/out")
		[ -n "$port" ] && return 0
		kill -0 "$pid" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# stop_serve: SIGTERM, then SIGKILL if it has not gone within 5 s; sets
# $stopped to its exit status.
stop_serve() {
	kill -TERM "$pid" 2>/dev/null
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid"
	stopped=$?
}

# wait_line TEXT: waits up to 10 s for TEXT in what serve printed.
wait_line() {
	for _ in $(seq 200); do
		grep -qF -- "$1" "$srv/out" "$srv/err" && return 0
		sleep 0.05
	done
	return 1
}

check "serve: starts and says where" start_serve "$srv/project"
check "serve: a first build" grep -q "^sharepack: built 9 pages" "$srv/out"
check "serve: listens on 127.0.0.1 and nothing else" \
	[ "$($client listening "$port")" = 127.0.0.1 ]
$client get "$port" / >"$srv/reply"
check "serve: / is the home page" grep -q "^HTTP/1.1 200 OK" "$srv/reply"
check "serve: as html" grep -q "^Content-Type: text/html; charset=utf-8" "$srv/reply"
check "serve: the connection closes" grep -q "^Connection: close" "$srv/reply"
check "serve: the site's text" grep -q "Golden training" "$srv/reply"
check "serve: with the reload script" \
	grep -qF '<script src="/__sharepack/reload.js?build=1" defer></script>' "$srv/reply"
$client get "$port" /assets/style.css >"$srv/reply"
check "serve: css" grep -q "^Content-Type: text/css" "$srv/reply"
$client get "$port" /__sharepack/reload.js >"$srv/reply"
check "serve: the reload script" grep -q "EventSource('/__sharepack/events')" "$srv/reply"
$client get "$port" /packs/schools >"$srv/reply"
check "serve: a folder redirects to its index" grep -q "^Location: /packs/schools/" "$srv/reply"
$client get "$port" /packs/schools/ >"$srv/reply"
check "serve: a folder's index" grep -q "^HTTP/1.1 200 OK" "$srv/reply"
$client get "$port" /nowhere.html >"$srv/reply"
check "serve: a missing page is 404" grep -q "^HTTP/1.1 404" "$srv/reply"
$client get "$port" /guidance/rules.html HEAD >"$srv/reply"
check "serve: HEAD has the length" grep -q '^Content-Length: [1-9]' "$srv/reply"
check "serve: HEAD has no body" [ "$(sed -n '/^\r$/,$p' "$srv/reply" | wc -c)" -eq 2 ]
$client get "$port" / POST >"$srv/reply"
check "serve: POST is 405" grep -q "^HTTP/1.1 405" "$srv/reply"
$client raw "$port" "GET /$(head -c 9000 /dev/zero | tr '\0' a) HTTP/1.1\r\n\r\n" >"$srv/reply"
check "serve: a request over 8 KiB is refused" grep -q "^HTTP/1.1 431" "$srv/reply"

# No way out of the site, however the path is spelt.
for target in /../../etc/passwd /../../../../../../../../../../etc/passwd \
	/%2e%2e/%2e%2e/etc/passwd /..%2f..%2fetc%2fpasswd \
	//etc/passwd /guidance/..%5c..%5cetc/passwd /.sharepack-site; do
	$client get "$port" "$target" >"$srv/reply"
	check "serve: $target is refused" grep -q "^HTTP/1.1 400" "$srv/reply"
	check "serve: $target shows nothing" sh -c "! grep -q 'root:' '$srv/reply'"
done

# The site folder holds exactly what 'build' writes: the script is added
# on the way out only.
(cd "$srv/project" && "$SHAREPACK" build -q -o "$srv/built" .)
check "serve: its site is the one build makes" \
	diff -r "$srv/built" "$(ls -d "$srv"/tmp/sharepack-serve-*/site)"

# A change: the page shows it; the scripts are not run again for Markdown.
echo "A sentence added while serving." >>"$srv/project/content/guidance/rules.md"
check "serve: a change is served" \
	$client wait "$port" /guidance/rules.html "A sentence added while serving."
# The page, and its two packs' pages, whose course keys the page's
# "read" mark by its text (the quiz pages stay as they were).
check "serve: only that page and its packs' pages changed" \
	wait_line "3 of 9 pages changed"
check "serve: no script ran for Markdown" sh -c "! grep -q 'scripts run again' '$srv/out'"
printf -- '-- changed\n' >>"$srv/project/scenarios/case.lua"
check "serve: a script change runs the scripts" wait_line "with the scenario scripts run again"

# A folder made while serving is watched.
mkdir -p "$srv/project/content/later"
printf -- '---\nkind: guidance\ntitle: Written later\n---\nNew guidance.\n' \
	>"$srv/project/content/later/new.md"
check "serve: a page in a new folder" \
	$client wait "$port" /guidance/new.html "Written later"
printf -- '---\nkind: guidance\ntitle: Later still\n---\nMore.\n' \
	>"$srv/project/content/later/newer.md"
check "serve: a file saved later in that folder" \
	$client wait "$port" /guidance/newer.html "Later still"

# A broken file: every page is the error page, naming file and line, and
# the terminal has the same message; fixed, the site is back by itself.
printf -- '---\nkind: myth\ntitle: Broken\nverdict: perhaps\n---\n' \
	>"$srv/project/content/broken.md"
msg="content/broken.md:4:10: error: unknown verdict 'perhaps'"
check "serve: a broken file makes the error page" \
	$client wait "$port" /guidance/rules.html "$msg"
$client get "$port" / >"$srv/reply"
check "serve: the error page is a 500" grep -q "^HTTP/1.1 500" "$srv/reply"
check "serve: the terminal has the message" wait_line "$msg"
check "serve: and what to do" wait_line "1 error, 0 warnings; the pages show it until it is fixed"
rm "$srv/project/content/broken.md"
check "serve: fixed, the site is back" \
	$client wait "$port" /guidance/rules.html "A sentence added while serving."

# A port already taken is said, with the fix.
busy=$port
(cd "$srv/project" && TMPDIR="$srv/tmp" "$SHAREPACK" serve --port "$busy" .) \
	>/dev/null 2>"$srv/err2"
check "serve: a taken port exits 2" [ $? -eq 2 ]
check "serve: a taken port is said, with the fix" \
	grep -q "port $busy on 127.0.0.1 is in use.*--port" "$srv/err2"

stop_serve
check "serve: SIGTERM ends it with status 0" [ "$stopped" -eq 0 ]
check "serve: its folder is removed" [ -z "$(ls "$srv/tmp")" ]

# Usage: a bad port or host, and no content folder.
"$SHAREPACK" serve --port 70000 >/dev/null 2>"$srv/err2"
check "serve: --port 70000 is a usage error" [ $? -eq 2 ]
"$SHAREPACK" serve --host localhost --port 0 "$srv/project" >/dev/null 2>"$srv/err2"
check "serve: --host takes a number" grep -q "numeric address" "$srv/err2"
"$SHAREPACK" build --port 1 >/dev/null 2>"$srv/err2"
check "serve: --port is for serve" grep -q "is for 'serve'" "$srv/err2"
mkdir -p "$srv/empty"
(cd "$srv/empty" && TMPDIR="$srv/tmp" "$SHAREPACK" serve --port 0 .) \
	>/dev/null 2>"$srv/err2"
check "serve: no content folder exits 2" [ $? -eq 2 ]
check "serve: no content folder is said" grep -q "no such folder" "$srv/err2"
check "serve: and leaves nothing" [ -z "$(ls "$srv/tmp")" ]

# --host another loopback address: there, with no warning.
if start_serve "$srv/project" --host 127.0.0.2; then
	check "serve: --host 127.0.0.2 listens there" \
		[ "$($client listening "$port")" = 127.0.0.2 ]
	check "serve: a loopback host needs no warning" sh -c "! grep -q warning '$srv/err'"
	stop_serve
else
	fail "serve: --host 127.0.0.2 did not start: $(cat "$srv/err")"
fi
