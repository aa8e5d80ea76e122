-- A scenario with every structural mistake check.c looks for.
sharepack.scenario{
  id = "broken", title = "Broken", start = "one",
  steps = {
    one = { text = "Start", choices = {
      { label = "A", go = "two", feedback = "Not expected" },
      { label = "B", go = "nowhere", feedback = "Goes nowhere" } } },
    two = { text = "Only one choice", choices = {
      { label = "C", go = "one", expected = true, feedback = "Loops" } } },
    lost = { ending = true, text = "Unreachable, no title" },
  },
}
sharepack.scenario{
  id = "loop", title = "Loop", start = "a",
  steps = {
    a = { text = "A", choices = {
      { label = "to b", go = "b", expected = true, feedback = "ok" },
      { label = "end", go = "fin", feedback = "ok" } } },
    b = { text = "B", choices = {
      { label = "back to a", go = "a", expected = true, feedback = "round" },
      { label = "end", go = "fin", feedback = "ok" } } },
    fin = { ending = true, title = "The end", text = "Done" },
  },
}
sharepack.scenario{ id = "nostart", title = "No start", start = "missing", steps = {} }
