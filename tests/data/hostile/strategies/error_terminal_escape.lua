-- attack: an error message with terminal escapes and carriage returns that would rewrite the player's screen
-- expect: error_terminal_escape.lua:5:
return {
  decide = function(view)
    error("\27[2J\27[H\rall is well\27]0;pwned\7", 0)
  end,
}
