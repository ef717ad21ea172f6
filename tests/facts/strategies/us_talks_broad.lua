-- Fact 5: the same talks and relief, but on missiles and proxies too.
return {
  decide = function(view)
    local take = { "us_sign", "drop_ultimatum", "broaden_demands", "offer_talks", "direct_talks" }
    if view.turn >= 3 then table.insert(take, 2, "offer_relief") end
    return require("league").take(view, take)
  end,
}
