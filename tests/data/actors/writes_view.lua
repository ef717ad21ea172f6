-- An actor that tries to change the world through its view.
return {
  decide = function(view)
    view.escalation = 0
    return {}
  end,
}
