/* The mods' world.state() tables in a save. They are the scripts' own
 * tables, so they are read raw (a metamethod would run a script's code
 * here) and bounded: a table that holds itself, or a few tables sharing
 * each other at every level, would otherwise make a save without end. */
#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "save_parts.h"

#define STATE_DEPTH 16

typedef struct StateWalk {
    lua_State *L;
    bool strict;
    long values;                /* left to read */
    size_t bytes;               /* about what the strings will take in the save */
    Error *err;
    char where[240];            /* ".owner.key..." being read, for messages */
} StateWalk;

/* What cannot be saved, in strict mode an error naming the owner (a mod, or
 * "scenario") and the key: "not saved: the world.state() of 'press', at
 * .log[3], is a number JSON cannot hold". */
enum { TOO_DEEP, TOO_MANY, NOT_FINITE, TOO_LONG };
static cJSON *refuse(StateWalk *w, int why)
{
    if (!w->strict || w->err->code)
        return NULL;
    const char *owner = w->where + (w->where[0] == '.'), *key = strpbrk(owner, ".[");
    int n = key ? (int)(key - owner) : (int)strlen(owner);
    /* the owner ('press'), and where in its state (.log[3]) */
    static const char *const at_key[] = {
        N_("not saved: the world.state() of '%.*s', at %s, is nested deeper than a save keeps (does a table hold "
           "itself?)"),
        N_("not saved: the world.state() of '%.*s', at %s, holds more values than a save keeps (100,000)"),
        N_("not saved: the world.state() of '%.*s', at %s, is a number JSON cannot hold (nan or inf)"),
        N_("not saved: the world.state() of '%.*s', at %s, holds more text than a save keeps (64 MB)"),
    };
    static const char *const whole[] = {
        N_("not saved: the world.state() of '%.*s' is nested deeper than a save keeps (does a table hold itself?)"),
        N_("not saved: the world.state() of '%.*s' holds more values than a save keeps (100,000)"),
        N_("not saved: the world.state() of '%.*s' is a number JSON cannot hold (nan or inf)"),
        N_("not saved: the world.state() of '%.*s' holds more text than a save keeps (64 MB)"),
    };
    if (key)
        error_set(w->err, ERR_DATA, _(at_key[why]), n, owner, key);
    else
        error_set(w->err, ERR_DATA, _(whole[why]), n, owner);
    return NULL;
}

static int compare_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static cJSON *value_to_json(StateWalk *w, int idx, int depth);

/* The table at idx as an array (keys 1..n, n > 0) or an object (string
 * keys, in sorted order so that the checksum is the same every time). */
static cJSON *table_to_json(StateWalk *w, int idx, int depth)
{
    lua_State *L = w->L;
    if (depth >= STATE_DEPTH || !lua_checkstack(L, 8))
        return refuse(w, TOO_DEEP);
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        count++;
        lua_pop(L, 1);
    }
    if (n > 0 && count == n) {
        cJSON *list = cJSON_CreateArray();
        size_t used = strlen(w->where);
        for (lua_Integer i = 1; i <= n && list; i++) {
            snprintf(w->where + used, sizeof w->where - used, "[%lld]", (long long)i);
            lua_rawgeti(L, idx, i);
            cJSON *item = value_to_json(w, lua_gettop(L), depth + 1);
            lua_pop(L, 1);
            if (!item && w->strict)
                return cJSON_Delete(list), NULL;
            cJSON_AddItemToArray(list, item ? item : cJSON_CreateNull());
        }
        w->where[used] = '\0';
        return list;
    }
    const char **keys = malloc(((size_t)count + 1) * sizeof *keys);
    int nkeys = 0;
    lua_pushnil(L);
    while (keys && lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING)
            keys[nkeys++] = lua_tostring(L, -1);    /* kept alive by the table */
    }
    qsort(keys, (size_t)nkeys, sizeof *keys, compare_keys);
    cJSON *object = keys ? cJSON_CreateObject() : NULL;
    size_t used = strlen(w->where);
    for (int i = 0; i < nkeys && object; i++) {
        snprintf(w->where + used, sizeof w->where - used, ".%.40s", keys[i]);
        lua_pushstring(L, keys[i]);
        lua_rawget(L, idx);
        cJSON *item = value_to_json(w, lua_gettop(L), depth + 1);
        lua_pop(L, 1);
        if (!item && w->strict && w->err->code) {
            cJSON_Delete(object);
            object = NULL;
        } else if (item) {
            char key[512];
            sandbox_text(key, sizeof key, keys[i], strlen(keys[i]), false);
            cJSON_AddItemToObject(object, key, item);
        }
    }
    w->where[used] = '\0';
    free(keys);
    return object;
}

/* A value as JSON: numbers, strings (made valid UTF-8), booleans, tables;
 * NULL for what JSON cannot hold (functions, ...), which is left out. */
static cJSON *value_to_json(StateWalk *w, int idx, int depth)
{
    lua_State *L = w->L;
    if (--w->values < 0)
        return refuse(w, TOO_MANY);
    switch (lua_type(L, idx)) {
    case LUA_TNUMBER: {
        double x = lua_tonumber(L, idx);
        return isfinite(x) ? cJSON_CreateNumber(x) : refuse(w, NOT_FINITE);
    }
    case LUA_TSTRING: {
        size_t len;
        const char *text = lua_tolstring(L, idx, &len);
        for (size_t i = 0; i < len; i++)
            w->bytes += (unsigned char)text[i] < 0x20 ? 6 : 1;     /* a control character is written \u00XX */
        if (w->bytes > SAVE_MAX_BYTES)
            return refuse(w, TOO_LONG);
        char *clean = malloc(len * 3 + 1);
        if (!clean)
            return NULL;
        sandbox_text(clean, len * 3 + 1, text, len, false);
        cJSON *item = cJSON_CreateString(clean);
        free(clean);
        return item;
    }
    case LUA_TBOOLEAN: return cJSON_CreateBool(lua_toboolean(L, idx));
    case LUA_TTABLE: return table_to_json(w, idx, depth);
    default: return NULL;
    }
}

cJSON *save_state_to_json(const Session *s, bool strict, Error *err)
{
    lua_State *L = s->sb->L;
    StateWalk w = { .L = L, .strict = strict, .values = SAVE_STATE_VALUES, .err = err };
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.state");
    cJSON *state = lua_istable(L, -1) ? table_to_json(&w, lua_gettop(L), 0) : cJSON_CreateObject();
    lua_pop(L, 1);
    if (!state && !(strict && err->code))
        state = cJSON_CreateObject();
    return state;
}
