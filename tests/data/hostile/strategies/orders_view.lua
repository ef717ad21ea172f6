-- attack: decide returns the view itself (a proxy the engine made) as its orders, then one of its tables
-- expect: the list of orders has a metatable
return { decide = function(view) if view.turn % 2 == 1 then return view end return view.actions end }
