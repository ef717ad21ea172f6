-- An actor that tries to grant itself an action through view.can.
return {
  decide = function(view)
    view.can.strike_campaign = true
    return {}
  end,
}
