-- attack: endless recursion through the C library (gsub calling itself)
-- expect: stack overflow
return {
  decide = function(view)
    local function again(s) return (s:gsub(".", again)) end
    local ok, e = pcall(again, "abc")
    error(tostring(e))
  end,
}
