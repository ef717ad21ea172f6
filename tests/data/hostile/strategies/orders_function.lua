-- attack: decide returns a function as its orders
-- expect: expected a list of orders back, got a function
return { decide = function(view) return print end }
