# The link is made when the case runs: $1 is a folder outside the mod.
mkdir -p "$1/elsewhere"
printf 'return { { id = "elsewhere", text = "read from elsewhere", sources = { "A1" }, apply = function(w) w.add("rial", 50) end } }\n' >"$1/elsewhere/evil.lua"
ln -s "$1/elsewhere" events
