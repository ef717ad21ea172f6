/* A game in progress: the scenario, the catalogue, the actors' scripts and
 * the core game, tied together. The command line, the window and the save
 * files all drive a game through this. */
#ifndef REDLINE_SESSION_H
#define REDLINE_SESSION_H

#include <stdbool.h>

#include "../core/error.h"
#include "../core/game.h"
#include "../redline.h"
#include "conditions.h"
#include "fingerprint.h"
#include "mods.h"
#include "sandbox.h"
#include "texts.h"

#define MAX_WARNINGS 64
#define PIN_HASH_LEN 128
#define MAX_TIMER_S 3600
#define EVENT_MAX_STEPS 24      /* an event's when longer than this is called as Lua */


/* An event of the game: the scenario's own, or a mod's. Its table is read
 * once, when loaded (protected): while the game runs the engine only calls
 * its functions, and reads none of a script's tables. */
typedef struct SessionEvent {
    char what[200];                         /* "scenario jan2026: event 'x'", for messages */
    char owner[ID_LEN];                     /* whose world.state() it sees: "scenario" or a mod's name */
    char id[ID_LEN], text[NEWS_LEN], sources[64];   /* as the record names it */
    int nconditions;                        /* its when as a list of conditions, or -1 */
    Prereq condition[MAX_PREREQS];
    int nsteps;                             /* its when function checked in C (conditions.c), or 0 */
    CondStep steps[EVENT_MAX_STEPS];
    char on[ID_LEN];                        /* the signal it answers (its id is the one it raises), or "" */
    char news[NEWS_LEN];                    /* "text (first source)", or "" */
    bool conditional, once, has_chance;     /* has a when; fires at most once; chance given */
    double chance;
} SessionEvent;

typedef struct Session {
    Sandbox *sb;
    Catalogue catalogue;
    Rulebook rulebook;
    Scenario scenario;
    Game game;
    int scenario_ref;
    int actor_ref[ACTOR_COUNT];
    int rule_index_ref;         /* rule id -> index in the rulebook */
    ScriptMemory memory;        /* what the scripts can reach, as loaded */
    bool script_ran[ACTOR_COUNT];   /* an actor's decide ran Lua this game */
    const void *direct[ACTOR_COUNT];    /* the rules each decides by in C (session.c), or NULL */
    long direct_calls;                  /* ... as of this many guarded calls */
    int loads;                  /* how often the game's scripts were loaded */
    bool view_stale;            /* a turn's orders began and no view was handed out yet */
    bool human[ACTOR_COUNT];
    char team[ACTOR_COUNT][TEAM_LEN];       /* human roles' team names ("" for none): only what was typed */
    /* the classroom's settings, kept in saves so that a reload or a crash keeps them */
    int timer_s;                            /* each team's time at the screen, 0: no timer */
    char pin_hash[PIN_HASH_LEN];            /* the facilitator's PIN as crypt(3) hashed it, "" for none */
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
    /* mods in play (load order), and the events of scenario and mods */
    ModSet mods;
    int events_ref;                         /* Lua list: each event's when and apply (false if none) */
    int nevents;
    SessionEvent events[MAX_EVENTS];
    int turns_override;                     /* SessionConfig.turns */
    bool strategy[ACTOR_COUNT];             /* played by a user's script: mods' rules leave it alone */
    /* hot reload: scripts changed on disk are loaded again before a turn */
    int reload_interval_ms;                 /* at most this often (0: every turn) */
    long long reload_checked_ms;
    /* the words players read, read from the scripts on first use */
    bool texts_read;
    char briefing[BRIEFING_LEN];
    int nsources;
    char sources[MAX_SCENARIO_SOURCES][SOURCE_TAG_LEN];
    SourceNotes notes;
} Session;

Session *session_open(const SessionConfig *cfg, Error *err);
void session_free(Session *s);
/* A problem the game goes on past, shown to the player (file:line). */
void session_warn(Session *s, const char *msg);
/* Set the team names of the human roles (NULL entries, and roles the
 * computer plays, get none). */
void session_set_teams(Session *s, const char *const *team);
/* Start the same scenario afresh with another seed, keeping the loaded scripts. */
void session_restart(Session *s, uint64_t seed);
bool session_over(const Session *s);
Outcome session_step(Session *s);
/* Orders for a human-played actor this turn, by action id; err on a bad one. */
int session_set_orders(Session *s, Actor a, const char *const *actions, int n, Error *err);
/* The facilitator, between turns: an inject from the scenario's list, a new
 * one (text and effect clauses), or a variable set to a value, each with a
 * stated reason; every one is logged, saved and replayed. */
int session_inject(Session *s, int index, const char *reason, Error *err);
int session_inject_new(Session *s, const char *text, const char *const *effects, int n, const char *reason,
                       Error *err);
int session_set_var(Session *s, const char *var, double value, const char *reason, Error *err);
/* The facilitator pauses the game (the window's turn timer stops): logged
 * like the others, with no effect on the world. */
int session_pause(Session *s, const char *text, const char *reason, Error *err);
/* Load every changed script again (done before each turn); a script that
 * fails keeps its previous version and leaves a warning. Returns how many
 * files changed. */
int session_reload(Session *s);

#endif
