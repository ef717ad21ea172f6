-- attack: rewrite the world module every event uses (pairs on it handed out the one real table all scripts share)
-- cheat
-- expect: table expected, got userdata
-- expect: the world module is read-only
-- expect: meta=false
return {
  decide = function(view)
    local notes = {}
    local function try(what, f, ...)
      local ok, e = pcall(f, ...)
      -- short notes: the warning is capped and begins with the file's path, however long the checkout's
      local note = tostring(e):gsub("^.-:%d+: ", ""):gsub("^bad argument #%d+ to '[^']*' ", "")
      notes[#notes + 1] = what .. "=" .. note:sub(1, 40)
    end
    try("pairs", function() for k, v in pairs(world) do end end)
    try("next", next, world)
    try("rawget", rawget, world, "add")
    try("meta", getmetatable, world)
    try("write", function() world.add = function() end end)
    try("index", function() local mt = getmetatable(world) mt.__index.add = nil end)
    error(table.concat(notes, "; "))
  end,
}
