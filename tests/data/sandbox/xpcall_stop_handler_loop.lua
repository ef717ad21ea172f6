-- A loop stopped by the budget, inside xpcall whose handler loops too:
-- Lua runs a handler for an error raised in a hook with hooks off.
xpcall(function() while true do end end, function(e) while true do end end)
return 1
