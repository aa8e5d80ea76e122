-- expect: scenarios/deep-recursion.lua:2: error: 
local function f(n) return 1 + f(n + 1) end
f(1)
