-- A myth's supports and principles from Lua.
sharepack.myth{ id = "m", title = "M", verdict = "myth", body = "Why.",
  rules = { 1 }, principles = { "timely", "quick" }, supports = "share" }
