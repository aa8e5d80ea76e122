sharepack.scenario{ id = "s", title = "S"
  start = "a" }
