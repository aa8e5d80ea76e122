-- expect: scenarios/copies-bomb.lua:6: error: the script used more than the 64 MiB memory limit
-- Text copied out of Lua into items counts against the script's memory
-- limit, so many large items cannot make sharepack hold unbounded memory.
local big = string.rep("x ", 100 * 1024)
for i = 1, 1000 do
  sharepack.myth{ id = "m" .. i, title = "T", verdict = "myth", body = big }
end
