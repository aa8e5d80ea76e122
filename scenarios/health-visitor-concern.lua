-- A branching scenario for health practitioners: a health visitor sees signs of domestic
-- abuse and neglect, and the mother refuses consent to a referral.
-- Golden rules are numbered as in the Children's MARS Information Sharing Guidance
-- (June 2020), section 2, which follows the HM Government advice of July 2018.
--
-- Asking about abuse in front of Dean is unsafe, so the path that recovers from it
-- (asked_in_front, alone_after) has its own ending rather than rejoining the careful
-- track (alone, refused, advice, how_much, record) that leads to the good ending.

sharepack.scenario{
  id = "health-visitor-concern",
  title = "A health visitor sees a bruise, a cold flat and a frightened three-year-old",
  audience = { "health" },
  source = "Children's MARS Information Sharing Guidance (June 2020), section 2 (golden rules 1 to 7), the GDPR and Data Protection Act 2018 section, sections 3, 3.1, 4 and 5, and the myth-busting guide; North East Lincolnshire information sharing procedure, sections 1 and 6",
  edition = "england-2018",
  people = { "Yasmin Nwosu", "Jodie Platt", "Finn", "Dean" },

  intro = [[
You are Yasmin Nwosu, a health visitor. This scenario follows your work with one family
over a few weeks, after a routine review leaves you uneasy. At each step, choose what you
would do, then read why.

The feedback uses the seven golden rules for information sharing as numbered in the
Children's MARS information sharing guidance (June 2020, section 2), which follows the HM
Government advice of 2018, together with its principles and "when to share" questions.
The people in it are invented.
]],

  start = "home_visit",
  steps = {

    home_visit = sharepack.step{
      text = [[
You visit Jodie Platt, 24, for her son Finn's eight-month review. Her partner, Dean,
stays in the room and answers most of your questions for her. The flat is cold, Finn's
immunisations are overdue, and Jodie has a fading bruise on her wrist, which she covers
when she sees you notice it. Ruby, 3, goes quiet and still whenever Dean raises his voice.

Dean says everything is "fine, she's just tired". How do you follow this up?
]],
      choices = {
        sharepack.choice{ label = "Ask Jodie, there and then, whether everything is all right between her and Dean",
          go = "asked_in_front", grade = "unsafe", rules = { 2, 5 }, supports = "no-share",
          feedback = [[
Not safe. Golden rule 5 asks you to base decisions on the safety and well-being of the
individual "and others who may be affected", which includes Ruby and Finn. With Dean in
the room, Jodie is unlikely to be able to answer honestly, and raising it may put her at
risk after you leave. Golden rule 2 asks for openness "unless it is unsafe or
inappropriate to do so". Look for a safe time to talk to her alone.
]] },
        sharepack.choice{ label = "Gently ask Jodie how she hurt her wrist, so that she knows you have noticed it and care",
          go = "asked_in_front", grade = "unsafe", rules = { 2, 5 }, supports = "no-share",
          feedback = [[
Not safe. Showing Jodie that you have noticed is kind, but asking about an injury with
Dean listening tells him you have seen it too. Golden rule 5 asks you to base decisions on
the safety and well-being of the individual "and others who may be affected", and golden
rule 2 asks for openness "unless it is unsafe or inappropriate to do so". Jodie cannot
answer freely in front of him, and she may pay for the question after you leave. Ask
when she is on her own.
]] },
        sharepack.choice{ label = "Finish the review calmly, then arrange to see Jodie on her own at clinic before asking",
          go = "alone", grade = "expected",
          feedback = [[
Right. What you saw may be signs of domestic abuse and of neglect, and the MARS guidance
(section 3.1) says such indicators "may be more subtle and appear over time". Golden rule
5 asks you to base decisions on "the safety and well-being of the individual and others
who may be affected". Asking Jodie about Dean in front of him could put her and the
children at risk. Golden rule 2 asks you to be open and seek agreement "unless it is
unsafe or inappropriate to do so". Seeing her alone first is safer.
]] },
      },
    },

    asked_in_front = sharepack.step{
      text = [[
Jodie glances at Dean and says it was nothing. Dean laughs, says you have "been watching
too much telly", and shows you to the door. From your car you see him shouting at Jodie
through the window.

The next morning Jodie cancels Finn's immunisation appointment by text. Nothing else has
changed: the bruise, the cold flat and Ruby's fear are all still on your mind. What do you
do?
]],
      choices = {
        sharepack.choice{ label = "Write up what you saw, with dates, and find a safe way to see Jodie alone, such as at clinic",
          go = "alone_after", grade = "expected",
          feedback = [[
Right. The question in front of Dean may have made things harder, but what you saw still
matters, and Jodie's answer with Dean listening tells you little. Golden rule 5 asks you
to think about the safety and well-being of Jodie and the children. Record what you saw,
with dates, keeping fact apart from opinion (MARS principles, section 4.4). If you are
unsure what to do, golden rule 3 says seek advice from other practitioners.
]] },
        sharepack.choice{ label = "Accept her answer: she is an adult, and she has told you plainly there is no problem",
          go = "poor_end", grade = "unsafe", rules = { 5 }, supports = "share",
          feedback = [[
Not safe. Jodie could not answer freely with Dean listening, and the signs you saw are
still there. The MARS guidance (section 3) says "Every practitioner must take
responsibility for sharing information they hold, and cannot assume that someone else will
pass on information, which may be critical to keeping a child safe". Golden rule 5 asks
you to base your decisions on the safety and well-being of Jodie and of the children.
]] },
      },
    },

    alone_after = sharepack.step{
      text = [[
Three weeks and two cancelled appointments later, Jodie brings Finn to the baby clinic on
her own. She is guarded. In a private room she tells you that after your visit Dean went
through her phone, asking what she had told you. Then she says that Dean pushed her
against the kitchen worktop while she was holding Finn, and that he shouts at Ruby until
she wets herself.

"Please don't tell anyone. He already thinks I've been talking. If social services come,
he'll know it was me." How do you respond?
]],
      choices = {
        sharepack.choice{ label = "Promise to keep it to yourself for now, since Dean is already suspicious of her",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. Dean's suspicion is a reason to share carefully, not to stay silent. Two
children may be at risk of significant harm: Finn was in her arms when she was pushed. The
North East Lincolnshire procedure (section 1) says that where a child may be at risk of
significant harm, "the overriding consideration is the welfare of the child". Golden rule
2 asks you to be open and honest about what could be shared, so do not promise what you
cannot keep.
]] },
        sharepack.choice{ label = "Tell her honestly what you will have to share and why, ask for her agreement, and refer today",
          go = "after_front_end", grade = "expected", rules = { 2, 4 }, supports = "share",
          feedback = [[
Right. Golden rule 2 asks you to be open and honest about "why, what, how and with whom
information will, or could be shared, and seek their agreement". Golden rule 4 says you
may share without consent if there is a lawful basis, "such as where safety may be at
risk", and the MARS principles (section 4.5) say it may not be appropriate to wait for
consent "if it could cause delays and therefore place a child or young person at
increased risk of harm". Tell children's social care that Dean may already suspect Jodie,
so that they can plan how to approach the family safely.
]] },
        sharepack.choice{ label = "Give her a domestic abuse helpline number, and agree to talk it all over again at her next clinic visit",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. The helpline may help Jodie, but it does nothing for Ruby and Finn, and her
next visit may be weeks away. Golden rule 5 asks you to consider the safety and well-being
of "others who may be affected", and the MARS principles (section 4.5) say "Timeliness is
key in emergency situations". The North East Lincolnshire procedure (section 1) says that
where a child may be at risk of significant harm, "the overriding consideration is the
welfare of the child".
]] },
      },
    },

    alone = sharepack.step{
      text = [[
Jodie brings Finn to the baby clinic on her own. In a private room she tells you that Dean
pushed her against the kitchen worktop while she was holding Finn, and that he shouts at
Ruby until she wets herself.

"Please don't tell anyone. If social services come, he'll know it was me, and they'll take
the kids." She asks you to promise. How do you respond?
]],
      choices = {
        sharepack.choice{ label = "Say honestly that you may need to share this, what and with whom, and ask if she'll agree",
          go = "refused", grade = "expected", rules = { 2, 4 }, supports = "share",
          feedback = [[
Right. Golden rule 2 asks you to be open and honest about "why, what, how and with whom
information will, or could be shared, and seek their agreement". Golden rule 4 says share
with consent where possible, but also that you may share without it if there is a lawful
basis, "such as where safety may be at risk". So do not promise what you cannot keep. Be
clear that if she says no, you may still have to share, and why.
]] },
        sharepack.choice{ label = "Promise to keep it between the two of you, so that she goes on trusting you and coming to clinic",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. Jodie's trust matters, but this is not a promise you can keep. Two children may
be at risk of significant harm: Finn was in her arms when she was pushed. The North East
Lincolnshire procedure (section 1) says that where a child may be at risk of significant
harm, "the overriding consideration is the welfare of the child". Golden rule 2 asks you
to be open and honest from the outset about what could be shared.
]] },
        sharepack.choice{ label = "Give her the number of a domestic abuse helpline, and let her decide in her own time what to do",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. Support for Jodie is good, but it leaves the decision about two children's
safety with someone who is frightened of Dean. Golden rule 5 asks you to consider "the
safety and well-being of the individual and others who may be affected by their actions":
Ruby and Finn. The North East Lincolnshire procedure (section 1) says that where a child
may be at risk of significant harm, "the overriding consideration is the welfare of the
child". Offer the helpline as well as, not instead of, acting on what she told you.
]] },
      },
    },

    refused = sharepack.step{
      text = [[
Jodie listens, then says no. She does not want social services involved and will "handle
Dean" herself. She is willing to keep coming to clinic.

You are worried: Finn was in her arms when she was pushed, and Ruby is frightened at
home. You are not sure whether you are allowed to refer without her consent, and you fear
that doing so would end your relationship with her.
]],
      choices = {
        sharepack.choice{ label = "Respect her refusal for now: it's her information, and keeping her engaged protects the children",
          go = "kept_secret", grade = "unsafe", rules = { 4 }, supports = "share",
          feedback = [[
Not safe. Golden rule 4 says "where possible, respect the wishes of those who do not
consent", but it also says you may share without consent where there is a lawful basis,
"such as where safety may be at risk". The MARS myth-busting guide says consent is not
always needed. The North East Lincolnshire procedure (section 6) says that where you have
a concern about a child, you "should not regard refusal of consent as necessarily
precluding the sharing of confidential information".
]] },
        sharepack.choice{ label = "Talk it through today with the named nurse, your organisation's lead for safeguarding children, before deciding",
          go = "advice", grade = "expected", rules = { 3 }, supports = "share",
          feedback = [[
Right. Golden rule 3 says "Seek advice from other practitioners, or your information
governance lead if you are in any doubt", and the named nurse is there for this. The North
East Lincolnshire procedure (section 6) says that where you are unsure, "the concern must
not be ignored" and you should "always talk to someone". Do it today: the MARS principles
(section 4.5) say information should be shared in a timely fashion to reduce "missed
opportunities to offer support and protection to a child".
]] },
      },
    },

    advice = sharepack.step{
      text = [[
The named nurse agrees with you: Finn was in his mother's arms when she was pushed, and
Ruby is frightened at home, so both children may be at risk of significant harm. She asks
what you now intend to do, and reminds you that the information is yours to act on.

Jodie's next clinic appointment is in two weeks. Her GP, who also looks after Dean, is in
the same building.
]],
      choices = {
        sharepack.choice{ label = "Wait for Jodie's appointment in two weeks, and try once more to win her agreement to a referral",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. The MARS principles (section 4.5) say "Timeliness is key in emergency
situations", and that it may not be appropriate to seek consent "if it could cause delays
and therefore place a child or young person at increased risk of harm". Two weeks is a
long time for a baby and a three-year-old in a home where their mother is being hurt.
Golden rule 5 asks you to base your decision on their safety and well-being.
]] },
        sharepack.choice{ label = "Refer both children today without her consent, and tell Jodie privately what you shared and why",
          go = "how_much", grade = "expected", rules = { 4, 5 }, supports = "share",
          feedback = [[
Right. The MARS guidance says "Relevant personal information can be shared lawfully if it
is to keep a child or individual at risk safe from neglect or physical, emotional or mental
harm". Golden rule 4 says you may share without consent "where safety may be at risk", and
golden rule 5 puts the children's safety at the centre. The MARS "how" steps (section 5.2)
ask you to tell Jodie, as long as doing so "does not create or increase the risk of harm".
]] },
        sharepack.choice{ label = "Pass your concerns to Jodie's GP, who knows the whole family well and can decide on a referral",
          go = "kept_secret", grade = "unsafe",
          feedback = [[
Not safe. The GP may have a part to play, but the MARS guidance (section 3) says every
practitioner "must take responsibility for sharing information they hold, and cannot
assume that someone else will pass on information, which may be critical to keeping a
child safe". You heard what Jodie said and saw the children. Children's social care need
to hear it from you, and golden rule 5 asks you to put the children's safety first.
]] },
      },
    },

    kept_secret = sharepack.step{
      text = [[
Weeks pass, and nobody has told children's social care what Jodie said. She misses her
next two clinic appointments and does not answer your calls.

Then Ruby's nursery phones you. Ruby has been absent for a week, and when she last came in
she had a bruise on her cheek that she said came from "Dean's hand". The nursery asks what
you know about the family.
]],
      choices = {
        sharepack.choice{ label = "Say nothing more for now: telling would break Jodie's trust and could put her at risk from Dean",
          go = "poor_end", grade = "unsafe",
          feedback = [[
Not safe. Golden rule 5 asks you to consider the safety and well-being of "the individual
and others who may be affected": Ruby and Finn. The North East Lincolnshire procedure
(section 1) says that where a child may be at risk of significant harm, "the overriding
consideration is the welfare of the child". Jodie's safety is a reason to share
carefully, not a reason to stay silent: children's social care and the police can plan
how to protect her too.
]] },
        sharepack.choice{ label = "Refer both children today with what Jodie told you, what you saw and the nursery's concern",
          go = "late_end", grade = "expected", rules = { 4, 7 }, supports = "share",
          feedback = [[
Right, though weeks later than it should have been. Golden rule 4 says you may share
without consent if, in your judgement, there is a lawful basis, "such as where safety may
be at risk". The North East Lincolnshire procedure (section 6) says that where there is "a
clear risk of significant harm to a child", the public interest test "will almost
certainly be satisfied". An earlier promise does not change that. Golden rule 7: record
what you shared, with whom and why.
]] },
      },
    },

    how_much = sharepack.step{
      text = [[
You phone children's social care, and they ask for the written referral today. Jodie's
health record holds much more than this concern: her own mental health history from when
she was a teenager, a pregnancy before Ruby, her blood test results, and notes of every
contact with the family. You also have your own impression of Dean, whom you found
intimidating. What goes into the referral?
]],
      choices = {
        sharepack.choice{ label = "Jodie's words, what you saw and when, the children's details, your view marked as opinion; sent securely",
          go = "record", grade = "expected",
          feedback = [[
Right. Golden rule 6 asks that what you share is "necessary for the purpose", "accurate and
up-to-date" and "shared securely". The MARS principles say information must be
"proportionate to the need and level of risk" (section 4.1) and "should clearly distinguish
between fact and opinion" (section 4.4). Your impression of Dean may help, but label it as
yours. Jodie's teenage history and earlier pregnancy are not needed to assess the risk to
the children now.
]] },
        sharepack.choice{ label = "A copy of Jodie's whole health record through the secure system, so that nothing is missed",
          go = "record", grade = "acceptable",
          feedback = [[
Acceptable, but not the best. It goes securely to the service that must act, and what
they need is in it, so the children are no less safe. But the MARS principles (section
4.1) say "Not sharing more data than is necessary to be of use is a key element" of data
protection law, and ask you to "consider the impact of disclosing information on the
information subject and any third parties". Jodie's teenage history and earlier pregnancy
are sensitive and are not needed to assess the risk to the children. If the social worker
needs more, they can ask, and you can decide then.
]] },
        sharepack.choice{ label = "A quick summary sent from your personal email account, since the secure system is slow and this is urgent",
          go = "insecure_end", grade = "unsafe",
          feedback = [[
Not safe. Speed matters, but so does security. Golden rule 6 says information should be
"shared securely", and the MARS principles (section 4.6) say "Practitioners must always
follow their organisation's policy on security for handling personal information". If it
is urgent, phone children's social care and then confirm in writing, as the North East
Lincolnshire procedure (section 6) describes, sending the written confirmation by your
organisation's secure route (MARS section 4.6). A message that goes astray could put
Jodie at risk from Dean.
]] },
      },
    },

    record = sharepack.step{
      text = [[
The referral is sent. The social worker thanks you and says she will contact Jodie while
Dean is at work. You have already told Jodie, at clinic, what you shared and why; she was
upset but said she understood.

Now you need to write up the health visiting record. What do you record?
]],
      choices = {
        sharepack.choice{ label = "Just \"Referral made to children's social care\" and the date, as the referral itself holds the details",
          go = "unrecorded_end", grade = "unsafe",
          feedback = [[
Not safe for the case. A bare note does not show why you overrode Jodie's refusal, what
advice you took or what you shared. Golden rule 7 asks you to record "your decision and
the reasons for it", and the MARS myth-busting guide says "Where a decision to share
information without consent is made, a record of what has been shared should be kept".
Without it, you and your colleagues will struggle to explain the decision later, to Jodie
or to anyone else, and whoever sees the family next will not know what has happened.
]] },
        sharepack.choice{ label = "Her refusal, the advice you took, why you shared anyway, what went to whom, and that you told her",
          go = "good_end", grade = "expected",
          feedback = [[
Right. Golden rule 7 says "Keep a record of your decision and the reasons for it", and "If
you decide to share, then record what you have shared, with whom and for what purpose".
The MARS myth-busting guide adds: "Where a decision to share information without consent
is made, a record of what has been shared should be kept." Jodie may one day read her
record, and the reasons for overriding her refusal should be clear to her and to anyone
reviewing the case.
]] },
        sharepack.choice{ label = "Your decision to share without consent, your reasons and what went to whom; the named nurse can note her advice",
          go = "good_end", grade = "acceptable",
          feedback = [[
Acceptable, but not the best. The decision, the reasons and what was shared are on
record, as golden rule 7 asks, so nothing is lost for the family. But the advice you took
is part of your reasons: the MARS guidance (section 5) says that when you seek advice
"You should also ensure that the outcome of the discussion is recorded", and golden rule
4 asks you to be clear about the basis for sharing without consent. Note her advice in
your own entry too, so that the record explains itself.
]] },
      },
    },

    good_end = sharepack.step{
      ending = true, outcome = "good",
      title = "Ending: the children are protected and Jodie stays in touch",
      text = [[
The social worker and a police officer see Jodie while Dean is at work. With their help she
gets support from a domestic abuse service, and a plan is made to keep Finn and Ruby safe.

Jodie is angry with you at first, but she keeps coming to clinic, partly because you were
honest with her from the start. You saw her alone before asking about Dean, took advice
when she refused, and referred the same day without waiting for consent. When a manager
later reviews the case, your record shows what you shared, with whom and why.
]] },

    unrecorded_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: the right decision, poorly recorded",
      text = [[
The children are protected, and Jodie gets support. A year later Jodie asks for a copy of
her health record and complains that you went to social services behind her back.

Your note says only "Referral made". It does not show that you told her, that you took
advice, or why her refusal was overridden. The decision was right, but you cannot easily
show it. Golden rule 7 asks for a record of the decision and the reasons for it.
]] },

    insecure_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: the right referral, sent the wrong way",
      text = [[
Children's social care act on your summary, and the children are protected. But a
referral about domestic abuse, naming Jodie, Dean and both children, now sits in your
personal email account, outside your organisation's control, and nothing of it is on the
health record. When your manager finds out, Jodie has to be told that what she disclosed
to you was sent outside the secure system.

You saw her alone, took advice and referred in time; the last step let it down. Golden
rule 6 asks that information is "shared securely".
]] },

    after_front_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes, after a question that put Jodie at risk",
      text = [[
Children's social care and the police act on your referral, warned that Dean may already
suspect Jodie. With their help she gets support from a domestic abuse service, and a plan
is made to keep Finn and Ruby safe.

But the question you asked in front of Dean cost weeks: he went through Jodie's phone,
she cancelled appointments, and the children spent that time in a home where their mother
was being hurt. Golden rule 2 asks for openness "unless it is unsafe or inappropriate to
do so", and golden rule 5 asks you to weigh the safety of everyone affected before you
speak.
]] },

    late_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes, but weeks late",
      text = [[
Children's social care and the police act on your referral the same day. Ruby tells her
social worker about Dean's hand, and both children are made safe. Jodie is helped to leave.

But for weeks you held information that could have brought help sooner, and Ruby was hurt
in that time. The MARS guidance (section 3) notes that poor information sharing is
repeatedly identified in reviews held after a child has died or been seriously injured.
]] },

    poor_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: the children are left at risk",
      text = [[
Nobody outside your service learns what you have seen. Three months later Finn is brought
to the emergency department with a head injury after Dean "lost his temper". A review finds
that a health visitor had seen signs of domestic abuse and neglect and had told no one.

The MARS guidance (section 3) says: "Fears about sharing information cannot be allowed to
stand in the way of the need to safeguard and promote the welfare of children at risk of
abuse or neglect."
]] },
  },
}
