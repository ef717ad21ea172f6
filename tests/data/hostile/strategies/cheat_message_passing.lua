-- attack: the US and Iran strategies (this one file, loaded twice) try to pass a message through anything they share
-- side: us iran
-- cheat
-- expect: no message reached iran
local baseline = require("baseline")
local places = {
  string = function() return string end,
  baseline = function() return baseline end,
  env = function() return _G end,
  strmeta = function() return getmetatable("") end,
  world = function() return world end,
  ai = function() return require("ai") end,
}
return {
  decide = function(view)
    if view.actor == "us" then
      for name, place in pairs(places) do
        pcall(function() place().secret_for_iran = "strike on turn " .. view.turn end)
      end
      error("us left its notes")
    end
    for name, place in pairs(places) do
      local ok, found = pcall(function() return place().secret_for_iran end)
      if ok and found then error("iran read '" .. found .. "' through " .. name) end
    end
    error("no message reached iran")
  end,
}
