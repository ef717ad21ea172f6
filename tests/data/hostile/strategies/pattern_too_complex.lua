-- attack: a pattern nested deeper than the matcher allows, and too many captures
-- expect: pattern too complex
-- expect: too many captures
return {
  decide = function(view)
    local ok1, e1 = pcall(string.match, string.rep("a", 400), string.rep("a?", 400))
    local ok2, e2 = pcall(string.match, "x", string.rep("()", 40))
    error(tostring(e1) .. " / " .. tostring(e2))
  end,
}
