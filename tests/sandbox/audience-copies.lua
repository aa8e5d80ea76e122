-- expect: scenarios/audience-copies.lua:6: error: sharepack.vignette: 'audience' is longer than 256 KiB
-- One 1 MiB string as 1000 audience entries once reached 1 GB.
local s = string.rep("a", 1024 * 1024)
local list = {}
for i = 1, 1000 do list[i] = s end
sharepack.vignette{ id = "big", title = "T", expected = "share", audience = list,
  case = "Case", why = "Why" }
