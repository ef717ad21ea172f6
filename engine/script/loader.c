#include "loader.h"

#include "../core/dynamics.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mods.h"
#include "suggest.h"

/* ---- the field registries ------------------------------------------------ */

const FieldDoc scenario_fields[] = {
    { "id", "string", true, "The scenario's id: lower-case letters, digits, _ and -; the file is scenarios/ID.lua." },
    { "name", "string", true, "The title shown in the menu." },
    { "version", "number", false, "Raise it when a change would break saved games (default 1)." },
    { "start", "string", true, "The date of the first turn, YYYY-MM-DD." },
    { "days_per_turn", "number", false, "Days in a turn, 1-31 (default 7)." },
    { "turns", "number", false, "Turns before the game ends in a timeout, 1-200 (default 26)." },
    { "briefing", "string", true, "What the players read before the first turn." },
    { "sources", "list of strings", false, "The reporting the scenario rests on (A12, C3, ...)." },
    { "initial", "table", false, "Starting values by variable name: `rial = 1450` or `rial = { 1450, \"A21\" }`; "
      "the rest come from scripts/lib/baseline.lua." },
    { "params", "table", false, "Dynamics coefficients by parameter name, within each parameter's range." },
    { "capital", "table", false, "Political capital per turn by actor name, 0-10 (default 3 for us and iran, 2 others)." },
    { "objectives", "table", true, "`{ us = { objective, ... }, iran = { ... } }`: what each side is scored on." },
    { "events", "list of events", false, "The scenario's own events (see Events)." },
    { "debrief", "list of strings", false, "Questions for the debrief, printed in the after-action report." },
    { "injects", "list of injects", false, "Events a facilitator may inject during a class (see Injects)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc inject_fields[] = {
    { "id", "string", true, "The inject's id." },
    { "text", "string", true, "The news line everyone reads when the facilitator injects it." },
    { "sources", "list of strings", true, "The reporting it rests on." },
    { "effects", "list of strings", true, "What it changes, as effect clauses like an action's: `\"hormuz_flow -= 2\"`." },
    { NULL, NULL, false, NULL },
};

const FieldDoc objective_fields[] = {
    { "id", "string", true, "The objective's id." },
    { "text", "string", true, "What the players read." },
    { "var", "string", false, "A variable: met fully at `best`, not at all at `worst`, in between linearly." },
    { "best", "number", false, "With var: the value that meets the objective fully (default the variable's maximum)." },
    { "worst", "number", false, "With var: the value that fails it (default the variable's minimum)." },
    { "outcome", "string", false, "Instead of var: met if the game ends this way (agreement, war, regime_collapse, "
      "breakout, timeout)." },
    { "weight", "number", false, "Its weight in the side's score, 0-100 (default 1)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc event_fields[] = {
    { "id", "string", true, "The event's id; when it fires, handlers with `on = ID` run too." },
    { "text", "string", false, "The news line shown when it fires." },
    { "sources", "list of strings", false, "The reporting behind it; required when the event has text." },
    { "when", "function(world) -> boolean, or list of strings", false, "Checked every turn; the event fires when it "
      "returns true. It may only read the world. Or conditions \"variable op number\" that must all hold, on the "
      "world's true values: the engine checks them without calling Lua." },
    { "on", "string", false, "Instead of when: the event runs when the named event fires or is raised "
      "(world.raise)." },
    { "chance", "number", false, "Probability 0-1 that it fires when `when` holds (default 1), drawn from the game's "
      "random stream." },
    { "once", "boolean", false, "Fire at most once a game (default: true for an event with when, false for a "
      "handler with on)." },
    { "apply", "function(world, data)", false, "What the event does; it may change the world. `data` is what "
      "world.raise passed, or nil." },
    { "scenarios", "list of strings", false, "Mod events only: the scenario ids it belongs to (default: every "
      "scenario)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc action_fields[] = {
    { "id", "string", true, "The action's id; orders name it." },
    { "actors", "string or list", true, "Who may take it: actor names." },
    { "track", "string", true, "Its track (diplomacy, economy, military, ...): an AI actor takes at most one "
      "action per track a turn." },
    { "name", "string", true, "What the players read." },
    { "text", "string", false, "A longer description." },
    { "news", "string", false, "The news line when it is taken (default: the name)." },
    { "cost", "number", false, "Political capital, 0-5 (default 1)." },
    { "goldstein", "number", false, "CAMEO Goldstein weight, -10..10." },
    { "escalation", "number", false, "Escalation score (Rivera et al. 2024): -2, 0, 4, 12, 28 or 60." },
    { "secret", "boolean", false, "Only the actor sees it was taken." },
    { "requires", "list of strings", false, "Prerequisites: \"variable op number\", op one of < <= > >= == ~=." },
    { "effects", "list of strings", false, "Immediate effects: \"variable op number [~ sd]\", op one of = += -= *= "
      ">= <=; or \"intel ACTOR *= x\"." },
    { "backs", "string or list", false, "Factions that back it: leader, hardline, pragmatic, hawks, dealmakers." },
    { "opposes", "string or list", false, "Factions that oppose it." },
    { "sources", "list of strings", true, "The reporting it rests on." },
    { NULL, NULL, false, NULL },
};

const FieldDoc rule_fields[] = {
    { "id", "string", true, "The rule's id, conventionally `actor.name`." },
    { "when", "function(view) -> boolean, or list of strings", true, "The condition, on the actor's read-only "
      "view; or conditions \"variable op number\" (op one of < <= > >= == ~=) that must all hold, on the same "
      "values the view shows (an estimate of what the actor cannot see). A list is checked by the engine without "
      "calling Lua, so it is much faster." },
    { "favours", "table", true, "`{ action = weight, ... }`: actions of this actor it votes for (or against, "
      "with a negative weight)." },
    { "reason", "string", true, "Why, in plain words: shown to players as \"Why?\"." },
    { "sources", "list of strings", true, "The reporting the rule is drawn from." },
    { "scenarios", "list of strings", false, "Mod rules only: the scenario ids it belongs to (default: every "
      "scenario)." },
    { NULL, NULL, false, NULL },
};

const FieldDoc manifest_fields[] = {
    { "name", "string", true, "The mod's name: lower-case letters, digits, _ and -. Other mods' load_after use it." },
    { "version", "string", true, "The mod's own version, e.g. \"1.0\"; saved games record it." },
    { "api", "number", true, "The modding API version the mod was written for (this game provides 1)." },
    { "author", "string", true, "Who wrote it." },
    { "licence", "string", true, "The licence it is shared under, e.g. \"CC-BY-4.0\" (`license` is accepted too)." },
    { "license", "string", false, "Same as licence." },
    { "description", "string", false, "One or two sentences for the mod list." },
    { "load_after", "list of strings", false, "Mods that must load before this one, when present." },
    { NULL, NULL, false, NULL },
};

void problems_add(Problems *p, const char *fmt, ...)
{
    if (!p)
        return;
    if (p->count == MAX_PROBLEMS) {
        p->dropped++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->msg[p->count++], PROBLEM_LEN, fmt, ap);
    va_end(ap);
}

/* ---- sources and messages ------------------------------------------------ */

typedef struct Source {
    Sandbox *sb;
    char path[600];             /* the file actually read (a mod's, perhaps) */
    char name[600];             /* the path it was asked for */
    char *text;
    Error *err;
    int failed;
    const char *anchor;         /* the item being read: lines are searched from it */
} Source;

static bool word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The first whole-word occurrence of needle at or after from. */
static const char *find_word(const char *from, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *at = strstr(from, needle); at; at = strstr(at + 1, needle)) {
        bool starts = at == from || !word_char(at[-1]) || !word_char(needle[0]);
        bool ends = !word_char(at[n]) || !word_char(needle[n - 1]);
        if (starts && ends)
            return at;
    }
    return NULL;
}

/* Tables carry no line numbers, so a problem is placed at the first line
 * that mentions the offending name -- after the item's own id, if known:
 * good enough to find it at once. */
static int line_of(const char *text, const char *anchor, const char *needle)
{
    if (!text)
        return 1;
    const char *from = anchor && *anchor ? find_word(text, anchor) : NULL;
    const char *at = needle && *needle ? find_word(from ? from : text, needle) : NULL;
    if (!at && from && needle && *needle)
        at = find_word(text, needle);
    if (!at)
        at = from;
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
    int line = line_of(src->text, src->anchor, needle);
    if (src->failed++ == 0)
        error_set(src->err, ERR_DATA, "%s:%d: %s", src->path, line, what);
    problems_add(src->sb->problems, "%s:%d: %s", src->path, line, what);
    return -1;
}

static void source_close(Source *src)
{
    free(src->text);
    src->text = NULL;
}

/* Where path is read from, and its text (for placing problems). */
static int source_text(Source *src, Sandbox *sb, const char *path, Error *err)
{
    *src = (Source){ .sb = sb, .err = err };
    sandbox_resolve(sb, path, src->path, sizeof src->path);
    snprintf(src->name, sizeof src->name, "%s", path);
    src->text = sandbox_read(sb, path, NULL, err);
    if (!src->text)
        problems_add(sb->problems, "%s", err->msg);
    return src->text ? 0 : -1;
}

/* Run the file: on success its table is on the stack. */
static int source_run(Source *src)
{
    lua_State *L = src->sb->L;
    if (sandbox_dofile(src->sb, src->name, src->err) != 0) {
        src->failed++;
        problems_add(src->sb->problems, "%s", src->err->msg);
        return -1;
    }
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return fail(src, "return", "expected the file to return a table");
    }
    return 0;
}

/* What a loader does with the table a file returned. */
typedef int (*LoadBody)(Source *src, int t, void *ctx);

typedef struct Guarded {
    Source *src;
    LoadBody body;
    void *ctx;
    int nresults, rc;
} Guarded;

static int run_guarded(lua_State *L, void *ud)
{
    Guarded *g = ud;
    g->rc = source_run(g->src);
    if (g->rc == 0)
        g->rc = g->body(g->src, lua_gettop(L), g->ctx);
    return g->rc == 0 ? g->nresults : 0;
}

/* Run path and read the table it returns with body, all in one guarded
 * call: a metamethod of the file's tables that fails or never ends, or
 * memory running out while they are read, is a problem of the file like any
 * other, never a crash. On success body's nresults values are left. */
static int guarded_load(Sandbox *sb, const char *path, LoadBody body, void *ctx, int nresults, Error *err)
{
    Source src;
    if (source_text(&src, sb, path, err) != 0)
        return -1;
    Guarded g = { .src = &src, .body = body, .ctx = ctx, .nresults = nresults, .rc = -1 };
    Error failure;
    if (sandbox_protect(sb, run_guarded, &g, 0, LUA_MULTRET, NULL, &failure) != 0) {
        bool named = strncmp(failure.msg, src.path, strlen(src.path)) == 0;
        if (src.failed++ == 0)
            error_set(err, ERR_DATA, "%s%s%s", named ? "" : src.path, named ? "" : ": ", failure.msg);
        problems_add(sb->problems, "%s%s%s", named ? "" : src.path, named ? "" : ": ", failure.msg);
        g.rc = -1;
    }
    source_close(&src);
    return g.rc ? -1 : 0;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char *field_name_at(int i, const void *fields)
{
    return ((const FieldDoc *)fields)[i].name;
}

/* Every key of the table at t must be one of fields: a misspelt field would
 * otherwise be ignored without a word. Reported in name order. */
static int check_fields(Source *src, int t, const FieldDoc *fields, const char *where)
{
    lua_State *L = src->sb->L;
    const char *unknown[64];
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (n < 64)
                unknown[n++] = "(a value without a name)";
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool known = false;
        for (const FieldDoc *f = fields; f->name && !known; f++)
            known = strcmp(f->name, key) == 0;
        if (!known && n < 64)
            unknown[n++] = key;     /* kept alive by the table */
    }
    qsort(unknown, (size_t)n, sizeof *unknown, compare_strings);
    char hint[80];
    for (int i = 0; i < n; i++)
        fail(src, unknown[i], "%s: unknown field '%s'%s", where, unknown[i],
             suggest_hint(unknown[i], field_name_at, fields, hint, sizeof hint));
    return n ? -1 : 0;
}

static int copy_string(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where)
{
    lua_State *L = src->sb->L;
    int type = lua_getfield(L, t, key);
    int rc = 0;
    if (type == LUA_TSTRING)
        snprintf(out, size, "%s", lua_tostring(L, -1));
    else if (type != LUA_TNIL)
        rc = fail(src, key, "%s: expected '%s' to be a string", where, key);
    else if (required)
        rc = fail(src, NULL, "%s: '%s' is missing (a string)", where, key);
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
            rc = fail(src, key, "%s: '%s' is %g, expected a number from %g to %g", where, key, x, lo, hi);
        else
            *out = x;
    } else if (type != LUA_TNIL) {
        rc = fail(src, key, "%s: expected '%s' to be a number", where, key);
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
        if (type == LUA_TNIL)
            return fail(src, NULL, "%s: '%s' is missing (a list of strings, e.g. { \"A12\", \"C3\" })", where, key);
        return fail(src, key, "%s: expected '%s' to be a non-empty list of strings", where, key);
    }
    size_t used = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!s) {
            lua_pop(L, 2);
            return fail(src, key, "%s: '%s' item %d is not a string", where, key, (int)i);
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

/* Why a clause did not parse, when it is a name the registries lack. */
static const char *clause_hint(const char *text, char *out, size_t size)
{
    char name[ID_LEN], hint[80];
    const char *s = read_name(skip_space(text), name, sizeof name);
    out[0] = '\0';
    if (strcmp(name, "intel") == 0) {
        read_name(skip_space(s), name, sizeof name);
        if (actor_find(name) < 0)
            snprintf(out, size, "; unknown actor '%s'%s", name, suggest_hint(name, suggest_actor, NULL, hint, sizeof hint));
    } else if (name[0] && var_find(name) < 0) {
        snprintf(out, size, "; unknown variable '%s'%s", name, suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
    }
    return out;
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
        return fail(src, key, "%s: expected '%s' to be a list of strings", where, key);
    }
    lua_Integer n = luaL_len(L, -1);
    if (n > max) {
        lua_pop(L, 1);
        return fail(src, key, "%s: at most %d items in '%s'", where, max, key);
    }
    int rc = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        char hint[160];
        if (!text || !parse(text, (char *)out + (size_t)(*count) * item_size))
            rc = fail(src, text ? text : key, "%s: cannot read %s '%s'%s; expected %s", where, key,
                      text ? text : "?", text ? clause_hint(text, hint, sizeof hint) : "", expected);
        else
            (*count)++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

static bool effect_parser(const char *text, void *out) { return parse_effect(text, out); }
bool effect_parse(const char *text, Effect *e) { return parse_effect(text, e); }
static bool prereq_parser(const char *text, void *out) { return parse_prereq(text, out); }
bool prereq_parse(const char *text, Prereq *p) { return parse_prereq(text, p); }

/* How a condition reads, for actions' requires and rules' and events' when. */
#define CONDITION_FORM "'variable op number' with op one of < <= > >= == ~="

/* A when that is a list of conditions ("talks >= 1"): each must read as one. */
static int check_conditions(Source *src, int t, const char *where)
{
    Prereq conditions[MAX_PREREQS];
    int n;
    return parse_clauses(src, t, "when", conditions, sizeof *conditions, MAX_PREREQS, &n, prereq_parser, where,
                         CONDITION_FORM);
}

int conditions_read(lua_State *L, int idx, Prereq *out)
{
    int n = 0;
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, idx) && n < MAX_PREREQS; i++) {
        if (lua_rawgeti(L, idx, i) == LUA_TSTRING && parse_prereq(lua_tostring(L, -1), &out[n]))
            n++;
        lua_pop(L, 1);
    }
    return n;
}

static int read_mask(Source *src, int t, const char *key, unsigned *mask, int (*find)(const char *), NameAt names,
                     const char *where, const char *kind)
{
    char list[256];
    if (join_strings(src, t, key, list, sizeof list, false, where) != 0)
        return -1;
    *mask = 0;
    int rc = 0;
    char hint[80];
    char *tok_at;
    for (char *tok = strtok_r(list, ", ", &tok_at); tok; tok = strtok_r(NULL, ", ", &tok_at)) {
        int i = find(tok);
        if (i < 0)
            rc = fail(src, tok, "%s: unknown %s '%s' in '%s'%s", where, kind, tok, key,
                      suggest_hint(tok, names, NULL, hint, sizeof hint));
        else
            *mask |= 1u << i;
    }
    return rc;
}

static int read_action(Source *src, int t, Action *act)
{
    char where[80] = "an action";
    memset(act, 0, sizeof *act);
    if (copy_string(src, t, "id", act->id, sizeof act->id, true, where) != 0)
        return -1;
    src->anchor = act->id;
    snprintf(where, sizeof where, "action '%s'", act->id);
    double cost = 1, goldstein = 0, escalation = 0;
    int rc = check_fields(src, t, action_fields, where);
    rc |= copy_string(src, t, "name", act->name, sizeof act->name, true, where);
    rc |= copy_string(src, t, "track", act->track, sizeof act->track, true, where);
    rc |= copy_string(src, t, "text", act->text, sizeof act->text, false, where);
    rc |= copy_string(src, t, "news", act->news, sizeof act->news, false, where);
    rc |= join_strings(src, t, "sources", act->sources, sizeof act->sources, true, where);
    rc |= read_mask(src, t, "actors", &act->actors, actor_find, suggest_actor, where, "actor");
    rc |= read_mask(src, t, "backs", &act->backs, faction_find, suggest_faction, where, "faction");
    rc |= read_mask(src, t, "opposes", &act->opposes, faction_find, suggest_faction, where, "faction");
    rc |= get_number(src, t, "cost", &cost, 0, 5, where);
    rc |= get_number(src, t, "goldstein", &goldstein, -10, 10, where);
    rc |= get_number(src, t, "escalation", &escalation, -2, 60, where);
    if (rc == 0 && !act->actors)
        rc = fail(src, "actors", "%s: expected 'actors' to name who may take it", where);
    act->cost = (int)cost;
    act->goldstein = goldstein;
    act->escalation = escalation;
    lua_getfield(src->sb->L, t, "secret");
    act->secret = lua_toboolean(src->sb->L, -1);
    lua_pop(src->sb->L, 1);
    rc |= parse_clauses(src, t, "requires", act->pre, sizeof *act->pre, MAX_PREREQS, &act->npre, prereq_parser,
                        where, CONDITION_FORM);
    rc |= parse_clauses(src, t, "effects", act->eff, sizeof *act->eff, MAX_EFFECTS, &act->neff, effect_parser,
                        where, "'variable op number [~ sd]' with op one of = += -= *= >= <=, or 'intel ACTOR *= x'");
    src->anchor = NULL;
    return rc ? -1 : 0;
}

/* Read the list of actions on top of the stack into c: new ids are added;
 * a known id is refused (replace = false) or replaced, with owner noted. */
static int read_actions(Source *src, Catalogue *c, bool replace, char owner[][ID_LEN], const char *mod,
                        Problems *notes)
{
    lua_State *L = src->sb->L;
    int t = lua_gettop(L);
    int rc = 0;
    bool seen[MAX_ACTIONS] = { false };
    for (lua_Integer i = 1; i <= luaL_len(L, t); i++) {
        lua_rawgeti(L, t, i);
        Action act;
        if (!lua_istable(L, -1)) {
            rc = fail(src, NULL, "action %d: expected a table", (int)i);
        } else if (read_action(src, lua_gettop(L), &act) != 0) {
            rc = -1;
        } else {
            int at = catalogue_find(c, act.id);
            if (at >= 0 && (!replace || seen[at])) {
                rc = fail(src, act.id, "action '%s' is defined twice", act.id);
            } else if (at < 0 && c->count == MAX_ACTIONS) {
                rc = fail(src, act.id, "more than %d actions", MAX_ACTIONS);
            } else {
                if (at < 0)
                    at = c->count++;
                else if (owner && owner[at][0] && strcmp(owner[at], mod) != 0)
                    problems_add(notes, "%s: action '%s' is defined by mods '%s' and '%s'; '%s' loads later and is used",
                                 src->path, act.id, owner[at], mod, mod);
                c->actions[at] = act;
                seen[at] = true;
                if (owner)
                    snprintf(owner[at], ID_LEN, "%s", mod ? mod : "");
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

typedef struct ActionsLoad {
    Catalogue *c;
    bool replace;
    char (*owner)[ID_LEN];
    const char *mod;
    Problems *notes;
} ActionsLoad;

static int actions_body(Source *src, int t, void *ctx)
{
    (void)t;
    ActionsLoad *a = ctx;
    return read_actions(src, a->c, a->replace, a->owner, a->mod, a->notes);
}

int load_catalogue(Sandbox *sb, const char *path, Catalogue *c, Error *err)
{
    c->count = 0;
    ActionsLoad a = { .c = c };
    return guarded_load(sb, path, actions_body, &a, 0, err);
}

int load_catalogue_patch(Sandbox *sb, const char *path, Catalogue *c, char owner[][ID_LEN], const char *mod,
                         Problems *notes, Error *err)
{
    ActionsLoad a = { .c = c, .replace = true, .owner = owner, .mod = mod, .notes = notes };
    return guarded_load(sb, path, actions_body, &a, 0, err);
}

/* initial = { rial = 1450, inflation = { 72, "A22" } } and the like. */
static int read_values(Source *src, int t, const char *key, double *out, int (*find)(const char *), NameAt names,
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
    int rc = 0;
    char hint[80];
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int i = name ? find(name) : -1;
        if (i < 0) {
            rc = fail(src, name, "unknown %s '%s' in '%s'%s", kind, name ? name : "?", key,
                      name ? suggest_hint(name, names, NULL, hint, sizeof hint) : "");
            lua_pop(L, 1);
            continue;
        }
        if (lua_istable(L, -1))
            lua_rawgeti(L, -1, 1);
        else
            lua_pushvalue(L, -1);
        if (!lua_isnumber(L, -1) || lua_tonumber(L, -1) < lo(i) || lua_tonumber(L, -1) > hi(i))
            rc = fail(src, name, "%s '%s' must be a number from %g to %g", kind, name, lo(i), hi(i));
        else
            out[i] = lua_tonumber(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return rc;
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
    if (copy_string(src, t, "id", o->id, sizeof o->id, true, where) != 0)
        return -1;
    src->anchor = o->id;
    snprintf(where, sizeof where, "objective '%s'", o->id);
    char name[ID_LEN] = "", hint[80];
    o->weight = 1;
    int rc = check_fields(src, t, objective_fields, where);
    rc |= copy_string(src, t, "text", o->text, sizeof o->text, true, where);
    rc |= copy_string(src, t, "outcome", name, sizeof name, false, where);
    rc |= get_number(src, t, "weight", &o->weight, 0, 100, where);
    if (rc == 0 && name[0]) {
        o->var = -1;
        o->outcome = outcome_find(name);
        if (o->outcome <= OUT_NONE)
            rc = fail(src, name, "%s: unknown outcome '%s'%s (agreement, war, regime_collapse, breakout, timeout)",
                      where, name, suggest_hint(name, suggest_outcome, NULL, hint, sizeof hint));
    } else if (rc == 0 && copy_string(src, t, "var", name, sizeof name, true, where) != 0) {
        rc = -1;
    } else if (rc == 0 && (o->var = var_find(name)) < 0) {
        rc = fail(src, name, "%s: unknown variable '%s'%s", where, name,
                  suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
    } else if (rc == 0) {
        double lo = var_info[o->var].min, hi = var_info[o->var].max;
        o->best = hi;
        o->worst = lo;
        if (get_number(src, t, "best", &o->best, lo, hi, where) || get_number(src, t, "worst", &o->worst, lo, hi, where))
            rc = -1;
        else if (o->best == o->worst)
            rc = fail(src, "best", "%s: 'best' and 'worst' must differ", where);
    }
    src->anchor = NULL;
    return rc ? -1 : 0;
}

static int read_objectives(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, "objectives") != LUA_TTABLE) {
        lua_pop(L, 1);
        return fail(src, "objectives", "expected 'objectives' = { us = {...}, iran = {...} }");
    }
    int rc = 0;
    char hint[80];
    lua_pushnil(L);
    while (lua_next(L, -2)) {       /* only actors' names are keys */
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        if (actor_find(name) < 0)
            rc = fail(src, name, "objectives: unknown actor '%s'%s", name,
                      suggest_hint(name, suggest_actor, NULL, hint, sizeof hint));
        lua_pop(L, 1);
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (lua_getfield(L, -1, actor_name((Actor)a)) == LUA_TTABLE) {
            lua_Integer n = luaL_len(L, -1);
            if (n > MAX_OBJECTIVES) {
                rc = fail(src, actor_name((Actor)a), "at most %d objectives per actor", MAX_OBJECTIVES);
                n = MAX_OBJECTIVES;
            }
            int ok = 0;
            for (lua_Integer i = 1; i <= n; i++) {
                lua_rawgeti(L, -1, i);
                if (!lua_istable(L, -1))
                    rc = fail(src, actor_name((Actor)a), "objectives: expected tables");
                else if (read_objective(src, lua_gettop(L), &s->objectives[a][ok], actor_name((Actor)a)) != 0)
                    rc = -1;
                else
                    ok++;
                lua_pop(L, 1);
            }
            s->nobjectives[a] = ok;
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
    int rc = read_values(src, t, "capital", values, actor_find, suggest_actor, capital_lo, capital_hi, "actor");
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->capital[a] = (int)values[a];
    return rc;
}

static bool is_list_of_strings(lua_State *L, int idx)
{
    if (!lua_istable(L, idx))
        return false;
    for (lua_Integer i = 1; i <= luaL_len(L, idx); i++) {
        bool ok = lua_rawgeti(L, idx, i) == LUA_TSTRING;
        lua_pop(L, 1);
        if (!ok)
            return false;
    }
    return true;
}

/* One event: an id, and either when (checked each turn) or on (run when the
 * named event fires or is raised). */
static int check_event(Source *src, int ev, int index, bool in_mod)
{
    lua_State *L = src->sb->L;
    char id[ID_LEN] = "", where[80];
    snprintf(where, sizeof where, "event %d", index);
    if (!lua_istable(L, ev))
        return fail(src, "events", "%s: expected a table", where);
    if (copy_string(src, ev, "id", id, sizeof id, true, where) != 0)
        return -1;
    src->anchor = id;
    snprintf(where, sizeof where, "event '%s'", id);
    int rc = check_fields(src, ev, event_fields, where);
    int when = lua_getfield(L, ev, "when");
    int on = lua_getfield(L, ev, "on");
    int apply = lua_getfield(L, ev, "apply");
    int chance = lua_getfield(L, ev, "chance");
    double p = lua_tonumber(L, -1);
    int text = lua_getfield(L, ev, "text");
    int sources = lua_getfield(L, ev, "sources");
    bool sourced = (sources == LUA_TSTRING) || (is_list_of_strings(L, -1) && luaL_len(L, -1) > 0);
    int scenarios = lua_getfield(L, ev, "scenarios");
    bool scenario_list = is_list_of_strings(L, -1);
    lua_pop(L, 7);
    bool conditional = when == LUA_TFUNCTION || when == LUA_TTABLE;
    if (conditional == (on == LUA_TSTRING) || (!conditional && when != LUA_TNIL) ||
        (on != LUA_TSTRING && on != LUA_TNIL))
        rc = fail(src, when != LUA_TNIL ? "when" : "on", "%s: expected when = function(world) (or a list of "
                  "conditions) or on = \"event id\" (one of the two)", where);
    else if (when == LUA_TTABLE)
        rc |= check_conditions(src, ev, where);
    if (apply != LUA_TFUNCTION && apply != LUA_TNIL)
        rc = fail(src, "apply", "%s: expected apply = function(world, data)", where);
    if (apply == LUA_TNIL && on == LUA_TSTRING)
        rc = fail(src, "on", "%s: a handler (on = ...) needs apply = function(world, data)", where);
    if (chance != LUA_TNIL && (chance != LUA_TNUMBER || p < 0 || p > 1))
        rc = fail(src, "chance", "%s: expected 'chance' to be a number from 0 to 1", where);
    if (text != LUA_TNIL && text != LUA_TSTRING)
        rc = fail(src, "text", "%s: expected 'text' to be a string", where);
    if (text == LUA_TSTRING && !sourced)
        rc = fail(src, text == LUA_TSTRING ? "text" : id, "%s: news needs its sources: add sources = { \"A12\", ... }",
                  where);
    if (scenarios != LUA_TNIL && (!scenario_list || !in_mod))
        rc = fail(src, "scenarios", in_mod ? "%s: expected 'scenarios' to be a list of scenario ids"
                                           : "%s: 'scenarios' is for mods' events; a scenario's own events are its own",
                  where);
    src->anchor = NULL;
    return rc;
}

static int check_event_list(Source *src, int list, const char *key, bool in_mod)
{
    lua_State *L = src->sb->L;
    lua_Integer n = lua_istable(L, list) ? luaL_len(L, list) : -1;
    if (n < 0 || n > MAX_EVENTS)
        return fail(src, key, "expected '%s' to be a list of at most %d events", key, MAX_EVENTS);
    int rc = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, list, i);
        rc |= check_event(src, lua_gettop(L), (int)i, in_mod);
        lua_pop(L, 1);
    }
    return rc ? -1 : (int)n;
}

static int read_events(Source *src, int t, Scenario *s)
{
    lua_State *L = src->sb->L;
    s->nevents = 0;
    if (lua_getfield(L, t, "events") == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    int n = check_event_list(src, lua_gettop(L), "events", false);
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
            rc = fail(src, "debrief", "expected 'debrief' to be a list of at most %d questions", MAX_DEBRIEF);
        for (lua_Integer i = 1; rc == 0 && i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) >= NEWS_LEN)
                rc = fail(src, "debrief", "debrief question %d: expected a string of under %d characters", (int)i,
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
    snprintf(where, sizeof where, "inject %d", index);
    if (copy_string(src, t, "id", inj->id, sizeof inj->id, true, where) != 0)
        return -1;
    snprintf(where, sizeof where, "inject '%s'", inj->id);
    src->anchor = inj->id;
    int rc = check_fields(src, t, inject_fields, where);
    rc |= copy_string(src, t, "text", inj->text, sizeof inj->text, true, where);
    rc |= join_strings(src, t, "sources", inj->sources, sizeof inj->sources, true, where);
    rc |= parse_clauses(src, t, "effects", inj->eff, sizeof *inj->eff, MAX_EFFECTS, &inj->neff, effect_parser, where,
                        "'variable op number [~ sd]' with op one of = += -= *= >= <=");
    if (rc == 0 && inj->neff == 0)
        rc = fail(src, inj->id, "%s: expected 'effects', the changes it makes", where);
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
            rc = fail(src, "injects", "expected 'injects' to be a list of at most %d injects", MAX_INJECTS);
        for (lua_Integer i = 1; i <= n && n <= MAX_INJECTS; i++) {
            lua_rawgeti(L, -1, i);
            if (!lua_istable(L, -1))
                rc |= fail(src, "injects", "inject %d: expected a table", (int)i);
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
    int rc = read_values(base, lua_gettop(src->sb->L), "initial", s->initial, var_find, suggest_var, var_lo, var_hi,
                         "variable");
    lua_pop(src->sb->L, 1);
    if (rc != 0)
        return src->failed++, -1;
    rc = read_values(src, t, "initial", s->initial, var_find, suggest_var, var_lo, var_hi, "variable");
    for (int v = 0; v < VAR_COUNT; v++)
        if (s->initial[v] == -1e300 && !(var_info[v].flags & TRANSIENT))
            rc = fail(src, "initial", "no initial value for '%s' here or in scripts/lib/baseline.lua", var_info[v].name);
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
    int rc = copy_string(src, t, "id", s->id, sizeof s->id, true, "scenario");
    /* Every part is read, so that all the problems are found at once. */
    rc |= check_fields(src, t, scenario_fields, "scenario");
    rc |= copy_string(src, t, "name", s->name, sizeof s->name, true, "scenario");
    rc |= copy_string(src, t, "start", s->start_date, sizeof s->start_date, true, "scenario");
    rc |= get_number(src, t, "version", &version, 1, 1e6, "scenario");
    rc |= get_number(src, t, "days_per_turn", &days, 1, 31, "scenario");
    rc |= get_number(src, t, "turns", &turns, 1, MAX_TURNS, "scenario");
    rc |= read_initial(src, t, s, load->base);
    rc |= read_values(src, t, "params", s->params, param_find, suggest_param, param_lo, param_hi, "parameter");
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
        World start = { 0 };
        memcpy(start.v, s->initial, sizeof start.v);
        s->initial[V_BREAKOUT] = breakout_weeks(&start, s->params);
    }
    if (lua_getfield(L, t, "briefing") != LUA_TSTRING)
        rc = fail(src, "briefing", "expected 'briefing' to be a string");
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
    int rc = guarded_load(sb, path, scenario_body, &load, 0, err);
    source_close(&base);
    return rc;
}

static int read_rule(Source *src, int t, Actor a, const Catalogue *c, Rulebook *r)
{
    lua_State *L = src->sb->L;
    Rule rule = { .actor = a };
    if (copy_string(src, t, "id", rule.id, sizeof rule.id, true, "a rule") != 0)
        return -1;
    src->anchor = rule.id;
    char where[80];
    snprintf(where, sizeof where, "rule '%s'", rule.id);
    int rc = check_fields(src, t, rule_fields, where);
    rc |= copy_string(src, t, "reason", rule.reason, sizeof rule.reason, true, where);
    rc |= join_strings(src, t, "sources", rule.sources, sizeof rule.sources, true, where);
    if (rc == 0 && !rule.reason[0])
        rc = fail(src, "reason", "%s: the reason must say why in plain words", where);
    int when = lua_getfield(L, t, "when");
    lua_pop(L, 1);
    if (when == LUA_TTABLE) {
        rc |= check_conditions(src, t, where);
    } else if (when != LUA_TFUNCTION) {
        rc = fail(src, "when", "%s: expected when = function(view) ... end, or a list of conditions", where);
    }
    if (lua_getfield(L, t, "favours") != LUA_TTABLE) {
        rc = fail(src, "favours", "%s: expected favours = { action = weight, ... }", where);
    } else {
        char hint[80];
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            const char *action = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            int i = catalogue_find(c, action);
            if (i < 0)
                rc = fail(src, action, "%s: favours '%s', which is not an action%s", where, action,
                          suggest_hint(action, suggest_action, c, hint, sizeof hint));
            else if (!(c->actions[i].actors & (1u << a)))
                rc = fail(src, action, "%s: favours '%s', which is not an action of %s", where, action, actor_name(a));
            else if (!lua_isnumber(L, -1))
                rc = fail(src, action, "%s: favours '%s' with a weight that is not a number", where, action);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (rc == 0 && rulebook_find(r, rule.id) >= 0)
        rc = fail(src, rule.id, "rule '%s' is defined twice", rule.id);
    src->anchor = NULL;
    if (rc != 0)
        return -1;
    if (rulebook_add(r, &rule) < 0) {
        error_set(src->err, ERR_INTERNAL, "out of memory");
        return -1;
    }
    return 0;
}

/* The rules in the list at idx; with `append_to`, those that apply are also
 * appended to that list (an actor's own rules). */
static int read_rules(Source *src, int list, Actor a, const Catalogue *c, Rulebook *r, int append_to,
                      const char *scenario)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, list); i++) {
        lua_rawgeti(L, list, i);
        int rule = lua_gettop(L);
        if (!lua_istable(L, rule)) {
            rc = fail(src, "rules", "rule %d: expected a table", (int)i);
        } else if (scenario && !event_applies(L, rule, scenario)) {
            /* another scenario's rule */
        } else if (read_rule(src, rule, a, c, r) != 0) {
            rc = -1;
        } else if (append_to) {
            lua_pushvalue(L, rule);
            lua_rawseti(L, append_to, luaL_len(L, append_to) + 1);
        }
        lua_settop(L, rule - 1);
    }
    return rc;
}

typedef struct ActorLoad {
    Actor actor;
    const Catalogue *c;
    Rulebook *r;
    int *ref, actor_ref;
    const char *scenario;
} ActorLoad;

static int actor_body(Source *src, int t, void *ctx)
{
    ActorLoad *load = ctx;
    lua_State *L = src->sb->L;
    int rc = 0;
    /* read raw, as the session reads it when the actor decides */
    lua_pushliteral(L, "decide");
    if (lua_rawget(L, t) != LUA_TFUNCTION)
        rc = fail(src, "decide", "expected the script to return a table with decide = function(view)");
    lua_pop(L, 1);
    if (lua_getfield(L, t, "rules") == LUA_TTABLE)
        rc |= read_rules(src, lua_gettop(L), load->actor, load->c, load->r, 0, NULL);
    lua_settop(L, t);
    if (rc == 0)
        *load->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return rc ? -1 : 0;
}

int load_actor(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int *ref, Error *err)
{
    sb->catalogue = c;
    ActorLoad load = { .actor = a, .c = c, .r = r, .ref = ref };
    return guarded_load(sb, path, actor_body, &load, 0, err);
}

static int rules_body(Source *src, int list, void *ctx)
{
    ActorLoad *load = ctx;
    lua_State *L = src->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, load->actor_ref);
    if (!lua_istable(L, -1) || lua_getfield(L, -1, "rules") != LUA_TTABLE)
        return fail(src, NULL, "%s's script has no 'rules' list to add to: a mod's rules need an actor built with "
                    "require(\"ai\").actor", actor_name(load->actor));
    return read_rules(src, list, load->actor, load->c, load->r, lua_gettop(L), load->scenario);
}

int load_rules(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int actor_ref,
               const char *scenario, Error *err)
{
    sb->catalogue = c;
    ActorLoad load = { .actor = a, .c = c, .r = r, .actor_ref = actor_ref, .scenario = scenario };
    return guarded_load(sb, path, rules_body, &load, 0, err);
}

static int events_body(Source *src, int t, void *ctx)
{
    (void)ctx;
    return check_event_list(src, t, "the file", true) < 0 ? -1 : 0;
}

int load_events(Sandbox *sb, const char *path, Error *err)
{
    return guarded_load(sb, path, events_body, NULL, 1, err);
}

bool event_applies(lua_State *L, int idx, const char *scenario)
{
    if (lua_getfield(L, idx, "scenarios") != LUA_TTABLE) {
        lua_pop(L, 1);
        return true;
    }
    bool found = false;
    for (lua_Integer i = 1; !found && i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        found = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), scenario) == 0;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return found;
}

static bool mod_name_ok(const char *name)
{
    if (!*name || strlen(name) >= ID_LEN)
        return false;
    for (const char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
            return false;
    return true;
}

static int manifest_body(Source *src, int t, void *ctx)
{
    Mod *m = ctx;
    lua_State *L = src->sb->L;
    double api = 0;
    char after[MOD_AFTER * ID_LEN + 16] = "", licence[sizeof m->licence] = "";
    int rc = check_fields(src, t, manifest_fields, "mod.lua");
    rc |= copy_string(src, t, "name", m->name, sizeof m->name, true, "mod.lua");
    rc |= copy_string(src, t, "version", m->version, sizeof m->version, true, "mod.lua");
    rc |= copy_string(src, t, "author", m->author, sizeof m->author, true, "mod.lua");
    rc |= copy_string(src, t, "licence", m->licence, sizeof m->licence, false, "mod.lua");
    rc |= copy_string(src, t, "license", licence, sizeof licence, false, "mod.lua");
    rc |= copy_string(src, t, "description", m->description, sizeof m->description, false, "mod.lua");
    rc |= join_strings(src, t, "load_after", after, sizeof after, false, "mod.lua");
    if (!m->licence[0])
        snprintf(m->licence, sizeof m->licence, "%s", licence);
    if (rc == 0 && !m->licence[0])
        rc = fail(src, NULL, "mod.lua: expected 'licence' to say how the mod may be shared (e.g. \"CC-BY-4.0\")");
    if (rc == 0 && !mod_name_ok(m->name))
        rc = fail(src, "name", "mod.lua: the name '%s' must be 1-39 lower-case letters, digits, _ or -", m->name);
    if (lua_getfield(L, t, "api") != LUA_TNUMBER || !lua_isinteger(L, -1))
        rc = fail(src, "api", "mod.lua: expected 'api' to be a whole number: the API version the mod was written "
                  "for (this game provides %d)", REDLINE_API);
    else if ((api = (double)lua_tointeger(L, -1)) < 1 || api > REDLINE_API)
        rc = fail(src, "api", "mod.lua: the mod needs API %g; this game provides API %d (see docs/modding.md, "
                  "Compatibility)", api, REDLINE_API);
    lua_pop(L, 1);
    m->api = (int)api;
    char *tok_at;
    for (char *tok = strtok_r(after, ", ", &tok_at); tok && rc == 0; tok = strtok_r(NULL, ", ", &tok_at)) {
        if (m->nafter == MOD_AFTER)
            rc = fail(src, "load_after", "mod.lua: at most %d names in load_after", MOD_AFTER);
        else
            snprintf(m->after[m->nafter++], ID_LEN, "%s", tok);
    }
    return rc ? -1 : 0;
}

int load_manifest(Sandbox *sb, const char *path, Mod *m, Error *err)
{
    memset(m, 0, sizeof *m);
    return guarded_load(sb, path, manifest_body, m, 0, err);
}
