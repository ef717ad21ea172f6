/* Script files: where a path is read from (a mod's file may stand in for the
 * game's), reading them, and compiling them, text only, once per process. */
#include <lauxlib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/game.h"
#include "mods.h"
#include "sandbox.h"

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

/* The text each chunk was compiled from, by chunk name, for as long as the
 * state lives: the conditions' reader (conditions.c) reads a when function
 * from the very text Lua compiled, never the file again. */
static const char sources_key = 0;     /* its address: the registry's key of the texts */

static void keep_source(lua_State *L, const char *chunkname, const char *text, size_t len)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &sources_key) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &sources_key);
    }
    lua_pushlstring(L, text, len);
    lua_setfield(L, -2, chunkname);
    lua_pop(L, 1);
}

const char *sandbox_source(lua_State *L, const char *chunkname, size_t *len)
{
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &sources_key) != LUA_TTABLE) {
        lua_pop(L, 1);
        return NULL;
    }
    lua_getfield(L, -1, chunkname);
    const char *text = lua_tolstring(L, -1, len);   /* the table keeps it alive */
    lua_pop(L, 2);
    return text;
}

int sandbox_load(Sandbox *sb, const char *relpath, Error *err)
{
    size_t len;
    char *text = sandbox_read(sb, relpath, &len, err);
    if (!text)
        return -1;
    char shown[512], chunkname[600];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    snprintf(chunkname, sizeof chunkname, "@%s", shown);
    /* compiled as if inside a call: the caps refuse a literal too long too */
    sb->depth++;
    sb->refused = 0;
    int rc = compile(sb->L, text, len, chunkname);
    sb->depth--;
    if (rc != LUA_OK) {
        free(text);
        const char *msg = rc == LUA_ERRMEM && sb->refused ? sandbox_stop_reason(sb->refused) : lua_tostring(sb->L, -1);
        bool placed = strncmp(msg, shown, strlen(shown)) == 0;
        error_set(err, ERR_DATA, "%s%s%s", placed ? "" : shown, placed ? "" : ": ", msg);
        lua_pop(sb->L, 1);
        return -1;
    }
    sandbox_push_env(sb);
    lua_setupvalue(sb->L, -2, 1);
    keep_source(sb->L, chunkname, text, len);
    free(text);
    return 0;
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

/* An error's text in the player's language, or in English while a script's
 * require() loads (sb->english). */
const char *sandbox_say(const Sandbox *sb, const char *english)
{
    return sb->english ? english : _(english);
}

char *sandbox_read(const Sandbox *sb, const char *relpath, size_t *len, Error *err)
{
    char shown[512], path[1100];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    full_path(sb, shown, path, sizeof path);
    if (!mods_file_inside(sb->mods, sb->root, shown, path)) {
        error_set(err, ERR_DATA, sandbox_say(sb, mods_outside_english()), shown);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        error_set(err, ERR_DATA, sandbox_say(sb, N_("%s: cannot open the file")), shown);
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
                error_set(err, ERR_INTERNAL, sandbox_say(sb, N_("%s: out of memory")), shown);
                return NULL;
            }
            text = grown;
        }
        memcpy(text + size, chunk, n);
        size += n;
    }
    fclose(f);
    if (!text && !(text = calloc(1, 1))) {
        error_set(err, ERR_INTERNAL, sandbox_say(sb, N_("%s: out of memory")), shown);
        return NULL;
    }
    text[size] = '\0';
    if (len)
        *len = size;
    return text;
}

int sandbox_dofile(Sandbox *sb, const char *relpath, Error *err)
{
    if (sandbox_load(sb, relpath, err) != 0)
        return -1;
    char shown[512];
    sandbox_resolve(sb, relpath, shown, sizeof shown);
    return sandbox_call(sb, 0, 1, shown, err);
}
