#!/usr/bin/env python3
"""Deterministic synthetic Markdown corpus for sharepack performance anchors.

Copied unchanged (but for this paragraph) from ../shared/bench/make-corpus.py,
the generator of issue 14's reference corpus, so that `make bench` needs
nothing outside the project.

Usage:
    python3 make-corpus.py N TARGET_DIR [--seed S]

Writes, under TARGET_DIR (which must be empty or absent):

    content/guidance/guidance-000001.md   \
    content/myth/myth-000002.md            } N files, YAML front matter + Markdown body
    content/vignette/vignette-000003.md   /
    files.txt                  sorted list of the N paths, relative to TARGET_DIR
    config.toml                minimal Hugo configuration (one page kind rendered)
    layouts/_default/single.html   the single Hugo template every page goes through

Each file has front matter with title, id, kind (guidance / myth / vignette),
expected (share / no-share, vignettes only) and a tags list, and a body of
roughly 300-800 words with headings, lists, emphasis, links, a blockquote and,
in about a quarter of the files, a pipe table.  The text is synthetic but reads
like training guidance on sharing information to safeguard children.

Output depends only on (seed, index, N): file i has the same text whatever N is,
except the numbers in its internal links, which point at pages 1..N; so the
first 1,000 files of a 10,000-file corpus match the 1,000-file corpus in size
and shape.  random.Random seeded with a str is stable across runs and Python
versions (3.2 and later).
"""

import argparse
import os
import random
import sys

DEFAULT_SEED = 20241122

KINDS = ["guidance", "myth", "vignette"]
KIND_WEIGHTS = [3, 3, 4]

TAGS = [
    "consent", "uk-gdpr", "data-protection", "schools", "health", "police",
    "early-help", "domestic-abuse", "neglect", "exploitation", "online-safety",
    "record-keeping", "lawful-basis", "confidentiality", "escalation",
    "multi-agency", "wales", "voluntary-sector", "probation", "housing",
]

ROLES = [
    "a school nurse", "the designated safeguarding lead", "a health visitor",
    "a youth worker", "a GP", "a police officer", "a social worker",
    "a probation officer", "a housing officer", "a teaching assistant",
    "an early years practitioner", "a paediatrician", "a midwife",
    "a sports coach", "a school attendance officer", "a mental health nurse",
    "a volunteer at a food bank", "a family support worker",
]

SETTINGS = [
    "a primary school", "a GP surgery", "a youth club", "an emergency department",
    "a family hub", "a secondary school", "a housing office", "a sports club",
    "a probation office", "a nursery", "a pupil referral unit", "a dental practice",
]

CONCERNS = [
    "repeated unexplained bruising", "a disclosure of domestic abuse at home",
    "persistent absence from school", "signs of neglect such as hunger and poor hygiene",
    "worries about grooming on a gaming platform", "an adult in the household with a history of violence",
    "a sudden change in behaviour", "self-harm", "repeated missing episodes",
    "a parent's escalating drug and alcohol use", "possible criminal exploitation",
    "an injury to a baby who is not yet mobile", "a young carer who is not coping",
    "an older boyfriend collecting a fourteen-year-old from school",
]

NAMES = [
    "Amira", "Ben", "Callum", "Dylan", "Ela", "Ffion", "Grace", "Harvey", "Isla",
    "Jayden", "Kacper", "Leah", "Mohammed", "Nia", "Oscar", "Priya", "Rhys",
    "Sofia", "Tomos", "Zara",
]

PRINCIPLES = [
    ("Necessary and proportionate",
     "share only what the purpose needs, weighing the risk of sharing against the risk of not sharing"),
    ("Relevant",
     "share only the information that is pertinent to the concern, so the recipient can act on it"),
    ("Adequate",
     "give enough detail, and enough context, for the recipient to understand and use the information"),
    ("Accurate",
     "separate fact from opinion, and say when information is historical or second-hand"),
    ("Timely",
     "share without delay when a child may be at risk, so that nobody misses a chance to act"),
    ("Secure",
     "use the agreed secure route, and never leave information where others can read it"),
    ("Record",
     "write down what you shared, with whom, when and why, including a decision not to share"),
]

RULES = [
    "Data protection law is not a barrier to justified information sharing; it is a framework for doing it well.",
    "Be open and honest with the child and family about what will be shared and why, unless that would put someone at risk.",
    "Seek advice from your safeguarding lead or information governance lead if you are in any doubt.",
    "Where you can, share with consent; where consent is not possible or not safe to seek, identify another lawful basis.",
    "Base every decision on the safety and well-being of the child and of others who may be affected.",
    "Make sure what you share is necessary, proportionate, relevant, adequate, accurate, timely and secure.",
    "Keep a record of your decision and your reasons, whether you share or not.",
]

QUESTIONS = [
    "Is there a clear and legitimate purpose for sharing the information?",
    "Does the information identify a living person?",
    "Is the information confidential?",
    "Do you have consent to share, and is it safe to ask for it?",
    "Is there another lawful basis for sharing without consent?",
    "Is sharing necessary and proportionate to the risk?",
    "Who needs to know, and how will you share it securely?",
    "Have you recorded what you shared, with whom and why?",
]

MYTHS = [
    ("Data protection law stops you sharing information about a child at risk",
     "The law allows information to be shared to keep a child safe; it sets out how, not whether."),
    ("You always need consent before you can share personal information",
     "Consent is one lawful basis among several, and seeking it can be unsafe when it could increase the risk to a child."),
    ("Information collected by one organisation cannot be passed to another",
     "Organisations can share when there is a lawful basis and a clear purpose, and safeguarding is such a purpose."),
    ("You must be certain that abuse is happening before you share a concern",
     "You need a reasonable concern, not proof; waiting for certainty is how chances to help are missed."),
    ("Only social care and the police are allowed to share safeguarding information",
     "Every practitioner who works with children has a part to play, and most referrals start with someone else."),
    ("Confidentiality means you can never tell anyone what a young person told you",
     "Confidentiality is important but not absolute; it gives way when a child is at risk of significant harm."),
    ("IT systems that do not talk to each other make sharing impossible",
     "A phone call followed by a secure email is often enough; the system is rarely the real barrier."),
    ("Sharing information with other agencies will damage your relationship with the family",
     "Families usually respond better to honesty about what you will share and why than to finding out later."),
]

EXTERNAL_LINKS = [
    ("Working Together to Safeguard Children", "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"),
    ("the ICO's data sharing code of practice", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/"),
    ("the Data Protection Act 2018", "https://www.legislation.gov.uk/ukpga/2018/12/contents"),
    ("the Wales Safeguarding Procedures", "https://safeguarding.wales/"),
    ("Information sharing advice for practitioners", "https://www.gov.uk/government/publications/safeguarding-practitioners-information-sharing-advice"),
    ("Keeping Children Safe in Education", "https://www.gov.uk/government/publications/keeping-children-safe-in-education--2"),
]

# (quotation, source) pairs; short extracts in the spirit of the public guidance.
QUOTES = [
    ("Fears about sharing information must not be allowed to stand in the way of the need to safeguard and promote the welfare of children.",
     "Working Together to Safeguard Children"),
    ("No single practitioner can have a full picture of a child's needs and circumstances.",
     "Working Together to Safeguard Children"),
    ("It is not necessary to seek consent to share information for the purposes of safeguarding and promoting the welfare of a child, provided that there is a lawful basis to process any personal information required.",
     "Information sharing advice for practitioners"),
    ("Practitioners should use their judgement when making decisions about what information to share, and should follow organisational procedures.",
     "Information sharing advice for practitioners"),
    ("The most important consideration is whether sharing information is likely to support the safeguarding and protection of a child.",
     "Information sharing advice for practitioners"),
]

OPENERS = [
    "In practice,", "In most cases,", "Where there is doubt,", "For this reason,",
    "Across every agency,", "As a rule,", "At the same time,", "Even so,",
    "Before anything else,", "Once a concern is raised,",
]

CLAIMS = [
    "the purpose of sharing should be written down before the information leaves your hands",
    "a {adj} decision made quickly is better than a perfect decision made too late",
    "the child's own views should be sought and recorded wherever it is safe to do so",
    "practitioners are expected to use their professional judgement rather than wait for permission",
    "information about a parent may be relevant when it affects the care of a child",
    "a pattern of small concerns can matter more than any single incident",
    "the safeguarding lead should be told the same day, and the conversation noted",
    "consent that is sought but not given does not end the question of whether to share",
    "the receiving agency needs enough context to understand why the information matters",
    "opinions should be labelled as opinions and facts as facts",
    "sharing with a colleague in the same team for supervision is still sharing and still needs a reason",
    "records should show what was considered as well as what was decided",
]

ADJS = ["proportionate", "well-reasoned", "timely", "recorded", "defensible", "careful"]


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Writer:
    """Builds one Markdown body; counts words as it goes."""

    def __init__(self, rng, index, n_total):
        self.rng = rng
        self.index = index
        self.n_total = n_total
        self.blocks = []
        self.words = 0

    def add(self, block):
        self.blocks.append(block)
        self.words += len(block.split())

    def emph(self, phrase):
        r = self.rng.random()
        if r < 0.15:
            return "**" + phrase + "**"
        if r < 0.35:
            return "*" + phrase + "*"
        return phrase

    def internal_link(self, label):
        # rng.random() rather than randrange(N): the same draws whatever N is,
        # so only the link target, not the rest of the text, depends on N.
        other = 1 + int(self.rng.random() * self.n_total)
        kind = self.rng.choice(KINDS)
        return "[%s](../%s/%s-%06d/)" % (label, kind, kind, other)

    def external_link(self):
        label, url = self.rng.choice(EXTERNAL_LINKS)
        return "[%s](%s)" % (label, url)

    def sentence(self):
        rng = self.rng
        form = rng.randrange(6)
        if form == 0:
            s = "When %s notices %s, the first question is whether sharing is %s." % (
                rng.choice(ROLES), rng.choice(CONCERNS), self.emph("necessary and proportionate"))
        elif form == 1:
            s = "%s %s." % (rng.choice(OPENERS),
                            rng.choice(CLAIMS).format(adj=self.emph(rng.choice(ADJS))))
        elif form == 2:
            s = "The guidance in %s makes clear that %s." % (
                self.external_link(), rng.choice(CLAIMS).format(adj=rng.choice(ADJS)))
        elif form == 3:
            p, meaning = rng.choice(PRINCIPLES)
            s = "Under the %s principle, you %s." % (self.emph(p.lower()), meaning)
        elif form == 4:
            s = "If you are unsure, read %s and talk to %s in %s before you decide." % (
                self.internal_link(rng.choice(["the seven golden rules", "the when-to-share questions",
                                               "the principles page", "the consent briefing"])),
                rng.choice(ROLES), rng.choice(SETTINGS))
        else:
            s = "A %s record helps the next practitioner, and it protects %s if the decision is questioned later." % (
                self.emph(rng.choice(["clear", "dated", "factual", "signed"])), rng.choice(ROLES))
        return s[0].upper() + s[1:]

    def paragraph(self, lo=2, hi=5):
        self.add(" ".join(self.sentence() for _ in range(self.rng.randint(lo, hi))))

    def blockquote(self):
        quote, source = self.rng.choice(QUOTES)
        self.add("> " + quote + "\n>\n> — *" + source + "*")

    def principles_table(self):
        rows = self.rng.sample(PRINCIPLES, self.rng.randint(3, 5))
        lines = ["| Principle | What it means in practice |", "| --- | --- |"]
        lines += ["| %s | %s |" % (p, m[0].upper() + m[1:]) for p, m in rows]
        self.add("\n".join(lines))

    def fill(self, target):
        while self.words < target:
            self.paragraph()

    def text(self):
        return "\n\n".join(self.blocks) + "\n"


def make_guidance(w, rng):
    topic = rng.choice(["Sharing without consent", "Recording your decision", "Sharing securely",
                        "Seeking advice", "Talking to families", "Early help", "Special category data",
                        "Sharing across borders", "Sharing with schools"])
    audience = rng.choice(["what schools need to know", "a guide for health staff",
                           "for police and probation", "for the voluntary sector",
                           "for early years settings", "for housing teams"])
    title = "%s: %s" % (topic, audience)
    w.add("## Why it matters")
    w.paragraph(3, 5)
    w.add("## What the guidance says")
    w.paragraph(2, 3)
    w.add("\n".join("- " + r for r in rng.sample(RULES, rng.randint(3, 5))))
    w.blockquote()
    if rng.random() < 0.25:
        w.add("### The principles at a glance")
        w.principles_table()
    w.add("## How to share")
    steps = rng.sample(QUESTIONS, rng.randint(4, 6))
    w.add("\n".join("%d. %s" % (k + 1, s) for k, s in enumerate(steps)))
    w.paragraph(2, 4)
    return title


def make_myth(w, rng):
    myth, reality = rng.choice(MYTHS)
    title = "Myth: " + myth
    w.add("## The myth")
    w.add("> " + myth + ".")
    w.add("## The reality")
    w.add("**" + reality + "** " + " ".join(w.sentence() for _ in range(rng.randint(2, 4))))
    w.paragraph(2, 4)
    if rng.random() < 0.25:
        w.principles_table()
    w.add("## What to do instead")
    w.add("\n".join("- " + r for r in rng.sample(RULES, rng.randint(3, 4))))
    w.blockquote()
    return title


def make_vignette(w, rng, expected):
    name = rng.choice(NAMES)
    age = rng.randint(2, 17)
    setting = rng.choice(SETTINGS)
    concern = rng.choice(CONCERNS)
    role = rng.choice(ROLES)
    title = "Case: %s, aged %d, at %s" % (name, age, setting)
    w.add("## The situation")
    w.add("%s is %d and known to %s at %s. Over the past few weeks there has been %s. %s" % (
        name, age, role, setting, concern, " ".join(w.sentence() for _ in range(rng.randint(1, 3)))))
    w.paragraph(2, 4)
    w.add("## Questions to ask")
    qs = rng.sample(QUESTIONS, rng.randint(4, 6))
    w.add("\n".join("%d. %s" % (k + 1, q) for k, q in enumerate(qs)))
    if rng.random() < 0.25:
        lines = ["| Question | In %s's case |" % name, "| --- | --- |"]
        for q in qs[:3]:
            lines.append("| %s | %s |" % (q, rng.choice(["Yes", "No", "Not yet known", "Yes, with care"])))
        w.add("\n".join(lines))
    w.add("## Expected answer")
    if expected == "share":
        w.add("**Share.** The concern about %s meets the threshold, and %s." % (
            concern, rng.choice(CLAIMS).format(adj=rng.choice(ADJS))))
    else:
        w.add("**Do not share, yet.** There is no clear safeguarding purpose at this stage, and %s." % (
            rng.choice(CLAIMS).format(adj=rng.choice(ADJS))))
    w.blockquote()
    return title


def make_file(seed, index, n_total):
    rng = random.Random("sharepack-bench:%d:%d" % (seed, index))
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    ident = "%s-%06d" % (kind, index)
    target_words = rng.randint(300, 800)
    w = Writer(rng, index, n_total)
    expected = None
    if kind == "guidance":
        title = make_guidance(w, rng)
    elif kind == "myth":
        title = make_myth(w, rng)
    else:
        expected = rng.choice(["share", "no-share"])
        title = make_vignette(w, rng, expected)
    w.fill(target_words)
    if rng.random() < 0.5:
        w.add("## Further reading")
        w.add("\n".join("- " + w.external_link() for _ in range(rng.randint(2, 4))))
    fm = ["---", "title: " + yaml_quote(title), "id: " + ident, "kind: " + kind]
    if expected:
        fm.append("expected: " + expected)
    fm.append("tags:")
    fm += ["  - " + t for t in rng.sample(TAGS, rng.randint(1, 4))]
    fm.append("---")
    return kind, ident, "\n".join(fm) + "\n\n" + w.text()


HUGO_CONFIG = """\
# Minimal Hugo site for the sharepack benchmark: every content file goes through
# layouts/_default/single.html and nothing else is built.
baseURL = "https://example.invalid/"
title = "sharepack bench"
uglyURLs = true
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
disableHugoGeneratorInject = true

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_SINGLE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}</main></body></html>
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of Markdown files")
    ap.add_argument("target", help="output folder (created; must be empty)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    if args.n < 1:
        sys.exit("make-corpus.py: error: N must be at least 1")
    if os.path.exists(args.target) and os.listdir(args.target):
        sys.exit("make-corpus.py: error: %s is not empty; remove it or pick another folder" % args.target)
    for kind in KINDS:
        os.makedirs(os.path.join(args.target, "content", kind), exist_ok=True)
    os.makedirs(os.path.join(args.target, "layouts", "_default"), exist_ok=True)
    paths = []
    total_bytes = 0
    for i in range(1, args.n + 1):
        kind, ident, text = make_file(args.seed, i, args.n)
        rel = os.path.join("content", kind, ident + ".md")
        data = text.encode("utf-8")
        with open(os.path.join(args.target, rel), "wb") as f:
            f.write(data)
        total_bytes += len(data)
        paths.append(rel)
    paths.sort()
    with open(os.path.join(args.target, "files.txt"), "w") as f:
        f.write("\n".join(paths) + "\n")
    with open(os.path.join(args.target, "config.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    with open(os.path.join(args.target, "layouts", "_default", "single.html"), "w") as f:
        f.write(HUGO_SINGLE)
    print("make-corpus.py: wrote %d files, %.2f MB (%d bytes), seed %d, into %s"
          % (args.n, total_bytes / 1e6, total_bytes, args.seed, args.target))


if __name__ == "__main__":
    main()
