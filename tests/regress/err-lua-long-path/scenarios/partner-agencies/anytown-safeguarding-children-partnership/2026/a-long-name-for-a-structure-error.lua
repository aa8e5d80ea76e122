-- The path is longer than the 60 characters Lua keeps of a chunk's name:
-- every message still names it whole, at the right line.
sharepack.scenario{
  id = "long", title = "Long", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "A", go = "two", grade = "best",
        feedback = "ok" } } },
  },
}
