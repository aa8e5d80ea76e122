-- A misspelt function of the API, and a misspelt field.
sharepack.vignette{ id = "v", title = "T", expected = "share", case = "Case",
  why = "Why", audiance = { "health" } }
