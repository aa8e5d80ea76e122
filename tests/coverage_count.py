"""coverage_count.py: the coverage table counted again, from the content's
front matter alone, to check the site's coverage.csv.

Usage: coverage_count.py SRC DST
Copies SRC/content to DST/content, keeping in each pack's include only the
items written in Markdown (the script-made ones are Lua's, not front
matter), then prints the coverage.csv the copy should build into."""
import os
import re
import shutil
import sys

EDITIONS = {"england-2018", "wales-2019", "england-2024"}
PRINCIPLES = ["necessary", "proportionate", "relevant", "adequate",
              "accurate", "timely", "secure", "recorded"]
KINDS = ["vignette", "myth"]


def front_matter(text):
    """The keys this count needs, from a front matter block: scalars,
    [a, b] lists and '  - x' block lists. Quotes are taken off."""
    lines = text.split("\n")
    assert lines[0].rstrip("\r") == "---"
    keys, last = {}, None
    for line in lines[1:]:
        line = line.rstrip("\r")
        if line == "---":
            break
        m = re.match(r"^([a-z_]+):\s*(.*)$", line)
        if m:
            last, value = m.group(1), m.group(2).strip()
            if value.startswith("["):
                keys[last] = [v.strip().strip("\"'")
                              for v in value.strip("[]").split(",") if v.strip()]
            elif value == "":
                keys[last] = []
            else:
                keys[last] = value.strip("\"'")
            continue
        m = re.match(r"^\s+-\s+(.*)$", line)
        if m and last is not None and isinstance(keys.get(last), list):
            keys[last].append(m.group(1).strip().strip("\"'"))
    return keys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    shutil.copytree(os.path.join(src, "content"), os.path.join(dst, "content"))
    items, paths = {}, {}
    for folder, _, files in os.walk(os.path.join(dst, "content")):
        for name in sorted(files):
            if not name.endswith(".md") or name.startswith("README"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8-sig") as f:
                fm = front_matter(f.read())
            # A translation (issue 15) asks nothing of its own: the copy,
            # which has no settings listing its language, leaves it out.
            if fm.get("lang") not in (None, "en"):
                os.remove(path)
                continue
            ident = fm.get("id", name[:-3])
            items[ident], paths[ident] = fm, path
    out = ["pack,edition,rule,principle,direction,cases,myths_facts,"
           "scenario_choices,total"]
    for pid in sorted(items, key=lambda i: os.path.relpath(paths[i], dst)):
        pk = items[pid]
        if pk.get("kind") != "pack":
            continue
        keep = [m for m in pk.get("include", []) if m in items]
        with open(paths[pid], encoding="utf-8") as f:
            text = f.read()
        for gone in set(pk.get("include", [])) - set(keep):
            text = text.replace("  - %s\n" % gone, "")
        with open(paths[pid], "w", encoding="utf-8") as f:
            f.write(text)
        counts = {}
        for m in keep:
            it = items[m]
            if it.get("kind") not in KINDS:
                continue
            way = it.get("expected") if it["kind"] == "vignette" else \
                it.get("supports")
            if way not in ("share", "no-share"):
                continue
            kind = KINDS.index(it["kind"])
            ed = it.get("edition", pk.get("edition"))
            for r in it.get("rules", []) if ed in EDITIONS else []:
                key = (ed, int(r), way)
                counts.setdefault(key, [0, 0])[kind] += 1
            for p in it.get("principles", []):
                counts.setdefault(("", p, way), [0, 0])[kind] += 1
        eds = sorted({k[0] for k in counts if k[0]})
        rows = [(ed, str(r), "", (ed, r)) for ed in eds for r in range(1, 8)]
        rows += [("", "", p, ("", p)) for p in PRINCIPLES]
        for ed, rule, principle, key in rows:
            for way in ("share", "no-share"):
                c = counts.get(key + (way,), [0, 0])
                out.append("%s,%s,%s,%s,%s,%d,%d,0,%d" % (
                    pid, ed, rule, principle, way, c[0], c[1], sum(c)))
    sys.stdout.write("\r\n".join(out) + "\r\n")


main()
