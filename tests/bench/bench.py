#!/usr/bin/env python3
"""`make bench`: issue 14's table, measured in one run.

Usage: bench.py SHAREPACK CMARK_FLOOR ITEMS...

For each size in ITEMS, makes the corpus (make-corpus.py, the reference
generator) and the sharepack project (to-sharepack.py), then times, each as
a child process with its peak memory (ru_maxrss from wait4):
- the floor: cmark-floor writing the same pages into a fresh folder;
- sharepack build into a fresh folder;
- the rebuild after one item changes (into the same folder);
- sharepack check;
- sharepack package (SCORM 1.2);
- Hugo on the same corpus (the Debian package, which `make bench` installs
  when it can), with how many times faster sharepack's full build is.
Then the quiz page of each BENCH_QUIZ questions (default 1000 3000, empty:
none) in Debian's chromium: the time to its first question on screen.
Each time is printed with its ratio to the floor's, the ratios being what
the issue's goals are stated in. Outputs go to /dev/shm (tmpfs) when it is
there, else to a temporary folder, as the output says; the machine's load
average is printed before and after. Nothing is asserted: tests/tier-cli.sh
only checks that the table is printed for a small corpus.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(HERE))


def run(argv, cwd=None):
    """Runs argv; returns (seconds of wall time, peak KiB, exit status,
    the last line of its standard error, CPU seconds)."""
    err = tempfile.TemporaryFile()
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err.seek(0)
    lines = err.read().decode("utf-8", "replace").strip().splitlines()
    return wall, usage.ru_maxrss, p.returncode, lines[-1] if lines else "", usage.ru_utime + usage.ru_stime


def mib(kib):
    return "%.0f MiB" % (kib / 1024)


def load():
    return " ".join("%.2f" % x for x in os.getloadavg())


def bench(n, sharepack, floor, root):
    corpus = os.path.join(root, "corpus-%d" % n)
    project = os.path.join(root, "project-%d" % n)
    out = os.path.join(root, "out-%d" % n)
    for d in (corpus, project, out):
        shutil.rmtree(d, ignore_errors=True)
    os.makedirs(out)
    subprocess.run([sys.executable, os.path.join(HERE, "make-corpus.py"), str(n), corpus],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(HERE, "to-sharepack.py"), corpus, project, CHECKOUT],
                   check=True, stdout=subprocess.DEVNULL)
    mb = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(corpus, "content"))
             for f in fs) / 1e6
    rows = []
    base = run([floor, os.path.join(project, "content"), os.path.join(out, "floor")])
    site = os.path.join(out, "site")
    quiet = [sharepack]

    def row(name, r, extra=""):
        wall, rss, status, last, cpu = r
        if status != 0:
            rows.append((name, "failed (exit %d)" % status, "", mib(rss), "", last[:100]))
            return
        ratio = "%.1fx" % (wall / base[0]) if base[2] == 0 and base[0] > 0 else "-"
        # A rebuild takes hundredths of a second: its share is read from
        # milliseconds.
        shown = "%.2f s" % wall if wall >= 1 else "%.3f s" % wall
        rows.append((name, shown, ratio, mib(rss), "%.2f" % (cpu / wall if wall > 0 else 0), extra))

    row("cmark alone writing the same pages (the floor)", base)
    full = run(quiet + ["build", "-q", "-o", site, "."], cwd=project)
    row("full build into a fresh folder", full)
    # One item changes: a sentence more at the end of the first guidance page.
    first = sorted(os.listdir(os.path.join(project, "content", "guidance")))[0]
    with open(os.path.join(project, "content", "guidance", first), "a", encoding="utf-8") as f:
        f.write("\nOne sentence more, so that the page has changed.\n")
    again = run(quiet + ["build", "-q", "-o", site, "."], cwd=project)
    share = "%.1f%% of the full build" % (100 * again[0] / full[0]) if full[2] == 0 and again[2] == 0 else ""
    row("rebuild after one file changes", again, share)
    row("check", run(quiet + ["check", "-q", "."], cwd=project))
    row("package (SCORM 1.2)", run(quiet + ["package", "-q", "-o", os.path.join(out, "package.zip"), "."],
                                   cwd=project))
    hugo = shutil.which("hugo")
    if hugo:
        ver = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()
        h = run([hugo, "--quiet", "-s", corpus, "-d", os.path.join(out, "hugo")])
        faster = ("sharepack's full build is %.1fx faster" % (h[0] / full[0])
                  if h[2] == 0 and full[2] == 0 and full[0] > 0 else "")
        row("Hugo %s on the same corpus" % (ver[1] if len(ver) > 1 else ""), h, faster)
    else:
        rows.append(("Hugo on the same corpus", "not installed", "", "", "", "Debian package hugo"))
    print()
    print("| %s items (%.1f MB of Markdown) | wall time | vs the floor | peak memory | cores used | |"
          % ("{:,}".format(n), mb))
    print("|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(project, ignore_errors=True)


def quiz_rows(sharepack, sizes):
    """Issue 14's quiz row: each size's quiz page in Debian's chromium, from
    navigation to its first question on screen (tests/bench/quiz-first.mjs,
    the best of five), when the test dependencies are there."""
    if not sizes:
        return
    print()
    node = shutil.which("node")
    mods = os.path.join(CHECKOUT, "tests", "node_modules", "playwright-core")
    if node is None or not os.path.isdir(mods) or not os.path.exists("/usr/bin/chromium"):
        print("bench: the quiz row needs node, chromium and tests/node_modules (sh tests/deps.sh); left out")
        return
    env = dict(os.environ, SHAREPACK_BIN=os.path.dirname(sharepack))
    p = subprocess.run([node, os.path.join(HERE, "quiz-first.mjs"), sharepack] + [str(n) for n in sizes],
                       capture_output=True, text=True, env=env)
    times = dict(l.split(": ", 1) for l in p.stdout.splitlines() if l.startswith("quiz "))
    print("| quiz page in Chromium | first question on screen (best of 5) | goal |")
    print("|---|---|---|")
    for n in sizes:
        got = times.get("quiz %d" % n)
        print("| %s questions | %s | %s |" % ("{:,}".format(n), got if got else "failed (exit %d)" % p.returncode,
                                           "under 0.5 s at 1,000" if n == 1000 else ""))


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: bench.py SHAREPACK CMARK_FLOOR ITEMS...")
    sharepack, floor = (os.path.abspath(a) for a in sys.argv[1:3])
    sizes = [int(x) for x in sys.argv[3:]]
    if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        root = tempfile.mkdtemp(prefix="sharepack-bench-", dir="/dev/shm")
        where = "%s (tmpfs)" % root
    else:
        root = tempfile.mkdtemp(prefix="sharepack-bench-")
        where = "%s (no /dev/shm: a disk, so times include its writes)" % root
    print("bench: outputs in %s; %d cores; load average %s" % (where, os.cpu_count(), load()))
    try:
        for n in sizes:
            bench(n, sharepack, floor, root)
        quiz_rows(sharepack, [int(x) for x in os.environ.get("BENCH_QUIZ", "1000 3000").split()])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print()
    print("bench: load average %s at the end" % load())


if __name__ == "__main__":
    main()
