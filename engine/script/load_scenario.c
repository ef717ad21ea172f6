/* A scenario file into the core's Scenario: its initial values, parameters,
 * capital, objectives, events, injects and debrief, each checked and every
 * problem placed at file:line. */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/dynamics.h"
#include "loader_source.h"
#include "suggest.h"

static int read_objective(Source *src, int t, Objective *o, const char *side)
{
    char where[96];
    /* TRANSLATORS: where in a file a problem is, before a colon ("objective 'deal': 'text' is
     * missing"); the id is as the file spells it. */
    snprintf(where, sizeof where, _("objective of %s"), side);
    memset(o, 0, sizeof *o);
    if (src_string(src, t, "id", o->id, sizeof o->id, true, where) != 0)
        return -1;
    src->anchor = o->id;
    snprintf(where, sizeof where, _("objective '%s'"), o->id);
    char name[ID_LEN] = "", hint[80];
    o->weight = 1;
    int rc = src_fields(src, t, objective_fields, where);
    rc |= src_string(src, t, "text", o->text, sizeof o->text, true, where);
    rc |= src_string(src, t, "outcome", name, sizeof name, false, where);
    rc |= src_number(src, t, "weight", &o->weight, 0, 100, where);
    if (rc == 0 && name[0]) {
        o->var = -1;
        o->outcome = outcome_find(name);
        if (o->outcome <= OUT_NONE)
            rc = src_fail(src, name, _("%s: unknown outcome '%s'%s (agreement, war, regime_collapse, breakout, timeout)"),
                      where, name, suggest_hint(name, suggest_outcome, NULL, hint, sizeof hint));
    } else if (rc == 0 && src_string(src, t, "var", name, sizeof name, true, where) != 0) {
        rc = -1;
    } else if (rc == 0 && (o->var = var_find(name)) < 0) {
        rc = src_fail(src, name, _("%s: unknown variable '%s'%s"), where, name,
                  suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
    } else if (rc == 0) {
        double lo = var_info[o->var].min, hi = var_info[o->var].max;
        o->best = hi;
        o->worst = lo;
        if (src_number(src, t, "best", &o->best, lo, hi, where) || src_number(src, t, "worst", &o->worst, lo, hi, where))
            rc = -1;
        else if (o->best == o->worst)
            rc = src_fail(src, "best", _("%s: 'best' and 'worst' must differ"), where);
    }
    src->anchor = NULL;
    return rc ? -1 : 0;
}

/* One actor's objectives as the scenario is read: the baseline's until the
 * scenario says otherwise. */
typedef struct ObjectiveList {
    Objective *o;
    int *n;
    const char *actor;
    const char *where;          /* "objectives of israel", for messages */
} ObjectiveList;

/* A list of objectives (table at t) in place of the actor's. */
static int replace_objectives(Source *src, int t, ObjectiveList *list)
{
    lua_State *L = src->sb->L;
    int rc = 0, ok = 0;
    lua_Integer n = luaL_len(L, t);
    if (n > MAX_OBJECTIVES) {
        rc = src_fail(src, list->actor, ngettext("at most %d objective per actor", "at most %d objectives per actor", MAX_OBJECTIVES), MAX_OBJECTIVES);
        n = MAX_OBJECTIVES;
    }
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        if (!lua_istable(L, -1))
            rc = src_fail(src, list->actor, _("objectives: expected tables"));
        else if (read_objective(src, lua_gettop(L), &list->o[ok], list->actor) != 0)
            rc = -1;
        else
            ok++;
        lua_pop(L, 1);
    }
    *list->n = ok;
    return rc;
}

static int objective_index(const ObjectiveList *list, const char *id)
{
    for (int k = 0; k < *list->n; k++)
        if (strcmp(list->o[k].id, id) == 0)
            return k;
    return -1;
}

static const char *objective_id_at(int i, const void *ctx)
{
    const ObjectiveList *list = ctx;
    return i < *list->n ? list->o[i].id : NULL;
}

/* The objective a change or a drop names (the key or value at idx), or -1
 * after saying there is none. */
static int named_objective(Source *src, int idx, const ObjectiveList *list)
{
    const char *id = lua_type(src->sb->L, idx) == LUA_TSTRING ? lua_tostring(src->sb->L, idx) : NULL;
    int k = id ? objective_index(list, id) : -1;
    char hint[80];
    if (k >= 0)
        return k;
    if (*list->n == 0)
        src_fail(src, id ? id : list->actor, _("%s: scripts/lib/baseline.lua gives %s no objectives to change; give the whole list"),
                 list->where, list->actor);
    else
        src_fail(src, id ? id : list->actor, _("%s: unknown objective '%s'%s"), list->where, id ? id : "?",
                 id ? suggest_hint(id, objective_id_at, list, hint, sizeof hint) : "");
    return -1;
}

/* drop = { "id", ... }: those objectives are not scored. */
static int drop_objectives(Source *src, int t, ObjectiveList *list)
{
    lua_State *L = src->sb->L;
    if (!src_is_string_list(L, t))
        return src_fail(src, "drop", _("%s: expected 'drop' to be a list of objective ids"), list->where);
    int rc = 0;
    for (lua_Integer i = 1, n = luaL_len(L, t); i <= n; i++) {
        lua_rawgeti(L, t, i);
        int k = named_objective(src, -1, list);
        if (k < 0)
            rc = -1;
        else
            memmove(&list->o[k], &list->o[k + 1], (size_t)(--*list->n - k) * sizeof *list->o);
        lua_pop(L, 1);
    }
    return rc;
}

/* Objective o as a file would write it, on the stack: what a change starts
 * from. A change of var or outcome starts its measure afresh. */
static void push_objective(lua_State *L, const Objective *o, bool measure)
{
    lua_createtable(L, 0, 6);
    lua_pushstring(L, o->id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, o->text);
    lua_setfield(L, -2, "text");
    lua_pushnumber(L, o->weight);
    lua_setfield(L, -2, "weight");
    if (!measure)
        return;
    if (o->var < 0) {
        lua_pushstring(L, outcome_name((Outcome)o->outcome));
        lua_setfield(L, -2, "outcome");
        return;
    }
    lua_pushstring(L, var_info[o->var].name);
    lua_setfield(L, -2, "var");
    lua_pushnumber(L, o->best);
    lua_setfield(L, -2, "best");
    lua_pushnumber(L, o->worst);
    lua_setfield(L, -2, "worst");
}

/* Objective k with the fields of the table at t changed, read again as a
 * whole: a changed objective is checked like any other. */
static int change_objective(Source *src, int t, ObjectiveList *list, int k)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, "id") != LUA_TNIL) {
        lua_pop(L, 1);
        return src_fail(src, list->o[k].id, _("%s: objective '%s': its id cannot change (drop it and add another)"),
                        list->where, list->o[k].id);
    }
    lua_pop(L, 1);
    bool remeasure = lua_getfield(L, t, "var") != LUA_TNIL;
    remeasure |= lua_getfield(L, t, "outcome") != LUA_TNIL;
    lua_pop(L, 2);
    push_objective(L, &list->o[k], !remeasure);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    Objective changed;
    int rc = read_objective(src, lua_gettop(L), &changed, list->actor);
    if (rc == 0)
        list->o[k] = changed;
    lua_pop(L, 1);
    return rc;
}

/* change = { id = { field = value, ... }, ... }: only those fields differ. */
static int change_objectives(Source *src, int t, ObjectiveList *list)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    if (!lua_istable(L, t))
        return src_fail(src, "change", _("%s: expected 'change' to be a table: objective id = { field = value, ... }"),
                        list->where);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int k = named_objective(src, -2, list);
        if (k < 0)
            rc = -1;
        else if (!lua_istable(L, -1))
            rc = src_fail(src, list->o[k].id, _("%s: expected '%s' to be a table of the fields to change"), list->where,
                          list->o[k].id);
        else if (change_objective(src, lua_gettop(L), list, k) != 0)
            rc = -1;
        lua_pop(L, 1);
    }
    return rc;
}

/* add = { objective, ... }: new objectives after the others. */
static int add_objectives(Source *src, int t, ObjectiveList *list)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    if (!lua_istable(L, t))
        return src_fail(src, "add", _("%s: expected 'add' to be a list of objectives"), list->where);
    for (lua_Integer i = 1, n = luaL_len(L, t); i <= n; i++) {
        Objective o;
        lua_rawgeti(L, t, i);
        if (!lua_istable(L, -1))
            rc = src_fail(src, "add", _("%s: expected 'add' to be a list of objectives"), list->where);
        else if (read_objective(src, lua_gettop(L), &o, list->actor) != 0)
            rc = -1;
        else if (objective_index(list, o.id) >= 0)
            rc = src_fail(src, o.id, _("%s: objective '%s' is already there; change it rather than add it"), list->where,
                          o.id);
        else if (*list->n == MAX_OBJECTIVES)
            rc = src_fail(src, o.id, ngettext("at most %d objective per actor", "at most %d objectives per actor", MAX_OBJECTIVES),
                          MAX_OBJECTIVES);
        else
            list->o[(*list->n)++] = o;
        lua_pop(L, 1);
    }
    return rc;
}

/* What an actor's table may say instead of giving a list, in the order they
 * are applied (documented in objective_change_fields). */
static const struct {
    const char *name;
    int (*apply)(Source *src, int t, ObjectiveList *list);
} amendments[] = {
    { "drop", drop_objectives },
    { "change", change_objectives },
    { "add", add_objectives },
};

/* { change = ..., drop = ..., add = ... } (table at t): the actor's
 * objectives from scripts/lib/baseline.lua, amended. */
static int amend_objectives(Source *src, int t, ObjectiveList *list)
{
    lua_State *L = src->sb->L;
    int rc = src_fields(src, t, objective_change_fields, list->where);
    for (size_t i = 0; i < sizeof amendments / sizeof *amendments; i++) {
        if (lua_getfield(L, t, amendments[i].name) != LUA_TNIL)
            rc |= amendments[i].apply(src, lua_gettop(L), list);
        lua_pop(L, 1);
    }
    return rc;
}

/* Whether the table at t has a key that is not a list's index. */
static bool has_names(lua_State *L, int t)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TNUMBER) {
            lua_pop(L, 1);
            return true;
        }
    }
    return false;
}

/* The objectives of every actor the table at the top of the stack names:
 * a list replaces the actor's (the baseline's, for the actors a scenario
 * does not name); change, drop and add amend it. */
static int read_actor_objectives(Source *src, Scenario *s)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    char hint[80], where[96];
    lua_pushnil(L);
    while (lua_next(L, -2)) {       /* only actors' names are keys */
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        if (actor_find(name) < 0)
            rc = src_fail(src, name, _("objectives: unknown actor '%s'%s"), name,
                      suggest_hint(name, suggest_actor, NULL, hint, sizeof hint));
        lua_pop(L, 1);
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (lua_getfield(L, -1, actor_name((Actor)a)) == LUA_TTABLE) {
            /* TRANSLATORS: where in a file a problem is, before a colon; %s is an actor's name. */
            snprintf(where, sizeof where, _("objectives of %s"), actor_name((Actor)a));
            ObjectiveList list = { s->objectives[a], &s->nobjectives[a], actor_name((Actor)a), where };
            int t = lua_gettop(L);
            if (!has_names(L, t))
                rc |= replace_objectives(src, t, &list);
            else if (lua_rawlen(L, t) > 0)
                rc = src_fail(src, list.actor, _("%s: either a list of objectives or changes to scripts/lib/baseline.lua's "
                                                  "(change, drop, add), not both"), where);
            else
                rc |= amend_objectives(src, t, &list);
        }
        lua_pop(L, 1);
    }
    return rc;
}

/* The baseline's objectives (table at index base) for every actor, so that
 * any actor a class hands to a team is scored; optional there. */
static int read_default_objectives(Source *base, int t, Scenario *s)
{
    lua_State *L = base->sb->L;
    int rc = 0;
    if (lua_getfield(L, t, "objectives") == LUA_TTABLE)
        rc = read_actor_objectives(base, s);
    else if (!lua_isnil(L, -1))
        rc = src_fail(base, "objectives", _("expected 'objectives' = { israel = {...}, ... }"));
    lua_pop(L, 1);
    return rc;
}

static int read_objectives(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, "objectives") != LUA_TTABLE) {
        lua_pop(L, 1);
        return src_fail(src, "objectives", _("expected 'objectives' = { us = {...}, iran = {...} }"));
    }
    int rc = read_actor_objectives(src, s);
    lua_pop(L, 1);
    if (rc == 0 && (s->nobjectives[US] == 0 || s->nobjectives[IRAN] == 0))
        rc = src_fail(src, "objectives", _("expected objectives for both us and iran"));
    return rc;
}

static double capital_lo(int i) { (void)i; return 0; }
static double capital_hi(int i) { (void)i; return 10; }

static int read_capital(Source *src, int t, Scenario *s)
{
    double values[ACTOR_COUNT];
    for (int a = 0; a < ACTOR_COUNT; a++)
        values[a] = (a == US || a == IRAN) ? 3 : 2;
    int rc = src_values(src, t, "capital", values, actor_find, suggest_actor, capital_lo, capital_hi, "actor");
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->capital[a] = (int)values[a];
    return rc;
}

static int read_events(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    s->nevents = 0;
    if (lua_getfield(L, t, "events") == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    int n = src_check_event_list(src, lua_gettop(L), "events", false);
    lua_pop(L, 1);
    s->nevents = n > 0 ? n : 0;
    return n < 0 ? -1 : 0;
}

static int read_debrief(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    if (lua_getfield(L, t, "debrief") != LUA_TNIL) {
        lua_Integer n = lua_istable(L, -1) ? luaL_len(L, -1) : -1;
        if (n < 0 || n > MAX_DEBRIEF)
            rc = src_fail(src, "debrief", ngettext("expected 'debrief' to be a list of at most %d question", "expected 'debrief' to be a list of at most %d questions", MAX_DEBRIEF), MAX_DEBRIEF);
        for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) >= NEWS_LEN)
                rc = src_fail(src, "debrief", ngettext("debrief question %d: expected a string of under %d character",
                                                        "debrief question %d: expected a string of under %d characters",
                                                        NEWS_LEN), (int)i,
                          NEWS_LEN);
            else
                snprintf(s->debrief[s->ndebrief++], NEWS_LEN, "%s", lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return rc;
}

static int read_inject(Source *src, int t, Inject *inj, int index)
{
    char where[80];
    snprintf(where, sizeof where, _("inject %d"), index);
    if (src_string(src, t, "id", inj->id, sizeof inj->id, true, where) != 0)
        return -1;
    snprintf(where, sizeof where, _("inject '%s'"), inj->id);
    src->anchor = inj->id;
    int rc = src_fields(src, t, inject_fields, where);
    rc |= src_string(src, t, "text", inj->text, sizeof inj->text, true, where);
    rc |= src_join(src, t, "sources", inj->sources, sizeof inj->sources, true, where);
    rc |= src_clauses(src, t, "effects", inj->eff, sizeof *inj->eff, MAX_EFFECTS, &inj->neff, src_effect_clause, where,
                        _("'variable op number [~ sd]' with op one of = += -= *= >= <="));
    if (rc == 0 && inj->neff == 0)
        rc = src_fail(src, inj->id, _("%s: expected 'effects', the changes it makes"), where);
    src->anchor = NULL;
    return rc ? -1 : 0;
}

static int read_injects(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    if (lua_getfield(L, t, "injects") != LUA_TNIL) {
        lua_Integer n = lua_istable(L, -1) ? luaL_len(L, -1) : -1;
        if (n < 0 || n > MAX_INJECTS)
            rc = src_fail(src, "injects", ngettext("expected 'injects' to be a list of at most %d inject", "expected 'injects' to be a list of at most %d injects", MAX_INJECTS), MAX_INJECTS);
        for (lua_Integer i = 1; i <= n && n <= MAX_INJECTS; i++) {
            lua_rawgeti(L, -1, i);
            if (!lua_istable(L, -1))
                rc |= src_fail(src, "injects", _("inject %d: expected a table"), (int)i);
            else if (read_inject(src, lua_gettop(L), &s->injects[s->ninjects], (int)i) == 0)
                s->ninjects++;
            else
                rc = -1;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    return rc;
}

static void copy_defaults(Scenario *s)
{
    for (int p = 0; p < PARAM_COUNT; p++)
        s->params[p] = param_info[p].value;
    for (int v = 0; v < VAR_COUNT; v++)
        s->initial[v] = -1e300;     /* "not set", caught below */
}

/* The scenario starts from scripts/lib/baseline.lua's values and overrides
 * what it says; every variable must end up set. */
static int read_initial(Source *src, int t, Scenario *s, Source *base)
{
    if (source_run(base) != 0)
        return src->failed++, -1;
    int rc = src_values(base, lua_gettop(src->sb->L), "initial", s->initial, var_find, suggest_var, src_var_lo, src_var_hi,
                         "variable");
    rc |= read_default_objectives(base, lua_gettop(src->sb->L), s);
    lua_pop(src->sb->L, 1);
    if (rc != 0)
        return src->failed++, -1;
    rc = src_values(src, t, "initial", s->initial, var_find, suggest_var, src_var_lo, src_var_hi, "variable");
    for (int v = 0; v < VAR_COUNT; v++)
        if (s->initial[v] == -1e300 && !(var_info[v].flags & TRANSIENT))
            rc = src_fail(src, "initial", _("no initial value for '%s' here or in scripts/lib/baseline.lua"), var_info[v].name);
        else if (s->initial[v] == -1e300)
            s->initial[v] = 0;
    return rc;
}

typedef struct ScenarioLoad {
    Scenario *s;
    Source *base;
    int *ref;
} ScenarioLoad;

static int scenario_body(Source *src, int t, void *ctx)
{
    ScenarioLoad *load = ctx;
    Scenario *s = load->s;
    lua_State *L = src->sb->L;
    double version = 1, days = 7, turns = 26;
    int rc = src_string(src, t, "id", s->id, sizeof s->id, true, "scenario");
    /* Every part is read, so that all the problems are found at once. */
    rc |= src_fields(src, t, scenario_fields, "scenario");
    rc |= src_string(src, t, "name", s->name, sizeof s->name, true, "scenario");
    rc |= src_string(src, t, "start", s->start_date, sizeof s->start_date, true, "scenario");
    rc |= src_number(src, t, "version", &version, 1, 1e6, "scenario");
    rc |= src_number(src, t, "days_per_turn", &days, 1, 31, "scenario");
    rc |= src_number(src, t, "turns", &turns, 1, MAX_TURNS, "scenario");
    rc |= read_initial(src, t, s, load->base);
    rc |= src_values(src, t, "params", s->params, param_find, suggest_param, src_param_lo, src_param_hi, "parameter");
    rc |= read_capital(src, t, s);
    rc |= read_objectives(src, t, s);
    rc |= read_events(src, t, s);
    rc |= read_debrief(src, t, s);
    rc |= read_injects(src, t, s);
    s->version = (int)version;
    s->days_per_turn = (int)days;
    s->turns = (int)turns;
    if (rc == 0) {
        /* Breakout time is derived: the scenario's figure is replaced by the model's. */
        s->initial[V_BREAKOUT] = breakout_weeks(s->initial, s->params);
        /* Not yet struck in the game: deterrence after strikes is deterrence
         * (so "deterrence kept" reads the same before the first week). */
        s->initial[V_DETERRENCE_LOW] = s->initial[V_DETERRENCE];
    }
    if (lua_getfield(L, t, "briefing") != LUA_TSTRING)
        rc = src_fail(src, "briefing", _("expected 'briefing' to be a string"));
    lua_pop(L, 1);
    if (rc == 0) {
        lua_pushvalue(L, t);
        *load->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    return rc ? -1 : 0;
}

int load_scenario(Sandbox *sb, const char *path, const Catalogue *c, Scenario *s, int *ref, Error *err)
{
    (void)c;
    memset(s, 0, sizeof *s);
    copy_defaults(s);
    Source base;
    if (source_text(&base, sb, "scripts/lib/baseline.lua", err) != 0)
        return -1;
    ScenarioLoad load = { .s = s, .base = &base, .ref = ref };
    int rc = src_load(sb, path, scenario_body, &load, 0, err);
    source_close(&base);
    return rc;
}
