-- expect: scenarios/collectgarbage.lua:2: error: 'collectgarbage' is not available
collectgarbage("stop")
