-- expect: scenarios/print-args.lua:3: warning: the script printed: a	b	3	nil
-- print writes all its arguments, separated by tabs.
print("a", "b", 3, nil)
error("stop")
