-- An actor that orders an action the catalogue does not have.
return {
  decide = function(view) return { { action = "launch_the_moon" } } end,
}
