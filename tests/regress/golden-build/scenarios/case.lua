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
  intro = "A pupil tells you something worrying.", start = "tell",
  steps = {
    tell = { text = "Mia says her stepfather hurt her.", choices = {
      { label = "Tell the safeguarding lead today", go = "lead", expected = true,
        feedback = "Right: share without delay." },
      { label = "Promise to keep it secret", go = "secret", feedback = "Never promise secrecy." } } },
    lead = { ending = true, title = "Help arrives early", text = "Social care visit the same day." },
    secret = { ending = true, title = "A missed chance", text = "Mia stops talking." },
  },
}
