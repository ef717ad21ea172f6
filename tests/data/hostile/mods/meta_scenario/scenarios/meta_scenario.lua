return setmetatable({}, { __index = function(t, k) error("boom from the scenario's __index") end })
