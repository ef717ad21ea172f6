/* The causal ledger (architecture practice 13): every change of every
 * variable in a turn, with its cause and amount. The turn notes the world
 * after each thing that may move it (the new week, each order, each step of
 * the dynamics, each event, the facilitator, the clamp to a range); each note
 * keeps, for every variable, the difference from the note before. The parts
 * of a turn therefore telescope to the turn's change, by construction.
 * The ledger observes: it draws no random numbers and changes nothing, so a
 * game is the same with it or without. Lean games (batches, tournaments)
 * keep none. */
#ifndef REDLINE_LEDGER_H
#define REDLINE_LEDGER_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"

typedef enum CauseKind {
    CAUSE_NEW_WEEK,     /* last week's "this turn" signals cleared */
    CAUSE_ORDER,        /* actor: who gave it; index: its place among the turn's orders */
    CAUSE_EVENT,        /* index: the event's place in the session's list (scenario's, then mods') */
    CAUSE_DYNAMIC,      /* index: a Dynamic */
    CAUSE_FACILITATOR,  /* index: the intervention's place in the history */
    CAUSE_RANGE,        /* a variable held within its range */
    CAUSE_UNSEEN,       /* only in a side's view: the causes that side cannot see, summed */
    CAUSE_KINDS
} CauseKind;

/* The steps of the dynamics, in model order, and what the ledger calls
 * their work. The escalation step's change of the ladder is split: the
 * public orders' push (to each order, by its escalation score) and the
 * ladder settling back; its other work is "tensions fading". */
typedef enum Dynamic {
    DYN_ECONOMY, DYN_PROTEST, DYN_REGIME, DYN_FACTIONS, DYN_NUCLEAR, DYN_OIL, DYN_POLITICS, DYN_TALKS,
    DYN_LADDER, DYN_INTEL, DYN_WAR, DYN_RECORD,
    DYN_STEPS,
    DYN_TENSIONS = DYN_STEPS,
    DYNAMIC_COUNT
} Dynamic;

typedef struct Cause {
    uint8_t kind;       /* CauseKind */
    uint8_t actor;      /* an order's Actor; NOBODY otherwise */
    uint16_t index;
} Cause;

typedef struct LedgerEntry {
    Cause cause;
    uint16_t var;
    double amount;
} LedgerEntry;

typedef struct CausePart {
    Cause cause;
    double amount;
} CausePart;

/* Enough room for every part of one variable's change in a turn. */
#define LEDGER_MAX_PARTS 160

static inline Cause cause_of(CauseKind kind, int actor, int index)
{
    return (Cause){ (uint8_t)kind, (uint8_t)actor, (uint16_t)index };
}

static inline bool cause_same(Cause a, Cause b)
{
    return a.kind == b.kind && a.actor == b.actor && a.index == b.index;
}

typedef struct Game Game;

/* Viewers besides the actors: NOBODY reads the whole ledger (the debrief);
 * LEDGER_PUBLIC only what everyone may know (public variables, public orders,
 * events, the model's own steps, the facilitator's injects). */
enum { LEDGER_PUBLIC = NOBODY + 1 };

const char *cause_kind_name(CauseKind k);   /* "order", "event", ...: the JSON's names */
const char *dynamic_name(Dynamic d);        /* "talks", "ladder_settles", ... */
const char *dynamic_title(Dynamic d);       /* "the talks' own pace": as a player reads it */
const char *dynamic_about(Dynamic d);       /* what the step does, in a sentence */
const char *dynamic_sources(Dynamic d);     /* what it rests on: "B9, B10, C3, C5" */

/* Recording: from the world as it stands now (the game's start). */
void ledger_begin(Game *g);
/* Every variable that moved since the last note moved by cause c. */
void ledger_note(Game *g, Cause c);
/* Variable v moved from its last note to value by cause c (the others are
 * left for the next note). */
void ledger_note_var(Game *g, Cause c, Var v, double value);

/* Reading. Whether side viewer (NOBODY: the debrief, which sees all) may
 * know cause c: not another side's secret order, not a variable the
 * facilitator set in secret. */
bool ledger_cause_visible(const Game *g, int turn, Cause c, int viewer);
/* Whether viewer sees v's true changes: players see none of an internal or
 * "this turn" variable, nor of one they know only as an estimate. */
bool ledger_var_visible(int viewer, Var v);
/* The parts of v's change in turn (from 1) as viewer may know them, in the
 * order they happened, one per cause; the causes viewer cannot see summed
 * into one CAUSE_UNSEEN part. None when viewer does not see v. Returns the
 * number of parts (at most max). */
int ledger_parts(const Game *g, int turn, Var v, int viewer, CausePart *out, int max);
/* The world as the orders of turn found it: the turn before's values and
 * the facilitator's edits since. */
void ledger_orders_world(const Game *g, int turn, double out[VAR_COUNT]);
/* What order number `order` of turn did to the variables players see: its
 * moves, largest first, each weighed as the share of the variable's range
 * (of its value, when open-ended) by which it moved it, 0-1. Returns how
 * many (at most max). An order whose largest move weighs LEDGER_SIGNIFICANT
 * or more is one of the week's significant moves (about one order in
 * fifteen: strikes, a snapback, talks offered or cut off, forces sent). */
#define LEDGER_SIGNIFICANT 0.2
typedef struct OrderMove {
    Var var;
    double amount, weight;
} OrderMove;
int ledger_order_moves(const Game *g, int turn, int order, OrderMove *out, int max);

#endif
