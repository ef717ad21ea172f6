/* Many independent games of one set-up, for the commands that play in bulk
 * (batch, tournament, league, sweep): the engine's one Monte Carlo runner
 * (rl_spread), with a progress bar and the statistics the tables need. */
#ifndef REDLINE_GAMES_H
#define REDLINE_GAMES_H

#include "cli.h"

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
