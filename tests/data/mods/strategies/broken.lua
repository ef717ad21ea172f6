-- A syntax error: the tournament leaves it out, naming the line.
return { decide = function(view) return {} end,
