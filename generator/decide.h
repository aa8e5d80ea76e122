/*
 * decide.h: the "when to share" questions of the guidance (Children's MARS
 * information sharing guidance, section 5; the 7-minute briefing) as one
 * function. check.c uses it to confirm a vignette's expected answer from its
 * facts; scenario_api.c offers it to scripts as sharepack.decide.
 */
#ifndef SHAREPACK_DECIDE_H
#define SHAREPACK_DECIDE_H

#include "pack.h"

enum decide_question {
	DECIDE_PURPOSE = 0,	/* a clear and legitimate purpose? */
	DECIDE_CONSENT,		/* consent to share? */
	DECIDE_IDENTIFIABLE,	/* does it identify an individual? */
	DECIDE_LAWFUL_BASIS,	/* a lawful reason to share without consent? */
	DECIDE_QUESTIONS
};

_Static_assert(DECIDE_QUESTIONS == PACK_FACTS, "one fact per question");

/*
 * Walks the questions in order with the answers in facts (indexed by enum
 * decide_question). Returns 0 with *outcome and *decided_by set, or -1 with
 * *decided_by set to the first question reached that has no answer.
 */
int decide(const enum fact facts[DECIDE_QUESTIONS], enum outcome *outcome,
    enum decide_question *decided_by);

/* The key that names a question in front matter and Lua ("purpose", ...), and
 * the question as the guidance asks it. Static strings. */
const char *decide_key(enum decide_question q);
const char *decide_text(enum decide_question q);
/* The question a key names, or -1. */
int decide_from_key(const char *key);

#endif
