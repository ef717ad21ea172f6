-- a syntax error
return { decide = function(view) return {{ end }
