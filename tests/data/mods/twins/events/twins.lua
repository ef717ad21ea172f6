return {
  { id = "twins_list", text = "The list twin fires.", sources = { "A1" }, once = false,
    when = { "escalation >= 5", "protest < 3" } },
  { id = "twins_function", text = "The function twin fires.", sources = { "A1" }, once = false,
    when = function(w) return w.get("escalation") >= 5 and w.get("protest") < 3 end },
}
