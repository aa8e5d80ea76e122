-- expect: scenarios/gc-loop.lua:5: error: the script ran past the 5-second time limit in a __gc metamethod
-- Hooks do not run in a finalizer, so only the timer stops this loop, and
-- the message says where it was rather than blaming a string pattern.
setmetatable({}, { __gc = function()
  while true do end
end })
for i = 1, 1e6 do local t = { i } end
