/* The events of a game: the scenario's and the mods', read once when loaded
 * and run after every turn's orders. Each event's table is read inside a
 * guarded call when it is loaded; while the game runs the engine calls its
 * when and apply and reads none of its fields again, so no metamethod of a
 * script runs outside a guarded call. */
#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#include "loader.h"
#include "lua_world.h"
#include "session_events.h"

enum { WHEN = 1, APPLY = 2 };   /* each event's slots in the list of functions */

static void push_world(lua_State *L)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
    lua_getfield(L, -1, "world");
    lua_remove(L, -2);
}

/* Call event index's when or apply (from the list at fns) with the world
 * and, for apply, data; true if it ran, with its one result left for when. */
static bool call_event(Session *s, int fns, int index, int slot, int data)
{
    lua_State *L = s->sb->L;
    Error err;
    bool writable = slot == APPLY;
    s->sb->world_writable = writable;
    s->sb->owner = s->events[index].owner;
    lua_rawgeti(L, fns, 2 * index + slot);
    push_world(L);
    int nargs = 1;
    if (data) {
        lua_pushvalue(L, data);
        nargs = 2;
    }
    int rc = sandbox_call(s->sb, nargs, writable ? 0 : 1, s->events[index].what, &err);
    s->sb->world_writable = false;
    s->sb->owner = NULL;
    if (rc != 0)
        session_warn(s, err.msg);
    return rc == 0;
}

/* This turn's queue of signals (redline.raised), made when its first event
 * fires: world.raise, which only an event's apply may call, adds to it. */
static void open_queue(lua_State *L)
{
    if (lua_getfield(L, LUA_REGISTRYINDEX, "redline.raised") != LUA_TTABLE) {
        lua_newtable(L);
        lua_setfield(L, LUA_REGISTRYINDEX, "redline.raised");
    }
    lua_pop(L, 1);
}

/* Add a signal to this turn's queue: handlers with on = name run on it. */
static void signal_event(lua_State *L, const char *name)
{
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.raised");
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    if (n < WORLD_MAX_RAISED) {
        lua_createtable(L, 2, 0);
        lua_pushstring(L, name);
        lua_rawseti(L, -2, 1);
        lua_rawseti(L, -2, n + 1);
    }
    lua_pop(L, 1);
}

/* The event fires: its news, its apply (with data, if raised), and the
 * signal that lets other events answer it. */
static void fire_event(Session *s, Game *g, int fns, int index, int data)
{
    lua_State *L = s->sb->L;
    const SessionEvent *e = &s->events[index];
    g->world.event_count[index]++;
    open_queue(L);
    int news_before = g->history.nnews;
    if (e->news[0])
        game_news(g, NOBODY, -1, NOBODY, "%s", e->news);
    lua_rawgeti(L, fns, 2 * index + APPLY);
    bool applies = lua_isfunction(L, -1);
    lua_pop(L, 1);
    if (applies)
        call_event(s, fns, index, APPLY, data);
    for (int i = news_before; !g->lean && i < g->history.nnews; i++)   /* its line, and what apply reported */
        g->history.news[i].cause = cause_of(CAUSE_EVENT, NOBODY, index);
    ledger_note(g, cause_of(CAUSE_EVENT, NOBODY, index));   /* what apply changed is the event's */
    signal_event(L, e->id);
}

/* Run the handlers of every signal queued from `from` on, in queue order and
 * each signal's handlers in load order; handlers may queue more. */
static int run_handlers(Session *s, Game *g, int fns, int from)
{
    lua_State *L = s->sb->L;
    int top = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.raised");
    int queue = lua_gettop(L);
    for (int q = from; q <= (int)lua_rawlen(L, queue); q++) {
        lua_rawgeti(L, queue, q);
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        const char *name = lua_tostring(L, -2);
        int data = lua_gettop(L);
        for (int i = 0; i < s->nevents && name; i++) {
            const SessionEvent *e = &s->events[i];
            if (strcmp(e->on, name) != 0 || !e->on[0] || (e->once && g->world.event_count[i] > 0))
                continue;
            if (!e->has_chance || pcg32_unit(&g->world.rng) < e->chance)
                fire_event(s, g, fns, i, lua_isnil(L, data) ? 0 : data);
        }
        lua_settop(L, queue);
    }
    int done = (int)lua_rawlen(L, queue);
    lua_settop(L, top);
    return done + 1;
}

/* Whether the event fired. */
static bool run_event(Session *s, Game *g, int fns, int index, int *handled)
{
    lua_State *L = s->sb->L;
    const SessionEvent *e = &s->events[index];
    if (!e->conditional || (e->once && g->world.event_count[index] > 0))
        return false;
    bool fires = false;
    if (e->nconditions >= 0) {
        fires = prereqs_met(e->condition, e->nconditions, g->world.v);
    } else if (e->nsteps > 0) {
        fires = cond_holds(e->steps, e->nsteps, g, NOBODY, NULL);
    } else if (call_event(s, fns, index, WHEN, 0)) {
        fires = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    /* The chance is drawn only when the condition holds, from the game's stream. */
    if (!fires || pcg32_unit(&g->world.rng) >= e->chance)
        return false;
    fire_event(s, g, fns, index, 0);
    *handled = run_handlers(s, g, fns, *handled);
    return true;
}

void events_react(void *ctx, Game *g)
{
    Session *s = ctx;
    lua_State *L = s->sb->L;
    s->sb->game = g;
    s->sb->rng = &g->world.rng;
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->events_ref);
    int fns = lua_gettop(L);
    int handled = 1;
    bool fired = false;
    for (int i = 0; i < s->nevents; i++)
        fired |= run_event(s, g, fns, i, &handled);
    lua_pop(L, 1);
    s->sb->rng = NULL;
    if (!fired)     /* a when only reads: the world is as the dynamics left it, clamped */
        return;
    lua_pushnil(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.raised");
    for (int v = 0; v < VAR_COUNT; v++)
        g->world.v[v] = var_clamp((Var)v, g->world.v[v]);
}

/* ---- reading the events, once --------------------------------------------- */

/* Field key of the table at t as a string into out ("" if it is none). */
static void copy_field(lua_State *L, int t, const char *key, char *out, size_t size)
{
    size_t len = 0;
    const char *text = lua_getfield(L, t, key) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : "";
    sandbox_text(out, size, text, len, false);
    lua_pop(L, 1);
}

/* What the record says of the event at ev: its text and sources. */
static void read_record(lua_State *L, int ev, SessionEvent *e)
{
    copy_field(L, ev, "text", e->text, sizeof e->text);
    e->sources[0] = '\0';
    int list = lua_getfield(L, ev, "sources");
    if (list == LUA_TSTRING)
        copy_field(L, ev, "sources", e->sources, sizeof e->sources);
    for (lua_Integer i = 1; list == LUA_TTABLE && lua_rawgeti(L, ev + 1, i) == LUA_TSTRING; i++) {
        size_t used = strlen(e->sources);
        char one[sizeof e->sources];
        sandbox_text(one, sizeof one, lua_tostring(L, -1), lua_rawlen(L, -1), false);
        snprintf(e->sources + used, sizeof e->sources - used, "%s%s", used ? ", " : "", one);
        lua_pop(L, 1);
    }
    lua_settop(L, ev);
}

/* The news line an event's text and its first source make. */
static void read_news(lua_State *L, int ev, SessionEvent *e)
{
    e->news[0] = '\0';
    if (lua_getfield(L, ev, "text") != LUA_TSTRING) {
        lua_pop(L, 1);
        return;
    }
    int sources = lua_getfield(L, ev, "sources");
    if (sources == LUA_TTABLE)
        lua_rawgeti(L, -1, 1);
    const char *src = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    char line[NEWS_LEN * 2];
    int n = snprintf(line, sizeof line, "%s%s%s%s", lua_tostring(L, ev + 1), src ? " (" : "", src ? src : "",
                     src ? ")" : "");
    sandbox_text(e->news, sizeof e->news, line, n < (int)sizeof line ? (size_t)n : sizeof line - 1, false);
    lua_settop(L, ev);
}

/* The event table on top into e, its when and apply into the list at fns
 * as event number index. */
static void read_event(lua_State *L, SessionEvent *e, int fns, int index)
{
    int ev = lua_gettop(L);
    e->nconditions = -1;
    int when = lua_getfield(L, ev, "when");
    e->conditional = when == LUA_TFUNCTION || when == LUA_TTABLE;
    if (when == LUA_TTABLE)
        e->nconditions = conditions_read(L, -1, e->condition);
    CondStep steps[COND_MAX_STEPS];
    e->nsteps = when == LUA_TFUNCTION ? cond_compile_event(L, -1, steps) : 0;
    if (e->nsteps > EVENT_MAX_STEPS)
        e->nsteps = 0;
    memcpy(e->steps, steps, (size_t)e->nsteps * sizeof *steps);
    if (when != LUA_TFUNCTION) {
        lua_pop(L, 1);
        lua_pushboolean(L, 0);
    }
    lua_rawseti(L, fns, 2 * index + WHEN);
    if (lua_getfield(L, ev, "apply") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        lua_pushboolean(L, 0);
    }
    lua_rawseti(L, fns, 2 * index + APPLY);
    copy_field(L, ev, "id", e->id, sizeof e->id);
    copy_field(L, ev, "on", e->on, sizeof e->on);
    int once = lua_getfield(L, ev, "once");
    e->once = once == LUA_TNIL ? e->conditional : lua_toboolean(L, -1);
    e->has_chance = lua_getfield(L, ev, "chance") == LUA_TNUMBER;
    e->chance = e->has_chance ? lua_tonumber(L, -1) : 1;
    lua_settop(L, ev);
    read_news(L, ev, e);
    read_record(L, ev, e);
}

typedef struct EventsRead {
    Session *s;
    int scenario_ref;
    const char *scenario;
    SessionEvent *events;
    int count;
    char path[600];             /* the file being read */
    Error *err;
    int rc;
} EventsRead;

/* Every mod's events for the scenario, appended to r's. */
static void read_mod_events(lua_State *L, EventsRead *r, int fns)
{
    Session *s = r->s;
    for (int m = 0; m < s->mods.count && r->rc == 0; m++) {
        char names[MAX_EVENTS][ID_LEN];
        int files = mods_list(s->sb->root, s->mods.mod[m].dir, "events", names, MAX_EVENTS);
        for (int f = 0; f < files && r->rc == 0; f++) {
            snprintf(r->path, sizeof r->path, "%s/events/%.39s.lua", s->mods.mod[m].dir, names[f]);
            if ((r->rc = load_events(s->sb, r->path, r->err)) != 0)
                break;
            int list = lua_gettop(L);
            for (lua_Integer i = 1; i <= luaL_len(L, list) && r->rc == 0; i++) {
                lua_rawgeti(L, list, i);
                if (!event_applies(L, lua_gettop(L), r->scenario)) {
                    lua_pop(L, 1);
                    continue;
                }
                if (r->count == MAX_EVENTS) {
                    r->rc = error_set(r->err, ERR_DATA, ngettext("%s: more than %d event in play (the scenario's and the mods')",
                                               "%s: more than %d events in play (the scenario's and the mods')",
                                               MAX_EVENTS), r->path, MAX_EVENTS);
                    break;
                }
                SessionEvent *e = &r->events[r->count];
                read_event(L, e, fns, r->count++);
                snprintf(e->what, sizeof e->what, "%.150s: event '%.39s'", r->path, e->id);
                snprintf(e->owner, sizeof e->owner, "%s", s->mods.mod[m].name);
                lua_pop(L, 1);
            }
            lua_settop(L, fns);
        }
    }
}

/* The scenario's events, then each mod's (in load order, files by name):
 * the list of their functions is left on the stack. */
static int read_all_events(lua_State *L, void *ud)
{
    EventsRead *r = ud;
    lua_newtable(L);
    int fns = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->scenario_ref);
    lua_getfield(L, -1, "events");
    int list = lua_gettop(L);
    for (lua_Integer i = 1; lua_istable(L, list) && i <= luaL_len(L, list) && r->count < MAX_EVENTS; i++) {
        lua_rawgeti(L, list, i);
        SessionEvent *e = &r->events[r->count];
        read_event(L, e, fns, r->count++);
        snprintf(e->what, sizeof e->what, "scenario %s: event '%s'", r->scenario, e->id);
        snprintf(e->owner, sizeof e->owner, "scenario");
        lua_settop(L, list);
    }
    lua_settop(L, fns);
    read_mod_events(L, r, fns);
    lua_settop(L, fns);
    return 1;
}

int events_build(Session *s, int scenario_ref, const char *scenario, const char *path, int *ref,
                 SessionEvent *events, int *count, Error *err)
{
    EventsRead r = { .s = s, .scenario_ref = scenario_ref, .scenario = scenario, .events = events, .err = err };
    snprintf(r.path, sizeof r.path, "%s", path);
    if (sandbox_protect(s->sb, read_all_events, &r, 0, 1, NULL, err) != 0) {
        /* a script's metamethod failed while its events were read: name the file */
        if (!strstr(err->msg, r.path)) {
            char why[sizeof err->msg];
            snprintf(why, sizeof why, "%s", err->msg);
            error_set(err, ERR_DATA, "%s: %s", r.path, why);
        }
        return -1;
    }
    if (r.rc != 0) {
        lua_pop(s->sb->L, 1);
        return -1;
    }
    *count = r.count;
    *ref = luaL_ref(s->sb->L, LUA_REGISTRYINDEX);
    return 0;
}
