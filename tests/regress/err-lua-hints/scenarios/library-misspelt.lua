local title = string.fromat("Case %d", 1)
