-- attack: endless recursion in Lua, and through the C library (gsub calling itself)
-- expect: stack overflow
return {
  decide = function(view)
    local function down(n) return down(n + 1) + 1 end
    local ok1, e1 = pcall(down, 1)
    local function again(s) return (s:gsub(".", again)) end
    local ok2, e2 = pcall(again, "abc")
    error(tostring(e1) .. " / " .. tostring(e2))
  end,
}
