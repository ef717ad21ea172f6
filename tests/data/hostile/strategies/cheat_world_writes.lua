-- attack: change the world directly from decide: set, add, news, raise, state
-- cheat
-- expect: world.set=
-- expect: the world module is for events and scenarios
return {
  decide = function(view)
    local notes = {}
    for _, call in ipairs({
      { "set", "regime_stability", 0 }, { "add", "us_resolve", 50 }, { "news", "the regime has fallen" },
      { "raise", "protest_wave" }, { "state" }, { "turn" }, { "fired", 1 }, { "scenario" },
    }) do
      local ok, e = pcall(world[call[1]], table.unpack(call, 2))
      notes[#notes + 1] = "world." .. call[1] .. "=" .. tostring(ok and "worked" or e):gsub("^.-:%d+: ", "")
    end
    error(table.concat(notes, "; "))
  end,
}
