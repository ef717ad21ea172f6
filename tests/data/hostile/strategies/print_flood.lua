-- attack: print a million long lines from decide
-- expect: instruction budget exceeded
return {
  decide = function(view)
    local line = string.rep("spam ", 10000)
    while true do print(line) end
  end,
}
