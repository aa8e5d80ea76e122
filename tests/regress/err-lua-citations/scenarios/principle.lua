-- A choice's principles are checked as an item's are.
sharepack.scenario{
  id = "principle", title = "Principle", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "Go", go = "two", grade = "expected",
        feedback = "Why.", principles = { "fast" }, supports = "share" },
    } },
    two = sharepack.step{ ending = true, title = "End", text = "End." },
  },
}
