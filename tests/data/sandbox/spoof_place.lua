-- An error that names another file and line, and leaves out its own.
error("scripts/actors/iran.lua:12: not me", 0)
