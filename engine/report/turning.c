/* The weeks that decided a game: where the escalation ladder moved most,
 * and where the odds of the way the game ended moved most. */
#include <math.h>
#include <stdlib.h>

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

int odds_turning_points(const Session *s, const double *odds, int *turns, int max)
{
    int n = s->game.history.nturns;
    double moves[MAX_TURNS];
    for (int t = 1; t <= n; t++)
        moves[t - 1] = odds[t] - odds[t - 1];
    return largest(moves, n, 0.1, turns, max);
}
