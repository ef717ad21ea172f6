# The link is made when the case runs: $1 is a folder outside the mod.
mv mod.lua "$1/manifest.lua"
ln -s "$1/manifest.lua" mod.lua
