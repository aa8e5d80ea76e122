-- expect: scenarios/pairs-table-key.lua:4: error: next: keys of type table have no fixed order
-- Tables as keys would be visited in the order of their addresses.
local t = { [{}] = 1, [{}] = 2 }
for k, v in pairs(t) do end
