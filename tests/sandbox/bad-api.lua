-- expect: scenarios/bad-api.lua:2: error: sharepack.vignette: unknown field 'titel'
sharepack.vignette{ id = "x", titel = "typo" }
