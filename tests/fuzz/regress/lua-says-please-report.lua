-- expect: scenarios/error-call.lua:2: error:cenarios/error-call.lua:2: error: deli?erate
error("deliberateplease report this script deliberate
error("deliberate")
