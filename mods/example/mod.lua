-- The example mod: Oman offers mediation. Read it beside docs/modding.md;
-- `redline check mods/example` checks it, and it is played in `make test`.
-- Like every mod that comes with the game, it is off until a player switches
-- it on: `redline mods enable example`.
return {
  name = "example",
  version = "1.0",
  api = 1,
  author = "The Red Line developers",
  licence = "CC0-1.0",
  description = "Oman offers mediation: a scenario, an action for the Gulf states, a rule to use it, "
    .. "and a custom event other mods can answer.",
}
