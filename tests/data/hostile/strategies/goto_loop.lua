-- attack: an endless loop made of goto, no while or for in sight
-- expect: instruction budget exceeded
return {
  decide = function(view)
    ::again::
    goto again
  end,
}
