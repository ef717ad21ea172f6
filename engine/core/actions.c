#include <stdlib.h>
#include <string.h>

#include "game.h"

int catalogue_find(const Catalogue *c, const char *id)
{
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->actions[i].id, id) == 0)
            return i;
    return -1;
}

bool prereq_met(const Prereq *p, double x)
{
    switch (p->cmp) {
    case CMP_LT: return x < p->value;
    case CMP_LE: return x <= p->value;
    case CMP_GT: return x > p->value;
    case CMP_GE: return x >= p->value;
    case CMP_EQ: return x == p->value;
    case CMP_NE: return x != p->value;
    }
    return false;
}

bool prereqs_met(const Prereq *p, int n, const double *v)
{
    for (int i = 0; i < n; i++)
        if (!prereq_met(&p[i], v[p[i].var]))
            return false;
    return true;
}

/* Why actor `a` may not take `action` now (v is the world as it stood at the
 * start of the turn, `spent` the capital its earlier orders used), or NULL. */
const char *action_blocker(const Game *g, const double *v, Actor a, int action, int spent)
{
    if (action < 0 || action >= g->catalogue->count)
        return N_("no such action");
    const Action *act = &g->catalogue->actions[action];
    if (!(act->actors & (1u << a)))
        return N_("not an action of this actor");
    if (spent + act->cost > g->scenario->capital[a])
        return N_("not enough political capital");
    if (!prereqs_met(act->pre, act->npre, v))
        return N_("a prerequisite is not met");
    return NULL;
}

void effect_apply(Game *g, Actor a, const Effect *e)
{
    World *w = &g->world;
    double value = e->value;
    if (e->sd > 0)
        value += e->sd * pcg32_normal(&w->rng);
    double *x = &w->v[e->var];
    switch (e->op) {
    case EFF_ADD: *x += value; break;
    case EFF_MUL: *x *= value; break;
    case EFF_SET: *x = value; break;
    case EFF_ATLEAST: if (*x < value) *x = value; break;
    case EFF_ATMOST: if (*x > value) *x = value; break;
    case EFF_INTEL:
        if (a >= ACTOR_COUNT)
            return;         /* intelligence is someone's; an inject has no one to learn it */
        for (int v = 0; v < VAR_COUNT; v++)
            if (var_info[v].owner == (Actor)e->var)
                intel_set(w, a, (Var)v, w->intel[a][v] * value);
        return;
    }
    *x = var_clamp(e->var, *x);
}

#define IRAN_FACTIONS ((1u << F_LEADER) | (1u << F_HARDLINE) | (1u << F_PRAGMATIC))

/* Acting against the factions that weigh most costs Iran cohesion (B9-B11);
 * concessions the hawks oppose cost the President (C1). */
static void factions_react(Game *g, const Action *act)
{
    double *v = g->world.v;
    const double *p = g->scenario->params;
    if (act->opposes & IRAN_FACTIONS) {
        double against = 0, behind = 0;
        for (int f = F_LEADER; f <= F_PRAGMATIC; f++) {
            double weight = v[V_F_LEADER + f];
            if (act->opposes & (1u << f)) against += weight;
            if (act->backs & (1u << f)) behind += weight;
        }
        if (against > behind)
            v[V_COHESION] = var_clamp(V_COHESION, v[V_COHESION] - p[P_COHESION_COST] * against);
    }
    if (act->opposes & (1u << F_HAWKS)) {
        double pressure = v[V_HAWK_PRESSURE] / var_info[V_HAWK_PRESSURE].max;
        v[V_APPROVAL] = var_clamp(V_APPROVAL, v[V_APPROVAL] - p[P_HAWK_COST] * pressure);
        v[V_HAWK_PRESSURE] = var_clamp(V_HAWK_PRESSURE, v[V_HAWK_PRESSURE] + p[P_HAWK_OPPOSED]);
    }
    if (act->backs & (1u << F_HAWKS))
        v[V_HAWK_PRESSURE] = var_clamp(V_HAWK_PRESSURE, v[V_HAWK_PRESSURE] - p[P_HAWK_BACKED]);
}

void action_apply(Game *g, Actor a, int action)
{
    const Action *act = &g->catalogue->actions[action];
    for (int i = 0; i < act->neff; i++)
        effect_apply(g, a, &act->eff[i]);
    factions_react(g, act);
    if (g->lean)
        return;     /* game_news keeps none: its words are not even looked up (every order of a batch) */
    const char *line = act->news[0] ? act->news : act->name;
    game_news(g, a, action, act->secret ? (int)a : NOBODY, "%s: %s", actor_title(a), line);
}

/* The value x would take under effect e at its mean (intelligence moves no
 * variable). */
static double effect_mean(const Effect *e, double x)
{
    switch (e->op) {
    case EFF_ADD: x += e->value; break;
    case EFF_MUL: x *= e->value; break;
    case EFF_SET: x = e->value; break;
    case EFF_ATLEAST: x = x < e->value ? e->value : x; break;
    case EFF_ATMOST: x = x > e->value ? e->value : x; break;
    case EFF_INTEL: return x;
    }
    return var_clamp(e->var, x);
}

/* Which way effect e moves its variable from the world v: 1, -1 or 0. */
static int effect_direction(const Effect *e, const double *v)
{
    if (e->op == EFF_INTEL)
        return 0;
    double after = effect_mean(e, v[e->var]);
    return (after > v[e->var]) - (after < v[e->var]);
}

/* A variable that actions a and b push opposite ways from the world v, or -1. */
static int opposed_on(const Action *a, const Action *b, const double *v)
{
    for (int i = 0; i < a->neff; i++)
        for (int j = 0; j < b->neff; j++)
            if (a->eff[i].op != EFF_INTEL && a->eff[i].var == b->eff[j].var &&
                effect_direction(&a->eff[i], v) * effect_direction(&b->eff[j], v) < 0)
                return a->eff[i].var;
    return -1;
}

/* A variable on which a's effects, applied to the world v, break one of b's
 * requirements that holds now, or -1. */
static int undoes_on(const Action *a, const Action *b, const double *v)
{
    double after[VAR_COUNT];
    memcpy(after, v, sizeof after);
    for (int i = 0; i < a->neff; i++)
        after[a->eff[i].var] = effect_mean(&a->eff[i], after[a->eff[i].var]);
    for (int k = 0; k < b->npre; k++)
        if (prereq_met(&b->pre[k], v[b->pre[k].var]) && !prereq_met(&b->pre[k], after[b->pre[k].var]))
            return b->pre[k].var;
    return -1;
}

int orders_conflicts(const Game *g, const Order *orders, int n, Conflict *out, int max)
{
    const double *v = g->world.v;
    int found = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n && found < max; j++) {
            if (orders[i].action == orders[j].action || orders[i].action >= g->catalogue->count ||
                orders[j].action >= g->catalogue->count)
                continue;
            const Action *a = &g->catalogue->actions[orders[i].action], *b = &g->catalogue->actions[orders[j].action];
            int var;
            if ((var = opposed_on(a, b, v)) >= 0)
                out[found++] = (Conflict){ i, j, (Var)var, CONFLICT_OPPOSED };
            else if ((var = undoes_on(a, b, v)) >= 0)
                out[found++] = (Conflict){ i, j, (Var)var, CONFLICT_UNDOES };
            else if ((var = undoes_on(b, a, v)) >= 0)
                out[found++] = (Conflict){ j, i, (Var)var, CONFLICT_UNDOES };
        }
    return found;
}

int rulebook_add(Rulebook *r, const Rule *rule)
{
    if (r->count == r->cap) {
        int cap = r->cap ? r->cap * 2 : 64;
        Rule *grown = realloc(r->rules, (size_t)cap * sizeof *grown);
        if (!grown)
            return -1;
        r->rules = grown;
        r->cap = cap;
    }
    r->rules[r->count] = *rule;
    return r->count++;
}

int rulebook_find(const Rulebook *r, const char *id)
{
    for (int i = 0; i < r->count; i++)
        if (strcmp(r->rules[i].id, id) == 0)
            return i;
    return -1;
}

void rulebook_free(Rulebook *r)
{
    free(r->rules);
    memset(r, 0, sizeof *r);
}
