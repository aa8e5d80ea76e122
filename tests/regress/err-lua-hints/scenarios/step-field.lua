-- The same in a step: reported at the sharepack.step line.
sharepack.scenario{
  id = "fields2", title = "Fields", start = "one",
  steps = {
    one = sharepack.step{ txt = "Start", choices = {} },
  },
}
