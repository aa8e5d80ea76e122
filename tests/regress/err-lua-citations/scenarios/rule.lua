-- A choice's rules are numbers from 1 to 7.
sharepack.scenario{
  id = "rule", title = "Rule", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "Go", go = "two", grade = "expected",
        feedback = "Why.", rules = { 8 }, supports = "share" },
    } },
    two = sharepack.step{ ending = true, title = "End", text = "End." },
  },
}
