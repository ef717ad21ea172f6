/* The fields every data table may have (scenarios, objectives, injects,
 * events, actions, rules, mod manifests): the loaders refuse any other name
 * (with a suggestion), and `redline api` documents them from these lists. */
#include "loader.h"

const FieldDoc scenario_fields[] = {
    { "id", "string", true, "The scenario's id: lower-case letters, digits, _ and -; the file is scenarios/ID.lua." },
    { "name", "string", true, "The title shown in the menu." },
    { "version", "number", false, "Raise it when a change would break saved games (default 1)." },
    { "start", "string", true, "The date of the first turn, YYYY-MM-DD." },
    { "days_per_turn", "number", false, "Days in a turn, 1-31 (default 7)." },
    { "turns", "number", false, "Turns before the game ends in a timeout, 1-200 (default 26)." },
    { "briefing", "string", true, "What the players read before the first turn." },
    { "sources", "list of strings", false, "The reporting the scenario rests on (A12, C3, ...)." },
    { "initial", "table", false, "Starting values by variable name: `rial = 1450` or `rial = { 1450, \"A21\" }`; "
      "the rest come from scripts/lib/baseline.lua." },
    { "params", "table", false, "Dynamics coefficients by parameter name, within each parameter's range." },
    { "capital", "table", false, "Political capital per turn by actor name, 0-10 (default 3 for us and iran, 2 others)." },
    { "objectives", "table", true, "`{ us = { objective, ... }, iran = { ... } }`: what each side is scored on (required "
      "for us and iran). Any other actor given a list has it in place of its list from scripts/lib/baseline.lua; given "
      "`{ change = ..., drop = ..., add = ... }` instead, keeps that list with those changes (see Changing objectives)." },
    { "events", "list of events", false, "The scenario's own events (see Events)." },
    { "debrief", "list of strings", false, "Questions for the debrief, printed in the after-action report." },
    { "injects", "list of injects", false, "Events a facilitator may inject during a class (see Injects)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc inject_fields[] = {
    { "id", "string", true, "The inject's id." },
    { "text", "string", true, "The news line everyone reads when the facilitator injects it." },
    { "sources", "list of strings", true, "The reporting it rests on." },
    { "effects", "list of strings", true, "What it changes, as effect clauses like an action's: `\"hormuz_flow -= 2\"`." },
    { NULL, NULL, false, NULL },
};

const FieldDoc objective_fields[] = {
    { "id", "string", true, "The objective's id." },
    { "text", "string", true, "What the players read." },
    { "var", "string", false, "A variable: met fully at `best`, not at all at `worst`, in between linearly." },
    { "best", "number", false, "With var: the value that meets the objective fully (default the variable's maximum)." },
    { "worst", "number", false, "With var: the value that fails it (default the variable's minimum)." },
    { "outcome", "string", false, "Instead of var: met if the game ends this way (agreement, war, regime_collapse, "
      "breakout, timeout)." },
    { "weight", "number", false, "Its weight in the side's score, 0-100 (default 1)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc objective_change_fields[] = {
    { "drop", "list of strings", false, "Ids of objectives not scored in this scenario." },
    { "change", "table", false, "By objective id, the fields that differ here: `{ breakout = { best = 55, worst = 42 } }`. "
      "The rest stay; a new `var` or `outcome` brings its own `best` and `worst` (default the variable's range)." },
    { "add", "list of objectives", false, "Objectives of the scenario's own, after the others (see Objectives)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc event_fields[] = {
    { "id", "string", true, "The event's id; when it fires, handlers with `on = ID` run too." },
    { "text", "string", false, "The news line shown when it fires." },
    { "sources", "list of strings", false, "The reporting behind it; required when the event has text." },
    { "when", "function(world) -> boolean, or list of strings", false, "Checked every turn; the event fires when it "
      "returns true. It may only read the world. Or conditions \"variable op number\" that must all hold, on the "
      "world's true values. The engine checks a list, and a function that is one expression over `world.get(\"name\")`, "
      "`world.turn()` and numbers, without calling Lua." },
    { "on", "string", false, "Instead of when: the event runs when the named event fires or is raised "
      "(world.raise)." },
    { "chance", "number", false, "Probability 0-1 that it fires when `when` holds (default 1), drawn from the game's "
      "random stream." },
    { "once", "boolean", false, "Fire at most once a game (default: true for an event with when, false for a "
      "handler with on)." },
    { "apply", "function(world, data)", false, "What the event does; it may change the world. `data` is what "
      "world.raise passed, or nil." },
    { "scenarios", "list of strings", false, "Mod events only: the scenario ids it belongs to (default: every "
      "scenario)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc action_fields[] = {
    { "id", "string", true, "The action's id; orders name it." },
    { "actors", "string or list", true, "Who may take it: actor names." },
    { "track", "string", true, "Its track (diplomacy, economy, military, ...): an AI actor takes at most one "
      "action per track a turn." },
    { "name", "string", true, "What the players read." },
    { "text", "string", false, "A longer description." },
    { "news", "string", false, "The news line when it is taken (default: the name)." },
    { "cost", "number", false, "Political capital, 0-5 (default 1)." },
    { "goldstein", "number", false, "CAMEO Goldstein weight, -10..10." },
    { "escalation", "number", false, "Escalation score (Rivera et al. 2024): -2, 0, 4, 12, 28 or 60." },
    { "secret", "boolean", false, "Only the actor sees it was taken." },
    { "requires", "list of strings", false, "Prerequisites: \"variable op number\", op one of < <= > >= == ~=." },
    { "effects", "list of strings", false, "Immediate effects: \"variable op number [~ sd]\", op one of = += -= *= "
      ">= <=; or \"intel ACTOR *= x\"." },
    { "backs", "string or list", false, "Factions that back it: leader, hardline, pragmatic, hawks, dealmakers." },
    { "opposes", "string or list", false, "Factions that oppose it." },
    { "sources", "list of strings", true, "The reporting it rests on." },
    { NULL, NULL, false, NULL },
};

const FieldDoc rule_fields[] = {
    { "id", "string", true, "The rule's id, conventionally `actor.name`." },
    { "when", "function(view) -> boolean, or list of strings", true, "The condition, on the actor's read-only "
      "view; or conditions \"variable op number\" (op one of < <= > >= == ~=) that must all hold, on the same "
      "values the view shows (an estimate of what the actor cannot see). A list, and a function that is one "
      "expression over the view (comparisons, `and`, `or`, `not (...)`, `v.last.ACTION ~= nil`, arithmetic), are "
      "checked by the engine without calling Lua, so they are much faster." },
    { "favours", "table", true, "`{ action = weight, ... }`: actions of this actor it votes for (or against, "
      "with a negative weight)." },
    { "reason", "string", true, "Why, in plain words: shown to players as \"Why?\"." },
    { "sources", "list of strings", true, "The reporting the rule is drawn from." },
    { "scenarios", "list of strings", false, "Mod rules only: the scenario ids it belongs to (default: every "
      "scenario)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc manifest_fields[] = {
    { "name", "string", true, "The mod's name: lower-case letters, digits, _ and -. Other mods' load_after use it." },
    { "version", "string", true, "The mod's own version, e.g. \"1.0\"; saved games record it." },
    { "api", "number", true, "The modding API version the mod was written for (this game provides 1)." },
    { "author", "string", true, "Who wrote it." },
    { "licence", "string", true, "The licence it is shared under, e.g. \"CC-BY-4.0\" (`license` is accepted too)." },
    { "license", "string", false, "Same as licence." },
    { "description", "string", false, "One or two sentences for the mod list." },
    { "load_after", "list of strings", false, "Mods that must load before this one, when present." },
    { NULL, NULL, false, NULL },
};

const char *field_name_at(int i, const void *fields)
{
    return ((const FieldDoc *)fields)[i].name;
}
