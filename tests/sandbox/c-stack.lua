-- expect: scenarios/c-stack.lua:3: error: C stack overflow
-- Raised inside string.gsub, so Lua gives it no position of its own.
local function f() return string.gsub("a", "a", f) end
f()
