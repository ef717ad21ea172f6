return {
  { id = "typo", text = "Typo.", sources = { "C6" },
    when = function(w) return w.get("escalaton") > 5 end,
    apply = function(w) w.add("oil_price", 1) end },
}
