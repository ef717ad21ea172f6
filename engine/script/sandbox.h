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
/* The longest string a script can make: it bounds what one instruction can
 * cost (comparing two strings reads both) and what a script can hand back. */
#define SANDBOX_STRING_CAP   (64u << 10)
/* The processor time one call may take beyond what its counted work
 * explains: a backstop for instructions whose work grows with their data
 * (long strings compared, thousands of values passed on), which no count
 * sees. */
#define SANDBOX_CPU_MS       250
/* The largest script file read. */
#define SANDBOX_FILE_CAP     (4u << 20)

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

/* A function of the engine that reads what scripts made (see sandbox_protect). */
typedef int (*SandboxReader)(lua_State *L, void *ud);

typedef struct Sandbox {
    lua_State *L;
    size_t used, cap;
    long budget, count;
    int stopping;               /* why the running call is being stopped, or 0 */
    int depth;                  /* guarded calls under way: scripts only run inside one */
    long calls;                 /* guarded calls made: a script may have run since this changed */
    long long cpu_start_ns;     /* processor and wall time when the running call's first hook ran, or 0 */
    long long wall_start_ns;
    char stop_msg[240];         /* the message of the last stop, as the engine wrote it */
    char refused_at[200];       /* where the last allocation the caps refused was asked for */
    int refused;                /* what refused it (STOP_MEMORY, STOP_STRING), or 0 */
    SandboxReader reader;       /* what sandbox_protect runs, and its argument */
    void *reader_ud;
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
    /* a script's require() is loading: its errors reach the script (pcall), so they are
     * made in English, the same in every language (sandbox_say) */
    bool english;
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
/* english, or its translation: see Sandbox.english. */
const char *sandbox_say(const Sandbox *sb, const char *english);
char *sandbox_read(const Sandbox *sb, const char *relpath, size_t *len, Error *err);

/* Load relpath (text only) into a fresh environment: the function is left on
 * the stack, or -1 and err. */
int sandbox_load(Sandbox *sb, const char *relpath, Error *err);

/* The text the chunk named chunkname ("@path") was compiled from by
 * sandbox_load, or NULL: good while the state lives. */
const char *sandbox_source(lua_State *L, const char *chunkname, size_t *len);

/* Load relpath (text only) into a fresh environment and run it through the
 * guarded call; on success its single result is left on the stack. */
int sandbox_dofile(Sandbox *sb, const char *relpath, Error *err);

/* Call the function below nargs arguments through the guarded entry point:
 * traceback handler, instruction budget, memory cap. `what` names the script
 * and function for the message (NULL: the caller adds it). Returns 0 or -1
 * with err set (ERR_DATA). */
int sandbox_call(Sandbox *sb, int nargs, int nresults, const char *what, Error *err);

/* Run fn(L, ud) as a guarded call (budget, memory cap, traceback) with the
 * nargs values on top of the stack, leaving nresults: the engine reads every
 * value a script made this way, so that a metamethod that errors or loops,
 * or memory running out, is an error (ERR_DATA, after `what`) and never a
 * panic. fn may raise errors with luaL_error. */
int sandbox_protect(Sandbox *sb, SandboxReader fn, void *ud, int nargs, int nresults, const char *what, Error *err);

/* Add units of work done outside the instruction count (a library call's
 * loop) to the running call's budget; stops the script when it runs out. */
void sandbox_charge(lua_State *L, long units);

/* Stop the running script with a message naming the line it was on; a
 * script cannot catch this with pcall. */
int sandbox_stop(lua_State *L, int why, const char *what);

enum { STOP_BUDGET = 1, STOP_MEMORY = 2, STOP_STRING = 3, STOP_TIME = 4 };

/* What a stop says, for why (STOP_...). */
const char *sandbox_stop_reason(int why);

/* Whether s (len bytes) is valid UTF-8. */
bool sandbox_utf8_valid(const char *s, size_t len);

/* Copy src (len bytes) into out (size bytes, always terminated) as valid
 * UTF-8: each invalid byte, and with `controls` each control character but
 * tab, becomes U+FFFD; the copy ends before a character that does not fit.
 * Returns the bytes written. */
size_t sandbox_text(char *out, size_t size, const char *src, size_t len, bool controls);

/* Push a read-only proxy of the table at idx: reads, # and pairs go through to
 * the table, writes raise an error, the metatable cannot be reached, and
 * next, rawget and rawlen see an empty table. Values read through it are
 * the table's own: for tables whose values are plain (or proxies). */
void sandbox_readonly(lua_State *L, int idx);
/* The same, for any table: a table read through it (or walked by pairs)
 * comes as a read-only proxy too. */
void sandbox_readonly_deep(lua_State *L, int idx);

/* pairs(t) in sorted key order, as scripts get it. */
int sandbox_sorted_pairs(lua_State *L);

/* Push a fresh script environment (what `redline api` lists as the globals
 * scripts see). */
void sandbox_push_env(Sandbox *sb);

/* Replace, in the master libraries, the functions whose work an argument
 * decides by ones that charge it to the budget (sandbox_lib.c), and the
 * pattern functions of the string table at idx by a bounded matcher
 * (sandbox_pattern.c). */
void sandbox_bound_libraries(lua_State *L);
void sandbox_bound_patterns(lua_State *L, int string_table);

/* The registry of every Lua module the engine gives scripts (world, ...). */
void sandbox_open_modules(Sandbox *sb);

#endif
