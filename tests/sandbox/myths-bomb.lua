-- expect: scenarios/myths-bomb.lua:5: error: the script used more than the 64 MiB memory limit
-- 2000 myths of three 256 KiB fields once passed check at 1.5 GB.
local big = string.rep("x", 256 * 1024 - 1)
for i = 1, 2000 do
  sharepack.myth{ id = "m" .. i, title = big, verdict = "myth", body = big, source = big }
end
