-- A hand-in that does not load.
return { decide = function(view) return {} }
