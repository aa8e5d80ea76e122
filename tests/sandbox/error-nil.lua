-- expect: scenarios/error-nil.lua:3: error: the script raised an error that is not a string
local x = 1
error()
