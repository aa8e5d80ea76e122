#!/usr/bin/env python3
"""The trainer's report checked against a Rasch simulation.

  rasch.py project DIR          write the fixture project (one pack of
                                myths, facts and cases) into DIR
  rasch.py simulate DIR SITE OUT
                                simulate learners (fixed seed, known item
                                difficulties and abilities) against the
                                built site SITE (for the content hashes);
                                write their results files to OUT/results/,
                                xAPI statements to OUT/statements.json and
                                what was simulated to OUT/truth.json
  rasch.py db OUT FILE SCHEMA   store the simulated attempts straight into
                                a results database (FILE) made with the
                                SQL in SCHEMA (report_store.c), without a
                                collector
  rasch.py check OUT REPORT [--names]
                                check the report in REPORT against the
                                truth and an independent computation

Prints one line per failed check and exits 1 if any failed.
"""
import csv
import json
import math
import os
import random
import re
import sqlite3
import sys

LEARNERS = 2000
SEED = 20261130
PACK = "rasch"
# Item id -> (kind, the simulation's truth, difficulty in logits). The
# content's expected answer is the truth, except for the planted item,
# whose key the content flips.
PLANTED = "case-planted"
# The starter's branching case, and the paths some learners take through
# it: (decisions as (step, choice letter), ending, outcome, how many).
SCENARIO = "youth-club-disclosure"
PATHS = [([("secret", "b"), ("next", "a")], "help", "good", 7),
         ([("secret", "c"), ("promised", "b")], "broken", "mixed", 3)]


def items():
    out = []
    n = 0
    for i in range(12):
        truth = "myth" if i % 2 == 0 else "fact"
        out.append(("myth-%02d" % i, "myth", truth, -2.2 + 0.4 * i))
    for i in range(10):
        truth = "share" if i % 2 == 0 else "no-share"
        out.append(("case-%02d" % i, "vignette", truth, -1.9 + 0.4 * i))
    out.append((PLANTED, "vignette", "share", -0.5))
    return out


def flip(answer):
    return {"share": "no-share", "no-share": "share",
            "myth": "fact", "fact": "myth"}[answer]


def expected(item):
    ident, kind, truth, _ = item
    return flip(truth) if ident == PLANTED else truth


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make_project(root):
    write(os.path.join(root, "sharepack.yaml"), "name: Rasch training\n")
    here = os.path.dirname(os.path.abspath(__file__))
    lua = open(os.path.join(here, "..", "..", "starter", "scenarios",
                            SCENARIO + ".lua"), encoding="utf-8").read()
    write(os.path.join(root, "scenarios", SCENARIO + ".lua"), lua)
    members = []
    for k, item in enumerate(items()):
        ident, kind, _, _ = item
        members.append(ident)
        if kind == "myth":
            write(os.path.join(root, "content/myths/%s.md" % ident),
                  "---\nkind: myth\ntitle: \"Statement %d\"\n"
                  "verdict: %s\nsource: Simulation\n---\nThe answer is "
                  "%s.\n" % (k, expected(item), expected(item)))
        else:
            exp = expected(item)
            facts = "facts:\n  purpose: no\n" if exp == "no-share" else ""
            rules = "rules: [%d, %d]\n" % (1 + k % 7, 1 + (k + 3) % 7)
            write(os.path.join(root, "content/vignettes/%s.md" % ident),
                  "---\nkind: vignette\ntitle: \"Case %d\"\nexpected: %s\n"
                  "audience: [education]\n%s%sedition: england-2024\n"
                  "source: Simulation\n---\nA case to decide.\n\n## Why\n\n"
                  "Because the simulation says so.\n" % (k, exp, facts,
                                                         rules))
    write(os.path.join(root, "content/packs/%s.md" % PACK),
          "---\nkind: pack\ntitle: Rasch pack\naudience: [education, "
          "health, police]\npass_mark: 60\ninclude:\n" +
          "".join("  - %s\n" % m for m in members) + "---\nSimulated.\n")


def hashes(site):
    html = open(os.path.join(site, "packs", PACK, "quiz.html"),
                encoding="utf-8").read()
    pack = re.search(r'<ol[^>]*data-sp-hash="([0-9a-f]{16})"', html)
    found = dict(re.findall(r'<li[^>]*id="q-([a-z0-9-]+)"[^>]*'
                            r'data-sp-hash="([0-9a-f]{16})"', html))
    if not found:
        found = {}
        for li in re.findall(r"<li[^>]*>", html):
            h = re.search(r'data-sp-hash="([0-9a-f]{16})"', li)
            i = re.search(r'data-sp-item="([a-z0-9-]+)"', li) or \
                re.search(r'id="([a-z0-9-]+)"', li)
            if h and i:
                found[i.group(1)] = h.group(1)
    return pack.group(1) if pack else None, found


def agency_of(n):
    # Three learners only say youth justice: a group under 5.
    if n < 3:
        return "youth-justice"
    return [None, "education", "health", "police"][n % 4]


def simulate(project, site, out):
    rng = random.Random(SEED)
    pack_hash, item_hash = hashes(site)
    its = items()
    learners = []
    for n in range(LEARNERS):
        theta = rng.gauss(0.0, 1.0)
        answers = []
        for ident, kind, truth, b in its:
            p = 1.0 / (1.0 + math.exp(-(theta - b)))
            answers.append(truth if rng.random() < p else flip(truth))
        learners.append({"n": n, "theta": theta, "answers": answers,
                         "agency": agency_of(n),
                         "name": "Learner %04d" % n})
    os.makedirs(os.path.join(out, "results"), exist_ok=True)
    for l in learners:
        write_result(out, l, its, pack_hash, item_hash)
    write_scenarios(site, out)
    write_stale(pack_hash, out)
    write_statements(learners, its, pack_hash, item_hash, out)
    truth = {"items": [{"id": i[0], "kind": i[1], "truth": i[2],
                        "expected": expected(i), "difficulty": i[3]}
                       for i in its],
             "learners": learners, "pack_hash": pack_hash,
             "item_hash": item_hash}
    write(os.path.join(out, "truth.json"), json.dumps(truth))


def write_result(out, l, its, pack_hash, item_hash):
    rows = []
    right = 0
    for item, ans in zip(its, l["answers"]):
        exp = expected(item)
        ok = ans == exp
        right += ok
        rows.append({"id": item[0], "kind": item[1], "answer": ans,
                     "expected": exp, "correct": ok, "seconds": 20,
                     "hash": item_hash.get(item[0])})
    n = l["n"]
    day = 1 + n % 28
    month = 9 + n % 3
    started = "2026-%02d-%02dT10:00:00.000Z" % (month, day)
    finished = "2026-%02d-%02dT10:20:00.000Z" % (month, day)
    percent = round(100 * right / len(its))
    doc = {"format": "sharepack-result/2", "pack": PACK,
           "content_hash": pack_hash, "started": started,
           "finished": finished, "seed": 1000 + n,
           "order": [i[0] for i in its], "attempt": "A%05d" % n,
           "items": rows, "score": right, "max": len(its),
           "percent": percent, "pass_mark": 60, "passed": percent >= 60,
           "learner": l["name"]}
    if l["agency"] is not None:
        doc["agency"] = l["agency"]
    l["percent"] = percent
    l["started"] = started
    l["finished"] = finished
    l["right"] = right
    write(os.path.join(out, "results", "r%05d.json" % n), json.dumps(doc))


def statement(l, n, verb, obj, when, result, obj_hash, pack_hash):
    ctx = {"registration": "00000000-0000-4000-8000-%012d" % l["n"],
           "extensions": {"urn:sharepack:content-hash": pack_hash}}
    if l["agency"] is not None:
        ctx["extensions"]["urn:sharepack:agency"] = l["agency"]
    return {"id": "%08d-0000-4000-8000-%012d" % (n, l["n"]),
            "actor": {"objectType": "Agent", "name": l["name"],
                      "account": {"homePage": "https://lms.example",
                                  "name": "u%d" % l["n"]}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/" + verb},
            "object": {"objectType": "Activity", "id": obj,
                       "definition": {"extensions": {
                           "urn:sharepack:content-hash": obj_hash}}},
            "timestamp": when, "stored": when, "context": ctx,
            "result": result}


def write_statements(learners, its, pack_hash, item_hash, out):
    """The same attempts as the results files, as the pages send them."""
    pack = "urn:sharepack:pack:" + PACK
    with open(os.path.join(out, "statements.json"), "w") as f:
        f.write("[")
        first = True
        for l in learners:
            rows = []
            for k, (item, ans) in enumerate(zip(its, l["answers"])):
                ok = ans == expected(item)
                rows.append(statement(
                    l, k, "answered", pack + ":" + item[0], l["started"],
                    {"response": ans, "success": ok, "duration": "PT20S",
                     "score": {"raw": int(ok), "min": 0, "max": 1}},
                    item_hash.get(item[0]), pack_hash))
            score = {"raw": l["right"], "min": 0, "max": len(its),
                     "scaled": l["right"] / len(its)}
            rows.append(statement(l, 90, "completed", pack, l["finished"],
                                  {"completion": True, "score": score},
                                  pack_hash, pack_hash))
            passed = l["percent"] >= 60
            rows.append(statement(l, 91, "passed" if passed else "failed",
                                  pack, l["finished"],
                                  {"success": passed, "score": score},
                                  pack_hash, pack_hash))
            for r in rows:
                f.write(("" if first else ",\n") + json.dumps(r))
                first = False
        f.write("]\n")


def write_stale(pack_hash, out):
    """One attempt at older content: an item whose text has changed since
    (another hash) and one no longer in the content."""
    doc = {"format": "sharepack-result/2", "pack": PACK,
           "content_hash": "0123456789abcdef",
           "started": "2026-08-01T10:00:00.000Z",
           "finished": "2026-08-01T10:10:00.000Z", "seed": 99999,
           "items": [{"id": "myth-00", "kind": "myth", "answer": "myth",
                      "expected": "myth", "correct": True,
                      "hash": "0123456789abcdef"},
                     {"id": "myth-retired", "kind": "myth",
                      "answer": "fact", "expected": "myth",
                      "correct": False, "hash": "fedcba9876543210"}],
           "score": 1, "max": 2, "percent": 50, "pass_mark": 60,
           "passed": False, "learner": "Stale learner"}
    write(os.path.join(out, "results", "stale.json"), json.dumps(doc))


def write_scenarios(site, out):
    html = open(os.path.join(site, "scenarios", SCENARIO + ".html"),
                encoding="utf-8").read()
    h = re.search(r'data-sp-hash="([0-9a-f]{16})"', html).group(1)
    n = 0
    for decisions, ending, outcome, count in PATHS:
        for _ in range(count):
            items_out = [{"id": step, "kind": "decision", "answer": c,
                          "seconds": 5} for step, c in decisions]
            doc = {"format": "sharepack-result/2", "scenario": SCENARIO,
                   "content_hash": h,
                   "started": "2026-10-%02dT09:00:00.000Z" % (1 + n),
                   "finished": "2026-10-%02dT09:05:00.000Z" % (1 + n),
                   "seed": 50000 + n, "items": items_out,
                   "ending": ending, "outcome": outcome,
                   "score": 2, "max": 2, "percent": 100, "pass_mark": 80,
                   "passed": outcome == "good",
                   "learner": "Scenario learner %02d" % n}
            write(os.path.join(out, "results", "s%03d.json" % n),
                  json.dumps(doc))
            n += 1


def store_db(out, path, schema_src):
    """Fills a results database the way a collector would."""
    truth = json.load(open(os.path.join(out, "truth.json")))
    src = open(schema_src, encoding="utf-8").read()
    sql = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"',
                             src[src.index("CREATE TABLE source"):
                                 src.index("struct store {")]))
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.execute("INSERT INTO source VALUES (1, 'results', 'sim', 'now')")
    for l in truth["learners"]:
        right = sum(a == it["expected"] for a, it in
                    zip(l["answers"], truth["items"]))
        percent = round(100 * right / len(truth["items"]))
        n = l["n"]
        started = "2026-%02d-%02dT10:00:00.000Z" % (9 + n % 3, 1 + n % 28)
        cur = db.execute(
            "INSERT INTO attempt (key, source, origin, parent, parent_kind,"
            " content_hash, learner, learner_name, agency, started, "
            "finished, score, max, percent, passed) VALUES "
            "(?, 1, 'results', ?, 'pack', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ("results:%s:%d:x" % (PACK, n), PACK, truth["pack_hash"],
             "learner-%d" % n, l["name"], l["agency"], started, started,
             right, len(truth["items"]), percent, int(percent >= 60)))
        for seq, (it, a) in enumerate(zip(truth["items"], l["answers"])):
            db.execute("INSERT INTO answer (attempt, seq, item, item_hash,"
                       " kind, response, correct) VALUES (?,?,?,?,?,?,?)",
                       (cur.lastrowid, seq, it["id"],
                        truth["item_hash"].get(it["id"]), it["kind"], a,
                        int(a == it["expected"])))
    db.commit()
    db.close()


def spearman(xs, ys):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            for k in range(i, j + 1):
                r[order[k]] = (i + j) / 2.0
            i = j + 1
        return r
    return pearson(ranks(xs), ranks(ys))


def pearson(xs, ys):
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def table(report, page, ident):
    for p in report["pages"]:
        if p["path"] == page:
            for t in p["tables"]:
                if t["id"] == ident:
                    return t
    raise KeyError("%s: no table %s" % (page, ident))


class Checks:
    def __init__(self):
        self.failed = 0

    def ok(self, cond, what):
        if not cond:
            self.failed += 1
            print("FAIL:", what)


def check(out, report_dir, names):
    c = Checks()
    truth = json.load(open(os.path.join(out, "truth.json")))
    report = json.load(open(os.path.join(report_dir, "report.json")))
    page = "packs/%s.html" % PACK
    rows = {r["item"]: r for r in table(report, page, "items")["rows"]}
    its = truth["items"]
    x = [[int(a == it["expected"]) for a, it in zip(l["answers"], its)]
         for l in truth["learners"]]
    k = len(its)
    tot = [sum(r) for r in x]
    # Facility ranks the items as their difficulties (planted left out).
    plain = [i for i, it in enumerate(its) if it["id"] != PLANTED]
    fac = [rows[its[i]["id"]]["facility"] for i in plain]
    rho = spearman(fac, [-its[i]["difficulty"] for i in plain])
    c.ok(rho >= 0.95, "Spearman of facility and difficulty %.4f" % rho)
    for i, it in enumerate(its):
        col = [r[i] for r in x]
        f = sum(col) / len(col)
        c.ok(abs(rows[it["id"]]["facility"] - f) < 1e-12,
             "%s facility %r, expected %r" % (it["id"],
                                              rows[it["id"]]["facility"], f))
        rest = [t - v for t, v in zip(tot, col)]
        d = 100 * pearson(col, rest)
        got = rows[it["id"]]["discrimination"]
        c.ok(got is not None and abs(got - d) < 1e-9,
             "%s discrimination %r, independently %r" % (it["id"], got, d))
        if it["kind"] == "vignette":
            over = sum(a == "share" and it["expected"] == "no-share"
                       for a in (l["answers"][i] for l in
                                 truth["learners"]))
            under = sum(a == "no-share" and it["expected"] == "share"
                        for a in (l["answers"][i] for l in
                                  truth["learners"]))
            c.ok(rows[it["id"]]["over_sharing"] == over and
                 rows[it["id"]]["under_sharing"] == under,
                 "%s over/under %r/%r, simulated %d/%d" % (
                     it["id"], rows[it["id"]]["over_sharing"],
                     rows[it["id"]]["under_sharing"], over, under))
    c.ok(rows[PLANTED]["discrimination"] < 0,
         "planted item's discrimination is negative")
    flags = table(report, page, "flags")["rows"]
    planted = [f for f in flags if f["item"] == PLANTED and
               f["flag"] == "negative discrimination"]
    c.ok(len(planted) == 1 and "check the expected answer and the case "
         "for ambiguity" in planted[0]["advice"], "planted item flagged")
    c.ok(not [f for f in flags if f["flag"] == "negative discrimination"
              and f["item"] != PLANTED], "only the planted item negative")
    # Cronbach's alpha, independently.
    n = len(x)

    def var(v):
        m = sum(v) / len(v)
        return sum((a - m) ** 2 for a in v) / len(v)
    alpha = k / (k - 1) * (1 - sum(var([r[i] for r in x])
                                   for i in range(k)) / var(tot))
    rel = {r["measure"]: r["value"] for r in
           table(report, page, "reliability")["rows"]}
    got = rel["Cronbach's alpha"]
    c.ok(got is not None and abs(got - alpha) < 1e-9,
         "alpha %r, independently %r" % (got, alpha))
    c.ok(rel["Of those, scored on every question"] == n,
         "every simulated attempt complete, the stale one not")
    c.ok(rel["Attempts analysed (each learner's first)"] == n + 1,
         "the stale attempt is analysed")
    c.ok(rel["Answers kept, content changed since"] == 1 and
         rel["Answers kept, no longer in the content"] == 1,
         "changed and gone answers kept apart: %r" % rel)
    check_groups(c, report, page, truth)
    check_names(c, report_dir, truth, names)
    return c.failed


def check_groups(c, report, page, truth):
    ag = {r["key"]: r for r in table(report, page, "agencies")["rows"]}
    c.ok(ag["youth-justice"]["learners"] == "fewer than 5",
         "a group of 3 shows 'fewer than 5': %r" % ag["youth-justice"])
    c.ok(ag["youth-justice"]["pass_rate"] is None and
         ag["youth-justice"]["right"] is None,
         "no rate of a group under 5")
    n = sum(1 for l in truth["learners"] if l["agency"] == "education")
    c.ok(ag["education"]["learners"] == n, "education: %d learners" % n)


def check_names(c, report_dir, truth, names):
    some = [l["name"] for l in truth["learners"][:50]]
    found = set()
    for base, _, files in os.walk(report_dir):
        for f in files:
            if f.endswith((".html", ".csv", ".json")):
                text = open(os.path.join(base, f), encoding="utf-8").read()
                found.update(s for s in some if s in text)
    if names:
        c.ok(len(found) == len(some), "--names shows every name")
    else:
        c.ok(not found, "no name without --names: %s" % sorted(found)[:3])
    with open(os.path.join(report_dir, "csv",
                           "pack-%s-agencies.csv" % PACK)) as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    c.ok(rows["youth-justice"]["learners"] == "fewer than 5",
         "CSV: a group of 3 shows 'fewer than 5'")
    page = open(os.path.join(report_dir, "packs", PACK + ".html"),
                encoding="utf-8").read()
    c.ok("fewer than 5" in page, "page: 'fewer than 5' shown")
    report = json.load(open(os.path.join(report_dir, "report.json")))
    spage = "scenarios/%s.html" % SCENARIO
    paths = {r["key"]: r for r in table(report, spage, "paths")["rows"]}
    for decisions, ending, outcome, count in PATHS:
        key = " > ".join("%s:%s" % d for d in decisions)
        want = count if count >= 5 else "fewer than 5"
        c.ok(key in paths and paths[key]["learners"] == want,
             "path %s: %r learners" % (key, paths.get(key)))
    ends = {r["key"]: r for r in table(report, spage, "endings")["rows"]}
    c.ok(ends.get("help", {}).get("learners") == 7, "ending help: 7")
    steps = {r["item"]: r for r in table(report, spage,
                                             "decisions")["rows"]}
    c.ok(steps["secret"]["facility"] == 0.7, "secret: 7 of 10 expected")


def main(argv):
    if argv[1] == "project":
        make_project(argv[2])
        return 0
    if argv[1] == "simulate":
        simulate(argv[2], argv[3], argv[4])
        return 0
    if argv[1] == "db":
        store_db(argv[2], argv[3], argv[4])
        return 0
    if argv[1] == "check":
        return 1 if check(argv[2], argv[3], "--names" in argv) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
