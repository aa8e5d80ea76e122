-- expect: scenarios/gc-pcall-api.lua:4: error: sharepack.myth was called from a __gc metamethod
-- The refusal ends the run, so a pcall in the finalizer cannot hide it.
setmetatable({}, { __gc = function()
  pcall(sharepack.myth, { id = "late", title = "T", verdict = "myth", body = "B" })
end })
for i = 1, 1e6 do local t = { i } end
