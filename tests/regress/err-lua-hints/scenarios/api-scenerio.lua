-- sharepack.scenerio does not exist: the hint names the function meant.
local intro = "A disclosure at school."
sharepack.scenerio{ id = "s", title = "S", intro = intro }
