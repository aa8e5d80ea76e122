-- expect: scenarios/pattern-bomb.lua:2: error: the script ran past the 5-second time limit
local s = string.rep("a", 40) local p = string.rep("a?", 40) .. string.rep("a", 40) s:find(p)
