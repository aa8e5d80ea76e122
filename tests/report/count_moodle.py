"""count_moodle.py FILE: what a Moodle SCORM report download holds, counted
with Python's csv module and none of sharepack's code: the attempts (a
learner's row with an attempt number, per SCO with a score) and the answers
(non-empty Question cells), as "ATTEMPTS ANSWERS"."""
import csv
import re
import sys

QCELL = re.compile(r"^(Question|Response|Right answer|Result) (\d+)$")

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, delimiter="\t"))
head = rows[0]
prefix = head.index("Score") + 1
q0 = next((i for i in range(prefix, len(head)) if QCELL.match(head[i])), len(head))
scos = q0 - prefix
kinds = [QCELL.match(h).group(1) for h in head[q0:] if QCELL.match(h).group(2) == "0"]
per = len(kinds)
questions = (len(head) - q0) // per if per else 0
attempts = answers = 0
for row in rows[1:]:
    if row[head.index("Attempt")] == "-":
        continue
    for s in range(scos if scos else 0):
        b = prefix + s * (1 + questions * per)
        if row[b] in ("", "Not attempted"):
            continue
        attempts += 1
        if "Question" in kinds:
            qi = kinds.index("Question")
            answers += sum(1 for q in range(questions) if row[b + 1 + q * per + qi] != "")
print(attempts, answers)
