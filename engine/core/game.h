/* The game: scenario data, the action catalogue, the world state, the turn
 * and its history. Pure C: no SDL, no Lua, no printing. */
#ifndef REDLINE_GAME_H
#define REDLINE_GAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ledger.h"
#include "model.h"
#include "rng.h"

#define ID_LEN 40
#define MAX_ACTIONS 160
#define MAX_PREREQS 6
#define MAX_EFFECTS 10
#define MAX_ORDERS 4            /* per actor and turn */
#define MAX_ORDER_RULES 4
#define MAX_OBJECTIVES 10
#define MAX_EVENTS 64
#define MAX_TURNS 200
#define MAX_INJECTS 16
#define MAX_DEBRIEF 12
#define NEWS_LEN 240

typedef enum Outcome {
    OUT_NONE, OUT_AGREEMENT, OUT_WAR, OUT_COLLAPSE, OUT_BREAKOUT, OUT_TIMEOUT, OUTCOME_COUNT
} Outcome;

typedef enum EffectOp { EFF_ADD, EFF_MUL, EFF_SET, EFF_ATLEAST, EFF_ATMOST, EFF_INTEL } EffectOp;
typedef enum Compare { CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE } Compare;

typedef struct Effect {
    Var var;
    EffectOp op;
    double value, sd;           /* sd > 0: the value is drawn around `value` */
} Effect;

typedef struct Prereq {
    Var var;
    Compare cmp;
    double value;
} Prereq;

typedef struct Action {
    char id[ID_LEN], name[64], track[16], text[NEWS_LEN], news[NEWS_LEN], sources[64];
    unsigned actors;            /* bit per Actor allowed to take it */
    int cost;                   /* political capital */
    double goldstein;           /* CAMEO weight, -10..10 */
    double escalation;          /* Rivera et al. 2024 score: -2, 0, 4, 12, 28, 60 */
    bool secret;
    int npre, neff;
    Prereq pre[MAX_PREREQS];
    Effect eff[MAX_EFFECTS];
    unsigned backs, opposes;    /* bit per Faction */
} Action;

typedef struct Catalogue {
    int count;
    Action actions[MAX_ACTIONS];
} Catalogue;

typedef struct Rule {
    char id[ID_LEN];
    Actor actor;
    char reason[NEWS_LEN];
    char sources[80];
} Rule;

typedef struct Rulebook {
    int count, cap;
    Rule *rules;
} Rulebook;

typedef struct Order {
    uint8_t actor, nrules;
    uint16_t action;
    uint16_t rules[MAX_ORDER_RULES];   /* indices into the Rulebook */
} Order;

typedef struct Objective {
    char id[ID_LEN], text[120];
    int var;                    /* a Var, or -1 for an outcome objective */
    int outcome;                /* with var == -1: the Outcome that meets it */
    double best, worst, weight; /* met fully at best, not at all at worst */
} Objective;

/* An event the facilitator may inject from the scenario's list. */
typedef struct Inject {
    char id[ID_LEN], text[NEWS_LEN], sources[64];
    int neff;
    Effect eff[MAX_EFFECTS];
} Inject;

typedef struct Scenario {
    char id[ID_LEN], name[80], start_date[16];
    int version, days_per_turn, turns;
    double initial[VAR_COUNT];
    double params[PARAM_COUNT];
    int capital[ACTOR_COUNT];
    int nobjectives[ACTOR_COUNT];
    Objective objectives[ACTOR_COUNT][MAX_OBJECTIVES];
    int nevents;
    int ninjects, ndebrief;
    Inject injects[MAX_INJECTS];
    char debrief[MAX_DEBRIEF][NEWS_LEN];
} Scenario;

typedef struct News {
    int turn;
    int actor;                  /* Actor, or NOBODY for the world */
    int action;                 /* catalogue index, or -1 */
    int only_for;               /* Actor who alone may read it, or NOBODY for all */
    Cause cause;                /* what made it: an order, an event, a step of the model, the
                                 * facilitator; kind CAUSE_KINDS for none of these (the end) */
    char text[NEWS_LEN];
} News;

/* What a facilitator did between two turns: every one is kept, saved,
 * replayed at the same point, and shown in the debrief. */
typedef enum InterventionKind { IV_INJECT, IV_SET, IV_REWIND, IV_PAUSE, INTERVENTION_KINDS } InterventionKind;

typedef struct Intervention {
    int turn;                   /* turns resolved when it happened */
    InterventionKind kind;
    char text[NEWS_LEN], reason[NEWS_LEN];
    int neff;
    Effect eff[MAX_EFFECTS];
} Intervention;

typedef struct TurnRecord {
    double v[VAR_COUNT];
    int first_order, norders, first_news, nnews;
    int first_cause, ncauses;   /* the ledger's entries of the turn (ledger.h) */
    uint64_t hash;
    uint64_t taken[(MAX_ACTIONS + 63) / 64];    /* bit per action ordered (action / 64, action % 64) */
} TurnRecord;

typedef struct History {
    TurnRecord *turns;
    Order *orders;
    News *news;
    Intervention *interventions;
    LedgerEntry *causes;
    int nturns, norders, nnews, ninterventions, ncauses;
    int cap_turns, cap_orders, cap_news, cap_interventions, cap_causes;
} History;

typedef struct World {
    int turn;                   /* turns resolved so far */
    Outcome outcome;
    double v[VAR_COUNT];
    double intel[ACTOR_COUNT][VAR_COUNT];   /* error factor: 1 = normal ignorance; set by intel_set */
    uint64_t intel_moved[ACTOR_COUNT][(VAR_COUNT + 63) / 64];  /* bit per factor that may not be 1 */
    uint16_t event_count[MAX_EVENTS];
    Pcg32 rng;
} World;

/* Sets actor a's error factor about v. Every change after the start goes
 * through here: it notes the factors that may be other than 1, the only
 * ones intel_update has to move (most stay 1 all game, and 1 stays 1). */
static inline void intel_set(World *w, Actor a, Var v, double factor)
{
    w->intel[a][v] = factor;
    w->intel_moved[a][v / 64] |= UINT64_C(1) << (v % 64);
}

typedef struct Game {
    const Scenario *scenario;
    const Catalogue *catalogue;
    const Rulebook *rulebook;
    uint64_t seed;
    World world;
    History history;
    int pending_news;           /* news added during the turn in progress */
    int pending_causes;         /* ledger entries since the last turn was recorded */
    double ledger_mark[VAR_COUNT];  /* the world as the ledger's last note saw it */
    bool lean;                  /* no news lines, per-turn hashes or ledger: a batch game, which nobody reads */
} Game;

/* Two orders of a set that work against each other, as the catalogue's
 * effects and requirements define it: OPPOSED, they push var opposite ways
 * ("Tighten sanctions" and "Ease sanctions"); UNDOES, first's effects break
 * a requirement of second's on var ("Cut off all talks" sets talks to 0,
 * "Hold direct talks" needs 1 or more). first and second index into the set. */
typedef enum ConflictKind { CONFLICT_OPPOSED, CONFLICT_UNDOES } ConflictKind;

typedef struct Conflict {
    int first, second;
    Var var;
    ConflictKind kind;
} Conflict;

/* What the turn needs from outside the core: each actor's orders, and the
 * scripted reactions and events. */
typedef struct TurnHooks {
    void *ctx;
    void (*orders)(void *ctx, const Game *g);   /* the orders phase begins (may be NULL) */
    int (*decide)(void *ctx, const Game *g, Actor a, Order *out, int max);
    void (*react)(void *ctx, Game *g);
} TurnHooks;

/* game.c */
bool game_init(Game *g, const Scenario *s, const Catalogue *c, const Rulebook *r, uint64_t seed);
void game_free(Game *g);
void game_news(Game *g, int actor, int action, int only_for, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* The news line just added was made by c (an event, a step of the model). */
void game_news_cause(Game *g, Cause c);
void game_actor_rng(const Game *g, Actor a, Pcg32 *out);
/* From now on, draw from the streams of another seed: what-if replays of the
 * rest of a game. */
void game_reseed(Game *g, uint64_t seed);
double game_uncertainty(const Game *g, Actor a, Var v);   /* 0 when a sees v */
double game_estimate(const Game *g, Actor a, Var v);
/* The same for the values `row` of an earlier turn (with the intelligence a
 * has now), and its standard error in *sd (may be NULL). */
double game_estimate_at(const Game *g, Actor a, Var v, int turn, const double *row, double *sd);
const char *outcome_name(Outcome o);
int outcome_find(const char *name);
double game_score(const Game *g, Actor a, double *parts /* nobjectives */);
void game_date(const Scenario *s, int turn, char out[16]);

/* Apply a facilitator's intervention between turns and keep it in the
 * history; -1 if it could not be recorded. */
int game_intervene(Game *g, const Intervention *iv);
const char *intervention_name(InterventionKind k);
int intervention_find(const char *name);
const char *effect_op_name(EffectOp op);
int effect_op_find(const char *name);

/* actions.c */
void effect_apply(Game *g, Actor a, const Effect *e);
int catalogue_find(const Catalogue *c, const char *id);
/* Whether x, the value of p's variable, meets p ("posture < 5"). */
bool prereq_met(const Prereq *p, double x);
/* Whether the n conditions p all hold for the values v. */
bool prereqs_met(const Prereq *p, int n, const double *v);
const char *action_blocker(const Game *g, const double *v, Actor a, int action, int spent);
void action_apply(Game *g, Actor a, int action);
/* The pairs of orders that conflict, against the world as it stands; at
 * most max, returns how many. */
int orders_conflicts(const Game *g, const Order *orders, int n, Conflict *out, int max);
void rulebook_free(Rulebook *r);
int rulebook_add(Rulebook *r, const Rule *rule);
int rulebook_find(const Rulebook *r, const char *id);

/* turn.c */
Outcome turn_resolve(Game *g, const TurnHooks *hooks);
/* The ladder's expected move, on its own 0-10 scale, from `orders` this
 * turn: what the ladder would do with them less what it would do with none
 * (against the world as it stands, without other sides' orders or events).
 * *drift, unless NULL, gets what it would do with none. Draws nothing from
 * the game's random stream. */
double ladder_expected(const Game *g, const Order *orders, int n, double *drift);
Outcome outcome_check(const World *w, const Scenario *s, int turns_done);

/* hash.c */
uint64_t world_hash(const World *w);
uint64_t hash_bytes(uint64_t seed, const void *data, size_t n);   /* xxHash's XXH3 */

#endif
