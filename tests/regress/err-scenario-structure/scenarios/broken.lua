-- A scenario with every structural mistake check.c looks for. Steps and
-- choices made with sharepack.step and sharepack.choice are named at their
-- own line; the plain tables of 'plain' at the line of its scenario call.
sharepack.scenario{
  id = "broken", title = "Broken", start = "one",
  steps = {
    one = sharepack.step{ text = "Start", choices = {
      sharepack.choice{ label = "A", go = "two", feedback = "Not expected" },
      sharepack.choice{ label = "B", go = "nowhere",
        feedback = "Goes nowhere" } } },
    two = sharepack.step{ text = "Only one choice", choices = {
      sharepack.choice{ label = "C", go = "one", expected = true,
        feedback = "Loops" } } },
    lost = sharepack.step{ ending = true, text = "Unreachable, no title" },
  },
}
sharepack.scenario{
  id = "loop", title = "Loop", start = "a",
  steps = {
    a = sharepack.step{ text = "A", choices = {
      sharepack.choice{ label = "to b", go = "b", expected = true,
        feedback = "ok" },
      sharepack.choice{ label = "end", go = "fin", feedback = "ok" } } },
    b = sharepack.step{ text = "B", choices = {
      sharepack.choice{ label = "back to a", go = "a", expected = true,
        feedback = "round" },
      sharepack.choice{ label = "end", go = "fin", feedback = "ok" } } },
    fin = sharepack.step{ ending = true, title = "The end", text = "Done" },
    stray = sharepack.step{ ending = true, title = "Stray", text = "Never reached" },
  },
}
sharepack.scenario{
  id = "plain", title = "Plain tables", start = "a",
  steps = {
    a = { text = "A", choices = {
      { label = "only", go = "z", expected = true, feedback = "ok" } } },
    z = { ending = true, title = "End", text = "Done" },
  },
}
sharepack.scenario{ id = "nostart", title = "No start", start = "missing", steps = {} }
sharepack.scenario{
  id = "goodend", title = "A good ending after an unsafe choice", start = "ask",
  steps = {
    ask = sharepack.step{ text = "A", choices = {
      sharepack.choice{ label = "Ask him in front of her", go = "later",
        grade = "unsafe", feedback = "Puts her at risk." },
      sharepack.choice{ label = "Tell the lead", go = "fine", grade = "expected",
        feedback = "Right." } } },
    later = sharepack.step{ text = "B", choices = {
      sharepack.choice{ label = "Tell the lead", go = "fine", grade = "expected",
        feedback = "Right, now." },
      sharepack.choice{ label = "Leave it", go = "bad", grade = "unsafe",
        feedback = "No." } } },
    fine = sharepack.step{ ending = true, outcome = "good", title = "All well",
      text = "Help arrives." },
    bad = sharepack.step{ ending = true, outcome = "poor", title = "Harm",
      text = "No help." },
  },
}
sharepack.scenario{
  id = "badgrade", title = "A misspelt grade", start = "a",
  steps = {
    a = sharepack.step{ text = "A", choices = {
      sharepack.choice{ label = "x", go = "z", grade = "fine", feedback = "?" },
      sharepack.choice{ label = "y", go = "z", grade = "expected", feedback = "ok" } } },
    z = sharepack.step{ ending = true, title = "End", text = "Done" },
  },
}
