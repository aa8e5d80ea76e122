-- expect: scenarios/bytecode-via-metatable.lua:2: error: 'string.dump' is not available
local code = ("").dump(function() end)
