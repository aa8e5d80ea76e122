-- expect: scenarios/bytecode.lua:2: error: 'string.dump' is not available
local code = string.dump(function() return 1 end)
