/* decide.c: the guidance's "when to share" flowchart, exactly. */
#include "decide.h"

#include <string.h>

static const char *const keys[DECIDE_QUESTIONS] = {
	"purpose", "consent", "identifiable", "lawful_basis"
};

static const char *const texts[DECIDE_QUESTIONS] = {
	"Is there a clear and legitimate purpose for sharing information?",
	"Do you have consent to share?",
	"Does the information enable an individual to be identified?",
	"Have you identified a lawful reason to share information without "
	    "consent?"
};

int
decide(const enum fact facts[DECIDE_QUESTIONS], enum outcome *outcome,
    enum decide_question *decided_by)
{
	/* Question, the answer that ends the walk, and the outcome then.
	 * Question 4 ends it either way. */
	static const struct {
		enum decide_question q;
		enum fact stops_on;
		enum outcome then;
	} flow[] = {
		{ DECIDE_PURPOSE, FACT_NO, OUTCOME_NO_SHARE },
		{ DECIDE_CONSENT, FACT_YES, OUTCOME_SHARE },
		{ DECIDE_IDENTIFIABLE, FACT_NO, OUTCOME_SHARE },
		{ DECIDE_LAWFUL_BASIS, FACT_YES, OUTCOME_SHARE },
	};
	for (size_t i = 0; i < sizeof flow / sizeof flow[0]; i++) {
		enum fact f = facts[flow[i].q];
		*decided_by = flow[i].q;
		if (f == FACT_UNSET)
			return -1;
		if (f == flow[i].stops_on) {
			*outcome = flow[i].then;
			return 0;
		}
	}
	/* No lawful reason to share without consent: do not share. */
	*outcome = OUTCOME_NO_SHARE;
	return 0;
}

const char *
decide_key(enum decide_question q)
{
	return keys[q];
}

const char *
decide_text(enum decide_question q)
{
	return texts[q];
}

int
decide_from_key(const char *key)
{
	for (int q = 0; q < DECIDE_QUESTIONS; q++)
		if (strcmp(key, keys[q]) == 0)
			return q;
	return -1;
}
