#!/usr/bin/env python3
"""Reads a Moodle XML export with Python's own XML parser and prints its
questions as JSON (id, name, text, answers, right, feedback, general
feedback, category: the path of the category question before it), for the
round-trip checks of tier-lms.sh. Exits non-zero when a question does not
have exactly one answer with fraction 100."""
import json
import sys
import xml.etree.ElementTree as ET

out = []
bad = 0
category = None
for q in ET.parse(sys.argv[1]).getroot().findall("question"):
    if q.get("type") == "category":
        category = q.findtext("category/text")
        continue
    if q.get("type") != "multichoice":
        continue
    answers = q.findall("answer")
    right = [i for i, a in enumerate(answers) if a.get("fraction") == "100"]
    if len(right) != 1:
        print("%s: %d answers with fraction 100" % (q.findtext("idnumber"), len(right)), file=sys.stderr)
        bad += 1
    out.append({
        "id": q.findtext("idnumber"),
        "name": q.findtext("name/text"),
        "text": q.findtext("questiontext/text"),
        "answers": [a.findtext("text") for a in answers],
        "right": right[0] if right else -1,
        "feedback": [a.findtext("feedback/text") for a in answers],
        "general": q.findtext("generalfeedback/text"),
        "category": category,
    })
json.dump(out, sys.stdout)
sys.exit(1 if bad else 0)
