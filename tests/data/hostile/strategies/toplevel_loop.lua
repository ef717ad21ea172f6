-- attack: the script loops at its top level, when it is loaded, before any decide
-- expect: instruction budget exceeded
while true do end
return { decide = function(view) return {} end }
