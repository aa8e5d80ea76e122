-- An unsafe first step, then every expected choice: 5 of 6 decisions
-- (83%) is above the pass mark, but the path cannot pass.
local function decision(id, go)
  return sharepack.step{ text = "Step " .. id, choices = {
    sharepack.choice{ label = "Expected", go = go, grade = "expected", feedback = "Right." },
    sharepack.choice{ label = "Unsafe", go = "harm", grade = "unsafe", feedback = "Risky." } } }
end
sharepack.scenario{
  id = "recover", title = "Recovery after an unsafe choice", start = "s1",
  steps = {
    s1 = sharepack.step{ text = "First", choices = {
      sharepack.choice{ label = "Ask him what happened", go = "s2", grade = "unsafe", feedback = "Alerts him." },
      sharepack.choice{ label = "Tell the lead", go = "s2", grade = "expected", feedback = "Right." } } },
    s2 = decision("2", "s3"), s3 = decision("3", "s4"), s4 = decision("4", "s5"),
    s5 = decision("5", "s6"), s6 = decision("6", "done"),
    done = sharepack.step{ ending = true, outcome = "mixed", title = "Help came",
      text = "Help came, after a risky start for some." },
    harm = sharepack.step{ ending = true, outcome = "poor", title = "Harm", text = "He knew." },
  },
}
