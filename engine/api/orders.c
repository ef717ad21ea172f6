/* The front door: a side's orders and the turn that carries them out. */
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../script/session.h"

int rl_capital(const Session *s, Actor a)
{
    return a < ACTOR_COUNT ? s->scenario.capital[a] : 0;
}

const char *rl_blocker(const Session *s, Actor a, int action, const int *chosen, int nchosen)
{
    if (a >= ACTOR_COUNT || action < 0 || action >= s->catalogue.count)
        return "no such action";
    if (nchosen >= MAX_ORDERS)
        return "no more orders this turn";
    int spent = 0;
    for (int i = 0; i < nchosen; i++) {
        if (chosen[i] == action)
            return "already chosen";
        if (chosen[i] >= 0 && chosen[i] < s->catalogue.count)
            spent += s->catalogue.actions[chosen[i]].cost;
    }
    return action_blocker(&s->game, s->game.world.v, a, action, spent);
}

int rl_submit(Session *s, Actor a, const int *actions, int n, Error *err)
{
    if (n < 0 || n > MAX_ORDERS)
        return error_set(err, ERR_USAGE, ngettext("at most %d order a turn", "at most %d orders a turn", MAX_ORDERS), MAX_ORDERS), -1;
    const char *ids[MAX_ORDERS];
    for (int i = 0; i < n; i++) {
        if (actions[i] < 0 || actions[i] >= s->catalogue.count)
            return error_set(err, ERR_USAGE, _("order %d names no action"), i + 1), -1;
        ids[i] = s->catalogue.actions[actions[i]].id;
    }
    return session_set_orders(s, a, ids, n, err);
}

Outcome rl_step(Session *s)
{
    return session_step(s);
}

/* A human role the computer stands in for is, for this one turn, not human:
 * its script decides. A replay of the save reads the recorded orders of a
 * human role, so the game replays the same. */
Outcome rl_step_standing_in(Session *s, const bool stand_in[ACTOR_COUNT])
{
    bool human[ACTOR_COUNT];
    memcpy(human, s->human, sizeof human);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (stand_in && stand_in[a])
            s->human[a] = false;
    Outcome o = session_step(s);
    memcpy(s->human, human, sizeof human);
    return o;
}
