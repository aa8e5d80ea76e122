-- A branching case in English; scenarios/cy/missing.lua is its Welsh.
sharepack.scenario{
  id = "missing", title = "A boy goes missing", audience = { "police" },
  edition = "england-2024", start = "found",
  intro = [[Rhys, 15, keeps going missing.]],
  steps = {
    found = sharepack.step{ text = [[He is found far from home.]], choices = {
      sharepack.choice{ label = "Close the report, since he is home and unhurt now",
        go = "poor_end", grade = "unsafe", feedback = [[The pattern is missed.]] },
      sharepack.choice{ label = "Tell social care today",
        go = "school", grade = "expected", rules = { 1 }, supports = "share",
        feedback = [[Protection comes first.]] },
      sharepack.choice{ label = "Wait a week",
        go = "school", grade = "acceptable", feedback = [[Late, but no harm.]] },
    } },
    school = sharepack.step{ text = [[The school asks what you know.]], choices = {
      sharepack.choice{ label = "Send them the whole intelligence log with every name in it",
        go = "poor_end", grade = "unsafe", rules = { 6 }, principles = { "necessary" },
        supports = "no-share", feedback = [[Far more than they need.]] },
      sharepack.choice{ label = "What to look out for",
        go = "good_end", grade = "expected", rules = { 6 }, principles = { "relevant" },
        supports = "share", feedback = [[What they need.]] },
      sharepack.choice{ label = "Nothing yet",
        go = "good_end", grade = "acceptable", feedback = [[They cannot help.]] },
    } },
    good_end = sharepack.step{ ending = true, outcome = "good",
      title = "Ending: Rhys is protected", text = [[The pattern is seen.]] },
    poor_end = sharepack.step{ ending = true, outcome = "poor",
      title = "Ending: the harm goes on", text = [[Nobody sees the pattern.]] },
  },
}
