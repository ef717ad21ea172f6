-- An actor whose decide returns something that is not a list of orders.
return {
  decide = function(view) return 42 end,
}
