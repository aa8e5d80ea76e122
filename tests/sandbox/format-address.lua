-- expect: scenarios/format-address.lua:3: error: string.format: '%p' is not available
-- An address changes from run to run, and so would the site.
local where = string.format("%p", {})
