-- Does nothing at all, whichever actor it plays: the baseline every side must beat clearly.
return { decide = function(view) return {} end }
