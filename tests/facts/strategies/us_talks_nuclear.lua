-- Fact 5: no ultimatum, talks on the nuclear file alone, relief on the table from
-- the third week, signing whatever text is ready.
return {
  decide = function(view)
    local take = { "us_sign", "drop_ultimatum", "nuclear_only", "offer_talks", "direct_talks" }
    if view.turn >= 3 then table.insert(take, 2, "offer_relief") end
    return require("league").take(view, take)
  end,
}
