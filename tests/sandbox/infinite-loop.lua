-- expect: scenarios/infinite-loop.lua:2: error: the script ran past the limit of 20 million instructions
while true do end
