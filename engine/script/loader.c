#include "loader.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Source {
    Sandbox *sb;
    const char *path;
    char *text;
    Error *err;
} Source;

/* Tables carry no line numbers, so a problem is placed at the first line
 * that mentions the offending name: good enough to find it at once. */
static int line_of(const char *text, const char *needle)
{
    const char *at = needle && *needle && text ? strstr(text, needle) : NULL;
    if (!at)
        return 1;
    int line = 1;
    for (const char *c = text; c < at; c++)
        line += *c == '\n';
    return line;
}

static int fail(Source *src, const char *needle, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(Source *src, const char *needle, const char *fmt, ...)
{
    char what[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    error_set(src->err, ERR_DATA, "%s:%d: %s", src->path, line_of(src->text, needle), what);
    return -1;
}

static void source_close(Source *src)
{
    free(src->text);
    src->text = NULL;
}

/* Run a data file; on success its table is on the stack, on failure nothing
 * is left to close. */
static int source_open(Source *src, Sandbox *sb, const char *path, Error *err)
{
    *src = (Source){ sb, path, NULL, err };
    src->text = sandbox_read(sb, path, NULL, err);
    int rc = src->text ? sandbox_dofile(sb, path, err) : -1;
    if (rc == 0 && !lua_istable(sb->L, -1)) {
        lua_pop(sb->L, 1);
        rc = fail(src, "return", "expected the file to return a table");
    }
    if (rc != 0)
        source_close(src);
    return rc;
}

static int copy_string(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where)
{
    lua_State *L = src->sb->L;
    int type = lua_getfield(L, t, key);
    int rc = 0;
    if (type == LUA_TSTRING)
        snprintf(out, size, "%s", lua_tostring(L, -1));
    else if (type != LUA_TNIL || required)
        rc = fail(src, where, "%s: expected '%s' to be a string", where, key);
    lua_pop(L, 1);
    return rc;
}

static int get_number(Source *src, int t, const char *key, double *out, double lo, double hi, const char *where)
{
    lua_State *L = src->sb->L;
    int type = lua_getfield(L, t, key);
    int rc = 0;
    if (type == LUA_TNUMBER) {
        double x = lua_tonumber(L, -1);
        if (x < lo || x > hi)
            rc = fail(src, where, "%s: '%s' is %g, expected a number from %g to %g", where, key, x, lo, hi);
        else
            *out = x;
    } else if (type != LUA_TNIL) {
        rc = fail(src, where, "%s: expected '%s' to be a number", where, key);
    }
    lua_pop(L, 1);
    return rc;
}

/* A list of strings joined with ", " (sources, for instance). */
static int join_strings(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where)
{
    lua_State *L = src->sb->L;
    out[0] = '\0';
    int type = lua_getfield(L, t, key);
    if (type == LUA_TNIL && !required) {
        lua_pop(L, 1);
        return 0;
    }
    if (type == LUA_TSTRING) {
        snprintf(out, size, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TTABLE || luaL_len(L, -1) == 0) {
        lua_pop(L, 1);
        return fail(src, where, "%s: expected '%s' to be a non-empty list of strings", where, key);
    }
    size_t used = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        const char *s = lua_tostring(L, -1);
        if (!s) {
            lua_pop(L, 2);
            return fail(src, where, "%s: '%s' item %d is not a string", where, key, (int)i);
        }
        used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s", i > 1 ? ", " : "", s);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

static const char *skip_space(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    return s;
}

static const char *read_name(const char *s, char *out, size_t size)
{
    size_t n = 0;
    while ((isalnum((unsigned char)*s) || *s == '_') && n + 1 < size)
        out[n++] = *s++;
    out[n] = '\0';
    return s;
}

static const char *read_number(const char *s, double *out)
{
    char *end;
    *out = strtod(s, &end);
    return end == s ? NULL : end;
}

/* "sanctions += 1", "strike_damage += 45 ~ 15", "talks >= 1", "intel iran *= 0.5" */
static bool parse_effect(const char *text, Effect *e)
{
    char name[ID_LEN];
    const char *s = read_name(skip_space(text), name, sizeof name);
    bool intel = strcmp(name, "intel") == 0;
    if (intel)
        s = read_name(skip_space(s), name, sizeof name);
    int target = intel ? actor_find(name) : var_find(name);
    if (target < 0)
        return false;
    s = skip_space(s);
    static const struct { const char *op; EffectOp code; } ops[] = {
        { "+=", EFF_ADD }, { "-=", EFF_ADD }, { "*=", EFF_MUL }, { ">=", EFF_ATLEAST },
        { "<=", EFF_ATMOST }, { "=", EFF_SET },
    };
    size_t k = 0;
    while (k < sizeof ops / sizeof *ops && strncmp(s, ops[k].op, strlen(ops[k].op)) != 0)
        k++;
    if (k == sizeof ops / sizeof *ops || (intel && ops[k].code != EFF_MUL))
        return false;
    double value, sd = 0;
    s = read_number(skip_space(s + strlen(ops[k].op)), &value);
    if (!s)
        return false;
    s = skip_space(s);
    if (*s == '~' && !(s = read_number(skip_space(s + 1), &sd)))
        return false;
    if (*skip_space(s))
        return false;
    *e = (Effect){ (Var)target, intel ? EFF_INTEL : ops[k].code, ops[k].op[0] == '-' ? -value : value, sd };
    return true;
}

static bool parse_prereq(const char *text, Prereq *p)
{
    char name[ID_LEN];
    const char *s = skip_space(read_name(skip_space(text), name, sizeof name));
    int v = var_find(name);
    if (v < 0)
        return false;
    static const struct { const char *op; Compare code; } ops[] = {
        { "<=", CMP_LE }, { ">=", CMP_GE }, { "==", CMP_EQ }, { "~=", CMP_NE }, { "<", CMP_LT }, { ">", CMP_GT },
    };
    size_t k = 0;
    while (k < sizeof ops / sizeof *ops && strncmp(s, ops[k].op, strlen(ops[k].op)) != 0)
        k++;
    if (k == sizeof ops / sizeof *ops)
        return false;
    double value;
    s = read_number(skip_space(s + strlen(ops[k].op)), &value);
    if (!s || *skip_space(s))
        return false;
    *p = (Prereq){ (Var)v, ops[k].code, value };
    return true;
}

typedef bool (*ClauseParser)(const char *text, void *out);

static int parse_clauses(Source *src, int t, const char *key, void *out, size_t item_size, int max,
                         int *count, ClauseParser parse, const char *where, const char *expected)
{
    lua_State *L = src->sb->L;
    *count = 0;
    int type = lua_getfield(L, t, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(src, where, "%s: expected '%s' to be a list of strings", where, key);
    }
    lua_Integer n = luaL_len(L, -1);
    if (n > max) {
        lua_pop(L, 1);
        return fail(src, where, "%s: at most %d items in '%s'", where, max, key);
    }
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *text = lua_tostring(L, -1);
        if (!text || !parse(text, (char *)out + (size_t)(*count) * item_size)) {
            int rc = fail(src, text ? text : where, "%s: cannot read %s '%s'; expected %s", where, key,
                          text ? text : "?", expected);
            lua_pop(L, 2);
            return rc;
        }
        (*count)++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

static bool effect_parser(const char *text, void *out) { return parse_effect(text, out); }
static bool prereq_parser(const char *text, void *out) { return parse_prereq(text, out); }

static int read_mask(Source *src, int t, const char *key, unsigned *mask, int (*find)(const char *),
                     const char *where, const char *kind)
{
    char names[256];
    if (join_strings(src, t, key, names, sizeof names, false, where) != 0)
        return -1;
    *mask = 0;
    for (char *tok = strtok(names, ", "); tok; tok = strtok(NULL, ", ")) {
        int i = find(tok);
        if (i < 0)
            return fail(src, tok, "%s: unknown %s '%s' in '%s'", where, kind, tok, key);
        *mask |= 1u << i;
    }
    return 0;
}

static int read_action(Source *src, int t, Action *act)
{
    char where[80] = "an action";
    if (copy_string(src, t, "id", act->id, sizeof act->id, true, where) != 0)
        return -1;
    snprintf(where, sizeof where, "action '%s'", act->id);
    double cost = 1, goldstein = 0, escalation = 0;
    if (copy_string(src, t, "name", act->name, sizeof act->name, true, act->id) ||
        copy_string(src, t, "track", act->track, sizeof act->track, true, act->id) ||
        copy_string(src, t, "text", act->text, sizeof act->text, false, act->id) ||
        copy_string(src, t, "news", act->news, sizeof act->news, false, act->id) ||
        join_strings(src, t, "sources", act->sources, sizeof act->sources, true, act->id) ||
        read_mask(src, t, "actors", &act->actors, actor_find, act->id, "actor") ||
        read_mask(src, t, "backs", &act->backs, faction_find, act->id, "faction") ||
        read_mask(src, t, "opposes", &act->opposes, faction_find, act->id, "faction") ||
        get_number(src, t, "cost", &cost, 0, 5, act->id) ||
        get_number(src, t, "goldstein", &goldstein, -10, 10, act->id) ||
        get_number(src, t, "escalation", &escalation, -2, 60, act->id))
        return -1;
    if (!act->actors)
        return fail(src, act->id, "%s: expected 'actors' to name who may take it", where);
    act->cost = (int)cost;
    act->goldstein = goldstein;
    act->escalation = escalation;
    lua_getfield(src->sb->L, t, "secret");
    act->secret = lua_toboolean(src->sb->L, -1);
    lua_pop(src->sb->L, 1);
    if (parse_clauses(src, t, "requires", act->pre, sizeof *act->pre, MAX_PREREQS, &act->npre, prereq_parser,
                      where, "'variable op number' with op one of < <= > >= == ~=") ||
        parse_clauses(src, t, "effects", act->eff, sizeof *act->eff, MAX_EFFECTS, &act->neff, effect_parser,
                      where, "'variable op number [~ sd]' with op one of = += -= *= >= <=, or 'intel ACTOR *= x'"))
        return -1;
    return 0;
}

int load_catalogue(Sandbox *sb, const char *path, Catalogue *c, Error *err)
{
    Source src;
    if (source_open(&src, sb, path, err) != 0)
        return -1;
    lua_State *L = sb->L;
    int t = lua_gettop(L);
    int rc = 0;
    c->count = 0;
    for (lua_Integer i = 1; rc == 0 && i <= luaL_len(L, t); i++) {
        if (c->count == MAX_ACTIONS) {
            rc = fail(&src, NULL, "more than %d actions", MAX_ACTIONS);
            break;
        }
        lua_rawgeti(L, t, i);
        Action *act = &c->actions[c->count];
        memset(act, 0, sizeof *act);
        if (!lua_istable(L, -1))
            rc = fail(&src, NULL, "action %d: expected a table", (int)i);
        else if ((rc = read_action(&src, lua_gettop(L), act)) == 0 && catalogue_find(c, act->id) >= 0)
            rc = fail(&src, act->id, "action '%s' is defined twice", act->id);
        else if (rc == 0)
            c->count++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    source_close(&src);
    return rc;
}

/* initial = { rial = 1450, inflation = { 72, "A22" } } and the like. */
static int read_values(Source *src, int t, const char *key, double *out, int (*find)(const char *),
                       double (*lo)(int), double (*hi)(int), const char *kind)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, key) == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return fail(src, key, "expected '%s' to be a table of %ss", key, kind);
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int i = name ? find(name) : -1;
        if (i < 0) {
            int rc = fail(src, name, "unknown %s '%s' in '%s'", kind, name ? name : "?", key);
            lua_pop(L, 3);
            return rc;
        }
        if (lua_istable(L, -1))
            lua_rawgeti(L, -1, 1);
        else
            lua_pushvalue(L, -1);
        if (!lua_isnumber(L, -1) || lua_tonumber(L, -1) < lo(i) || lua_tonumber(L, -1) > hi(i)) {
            int rc = fail(src, name, "%s '%s' must be a number from %g to %g", kind, name, lo(i), hi(i));
            lua_pop(L, 4);
            return rc;
        }
        out[i] = lua_tonumber(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return 0;
}

static double var_lo(int i) { return var_info[i].min; }
static double var_hi(int i) { return var_info[i].max; }
static double param_lo(int i) { return param_info[i].min; }
static double param_hi(int i) { return param_info[i].max; }

static int read_objective(Source *src, int t, Objective *o, const char *side)
{
    char where[96];
    snprintf(where, sizeof where, "objective of %s", side);
    memset(o, 0, sizeof *o);
    if (copy_string(src, t, "id", o->id, sizeof o->id, true, where) ||
        copy_string(src, t, "text", o->text, sizeof o->text, true, o->id))
        return -1;
    char name[ID_LEN] = "";
    if (copy_string(src, t, "outcome", name, sizeof name, false, o->id) != 0)
        return -1;
    o->weight = 1;
    if (get_number(src, t, "weight", &o->weight, 0, 100, o->id) != 0)
        return -1;
    if (name[0]) {
        o->var = -1;
        o->outcome = outcome_find(name);
        if (o->outcome <= OUT_NONE)
            return fail(src, name, "objective '%s': unknown outcome '%s' (agreement, war, regime_collapse, "
                        "breakout, timeout)", o->id, name);
        return 0;
    }
    if (copy_string(src, t, "var", name, sizeof name, true, o->id) != 0)
        return -1;
    o->var = var_find(name);
    if (o->var < 0)
        return fail(src, name, "objective '%s': unknown variable '%s'", o->id, name);
    double lo = var_info[o->var].min, hi = var_info[o->var].max;
    o->best = hi;
    o->worst = lo;
    if (get_number(src, t, "best", &o->best, lo, hi, o->id) || get_number(src, t, "worst", &o->worst, lo, hi, o->id))
        return -1;
    if (o->best == o->worst)
        return fail(src, o->id, "objective '%s': 'best' and 'worst' must differ", o->id);
    return 0;
}

static int read_objectives(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, "objectives") != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(src, "objectives", "expected 'objectives' = { us = {...}, iran = {...} }");
    }
    int rc = 0;
    for (int a = 0; rc == 0 && a < ACTOR_COUNT; a++) {
        if (lua_getfield(L, -1, actor_name((Actor)a)) == LUA_TTABLE) {
            lua_Integer n = luaL_len(L, -1);
            if (n > MAX_OBJECTIVES)
                rc = fail(src, actor_name((Actor)a), "at most %d objectives per actor", MAX_OBJECTIVES);
            for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
                lua_rawgeti(L, -1, i);
                rc = lua_istable(L, -1) ? read_objective(src, lua_gettop(L), &s->objectives[a][i - 1], actor_name((Actor)a))
                                        : fail(src, actor_name((Actor)a), "objectives: expected tables");
                lua_pop(L, 1);
            }
            if (rc == 0)
                s->nobjectives[a] = (int)n;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (rc == 0 && (s->nobjectives[US] == 0 || s->nobjectives[IRAN] == 0))
        rc = fail(src, "objectives", "expected objectives for both us and iran");
    return rc;
}

static double capital_lo(int i) { (void)i; return 0; }
static double capital_hi(int i) { (void)i; return 10; }

static int read_capital(Source *src, int t, Scenario *s)
{
    double values[ACTOR_COUNT];
    for (int a = 0; a < ACTOR_COUNT; a++)
        values[a] = (a == US || a == IRAN) ? 3 : 2;
    if (read_values(src, t, "capital", values, actor_find, capital_lo, capital_hi, "actor") != 0)
        return -1;
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->capital[a] = (int)values[a];
    return 0;
}

static int read_events(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    s->nevents = 0;
    if (lua_getfield(L, t, "events") == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    int rc = 0;
    lua_Integer n = lua_istable(L, -1) ? luaL_len(L, -1) : -1;
    if (n < 0 || n > MAX_EVENTS)
        rc = fail(src, "events", "expected 'events' to be a list of at most %d events", MAX_EVENTS);
    for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
        lua_rawgeti(L, -1, i);
        char id[ID_LEN] = "", where[64];
        snprintf(where, sizeof where, "event %d", (int)i);
        if (!lua_istable(L, -1))
            rc = fail(src, "events", "%s: expected a table", where);
        else if ((rc = copy_string(src, lua_gettop(L), "id", id, sizeof id, true, where)) == 0) {
            int when = lua_getfield(L, -1, "when");
            int apply = lua_getfield(L, -2, "apply");
            lua_pop(L, 2);
            if (when != LUA_TFUNCTION || (apply != LUA_TFUNCTION && apply != LUA_TNIL))
                rc = fail(src, id, "event '%s': expected when = function(world) and apply = function(world)", id);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    s->nevents = rc == 0 ? (int)n : 0;
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
static int read_initial(Source *src, int t, Scenario *s)
{
    Source base;
    if (source_open(&base, src->sb, "scripts/lib/baseline.lua", src->err) != 0)
        return -1;
    int rc = read_values(&base, lua_gettop(src->sb->L), "initial", s->initial, var_find, var_lo, var_hi, "variable");
    lua_pop(src->sb->L, 1);
    source_close(&base);
    if (rc == 0)
        rc = read_values(src, t, "initial", s->initial, var_find, var_lo, var_hi, "variable");
    for (int v = 0; rc == 0 && v < VAR_COUNT; v++)
        if (s->initial[v] == -1e300 && !(var_info[v].flags & TRANSIENT))
            rc = fail(src, "initial", "no initial value for '%s' here or in scripts/lib/baseline.lua", var_info[v].name);
        else if (s->initial[v] == -1e300)
            s->initial[v] = 0;
    return rc;
}

int load_scenario(Sandbox *sb, const char *path, const Catalogue *c, Scenario *s, int *ref, Error *err)
{
    (void)c;
    Source src;
    memset(s, 0, sizeof *s);
    copy_defaults(s);
    if (source_open(&src, sb, path, err) != 0)
        return -1;
    lua_State *L = sb->L;
    int t = lua_gettop(L);
    double version = 1, days = 7, turns = 26;
    int rc = copy_string(&src, t, "id", s->id, sizeof s->id, true, "scenario");
    if (rc == 0)
        rc = copy_string(&src, t, "name", s->name, sizeof s->name, true, s->id) ||
             copy_string(&src, t, "start", s->start_date, sizeof s->start_date, true, s->id) ||
             get_number(&src, t, "version", &version, 1, 1e6, s->id) ||
             get_number(&src, t, "days_per_turn", &days, 1, 31, s->id) ||
             get_number(&src, t, "turns", &turns, 1, MAX_TURNS, s->id) ||
             read_initial(&src, t, s) ||
             read_values(&src, t, "params", s->params, param_find, param_lo, param_hi, "parameter") ||
             read_capital(&src, t, s) || read_objectives(&src, t, s) || read_events(&src, t, s)
             ? -1 : 0;
    s->version = (int)version;
    s->days_per_turn = (int)days;
    s->turns = (int)turns;
    if (rc == 0 && lua_getfield(L, t, "briefing") != LUA_TSTRING)
        rc = fail(&src, "briefing", "expected 'briefing' to be a string");
    else if (rc == 0)
        lua_pop(L, 1);
    if (rc == 0) {
        lua_pushvalue(L, t);
        *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    lua_settop(L, t - 1);
    source_close(&src);
    return rc;
}

static int read_rule(Source *src, int t, Actor a, const Catalogue *c, Rulebook *r)
{
    lua_State *L = src->sb->L;
    Rule rule = { .actor = a };
    if (copy_string(src, t, "id", rule.id, sizeof rule.id, true, "a rule") ||
        copy_string(src, t, "reason", rule.reason, sizeof rule.reason, true, rule.id) ||
        join_strings(src, t, "sources", rule.sources, sizeof rule.sources, true, rule.id))
        return -1;
    if (!rule.reason[0])
        return fail(src, rule.id, "rule '%s': the reason must say why in plain words", rule.id);
    if (lua_getfield(L, t, "when") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        return fail(src, rule.id, "rule '%s': expected when = function(view) ... end", rule.id);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "favours") != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(src, rule.id, "rule '%s': expected favours = { action = weight, ... }", rule.id);
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *action = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        int i = catalogue_find(c, action);
        if (i < 0 || !(c->actions[i].actors & (1u << a)) || !lua_isnumber(L, -1)) {
            int rc = fail(src, rule.id, "rule '%s': favours '%s', which is not an action of %s with a number weight",
                          rule.id, action, actor_name(a));
            lua_pop(L, 3);
            return rc;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (rulebook_find(r, rule.id) >= 0)
        return fail(src, rule.id, "rule '%s' is defined twice", rule.id);
    if (rulebook_add(r, &rule) < 0) {
        error_set(src->err, ERR_INTERNAL, "out of memory");
        return -1;
    }
    return 0;
}

int load_actor(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int *ref, Error *err)
{
    Source src;
    if (source_open(&src, sb, path, err) != 0)
        return -1;
    lua_State *L = sb->L;
    int t = lua_gettop(L);
    int rc = 0;
    if (lua_getfield(L, t, "decide") != LUA_TFUNCTION)
        rc = fail(&src, "decide", "expected the script to return a table with decide = function(view)");
    lua_pop(L, 1);
    if (rc == 0 && lua_getfield(L, t, "rules") == LUA_TTABLE) {
        for (lua_Integer i = 1; rc == 0 && i <= luaL_len(L, -1); i++) {
            lua_rawgeti(L, -1, i);
            rc = lua_istable(L, -1) ? read_rule(&src, lua_gettop(L), a, c, r)
                                    : fail(&src, "rules", "rule %d: expected a table", (int)i);
            lua_pop(L, 1);
        }
    }
    lua_settop(L, t);
    if (rc == 0)
        *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    else
        lua_pop(L, 1);
    source_close(&src);
    return rc;
}
