/* The `world` module events see: read in conditions, read and write in apply. */
#ifndef REDLINE_LUA_WORLD_H
#define REDLINE_LUA_WORLD_H

#include <lua.h>

/* At most this many world.raise calls in one turn: chains must end. */
#define WORLD_MAX_RAISED 64

/* A function scripts see, with the documentation `redline api` prints. */
typedef struct ApiDoc {
    const char *name;
    lua_CFunction fn;
    const char *signature, *doc;
} ApiDoc;

extern const ApiDoc world_api[];

/* A table of the functions fns lists, on top of the stack. */
void push_module(lua_State *L, const ApiDoc *fns);

int luaopen_world(lua_State *L);

#endif
