#!/usr/bin/env python3
"""check-literals.py: no user-facing English in the C code that makes pages,
outside the interface catalogues (issue 15: every word a page shows that is
not content comes from themes/default/strings/LANG.yaml).

A string literal of FILES (C joins adjacent ones, and so does this) is
user-facing when it is
  - the text of a DOM text sink: render_text, render_el, render_el_class,
    render_link, render_crumb, md_dom_add_text, the title of
    render_page_begin or render_page_start, and it holds a letter;
  - the value render_attr gives a visible attribute (title, alt,
    aria-label, aria-description, placeholder, label), and it holds a
    letter;
  - anywhere else, two or more English words in a row ("Show the answer",
    "%zu question"), or a capitalised word a format call starts a label
    with ("Part %zu", "Quiz: %s").
What is not user-facing never matches by construction: element,
attribute and class names, file names, formats of punctuation and
numbers, and terminal messages (diag_* calls, which stay English). What
is left, and is not a page's words (a CSS comment in a stylesheet the
program writes), is in ALLOW with the reason.

Usage: check-literals.py [FILE...]   (default: FILES under generator/)
Prints each finding as FILE:LINE: "literal" (how it is used), and
"literals: N passed, N failed" with one check per file; exits 1 on any
finding. To cover another file, add its name (or glob) to FILES.
"""
import glob
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# The files whose literals reach pages; report_*.c, scorm.c and export.c
# join when they take their words from the catalogues too.
FILES = ["render*.c", "course.c", "sitemap.c", "site.c", "theme.c"]

# (file name, literal): why it is not a page's words.
ALLOW = {
    ("render_settings.c", "/* Made by sharepack from the colours in "
     "sharepack.yaml: the theme's stylesheet reads them. */\n:root {\n"):
        "a comment in the site.css the program writes, for a designer",
    ("site.c", "This folder was made by sharepack; every build replaces it "
     "whole.\n"):
        "the note in the folder's .sharepack-site marker, not a page",
    ("theme.c", "parse error"):
        "libxml2's message when it gives none, for a terminal message",
}

# Calls whose argument at that index is text a page shows.
TEXT_SINKS = {
    "render_text": 1, "render_el": 2, "render_el_class": 3,
    "render_link": 3, "render_crumb": 2, "md_dom_add_text": 1,
    "render_page_begin": 3, "render_page_start": 4,
}
VISIBLE_ATTRS = {"title", "alt", "aria-label", "aria-description",
                 "placeholder", "label"}
FORMAT_CALLS = {"xasprintf", "snprintf", "buf_printf", "buf_puts",
                "sprintf", "printf"}

WORD = r"[A-Za-z][a-z]+(?:'[a-z]+)?"
# Two words in a row, neither part of an identifier, a class name, a path
# or a format ("sp-item sp-myth" and "%s%s" are not English).
TWO_WORDS = re.compile(r"(?<![\w\-/.=#])" + WORD + r"[,.;:!?]?\s+" + WORD +
                       r"(?![\w\-/=(])")
# "Part %zu", "Quiz: %s": a label a format call starts with a capital.
LABEL = re.compile(r"^[A-Z][a-z]{2,}(?::\s|\s%)")
LETTER = re.compile(r"[A-Za-z]")


def strip_comments(src):
    """src with comments blanked (newlines kept), strings untouched."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def unescape(body):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(
        m.group(1), m.group(1)), body)


def literals(src):
    """Each string literal of src (adjacent ones joined) as (start, end,
    line, text), outside #include lines."""
    found = []
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', src):
        line_start = src.rfind("\n", 0, m.start()) + 1
        if src[line_start:m.start()].lstrip().startswith("#include"):
            continue
        text = unescape(m.group(1))
        if found and src[found[-1][1]:m.start()].strip() == "":
            s, _, line, t = found[-1]
            found[-1] = (s, m.end(), line, t + text)
        else:
            found.append((m.start(), m.end(), src.count("\n", 0,
                          m.start()) + 1, text))
    return found


def blank_strings(src):
    """src with every string literal's contents blanked, so that their
    punctuation is not read as code."""
    return re.sub(r'"((?:[^"\\\n]|\\.)*)"',
                  lambda m: '"' + "x" * len(m.group(1)) + '"', src)


def context(src, start):
    """The call a literal at start (in src with its strings blanked) is an
    argument of, and which (0-based): (name, index), or (None, 0) outside
    any call."""
    depth, commas, i = 0, 0, start - 1
    while i >= 0:
        c = src[i]
        if c in ")]":
            depth += 1
        elif c in "([":
            if depth == 0:
                if c == "[":
                    return None, 0
                m = re.search(r"([A-Za-z_]\w*)\s*$", src[:i])
                if m and m.group(1) not in ("return", "sizeof"):
                    return m.group(1), commas
                # A parenthesised expression ("x ? "a" : "b"") is part of
                # the argument around it.
                commas = 0
            else:
                depth -= 1
        elif c == "," and depth == 0:
            commas += 1
        elif c in ";{}" and depth == 0:
            return None, 0
        i -= 1
    return None, 0


def previous_literal(src, start):
    """The literal just before the argument at start (render_attr's
    attribute name), or None."""
    m = re.search(r'"([^"]*)"\s*,\s*$', src[:start])
    return m.group(1) if m else None


def why_user_facing(src, code, start, text):
    name, index = context(code, start)
    if name is not None and name.startswith("diag_"):
        return None
    if name in TEXT_SINKS and TEXT_SINKS[name] == index and \
            LETTER.search(text):
        return "text of %s" % name
    if name == "render_attr" and index == 2 and LETTER.search(text) and \
            previous_literal(src, start) in VISIBLE_ATTRS:
        return "a visible attribute's value"
    if TWO_WORDS.search(text):
        return "English words"
    if name in FORMAT_CALLS and LABEL.search(text):
        return "a label in %s" % name
    return None


def check_file(path):
    src = strip_comments(open(path, encoding="utf-8").read())
    code = blank_strings(src)
    base = os.path.basename(path)
    bad = []
    for start, _, line, text in literals(src):
        why = why_user_facing(src, code, start, text)
        if why is None or (base, text) in ALLOW:
            continue
        bad.append("%s:%d: %r (%s): user-facing words belong in the "
                   "catalogues (themes/default/strings/en.yaml, a key in "
                   "catalogue.c's table) and are looked up with render_str"
                   % (path, line, text, why))
    return bad


def main(argv):
    files = argv[1:] or sorted({f for pat in FILES for f in glob.glob(
        os.path.join(ROOT, "generator", pat))})
    passed = failed = 0
    for f in files:
        bad = check_file(f)
        for b in bad:
            print(b)
        if bad:
            failed += 1
        else:
            passed += 1
    print("literals: %d passed, %d failed" % (passed, failed))
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
