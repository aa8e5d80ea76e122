sharepack.myth{ id = "m4", title = "Never closed,
  verdict = "myth" }
