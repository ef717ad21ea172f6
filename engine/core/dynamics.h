/* World dynamics, run once a turn after the orders' immediate effects.
 * Each function moves one part of the world; the coefficients come from the
 * scenario's parameters (params.def documents each with its source). */
#ifndef REDLINE_DYNAMICS_H
#define REDLINE_DYNAMICS_H

#include "game.h"

/* The stages of the talks (the variable talks). */
enum { TALKS_NONE, TALKS_BACKCHANNEL, TALKS_DIRECT, TALKS_AGREED };

enum {
    HAPPENED_DETECTED = 1u << 0,     /* covert weapons work exposed */
    HAPPENED_STREETS_CLEARED = 1u << 1,
    HAPPENED_TIPPING = 1u << 2,      /* protest participation jumped */
    HAPPENED_DEFECTIONS = 1u << 3,   /* security loyalty is cracking */
    HAPPENED_SIGNING_BLOCKED = 1u << 4,  /* both signed, but in a week of strikes or near war */
    HAPPENED_RATIFICATION_FAILED = 1u << 5,  /* both signed, but hardliners or hawks sank the text */
    HAPPENED_SABOTAGE_TRACED = 1u << 6,  /* an Israeli sabotage operation was traced to Israel */
};

typedef struct DynamicsInput {
    const double *p;            /* PARAM_COUNT coefficients */
    const double *before;       /* the world at the start of the turn */
    const double *baseline;     /* the scenario's initial values */
    double escalation_score;    /* sum of this turn's public escalation scores */
    int week;                   /* the turn being resolved, from 1 */
    unsigned happened;          /* HAPPENED_* set by the update functions */
} DynamicsInput;

/* Who is told as each step of the dynamics ends (the ledger). After the
 * escalation step, `settled` is where the step would have left the ladder
 * without this turn's escalation scores (NAN when there were none), to
 * tell the orders' push from the ladder settling back. */
typedef struct StepNotes {
    void (*step_done)(void *ctx, Dynamic step, double settled);
    void *ctx;
} StepNotes;

void economy_update(World *w, DynamicsInput *in);
void protest_update(World *w, DynamicsInput *in);
void regime_update(World *w, DynamicsInput *in);
void factions_update(World *w, DynamicsInput *in);
void nuclear_update(World *w, DynamicsInput *in);
void oil_update(World *w, DynamicsInput *in);
void politics_update(World *w, DynamicsInput *in);
void talks_update(World *w, DynamicsInput *in);
void escalation_update(World *w, DynamicsInput *in);
void intel_update(World *w, DynamicsInput *in);
void war_update(World *w, DynamicsInput *in);
void record_update(World *w, DynamicsInput *in);
/* The records of a highest or lowest again, after the week's events moved the world. */
void record_extremes(World *w, const double *before, const double *baseline, const double *p);

/* All of the above in model order (the Dynamic steps of ledger.h), then
 * every variable clamped to its range; notes (may be NULL) is told of each
 * step. */
void dynamics_run(World *w, DynamicsInput *in);
void dynamics_run_noted(World *w, DynamicsInput *in, const StepNotes *notes);

/* Weeks to a weapon from the world's values v, by the parameters p. */
double breakout_weeks(const double *v, const double *p);

#endif
