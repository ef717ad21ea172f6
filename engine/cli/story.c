/* The plain story `redline run` prints: each turn who did what, why, and
 * which source says so. */
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "cli.h"

static void print_order(FILE *out, const Session *s, const Order *o)
{
    const Action *act = &s->catalogue.actions[o->action];
    fprintf(out, "  %-14s %s%s", actor_title((Actor)o->actor), act->name, act->secret ? " (secret)" : "");
    for (int f = 0; f < FACTION_COUNT; f++)
        if (act->opposes & (1u << f))
            fprintf(out, " [opposed by %s]", faction_title((Faction)f));
    fputc('\n', out);
    for (int k = 0; k < o->nrules; k++) {
        const Rule *r = &s->rulebook.rules[o->rules[k]];
        fprintf(out, "  %-14s   why: %s [%s]\n", "", r->reason, r->sources);
    }
}

static void print_indicators(FILE *out, const double *v, const double *before)
{
    static const Var shown[] = { V_ESCALATION, V_OIL_PRICE, V_RIAL, V_INFLATION, V_PROTEST, V_DEATHS,
                                 V_STABILITY, V_STOCKPILE, V_TALKS_PROGRESS, V_APPROVAL };
    fputs("  ", out);
    for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
        Var x = shown[i];
        double d = v[x] - before[x];
        const char *arrow = fabs(d) < 1e-3 * (var_info[x].max - var_info[x].min) ? "" : d > 0 ? "+" : "-";
        fprintf(out, "%s %.4g%s%s", var_info[x].name, v[x], arrow, i + 1 < sizeof shown / sizeof *shown ? ", " : "\n");
    }
}

void print_story(FILE *out, const Session *s)
{
    const Game *g = &s->game;
    const History *h = &g->history;
    fprintf(out, "Red Line: %s (%s), seed %" PRIu64 "\n", s->scenario.name, s->scenario.id, g->seed);
    for (int t = 0; t < h->nturns; t++) {
        const TurnRecord *rec = &h->turns[t];
        char date[16];
        game_date(&s->scenario, t + 1, date);
        fprintf(out, "\nTurn %d, week of %s\n", t + 1, date);
        for (int i = 0; i < rec->norders; i++)
            print_order(out, s, &h->orders[rec->first_order + i]);
        for (int i = 0; i < rec->nnews; i++) {
            const News *n = &h->news[rec->first_news + i];
            if (n->action < 0)
                fprintf(out, "  * %s\n", n->text);
        }
        print_indicators(out, rec->v, t > 0 ? h->turns[t - 1].v : s->scenario.initial);
    }
    fprintf(out, "\nOutcome: %s after %d turns.", outcome_name(g->world.outcome), g->world.turn);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (s->scenario.nobjectives[a] > 0)
            fprintf(out, " %s scores %.0f.", actor_title((Actor)a), game_score(g, (Actor)a, NULL));
    fprintf(out, "\nstate_hash %016" PRIx64 "\n", world_hash(&g->world));
}
