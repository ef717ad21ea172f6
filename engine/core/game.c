#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dynamics.h"
#include "game.h"

static const char *const outcome_names[OUTCOME_COUNT] = {
    "none", "agreement", "war", "regime_collapse", "breakout", "timeout",
};

const char *outcome_name(Outcome o) { return outcome_names[o]; }

int outcome_find(const char *name)
{
    for (int i = 0; i < OUTCOME_COUNT; i++)
        if (strcmp(name, outcome_names[i]) == 0)
            return i;
    return -1;
}

bool game_init(Game *g, const Scenario *s, const Catalogue *c, const Rulebook *r, uint64_t seed)
{
    memset(g, 0, sizeof *g);
    g->scenario = s;
    g->catalogue = c;
    g->rulebook = r;
    g->seed = seed;
    World *w = &g->world;
    memcpy(w->v, s->initial, sizeof w->v);
    for (int a = 0; a < ACTOR_COUNT; a++)
        for (int v = 0; v < VAR_COUNT; v++)
            w->intel[a][v] = 1;
    w->v[V_BREAKOUT] = breakout_weeks(w->v, s->params);
    pcg32_seed(&w->rng, seed, 0x5eedULL);
    ledger_begin(g);
    return true;
}

void game_free(Game *g)
{
    free(g->history.turns);
    free(g->history.orders);
    free(g->history.news);
    free(g->history.interventions);
    free(g->history.causes);
    memset(&g->history, 0, sizeof g->history);
}

static const char *const intervention_names[INTERVENTION_KINDS] = { "inject", "set", "rewind", "pause" };
static const char *const effect_op_names[] = { "add", "mul", "set", "atleast", "atmost", "intel" };

const char *intervention_name(InterventionKind k) { return intervention_names[k]; }
const char *effect_op_name(EffectOp op) { return effect_op_names[op]; }

static int name_index(const char *name, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

int intervention_find(const char *name) { return name_index(name, intervention_names, INTERVENTION_KINDS); }
int effect_op_find(const char *name) { return name_index(name, effect_op_names, EFF_INTEL + 1); }

int game_intervene(Game *g, const Intervention *iv)
{
    History *h = &g->history;
    if (h->ninterventions == h->cap_interventions) {
        int cap = h->cap_interventions ? h->cap_interventions * 2 : 16;
        Intervention *grown = realloc(h->interventions, (size_t)cap * sizeof *grown);
        if (!grown)
            return -1;
        h->interventions = grown;
        h->cap_interventions = cap;
    }
    Intervention *kept = &h->interventions[h->ninterventions++];
    *kept = *iv;
    kept->turn = g->world.turn;
    for (int i = 0; i < iv->neff; i++)
        effect_apply(g, NOBODY, &iv->eff[i]);
    ledger_note(g, cause_of(CAUSE_FACILITATOR, NOBODY, h->ninterventions - 1));
    /* An inject is news to everyone; a changed variable is not shown, or the
     * teams would learn values they cannot see: the debrief shows it. */
    if (iv->kind == IV_INJECT)
        game_news(g, NOBODY, -1, NOBODY, "%s", iv->text);
    else if (iv->kind == IV_SET)
        game_news(g, NOBODY, -1, NOBODY, N_("The facilitator has changed the situation; the debrief will say how."));
    if (iv->kind == IV_INJECT || iv->kind == IV_SET)
        game_news_cause(g, cause_of(CAUSE_FACILITATOR, NOBODY, h->ninterventions - 1));
    return 0;
}

void game_news(Game *g, int actor, int action, int only_for, const char *fmt, ...)
{
    if (g->lean)
        return;
    History *h = &g->history;
    if (h->nnews == h->cap_news) {
        int cap = h->cap_news ? h->cap_news * 2 : 256;
        News *grown = realloc(h->news, (size_t)cap * sizeof *grown);
        if (!grown)
            return;     /* a lost news line must not stop the game */
        h->news = grown;
        h->cap_news = cap;
    }
    News *n = &h->news[h->nnews++];
    n->turn = g->world.turn + 1;
    n->actor = actor;
    n->action = action;
    n->only_for = only_for;
    n->cause = cause_of(action >= 0 ? CAUSE_ORDER : CAUSE_KINDS, actor, 0xffff);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(n->text, sizeof n->text, fmt, ap);
    va_end(ap);
    g->pending_news++;
}

void game_news_cause(Game *g, Cause c)
{
    if (!g->lean && g->pending_news > 0)
        g->history.news[g->history.nnews - 1].cause = c;
}

/* Each actor draws from its own stream, fixed by seed, turn and actor, so a
 * replay that feeds recorded orders instead of asking the scripts consumes
 * the game's stream exactly as the original game did. */
void game_actor_rng(const Game *g, Actor a, Pcg32 *out)
{
    uint64_t stream = 0x1000u + (uint64_t)g->world.turn * ACTOR_COUNT + (uint64_t)a;
    pcg32_seed(out, g->seed, stream);
}

/* The error an actor has about a variable it cannot see, the values being
 * `row`: a share of a bounded range (15%), or of the value for open-ended
 * quantities (20% of kilograms, weeks), scaled by what its intelligence has
 * learnt. */
static double uncertainty_of(const Game *g, Actor a, Var v, const double *row)
{
    if (actor_sees(a, v))
        return 0;
    const double *p = g->scenario->params;
    double range = var_info[v].max - var_info[v].min;
    double sd = range <= 100 ? p[P_FOG_BOUNDED] * range : p[P_FOG_OPEN] * fabs(row[v]) + 1;
    if (v == V_STOCKPILE)
        sd *= 1 - p[P_FOG_IAEA] * row[V_IAEA];     /* inspectors make the stockpile visible */
    return sd * g->world.intel[a][v];
}

double game_uncertainty(const Game *g, Actor a, Var v)
{
    return uncertainty_of(g, a, v, g->world.v);
}

void game_reseed(Game *g, uint64_t seed)
{
    g->seed = seed;
    pcg32_seed(&g->world.rng, seed, 0x5eedULL + (uint64_t)g->world.turn);
}

/* What an estimate is centred on: the truth, except for weapons work nobody
 * has found, which outsiders cannot see at all: they reckon with what was
 * known at the start (C8), and so does their idea of breakout; the record
 * of the secret work done in the game reads none. */
static double believed(const Game *g, Var v, const double *row)
{
    bool secret = row[V_DETECTED] < 1 && (v == V_COVERT || v == V_BREAKOUT || v == V_BOMB_PROGRESS);
    if (!secret)
        return row[v];
    if (v == V_BOMB_PROGRESS)
        return row[V_WEAPON] * var_info[V_BOMB_PROGRESS].max;
    double known[VAR_COUNT];
    memcpy(known, row, sizeof known);
    known[V_COVERT] = fmin(row[V_COVERT], g->scenario->initial[V_COVERT]);
    return v == V_COVERT ? known[V_COVERT] : breakout_weeks(known, g->scenario->params);
}

/* What actor a believes v to be this turn. The error is drawn from a stream
 * fixed by seed, turn, actor and variable, so the answer is the same however
 * often, and in whatever order, anyone asks. */
double game_estimate_at(const Game *g, Actor a, Var v, int turn, const double *row, double *sd)
{
    double error = uncertainty_of(g, a, v, row);
    if (sd)
        *sd = error;
    if (error <= 0)
        return row[v];
    Pcg32 rng;
    uint64_t stream = 0x100000u + ((uint64_t)turn * ACTOR_COUNT + (uint64_t)a) * VAR_COUNT + (uint64_t)v;
    pcg32_seed(&rng, g->seed, stream);
    return var_clamp(v, believed(g, v, row) + error * pcg32_normal(&rng));
}

double game_estimate(const Game *g, Actor a, Var v)
{
    return game_estimate_at(g, a, v, g->world.turn, g->world.v, NULL);
}

double game_score(const Game *g, Actor a, double *parts)
{
    const Scenario *s = g->scenario;
    double total = 0, weights = 0;
    for (int i = 0; i < s->nobjectives[a]; i++) {
        const Objective *o = &s->objectives[a][i];
        double met;
        if (o->var < 0) {
            met = g->world.outcome == (Outcome)o->outcome;
        } else {
            met = (g->world.v[o->var] - o->worst) / (o->best - o->worst);
            met = met < 0 ? 0 : met > 1 ? 1 : met;
        }
        if (parts)
            parts[i] = 100 * met;
        total += o->weight * met;
        weights += o->weight;
    }
    return weights > 0 ? 100 * total / weights : 0;
}

/* Days since 1970-01-01 for a civil date, and back (H. Hinnant's algorithms). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - (int)era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = (int)(z - era * 146097);
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = (int)(yoe + era * 400) + (*m <= 2);
}

/* The date a turn starts on, as YYYY-MM-DD (turn 1 starts on the start date). */
void game_date(const Scenario *s, int turn, char out[16])
{
    int y = 2026, m = 1, d = 1;
    sscanf(s->start_date, "%d-%d-%d", &y, &m, &d);
    civil_from_days(days_from_civil(y, m, d) + (long)(turn - 1) * s->days_per_turn, &y, &m, &d);
    snprintf(out, 16, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
}
