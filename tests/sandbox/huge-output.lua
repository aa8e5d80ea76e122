-- expect: scenarios/huge-output.lua:3: error: the script made more than 2000 items
for i = 1, 1000000 do
  sharepack.myth{ id = "m-" .. i, title = "Statement " .. i, verdict = "myth", body = "Why" }
end
