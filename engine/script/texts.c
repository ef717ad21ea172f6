#include "texts.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void texts_reflow(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    while (*in == '\n' || *in == ' ')
        in++;
    for (const char *c = in; *c && n + 1 < cap; c++) {
        if (*c != '\n') {
            out[n++] = *c;
        } else if (c[1] == '\n') {
            out[n++] = '\n';
            if (n + 1 < cap)
                out[n++] = '\n';
            while (c[1] == '\n')
                c++;
        } else if (n > 0 && out[n - 1] != ' ') {
            out[n++] = ' ';
        }
    }
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\n'))
        n--;
    out[n] = '\0';
}

typedef struct Briefing {
    char *briefing;
    size_t cap;
    char (*sources)[SOURCE_TAG_LEN];
    int max, n;
} Briefing;

/* The scenario table (at 1) is a script's: read as a guarded call. */
static int read_briefing(lua_State *L, void *ud)
{
    Briefing *b = ud;
    if (!lua_istable(L, 1))
        return 0;
    if (lua_getfield(L, 1, "briefing") == LUA_TSTRING)
        texts_reflow(lua_tostring(L, -1), b->briefing, b->cap);
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "sources") == LUA_TTABLE)
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1) && b->n < b->max; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TSTRING)
                snprintf(b->sources[b->n++], SOURCE_TAG_LEN, "%s", lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    return 0;
}

int texts_briefing(Sandbox *sb, int ref, char *briefing, size_t cap, char (*sources)[SOURCE_TAG_LEN], int max)
{
    Briefing b = { briefing, cap, sources, max, 0 };
    briefing[0] = '\0';
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, ref);
    Error err;
    sandbox_protect(sb, read_briefing, &b, 1, 0, "the scenario's briefing", &err);
    return b.n;
}

static int compare_tags(const void *a, const void *b)
{
    return strcmp(((const SourceNote *)a)->tag, ((const SourceNote *)b)->tag);
}

/* The summary an entry of sources.lua holds: a string, or a table with a
 * summary (or text) field. Left on the stack, or nil. */
static void push_summary(lua_State *L)
{
    if (lua_type(L, -1) == LUA_TSTRING) {
        lua_pushvalue(L, -1);
    } else if (lua_istable(L, -1) && lua_getfield(L, -1, "summary") != LUA_TSTRING) {
        lua_pop(L, 1);
        lua_getfield(L, -1, "text");
    } else if (!lua_istable(L, -1)) {
        lua_pushnil(L);
    }
}

/* scripts/sources.lua's table (at 1) into the notes: a guarded read. */
static int read_sources(lua_State *L, void *ud)
{
    SourceNotes *notes = ud;
    if (!lua_istable(L, 1))
        return luaL_error(L, "expected a table of source summaries");
    int cap = 0;
    lua_pushnil(L);
    while (lua_next(L, 1) != 0) {
        push_summary(L);
        if (lua_type(L, -3) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING) {
            if (notes->count == cap) {
                cap = cap ? cap * 2 : 128;
                SourceNote *grown = realloc(notes->notes, (size_t)cap * sizeof *grown);
                if (!grown)
                    return luaL_error(L, "out of memory");
                notes->notes = grown;
            }
            SourceNote *sn = &notes->notes[notes->count++];
            snprintf(sn->tag, sizeof sn->tag, "%s", lua_tostring(L, -3));
            texts_reflow(lua_tostring(L, -1), sn->text, sizeof sn->text);
        }
        lua_pop(L, 2);
    }
    return 0;
}

int texts_sources(Sandbox *sb, SourceNotes *notes, Error *err)
{
    notes->count = 0;
    notes->notes = NULL;
    if (sandbox_mtime(sb, "scripts/sources.lua") == 0)
        return 0;
    if (sandbox_dofile(sb, "scripts/sources.lua", err) != 0 ||
        sandbox_protect(sb, read_sources, notes, 1, 0, "scripts/sources.lua", err) != 0)
        return -1;
    if (notes->count > 0)
        qsort(notes->notes, (size_t)notes->count, sizeof *notes->notes, compare_tags);
    return 0;
}

const char *texts_source(const SourceNotes *notes, const char *tag)
{
    if (!notes->count || !tag)
        return NULL;
    SourceNote key;
    snprintf(key.tag, sizeof key.tag, "%s", tag);
    const SourceNote *found = bsearch(&key, notes->notes, (size_t)notes->count, sizeof key, compare_tags);
    return found ? found->text : NULL;
}

void texts_sources_free(SourceNotes *notes)
{
    free(notes->notes);
    notes->notes = NULL;
    notes->count = 0;
}
