-- attack: read the world's true values from decide, past the fog of war (world.get worked there)
-- cheat
-- expect: the world module is for events and scenarios; a strategy decides from its view
return {
  decide = function(view)
    return { { action = world.get("regime_stability") < 60 and "tighten_sanctions" or "offer_talks" } }
  end,
}
