-- An actor that tries to replace its view's metatable.
return {
  decide = function(view)
    setmetatable(view, nil)
    return {}
  end,
}
