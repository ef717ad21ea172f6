-- attack: string.rep with a separator, for a result of a petabyte
-- expect: string.rep: the result would be longer than the 64 KB a string in a script may hold
return { decide = function(view) return { ("x"):rep(1e15, ",") } end }
