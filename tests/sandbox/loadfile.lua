-- expect: scenarios/loadfile.lua:2: error: 'loadfile' is not available
loadfile("/etc/passwd")
