#include "api_doc.h"

#include <stddef.h>

const ApiDoc view_api[] = {
    { "actor", NULL, "string", "The actor deciding: us, iran, israel, ..." },
    { "turn", NULL, "integer", "The turn being decided, from 1." },
    { "turns", NULL, "integer", "The scenario's last turn." },
    { "capital", NULL, "integer", "Political capital to spend this turn: the orders' costs must fit in it." },
    { "actions", NULL, "string[]", "The actions this actor can take now, in catalogue order." },
    { "can", NULL, "table<string, boolean>", "`view.can[action]` is true when the action can be taken now." },
    { "cost", NULL, "table<string, integer>", "`view.cost[action]`: the action's political capital cost." },
    { "track", NULL, "table<string, string>", "`view.track[action]`: the action's track (diplomacy, economy, "
      "military, ...); the built-in actors take at most one action per track a turn." },
    { "last", NULL, "table<string, string>", "What happened last turn that this actor could see: `view.last[action]` "
      "is the name of the actor that took it (public actions, and its own secret ones)." },
    { "uncertainty", NULL, "table<string, number>", "`view.uncertainty[variable]`: the error (one standard "
      "deviation) of this actor's estimate of the variable; 0 for what it sees exactly." },
    { NULL, NULL, NULL, NULL },
};
