-- expect: scenarios/pcall-items.lua:4: error: the script made more than 2000 items
-- The item limit ends the run even when each call is made through pcall.
for i = 1, 100000 do
  pcall(sharepack.myth, { id = "m-" .. i, title = "T", verdict = "myth", body = "B" })
end
