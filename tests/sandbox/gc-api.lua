-- expect: scenarios/gc-api.lua:4: error: sharepack.myth was called from a __gc metamethod
-- A finalizer runs whenever Lua frees memory: it may not make items.
setmetatable({}, { __gc = function()
  sharepack.myth{ id = "late", title = "T", verdict = "myth", body = "B" }
end })
for i = 1, 1e6 do local t = { i } end
