sharepack.myth{ id = "x", title = "T"
  verdict = "myth" }
