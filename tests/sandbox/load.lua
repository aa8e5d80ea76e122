-- expect: scenarios/load.lua:2: error: 'load' is not available
local f = load("return 1")
