#!/usr/bin/env python3
"""Makes the benchmark project: the default content copied COPIES times with
distinct ids (so there are many items of every kind), its packs once (each
holding every copy of the items it selects), and the default theme. Usage: gen.py ROOT OUTDIR [COPIES]."""
import os
import re
import shutil
import sys

root, out = sys.argv[1], sys.argv[2]
copies = int(sys.argv[3]) if len(sys.argv) > 3 else 40
shutil.rmtree(out, ignore_errors=True)
shutil.copytree(os.path.join(root, "themes"), os.path.join(out, "themes"))
for d, _, files in os.walk(os.path.join(root, "content")):
    for f in files:
        if not f.endswith(".md") or f.startswith("README"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        # The packs once: each then holds every copy of what it selects.
        n = 1 if re.search(r"^kind: pack", text, re.M) else copies
        for c in range(n):
            # Packs keep their audience rules; included ids do not exist.
            # (A block list's "  - id" lines go with its key.)
            t = re.sub(r"^include:.*\n(?:[ \t]+.*\n)*", "", text, flags=re.M)
            dest = os.path.join(out, "content", "c%03d" % c, os.path.relpath(d, os.path.join(root, "content")))
            os.makedirs(dest, exist_ok=True)
            open(os.path.join(dest, "%s-%03d.md" % (f[:-3], c)), "w", encoding="utf-8").write(t)
