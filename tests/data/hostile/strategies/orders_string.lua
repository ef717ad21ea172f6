-- attack: return a string where the list of orders should be
-- expect: expected a list of orders back, got a string
return { decide = function(view) return "accept_talks" end }
