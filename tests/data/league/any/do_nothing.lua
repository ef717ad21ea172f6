-- Does nothing: the league's baseline row.
return { decide = function(view) return {} end }
