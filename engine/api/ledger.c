/* The front door: why things changed (the causal ledger, as a viewer may
 * know it) and what a side's chosen orders would do before the turn ends. */
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../report/report.h"
#include "../script/session.h"

static int who_of(int viewer)
{
    return viewer == VIEW_TRUTH ? NOBODY : viewer == VIEW_PUBLIC ? LEDGER_PUBLIC : viewer;
}

/* The parts as the face reads them: labels, orders, sources. */
static int cause_infos(const Session *s, int turn, const CausePart *parts, int n, CauseInfo *out, int max)
{
    const History *h = &s->game.history;
    int k = 0;
    for (int i = 0; i < n && k < max; i++) {
        CauseInfo *c = &out[k++];
        memset(c, 0, sizeof *c);
        c->kind = (CauseKind)parts[i].cause.kind;
        c->index = parts[i].cause.index;
        c->amount = parts[i].amount;
        cause_label(s, turn, parts[i].cause, c->label, sizeof c->label);
        if (c->kind == CAUSE_ORDER && parts[i].cause.index < h->turns[turn - 1].norders)
            c->order = &h->orders[h->turns[turn - 1].first_order + parts[i].cause.index];
        if (c->kind == CAUSE_EVENT && parts[i].cause.index < s->nevents)
            snprintf(c->sources, sizeof c->sources, "%s", s->events[parts[i].cause.index].sources);
        if (c->kind == CAUSE_DYNAMIC)
            snprintf(c->sources, sizeof c->sources, "%s", dynamic_sources((Dynamic)c->index));
    }
    return k;
}

int rl_causes(const Session *s, int viewer, int turn, Var v, CauseInfo *out, int max)
{
    CausePart parts[LEDGER_MAX_PARTS];
    int n = ledger_parts(&s->game, turn, v, who_of(viewer), parts, LEDGER_MAX_PARTS);
    return cause_infos(s, turn, parts, n, out, max);
}

int rl_causes_shown(const Session *s, int viewer, int turn, Var v, CauseInfo *out, int max)
{
    if (turn < 1 || turn > s->game.history.nturns)
        return 0;
    CausePart parts[LEDGER_MAX_PARTS];
    int n = causes_rounded(s, turn, v, who_of(viewer), var_raw_decimals(v), parts, LEDGER_MAX_PARTS);
    return cause_infos(s, turn, parts, n, out, max);
}

double rl_order_weight(const Session *s, int turn, const Order *o)
{
    const History *h = &s->game.history;
    if (turn < 1 || turn > h->nturns)
        return 0;
    const TurnRecord *t = &h->turns[turn - 1];
    long index = o - &h->orders[t->first_order];
    if (index < 0 || index >= t->norders)
        return 0;
    OrderMove moves[VAR_COUNT];
    int k = ledger_order_moves(&s->game, turn, (int)index, moves, VAR_COUNT);
    return k > 0 ? moves[0].weight : 0;
}

/* Side a's chosen actions as orders. */
static int as_orders(const Session *s, Actor a, const int *actions, int n, Order *out)
{
    int k = 0;
    for (int i = 0; i < n && k < MAX_ORDERS; i++)
        if (actions[i] >= 0 && actions[i] < s->catalogue.count)
            out[k++] = (Order){ .actor = (uint8_t)a, .action = (uint16_t)actions[i] };
    return k;
}

double rl_ladder_move(const Session *s, Actor a, const int *actions, int n, double *drift)
{
    Order orders[MAX_ORDERS];
    return ladder_expected(&s->game, orders, as_orders(s, a, actions, n, orders), drift);
}

int rl_conflicts(const Session *s, Actor a, const int *actions, int n, Conflict *out, int max)
{
    Order orders[MAX_ORDERS];
    return orders_conflicts(&s->game, orders, as_orders(s, a, actions, n, orders), out, max);
}
