-- expect: scenarios/io.lua:2: error: 'io' is not available: scenario scripts run in a sandbox
local f = io.open("/etc/passwd")
