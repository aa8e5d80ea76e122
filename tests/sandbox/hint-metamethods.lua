-- expect: scenarios/hint-metamethods.lua:6: error: attempt to call a nil value (field 'scenerio'); did you mean sharepack.scenario?
-- The advice on an error reads the globals and the libraries after the
-- script has ended: raw, so metamethods the script set cannot run there.
setmetatable(_G, { __index = function() error("gotcha") end })
string = setmetatable({}, { __index = function() error("again") end })
sharepack.scenerio{ id = "s" }
