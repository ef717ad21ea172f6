-- attack: string.format with a width and precision far past what C's printf is given
-- expect: invalid conversion
return {
  decide = function(view)
    return { { action = string.format("%99999d", 1) .. string.format("%.99999f", 1) } }
  end,
}
