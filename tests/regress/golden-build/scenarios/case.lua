-- A small branching case and a generated vignette, for the golden pages.
local outcome = sharepack.decide{ purpose = true, consent = false, identifiable = false }
sharepack.vignette{
  id = "generated-anonymous", title = "Anonymised numbers for a needs analysis",
  facts = { purpose = true, consent = false, identifiable = false },
  audience = { "education" }, rules = { 6 }, edition = "england-2018",
  case = "A school sends counts of pupils with a *child in need* plan, with no names.",
  why = "The information does not identify anyone, so the answer is: " .. outcome .. ".",
}
sharepack.scenario{
  id = "disclosure", title = "A disclosure <b>at</b> school", audience = { "education" },
  intro = "A pupil tells you something worrying.", start = "tell", pass_mark = 70,
  steps = {
    tell = sharepack.step{ text = "Mia says her stepfather hurt her.", choices = {
      sharepack.choice{ label = "Promise to keep it secret", go = "secret",
        grade = "unsafe", feedback = "Never promise secrecy." },
      sharepack.choice{ label = "Tell the safeguarding lead today", go = "lead",
        grade = "expected", feedback = "Right: share without delay." },
      sharepack.choice{ label = "Write it down and tell the lead tomorrow", go = "late",
        grade = "acceptable", feedback = "A day's delay, when the lead could act today." } } },
    lead = sharepack.step{ ending = true, outcome = "good", title = "Help arrives early",
      text = "You told the lead the same day; social care visit that afternoon." },
    late = sharepack.step{ ending = true, outcome = "mixed", title = "Help a day later",
      text = "You waited a day; social care visit the next afternoon." },
    secret = { ending = true, title = "A missed chance", text = "Mia stops talking." },
  },
}
