#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dynamics.h"
#include "game.h"

Outcome outcome_check(const World *w, const Scenario *s, int turns_done)
{
    const double *v = w->v, *p = s->params;
    if (v[V_WEAPON] >= 1)
        return OUT_BREAKOUT;
    if (v[V_ESCALATION] >= p[P_ESC_WAR])
        return OUT_WAR;
    if (v[V_STABILITY] < p[P_COLLAPSE_STABILITY])
        return OUT_COLLAPSE;
    if (v[V_TALKS] >= TALKS_AGREED)
        return OUT_AGREEMENT;
    if (turns_done >= s->turns)
        return OUT_TIMEOUT;
    return OUT_NONE;
}

/* Ask every actor for its orders against the world as it stands; nobody sees
 * another's orders before all are in (simultaneous and secret). */
static int gather_orders(Game *g, const TurnHooks *hooks, Order *orders)
{
    int n = 0;
    if (hooks->orders)
        hooks->orders(hooks->ctx, g);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        Order wanted[MAX_ORDERS];
        int k = hooks->decide(hooks->ctx, g, (Actor)a, wanted, MAX_ORDERS);
        int spent = 0;
        for (int i = 0; i < k && i < MAX_ORDERS; i++) {
            wanted[i].actor = (uint8_t)a;
            const char *why = action_blocker(g, g->world.v, (Actor)a, wanted[i].action, spent);
            if (why) {
                const char *id = wanted[i].action < g->catalogue->count
                               ? g->catalogue->actions[wanted[i].action].id : "?";
                game_news(g, a, -1, a, "%s could not %s: %s", actor_title((Actor)a), id, why);
                continue;
            }
            spent += g->catalogue->actions[wanted[i].action].cost;
            orders[n++] = wanted[i];
        }
    }
    return n;
}

static bool history_reserve(History *h, int orders)
{
    if (h->nturns == h->cap_turns) {
        int cap = h->cap_turns ? h->cap_turns * 2 : 32;
        TurnRecord *t = realloc(h->turns, (size_t)cap * sizeof *t);
        if (!t)
            return false;
        h->turns = t;
        h->cap_turns = cap;
    }
    if (h->norders + orders > h->cap_orders) {
        int cap = h->cap_orders ? h->cap_orders : 256;
        while (cap < h->norders + orders)
            cap *= 2;
        Order *o = realloc(h->orders, (size_t)cap * sizeof *o);
        if (!o)
            return false;
        h->orders = o;
        h->cap_orders = cap;
    }
    return true;
}

static void history_record(Game *g, const Order *orders, int n)
{
    History *h = &g->history;
    if (!history_reserve(h, n))
        return;
    TurnRecord *t = &h->turns[h->nturns++];
    memcpy(t->v, g->world.v, sizeof t->v);
    t->first_order = h->norders;
    t->norders = n;
    if (n > 0)
        memcpy(h->orders + h->norders, orders, (size_t)n * sizeof *orders);
    h->norders += n;
    memset(t->taken, 0, sizeof t->taken);
    for (int i = 0; i < n; i++)
        t->taken[orders[i].action / 64] |= UINT64_C(1) << (orders[i].action % 64);
    t->nnews = g->pending_news;
    t->first_news = h->nnews - g->pending_news;
    t->hash = g->lean ? 0 : world_hash(&g->world);
    g->pending_news = 0;
    t->ncauses = g->pending_causes;
    t->first_cause = h->ncauses - g->pending_causes;
    g->pending_causes = 0;
}

/* What the dynamics made happen, each line tagged with the step that did. */
static void report_happenings(Game *g, unsigned happened)
{
    static const struct {
        unsigned flag;
        Dynamic step;
        const char *line;
    } lines[] = {
        { HAPPENED_DETECTED, DYN_NUCLEAR, N_("Intelligence services expose covert weapons work in Iran (C8).") },
        { HAPPENED_SABOTAGE_TRACED, DYN_NUCLEAR,
          N_("Tehran blames Israel for an explosion at a nuclear site and vows revenge; hardliners call for an answer.") },
        { HAPPENED_STREETS_CLEARED, DYN_PROTEST, N_("The streets empty: the authorities claim to have regained control (A43).") },
        { HAPPENED_TIPPING, DYN_PROTEST, N_("Protests spread suddenly to new cities (A19).") },
        { HAPPENED_DEFECTIONS, DYN_REGIME, N_("Reports of security units refusing orders (A48).") },
        { HAPPENED_RATIFICATION_FAILED, DYN_TALKS,
          N_("The text is signed, but hardliners in Tehran or hawks in Washington sink it (B13, C1).") },
        { HAPPENED_SIGNING_BLOCKED, DYN_TALKS,
          N_("Both sides were ready to sign, but no deal can be signed while the bombs fall.") },
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        if (happened & lines[i].flag) {
            game_news(g, NOBODY, -1, NOBODY, "%s", lines[i].line);
            game_news_cause(g, cause_of(CAUSE_DYNAMIC, NOBODY, lines[i].step));
        }
}

static void report_outcome(Game *g, Outcome o)
{
    static const char *const lines[OUTCOME_COUNT] = {
        [OUT_AGREEMENT] = N_("An agreement is signed: sanctions relief for limits on the nuclear programme."),
        [OUT_WAR] = N_("The crisis tips into full-scale war."),
        [OUT_COLLAPSE] = N_("Security forces defect and the Islamic Republic falls."),
        [OUT_BREAKOUT] = N_("Iran declares a nuclear weapon."),
        [OUT_TIMEOUT] = N_("The scenario's time runs out with the crisis unresolved."),
    };
    if (o != OUT_NONE)
        game_news(g, NOBODY, -1, NOBODY, "%s", lines[o]);
}

/* The ledger's view of a turn in progress. */
typedef struct TurnNotes {
    Game *g;
    const Order *orders;
    int n;
    double score;               /* the public orders' escalation scores, summed */
} TurnNotes;

/* Whether the order's escalation score pushes the ladder: a public order's does. */
static bool pushes(const Game *g, const Order *o)
{
    const Action *act = &g->catalogue->actions[o->action];
    return !act->secret && act->escalation != 0;
}

/* The escalation step's move of the ladder: the ladder settling back, then
 * each public order's share of this turn's push, by its escalation score;
 * the step's other work is tensions fading. */
static void note_ladder(const TurnNotes *t, double settled)
{
    Game *g = t->g;
    double now = g->world.v[V_ESCALATION];
    Cause settling = cause_of(CAUSE_DYNAMIC, NOBODY, DYN_LADDER);
    if (!isnan(settled) && t->score != 0) {
        ledger_note_var(g, settling, V_ESCALATION, settled);
        double push = now - settled, at = settled;
        int last = -1;
        for (int i = 0; i < t->n; i++)
            if (pushes(g, &t->orders[i]))
                last = i;
        for (int i = 0; i <= last; i++) {
            const Action *act = &g->catalogue->actions[t->orders[i].action];
            if (!pushes(g, &t->orders[i]))
                continue;
            at = i == last ? now : at + push * act->escalation / t->score;
            ledger_note_var(g, cause_of(CAUSE_ORDER, t->orders[i].actor, i), V_ESCALATION, at);
        }
    }
    ledger_note_var(g, settling, V_ESCALATION, now);
    ledger_note(g, cause_of(CAUSE_DYNAMIC, NOBODY, DYN_TENSIONS));
}

static void note_step(void *ctx, Dynamic step, double settled)
{
    const TurnNotes *t = ctx;
    if (step == DYN_LADDER)
        note_ladder(t, settled);
    else
        ledger_note(t->g, cause_of(CAUSE_DYNAMIC, NOBODY, step));
}

/* Last week's signals cleared, then the orders' immediate effects, each
 * noted as its own; returns the public orders' escalation scores, summed. */
static double apply_orders(Game *g, const Order *orders, int n)
{
    World *w = &g->world;
    for (int v = 0; v < VAR_COUNT; v++)
        if (var_info[v].flags & TRANSIENT)
            w->v[v] = 0;
    ledger_note(g, cause_of(CAUSE_NEW_WEEK, NOBODY, 0));
    double score = 0;
    for (int i = 0; i < n; i++) {
        const Action *act = &g->catalogue->actions[orders[i].action];
        action_apply(g, (Actor)orders[i].actor, orders[i].action);
        ledger_note(g, cause_of(CAUSE_ORDER, orders[i].actor, i));
        if (!act->secret)
            score += act->escalation;
    }
    return score;
}

/* The dynamics after the orders, each step noted; returns what happened. */
static unsigned run_dynamics(Game *g, const Order *orders, int n, double score, const double *before)
{
    TurnNotes notes = { g, orders, n, score };
    StepNotes ledger = { note_step, &notes };
    DynamicsInput in = { g->scenario->params, before, g->scenario->initial, score, g->world.turn + 1, 0 };
    dynamics_run_noted(&g->world, &in, g->lean ? NULL : &ledger);
    ledger_note(g, cause_of(CAUSE_RANGE, NOBODY, 0));
    return in.happened;
}

/* One turn, in model order: orders, immediate effects, dynamics, reactions
 * and events, end checks, history. */
Outcome turn_resolve(Game *g, const TurnHooks *hooks)
{
    World *w = &g->world;
    if (w->outcome != OUT_NONE)
        return w->outcome;
    double before[VAR_COUNT];
    memcpy(before, w->v, sizeof before);

    Order orders[ACTOR_COUNT * MAX_ORDERS];
    int n = gather_orders(g, hooks, orders);
    double score = apply_orders(g, orders, n);
    report_happenings(g, run_dynamics(g, orders, n, score, before));

    if (hooks->react)
        hooks->react(hooks->ctx, g);
    ledger_note(g, cause_of(CAUSE_RANGE, NOBODY, 0));     /* the events' writes held within range */
    record_extremes(w, before, g->scenario->initial, g->scenario->params);
    ledger_note(g, cause_of(CAUSE_DYNAMIC, NOBODY, DYN_RECORD));

    w->outcome = outcome_check(w, g->scenario, w->turn + 1);
    report_outcome(g, w->outcome);
    w->turn++;
    history_record(g, orders, n);
    return w->outcome;
}

/* The world after this turn's orders and dynamics if `orders` were all that
 * was ordered (no other side's orders, no events), on a copy of the game:
 * the game itself, its random stream and its history are left as they were.
 * Orders the turn would refuse are left out, as the turn leaves them out. */
static void turn_preview(const Game *g, const Order *orders, int n, double out[VAR_COUNT])
{
    Game copy = *g;
    copy.lean = true;   /* writes no news and no ledger: they are the real game's */
    Order valid[ACTOR_COUNT * MAX_ORDERS];
    int k = 0, spent[ACTOR_COUNT] = { 0 };
    for (int i = 0; i < n && k < ACTOR_COUNT * MAX_ORDERS; i++) {
        Actor a = (Actor)orders[i].actor;
        if (a >= ACTOR_COUNT || action_blocker(g, g->world.v, a, orders[i].action, spent[a]))
            continue;
        spent[a] += g->catalogue->actions[orders[i].action].cost;
        valid[k++] = orders[i];
    }
    double score = apply_orders(&copy, valid, k);
    run_dynamics(&copy, valid, k, score, g->world.v);
    memcpy(out, copy.world.v, VAR_COUNT * sizeof *out);
}

double ladder_expected(const Game *g, const Order *orders, int n, double *drift)
{
    double with[VAR_COUNT], without[VAR_COUNT];
    turn_preview(g, orders, n, with);
    turn_preview(g, NULL, 0, without);
    if (drift)
        *drift = without[V_ESCALATION] - g->world.v[V_ESCALATION];
    return with[V_ESCALATION] - without[V_ESCALATION];
}
