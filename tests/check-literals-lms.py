#!/usr/bin/env python3
"""Finds user-facing English in the C of the packages, the exports and the
trainer's report (issue 15): every word those write for a learner or a
trainer must come from the interface catalogue (generator/catalogue.c,
themes/default/strings/), so a package, an export or a report in Welsh
holds no English of the program's own.

A string literal is reported when it reads as English words (two words or
more, or one capitalised word) and is none of these:
  - an argument of a message to the author or the operator (diag_*, the
    database's error messages): those are the program's diagnostics, in
    English like every compiler's, never written into an output;
  - a catalogue key ("report.summary", "answer.myth") or a table's column
    given as "key|catalogue.key";
  - data another program reads, listed below with the reason.
Usage: check-literals-lms.py [ROOT]; prints each finding as FILE:LINE:
"TEXT" and exits 1 when there is one. tier-includes.sh runs it.
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
# What writes for learners and trainers. The report's collectors
# (report_collect, _json, _lrs, _moodle, _results, _store, _xapi) write
# nothing a person reads but their messages: they read sources, whose own
# words (Moodle's English column names) are input, not interface.
FILES = ["generator/scorm.c", "generator/export.c", "generator/report_site.c",
         "generator/report_table.c", "generator/report_chart.c",
         "generator/report_stats.c"]

# Calls whose text goes to the terminal, not into a page or a file.
MESSAGE_CALLS = {"diag_error", "diag_warn", "diag_syserr", "diag_say",
                 "db_fail"}
# Calls that take machine text: XPath over the manifest.
MACHINE_CALLS = {"xmlXPathEvalExpression", "xmlXPathRegisterNs"}
# Variables that hold SQL, CSS or other machine text.
MACHINE_VARS = re.compile(r"^(sql_\w*|report_css|\w*_sql|schema\w*)$")
# Fixed values other programs read: the standards say them in English.
DATA = {
    "ADL SCORM": "the manifest's <schema>, fixed by SCORM",
    "2004 4th Edition": "the manifest's <schemaversion>, fixed by SCORM",
    "(no decisions)": "a path's key in the CSV and JSON (its label is "
                      "report.no_decisions)",
    '      <file href="%s"/>\n': "a line of the manifest, as libxml2 writes "
                                  "its <file> elements",
}

def strip_comments(src):
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("/*", i):
            j = src.index("*/", i + 2) + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif c == '"' or c == "'":
            j = i + 1
            while src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)

TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|[A-Za-z_]\w*|[(){};=,]|\S')

def literals(path):
    """Yields (line, text, call, variable) for each run of adjacent string
    literals: the innermost call it is an argument of, and the variable
    being set."""
    src = strip_comments(open(path, encoding="utf-8").read())
    stack, last_ident, var, run = [], None, None, None
    for m in TOKEN.finditer(src):
        t = m.group(0)
        line = src.count("\n", 0, m.start()) + 1
        if t.startswith('"'):
            body = bytes(t[1:-1], "utf-8").decode("unicode_escape", "ignore")
            if run is None:
                run = [line, "", stack[-1] if stack else None, var]
            run[1] += body
            continue
        if run is not None:
            yield tuple(run)
            run = None
        if t == "(":
            stack.append(last_ident)
        elif t == ")":
            if stack:
                stack.pop()
        elif t in (";", "{", "}"):
            if t != "{" or not stack:
                var = None if t != "{" else var
        elif t == "=" and not stack:
            var = last_ident
        if re.match(r"[A-Za-z_]", t):
            last_ident = t
        elif t not in ("(",):
            last_ident = None if t != "[" and t != "]" else last_ident

WORDS = re.compile(r"[A-Za-z][a-z']+(?: +[A-Za-z][a-z']+)+|\b[A-Z][a-z]{2,}\b")
KEY = re.compile(r"^(?:[a-z0-9_]+\|)?[a-z_]+(?:\.[a-z0-9_-]+)+$")

def findings(path):
    for line, text, call, var in literals(path):
        if call in MESSAGE_CALLS or call in MACHINE_CALLS or (
                var and MACHINE_VARS.match(var)):
            continue
        if KEY.match(text) or text in DATA:
            continue
        if re.search(r"\b(SELECT|INSERT|UPDATE|CREATE|DELETE)\b", text):
            continue
        if WORDS.search(text):
            yield line, text

def main():
    bad = 0
    for f in FILES:
        path = f if os.path.isabs(f) else os.path.join(ROOT, f)
        rel = os.path.relpath(path, ROOT)
        for line, text in findings(path):
            print('%s:%d: "%s": user-facing English; take it from the '
                  "catalogue (themes/default/strings/en.yaml and cy.yaml, "
                  "generator/catalogue.c's table)" % (rel, line, text))
            bad += 1
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
