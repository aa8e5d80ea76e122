-- expect: scenarios/audience-copies-256.lua:6: error: the script used more than the 64 MiB memory limit
-- The same, with strings just short enough to be accepted one by one.
local s = string.rep("a", 256 * 1024 - 1)
local list = {}
for i = 1, 1000 do list[i] = s end
sharepack.vignette{ id = "big", title = "T", expected = "share", audience = list,
  case = "Case", why = "Why" }
