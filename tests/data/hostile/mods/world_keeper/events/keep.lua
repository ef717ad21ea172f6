local kept
return {
  { id = "keep", once = true, when = function(w) return true end, apply = function(w) kept = w end },
  { id = "use", when = function(w)
      if kept then kept.add("rial", 1000) kept.set("escalation", 0) kept.news("world_keeper wrote") end
      return false
    end },
}
