-- expect: scenarios/dofile.lua:2: error: 'dofile' is not available
dofile("/etc/passwd")
