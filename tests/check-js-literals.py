#!/usr/bin/env python3
"""check-js-literals.py: no user-facing English in the theme's scripts.

Every word a script shows comes from the page (generator/render_strings.c
puts the page's catalogue there; the scripts read it with t(KEY)). This
finds string literals in themes/default/*.js that a learner would see:

  - a literal passed where text is shown: assigned to textContent, the
    label of button(), the text of el()/add()/text(), createTextNode(),
    append(), notice(), confirmStep(), alert()/confirm()/prompt(), or an
    aria-label, title, alt or placeholder attribute;
  - anywhere, a literal holding two or more English words ("Try again").

A literal shaped like a key or a class name (lower case, with a '.' or
'-': 'quiz.right', 'sp-right') is not text. ALLOW lists the few literals
of words that no learner sees, each with its reason.

It also checks that every key a script passes to t() is in
render_strings_keys (generator/render_strings.c) for that script, so the
page carries it.

Usage: check-js-literals.py [--self-test] [FILE.js...]
(default: themes/default/*.js). Prints FAIL lines and ends with
"js-literals: N passed, N failed"; --self-test plants literals in a
scratch script and checks each is caught.
"""
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

# Literals of words that are not shown to anyone.
ALLOW = {
    'use strict': 'the JavaScript directive',
    'not attempted': "a SCORM 1.2 lesson_status value the LMS gives",
}

# The script each flag of render_strings.h names.
FLAGS = {'P': 'player.js', 'L': 'lms.js', 'X': 'xapi.js', 'Q': 'quiz.js',
         'S': 'scenario.js', 'C': 'course.js'}

LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
KEYLIKE = re.compile(r'^[a-z0-9_:#\[\]=>* .-]*[.-][a-z0-9_:#\[\]=>* .-]*$')
COMPARED = re.compile(r'[!=]==?\s*$')
WORD = re.compile(r"^[A-Za-z][a-z']*[.,:;!?)]*$")

# Where text is shown: a pattern that ends just before the expression, and
# which argument of the call (0-based) is the text; None: the rest of the
# statement (an assignment or a property value).
SINKS = [
    (re.compile(r'\.textContent\s*=(?!=)'), None),
    (re.compile(r'\b(?:P\.)?button\('), 0),
    (re.compile(r'(?<![\w.])el\('), 2),
    (re.compile(r'\bP\.el\('), 2),
    (re.compile(r'(?<![\w.])add\('), 3),
    (re.compile(r'(?<![\w.])text\('), 2),
    (re.compile(r'\bcreateTextNode\('), 0),
    (re.compile(r'\.append\('), 0),
    (re.compile(r'\bnotice\('), 1),
    (re.compile(r'\bconfirmStep\('), 1),
    (re.compile(r'\bconfirmStep\('), 2),
    (re.compile(r'\b(?:alert|confirm|prompt)\('), 0),
    (re.compile(r"setAttribute\(\s*'(?:aria-label|title|alt|placeholder)'\s*,"), None),
    (re.compile(r"(?:'aria-label'|\btitle|\balt|\bplaceholder)\s*:"), None),
]


def strip_comments(src):
    """src with /* */ and // comments blanked (newlines kept), strings and
    regular expressions left as they are."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if c in '\'"':
            m = LITERAL.match(src, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', src[i:j]))
            i = j
            continue
        if src.startswith('//', i) and (i == 0 or src[i - 1] != ':'):
            j = src.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
            continue
        if c == '/' and re.search(r'[(,=:!&|?]\s*$', ''.join(out[-3:])):
            # A regular expression literal: copied as it is.
            m = re.compile(r'/(?:[^/\\\n\[]|\\.|\[(?:[^\]\\]|\\.)*\])+/[a-z]*').match(src, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def argument(src, start, index):
    """The text of argument index (None: the statement) from start, just
    after the opening parenthesis (or the '=' or ':')."""
    depth, i, arg, begin = 0, start, 0, start
    while i < len(src):
        c = src[i]
        if c in '\'"':
            m = LITERAL.match(src, i)
            if m:
                i = m.end()
                continue
        if c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                return src[begin:i] if index is None or arg == index else None
            depth -= 1
        elif depth == 0 and c == ',' :
            if index is None:
                return src[begin:i]
            if arg == index:
                return src[begin:i]
            arg += 1
            begin = i + 1
        elif depth == 0 and c == ';' and index is None:
            return src[begin:i]
        i += 1
    return None


def text_of(lit):
    return bytes(lit[1:-1], 'utf-8').decode('unicode_escape', 'replace')


def words(s):
    return sum(1 for w in s.split() if WORD.match(w))


def keys_table():
    """render_strings_keys: {key: set of scripts}."""
    src = open(os.path.join(ROOT, 'generator/render_strings.c'), encoding='utf-8').read()
    table = {}
    for key, flags in re.findall(r'\{ "([a-z0-9_.-]+)", ([A-Z |]+) \}', src):
        table[key] = {FLAGS[f.strip()] for f in flags.split('|')}
    return table


def t_keys(src):
    """The literals inside each t(...) call's first argument."""
    for m in re.finditer(r'(?<![\w])(?:P\.)?t\(', src):
        arg = argument(src, m.end(), 0)
        if arg is None:
            continue
        for lit in LITERAL.finditer(arg):
            if COMPARED.search(arg[:lit.start()]):
                continue
            yield src.count('\n', 0, m.start()) + 1, text_of(lit.group(0))


def check_file(path, table, report):
    name = os.path.basename(path)
    src = strip_comments(open(path, encoding='utf-8').read())
    found = set()
    for pat, index in SINKS:
        for m in pat.finditer(src):
            arg = argument(src, m.end(), index)
            if arg is None:
                continue
            for lit in LITERAL.finditer(arg):
                s = text_of(lit.group(0))
                if re.search(r'[A-Za-z]', s) and not KEYLIKE.match(s) and s not in ALLOW:
                    # A key given to t(), or a value compared with, is
                    # not text.
                    before = arg[:lit.start()]
                    if re.search(r'(?:^|[^\w])t\(\s*(?:[^()]*\?\s*)?$', before) or \
                            COMPARED.search(before):
                        continue
                    found.add((src.count('\n', 0, m.start()) + 1, s))
    for lit in LITERAL.finditer(src):
        s = text_of(lit.group(0))
        if words(s) >= 2 and s not in ALLOW:
            found.add((src.count('\n', 0, lit.start()) + 1, s))
    for line, s in sorted(found):
        report(False, f'{path}:{line}: user-facing literal {s!r}: put it in the catalogue '
               '(themes/default/strings/en.yaml, generator/render_strings.c) and use t()')
    report(not found, None)
    if table is None:
        return
    for line, key in t_keys(src):
        if key.endswith('.') or key.endswith('_'):
            ok = any(k.startswith(key) and name in v for k, v in table.items())
        else:
            ok = name in table.get(key, set())
        report(ok, f"{path}:{line}: t('{key}'): no key in render_strings_keys for {name}; "
               'add it there so the page carries it')


def self_test(report):
    """Plants literals in a scratch script; each must be caught, and the
    clean lines must not be."""
    import tempfile
    planted = [
        "b.textContent = 'Done';",
        "x.appendChild(button('Start', 'sp-secondary', f));",
        "add(li, 'p', {}, ok ? 'Right' : 'Wrong');",
        "var s = 'two English words';",
        "e.setAttribute('aria-label', 'Close');",
        "P.notice(bar, 'Saved');",
    ]
    clean = [
        "b.textContent = t('quiz.right');",
        "x.appendChild(button(t('quiz.start_over'), 'sp-secondary', f));",
        "add(li, 'p', 'sp-review-title', items[i.id].title);",
        "var q = document.querySelectorAll('.sp-actions button');",
        "'use strict';",
    ]
    with tempfile.TemporaryDirectory() as d:
        for line in planted + ['CLEAN']:
            path = os.path.join(d, 'quiz.js')
            body = '\n'.join(clean) if line == 'CLEAN' else line
            with open(path, 'w', encoding='utf-8') as f:
                f.write('(function () {\n' + body + '\n})();\n')
            fails = []
            check_file(path, None, lambda ok, msg: fails.append(msg) if not ok and msg else None)
            if line == 'CLEAN':
                report(not fails, f'self-test: clean lines flagged: {fails}')
            else:
                report(bool(fails), f'self-test: planted literal not caught: {line}')


def main(argv):
    counts = [0, 0]

    def report(ok, msg):
        if ok:
            counts[0] += 1
        elif msg:
            counts[1] += 1
            print(f'FAIL: {msg}')

    args = [a for a in argv if a != '--self-test']
    if '--self-test' in argv:
        self_test(report)
    files = args or sorted(glob.glob(os.path.join(ROOT, 'themes/default/*.js')))
    table = keys_table()
    for path in files:
        check_file(path, table, report)
    print(f'js-literals: {counts[0]} passed, {counts[1]} failed')
    return 1 if counts[1] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
