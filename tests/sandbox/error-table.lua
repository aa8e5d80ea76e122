-- expect: scenarios/error-table.lua:2: error: the script raised an error that is not a string
error({ code = 42 })
