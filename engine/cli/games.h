/* Many independent games of one set-up, for the commands that play in bulk
 * (batch, tournament, league, sweep). Games run on threads, each with its own
 * Lua state, and are handed over one at a time in seed order, whatever the
 * threads' timing, so every table built from them is the same on every run. */
#ifndef REDLINE_GAMES_H
#define REDLINE_GAMES_H

#include "cli.h"

#define MAX_SETTINGS 4

typedef struct GameResult {
    uint64_t seed;
    Outcome outcome;
    int turns;
    double final[VAR_COUNT];
    double score[ACTOR_COUNT];
    bool scored[ACTOR_COUNT];   /* the scenario gives the actor objectives */
    int warnings;               /* scripts stopped during the game */
    int failures[ACTOR_COUNT];  /* of those, the turns each replacement script was stopped */
} GameResult;

/* A parameter played at another value than the scenario's. */
typedef struct Setting {
    int param;
    double value;
} Setting;

typedef struct GamePlan {
    SessionConfig cfg;          /* scenario and scripts (cfg.seed is ignored) */
    const char *from;           /* or a save, played on from the end of turn `turn` */
    int turn;
    int nsettings;
    Setting settings[MAX_SETTINGS];
    uint64_t seed;              /* the first seed; games use seed, seed+1, ... */
    long runs;
    int jobs;                   /* games played at once, 1-64 */
    bool progress;              /* a progress bar on stderr when it is a terminal */
    void (*take)(void *ctx, const GameResult *r);   /* each game, in seed order */
    void *ctx;
} GamePlan;

/* Play the plan's games; 0, or -1 with err set when a game could not start. */
int games_play(const GamePlan *plan, Error *err);

/* One side's scores and the outcomes over many games (Welford's mean and
 * variance, so nothing grows with the number of games). */
typedef struct Tally {
    long games, outcomes[OUTCOME_COUNT];
    double mean, m2;
    int failures;
} Tally;

void tally_add(Tally *t, double score, Outcome outcome);
double tally_sd(const Tally *t);
/* Half the width of the mean's 95% interval (normal approximation). */
double tally_margin(const Tally *t);
double tally_share(const Tally *t, Outcome outcome);     /* in per cent */

#endif
