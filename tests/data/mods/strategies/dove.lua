-- A US that always prefers talking (the strategy in docs/modding.md).
return {
  decide = function(view)
    local orders = {}
    if view.can.offer_talks then orders[#orders + 1] = { action = "offer_talks" } end
    if view.can.direct_talks then orders[#orders + 1] = { action = "direct_talks" } end
    if view.relief < 1 and view.can.offer_relief then orders[#orders + 1] = { action = "offer_relief" } end
    if view.talks_progress >= 80 and view.can.us_sign then orders[#orders + 1] = { action = "us_sign" } end
    return orders
  end,
}
