-- A branching case: a disclosure at a youth club. Each decision has an
-- expected choice, an acceptable one and an unsafe one, in a different
-- place each time, with labels of similar length (sharepack check plays
-- the first, last, longest and shortest choices and warns if one passes).
sharepack.scenario{
  id = "youth-club-disclosure",
  title = "A disclosure at the youth club",
  source = "Children's MARS Information Sharing Guidance (June 2020), sections 2 (golden rules 2, 5, 6 and 7) and 3.1; Working Together to Safeguard Children 2023, paragraphs 31 and 32",
  edition = "england-2018",
  intro = [[
You volunteer at a youth club. At the end of the evening Sam, aged 14, hangs back
while the others leave. He tells you his mum's new partner hit him last night, and
shows you a red mark on his neck. Then he says: "Please don't tell anyone. It'll only
make things worse."]],
  start = "secret",
  steps = {
    secret = sharepack.step{
      text = [[What do you say to Sam?]],
      choices = {
        sharepack.choice{
          label = "Thank him and say you will think about what to do",
          go = "next", grade = "acceptable",
          feedback = [[
No harm done, but Sam is left not knowing what will happen. Golden rule 2 is to be
open and honest "from the outset about why, what, how and with whom information will,
or could be shared".]] },
        sharepack.choice{
          label = "Tell him kindly that you must pass it on, to whom and why",
          go = "next", grade = "expected",
          feedback = [[
Right. This is golden rule 2: be open and honest "from the outset about why, what, how
and with whom information will, or could be shared". Sam knows what will happen next,
and why.]] },
        sharepack.choice{
          label = "Promise Sam that you will keep this between you",
          go = "promised", grade = "unsafe",
          feedback = [[
You cannot keep this promise. "Children may disclose abuse, in which case the decision
to share information is clear, as actions must be taken to respond to the disclosure"
(MARS, section 3.1).]] },
      },
    },
    next = sharepack.step{
      text = [[Sam goes home. What do you do now?]],
      choices = {
        sharepack.choice{
          label = "Tell the club's safeguarding lead tonight; note it down",
          go = "help", grade = "expected",
          feedback = [[
Right. The lead can share the concern with children's social care and/or the police
(Working Together 2023, paragraph 31), and your record of what Sam said and showed you,
in his words, is what they will need (golden rule 7).]] },
        sharepack.choice{
          label = "Ring Sam's mum tonight and ask her what happened at home",
          go = "warned", grade = "unsafe",
          feedback = [[
This could put Sam at risk: the person he named lives with him. Consent need not be
sought where "to gain consent would place a child at risk" (Working Together 2023,
paragraph 32), and golden rule 5 is to consider safety and well-being.]] },
        sharepack.choice{
          label = "Note down what Sam said; tell the lead next week",
          go = "late", grade = "acceptable",
          feedback = [[
Writing it down is right, but a week is too long. Information should be "shared in a
timely fashion" (golden rule 6), and Sam goes home to the same house tonight.]] },
      },
    },
    help = sharepack.step{
      ending = true, outcome = "good", title = "Ending: help the same night",
      text = [[
The safeguarding lead calls children's social care that evening. A social worker sees
Sam the next day, at school, and makes a plan to keep him safe. Sam later says he was
glad you told him straight what would happen.]] },
    late = sharepack.step{
      ending = true, outcome = "mixed", title = "Ending: help a week later",
      text = [[
The lead refers Sam to children's social care as soon as you tell her, a week on. By
then the mark has gone, and Sam has spent a week at home with no one acting on what he
said.]] },
    warned = sharepack.step{
      ending = true, outcome = "poor", title = "Ending: Sam stops talking",
      text = [[
Sam's mum asks her partner, who tells Sam he will be in trouble for telling tales. Sam
stops coming to the club, and it is weeks before anyone else hears what he told you.]] },
    promised = sharepack.step{
      text = [[
You promised to keep it secret. Driving home, you think about the mark on Sam's
neck. What do you do?]],
      choices = {
        sharepack.choice{
          label = "Keep your promise and wait to see if Sam says more",
          go = "silence", grade = "unsafe",
          feedback = [[
Waiting leaves Sam at risk, and no one else knows what you know. Do not assume that
someone else will pass it on (Working Together 2023, paragraph 31).]] },
        sharepack.choice{
          label = "Tell the safeguarding lead, and tell Sam why you did",
          go = "broken", grade = "expected",
          feedback = [[
Right, now: Sam's safety comes first. Tell Sam honestly why you could not keep the
promise (golden rule 2).]] },
      },
    },
    broken = sharepack.step{
      ending = true, outcome = "mixed", title = "Ending: help, and a broken promise",
      text = [[
The lead calls children's social care that night and Sam gets help. But he feels let
down by the promise you could not keep, and it takes time before he trusts you again.]] },
    silence = sharepack.step{
      ending = true, outcome = "poor", title = "Ending: nobody acts",
      text = [[
Sam says nothing more. A month later his school raises a concern after another injury.
What you knew could have helped him weeks earlier.]] },
  },
}
