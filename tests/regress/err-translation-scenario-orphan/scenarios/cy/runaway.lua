-- A Welsh translation of a scenario that is in no script.
sharepack.scenario{
  id = "runaway", lang = "cy", title = "Rhedeg i ffwrdd", start = "a",
  steps = {
    a = sharepack.step{ text = [[Beth nawr?]], choices = {
      sharepack.choice{ label = "Rhannu", go = "b", grade = "expected", feedback = [[Da.]] },
      sharepack.choice{ label = "Aros", go = "b", grade = "unsafe", feedback = [[Drwg.]] },
    } },
    b = sharepack.step{ ending = true, title = "Diwedd", text = [[Y diwedd.]] },
  },
}
