# The link is made when the case runs: $1 is a folder outside the mod.
mkdir -p events "$1/outside"
printf 'return { { id = "outside", text = "read from outside", sources = { "A1" }, apply = function(w) w.add("rial", 50) end } }\n' >"$1/outside/evil.lua"
ln -s "$1/outside/evil.lua" events/evil.lua
