#!/usr/bin/env python3
"""Turns make-corpus.py output into a sharepack project for `make bench`.
Usage: to-sharepack.py SRC_CORPUS DEST_PROJECT CHECKOUT

Ported from ../shared/bench/to-sharepack.py (issue 14's reference), with one
change: that script copied the checkout's packs, whose include lists name the
checkout's own items, so the project no longer checks. Here the items are
put, in the corpus's order, into packs of PACK_ITEMS items each (every item
in one pack; no quiz over SCORM 1.2's limit of 227 questions, so `package`
takes them all). The rest is as there:
- drops the `tags` list (sharepack warns on unknown keys) and maps the tags
  that name an agency to `audience` (vignettes only)
- myths get `verdict: myth`
- vignettes: the section '## Expected answer' becomes '## Why'
- copies themes/ of the checkout
Bodies are otherwise unchanged."""
import os
import shutil
import sys

PACK_ITEMS = 200

src, dst, sp = sys.argv[1:4]
AG = {"schools": "education", "health": "health", "police": "police",
      "probation": "probation", "housing": "housing",
      "voluntary-sector": "voluntary"}
shutil.rmtree(dst, ignore_errors=True)
shutil.copytree(os.path.join(sp, "themes"), os.path.join(dst, "themes"))
os.makedirs(os.path.join(dst, "content", "packs"))
ids = []
for rel in open(os.path.join(src, "files.txt"), encoding="utf-8").read().split():
    kind = rel.split("/")[1]
    t = open(os.path.join(src, rel), encoding="utf-8").read()
    fm_end = t.index("\n---\n", 4)
    fm, body = t[:fm_end], t[fm_end:]
    lines = fm.split("\n")
    tags = [l[4:] for l in lines if l.startswith("  - ")]
    lines = [l for l in lines if not l.startswith("  - ") and l != "tags:"]
    if kind == "myth":
        lines.append("verdict: myth")
    if kind == "vignette":
        aud = sorted({AG[x] for x in tags if x in AG})
        if aud:
            lines.append("audience: [%s]" % ", ".join(aud))
        body = body.replace("\n## Expected answer\n", "\n## Why\n", 1)
    dd = os.path.join(dst, os.path.dirname(rel))
    os.makedirs(dd, exist_ok=True)
    open(os.path.join(dst, rel), "w", encoding="utf-8").write("\n".join(lines) + body)
    ids.append(os.path.basename(rel)[:-3])
# files.txt is sorted by path (kind first): packs take every n-th id so that
# each holds all three kinds.
packs = (len(ids) + PACK_ITEMS - 1) // PACK_ITEMS
for k in range(packs):
    members = ids[k::packs]
    with open(os.path.join(dst, "content", "packs", "pack-%04d.md" % (k + 1)), "w", encoding="utf-8") as f:
        f.write("---\nkind: pack\ntitle: \"Bench pack %d\"\npass_mark: 80\ninclude:\n" % (k + 1))
        f.write("".join("  - %s\n" % i for i in members))
        f.write("---\nPack %d of the benchmark corpus.\n" % (k + 1))
print("to-sharepack.py: %d items in %d packs" % (len(ids), packs))
