-- expect: scenarios/debug.lua:2: error: 'debug' is not available
debug.sethook()
