-- The same slip in a script: a list is a table.
sharepack.vignette{ id = "c", title = "C", expected = "share",
  audience = "health, police", case = "Case", why = "Why" }
