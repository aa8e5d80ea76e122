-- expect: scenarios/error-call.lua:2: error: deliberate
error("deliberate")
