-- A choice's supports is share or no-share.
sharepack.scenario{
  id = "supports", title = "Supports", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "Go", go = "two", grade = "expected",
        feedback = "Why.", rules = { 1 }, supports = "maybe" },
    } },
    two = sharepack.step{ ending = true, title = "End", text = "End." },
  },
}
