-- expect: scenarios/memory-bomb.lua:2: error: the script used more than the 64 MiB memory limit
local s = string.rep("x", 1024 * 1024 * 1024)
