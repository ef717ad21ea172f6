/* The front door: why things changed (the causal ledger, as a viewer may
 * know it) and what a side's chosen orders would do before the turn ends. */
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../report/report.h"
#include "../script/session.h"

int rl_causes(const Session *s, int viewer, int turn, Var v, CauseInfo *out, int max)
{
    CausePart parts[LEDGER_MAX_PARTS];
    int who = viewer == VIEW_TRUTH ? NOBODY : viewer == VIEW_PUBLIC ? LEDGER_PUBLIC : viewer;
    int n = ledger_parts(&s->game, turn, v, who, parts, LEDGER_MAX_PARTS);
    const History *h = &s->game.history;
    int k = 0;
    for (int i = 0; i < n && k < max; i++) {
        CauseInfo *c = &out[k++];
        memset(c, 0, sizeof *c);
        c->kind = (CauseKind)parts[i].cause.kind;
        c->amount = parts[i].amount;
        cause_label(s, turn, parts[i].cause, c->label, sizeof c->label);
        if (c->kind == CAUSE_ORDER && parts[i].cause.index < h->turns[turn - 1].norders)
            c->order = &h->orders[h->turns[turn - 1].first_order + parts[i].cause.index];
        if (c->kind == CAUSE_EVENT && parts[i].cause.index < s->nevents)
            snprintf(c->sources, sizeof c->sources, "%s", s->events[parts[i].cause.index].sources);
    }
    return k;
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
