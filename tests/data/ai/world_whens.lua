-- Events' when functions, for tests/unit/test_ai.c: those under `in_c` are
-- one expression over the world that the engine checks in C
-- (engine/script/conditions.c), each a shape it reads; those under `in_lua`
-- are not, and stay Lua. Every one must answer as Lua does, on every turn.
return {
  in_c = {
    function(w) return w.turn() == 2 end,
    function(w) return w.turn() % 3 == 0 and w.get("protest") < 3 end,
    function(w) return w.get('talks') >= 2 or w.get("escalation") > 6 end,
    function(w) return w.turn() >= 4 and w.get("iaea_access") < 1 end,
    function(world) return world.get("oil_price") % 7.5 > 3 and not (world.turn() < 3) end,
    function(w) return w.get("covert_progress") > 10 end,
  },
  in_lua = {
    function(w) return w.turn() % 0 == 0 end,
    function(w) return w.turn() % -6 == 0 end,
    function(w) return w.get("no_such_variable") > 1 end,
    function(w) return w.get("esc\097lation") > 1 end,
    function(w) return w.state().x == 1 end,
    function(w) return w:turn() == 2 end,
    function(w) return w.get "talks" > 1 end,
    function(w) return w.turn() // 2 == 1 end,
  },
}
