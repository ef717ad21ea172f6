-- Rules' when functions, for tests/unit/test_ai.c: those under `in_c` are one
-- expression the engine checks in C (engine/script/conditions.c), each a shape
-- it reads; those under `in_lua` are not, and stay Lua. Every one must answer
-- as Lua does, for every actor on every turn.
return {
  in_c = {
    function(v) return v.talks >= 1 and v.demands >= 0 and v.demands < 3 end,
    function(v) return v.turn > 3 or v.faction_hardline > 0.4 end,
    function(v) return v.last.crackdown ~= nil end,
    function(v) return v.last.crackdown == nil and v.last.offer_talks == nil end,
    function(v) return v.last.covert_work end,
    function(v) return v.talks > 1 end,
    function(v) return v.turn >= 5 end,
    function(v) return v.turn <= 5 end,
    function(v) return v.turn < 5 end,
    function(v) return v.turn > 5 end,
    function(v) return v.talks <= 1 end,
    function(v) return v.turn == 5 end,
    function(v) return v.turn ~= 5 end,
    function(v) return not (v.escalation >= 5) or v.covert_progress > 40 end,
    function(v) return (v.covert_detected >= 1 and v.covert_progress > 4 or v.covert_progress > 6) and v.strike_damage < 50 or v.escalation > 3 end,
    function(v) return v.uncertainty.covert_progress > 8 or v.uncertainty.strike_damage > 8 end,
    function(v) return v.turn < v.turns - 8 end,
    function(view) return view.oil_price / 2 - -view.posture * 3 >= view.escalation * 10 + view.capital end,
    function(v) return v.us_resolve ~= 50 and v.regime_stability <= 55.5 end,
    function(v) return not v.last.deploy_forces and not (v.turn == 4) end,
    function(v) return v.turn % 3 == 0 or v.oil_price % 2.5 > 1 end,
    function(v)
      return v.talks_progress >= 30 or v.escalation < 6 -- a comment to the end of the line
        and (v.iaea_access >= 2 or v.enrichment < 1 and v.stockpile_60 < 200)
    end,
    function(v) return v.escalation >= 6 or v.talks >= 2 or v.covert_progress > 50 or v.oil_price > 110 end,
    function(v) return not (v.talks >= 1 and v.oil_price > 70 and v.escalation < 6) and (v.strike_damage > 1 or v.protest > 1) end,
    function(v) return (v.escalation < 3 or v.escalation > 5) and (v.oil_price > 70 or v.talks >= 1) and v.turn > 2 end,
    function(v) return true and v.escalation >= 4 end,
    function(v) return v.protest > 2 or false end,
    function(v) return not true or v.turn > 4 end,
  },
  in_lua = {
    function(v) return v.talks >= 1, false end,
    function(v) return v.actor == "us" end,
    function(v) return v.can.offer_talks end,
    function(v) local t = v.talks return t > 0 end,
    function(v) return v.talks end,
    function(v) return v.last.no_such_action ~= nil end,
    function(v) return math.max(v.talks, 1) > 1 end,
    function(v) return v.turn % 0 == 0 end,
    (function(v) return v.turn > 99 end) and function(v) return v.turn > 2 end,
    function(v) return true + 1 > 0 end,
    function(v) return v.talks >= true end,
  },
}
