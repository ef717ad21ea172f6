-- Fact 1: every economic lever the US has for twelve weeks (sanctions,
-- the 25% secondary tariff, enforcement on buyers), then none at all: the
-- sanctions stay on the books but nobody enforces them.
return {
  decide = function(view)
    if view.turn > 12 then return {} end
    return require("league").take(view, { "secondary_tariffs", "enforce_sanctions", "tighten_sanctions" })
  end,
}
