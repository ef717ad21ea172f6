-- An actor that never gives an order.
return {
  decide = function(view) return {} end,
}
