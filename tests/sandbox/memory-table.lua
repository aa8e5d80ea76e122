-- expect: scenarios/memory-table.lua:2: error: the script used more than the 64 MiB memory limit
local t = {} for i = 1, 1e9 do t[i] = {i} end
