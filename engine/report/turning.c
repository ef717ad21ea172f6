/* The weeks that decided a game: where the escalation ladder moved most,
 * and where the odds of the way the game ended moved most (replays from
 * the end of each week with other luck). */
#include <math.h>
#include <stdlib.h>

#include "../save/save.h"
#include "report.h"

/* The at most max turns (from 1) with the largest moves[t - 1] of at least
 * floor, largest first (the earlier of two equal ones first). */
static int largest(const double *moves, int n, double floor, int *turns, int max)
{
    int found = 0;
    for (int t = 1; t <= n; t++) {
        if (fabs(moves[t - 1]) < floor)
            continue;
        int at = found < max ? found++ : max;
        while (at > 0 && fabs(moves[turns[at - 1] - 1]) < fabs(moves[t - 1])) {
            if (at < max)
                turns[at] = turns[at - 1];
            at--;
        }
        if (at < max)
            turns[at] = t;
    }
    return found;
}

int ladder_turning_points(const Session *s, int *turns, int max)
{
    const History *h = &s->game.history;
    double moves[MAX_TURNS];
    for (int t = 1; t <= h->nturns; t++)
        moves[t - 1] = h->turns[t - 1].v[V_ESCALATION] -
                       (t > 1 ? h->turns[t - 2].v[V_ESCALATION] : s->scenario.initial[V_ESCALATION]);
    return largest(moves, h->nturns, 0.5, turns, max);
}

int outcome_odds(const Session *s, int runs, double *odds, Error *err)
{
    const Game *g = &s->game;
    SessionConfig ai_everywhere = { .root = s->sb->root };
    for (int t = 0; t <= g->history.nturns; t++) {
        int same = 0;
        for (int k = 1; k <= runs; k++) {
            Session *b = save_branch(s, t, &ai_everywhere, err);
            if (!b)
                return -1;
            game_reseed(&b->game, (uint64_t)k);
            b->game.lean = true;
            while (!session_over(b))
                session_step(b);
            same += b->game.world.outcome == g->world.outcome;
            session_free(b);
        }
        odds[t] = runs > 0 ? (double)same / runs : 0;
    }
    return 0;
}

int odds_turning_points(const Session *s, const double *odds, int *turns, int max)
{
    int n = s->game.history.nturns;
    double moves[MAX_TURNS];
    for (int t = 1; t <= n; t++)
        moves[t - 1] = odds[t] - odds[t - 1];
    return largest(moves, n, 0.1, turns, max);
}
