-- expect: scenarios/syntax.lua:2: error: unexpected symbol near
local x = = 1
