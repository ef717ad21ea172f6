/* The Lua host: one Lua state whose scripts each run in their own _ENV built
 * from an allowlist, loaded as text only, and called through one guarded entry
 * point with an instruction budget and a memory cap. */
#ifndef REDLINE_SANDBOX_H
#define REDLINE_SANDBOX_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

#include "../core/error.h"
#include "../core/rng.h"

#define SANDBOX_MEMORY_CAP   (48u << 20)
#define SANDBOX_INSTRUCTIONS 2000000L

struct Catalogue;
struct Game;
struct ModSet;
struct Problems;

#define SANDBOX_MAX_FILES 96

/* A file the scripts were loaded from, and when it was last changed. */
typedef struct SandboxFile {
    char path[512];
    long long mtime_ns;
} SandboxFile;

typedef struct Sandbox {
    lua_State *L;
    size_t used, cap;
    long budget, count;
    int stopping;               /* why the running call is being stopped, or 0 */
    Pcg32 *rng;                 /* the stream math.random draws from, or NULL */
    struct Game *game;          /* the game the world module acts on, or NULL */
    const struct Catalogue *catalogue;  /* the actions actor scripts are loaded against, or NULL */
    int viewer;                 /* the actor whose view is being read */
    bool world_writable;
    char root[512];             /* the folder holding scripts/ */
    const struct ModSet *mods;  /* mods whose files stand in for the game's, or NULL */
    struct Problems *problems;  /* where the loaders list every problem, or NULL */
    const char *owner;          /* whose world.state() the running event sees, or NULL */
    /* every file read, for hot reload (kept while `track` is set) */
    bool track;
    int nfiles;
    SandboxFile files[SANDBOX_MAX_FILES];
} Sandbox;

Sandbox *sandbox_new(const char *root, size_t mem_cap, long budget);
void sandbox_free(Sandbox *sb);
Sandbox *sandbox_from(lua_State *L);

/* The file relpath names: a path under scripts/ may be provided by a mod
 * (sb->mods); others are the game's own. out is what messages show. */
void sandbox_resolve(const Sandbox *sb, const char *relpath, char *out, size_t size);

/* The modification time of a file under root (or absolute), 0 if missing. */
long long sandbox_mtime(const Sandbox *sb, const char *path);

/* Read a text file under root (resolved as above) into memory; NULL and err
 * on failure. */
char *sandbox_read(const Sandbox *sb, const char *relpath, size_t *len, Error *err);

/* Load relpath (text only) into a fresh environment and run it through the
 * guarded call; on success its single result is left on the stack. */
int sandbox_dofile(Sandbox *sb, const char *relpath, Error *err);

/* Call the function below nargs arguments through the guarded entry point:
 * traceback handler, instruction budget, memory cap. `what` names the script
 * and function for the message (NULL: the caller adds it). Returns 0 or -1
 * with err set (ERR_DATA). */
int sandbox_call(Sandbox *sb, int nargs, int nresults, const char *what, Error *err);

/* Push a read-only proxy of the table at idx: reads, # and pairs go through to
 * the table, writes raise an error, and the metatable cannot be reached. */
void sandbox_readonly(lua_State *L, int idx);

/* pairs(t) in sorted key order, as scripts get it. */
int sandbox_sorted_pairs(lua_State *L);

/* Push a fresh script environment (what `redline api` lists as the globals
 * scripts see). */
void sandbox_push_env(Sandbox *sb);

/* The registry of every Lua module the engine gives scripts (world, ...). */
void sandbox_open_modules(Sandbox *sb);

#endif
