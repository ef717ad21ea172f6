/* The bulk commands' games through the engine's runner: the plan becomes a
 * spread, and each result reaches the command in seed order, with a progress
 * bar drawn between them when stderr is a terminal. */
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "games.h"

typedef struct Watch {
    const GamePlan *plan;
    bool tty;
    double shown_at;
} Watch;

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void progress(long done, long runs)
{
    int width = 40, filled = (int)(width * done / (runs ? runs : 1));
    fprintf(stderr, "\r[%.*s%*s] %ld/%ld", filled, "########################################", width - filled, "",
            done, runs);
    fflush(stderr);
}

static void each(void *ctx, const GameResult *r)
{
    Watch *w = ctx;
    w->plan->take(w->plan->ctx, r);
    if (w->tty && (r->index + 1 == w->plan->runs || now_s() - w->shown_at > 0.1)) {
        progress(r->index + 1, w->plan->runs);
        w->shown_at = now_s();
    }
}

int games_play(const GamePlan *plan, Error *err)
{
    Session *from = NULL;
    if (plan->from) {
        SessionConfig ai_everywhere = cli_config();
        if (!(from = rl_load(plan->from, cli_root, cli_mods, &ai_everywhere, plan->turn, err)))
            return -1;
    }
    Watch w = { .plan = plan, .tty = plan->progress && isatty(STDERR_FILENO) };
    SpreadConfig cfg = { .root = cli_root, .mods = cli_mods, .scenario = plan->cfg.scenario, .from = from,
                         .turn = plan->turn, .nsettings = plan->nsettings, .seed = plan->seed, .runs = plan->runs,
                         .jobs = plan->jobs, .each = each, .ctx = &w };
    memcpy(cfg.script, plan->cfg.script, sizeof cfg.script);
    memcpy(cfg.settings, plan->settings, sizeof cfg.settings);
    Spread *sp = rl_spread_new(&cfg, err);
    int rc = sp ? rl_spread_run(sp, err) : -1;
    rl_spread_free(sp);
    rl_close(from);
    if (w.tty)
        fputc('\n', stderr);
    return rc;
}

void tally_add(Tally *t, double score, Outcome outcome)
{
    t->games++;
    t->outcomes[outcome]++;
    double delta = score - t->mean;
    t->mean += delta / (double)t->games;
    t->m2 += delta * (score - t->mean);
}

double tally_sd(const Tally *t)
{
    return t->games > 1 ? sqrt(t->m2 / (double)(t->games - 1)) : 0;
}

double tally_margin(const Tally *t)
{
    return t->games > 1 ? 1.96 * tally_sd(t) / sqrt((double)t->games) : 0;
}

double tally_share(const Tally *t, Outcome outcome)
{
    return t->games ? 100.0 * (double)t->outcomes[outcome] / (double)t->games : 0;
}
