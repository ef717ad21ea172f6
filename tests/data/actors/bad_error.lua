-- An actor whose decide always raises an error (line 4).
return {
  decide = function(view)
    error("deliberate failure in decide")
  end,
}
