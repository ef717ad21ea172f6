/* What scripts can still reach, recorded once and compared after each game:
 * tables with their contents and metatables, functions with their upvalues,
 * userdata with their bytes, user values and metatables, and every object
 * by its identity (its address). The record keeps each object it names
 * alive (in a table the registry holds), so while it stands no other object
 * can take one of those addresses: an address in a later walk equal to one
 * in the record is the same object. What cannot change in an object is then
 * known by its identity alone: a string's text, a function's code, the
 * bytes of a userdata the engine froze (memory_freeze); what can change (a
 * table's contents, an upvalue, a user value, other userdata's bytes) is
 * walked and compared, and the first difference ends the walk. Anything the
 * walk cannot see into (coroutines, a structure too deep) makes the record
 * unknown, which matches nothing. */
#include "fingerprint.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../core/game.h"

enum { MAX_DEPTH = 200 };

static const char frozen_key = 0;  /* its address: the registry's key of the frozen userdata */

typedef struct Walk {
    lua_State *L;
    const ScriptMemory *against;    /* the record compared with; NULL while recording */
    size_t end;                     /* comparing: where the record of the root walked ends */
    uint64_t *out;                  /* recording: what was seen, in walk order */
    size_t n, cap;
    int anchor, nanchored;          /* recording: the stack index of the table keeping objects alive */
    int frozen;                     /* the stack index of the set of frozen userdata */
    const void **seen;              /* open addressing: objects already walked */
    size_t nseen, seen_cap;
    bool lost;                      /* cannot be looked into, or (comparing) differs */
} Walk;

static void grow(Walk *w)
{
    size_t cap = w->cap ? w->cap * 2 : 4096;
    uint64_t *grown = realloc(w->out, cap * sizeof *grown);
    if (!grown) {
        w->lost = true;
        return;
    }
    w->out = grown;
    w->cap = cap;
}

static inline void emit(Walk *w, uint64_t x)
{
    if (w->against) {
        w->lost |= w->n >= w->end || w->against->record[w->n] != x;
        w->n++;
        return;
    }
    if (w->n == w->cap)
        grow(w);
    if (w->n < w->cap)
        w->out[w->n++] = x;
}

/* While recording, keep the value at idx alive as long as the record. */
static void anchor(Walk *w, int idx)
{
    if (!w->anchor)
        return;
    lua_pushvalue(w->L, idx);
    lua_rawseti(w->L, w->anchor, ++w->nanchored);
}

static size_t slot_of(const Walk *w, const void *p)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 20) & (w->seen_cap - 1);
}

/* Mark p as seen; false if it already was (or the set cannot grow). */
static bool first_visit(Walk *w, const void *p)
{
    if (2 * (w->nseen + 1) > w->seen_cap) {
        size_t cap = w->seen_cap ? w->seen_cap * 2 : 512;
        const void **grown = calloc(cap, sizeof *grown);
        if (!grown) {
            w->lost = true;
            return false;
        }
        const void **old = w->seen;
        size_t old_cap = w->seen_cap;
        w->seen = grown;
        w->seen_cap = cap;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i]) {
                size_t s = slot_of(w, old[i]);
                while (w->seen[s])
                    s = (s + 1) & (cap - 1);
                w->seen[s] = old[i];
            }
        free(old);
    }
    size_t s = slot_of(w, p);
    while (w->seen[s]) {
        if (w->seen[s] == p)
            return false;
        s = (s + 1) & (w->seen_cap - 1);
    }
    w->seen[s] = p;
    w->nseen++;
    return true;
}

static void walk_value(Walk *w, int idx, int depth);

static void walk_table(Walk *w, int t, int depth)
{
    lua_State *L = w->L;
    lua_pushnil(L);
    while (!w->lost && lua_next(L, t)) {
        walk_value(w, lua_gettop(L) - 1, depth);
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
    emit(w, 0x7ab1e);           /* end of contents */
    if (lua_getmetatable(L, t)) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
}

/* A function's code cannot change: its identity stands for it. */
static void walk_upvalues(Walk *w, int f, int depth)
{
    for (int i = 1; !w->lost && lua_getupvalue(w->L, f, i); i++) {
        walk_value(w, lua_gettop(w->L), depth);
        lua_pop(w->L, 1);
    }
}

static void walk_userdata(Walk *w, int u, int depth)
{
    lua_State *L = w->L;
    lua_pushvalue(L, u);
    bool frozen = lua_rawget(L, w->frozen) != LUA_TNIL;
    lua_pop(L, 1);
    if (!frozen)
        emit(w, hash_bytes(0, lua_touserdata(L, u), lua_rawlen(L, u)));
    for (int i = 1; !w->lost && lua_getiuservalue(L, u, i) != LUA_TNONE; i++) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (lua_getmetatable(L, u)) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
}

/* Numbers and booleans by value; true if the value at idx was one of those
 * (or nil, or something else that is all said). */
static bool walk_plain(Walk *w, int idx, int type)
{
    lua_State *L = w->L;
    switch (type) {
    case LUA_TNIL:
        return true;
    case LUA_TBOOLEAN:
        return emit(w, (uint64_t)lua_toboolean(L, idx)), true;
    case LUA_TNUMBER: {
        uint64_t bits;
        if (lua_isinteger(L, idx)) {
            emit(w, 1);
            bits = (uint64_t)lua_tointeger(L, idx);
        } else {
            double d = lua_tonumber(L, idx);
            memcpy(&bits, &d, sizeof bits);
        }
        return emit(w, bits), true;
    }
    case LUA_TLIGHTUSERDATA:
        return emit(w, (uint64_t)(uintptr_t)lua_touserdata(L, idx)), true;
    case LUA_TFUNCTION:
        if (!lua_iscfunction(L, idx))
            return false;
        if (lua_getupvalue(L, idx, 1))
            return lua_pop(L, 1), false;
        /* a C function with nothing inside */
        return emit(w, (uint64_t)(uintptr_t)lua_tocfunction(L, idx)), true;
    case LUA_TSTRING:
        anchor(w, idx);
        return emit(w, (uint64_t)(uintptr_t)lua_topointer(L, idx)), true;
    case LUA_TTABLE:
    case LUA_TUSERDATA:
        return false;
    default:
        w->lost = true;         /* coroutines: their insides are out of sight */
        return true;
    }
}

static void walk_value(Walk *w, int idx, int depth)
{
    lua_State *L = w->L;
    int type = lua_type(L, idx);
    emit(w, (uint64_t)type);
    if (w->lost || walk_plain(w, idx, type))
        return;
    const void *p = lua_topointer(L, idx);
    emit(w, (uint64_t)(uintptr_t)p);
    if (w->lost || !first_visit(w, p))
        return;
    if (depth >= MAX_DEPTH || !lua_checkstack(L, 8)) {
        w->lost = true;
        return;
    }
    idx = lua_absindex(L, idx);
    anchor(w, idx);
    if (type == LUA_TTABLE)
        walk_table(w, idx, depth + 1);
    else if (type == LUA_TUSERDATA)
        walk_userdata(w, idx, depth + 1);
    else
        walk_upvalues(w, idx, depth + 1);
}

static void push_frozen(lua_State *L)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &frozen_key) == LUA_TTABLE)
        return;
    lua_pop(L, 1);
    lua_newtable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &frozen_key);
}

/* Walk what is reachable from each of refs (those walk says, or all), each
 * root on its own (an object two roots reach is walked under both), so that
 * one root's record can be compared without the others'; leaves on the
 * stack the set of frozen userdata and, while recording, the table of
 * anchored objects. */
static void walk_all(Walk *w, const int *refs, int nrefs, const bool *walk, size_t *start)
{
    lua_State *L = w->L;
    push_frozen(L);
    w->frozen = lua_gettop(L);
    if (!w->against) {
        lua_newtable(L);
        w->anchor = lua_gettop(L);
    }
    int base = lua_gettop(L);
    for (int i = 0; i < nrefs && !w->lost; i++) {
        if (walk && !walk[i])
            continue;
        if (w->against) {
            w->n = start[i];
            w->end = start[i + 1];
        } else {
            start[i] = w->n;
        }
        w->nseen = 0;
        if (w->seen)
            memset(w->seen, 0, w->seen_cap * sizeof *w->seen);
        lua_rawgeti(L, LUA_REGISTRYINDEX, refs[i]);
        walk_value(w, lua_gettop(L), 0);
        lua_settop(L, base);
        w->lost |= w->against && w->n != w->end;
    }
    if (!w->against)
        start[nrefs] = w->n;
    free(w->seen);
}

bool memory_record(lua_State *L, const int *refs, int nrefs, ScriptMemory *m)
{
    Walk w = { .L = L };
    walk_all(&w, refs, nrefs, NULL, m->start);
    m->anchor_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pop(L, 1);
    m->known = !w.lost;
    m->record = w.out;
    m->n = w.lost ? 0 : w.n;
    m->nroots = nrefs;
    return m->known;
}

bool memory_unchanged(lua_State *L, const int *refs, int nrefs, const ScriptMemory *m, const bool *walk)
{
    if (!m->known || nrefs != m->nroots)
        return false;
    Walk w = { .L = L, .against = m };
    walk_all(&w, refs, nrefs, walk, (size_t *)m->start);
    lua_pop(L, 1);
    return !w.lost;
}

void memory_release(lua_State *L, ScriptMemory *m)
{
    if (L)
        luaL_unref(L, LUA_REGISTRYINDEX, m->anchor_ref);
    free(m->record);
    *m = (ScriptMemory){ .anchor_ref = LUA_NOREF };
}

void memory_freeze(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    push_frozen(L);
    lua_pushvalue(L, idx);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
}
