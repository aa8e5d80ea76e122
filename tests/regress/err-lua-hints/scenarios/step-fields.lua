-- An unknown field in a step or a choice made with sharepack.step and
-- sharepack.choice is reported at that step's or choice's own line.
sharepack.scenario{
  id = "fields", title = "Fields", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "A", go = "two", grade = "expected",
        feedback = "ok" },
      sharepack.choice{ lable = "B", go = "two", feedback = "ok" } } },
    two = sharepack.step{ ending = true, title = "End", text = "Done" },
  },
}
