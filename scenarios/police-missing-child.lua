-- A branching scenario for the police: repeated missing episodes and signs of criminal
-- exploitation; sharing with children's social care and the school, protecting a young
-- informant, and a reporter's call.
-- Golden rules are numbered as in the 2024 HM Government advice, as set out in
-- section 4 of the North East Lincolnshire information sharing procedure.

sharepack.scenario{
  id = "police-missing-child",
  title = "A 15-year-old keeps going missing and turns up far from home",
  audience = { "police" },
  source = "Working Together to Safeguard Children 2023, paragraphs 28 to 31 and myth-busting guide; North East Lincolnshire information sharing procedure, section 4 (2024 golden rules 1 to 7); Children's MARS Information Sharing Guidance (June 2020), sections 4.7 and 5.1",
  edition = "england-2024",

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
        sharepack.choice{ label = "Share the pattern and last night's circumstances with children's social care today, and tell Rhys and Michelle what you are sharing and why",
          go = "school_call", expected = true,
          feedback = [[
Right. Working Together 2023 (paragraph 30) says information sharing is "essential for the
identification of patterns of behaviour when a child is at risk of going missing or has
gone missing". Cash, two phones and a flat far from home are possible signs that Rhys is
being exploited. Paragraph 31 says that a practitioner with concerns about a child's safety
should share them with children's social care. Golden rule 2 (2024) asks you to explain to
Rhys and his mother what you will share and why, where it is safe.
]] },
        sharepack.choice{ label = "Ask Rhys whether he agrees to children's social care being told, and go along with his answer",
          go = "repeat_missing", expected = false,
          feedback = [[
Not the right choice. Talking to Rhys is right, but golden rule 3 (2024) says "You do not
need consent to share personal information about a child and/or members of their family
if a child is at risk or there is a perceived risk of harm". It asks you to consider his
objections, but to "consider overriding their objections" where sharing is necessary to
protect him. A 15-year-old who may be controlled by others may not feel free to say yes.
]] },
        sharepack.choice{ label = "Close the report: he is home and safe, and teenagers often stay out with friends",
          go = "repeat_missing", expected = false,
          feedback = [[
Not the right choice. Each episode may look minor on its own, but Working Together 2023
(paragraph 30) says information sharing is essential "for the identification of patterns of
behaviour" when a child goes missing. Paragraph 28 says "No single practitioner can have a
full picture of a child's needs and circumstances". Closing the report leaves the pattern
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
        sharepack.choice{ label = "Share the whole pattern with children's social care today and ask them to plan the response with the police",
          go = "late_end", expected = true,
          feedback = [[
Right, though this is a fourth episode that earlier sharing might have prevented. Golden
rule 1 (2024) says all children have a right to be protected from abuse, and that
protecting a child "takes priority over protecting their privacy". Working Together 2023
(paragraph 29) says practitioners should share information "as early as possible". Share
the dates, where Rhys was found each time and what was found on him.
]] },
        sharepack.choice{ label = "Deal with it as a drugs offence: Rhys is a suspect, and that is a matter for the police alone",
          go = "poor_end", expected = false,
          feedback = [[
Not the right choice. Golden rule 1 (2024) says all children have a right to be protected
from abuse and neglect. A 15-year-old carrying drugs far from home after repeated missing
episodes may be a child who is being exploited, not only a suspect. Working Together 2023
(paragraph 31) says a practitioner with concerns about a child's safety "should share the
information with local authority children's social care and/or the police". Treating it
only as an offence hides the risk to him.
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
        sharepack.choice{ label = "That Rhys has been missing and found out of area, that you are concerned he is being exploited, and what to watch for and report; sent securely",
          go = "informant", expected = true,
          feedback = [[
Right. The school has a role in keeping Rhys safe, and golden rule 6 (2024) says to share
"relevant and accurate information" with those who have such a role, and "only share the
information they need". Working Together 2023 (paragraph 30) links children going missing
with being missing from education. The school needs the pattern and what to look out for,
not the whole police intelligence picture.
]] },
        sharepack.choice{ label = "That the police cannot share information about Rhys with the school",
          go = "informant", expected = false,
          feedback = [[
Not the right choice. It is a myth that information collected by one organisation cannot
be disclosed to another. Working Together 2023's myth-busting guide says: "In the case of
children in need, or children at risk of significant harm, it is difficult to foresee
circumstances where information law would be a barrier to sharing personal information
with other practitioners." The school sees Rhys every day and can spot and report changes.
]] },
        sharepack.choice{ label = "Everything: email him the full intelligence log, including the names of adults police suspect",
          go = "informant", expected = false,
          feedback = [[
Not the best choice. Golden rule 6 (2024) says sharing "rarely requires you to share an
entire record or case-file", and that you "must only share information that is necessary,
proportionate for the intended purpose". Unconfirmed intelligence about named adults is
not what the school needs to keep Rhys safe. The log may also hold details of people who
gave information, whose identities golden rule 5 asks you to protect.
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
        sharepack.choice{ label = "Share what Ezra saw (the nickname, the car, Fridays at the park, the debt) as from \"a young person\", and tell the social worker the source must be protected",
          go = "journalist", expected = true,
          feedback = [[
Right. Golden rule 5 (2024) says that when sharing, you and the recipient should "take
steps to protect the identities of any individuals" who might suffer harm if their details
became known to an abuser or one of their associates. Ezra could be hurt if "Deeks"
learned he had talked. What he saw is relevant to protecting Rhys (golden rule 6), so
share it, but not his name, and make sure the minutes do not carry it either.
]] },
        sharepack.choice{ label = "Give the social worker everything for the minutes, including Ezra's name and address",
          go = "exposed_end", expected = false,
          feedback = [[
Not the right choice. Golden rule 5 (2024) says both you and the agency receiving
information should "take steps to protect the identities of any individuals" who might
suffer harm if their details became known to an abuser or one of their associates. Minutes
that go to several agencies can reach the wrong people. The social worker needs what
Ezra saw, not who he is; his name adds nothing to protecting Rhys.
]] },
        sharepack.choice{ label = "Keep Ezra's account within the police altogether, to protect him",
          go = "journalist", expected = false,
          feedback = [[
Not the best choice. Protecting Ezra matters, but golden rule 5 (2024) asks you to
protect his identity, not to withhold what he saw. The car, the nickname and the debt may
be key to protecting Rhys. Working Together 2023 (paragraph 29) says sharing information
about "any adults with whom that child has contact, which may impact the child's safety or
welfare, is also critical". Share the account and protect the source.
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
        sharepack.choice{ label = "Decline to confirm anything or give any details, and refer her to the press office",
          go = "record", expected = true,
          feedback = [[
Right. The first "when to share" question (MARS guidance, section 5.1) is: "Is there a
clear and legitimate purpose for sharing information?" A news story is not a safeguarding
purpose, and the reporter has no part in protecting Rhys. Golden rule 6 (2024) limits
sharing to those "that have a role in safeguarding the child and/or providing their family
with support". Naming Rhys could also expose him, his family and Ezra to harm (golden
rule 5).
]] },
        sharepack.choice{ label = "Confirm the details off the record, since a story might warn other parents",
          go = "story", expected = false,
          feedback = [[
Not the right choice. Warning the public is not a reason to identify a child to a reporter.
The first "when to share" question (MARS guidance, section 5.1) asks for "a clear and
legitimate purpose for sharing information", and golden rule 6 (2024) limits sharing to
those with a role in safeguarding the child or supporting the family. Any public message
is for the press office to decide. "Off the record" gives no protection once the details
are out.
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
        sharepack.choice{ label = "Tell your supervisor and the social worker what you disclosed, help plan for Rhys's safety, and record it honestly",
          go = "press_end", expected = true,
          feedback = [[
Right: own it. Golden rule 4 (2024) says seek advice promptly, and golden rule 7 asks you to
record your information sharing decisions and "be prepared to explain your reasons if you
are asked". The social worker needs to know that the risk to Rhys has changed, and golden
rule 1 puts his protection first. Hiding what happened would leave the people protecting
him planning on the wrong facts.
]] },
        sharepack.choice{ label = "Say nothing: the story did not name him, so nobody can say it came from you",
          go = "withdrawn_end", expected = false,
          feedback = [[
Not the right choice. The story identified Rhys in practice, and the people planning his
safety need to know how. Golden rule 7 (2024) says to record the reasons for your
information sharing decision and "be prepared to explain your reasons if you are asked".
Golden rule 1 says protecting a child from harm comes first. Keeping quiet leaves the
social worker and your colleagues without facts they need to keep Rhys safe.
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
        sharepack.choice{ label = "Each decision, including declining the reporter: what you shared, with whom, when, how and why, and how Ezra's identity is protected",
          go = "good_end", expected = true,
          feedback = [[
Right. Golden rule 7 (2024) says "Record the reasons for your information sharing
decision, irrespective of whether or not you decide to share information", so the refusal
to the reporter belongs in the record too. The MARS principles (section 4.7) ask for "what
information has been shared and with whom". Recording how Ezra's identity is protected
(golden rule 5) lets anyone who later handles the case keep it protected.
]] },
        sharepack.choice{ label = "One line: \"Info shared with partners as appropriate\"",
          go = "unrecorded_end", expected = false,
          feedback = [[
Not the best choice. "As appropriate" tells a reader nothing. Golden rule 7 (2024) says
"When recording any decision, clearly set out the rationale and be prepared to explain your
reasons if you are asked". The MARS principles (section 4.7) ask for "what information has
been shared and with whom". Without it, the next officer may not know that Ezra's
identity must be protected, or what the school has been told.
]] },
      },
    },

    good_end = sharepack.step{
      ending = true,
      title = "Ending: the pattern is seen and Rhys is protected",
      text = [[
Children's social care, the police and the school work together. The school reports what
it sees at the gate, the police disrupt the man known as "Deeks", and
Rhys, with support from a youth worker, slowly starts to talk. His missing episodes stop.

Ezra's name never appears in any shared document. When the case is reviewed, every
decision can be traced: what was shared, with whom and why, and why the reporter was told
nothing.
]] },

    unrecorded_end = sharepack.step{
      ending = true,
      title = "Ending: good decisions that are hard to follow",
      text = [[
Working with children's social care helps to protect Rhys. But months
later a new officer takes over and finds only "info shared with partners as appropriate".
Not knowing that the young person's account must be protected, she asks the school whether
Ezra "is the lad who told us about Deeks".

Nothing comes of it this time, but it could have. A clear record of reasons and safeguards
(golden rule 7, 2024) protects everyone involved.
]] },

    press_end = sharepack.step{
      ending = true,
      title = "Ending: a setback you were honest about",
      text = [[
Because you told the social worker and your supervisor at once, a new safety plan is made
quickly, and the press office asks the website to remove the identifying details. The
damage takes months to repair: for a while Rhys trusts nobody.

The lesson is that the first "when to share" question, whether there is a clear and
legitimate purpose, applies to every request, including one from the media.
]] },

    late_end = sharepack.step{
      ending = true,
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
      ending = true,
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
      ending = true,
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
      ending = true,
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
