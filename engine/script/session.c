#include "session.h"

#include <dirent.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "lua_view.h"

static void warn(Session *s, const char *msg)
{
    if (s->nwarnings < MAX_WARNINGS)
        snprintf(s->warnings[s->nwarnings++], sizeof s->warnings[0], "%.399s", msg);
}

/* Turn what decide returned ({ {action=..., rules={...}}, ... }) into orders. */
static int read_orders(Session *s, Actor a, Order *out, int max, const char *what, Error *err)
{
    lua_State *L = s->sb->L;
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        return error_set(err, ERR_DATA, "%s: expected a list of orders back", what), -1;
    int n = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, t) && n < max; i++) {
        lua_rawgeti(L, t, i);
        lua_getfield(L, -1, "action");
        const char *id = lua_tostring(L, -1);
        int action = id ? catalogue_find(&s->catalogue, id) : -1;
        if (action < 0) {
            error_set(err, ERR_DATA, "%s: order %d names unknown action '%s'", what, (int)i, id ? id : "(none)");
            lua_settop(L, t);
            return -1;
        }
        Order *o = &out[n++];
        *o = (Order){ .actor = (uint8_t)a, .action = (uint16_t)action };
        if (lua_getfield(L, -2, "rules") == LUA_TTABLE)
            for (lua_Integer k = 1; k <= luaL_len(L, -1) && o->nrules < MAX_ORDER_RULES; k++) {
                lua_rawgeti(L, -1, k);
                int rule = lua_isstring(L, -1) ? rulebook_find(&s->rulebook, lua_tostring(L, -1)) : -1;
                if (rule >= 0)
                    o->rules[o->nrules++] = (uint16_t)rule;
                lua_pop(L, 1);
            }
        lua_settop(L, t);
    }
    return n;
}

static int replayed_orders(const Session *s, int turn, Actor a, Order *out, int max)
{
    int n = 0;
    for (int i = 0; i < s->nreplay && n < max; i++)
        if (s->replay_turn[i] == turn && s->replay[i].actor == a)
            out[n++] = s->replay[i];
    return n;
}

static int session_decide(void *ctx, const Game *g, Actor a, Order *out, int max)
{
    Session *s = ctx;
    int turn = g->world.turn + 1;
    bool replaying = turn <= s->replay_until;
    if (replaying && s->human[a])
        return replayed_orders(s, turn, a, out, max);
    if (s->human[a] && !replaying) {
        int n = s->npending[a] < max ? s->npending[a] : max;
        memcpy(out, s->pending[a], (size_t)n * sizeof *out);
        s->npending[a] = 0;
        return n;
    }
    lua_State *L = s->sb->L;
    Pcg32 rng;
    game_actor_rng(g, a, &rng);
    s->sb->rng = &rng;
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->actor_ref[a]);
    lua_getfield(L, -1, "decide");
    lua_remove(L, -2);
    view_push(s->sb, a);
    char what[400];
    snprintf(what, sizeof what, "%s (actor %s): decide", s->script_path[a], actor_name(a));
    Error err;
    int n = -1;
    if (sandbox_call(s->sb, 1, 1, what, &err) == 0) {
        n = read_orders(s, a, out, max, what, &err);
        lua_pop(L, 1);
    }
    s->sb->rng = NULL;
    /* A replay still asks the script, so that whatever it remembers grows as
     * it did in the recorded game; the recorded orders are what count. */
    if (replaying)
        return replayed_orders(s, turn, a, out, max);
    if (n < 0) {
        /* A broken script costs its actor the turn, never the game. */
        warn(s, err.msg);
        game_news((Game *)g, a, -1, NOBODY, "%s passes this turn: its script failed.", actor_title(a));
        return 0;
    }
    return n;
}

static void run_event(Session *s, Game *g, int index)
{
    lua_State *L = s->sb->L;
    Sandbox *sb = s->sb;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, s->scenario_ref);
    lua_getfield(L, -1, "events");
    lua_rawgeti(L, -1, index + 1);
    int ev = lua_gettop(L);
    lua_getfield(L, ev, "once");
    bool once = lua_isnil(L, -1) || lua_toboolean(L, -1);
    lua_getfield(L, ev, "chance");
    double chance = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : 1;
    lua_getfield(L, ev, "id");
    char what[200];
    snprintf(what, sizeof what, "scenario %s: event '%s'", g->scenario->id, lua_tostring(L, -1));
    lua_settop(L, ev);
    if (once && g->world.event_count[index] > 0) {
        lua_settop(L, top);
        return;
    }
    Error err;
    sb->world_writable = false;
    lua_getfield(L, ev, "when");
    lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
    lua_getfield(L, -1, "world");
    lua_remove(L, -2);
    bool fires = false;
    if (sandbox_call(sb, 1, 1, what, &err) == 0) {
        fires = lua_toboolean(L, -1);
        lua_pop(L, 1);
    } else {
        warn(s, err.msg);
    }
    /* The chance is drawn only when the condition holds, from the game's stream. */
    if (fires && pcg32_unit(&g->world.rng) < chance) {
        g->world.event_count[index]++;
        lua_getfield(L, ev, "text");
        lua_getfield(L, ev, "sources");
        const char *src = lua_istable(L, -1) ? (lua_rawgeti(L, -1, 1), lua_tostring(L, -1)) : NULL;
        if (lua_isstring(L, ev + 1))
            game_news(g, NOBODY, -1, NOBODY, "%s%s%s%s", lua_tostring(L, ev + 1), src ? " (" : "", src ? src : "",
                      src ? ")" : "");
        lua_settop(L, ev);
        if (lua_getfield(L, ev, "apply") == LUA_TFUNCTION) {
            sb->world_writable = true;
            lua_getfield(L, LUA_REGISTRYINDEX, "redline.modules");
            lua_getfield(L, -1, "world");
            lua_remove(L, -2);
            if (sandbox_call(sb, 1, 0, what, &err) != 0)
                warn(s, err.msg);
            sb->world_writable = false;
        }
    }
    lua_settop(L, top);
}

static void session_react(void *ctx, Game *g)
{
    Session *s = ctx;
    s->sb->game = g;
    s->sb->rng = &g->world.rng;
    for (int i = 0; i < s->scenario.nevents; i++)
        run_event(s, g, i);
    s->sb->rng = NULL;
    for (int v = 0; v < VAR_COUNT; v++)
        g->world.v[v] = var_clamp((Var)v, g->world.v[v]);
}

static void set_script_paths(Session *s, const SessionConfig *cfg)
{
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (cfg->script[a])
            snprintf(s->script_path[a], sizeof s->script_path[a], "%s", cfg->script[a]);
        else
            snprintf(s->script_path[a], sizeof s->script_path[a], "scripts/actors/%s.lua", actor_name((Actor)a));
}

/* Load every actor's script afresh; on failure the session keeps what it had. */
static int load_actors(Session *s, Error *err)
{
    Rulebook rules = { 0 };
    int refs[ACTOR_COUNT];
    int a = 0;
    for (; a < ACTOR_COUNT; a++)
        if (load_actor(s->sb, s->script_path[a], (Actor)a, &s->catalogue, &rules, &refs[a], err) != 0)
            break;
    if (a < ACTOR_COUNT) {
        while (a-- > 0)
            luaL_unref(s->sb->L, LUA_REGISTRYINDEX, refs[a]);
        rulebook_free(&rules);
        return -1;
    }
    for (a = 0; a < ACTOR_COUNT; a++) {
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, s->actor_ref[a]);
        s->actor_ref[a] = refs[a];
    }
    rulebook_free(&s->rulebook);
    s->rulebook = rules;
    return 0;
}

static bool scenario_id_ok(const char *id)
{
    if (!*id || strlen(id) >= ID_LEN)
        return false;
    for (const char *c = id; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
            return false;
    return true;
}

Session *session_open(const SessionConfig *cfg, Error *err)
{
    Session *s = calloc(1, sizeof *s);
    if (!s) {
        error_set(err, ERR_INTERNAL, "out of memory");
        return NULL;
    }
    s->sb = sandbox_new(cfg->root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->actor_ref[a] = LUA_NOREF;
    set_script_paths(s, cfg);
    char path[128];
    if (!scenario_id_ok(cfg->scenario))
        error_set(err, ERR_USAGE, "unknown scenario '%s'", cfg->scenario);
    snprintf(path, sizeof path, "scripts/scenarios/%s.lua", cfg->scenario);
    if (!s->sb || !scenario_id_ok(cfg->scenario) ||
        load_catalogue(s->sb, "scripts/actions.lua", &s->catalogue, err) != 0 ||
        load_scenario(s->sb, path, &s->catalogue, &s->scenario, &s->scenario_ref, err) != 0 ||
        load_actors(s, err) != 0) {
        if (!s->sb)
            error_set(err, ERR_INTERNAL, "cannot create the Lua state");
        session_free(s);
        return NULL;
    }
    if (cfg->turns > 0)
        s->scenario.turns = cfg->turns;
    memcpy(s->human, cfg->human, sizeof s->human);
    game_init(&s->game, &s->scenario, &s->catalogue, &s->rulebook, cfg->seed);
    return s;
}

void session_free(Session *s)
{
    if (!s)
        return;
    game_free(&s->game);
    rulebook_free(&s->rulebook);
    sandbox_free(s->sb);
    free(s);
}

/* Scripts are loaded anew so that nothing they remembered carries over from
 * one game to the next. */
void session_restart(Session *s, uint64_t seed)
{
    Error err;
    s->nwarnings = 0;
    if (load_actors(s, &err) != 0)
        warn(s, err.msg);
    game_free(&s->game);
    game_init(&s->game, &s->scenario, &s->catalogue, &s->rulebook, seed);
    memset(s->npending, 0, sizeof s->npending);
}

bool session_over(const Session *s)
{
    return s->game.world.outcome != OUT_NONE;
}

Outcome session_step(Session *s)
{
    TurnHooks hooks = { s, session_decide, session_react };
    s->sb->game = &s->game;
    Outcome o = turn_resolve(&s->game, &hooks);
    s->sb->game = NULL;
    return o;
}

int session_set_orders(Session *s, Actor a, const char *const *actions, int n, Error *err)
{
    if (n > MAX_ORDERS)
        return error_set(err, ERR_USAGE, "at most %d orders a turn", MAX_ORDERS), -1;
    int spent = 0;
    for (int i = 0; i < n; i++) {
        int action = catalogue_find(&s->catalogue, actions[i]);
        const char *why = action < 0 ? "no such action"
                                     : action_blocker(&s->game, s->game.world.v, a, action, spent);
        if (why)
            return error_set(err, ERR_USAGE, "%s cannot %s now: %s", actor_title(a), actions[i], why), -1;
        spent += s->catalogue.actions[action].cost;
        s->pending[a][i] = (Order){ .actor = (uint8_t)a, .action = (uint16_t)action };
    }
    s->npending[a] = n;
    return 0;
}

static int compare_ids(const void *a, const void *b) { return strcmp(a, b); }

int session_list_scenarios(const char *root, char ids[][ID_LEN], int max)
{
    char path[600];
    snprintf(path, sizeof path, "%s/scripts/scenarios", root);
    DIR *dir = opendir(path);
    if (!dir)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) && n < max) {
        size_t len = strlen(e->d_name);
        if (len > 4 && len - 4 < ID_LEN && strcmp(e->d_name + len - 4, ".lua") == 0) {
            snprintf(ids[n], ID_LEN, "%.*s", (int)(len - 4), e->d_name);
            n++;
        }
    }
    closedir(dir);
    qsort(ids, (size_t)n, sizeof ids[0], compare_ids);
    return n;
}
