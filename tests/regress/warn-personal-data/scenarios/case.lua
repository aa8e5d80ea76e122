-- Personal data in everything a script gives: each is reported at the line
-- the script gave it at.
sharepack.vignette{
  id = "lua-case", title = "A case about Callum Reid", expected = "no-share",
  people = { "Tasha" },
  case = [[Tasha's neighbour gives her NHS number, 485 777 3456, whose
check digit is wrong.]],
  why = [[Do not share. Tasha lives at 14 Mill Lane, Hull HU5 3TD.]],
}
sharepack.scenario{
  id = "lua-scenario", title = "A disclosure", start = "one",
  people = { "Lacey Dunn" },
  intro = [[Lacey Dunn's teacher tells you.]],
  steps = {
    one = sharepack.step{ text = [[Lacey gives her address: 9 Elm Street, M14 5RB.]],
      choices = {
        sharepack.choice{ label = "Wait until Monday, then see how she is", go = "bad",
          feedback = [[Not safe. Her brother,
Tyler Brooks, says the same.]] },
        sharepack.choice{ label = "Ring her mum on 07912 345678", go = "good", -- sharepack: allow phone
          grade = "expected", feedback = [[Right: Lacey Dunn's mum needs to know.]] },
        sharepack.choice{ label = "Tell Owen Price only", go = "bad",
          feedback = [[Not safe: nobody else knows.]] },
      } },
    good = sharepack.step{ ending = true, title = "Done", outcome = "good",
      text = "Lacey is safe." },
    bad = sharepack.step{ ending = true, title = "Late", outcome = "poor",
      text = "Ring 0161 496 0000, a drama number, or 020 8123 4567." },
  },
}
