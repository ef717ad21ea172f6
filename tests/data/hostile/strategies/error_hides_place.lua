-- attack: error(msg, 0) leaves out where the script failed
-- expect: error_hides_place.lua:5: nothing to see here
return {
  decide = function(view)
    error("nothing to see here", 0)
  end,
}
