/* The registries of the model: actors, variables, parameters, factions.
 * Everything is indexed by small enums so the state is flat arrays of doubles. */
#ifndef REDLINE_MODEL_H
#define REDLINE_MODEL_H

#include <stdbool.h>

/* N_() marks English the faces translate where they show it (po/,
 * docs/translating.md); the core keeps and hashes its English. */
#ifndef N_
#define N_(msgid) msgid
#endif

typedef enum Actor {
    US, IRAN, ISRAEL, PROTESTERS, IRGC, PROXIES, EUROPE, CHINA, GULF,
    ACTOR_COUNT,
    NOBODY = ACTOR_COUNT
} Actor;

typedef enum Visibility { PUBLIC, OWNER, HIDDEN } Visibility;

enum { TRANSIENT = 1, INTERNAL = 2 };    /* VarInfo.flags (vars.def says what they mean) */

typedef enum Var {
#define X(id, name, unit, lo, hi, owner, vis, flags, src, desc) V_##id,
#include "vars.def"
#undef X
    VAR_COUNT
} Var;

typedef enum Param {
#define X(id, name, def, lo, hi, unit, src, desc) P_##id,
#include "params.def"
#undef X
    PARAM_COUNT
} Param;

typedef struct VarInfo {
    const char *name, *unit;
    double min, max;
    Actor owner;
    Visibility visibility;
    int flags;
    const char *sources, *description;
} VarInfo;

typedef struct ParamInfo {
    const char *name;
    double value, min, max;
    const char *unit, *sources, *description;
} ParamInfo;

/* Factions that back or oppose actions: Iran's three, and the US's two camps. */
typedef enum Faction {
    F_LEADER, F_HARDLINE, F_PRAGMATIC, F_HAWKS, F_DEALMAKERS, FACTION_COUNT
} Faction;

extern const VarInfo   var_info[VAR_COUNT];
extern const ParamInfo param_info[PARAM_COUNT];

const char *actor_name(Actor a);
const char *actor_title(Actor a);
const char *faction_name(Faction f);
const char *faction_title(Faction f);     /* "the hardliners" */
int actor_find(const char *name);    /* -1 if unknown */
int var_find(const char *name);      /* -1 if unknown */
int param_find(const char *name);    /* -1 if unknown */
int faction_find(const char *name);  /* -1 if unknown */
bool actor_sees(Actor a, Var v);     /* true value, not an estimate */
/* x within v's range: inline, as the dynamics clamp every variable every turn. */
static inline double var_clamp(Var v, double x)
{
    if (x < var_info[v].min)
        return var_info[v].min;
    if (x > var_info[v].max)
        return var_info[v].max;
    return x;
}

#endif
