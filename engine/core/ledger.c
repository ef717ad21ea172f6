#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "game.h"

static const char *const kind_names[CAUSE_KINDS] = {
    "new_week", "order", "event", "dynamic", "facilitator", "range", "unseen",
};

/* Each step of the model: its name in the record, its name as a player reads
 * it, what it does in a sentence, and what it rests on (params.def has each
 * coefficient's own source). */
static const struct {
    const char *name, *title, *about, *sources;
} dynamics[DYNAMIC_COUNT] = {
    [DYN_ECONOMY] = { "economy", N_("the economy"),
                      N_("Iran's exports follow the sanctions, their enforcement and how far buyers comply; the rial, "
                         "prices and growth follow the exports, the ladder and the streets."),
                      "A20-A22, A39-A41; the 2018-2019 record" },
    [DYN_PROTEST] = { "protest", N_("the protest model"),
                      N_("People join when enough others already have: grievance and hope draw them out, fear and a "
                         "blackout hold them back, killings and swings of policy feed the grievance."),
                      "Granovetter 1978; Kuran 1991; Lichbach 1987; A19-A23, A43" },
    [DYN_REGIME] = { "regime", N_("the regime's hold"),
                     N_("Mass protest, prices, a divided elite and wavering security forces wear the regime's stability "
                        "down; with loyal forces it holds above the line where it falls."),
                     "A48, A49" },
    [DYN_FACTIONS] = { "factions", N_("the factions' balance"),
                       N_("Strikes, broad demands and a standing US ultimatum strengthen the hardliners, relief in real "
                          "talks the pragmatists; their weights drift back to the scenario's balance, and so do displays "
                          "of deterrence that are not repeated."),
                       "B11-B14" },
    [DYN_NUCLEAR] = { "nuclear", N_("the nuclear programme"),
                      N_("Enrichment grows the stockpile, strikes cost months while the damage is repaired and cost "
                         "Iran deterrence, covert work shortens the way to a bomb and risks being found out."),
                      "IAEA 2025; A32, A33; C8" },
    [DYN_OIL] = { "oil", N_("the oil market"),
                  N_("A risk premium follows the ladder and fades fast; only lost barrels at Hormuz push Brent far up, "
                     "and Iranian crude back on the market lowers it."),
                  "C7, A26" },
    [DYN_POLITICS] = { "politics", N_("US politics"),
                       N_("Approval answers casualties, pump prices and credibility; a standing ultimatum raises the "
                          "cost of backing down every week it stands and looks empty when it stands too long; talks in "
                          "a week of killings look like appeasement; the hawks press after attacks."),
                       "Fearon 1994; C1; A2, A6, A29" },
    [DYN_TALKS] = { "talks", N_("the talks' own pace"),
                    N_("Talks advance only while both sides engage, slower with broad demands, a high ladder and "
                       "past strikes; left alone by both, they lose ground. A text both sign takes effect only in a "
                       "quiet week and if neither Tehran's hardliners nor Washington's hawks sink it."),
                    "B9-B13, C1, C3, C5" },
    [DYN_LADDER] = { "ladder_settles", N_("the ladder settling back"),
                     N_("With nobody pushing, the ladder settles back towards friction a little every week; a "
                        "telegraphed, token answer lets it step further down."),
                     "Rivera et al. 2024; June 2025 record" },
    [DYN_INTEL] = { "intel_stale", N_("what intelligence learnt going stale"),
                    N_("What each side's intelligence learnt goes stale: its estimates widen back towards a guess."),
                    "A18, A33" },
    [DYN_WAR] = { "war", N_("the first blows of a war"),
                  N_("As the ladder tips into war, US forces and shipping are hit and Iran is struck at once."),
                  "A26" },
    [DYN_RECORD] = { "records", N_("the story's records"),
                     N_("The records the objectives read, which later weeks never undo: the closest Iran came to a "
                        "bomb, the deal's value, the mean oil price, the highest rung, the lowest stability."),
                     "C7, C8, A33" },
    [DYN_TENSIONS] = { "tensions_fade", N_("tensions fading"),
                       N_("Proxy attacks calm and Israel's readiness returns to its usual level."),
                       "Rivera et al. 2024; B3" },
};

const char *cause_kind_name(CauseKind k) { return k < CAUSE_KINDS ? kind_names[k] : "?"; }
const char *dynamic_name(Dynamic d) { return d < DYNAMIC_COUNT ? dynamics[d].name : "?"; }
const char *dynamic_title(Dynamic d) { return d < DYNAMIC_COUNT ? dynamics[d].title : "?"; }
const char *dynamic_about(Dynamic d) { return d < DYNAMIC_COUNT ? dynamics[d].about : ""; }
const char *dynamic_sources(Dynamic d) { return d < DYNAMIC_COUNT ? dynamics[d].sources : ""; }

void ledger_begin(Game *g)
{
    memcpy(g->ledger_mark, g->world.v, sizeof g->ledger_mark);
    g->pending_causes = 0;
}

static void append(Game *g, Cause c, int v, double amount)
{
    History *h = &g->history;
    if (h->ncauses == h->cap_causes) {
        int cap = h->cap_causes ? h->cap_causes * 2 : 64 * (g->scenario->turns + 1);
        LedgerEntry *grown = realloc(h->causes, (size_t)cap * sizeof *grown);
        if (!grown)
            return;     /* like a lost news line: the game goes on */
        h->causes = grown;
        h->cap_causes = cap;
    }
    h->causes[h->ncauses++] = (LedgerEntry){ c, (uint16_t)v, amount };
    g->pending_causes++;
}

/* A move from mark to x, or none (a NaN that stays NaN is no move). */
static bool moved(double mark, double x)
{
    return x != mark && !(isnan(x) && isnan(mark));
}

void ledger_note(Game *g, Cause c)
{
    if (g->lean)
        return;
    const double *v = g->world.v;
    double *mark = g->ledger_mark;
    /* Most notes move a few of the variables: unchanged blocks are skipped
     * whole (bit for bit: a NaN that stays NaN has not moved). */
    enum { BLOCK = 8 };
    for (int b = 0; b < VAR_COUNT; b += BLOCK) {
        int end = b + BLOCK < VAR_COUNT ? b + BLOCK : VAR_COUNT;
        if (memcmp(v + b, mark + b, (size_t)(end - b) * sizeof *v) == 0)
            continue;
        for (int i = b; i < end; i++)
            if (moved(mark[i], v[i])) {
                append(g, c, i, v[i] - mark[i]);
                mark[i] = v[i];
            }
    }
}

void ledger_note_var(Game *g, Cause c, Var v, double value)
{
    if (g->lean || !moved(g->ledger_mark[v], value))
        return;
    append(g, c, v, value - g->ledger_mark[v]);
    g->ledger_mark[v] = value;
}

/* ---- reading ---------------------------------------------------------- */

bool ledger_var_visible(int viewer, Var v)
{
    if (viewer == NOBODY)
        return true;
    if (var_info[v].flags & (TRANSIENT | INTERNAL))
        return false;
    if (viewer == LEDGER_PUBLIC)
        return var_info[v].visibility == PUBLIC;
    return viewer >= 0 && viewer < ACTOR_COUNT && actor_sees((Actor)viewer, v);
}

bool ledger_cause_visible(const Game *g, int turn, Cause c, int viewer)
{
    if (viewer == NOBODY)
        return true;
    const History *h = &g->history;
    switch ((CauseKind)c.kind) {
    case CAUSE_ORDER: {
        if (turn < 1 || turn > h->nturns || c.index >= h->turns[turn - 1].norders)
            return false;
        const Order *o = &h->orders[h->turns[turn - 1].first_order + c.index];
        return !g->catalogue->actions[o->action].secret || o->actor == viewer;
    }
    case CAUSE_FACILITATOR:
        /* an inject is news to all; a variable set is for the debrief only */
        return c.index < h->ninterventions && h->interventions[c.index].kind == IV_INJECT;
    case CAUSE_UNSEEN:
        return false;
    default:
        return true;
    }
}

/* Add amount to cause c's part in out[0..n), or a new part. */
static int merge(CausePart *out, int n, int max, Cause c, double amount)
{
    for (int i = 0; i < n; i++)
        if (cause_same(out[i].cause, c)) {
            out[i].amount += amount;
            return n;
        }
    if (n < max)
        out[n++] = (CausePart){ c, amount };
    return n;
}

int ledger_parts(const Game *g, int turn, Var v, int viewer, CausePart *out, int max)
{
    const History *h = &g->history;
    if (turn < 1 || turn > h->nturns || !ledger_var_visible(viewer, v))
        return 0;
    const TurnRecord *t = &h->turns[turn - 1];
    int n = 0;
    double unseen = 0;
    bool any_unseen = false;
    for (int i = 0; i < t->ncauses; i++) {
        const LedgerEntry *e = &h->causes[t->first_cause + i];
        if (e->var != v)
            continue;
        if (ledger_cause_visible(g, turn, e->cause, viewer)) {
            n = merge(out, n, max, e->cause, e->amount);
        } else {
            unseen += e->amount;
            any_unseen = true;
        }
    }
    if (any_unseen)
        n = merge(out, n, max, cause_of(CAUSE_UNSEEN, NOBODY, 0), unseen);
    return n;
}

void ledger_orders_world(const Game *g, int turn, double out[VAR_COUNT])
{
    const History *h = &g->history;
    memcpy(out, turn > 1 && turn - 1 <= h->nturns ? h->turns[turn - 2].v : g->scenario->initial,
           VAR_COUNT * sizeof *out);
    if (turn < 1 || turn > h->nturns)
        return;
    const TurnRecord *t = &h->turns[turn - 1];
    for (int i = 0; i < t->ncauses; i++) {
        const LedgerEntry *e = &h->causes[t->first_cause + i];
        if (e->cause.kind != CAUSE_FACILITATOR)
            break;      /* the facilitator acts between turns: before anything of this one */
        out[e->var] += e->amount;
    }
}

/* What counts as a large move of v: its range when that is bounded, the
 * size of its value when it is open-ended (kilograms, people, rials). */
static double move_scale(Var v, double before)
{
    double range = var_info[v].max - var_info[v].min;
    return range <= 100 ? range : fmax(fabs(before), 1);
}

int ledger_order_moves(const Game *g, int turn, int order, OrderMove *out, int max)
{
    const History *h = &g->history;
    if (turn < 1 || turn > h->nturns)
        return 0;
    const TurnRecord *t = &h->turns[turn - 1];
    const double *before = turn > 1 ? h->turns[turn - 2].v : g->scenario->initial;
    double sum[VAR_COUNT] = { 0 };
    for (int i = 0; i < t->ncauses; i++) {
        const LedgerEntry *e = &h->causes[t->first_cause + i];
        if (e->cause.kind == CAUSE_ORDER && e->cause.index == order)
            sum[e->var] += e->amount;
    }
    int n = 0;
    for (int v = 0; v < VAR_COUNT; v++) {
        if (sum[v] == 0 || (var_info[v].flags & (TRANSIENT | INTERNAL)))
            continue;
        OrderMove m = { (Var)v, sum[v], fmin(fabs(sum[v]) / move_scale((Var)v, before[v]), 1) };
        int at = n < max ? n++ : max;      /* insert in order, the first of equal ones first */
        while (at > 0 && out[at - 1].weight < m.weight) {
            if (at < max)
                out[at] = out[at - 1];
            at--;
        }
        if (at < max)
            out[at] = m;
    }
    return n;
}
