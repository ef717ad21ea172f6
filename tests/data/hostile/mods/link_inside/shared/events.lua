return {
  { id = "link_inside_read", once = true, when = function(w) return true end,
    apply = function(w) error("link_inside: read through a link inside the mod") end },
}
