-- expect: scenarios/require.lua:2: error: 'require' is not available
local os = require("os")
