-- attack: break the string, table and math functions and the string metatable that the other sides' scripts use
-- cheat
-- expect: cheat_libraries_broken.lua
return {
  decide = function(view)
    for _, lib in ipairs({ string, table, math, utf8 }) do
      for k in pairs(lib) do lib[k] = function() error("broken by the US") end end
    end
    pcall(function() getmetatable("").__index = function() error("broken") end end)
    pcall(function() getmetatable("").__index.format = nil end)
    ipairs, pairs, tostring, type, select = nil, nil, nil, nil, nil
    error("broke what it could")
  end,
}
