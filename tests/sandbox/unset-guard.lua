-- expect: scenarios/unset-guard.lua:3: error: attempt to index a nil value (global 'io')
setmetatable(_G, nil)
io.open("/etc/passwd")
