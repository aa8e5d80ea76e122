-- expect: scenarios/pcall-instructions.lua:3: error: the script ran past the limit of 20 million instructions
-- The limit ends the run: pcall cannot catch it and carry on.
while true do pcall(function() while true do end end) end
