/* Many games of one set-up on threads. Results pass through a small window
 * and are taken in seed order, so memory does not grow with the number of
 * games and the order of the threads' finishing never shows. */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/dynamics.h"
#include "../save/save.h"
#include "games.h"

#define WINDOW 64   /* results that may wait for an earlier game to finish */

typedef struct Runner {
    const GamePlan *plan;
    GameResult slot[WINDOW];
    bool ready[WINDOW];
    long taken;                 /* results taken so far, in seed order */
    pthread_mutex_t lock;
    pthread_cond_t freed;
    atomic_long next, done;
    atomic_int failed;
    Error err;
} Runner;

/* The plan's parameters, set again after every restart (a restart that
 * reloads the scripts reads the scenario afresh). */
static void apply_settings(const GamePlan *plan, Session *s)
{
    if (plan->nsettings == 0)
        return;
    for (int i = 0; i < plan->nsettings; i++)
        s->scenario.params[plan->settings[i].param] = plan->settings[i].value;
    s->game.world.v[V_BREAKOUT] = breakout_weeks(&s->game.world, s->scenario.params);
}

/* The next game: the scenario afresh, or the saved game as it stood at the
 * end of turn T, its randomness changed so that the rest can go another way. */
static Session *next_game(const GamePlan *plan, Session *s, uint64_t seed, Error *err)
{
    if (!plan->from) {
        session_restart(s, seed);
    } else {
        session_free(s);
        SessionConfig ai_everywhere = { .root = cli_root };
        s = save_load_at(plan->from, cli_root, &ai_everywhere, plan->turn, err);
        if (s)
            game_reseed(&s->game, seed);
    }
    if (s) {
        s->game.lean = true;    /* only the outcome and the final values are kept */
        apply_settings(plan, s);
    }
    return s;
}

static void play_one(const GamePlan *plan, Session *s, uint64_t seed, GameResult *r)
{
    while (!session_over(s))
        session_step(s);
    memset(r, 0, sizeof *r);
    r->seed = seed;
    r->outcome = s->game.world.outcome;
    r->turns = s->game.world.turn;
    memcpy(r->final, s->game.world.v, sizeof r->final);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        r->scored[a] = s->scenario.nobjectives[a] > 0;
        r->score[a] = r->scored[a] ? game_score(&s->game, (Actor)a, NULL) : 0;
    }
    r->warnings = s->nwarnings;
    /* a replacement script that failed was stopped for those turns: count it */
    for (int w = 0; w < s->nwarnings; w++)
        for (int a = 0; a < ACTOR_COUNT; a++)
            if (plan->cfg.script[a] && strstr(s->warnings[w], plan->cfg.script[a]))
                r->failures[a]++;
}

/* Game i is done: park it in the window and take whatever is next in order.
 * A game far ahead waits for the window to move on. */
static void hand_over(Runner *rn, long i, const GameResult *r)
{
    pthread_mutex_lock(&rn->lock);
    while (i >= rn->taken + WINDOW && !atomic_load(&rn->failed))
        pthread_cond_wait(&rn->freed, &rn->lock);
    if (atomic_load(&rn->failed)) {
        pthread_mutex_unlock(&rn->lock);
        return;
    }
    rn->slot[i % WINDOW] = *r;
    rn->ready[i % WINDOW] = true;
    while (rn->ready[rn->taken % WINDOW]) {
        rn->ready[rn->taken % WINDOW] = false;
        rn->plan->take(rn->plan->ctx, &rn->slot[rn->taken % WINDOW]);
        rn->taken++;
    }
    pthread_cond_broadcast(&rn->freed);
    pthread_mutex_unlock(&rn->lock);
}

static void *worker(void *arg)
{
    Runner *rn = arg;
    const GamePlan *plan = rn->plan;
    SessionConfig cfg = plan->cfg;
    cfg.root = cli_root;
    cfg.seed = plan->seed;
    Error err = { 0 };
    Session *s = plan->from ? NULL : session_open(&cfg, &err);
    bool ok = plan->from || s;
    for (long i; ok && !atomic_load(&rn->failed) && (i = atomic_fetch_add(&rn->next, 1)) < plan->runs;) {
        s = next_game(plan, s, plan->seed + (uint64_t)i, &err);
        if (!(ok = s != NULL))
            break;
        GameResult r;
        play_one(plan, s, plan->seed + (uint64_t)i, &r);
        hand_over(rn, i, &r);
        atomic_fetch_add(&rn->done, 1);
    }
    if (!ok) {
        pthread_mutex_lock(&rn->lock);
        if (!atomic_exchange(&rn->failed, 1))
            rn->err = err;
        pthread_cond_broadcast(&rn->freed);
        pthread_mutex_unlock(&rn->lock);
    }
    session_free(s);
    return NULL;
}

static void progress(Runner *rn)
{
    long done = atomic_load(&rn->done), runs = rn->plan->runs;
    int width = 40, filled = (int)(width * done / (runs ? runs : 1));
    fprintf(stderr, "\r[%.*s%*s] %ld/%ld", filled, "########################################", width - filled, "",
            done, runs);
    fflush(stderr);
}

int games_play(const GamePlan *plan, Error *err)
{
    static Runner zero;
    Runner *rn = malloc(sizeof *rn);
    if (!rn)
        return error_set(err, ERR_INTERNAL, "out of memory"), -1;
    *rn = zero;
    rn->plan = plan;
    pthread_mutex_init(&rn->lock, NULL);
    pthread_cond_init(&rn->freed, NULL);
    pthread_t threads[64];
    int started = 0;
    for (int j = 0; j < plan->jobs && j < 64; j++)
        if (pthread_create(&threads[j], NULL, worker, rn) == 0)
            started++;
    if (started == 0)
        worker(rn);
    bool tty = plan->progress && isatty(STDERR_FILENO);
    while (tty && atomic_load(&rn->done) < plan->runs && !atomic_load(&rn->failed)) {
        progress(rn);
        nanosleep(&(struct timespec){ .tv_nsec = 100000000 }, NULL);
    }
    for (int j = 0; j < started; j++)
        pthread_join(threads[j], NULL);
    if (tty) {
        progress(rn);
        fputc('\n', stderr);
    }
    int rc = atomic_load(&rn->failed) ? -1 : 0;
    if (rc != 0)
        *err = rn->err;
    pthread_cond_destroy(&rn->freed);
    pthread_mutex_destroy(&rn->lock);
    free(rn);
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
