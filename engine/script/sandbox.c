#include "sandbox.h"

#include "../core/game.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lua_ai.h"
#include "mods.h"

/* The count hook runs after HOOK_STEP instructions, then every HOOK_FINE:
 * a call that runs that long is checked often enough that one step's work,
 * however costly, is noticed soon. */
#define HOOK_STEP 1000
#define HOOK_FINE 100

static const char *const copied_libs[] = { "string", "table", "math", "utf8" };
static const char *const base_functions[] = {
    "assert", "error", "ipairs", "next", "select", "tonumber", "tostring", "type",
    "rawequal", "rawget", "rawlen", "getmetatable", "unpack", "_VERSION",
};

Sandbox *sandbox_from(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

/* "file:line: " of the innermost script function running, or "". */
static void script_place(lua_State *L, char *out, size_t size)
{
    lua_Debug ar;
    out[0] = '\0';
    for (int level = 0; level < 64 && lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {
            snprintf(out, size, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
    }
}

/* Why an allocation is refused, if it is: only while a script runs (the
 * engine's own small allocations between calls must never fail, or a script
 * that filled memory would make the engine panic), past the memory cap, or
 * a string longer than scripts may make. Lua 5.4 tells a new object's type
 * in osize. */
static int refusal(const Sandbox *sb, void *ptr, size_t osize, size_t old, size_t nsize)
{
    if (sb->depth == 0 || nsize <= old)
        return 0;
    if (sb->used + (nsize - old) > sb->cap)
        return STOP_MEMORY;
    if (!ptr && osize == LUA_TSTRING && nsize > SANDBOX_STRING_CAP + 64)
        return STOP_STRING;
    return 0;
}

/* The caps, enforced where memory is handed out. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    int refused = refusal(sb, ptr, osize, old, nsize);
    if (refused) {
        /* Lua raises a memory error with no message handler: the place is
         * noted now, while the script's frames are still there. */
        sb->refused = refused;
        script_place(sb->L, sb->refused_at, sizeof sb->refused_at);
        return NULL;
    }
    /* Work inside library functions (string.rep, table.concat...) runs no
     * VM instructions; charge what it allocates to the budget instead. */
    if (nsize > old)
        sb->count += (long)((nsize - old) / 64);
    void *grown = realloc(ptr, nsize);
    if (grown)
        sb->used = sb->used - old + nsize;
    return grown;
}

static const char *const stop_reason[] = {
    [STOP_BUDGET] = "instruction budget exceeded (an endless loop?)",
    [STOP_MEMORY] = "memory cap exceeded",
    [STOP_STRING] = "a string longer than the 64 KB scripts may make",
    [STOP_TIME] = "processor time exceeded (250 ms of steps the instruction budget cannot count: long strings "
                  "compared, thousands of values passed on?)",
};

const char *sandbox_stop_reason(int why)
{
    return stop_reason[why];
}

int sandbox_stop(lua_State *L, int why, const char *what)
{
    Sandbox *sb = sandbox_from(L);
    char place[200];
    script_place(L, place, sizeof place);
    sb->stopping = why;
    snprintf(sb->stop_msg, sizeof sb->stop_msg, "%sstopped: %s", place, what ? what : stop_reason[why]);
    lua_pushstring(L, sb->stop_msg);
    return lua_error(L);
}

static long long clock_ns(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* Whether the call has run SANDBOX_CPU_MS of processor time that its counted
 * work does not account for: fewer than one unit of budget per microsecond,
 * where the VM counts a hundred (and a build under AddressSanitizer or
 * valgrind still several), so only steps whose work grows with their data
 * (comparing long strings, passing on thousands of values) are stopped this
 * way. Calls shorter than one hook step (nearly all) never read a clock; a
 * longer one reads the processor clock (a system call) once, then only a
 * coarse wall clock until that says the limit may have been reached. */
static bool out_of_time(Sandbox *sb)
{
    long long wall = clock_ns(CLOCK_MONOTONIC_COARSE);
    if (!sb->cpu_start_ns) {
        sb->cpu_start_ns = clock_ns(CLOCK_THREAD_CPUTIME_ID);
        sb->wall_start_ns = wall;
        return false;
    }
    if (wall - sb->wall_start_ns < SANDBOX_CPU_MS * 1000000LL)
        return false;
    long long spent_us = (clock_ns(CLOCK_THREAD_CPUTIME_ID) - sb->cpu_start_ns) / 1000;
    return spent_us > SANDBOX_CPU_MS * 1000LL && sb->count < spent_us;
}

void sandbox_charge(lua_State *L, long units)
{
    Sandbox *sb = sandbox_from(L);
    sb->count += units;
    if (sb->count > sb->budget)
        sandbox_stop(L, STOP_BUDGET, NULL);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = sandbox_from(L);
    if (sb->cpu_start_ns) {
        sb->count += HOOK_FINE;
    } else {
        sb->count += HOOK_STEP;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_FINE);
    }
    if (sb->count > sb->budget)
        sandbox_stop(L, STOP_BUDGET, NULL);
    if (sb->used > sb->cap - sb->cap / 8)
        sandbox_stop(L, STOP_MEMORY, NULL);
    if (out_of_time(sb))
        sandbox_stop(L, STOP_TIME, NULL);
}

/* Whether msg starts with the place of a script function on the stack: the
 * place its own error names (error's level 1 or 2). */
static bool placed_on_stack(lua_State *L, const char *msg)
{
    lua_Debug ar;
    for (int level = 0; level < 64 && lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        char place[sizeof ar.short_src + 24];
        int n = snprintf(place, sizeof place, "%s:%d:", ar.short_src, ar.currentline);
        if (ar.currentline > 0 && strncmp(msg, place, (size_t)n) == 0)
            return true;
    }
    return false;
}

/* The message handler of every guarded call. It runs no script code (an
 * error object's __tostring could loop where no hook stops it), and it puts
 * the place of the failing script first, unless the message already starts
 * with a place that is on the stack: a script cannot hide where it failed
 * or blame another file. */
static int traceback_handler(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    if (!lua_isstring(L, 1)) {
        lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
        lua_replace(L, 1);
    }
    const char *msg = lua_tostring(L, 1);
    bool engine_stop = sb->stopping && strcmp(msg, sb->stop_msg) == 0;
    if (!engine_stop && !placed_on_stack(L, msg)) {
        char place[200];
        script_place(L, place, sizeof place);
        msg = lua_pushfstring(L, "%s%s", place, msg);
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* The message of a failed guarded call: its first line (the traceback
 * below it is for --verbose), as valid UTF-8 without control characters. */
static void failure_message(Sandbox *sb, int rc, const char *what, Error *err)
{
    char memory[300];
    const char *msg;
    if (rc == LUA_ERRMEM) {
        snprintf(memory, sizeof memory, "%sstopped: %s", sb->refused_at,
                 stop_reason[sb->refused ? sb->refused : STOP_MEMORY]);
        msg = memory;
    } else {
        msg = lua_tostring(sb->L, -1);
        if (!msg)
            msg = "(error object is not a string)";
    }
    char line[sizeof err->msg];
    sandbox_text(line, sizeof line, msg, strcspn(msg, "\n"), true);
    error_set(err, ERR_DATA, "%s%s%s", what ? what : "", what ? ": " : "", line);
}

int sandbox_call(Sandbox *sb, int nargs, int nresults, const char *what, Error *err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, traceback_handler);
    lua_insert(L, base);
    sb->calls++;
    if (sb->depth++ == 0) {
        sb->count = 0;
        sb->stopping = 0;
        sb->refused = 0;
        sb->refused_at[0] = '\0';
        sb->cpu_start_ns = sb->wall_start_ns = 0;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    }
    int rc = lua_pcall(L, nargs, nresults, base);
    if (--sb->depth == 0) {
        lua_sethook(L, NULL, 0, 0);
        sb->stopping = 0;
    }
    lua_remove(L, base);
    if (rc == LUA_OK)
        return 0;
    failure_message(sb, rc, what, err);
    lua_pop(L, 1);
    if (sb->depth == 0)
        lua_gc(L, LUA_GCCOLLECT);
    return -1;
}

static int run_reader(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    return sb->reader(L, sb->reader_ud);
}

int sandbox_protect(Sandbox *sb, SandboxReader fn, void *ud, int nargs, int nresults, const char *what, Error *err)
{
    SandboxReader outer = sb->reader;
    void *outer_ud = sb->reader_ud;
    sb->reader = fn;
    sb->reader_ud = ud;
    lua_pushcfunction(sb->L, run_reader);
    lua_insert(sb->L, -nargs - 1);
    int rc = sandbox_call(sb, nargs, nresults, what, err);
    sb->reader = outer;
    sb->reader_ud = outer_ud;
    return rc;
}

/* pcall and xpcall for scripts: once the host has decided to stop a script,
 * the script may not catch that and carry on. */
static int finish_pcall(lua_State *L, int status, lua_KContext extra)
{
    Sandbox *sb = sandbox_from(L);
    if (sb->stopping)
        return lua_error(L);
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int safe_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
    return finish_pcall(L, status, 0);
}

/* The script's message handler, called only for its own errors: after the
 * host stops a script, Lua runs the handler where no hook can stop it, so a
 * handler that loops would never end. */
static int guarded_handler(lua_State *L)
{
    if (sandbox_from(L)->stopping)
        return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int safe_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
    return finish_pcall(L, status, 2);
}

static int safe_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (!lua_isnoneornil(L, 2)) {
        luaL_checktype(L, 2, LUA_TTABLE);
        if (lua_getfield(L, 2, "__gc") != LUA_TNIL)
            return luaL_error(L, "finalizers (__gc) are not allowed in scripts");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int script_print(lua_State *L)
{
    (void)L;    /* scripts have no console; news lines go through world.news */
    return 0;
}


static int script_random(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    if (!sb->rng)
        return luaL_error(L, "math.random is not available while loading");
    double r = pcg32_unit(sb->rng);
    lua_Integer lo = 1, hi;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, r);
        return 1;
    case 1:
        hi = luaL_checkinteger(L, 1);
        break;
    default:
        lo = luaL_checkinteger(L, 1);
        hi = luaL_checkinteger(L, 2);
        break;
    }
    luaL_argcheck(L, lo <= hi && hi - lo < 0x7fffffff, lua_gettop(L), "interval is empty or too large");
    lua_pushinteger(L, lo + (lua_Integer)pcg32_below(sb->rng, (uint32_t)(hi - lo + 1)));
    return 1;
}

static bool module_name_ok(const char *name)
{
    if (!*name || strlen(name) > 64)
        return false;
    for (const char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
            return false;
    return true;
}



/* require for scripts: the engine's ai module, or modules from scripts/lib,
 * text only, each in its own environment; cached per requiring script. */
static int script_require(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    const char *name = luaL_checkstring(L, 1);
    luaL_argcheck(L, module_name_ok(name), 1, "module names are lower-case letters, digits and _");
    if (lua_getfield(L, lua_upvalueindex(1), name) != LUA_TNIL)
        return 1;
    if (strcmp(name, "ai") == 0) {
        luaopen_ai(L);
        sandbox_readonly(L, -1);
        lua_replace(L, -2);
    } else {
        char path[128];
        snprintf(path, sizeof path, "scripts/lib/%s.lua", name);
        Error err;
        sb->english = true;
        int rc = sandbox_load(sb, path, &err);
        sb->english = false;
        if (rc != 0)
            return luaL_error(L, "require '%s': %s", name, err.msg);
        lua_call(L, 0, 1);
        if (lua_isnil(L, -1)) {
            lua_pop(L, 1);
            lua_pushboolean(L, 1);
        }
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, lua_upvalueindex(1), name);
    return 1;
}

static void copy_table(lua_State *L, int src)
{
    src = lua_absindex(L, src);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, src)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

/* A fresh environment: copies of the allowed libraries, so no script can
 * change another's, and the engine's replacements for the unsafe functions. */
void sandbox_push_env(Sandbox *sb)
{
    lua_State *L = sb->L;
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.stdlib");
    int std = lua_gettop(L);
    for (size_t i = 0; i < sizeof base_functions / sizeof *base_functions; i++) {
        lua_getfield(L, std, base_functions[i]);
        lua_setfield(L, env, base_functions[i]);
    }
    for (size_t i = 0; i < sizeof copied_libs / sizeof *copied_libs; i++) {
        lua_getfield(L, std, copied_libs[i]);
        copy_table(L, -1);
        lua_setfield(L, env, copied_libs[i]);
        lua_pop(L, 1);
    }
    static const luaL_Reg replaced[] = {
        { "pairs", sandbox_sorted_pairs }, { "pcall", safe_pcall }, { "xpcall", safe_xpcall },
        { "setmetatable", safe_setmetatable }, { "print", script_print }, { NULL, NULL },
    };
    lua_pushvalue(L, env);
    luaL_setfuncs(L, replaced, 0);
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushcclosure(L, script_require, 1);
    lua_setfield(L, env, "require");
    lua_getfield(L, env, "table");
    lua_getfield(L, -1, "unpack");
    lua_setfield(L, env, "unpack");
    lua_pop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, env);
    }
    lua_pop(L, 2);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
}

/* The master copies the environments are built from. The state opens only
 * the libraries scripts may see: no io, os, package, debug or coroutine. */
static void build_stdlib(Sandbox *sb)
{
    lua_State *L = sb->L;
    static const luaL_Reg libs[] = {
        { LUA_GNAME, luaopen_base }, { LUA_STRLIBNAME, luaopen_string },
        { LUA_TABLIBNAME, luaopen_table }, { LUA_MATHLIBNAME, luaopen_math },
        { LUA_UTF8LIBNAME, luaopen_utf8 }, { NULL, NULL },
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");        /* no bytecode out, so none to smuggle in */
    lua_pop(L, 1);
    sandbox_bound_libraries(L);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable"); /* the shared string metatable stays shut */
    lua_pop(L, 2);
    lua_getglobal(L, "math");
    lua_pushcfunction(L, script_random);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    lua_pushglobaltable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.stdlib");
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "redline.modules");
}

Sandbox *sandbox_new(const char *root, size_t mem_cap, long budget)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return NULL;
    sb->cap = mem_cap;
    sb->budget = budget;
    sb->viewer = NOBODY;        /* no actor decides: views cannot be read */
    snprintf(sb->root, sizeof sb->root, "%s", root);
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    sb->mods = NULL;       /* a session or check gives its own */
    build_stdlib(sb);
    sandbox_open_modules(sb);
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb)
        return;
    lua_close(sb->L);
    free(sb);
}

