-- What getmetatable gives for a string, and whether the shared string table
-- can be reached through a string value.
local mt = getmetatable("")
local through_index = ("").__index
return { mt = type(mt), mt_value = tostring(mt), index = type(through_index),
         dump = type(("").dump), upper = ("abc"):upper() }
