-- A branching scenario for schools: a pupil's disclosure of physical abuse at home.
-- Golden rules are numbered as in the 2024 HM Government advice, as set out in
-- section 4 of the North East Lincolnshire information sharing procedure.
--
-- Two tracks: Lacey's words reach a DSL before she goes home (listen, dsl,
-- referral, record), or they reach one only after a promise or a delay
-- (promised, next_morning, then dsl_late). Steps are not shared between the
-- tracks, so that the good ending can only be reached by the careful one.

sharepack.scenario{
  id = "school-disclosure",
  title = "A pupil tells her teacher about a belt and a shed",
  audience = { "education" },
  source = "North East Lincolnshire information sharing procedure, section 4 (2024 golden rules 1 to 7) and section 6; Working Together to Safeguard Children 2023, paragraphs 28, 29, 31 and 33; Children's MARS Information Sharing Guidance (June 2020), sections 3.1, 4 and 5.2",
  edition = "england-2024",
  people = { "Carys Lloyd", "Lacey Dunn", "Tasha", "Wayne", "Mr Iqbal" },

  intro = [[
You are Carys Lloyd, a Year 5 class teacher at a primary school. This scenario follows one
afternoon, and the days after it, when a pupil tells you something worrying. At each step,
choose what you would do, then read why.

The feedback uses the seven golden rules for information sharing as numbered in the 2024
HM Government advice (set out in section 4 of the North East Lincolnshire information
sharing procedure), Working Together to Safeguard Children 2023 and the Children's MARS
information sharing guidance. The people in it are invented.
]],

  start = "disclosure",
  steps = {

    disclosure = sharepack.step{
      text = [[
It is 2.50pm on a Tuesday. As the class packs away, Lacey Dunn, aged 10, hangs back.
She pulls her sleeve down over a red mark on her forearm and says quietly: "Wayne hit me
with his belt last night because I didn't tidy my room. He's Mum's boyfriend. You can't
tell anyone, promise? He'll go mad and Mum will get in trouble."

Wayne lives with Lacey, her mum Tasha and her baby brother. Lacey is waiting for your
answer. What do you say?
]],
      choices = {
        sharepack.choice{ label = "Promise it stays between you two for now, so that she keeps talking and trusts you",
          go = "promised", grade = "unsafe", rules = { 1, 2 }, supports = "share",
          feedback = [[
Not safe. You cannot keep this promise. A child who says an adult at home hit her with a
belt may be at risk of significant harm, and the MARS guidance (section 3.1) says that
after a disclosure "actions must be taken to respond to the disclosure". Golden rule 1
(2024) says protecting a child from harm "takes priority over protecting their privacy".
A promise of secrecy either leaves Lacey unprotected or is broken later. Golden rule 2
asks you instead to explain who you will tell, what and why.
]] },
        sharepack.choice{ label = "Say kindly that you can't keep it secret, and that you'll tell Mr Iqbal so that adults can help",
          go = "listen", grade = "expected", rules = { 2 }, supports = "share",
          feedback = [[
Right. When a child discloses abuse, the Children's MARS guidance (section 3.1) says "the
decision to share information is clear, as actions must be taken to respond to the
disclosure". A promise of secrecy is one you could not keep. Golden rule 2 (2024) asks
you, where it is practicable and safe, to engage with the child and explain who you
intend to share information with, what information and why. Saying so honestly now, in
words Lacey understands, is what keeps her trust.
]] },
        sharepack.choice{ label = "Tell her she was right to tell you, and that you'll talk it through properly tomorrow, as her bus is leaving",
          go = "next_morning", grade = "unsafe",
          feedback = [[
Not safe. Praising her for telling you is right, but Lacey is about to go home to the
adult she says hurt her. Working Together 2023 (paragraph 29) says practitioners "should
be proactive in sharing information as early as possible", and the MARS principles
(section 4.5) say "Timeliness is key in emergency situations". Putting it off until
tomorrow leaves her without any plan for tonight, and leaves nobody else in school aware
of what she said.
]] },
      },
    },

    listen = sharepack.step{
      text = [[
Lacey looks worried, but nods. You listen without pushing her for details, and she adds:
"He does it when Mum's at work. Last week he shut me in the shed." You write down her
exact words, the time, and what you saw of the mark.

The buses leave in 15 minutes. Mr Iqbal, the designated safeguarding lead (DSL), is in a
meeting with governors and has asked not to be disturbed. Mrs Kowal, the deputy DSL, is on
site.
]],
      choices = {
        sharepack.choice{ label = "Email your notes to Mr Iqbal so that he sees them the moment his meeting ends, then do bus duty",
          go = "next_morning", grade = "unsafe", rules = { 4 }, supports = "share",
          feedback = [[
Not safe. An email to someone in a long meeting may not be read before Lacey goes home,
and tonight she will be with the adult she named. Golden rule 4 (2024) says "Seek advice
promptly", and the school has a deputy DSL on site for exactly this. Working Together
2023 (paragraph 31) says practitioners "should not assume that someone else will pass on
information": you need to know the concern has reached someone who can act on it. When a
child may be at risk tonight, speak to a DSL in person or by phone.
]] },
        sharepack.choice{ label = "Take your notes to Mrs Kowal, the deputy DSL, now, before Lacey gets on her bus",
          go = "dsl", grade = "expected", rules = { 4 }, principles = { "accurate" }, supports = "share",
          feedback = [[
Right. Golden rule 4 (2024) says "Seek advice promptly" and find out who in your
organisation can advise, such as "the designated safeguarding children professional".
Working Together 2023 (paragraph 31) says practitioners "should not assume that someone
else will pass on information". Acting before the buses leave gives the school a chance
to think about Lacey's safety tonight. Your note of her words and what you saw will help:
the MARS principles (section 4.4) ask that information "clearly distinguish between fact
and opinion".
]] },
      },
    },

    promised = sharepack.step{
      text = [[
Lacey relaxes and tells you more: "He does it when Mum's at work. Last week he shut me in
the shed." Then she runs for her bus.

Later, marking books in the empty classroom, you go over what she said, and your promise.
You feel that telling anyone now would betray her, and that she might never confide in an
adult again. Mr Iqbal, the designated safeguarding lead, is still in school. What do you
do?
]],
      choices = {
        sharepack.choice{ label = "Go to Mr Iqbal now, and plan how to tell Lacey honestly why you could not keep your promise",
          go = "dsl_late", grade = "expected", rules = { 1, 2 }, supports = "share",
          feedback = [[
Right, even though it comes later than it should have: Lacey is already at home. Golden
rule 1 (2024) says protecting a child from harm "takes priority over protecting their
privacy": the promise cannot outweigh Lacey's safety. Working Together 2023 (paragraph
31) says practitioners "should not assume that someone else will pass on information".
Golden rule 2 asks you to explain to Lacey, where it is safe, who you have told and why.
Next time, tell a child who you will need to tell before they say more.
]] },
        sharepack.choice{ label = "Keep your word: she trusted you, and breaking it could stop her telling any adult again",
          go = "silence_end", grade = "unsafe", rules = { 1 }, supports = "share",
          feedback = [[
Not safe. Lacey's trust matters, but golden rule 1 (2024) says all children have a right
to be protected from abuse, and that protecting them "takes priority over protecting
their privacy". Working Together 2023 (paragraph 31) says that a practitioner with
concerns about a child's safety "should share the information with local authority
children's social care and/or the police": in a school, that starts with the DSL. Nobody
else knows what Lacey told you, so nobody else can act.
]] },
      },
    },

    next_morning = sharepack.step{
      text = [[
Wednesday, 8.30am. Lacey is absent: her mum has phoned the office to say she is unwell.
Mr Iqbal's inbox is full after last night's governors' meeting, and nobody in the
school's safeguarding team yet knows what Lacey told you.

In the staffroom a colleague says: "Give it until she's back. If it's serious she'll tell
you again, and then you'll know for sure."
]],
      choices = {
        sharepack.choice{ label = "Wait until Lacey is back, then ask her gently whether she wants you to do anything about it",
          go = "silence_end", grade = "unsafe", rules = { 3, 4 }, supports = "share",
          feedback = [[
Not safe. This leaves the decision to a 10-year-old who is afraid of an adult at home.
Golden rule 3 (2024) says "You do not need consent to share personal information about a
child and/or members of their family if a child is at risk or there is a perceived risk
of harm". You do not need to be sure either: golden rule 4 says "Seek advice promptly
whenever you are uncertain", and "Do not leave a child at risk of harm because you have
concerns you might be criticised for sharing information".
]] },
        sharepack.choice{ label = "Find a DSL now and tell them everything Lacey said, and that she is absent today",
          go = "dsl_late", grade = "expected", rules = { 4 }, principles = { "timely" }, supports = "share",
          feedback = [[
Right: late, but it still matters. An unexplained absence the day after a disclosure adds
to the concern. Working Together 2023 (paragraph 29) says practitioners should be
proactive in sharing information "as early as possible", and the MARS principles (section
4.5) say information should be shared in a timely fashion "to reduce the risk of missed
opportunities to offer support and protection to a child". Golden rule 4 (2024) says
"Seek advice promptly".
]] },
      },
    },

    dsl = sharepack.step{
      text = [[
Mrs Kowal sees you at once. You go through what Lacey told you and what you saw while
Lacey waits in the office. The school has had no earlier concerns about her. Her mum,
Tasha, works evening shifts at a care home, and Wayne looks after Lacey and her baby
brother while she is out. Mrs Kowal thinks Lacey may be at risk of significant harm and
that children's social care must be told.

A colleague in the office suggests phoning Tasha first, "as a courtesy, and to get her
agreement". What should the school do?
]],
      choices = {
        sharepack.choice{ label = "Refer to children's social care now without telling Tasha, and ask them how she should be told",
          go = "referral", grade = "expected", rules = { 2, 3 }, supports = "share",
          feedback = [[
Right. Golden rule 2 (2024) says you are not required to inform carers "if you have
reason to believe that doing so may put the child at increased risk of harm", for example
because they "may harm the child, or react violently". Wayne lives in the home, and Tasha
may tell him. The North East Lincolnshire procedure (section 6) says agreement should be
sought only where it "will not place a child at increased risk of suffering significant
harm or lead to interference with any potential investigation". Golden rule 3 says
consent is not needed where a child is at risk.
]] },
        sharepack.choice{ label = "Phone Tasha first to explain the concern and ask for her agreement, as parents should normally be told",
          go = "mum_told", grade = "unsafe", rules = { 2 }, supports = "no-share",
          feedback = [[
Not safe here. Telling families is usually good practice: Working Together 2023
(paragraph 33) asks practitioners to be transparent, "provided that it is safe to do so".
Here it is not. Wayne lives in the house, and golden rule 2 (2024) says you are not
required to inform carers where they "may harm the child, or react violently", or where
"the child might withhold information". Tasha may tell Wayne tonight. Golden rule 3 says
consent is not needed if a child is at risk. Ask children's social care how and when to
tell Tasha.
]] },
        sharepack.choice{ label = "Log it on the safeguarding system and watch Lacey closely for a few weeks before deciding",
          go = "monitor", grade = "unsafe", rules = { 1 }, supports = "share",
          feedback = [[
Not safe. Lacey has said that an adult at home hit her with a belt and shut her in a
shed, and you have seen a mark. The school does not need proof: Working Together 2023
(paragraph 31) says a practitioner with concerns about a child's safety "should share the
information with local authority children's social care and/or the police". Golden rule 1
(2024) says protecting a child from harm takes priority over privacy. Watching and
waiting sends Lacey home tonight with no plan to protect her.
]] },
      },
    },

    dsl_late = sharepack.step{
      text = [[
You and the DSL go through what Lacey told you and what you saw. Lacey has been home
since she spoke to you, and nobody who could act knew what she had said. The school has
had no earlier concerns about her. Her mum, Tasha, works evening shifts at a care home,
and Wayne looks after Lacey and her baby brother while she is out. The DSL thinks Lacey
may be at risk of significant harm and that children's social care must be told.

A colleague in the office suggests phoning Tasha first, "as a courtesy, and to get her
agreement". What should the school do?
]],
      choices = {
        sharepack.choice{ label = "Log it, and keep a close eye on Lacey for a few weeks before deciding whether to refer",
          go = "monitor", grade = "unsafe", rules = { 1 }, supports = "share",
          feedback = [[
Not safe. The delay so far makes acting now more urgent, not less. Working Together 2023
(paragraph 31) says a practitioner with concerns about a child's safety "should share the
information with local authority children's social care and/or the police", and the
school does not need proof first. Golden rule 1 (2024) says protecting a child from harm
takes priority over privacy. Watching and waiting leaves Lacey at home with no plan to
protect her.
]] },
        sharepack.choice{ label = "Refer to social care now, say she has been home since, and do not tell Tasha first",
          go = "late_referral_end", grade = "expected", rules = { 2, 3 }, principles = { "accurate" }, supports = "share",
          feedback = [[
Right. Golden rule 2 (2024) says you are not required to inform carers "if you have
reason to believe that doing so may put the child at increased risk of harm", for example
because they "may harm the child, or react violently". Wayne lives in the home, and Tasha
may tell him. Golden rule 3 says consent is not needed where a child is at risk. Tell
children's social care plainly when Lacey spoke to you and that she has been home since:
the MARS principles (section 4.4) ask for information that is "accurate and up to date".
]] },
        sharepack.choice{ label = "Ring Tasha first so she hears it from the school, then refer with her consent",
          go = "mum_told", grade = "unsafe", rules = { 2 }, supports = "no-share",
          feedback = [[
Not safe. Working Together 2023 (paragraph 33) asks practitioners to tell families what
they are sharing "provided that it is safe to do so". Here it is not: Wayne lives in the
house, and golden rule 2 (2024) says you are not required to inform carers where they
"may harm the child, or react violently", or where "the child might withhold
information". Golden rule 3 says you do not need consent if a child is at risk. Ask
children's social care how and when to tell Tasha.
]] },
      },
    },

    mum_told = sharepack.step{
      text = [[
The DSL phones Tasha, who is shocked and says she will "sort it out with Wayne tonight".

The next morning Lacey comes to find you, in tears: "I made it up. Mum says I'm not to talk
about home at school." She is wearing a long-sleeved top. The DSL wonders aloud whether
there is anything left to refer, now that Lacey has taken it back. What do you advise?
]],
      choices = {
        sharepack.choice{ label = "Refer today, with her first account, the mark, the call to Tasha and what Lacey said this morning",
          go = "retraction_end", grade = "expected",
          feedback = [[
Right. A child taking back what she said, the morning after her family was told, is a
reason for more concern, not a reason to close the matter. Golden rule 1 (2024) puts
Lacey's protection before privacy, and golden rule 6 asks for "relevant and accurate
information": the social worker needs the first account, what you saw, the call and the
retraction, with dates and times, set out as facts. Working Together 2023 (paragraph 31)
says not to assume that someone else will pass information on.
]] },
        sharepack.choice{ label = "Record that Lacey has withdrawn what she said, and close the concern unless something new comes up",
          go = "silence_end", grade = "unsafe",
          feedback = [[
Not safe. One reason golden rule 2 (2024) gives for not telling carers first is that "the
child might withhold information", which is what has just happened. A retraction after
the family was told does not show that Lacey is safe. Golden rule 4 says "Do not leave a
child at risk of harm because you have concerns you might be criticised for sharing
information". Closing the concern means no one outside school ever hears what Lacey first
said, or what you saw.
]] },
      },
    },

    monitor = sharepack.step{
      text = [[
Two weeks pass. You have watched Lacey closely. She has gone quiet and has stopped coming
to the after-school art club she loved. On Monday she flinches when a supply teacher raises
his voice, and she tells a teaching assistant that she "has to be good or the shed
happens".

Nothing has been shared outside school. The concern is logged, and the DSL asks what you
think should happen now.
]],
      choices = {
        sharepack.choice{ label = "Keep monitoring and logging every change, since there is still no proof of what is happening at home",
          go = "silence_end", grade = "unsafe",
          feedback = [[
Not safe. The guidance does not ask for proof. Working Together 2023 (paragraph 29) says
practitioners should share information "as early as possible to help identify, assess,
and respond to risks or concerns". Golden rule 4 (2024) says "Do not leave a child at
risk of harm because you have concerns you might be criticised for sharing information".
It is for children's social care, with the police, to find out what is happening; the
school's part is to tell them.
]] },
        sharepack.choice{ label = "Refer to children's social care today with all that staff have seen and heard, in date order",
          go = "late_end", grade = "expected",
          feedback = [[
Right, though two weeks late. Working Together 2023 (paragraph 28) warns that "missed
opportunities to record, understand the significance of, and share information in a
timely manner can have severe consequences for children". Golden rule 6 (2024) asks you
to share relevant and accurate information with those who have a role in safeguarding the
child. Give the dates, and what each member of staff saw or heard, keeping what was said
separate from anyone's opinion.
]] },
      },
    },

    referral = sharepack.step{
      text = [[
Mrs Kowal phones children's social care, who ask for the written referral straight away,
and asks you to help decide what goes into it. The school holds a lot about Lacey: her
reports, a note that her reading age is low, a record from last year about her parents'
separation, her baby brother's nursery details from the admissions form, and today's
notes. What should the referral contain?
]],
      choices = {
        sharepack.choice{ label = "Everything the school holds on Lacey, so that children's social care see the full picture",
          go = "record", grade = "acceptable",
          feedback = [[
Acceptable, but not the best. Children's social care have a role in protecting Lacey, and
what they need is in there, so nothing here puts her at risk. But golden rule 6 (2024)
says sharing "rarely requires you to share an entire record or case-file" and that you
"must only share information that is necessary, proportionate for the intended purpose,
relevant, adequate and accurate". Reading ages and old reports do not help protect her
tonight, and bury what does; they can be shared later if social care ask for them.
]] },
        sharepack.choice{ label = "A brief note that Lacey \"may be having problems at home\", with the details to follow tomorrow",
          go = "thin_end", grade = "unsafe",
          feedback = [[
Not safe. Too little is also a problem. The MARS principles (section 4.3) say information
"should be adequate for its purpose" and "of the right quality to ensure that it can be
understood and relied upon", and section 4.5 asks you to "ensure that sufficient
information is shared". Without Lacey's words, the mark you saw and who lives at home,
children's social care cannot judge the risk to her or to her baby brother tonight.
Golden rule 6 (2024) asks for information that is relevant, adequate and accurate.
]] },
        sharepack.choice{ label = "Her own words, what you saw and when, and who else lives at home, sent securely",
          go = "record", grade = "expected",
          feedback = [[
Right. Golden rule 6 (2024) says to share "relevant and accurate information" with those
who have a role in safeguarding the child, and that sharing "rarely requires you to share
an entire record or case-file". The baby brother is relevant: he lives with the same
adult. Keep what Lacey said and what you saw apart from anyone's opinion, and share
securely: the MARS guidance asks you to "Distinguish fact from opinion" and to share
securely (sections 5.2 and 4.6). Lacey's exact words help children's social care decide
how to respond.
]] },
      },
    },

    record = sharepack.step{
      text = [[
The referral has gone. Children's social care have accepted it and say they will decide
with the police today how to respond. Mrs Kowal asks you to make your own entry on the
school's safeguarding record. It has been a long day, and you wonder how much detail is
really needed now that the referral has been sent. What do you record?
]],
      choices = {
        sharepack.choice{ label = "Nothing more for now: the referral form already shows what was shared, with whom and when",
          go = "unrecorded_end", grade = "unsafe",
          feedback = [[
Not safe for the case. The referral form shows what was sent, but not your part in it:
what Lacey said to you, when you told the DSL, or why the school decided not to tell
Tasha first. Golden rule 7 (2024) says "Record the reasons for your information sharing
decision" and "be prepared to explain your reasons if you are asked". Without your own
note, the school may not be able to show months from now why it acted as it did, and
whoever picks up Lacey's case next starts without it.
]] },
        sharepack.choice{ label = "Her words, what you saw, when you told the DSL, why Tasha wasn't told first, and who got what",
          go = "good_end", grade = "expected",
          feedback = [[
Right. Golden rule 7 (2024) says "Record the reasons for your information sharing
decision, irrespective of whether or not you decide to share information", and "clearly
set out the rationale". The decision not to tell Tasha first needs its reasons on record,
because she may ask. The MARS principles (section 4.7) add that reasons should be cited
"including what information has been shared and with whom". A clear record also helps
whoever picks up Lacey's case next.
]] },
        sharepack.choice{ label = "Write the full note first thing tomorrow morning, when you can give it your full attention",
          go = "good_end", grade = "acceptable",
          feedback = [[
Acceptable, but not the best. The referral already carries Lacey's words, so a night's
wait does no harm to her, and a full note tomorrow is far better than none. But Working
Together 2023 (paragraph 28) names "missed opportunities to record" in a timely manner
among the failings reviews find, and the North East Lincolnshire procedure (section 6)
says accuracy and the reasons for sharing are best served by putting them in writing.
Details and times are sharpest today; write it before you go home.
]] },
      },
    },

    good_end = sharepack.step{
      ending = true, outcome = "good",
      title = "Ending: Lacey is protected, and the school's part is clear",
      text = [[
Children's social care and the police agree a plan for that evening, and a social worker
and a police officer see Lacey the next day, and then Tasha. Wayne moves out while
enquiries continue, and Lacey and her baby brother are seen regularly. Tasha is
angry at first that she was not told, but the DSL can show her, and later the social
worker, what was shared, when and why. Lacey says she is glad you did not keep the
secret.

What you did on the way: you were honest with Lacey instead of promising a secret, you
took her words to a DSL before she went home, the school referred without warning the
adult she named, children's social care had her words and what you saw, and the reasons
went on the record (golden rules 2, 4, 6 and 7, 2024).
]] },

    unrecorded_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: the right referral, but a gap in the record",
      text = [[
Lacey is protected: the social worker and the police act quickly, and Wayne moves out.
Six months later Tasha complains that the school went behind her back, and asks who
decided not to tell her, and why.

The referral form shows what was sent, but there is no note of Lacey's words to you, when
you told the DSL, or the reasons for not phoning Tasha. You went to a DSL in time and the
decision was right, but it is hard to show it. Golden rule 7 (2024) exists for moments
like this.
]] },

    thin_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: a referral too thin to act on",
      text = [[
Children's social care receive a note that Lacey "may be having problems at home". With
no account of what she said, no mark and no mention of her baby brother, they cannot tell
how urgent it is, and they ask the school to call back with more. By the time the details
arrive the working day is over, and Lacey spends the night at home with Wayne.

A social worker sees her the next day, and steps are taken to protect both children. You
went to a DSL in time and the school did not warn Wayne, but the referral did not carry
what you knew. The MARS principles (section 4.3) ask for information "adequate for its
purpose".
]] },

    late_referral_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes, but only after Lacey has been home",
      text = [[
Children's social care and the police act on the referral. A social worker sees Lacey,
Wayne moves out while enquiries continue, and Lacey and her baby brother are protected.

But what Lacey told you reached someone who could act only after she had gone home to the
adult she named: a promise, a "tomorrow" or an email that nobody read in time held it up.
For at least one night nobody had a plan to keep her safe. The MARS principles (section
4.5) say information should be shared in a timely fashion "to reduce the risk of missed
opportunities to offer support and protection to a child".
]] },

    retraction_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes, but it is harder",
      text = [[
Children's social care and the police start enquiries, but Lacey now says nothing
happened, and Wayne has had a night's warning. The social worker has to rebuild Lacey's
trust before she will talk again, and it takes weeks to learn what has been going on at
home. Lacey and her brother are protected in the end, but they spent longer at risk than
they needed to. Golden rule 2 (2024) says you are not required to tell carers where doing
so may put the child at increased risk of harm, and the North East Lincolnshire procedure
(section 6) says their agreement should be sought only where that will not place a child
at increased risk or interfere with an investigation.
]] },

    late_end = sharepack.step{
      ending = true, outcome = "mixed",
      title = "Ending: help comes two weeks late",
      text = [[
A social worker sees Lacey the day the referral arrives. She tells the social worker
about the belt and the shed, and that it happened again while the school was watching.
Steps are taken to protect her and her baby brother.

The outcome is better than it might have been, but for two weeks the school knew and
nobody outside it did. Working Together 2023 (paragraph 28) warns that missed
opportunities to share information in a timely manner "can have severe consequences for
children".
]] },

    silence_end = sharepack.step{
      ending = true, outcome = "poor",
      title = "Ending: what Lacey said never reaches children's social care",
      text = [[
Lacey stops talking about home. Over the next term her attendance falls and she becomes
withdrawn. In the spring her baby brother is taken to hospital with an injury, and
children's social care learn for the first time that Lacey had told her teacher months
earlier. A review asks why the school did not share what it knew.

Golden rule 1 (2024) says protecting a child from harm takes priority over protecting
their privacy. Every practitioner must act on the information they hold.
]] },
  },
}
