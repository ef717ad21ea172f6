/* A game in progress: the scenario, the catalogue, the actors' scripts and
 * the core game, tied together. The command line, the window and the save
 * files all drive a game through this. */
#ifndef REDLINE_SESSION_H
#define REDLINE_SESSION_H

#include <stdbool.h>

#include "../core/error.h"
#include "../core/game.h"
#include "sandbox.h"

#define MAX_WARNINGS 64

typedef struct SessionConfig {
    const char *root;                       /* the folder holding scripts/ */
    const char *scenario;                   /* scenario id */
    uint64_t seed;
    int turns;                              /* 0: the scenario's own */
    const char *script[ACTOR_COUNT];        /* replacement decide scripts, or NULL */
    bool human[ACTOR_COUNT];                /* orders come from session_set_orders */
} SessionConfig;

typedef struct Session {
    Sandbox *sb;
    Catalogue catalogue;
    Rulebook rulebook;
    Scenario scenario;
    Game game;
    int scenario_ref;
    int actor_ref[ACTOR_COUNT];
    bool human[ACTOR_COUNT];
    char script_path[ACTOR_COUNT][256];
    Order pending[ACTOR_COUNT][MAX_ORDERS];
    int npending[ACTOR_COUNT];
    /* orders to replay instead of asking anyone, for loading a save */
    const Order *replay;
    const int *replay_turn;
    int nreplay;
    int replay_until;           /* last turn the replay covers */
    /* scripts that failed this game: shown to the player, the game goes on */
    char warnings[MAX_WARNINGS][400];
    int nwarnings;
} Session;

Session *session_open(const SessionConfig *cfg, Error *err);
void session_free(Session *s);
/* Start the same scenario afresh with another seed, keeping the loaded scripts. */
void session_restart(Session *s, uint64_t seed);
bool session_over(const Session *s);
Outcome session_step(Session *s);
/* Orders for a human-played actor this turn, by action id; err on a bad one. */
int session_set_orders(Session *s, Actor a, const char *const *actions, int n, Error *err);
int session_list_scenarios(const char *root, char ids[][ID_LEN], int max);

#endif
