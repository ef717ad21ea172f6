-- attack: compare two 64 KB strings of zeros in a loop: every comparison walks both (C strcoll), unseen by the count
-- turns: 2
-- expect: processor time exceeded
return {
  decide = function(view)
    local a, b = string.rep("\0", 60000), string.rep("\0", 59999) .. "y"
    local n = 0
    while true do if a < b then n = n + 1 end end
  end,
}
