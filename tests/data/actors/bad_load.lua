-- An actor script that fails while it is loaded (line 3).
local broken = nil
return { decide = broken.decide }
