#include "sandbox.h"

#include "../core/game.h"

#include <lauxlib.h>
#include <lualib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lua_ai.h"
#include "mods.h"

#define HOOK_STEP 1000

enum { STOP_BUDGET = 1, STOP_MEMORY = 2 };

static const char *const copied_libs[] = { "string", "table", "math", "utf8" };
static const char *const base_functions[] = {
    "assert", "error", "ipairs", "next", "select", "tonumber", "tostring", "type",
    "rawequal", "rawget", "rawlen", "getmetatable", "unpack", "_VERSION",
};

Sandbox *sandbox_from(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

/* The hard memory cap: the allocator refuses to grow past it. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->used + (nsize - old) > sb->cap)
        return NULL;
    /* Work inside library functions (string.rep, table.concat...) runs no
     * VM instructions; charge what it allocates to the budget instead. */
    if (nsize > old)
        sb->count += (long)((nsize - old) / 64);
    void *grown = realloc(ptr, nsize);
    if (grown)
        sb->used = sb->used - old + nsize;
    return grown;
}

/* Stop the running script, naming the line it was on. */
static void stop_script(lua_State *L, lua_Debug *ar, int why, const char *what)
{
    sandbox_from(L)->stopping = why;
    lua_getinfo(L, "Sl", ar);
    if (ar->currentline > 0)
        luaL_error(L, "%s:%d: stopped: %s", ar->short_src, ar->currentline, what);
    luaL_error(L, "stopped: %s", what);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = sandbox_from(L);
    sb->count += HOOK_STEP;
    if (sb->count > sb->budget)
        stop_script(L, ar, STOP_BUDGET, "instruction budget exceeded (an endless loop?)");
    if (sb->used > sb->cap - sb->cap / 8)
        stop_script(L, ar, STOP_MEMORY, "memory cap exceeded");
}

static int traceback_handler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

int sandbox_call(Sandbox *sb, int nargs, int nresults, const char *what, Error *err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, traceback_handler);
    lua_insert(L, base);
    long saved_count = sb->count;
    bool nested = lua_gethook(L) != NULL;
    if (!nested) {
        sb->count = 0;
        sb->stopping = 0;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    }
    int rc = lua_pcall(L, nargs, nresults, base);
    if (!nested) {
        lua_sethook(L, NULL, 0, 0);
        sb->stopping = 0;
    } else {
        sb->count = saved_count > sb->count ? saved_count : sb->count;
    }
    lua_remove(L, base);
    if (rc == LUA_OK)
        return 0;
    const char *msg = rc == LUA_ERRMEM ? "stopped: memory cap exceeded" : lua_tostring(L, -1);
    if (!msg)
        msg = "(error object is not a string)";
    /* The first line says where; the traceback below it is for --verbose. */
    size_t first = strcspn(msg, "\n");
    error_set(err, ERR_DATA, "%s%s%.*s", what ? what : "", what ? ": " : "", (int)first, msg);
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    return -1;
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

static int safe_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
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

/* pairs in key order: Lua 5.4 seeds string hashes at random, so raw table
 * order would differ between runs and break determinism. */
typedef struct SortKey {
    int rank;
    double num;
    const char *str;
    size_t len;
    int slot;
} SortKey;

static int key_compare(const void *a, const void *b)
{
    const SortKey *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    if (x->rank == 0)
        return (x->num > y->num) - (x->num < y->num);
    if (x->rank == 1) {
        size_t n = x->len < y->len ? x->len : y->len;
        int c = memcmp(x->str, y->str, n);
        return c ? c : (x->len > y->len) - (x->len < y->len);
    }
    if (x->rank == 2)
        return (x->num > y->num) - (x->num < y->num);
    return x->slot - y->slot;
}

static int sorted_next(lua_State *L)
{
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(2)) + 1;
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(2));
    if (lua_rawgeti(L, lua_upvalueindex(1), i) == LUA_TNIL)
        return 1;
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(3));
    return 2;
}

static void push_sorted_keys(lua_State *L, int t)
{
    lua_newtable(L);
    int keys = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_rawseti(L, keys, ++n);
    }
    SortKey *sk = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *sk, 0);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, keys, i + 1);
        int type = lua_type(L, -1);
        sk[i] = (SortKey){ .rank = 3, .slot = i + 1 };
        if (type == LUA_TNUMBER) {
            sk[i].rank = 0;
            sk[i].num = lua_tonumber(L, -1);
        } else if (type == LUA_TSTRING) {
            sk[i].rank = 1;
            sk[i].str = lua_tolstring(L, -1, &sk[i].len);   /* kept alive by `keys` */
        } else if (type == LUA_TBOOLEAN) {
            sk[i].rank = 2;
            sk[i].num = lua_toboolean(L, -1);
        }
        lua_pop(L, 1);
    }
    qsort(sk, (size_t)n, sizeof *sk, key_compare);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, keys, sk[i].slot);
        lua_rawseti(L, -2, i + 1);
    }
    lua_replace(L, keys);
    lua_pop(L, 1);
}

int sandbox_sorted_pairs(lua_State *L)
{
    luaL_checkany(L, 1);
    if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_call(L, 1, 3);
        return 3;
    }
    luaL_checktype(L, 1, LUA_TTABLE);
    push_sorted_keys(L, 1);
    lua_pushinteger(L, 0);
    lua_pushvalue(L, 1);
    lua_pushcclosure(L, sorted_next, 3);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int readonly_newindex(lua_State *L)
{
    return luaL_error(L, "this table is read-only (tried to set '%s')", luaL_tolstring(L, 2, NULL));
}

/* What a read-only table stands for: its metatable's __index. */
static void push_readonly_data(lua_State *L)
{
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_remove(L, -2);
}

static int readonly_len(lua_State *L)
{
    push_readonly_data(L);
    lua_pushinteger(L, (lua_Integer)luaL_len(L, -1));
    return 1;
}

static int readonly_pairs(lua_State *L)
{
    lua_pushcfunction(L, sandbox_sorted_pairs);
    push_readonly_data(L);
    lua_call(L, 1, 3);
    return 3;
}

void sandbox_readonly(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    lua_createtable(L, 0, 5);
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, "__index");
    static const luaL_Reg meta[] = {
        { "__newindex", readonly_newindex }, { "__len", readonly_len }, { "__pairs", readonly_pairs }, { NULL, NULL },
    };
    luaL_setfuncs(L, meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
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


/* Compiling is most of the cost of loading a script, and a batch, a loaded
 * save or a new game load the same scripts again: each compiled chunk is
 * kept, for every sandbox of the process, keyed by its name and its text, so
 * an unchanged file is compiled once. The only bytecode ever loaded is what
 * compile dumped itself from text it compiled. When the cache is full it
 * starts again (a fuzzer or a long hot-reload session makes many chunks). */
enum { CHUNKS_MAX = 256 };

typedef struct Chunk {
    uint64_t key;
    size_t len;
    char *code;
} Chunk;

static struct {
    pthread_mutex_t lock;
    int n;
    Chunk chunk[CHUNKS_MAX];
} chunks = { .lock = PTHREAD_MUTEX_INITIALIZER };

static int dump_writer(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    Chunk *c = ud;
    char *grown = realloc(c->code, c->len + size);
    if (!grown)
        return 1;
    memcpy(grown + c->len, p, size);
    c->code = grown;
    c->len += size;
    return 0;
}

/* Load the chunk cached under key; false if there is none. */
static bool load_cached(lua_State *L, uint64_t key, const char *chunkname, int *rc)
{
    pthread_mutex_lock(&chunks.lock);
    int i = 0;
    while (i < chunks.n && chunks.chunk[i].key != key)
        i++;
    bool found = i < chunks.n;
    if (found)
        *rc = luaL_loadbufferx(L, chunks.chunk[i].code, chunks.chunk[i].len, chunkname, "b");
    pthread_mutex_unlock(&chunks.lock);
    return found;
}

/* Keep the function on top of the stack, compiled from text, under key. */
static void cache(lua_State *L, uint64_t key)
{
    Chunk c = { .key = key };
    if (lua_dump(L, dump_writer, &c, 0) != 0 || !c.code) {
        free(c.code);
        return;
    }
    pthread_mutex_lock(&chunks.lock);
    if (chunks.n == CHUNKS_MAX) {
        for (int i = 0; i < chunks.n; i++)
            free(chunks.chunk[i].code);
        chunks.n = 0;
    }
    chunks.chunk[chunks.n++] = c;
    pthread_mutex_unlock(&chunks.lock);
}

static int compile(lua_State *L, const char *text, size_t len, const char *chunkname)
{
    uint64_t key = hash_bytes(hash_bytes(0, chunkname, strlen(chunkname)), text, len);
    int rc;
    if (load_cached(L, key, chunkname, &rc))
        return rc;
    rc = luaL_loadbufferx(L, text, len, chunkname, "t");
    if (rc == LUA_OK)
        cache(L, key);
    return rc;
}

static int load_text(Sandbox *sb, const char *relpath, Error *err)
{
    size_t len;
    char *text = sandbox_read(sb, relpath, &len, err);
    if (!text)
        return -1;
    char shown[512], chunkname[600];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    snprintf(chunkname, sizeof chunkname, "@%s", shown);
    int rc = compile(sb->L, text, len, chunkname);
    free(text);
    if (rc != LUA_OK) {
        const char *msg = lua_tostring(sb->L, -1);
        bool placed = strncmp(msg, shown, strlen(shown)) == 0;
        error_set(err, ERR_DATA, "%s%s%s", placed ? "" : shown, placed ? "" : ": ", msg);
        lua_pop(sb->L, 1);
        return -1;
    }
    sandbox_push_env(sb);
    lua_setupvalue(sb->L, -2, 1);
    return 0;
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
        if (load_text(sb, path, &err) != 0)
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
    snprintf(sb->root, sizeof sb->root, "%s", root);
    sb->L = lua_newstate(sandbox_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    sb->mods = mods_installed();
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

void sandbox_resolve(const Sandbox *sb, const char *relpath, char *out, size_t size)
{
    if (!sb->mods || !mods_resolve(sb->mods, sb->root, relpath, out, size))
        snprintf(out, size, "%s", relpath);
}

static void full_path(const Sandbox *sb, const char *path, char *out, size_t size)
{
    if (path[0] == '/')
        snprintf(out, size, "%s", path);
    else
        snprintf(out, size, "%s/%s", sb->root, path);
}

long long sandbox_mtime(const Sandbox *sb, const char *path)
{
    char full[1100];
    full_path(sb, path, full, sizeof full);
    struct stat st;
    if (stat(full, &st) != 0)
        return 0;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
}

/* Note a file read while tracking, so a change to it can be noticed. */
static void track_file(Sandbox *sb, const char *shown)
{
    if (!sb->track)
        return;
    for (int i = 0; i < sb->nfiles; i++)
        if (strcmp(sb->files[i].path, shown) == 0)
            return;
    if (sb->nfiles == SANDBOX_MAX_FILES)
        return;
    SandboxFile *f = &sb->files[sb->nfiles++];
    snprintf(f->path, sizeof f->path, "%s", shown);
    f->mtime_ns = sandbox_mtime(sb, shown);
}

char *sandbox_read(const Sandbox *sb, const char *relpath, size_t *len, Error *err)
{
    char shown[512], path[1100];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    full_path(sb, shown, path, sizeof path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        error_set(err, ERR_DATA, "%s: cannot open the file", shown);
        return NULL;
    }
    track_file((Sandbox *)sb, shown);
    char *text = NULL;
    size_t size = 0, cap = 0, n;
    char chunk[8192];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (size + n + 1 > cap) {
            cap = (size + n + 1) * 2;
            char *grown = realloc(text, cap);
            if (!grown) {
                free(text);
                fclose(f);
                error_set(err, ERR_INTERNAL, "%s: out of memory", shown);
                return NULL;
            }
            text = grown;
        }
        memcpy(text + size, chunk, n);
        size += n;
    }
    fclose(f);
    if (!text && !(text = calloc(1, 1))) {
        error_set(err, ERR_INTERNAL, "%s: out of memory", shown);
        return NULL;
    }
    text[size] = '\0';
    if (len)
        *len = size;
    return text;
}

int sandbox_dofile(Sandbox *sb, const char *relpath, Error *err)
{
    if (load_text(sb, relpath, err) != 0)
        return -1;
    char shown[512];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    return sandbox_call(sb, 0, 1, shown, err);
}
