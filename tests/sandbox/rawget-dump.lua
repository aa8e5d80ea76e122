-- expect: scenarios/rawget-dump.lua:2: error: attempt to call a nil value
rawget(string, "dump")(print)
