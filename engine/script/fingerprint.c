/* A fingerprint of everything scripts can still reach: tables with their
 * contents and metatables, functions with their code's place and their
 * upvalues, strings by content, userdata by their bytes (the engine's
 * userdata hold plain data, never pointers). Two equal fingerprints mean the
 * scripts' memory is the same (short of a 64-bit hash collision), so a new
 * game may start from it instead of loading the scripts again. Anything the
 * walk cannot see into (coroutines, a structure too deep) makes the
 * fingerprint FINGERPRINT_UNKNOWN, which matches nothing. */
#include "fingerprint.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../core/game.h"

enum { MAX_DEPTH = 200 };

typedef struct Walk {
    lua_State *L;
    uint64_t *out;              /* what was seen, in walk order, hashed at the end */
    size_t n, cap;
    const void **seen;          /* open addressing: objects already walked */
    size_t nseen, seen_cap;
    bool lost;                  /* something could not be looked into */
} Walk;

static void grow(Walk *w)
{
    size_t cap = w->cap ? w->cap * 2 : 16384;
    uint64_t *grown = realloc(w->out, cap * sizeof *grown);
    if (!grown) {
        w->lost = true;
        w->n = 0;
        return;
    }
    w->out = grown;
    w->cap = cap;
}

static inline void emit(Walk *w, uint64_t x)
{
    if (w->n == w->cap)
        grow(w);
    if (w->n < w->cap)
        w->out[w->n++] = x;
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
        size_t cap = w->seen_cap ? w->seen_cap * 2 : 4096;
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
    while (lua_next(L, t)) {
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

static void walk_function(Walk *w, int f, int depth)
{
    lua_State *L = w->L;
    lua_CFunction c = lua_tocfunction(L, f);
    if (c) {
        emit(w, (uint64_t)(uintptr_t)c);
    } else {
        lua_Debug ar;
        lua_pushvalue(L, f);
        lua_getinfo(L, ">S", &ar);  /* the code is known by where it was written */
        emit(w, hash_bytes(0, ar.source, strlen(ar.source)));
        emit(w, (uint64_t)ar.linedefined << 32 | (uint32_t)ar.lastlinedefined);
    }
    for (int i = 1; lua_getupvalue(L, f, i); i++) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
}

static void walk_userdata(Walk *w, int u, int depth)
{
    lua_State *L = w->L;
    emit(w, hash_bytes(0, lua_touserdata(L, u), lua_rawlen(L, u)));
    for (int i = 1; lua_getiuservalue(L, u, i) != LUA_TNONE; i++) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (lua_getmetatable(L, u)) {
        walk_value(w, lua_gettop(L), depth);
        lua_pop(L, 1);
    }
}

static void walk_value(Walk *w, int idx, int depth)
{
    lua_State *L = w->L;
    int type = lua_type(L, idx);
    emit(w, (uint64_t)type);
    switch (type) {
    case LUA_TNIL:
        return;
    case LUA_TBOOLEAN:
        return emit(w, (uint64_t)lua_toboolean(L, idx));
    case LUA_TNUMBER: {
        uint64_t bits;
        if (lua_isinteger(L, idx)) {
            emit(w, 1);
            bits = (uint64_t)lua_tointeger(L, idx);
        } else {
            double d = lua_tonumber(L, idx);
            memcpy(&bits, &d, sizeof bits);
        }
        return emit(w, bits);
    }
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, idx, &len);
        return emit(w, hash_bytes(len, s, len));
    }
    case LUA_TFUNCTION:
        if (lua_iscfunction(L, idx)) {
            if (!lua_getupvalue(L, idx, 1))     /* a C function with nothing inside */
                return emit(w, (uint64_t)(uintptr_t)lua_tocfunction(L, idx));
            lua_pop(L, 1);
        }
        break;
    case LUA_TTABLE:
    case LUA_TUSERDATA:
        break;
    case LUA_TLIGHTUSERDATA:
        return emit(w, (uint64_t)(uintptr_t)lua_touserdata(L, idx));
    default:
        w->lost = true;         /* coroutines: their insides are out of sight */
        return;
    }
    const void *p = lua_topointer(L, idx);
    emit(w, (uint64_t)(uintptr_t)p);
    if (!first_visit(w, p))
        return;
    if (depth >= MAX_DEPTH || !lua_checkstack(L, 8)) {
        w->lost = true;
        return;
    }
    idx = lua_absindex(L, idx);
    if (type == LUA_TTABLE)
        walk_table(w, idx, depth + 1);
    else if (type == LUA_TUSERDATA)
        walk_userdata(w, idx, depth + 1);
    else
        walk_function(w, idx, depth + 1);
}

uint64_t fingerprint(lua_State *L, const int *refs, int nrefs)
{
    Walk w = { .L = L };
    int top = lua_gettop(L);
    for (int i = 0; i < nrefs && !w.lost; i++) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, refs[i]);
        walk_value(&w, lua_gettop(L), 0);
        lua_settop(L, top);
    }
    uint64_t h = w.lost ? FINGERPRINT_UNKNOWN : hash_bytes(0, w.out, w.n * sizeof *w.out);
    if (h == FINGERPRINT_UNKNOWN && !w.lost)
        h = 1;
    free(w.out);
    free(w.seen);
    return h;
}
