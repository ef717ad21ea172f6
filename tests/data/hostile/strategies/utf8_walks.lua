-- attack: utf8.len, utf8.codepoint and string.byte over 60 KB, in a loop
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local s = string.rep("é", 30000)
    while true do utf8.len(s) pcall(utf8.codepoint, s, 1, -1) pcall(string.byte, s, 1, -1) end
  end,
}
