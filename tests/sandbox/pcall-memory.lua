-- expect: scenarios/pcall-memory.lua:4: error: the script used more than the 64 MiB memory limit
-- Lua's own memory error could be caught by pcall; the limit cannot.
while true do
  pcall(function() local t = {} for i = 1, 1e9 do t[i] = { i } end end)
end
