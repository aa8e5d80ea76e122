-- expect: scenarios/audience-typo.lua:7: error: stop here
-- also: scenarios/audience-typo.lua:5: warning: unknown agency 'helth'
-- The warning comes after the script has ended: it names the item's own
-- copy of the path (this was a use-after-free under ASan).
sharepack.vignette{ id = "typo", title = "T", expected = "share", audience = { "helth" },
  case = "Case", why = "Why" }
error("stop here")
