-- Does nothing at all.
return { decide = function(view) return {} end }
