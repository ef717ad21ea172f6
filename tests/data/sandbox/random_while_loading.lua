-- math.random needs the game's stream; there is none while loading.
return math.random()
