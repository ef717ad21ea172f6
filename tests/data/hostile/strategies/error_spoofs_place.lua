-- attack: an error message that blames another file and hides its own line
-- expect: error_spoofs_place.lua:5: scripts/actors/iran.lua:12: not me
return {
  decide = function(view)
    error("scripts/actors/iran.lua:12: not me", 0)
  end,
}
