local ok, err = pcall(function() error("caught once") end)
error(err)
