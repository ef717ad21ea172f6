/* The one Monte Carlo runner: many games of a scenario, or of a game played
 * on from one of its turns, with the computer (or given strategies) in every
 * role. `redline batch`, the tournaments, the window's "how likely was it?"
 * and the report's turning points all read their games from here.
 *
 * Games are independent, so rl_spread_run plays them on threads, each with
 * its own Lua state. Results pass through a small window and are taken in
 * run order whatever the threads' timing: handed to the caller and added to
 * running statistics, so memory does not grow with the number of games. */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dynamics.h"
#include "../redline.h"
#include "../save/save.h"
#include "../script/session.h"

#define WINDOW 64       /* results that may wait for an earlier game to finish */
#define MAX_JOBS 64

struct Spread {
    SpreadConfig cfg;
    SaveImage *image;           /* with cfg.from: the game to play on from */
    char scenario[ID_LEN];
    Session *mine;              /* the session rl_spread_step plays on */
    atomic_long next, done;
    atomic_int failed;
    Error err;
    pthread_mutex_t lock;
    pthread_cond_t freed;
    long taken;                 /* results taken so far, in run order */
    GameResult slot[WINDOW];
    bool ready[WINDOW];
    /* running statistics (Welford's mean and variance) */
    long count, outcomes[OUTCOME_COUNT], scored[ACTOR_COUNT];
    double turns, mean[VAR_COUNT], m2[VAR_COUNT], score_mean[ACTOR_COUNT], score_m2[ACTOR_COUNT];
};

/* Who plays what in every game: the computer, or the given strategies. */
static SessionConfig game_config(const Spread *sp, uint64_t seed)
{
    SessionConfig cfg = { .root = sp->cfg.root, .mods = sp->cfg.mods, .scenario = sp->scenario, .seed = seed };
    memcpy(cfg.script, sp->cfg.script, sizeof cfg.script);
    return cfg;
}

/* The spread's parameters, set again for every game (a restart that reloads
 * the scripts reads the scenario afresh). */
static void apply_settings(const Spread *sp, Session *s)
{
    if (sp->cfg.nsettings == 0)
        return;
    for (int i = 0; i < sp->cfg.nsettings && i < MAX_SETTINGS; i++)
        s->scenario.params[sp->cfg.settings[i].param] = sp->cfg.settings[i].value;
    s->game.world.v[V_BREAKOUT] = breakout_weeks(s->game.world.v, s->scenario.params);
}

/* The next game: the scenario afresh, or the game as it stood at the end of
 * the chosen turn, its randomness changed so that the rest can go another way. */
static Session *next_game(const Spread *sp, Session *s, uint64_t seed, Error *err)
{
    if (!sp->image) {
        if (s) {
            session_restart(s, seed);
        } else {
            SessionConfig cfg = game_config(sp, seed);
            s = session_open(&cfg, err);
        }
    } else {
        session_free(s);
        SessionConfig cfg = game_config(sp, seed);
        s = save_image_branch(sp->image, sp->cfg.turn, &cfg, err);
        if (s)
            game_reseed(&s->game, seed);
    }
    if (s) {
        s->game.lean = true;    /* only the outcome and the final values are kept */
        apply_settings(sp, s);
    }
    return s;
}

static void play_one(Session *s, long index, uint64_t seed, GameResult *r)
{
    while (!session_over(s))
        session_step(s);
    memset(r, 0, sizeof *r);    /* padding too: a result is compared and kept byte for byte */
    r->index = index;
    r->seed = seed;
    r->outcome = s->game.world.outcome;
    r->turns = s->game.world.turn;
    memcpy(r->final, s->game.world.v, sizeof r->final);
    r->state_hash = world_hash(&s->game.world);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        r->scored[a] = s->scenario.nobjectives[a] > 0;
        r->score[a] = r->scored[a] ? game_score(&s->game, (Actor)a, NULL) : 0;
    }
    r->warnings = s->nwarnings;
    for (int w = 0; w < s->nwarnings; w++)
        for (int a = 0; a < ACTOR_COUNT; a++)
            if (s->strategy[a] && strstr(s->warnings[w], s->script_path[a]))
                r->failures[a]++;
}

static void welford(double x, long n, double *mean, double *m2)
{
    double delta = x - *mean;
    *mean += delta / (double)n;
    *m2 += delta * (x - *mean);
}

/* One game's result into the statistics and to the caller, in run order. */
static void take(Spread *sp, const GameResult *r)
{
    sp->count++;
    sp->outcomes[r->outcome]++;
    sp->turns += r->turns;
    for (int v = 0; v < VAR_COUNT; v++)
        welford(r->final[v], sp->count, &sp->mean[v], &sp->m2[v]);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (r->scored[a])
            welford(r->score[a], ++sp->scored[a], &sp->score_mean[a], &sp->score_m2[a]);
    if (sp->cfg.each)
        sp->cfg.each(sp->cfg.ctx, r);
}

/* Game i is done: park it in the window and take whatever is next in order.
 * A game far ahead waits for the window to move on. */
static void hand_over(Spread *sp, const GameResult *r)
{
    pthread_mutex_lock(&sp->lock);
    while (r->index >= sp->taken + WINDOW && !atomic_load(&sp->failed))
        pthread_cond_wait(&sp->freed, &sp->lock);
    if (!atomic_load(&sp->failed)) {
        sp->slot[r->index % WINDOW] = *r;
        sp->ready[r->index % WINDOW] = true;
        while (sp->ready[sp->taken % WINDOW]) {
            sp->ready[sp->taken % WINDOW] = false;
            take(sp, &sp->slot[sp->taken % WINDOW]);
            sp->taken++;
        }
    }
    pthread_cond_broadcast(&sp->freed);
    pthread_mutex_unlock(&sp->lock);
}

static void fail(Spread *sp, const Error *err)
{
    pthread_mutex_lock(&sp->lock);
    if (!atomic_exchange(&sp->failed, 1))
        sp->err = *err;
    pthread_cond_broadcast(&sp->freed);
    pthread_mutex_unlock(&sp->lock);
}

/* Play games until `limit` of them have been started (by anyone); the
 * session is the caller's to keep for the next call. */
/* The next game to start, if it is before `limit`; -1 if none is. */
static long claim(Spread *sp, long limit)
{
    long i = atomic_load(&sp->next);
    while (i < limit && !atomic_compare_exchange_weak(&sp->next, &i, i + 1))
        ;
    return i < limit ? i : -1;
}

static Session *play_until(Spread *sp, Session *s, long limit)
{
    Error err = { 0 };
    for (long i; !atomic_load(&sp->failed) && (i = claim(sp, limit)) >= 0;) {
        uint64_t seed = sp->cfg.seed + (uint64_t)i;
        if (!(s = next_game(sp, s, seed, &err))) {
            fail(sp, &err);
            break;
        }
        GameResult r;
        play_one(s, i, seed, &r);
        hand_over(sp, &r);
        atomic_fetch_add(&sp->done, 1);
    }
    return s;
}

static void *worker(void *arg)
{
    Spread *sp = arg;
    session_free(play_until(sp, NULL, sp->cfg.runs));
    return NULL;
}

Spread *rl_spread_new(const SpreadConfig *cfg, Error *err)
{
    if (cfg->runs < 0 || (!cfg->scenario && !cfg->from))
        return error_set(err, ERR_USAGE, _("a spread needs a scenario or a game to play on from, and runs >= 0")), NULL;
    Spread *sp = calloc(1, sizeof *sp);
    if (!sp)
        return error_set(err, ERR_INTERNAL, _("out of memory")), NULL;
    sp->cfg = *cfg;
    if (sp->cfg.jobs < 1)
        sp->cfg.jobs = 1;
    if (sp->cfg.jobs > MAX_JOBS)
        sp->cfg.jobs = MAX_JOBS;
    if (cfg->from) {
        if (cfg->turn < 0 || cfg->turn > rl_turn(cfg->from)) {
            free(sp);
            return error_set(err, ERR_USAGE, _("there is no turn %d to play on from (the game is at turn %d)"),
                             cfg->turn, rl_turn(cfg->from)), NULL;
        }
        if (!(sp->image = save_image(cfg->from))) {
            free(sp);
            return error_set(err, ERR_INTERNAL, _("out of memory")), NULL;
        }
        if (!sp->cfg.root)
            sp->cfg.root = cfg->from->sb->root;
        if (!sp->cfg.mods)
            sp->cfg.mods = &cfg->from->mods;
        snprintf(sp->scenario, sizeof sp->scenario, "%s", cfg->from->scenario.id);
    } else {
        snprintf(sp->scenario, sizeof sp->scenario, "%s", cfg->scenario);
    }
    sp->cfg.from = NULL;        /* the image stands for it from now on */
    pthread_mutex_init(&sp->lock, NULL);
    pthread_cond_init(&sp->freed, NULL);
    return sp;
}

long rl_spread_step(Spread *sp, long games, Error *err)
{
    long started = atomic_load(&sp->next);
    long limit = games < sp->cfg.runs - started ? started + games : sp->cfg.runs;
    sp->mine = play_until(sp, sp->mine, limit);
    if (atomic_load(&sp->failed)) {
        *err = sp->err;
        return -1;
    }
    return sp->cfg.runs - atomic_load(&sp->done);
}

int rl_spread_run(Spread *sp, Error *err)
{
    pthread_t threads[MAX_JOBS];
    int started = 0;
    for (int j = 1; j < sp->cfg.jobs; j++)
        if (pthread_create(&threads[started], NULL, worker, sp) == 0)
            started++;
    sp->mine = play_until(sp, sp->mine, sp->cfg.runs);
    for (int j = 0; j < started; j++)
        pthread_join(threads[j], NULL);
    if (atomic_load(&sp->failed)) {
        *err = sp->err;
        return -1;
    }
    return 0;
}

void rl_spread_summary(const Spread *sp, SpreadSummary *out)
{
    memset(out, 0, sizeof *out);
    out->count = sp->count;
    memcpy(out->outcomes, sp->outcomes, sizeof out->outcomes);
    double n = sp->count ? (double)sp->count : 1;
    out->mean_turns = sp->turns / n;
    for (int v = 0; v < VAR_COUNT; v++) {
        out->mean[v] = sp->mean[v];
        out->sd[v] = sqrt(sp->m2[v] / n);
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        out->scored[a] = sp->scored[a];
        out->score_mean[a] = sp->score_mean[a];
        out->score_sd[a] = sp->scored[a] > 1 ? sqrt(sp->score_m2[a] / (double)(sp->scored[a] - 1)) : 0;
    }
}

void rl_spread_free(Spread *sp)
{
    if (!sp)
        return;
    session_free(sp->mine);
    save_image_free(sp->image);
    pthread_cond_destroy(&sp->freed);
    pthread_mutex_destroy(&sp->lock);
    free(sp);
}
