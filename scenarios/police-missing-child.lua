-- A branching scenario for the police: repeated missing episodes and signs of criminal
-- exploitation; sharing with children's social care and the school, protecting a young
-- informant, and a reporter's call.
-- Golden rules are numbered as in the 2024 HM Government advice, as set out in
-- section 4 of the North East Lincolnshire information sharing procedure.
--
-- Unsafe choices lead to their own consequences and endings; only the careful track
-- (found, school_call, informant, journalist, record) reaches the good ending.

sharepack.scenario{
  id = "police-missing-child",
  title = "A 15-year-old keeps going missing and turns up far from home",
  audience = { "police" },
  source = "Working Together to Safeguard Children 2023, paragraphs 28 to 31 and myth-busting guide; North East Lincolnshire information sharing procedure, section 4 (2024 golden rules 1 to 7); Children's MARS Information Sharing Guidance (June 2020), sections 4.3, 4.7 and 5.1",
  edition = "england-2024",
  people = { "Rhys Pryce", "Michelle", "Peter Abbott" },

  intro = [[
You are Sergeant Anjali Mehta, the missing-from-home coordinator for your police area.
This scenario follows a 15-year-old boy over a few weeks, as a pattern of missing episodes
emerges. At each step, choose what you would do, then read why.

The feedback uses the seven golden rules for information sharing as numbered in the 2024
HM Government advice (set out in section 4 of the North East Lincolnshire information
sharing procedure), Working Together to Safeguard Children 2023 and the Children's MARS
"when to share" questions. The people in it are invented.
]],

  start = "found",
  steps = {

    found = sharepack.step{
      text = [[
Rhys Pryce, 15, has been reported missing by his mother, Michelle, three times in five weeks.
Last night officers found him in a flat in a town 40 miles away, with £300 in cash, two
phones and no explanation. He has new designer clothes his mother cannot account for.

He is home now, and says he was "just staying with mates". Rhys is not known to
children's social care. What do you do with what the police now know?
]],
      choices = {
        sharepack.choice{ label = "Ask Rhys if he minds social care being told, and go along with his answer",
          go = "repeat_missing", grade = "unsafe", rules = { 3 }, supports = "share",
          feedback = [[
Not safe. Talking to Rhys is right, but golden rule 3 (2024) says "You do not need
consent to share personal information about a child and/or members of their family if a
child is at risk or there is a perceived risk of harm". It asks you to consider his
objections, but to "consider overriding their objections" where sharing is necessary to
protect him. A 15-year-old who may be controlled by others may not feel free to say yes,
and leaving it to him leaves the pattern with the police alone.
]] },
        sharepack.choice{ label = "Tell children's social care today about the pattern and last night, and tell Rhys and Michelle why",
          go = "school_call", grade = "expected", rules = { 2 }, supports = "share",
          feedback = [[
Right. Working Together 2023 (paragraph 30) says information sharing is "essential for the
identification of patterns of behaviour when a child is at risk of going missing or has
gone missing". Cash, two phones and a flat far from home are possible signs that Rhys is
being exploited. Paragraph 31 says that a practitioner with concerns about a child's safety
should share them with children's social care. Golden rule 2 (2024) asks you to explain to
Rhys and his mother what you will share and why, where it is safe.
]] },
        sharepack.choice{ label = "Close the report: he is home and unhurt, and teenagers often stay out with friends for a night or two",
          go = "repeat_missing", grade = "unsafe",
          feedback = [[
Not safe. Each episode may look minor on its own, but Working Together 2023 (paragraph 30)
says information sharing is essential "for the identification of patterns of behaviour"
when a child goes missing. Paragraph 28 says "No single practitioner can have a full
picture of a child's needs and circumstances". Closing the report leaves the pattern
visible only to the police, if anyone notices it at all.
]] },
      },
    },

    repeat_missing = sharepack.step{
      text = [[
Eleven days later Rhys goes missing again. This time British Transport Police find him at
a railway station with several wraps of what look like class A drugs and a deep cut to his
hand. He will not say who gave him the drugs.

Michelle is frantic, and says the school has been phoning her about his absences. Still nobody
outside the police has been told about the pattern.
]],
      choices = {
        sharepack.choice{ label = "Share the whole pattern with social care today, and plan the response with them",
          go = "late_end", grade = "expected", rules = { 1 }, supports = "share",
          feedback = [[
Right, though this is a fourth episode that earlier sharing might have prevented. Golden
rule 1 (2024) says all children have a right to be protected from abuse, and that
protecting a child "takes priority over protecting their privacy". Working Together 2023
(paragraph 29) says practitioners should share information "as early as possible". Share
the dates, where Rhys was found each time and what was found on him.
]] },
        sharepack.choice{ label = "Deal with it as a drugs offence: he is now a suspect, and that is a matter for the police",
          go = "poor_end", grade = "unsafe", rules = { 1 }, supports = "share",
          feedback = [[
Not safe. Golden rule 1 (2024) says all children have a right to be protected from abuse
and neglect. A 15-year-old carrying drugs far from home after repeated missing episodes
may be a child who is being exploited, not only a suspect. Working Together 2023
(paragraph 31) says a practitioner with concerns about a child's safety "should share the
information with local authority children's social care and/or the police". Treating it
only as an offence hides the risk to him.
]] },
        sharepack.choice{ label = "Advise Michelle to tell the school and social care herself, since as his mother it is her place",
          go = "poor_end", grade = "unsafe",
          feedback = [[
Not safe. Michelle should be kept informed, but the police hold the pattern: the dates,
the places, the cash, the phones and the drugs. Working Together 2023 (paragraph 31) says
practitioners "should not assume that someone else will pass on information that they
think may be critical to keep a child safe", and that a practitioner with concerns "should
share the information with local authority children's social care and/or the police". A
frightened parent cannot pass on what only the police know.
]] },
      },
    },

    school_call = sharepack.step{
      text = [[
Children's social care start an assessment and arrange a multi-agency meeting. The next
day Mr Peter Abbott, the designated safeguarding lead at Rhys's school, phones you. Rhys's
attendance has fallen to 60%, and staff have seen him with older youths at the gate.

Mr Abbott asks what the police know, so that the school can help keep Rhys safe during the
day. What do you tell him?
]],
      choices = {
        sharepack.choice{ label = "That data protection rules stop the police from sharing information about Rhys with a school",
          go = "gate_end", grade = "unsafe",
          feedback = [[
Not safe. It is a myth that information collected by one organisation cannot be disclosed
to another. Working Together 2023's myth-busting guide says: "In the case of children in
need, or children at risk of significant harm, it is difficult to foresee circumstances
where information law would be a barrier to sharing personal information with other
practitioners." The school sees Rhys every day and, without knowing what to look for,
cannot spot or report the signs. Paragraph 30 links going missing with being missing from
education.
]] },
        sharepack.choice{ label = "That you fear he is being exploited, where he has been found, and what to look out for",
          go = "informant", grade = "expected", rules = { 6 }, principles = { "relevant", "accurate" }, supports = "share",
          feedback = [[
Right. The school has a role in keeping Rhys safe, and golden rule 6 (2024) says to share
"relevant and accurate information" with those who have such a role, and "only share the
information they need". Working Together 2023 (paragraph 30) links children going missing
with being missing from education. The school needs the pattern and what to look out for,
not the whole police intelligence picture.
]] },
        sharepack.choice{ label = "Only what staff should watch for at the gate and report to you, without saying what the concern is",
          go = "informant", grade = "acceptable", rules = { 6 }, principles = { "adequate" }, supports = "share",
          feedback = [[
Acceptable, but not the best. Nothing you share puts anyone at risk, and the school can
now report what it sees. But the MARS principles (section 4.3) say information should be
"of the right quality to ensure that it can be understood and relied upon", and golden
rule 6 (2024) asks you to share "relevant and accurate information" with those who have a
role in safeguarding the child. Without knowing that the concern is exploitation, the DSL
cannot see his absences, or the older youths, for what they may be.
]] },
        sharepack.choice{ label = "Everything: email him the full intelligence log, with the adults police suspect, so the school misses nothing",
          go = "log_end", grade = "unsafe", rules = { 5, 6 }, principles = { "necessary", "proportionate" }, supports = "no-share",
          feedback = [[
Not safe. Golden rule 6 (2024) says sharing "rarely requires you to share an entire
record or case-file", and that you "must only share information that is necessary,
proportionate for the intended purpose". Unconfirmed intelligence about named adults is
not what the school needs to keep Rhys safe, and once it is in a school's inboxes the
police cannot control where it goes. The log may also hold details of people who gave
information, whose identities golden rule 5 asks you to protect.
]] },
      },
    },

    informant = sharepack.step{
      text = [[
A police community support officer passes you a note. Rhys's friend Ezra, also 15, told
her privately that an older man called "Deeks" collects Rhys from the park in a black car
on Fridays, and that Rhys owes him money. Ezra begged her not to say it came from him:
"They'll know it was me."

The social worker is writing up the minutes of the multi-agency meeting, which will go to
several agencies, and asks what the police know. What do you do with Ezra's information?
]],
      choices = {
        sharepack.choice{ label = "Keep what Ezra said within the police for now, so nothing can be traced back to him",
          go = "journalist", grade = "acceptable", rules = { 5 }, supports = "share",
          feedback = [[
Acceptable, but not the best. Ezra is safe, and the police can still act on what he said.
But golden rule 5 (2024) asks you to protect his identity, not to withhold what he saw.
The car, the nickname and the debt may be key to the plan the other agencies are making
for Rhys. Working Together 2023 (paragraph 29) says sharing information about "any adults
with whom that child has contact, which may impact the child's safety or welfare, is also
critical". Share the account and protect the source.
]] },
        sharepack.choice{ label = "Give the social worker his full account for the minutes, with Ezra's name so that it can be checked",
          go = "exposed_end", grade = "unsafe", rules = { 5 }, supports = "no-share",
          feedback = [[
Not safe. Golden rule 5 (2024) says both you and the agency receiving information should
"take steps to protect the identities of any individuals" who might suffer harm if their
details became known to an abuser or one of their associates. Minutes that go to several
agencies can reach the wrong people. The social worker needs what Ezra saw, not who he
is; his name adds nothing to protecting Rhys.
]] },
        sharepack.choice{ label = "Share what Ezra saw, as from \"a young person\", and tell the social worker that the source must stay protected",
          go = "journalist", grade = "expected", rules = { 5, 6 }, principles = { "relevant" }, supports = "share",
          feedback = [[
Right. Golden rule 5 (2024) says that when sharing, you and the recipient should "take
steps to protect the identities of any individuals" who might suffer harm if their details
became known to an abuser or one of their associates. Ezra could be hurt if "Deeks"
learned he had talked. What he saw is relevant to protecting Rhys (golden rule 6), so
share it, but not his name, and make sure the minutes do not carry it either.
]] },
      },
    },

    journalist = sharepack.step{
      text = [[
A reporter from a local news website rings your direct line. She has heard that "a
15-year-old from the Eastfield estate keeps going missing and was found in a drugs flat".
She asks you to confirm Rhys's name and school, says it is in the public interest to
warn other parents, and promises to keep your name out of it.

Rhys is at home. Your force has a press office that handles all media enquiries. What do
you do?
]],
      choices = {
        sharepack.choice{ label = "Confirm what she already knows, off the record, since a story might warn other parents",
          go = "story", grade = "unsafe", rules = { 6 }, supports = "no-share",
          feedback = [[
Not safe. Warning the public is not a reason to identify a child to a reporter. The
first "when to share" question (MARS guidance, section 5.1) asks for "a clear and
legitimate purpose for sharing information", and golden rule 6 (2024) limits sharing to
those with a role in safeguarding the child or supporting the family. Any public message
is for the press office to decide. "Off the record" gives no protection once the details
are out.
]] },
        sharepack.choice{ label = "Confirm nothing, give no details, and pass her to the force press office",
          go = "record", grade = "expected", rules = { 5, 6 }, supports = "no-share",
          feedback = [[
Right. The first "when to share" question (MARS guidance, section 5.1) is: "Is there a
clear and legitimate purpose for sharing information?" A news story is not a safeguarding
purpose, and the reporter has no part in protecting Rhys. Golden rule 6 (2024) limits
sharing to those "that have a role in safeguarding the child and/or providing their family
with support". Naming Rhys could also expose him, his family and Ezra to harm (golden
rule 5).
]] },
        sharepack.choice{ label = "Confirm only that a boy of 15 is known to police, without his name, so that parents are warned",
          go = "story", grade = "unsafe", rules = { 5 }, supports = "no-share",
          feedback = [[
Not safe. Leaving out his name does not make this safe: with what she already knows about
the estate and the drugs flat, your confirmation is enough for her to publish, and for
people to work out who he is. The first "when to share" question (MARS guidance, section
5.1) asks for "a clear and legitimate purpose for sharing information", and a news story
is not one. Golden rule 5 (2024) asks you to protect the identities of people who might
suffer harm if their details became known to an abuser or their associates.
]] },
      },
    },

    story = sharepack.step{
      text = [[
Two days later the website runs a story about a "teenage drug runner" on the Eastfield
estate. It does not name Rhys, but it gives his age, his school and his street, and people
on the estate quickly work out who he is.

Michelle phones you in tears: Rhys is being called a "grass" online and now refuses to speak
to the police or to his social worker.
]],
      choices = {
        sharepack.choice{ label = "Tell your supervisor and the social worker what you told her, help plan for his safety, and record it honestly",
          go = "press_end", grade = "expected", rules = { 1, 4, 7 }, supports = "share",
          feedback = [[
Right: own it. Golden rule 4 (2024) says seek advice promptly, and golden rule 7 asks you to
record your information sharing decisions and "be prepared to explain your reasons if you
are asked". The social worker needs to know that the risk to Rhys has changed, and golden
rule 1 puts his protection first. Hiding what happened would leave the people protecting
him planning on the wrong facts.
]] },
        sharepack.choice{ label = "Say nothing: the story did not name him, and nobody can show that it came from you",
          go = "withdrawn_end", grade = "unsafe", rules = { 1, 7 }, supports = "share",
          feedback = [[
Not safe. The story identified Rhys in practice, and the people planning his safety need
to know how. Golden rule 7 (2024) says to record the reasons for your information sharing
decision and "be prepared to explain your reasons if you are asked". Golden rule 1 says
protecting a child from harm comes first. Keeping quiet leaves the social worker and your
colleagues without facts they need to keep Rhys safe.
]] },
      },
    },

    record = sharepack.step{
      text = [[
At the end of the week you update the police record. Since Rhys was found you have made
several information sharing decisions: with children's social care, with the school, about
Ezra's account, and about the reporter's request, which you turned down.

Your inspector asks you to make sure the record would make sense to someone reading it in a
year's time. What do you record?
]],
      choices = {
        sharepack.choice{ label = "A line, \"Info shared with partners as appropriate\", since the details are in the meeting minutes",
          go = "unrecorded_end", grade = "unsafe",
          feedback = [[
Not safe for the case. "As appropriate" tells a reader nothing, and the minutes do not say
what the police decided or why. Golden rule 7 (2024) says "When recording any decision,
clearly set out the rationale and be prepared to explain your reasons if you are asked".
The MARS principles (section 4.7) ask for "what information has been shared and with
whom". Without it, the next officer may not know that Ezra's identity must be protected,
or what the school has been told.
]] },
        sharepack.choice{ label = "Each decision to share: what, with whom, when and why; a call you turned down needs no entry",
          go = "gap_end", grade = "acceptable",
          feedback = [[
Acceptable, but not the best. What went to whom, and why, is on record, so nothing here
puts Rhys or Ezra at risk. But golden rule 7 (2024) says "Record the reasons for your
information sharing decision, irrespective of whether or not you decide to share
information", and the MARS principles (section 4.7) say that if the decision is not to
share, "it is good practice to record the reasons for this decision". Refusing the
reporter was a decision too, and a record of it protects you and the case if the story
ever appears.
]] },
        sharepack.choice{ label = "Every decision, the reporter included: what, to whom, when, how and why, and how Ezra is protected",
          go = "good_end", grade = "expected",
          feedback = [[
Right. Golden rule 7 (2024) says "Record the reasons for your information sharing
decision, irrespective of whether or not you decide to share information", so the refusal
to the reporter belongs in the record too. The MARS principles (section 4.7) ask for "what
information has been shared and with whom". Recording how Ezra's identity is protected
(golden rule 5) lets anyone who later handles the case keep it protected.
]] },
      },
    },

    good_end = sharepack.step{
      ending = true, outcome = "good",
      title = "Ending: the pattern is seen and Rhys is protected",
      text = [[
Children's social care, the police and the school work together. The school reports what
it sees at the gate, the police disrupt the man known as "Deeks", and
Rhys, with support from a youth worker, slowly starts to talk. His missing episodes stop.

You shared the pattern the day after he was found, told the school what to watch for,
kept Ezra's name out of every shared document and gave the reporter nothing. When the
case is reviewed, every decision can be traced: what was shared, with whom and why, and
why the reporter was told nothing.
]] },

    gap_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: Rhys is protected, but one decision left no trace",
      text = [[
Children's social care, the police and the school work together, and Rhys's missing
episodes stop. Months later the same website runs a story about another child, and the
force is asked whether officers had confirmed details about Rhys to the reporter.

You remember turning her down, but the record shows every decision except that one, and
it takes weeks to settle the question. Golden rule 7 (2024) asks you to record the
reasons for a decision "irrespective of whether or not you decide to share information".
]] },

    unrecorded_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: good decisions that are hard to follow",
      text = [[
Working with children's social care helps to protect Rhys. But months
later a new officer takes over and finds only "info shared with partners as appropriate".
Not knowing that the young person's account must be protected, she asks the school whether
Ezra "is the lad who told us about Deeks".

Nothing comes of it this time, but it could have. A clear record of reasons and safeguards
(golden rule 7, 2024) protects everyone involved.
]] },

    gate_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: the school does not know what it is seeing",
      text = [[
Told that the police cannot share anything, the school goes on treating Rhys's absences
as truancy. On Friday a teaching assistant sees him get into a black car at the gate and
thinks nothing of it. He is missing for four days, and is found in a flat in another
county, frightened and in debt.

When Mr Abbott learns what the police knew, he asks why nobody told the school what to
look for. Working Together 2023 (paragraph 30) says information sharing is essential for
the identification of patterns when a child goes missing, "including being missing from
education".
]] },

    log_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: intelligence meant for the police reaches the wrong people",
      text = [[
Mr Abbott forwards the log to the staff who supervise the gate. One of the adults named in
it is the older brother of a pupil, and within days the names are being talked about at
the gate. The men learn that the police are looking at them, decide that Rhys has been
talking, and threaten him; a neighbour who had rung the police is identified from a
detail in the log.

Golden rule 6 (2024) says "only share the information they need", and golden rule 5 asks
you to protect the identities of people who might suffer harm if their details became
known to an abuser or one of their associates.
]] },

    press_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: a setback you were honest about",
      text = [[
Because you told the social worker and your supervisor at once, a new safety plan is made
quickly, and the press office asks the website to remove the identifying details. The
damage takes months to repair: for a while Rhys trusts nobody.

The lesson is that the first "when to share" question, whether there is a clear and
legitimate purpose, applies to every request, including one from the media.
]] },

    late_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes after a fourth missing episode",
      text = [[
Once children's social care have the full pattern, they and the police plan together, and
the school is told what to look out for. Rhys is protected in the end, but only after a
fourth missing episode, a cut hand, and class A drugs found on him far from home.

Working Together 2023 (paragraph 30) says information sharing is "essential for the
identification of patterns of behaviour when a child is at risk of going missing or has
gone missing".
]] },

    exposed_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: a child who helped is put at risk",
      text = [[
The minutes, with Ezra's name in them, go to several agencies. Within a week someone
passes on that Ezra "talked". He is threatened outside school, and his family asks to be
moved. Ezra now needs protecting himself, and young people on the estate stop talking to
the police.

Golden rule 5 (2024) exists for exactly this: protect the identities of people who might
suffer harm if their details became known to an abuser or one of their associates.
]] },

    withdrawn_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: Rhys is cut off from the people helping him",
      text = [[
The social worker cannot understand why Rhys has stopped engaging, and plans for his
safety are built on the wrong facts. Michelle blames the police, and stops reporting Rhys
missing quickly. Weeks later he is found injured in another town.

When the story's source comes to light, nobody can explain the decision, because there is
no record of it. Information shared with a reporter, with no legitimate purpose, has undone
much of the good work with other agencies.
]] },

    poor_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: the exploitation goes on",
      text = [[
Nobody outside the police puts the pieces together. Rhys goes missing again and again;
each time he is found, dealt with and sent home. Months later he is seriously injured in a
flat in another town. A review finds that the police, the school and his mother each held
part of the picture.

Working Together 2023 (paragraph 28) says that missed opportunities to share information in
a timely manner "can have severe consequences for children".
]] },
  },
}
