-- Iran, in week 2, walks view.last with pairs: it must find the US's public
-- move of week 1 and not its secret one (tests/unit/test_session.c).
return {
  decide = function(view)
    if view.turn == 2 then
      local seen = {}
      for id, who in pairs(view.last) do seen[#seen + 1] = id .. "=" .. who end
      local shown = table.concat(seen, " ")
      if not shown:find("tighten_sanctions=us", 1, true) or shown:find("us_intel", 1, true) then
        error("view.last shows: " .. shown)
      end
    end
    return {}
  end,
}
