-- require loads scripts/lib/NAME.lua only; anything path-like is refused.
local function try(name)
  local ok, result = pcall(require, name)
  if ok then return "ok:" .. type(result) end
  return "error:" .. tostring(result)
end
return {
  baseline = try("baseline"),
  dotdot = try("../actions"),
  slash = try("lib/baseline"),
  absolute = try("/etc/passwd"),
  dotted = try("baseline.lua"),
  upper = try("Baseline"),
  missing = try("no_such_module"),
  empty = try(""),
}
