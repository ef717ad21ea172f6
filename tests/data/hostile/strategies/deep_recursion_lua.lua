-- attack: endless recursion in Lua, caught with pcall and tried again
-- Whether Lua's stack limit or the instruction budget stops it first depends
-- on what was allocated before; either way a message names this file and line.
-- expect: deep_recursion_lua.lua:
return {
  decide = function(view)
    local function down(n) return down(n + 1) + 1 end
    local ok, e = pcall(down, 1)
    error(tostring(e))
  end,
}
