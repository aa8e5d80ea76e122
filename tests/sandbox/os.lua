-- expect: scenarios/os.lua:2: error: 'os' is not available
os.execute("touch /tmp/sharepack-pwned")
