#!/usr/bin/env python3
"""Generates worst-case projects for tier-patho.sh: each one pushes a cap
or a parser to its limit. Usage: gen.py CASE DIR. Nothing here is committed
as data: the inputs are made at test time."""
import os
import sys

PACK = "---\nkind: pack\ntitle: P\n---\nIntro.\n"


def write(d, name, data):
    path = os.path.join(d, "content", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)


def main():
    case, d = sys.argv[1], sys.argv[2]
    head = "---\nkind: guidance\ntitle: T\n---\n"
    if case == "ten-megabytes":
        write(d, "big.md", head + "word " * (2 * 1024 * 1024))
    elif case == "deep-quotes":
        write(d, "deep.md", head + ">" * 1000000 + " x\n")
    elif case == "deep-lists":
        write(d, "deep.md", head + "".join("  " * i + "- a\n" for i in range(700)))
    elif case == "deep-emphasis":
        write(d, "deep.md", head + "*a " * 150000 + "b" + " a*" * 150000 + "\n")
    elif case == "many-brackets":
        write(d, "links.md", head + "[" * 150000 + "a" + "](b)" * 150000 + "\n")
    elif case == "lint-one-line":
        # Personal-data findings all on one line of about 900 KiB: the
        # silencing comment is looked for once a line, not once a finding
        # (was 40 s).
        write(d, "g.md", head + "Lacey Dunn, born 12/03/2015, SW1A 1AA; " * 23000 + "\n")
    elif case == "yaml-nesting":
        n = 20000
        write(d, "y.md", "---\nkind: briefing\ntitle: T\naudience: " + "[" * n + "]" * n + "\n---\n")
    elif case == "yaml-aliases":
        lines = ["---", "kind: pack", "title: P", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in range(1, 40):
            lines.append("a%d: &a%d [%s]" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)))
        lines.append("audience: *a39")
        write(d, "bomb.md", "\n".join(lines) + "\n---\n")
    elif case == "big-front-matter":
        write(d, "fm.md", "---\nkind: guidance\ntitle: T\nsource: " + "x" * 70000 + "\n---\n")
    elif case == "many-items":
        write(d, "p.md", PACK)
        for i in range(3000):
            write(d, "v/case-%04d.md" % i,
                  "---\nkind: vignette\ntitle: Case %d\nexpected: share\n"
                  "audience: [health]\nrules: [1, 6]\n---\n%s\n\n## Why\n\n%s\n"
                  % (i, "A case about a child. " * 30, "Because it matters. " * 30))
    elif case == "ten-thousand-files":
        # Past the old cap of 10,000 files: a project is limited by
        # memory only.
        for i in range(10001):
            write(d, "f%05d.md" % i,
                  "---\nkind: guidance\ntitle: T%d\n---\nText.\n" % i)
    elif case == "briefing-headings":
        write(d, "b.md", "---\nkind: briefing\ntitle: B\n---\n" + "## a\n" * 100000)
    elif case == "long-line":
        write(d, "long.md", head + "a" * 900000 + "\n")
    else:
        sys.exit("unknown case " + case)


main()
