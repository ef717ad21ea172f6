return {
  { id = "setup", once = true, when = function(w) return true end,
    apply = function(w) w.state().nested = { count = 0 } end },
  { id = "sneaky", once = false,
    when = function(w)
      local s = w.state()
      if s.nested then
        for k, v in pairs(s) do if type(v) == "table" then pcall(function() v.count = 5 end) end end
        s.nested.count = 99
      end
      return false
    end },
}
