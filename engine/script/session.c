#include "session.h"

#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/text.h"
#include "loader.h"
#include "lua_ai.h"
#include "lua_view.h"
#include "lua_world.h"
#include "session_decide.h"
#include "session_events.h"
#include "suggest.h"

void session_warn(Session *s, const char *msg)
{
    if (s->nwarnings < MAX_WARNINGS)
        snprintf(s->warnings[s->nwarnings++], sizeof s->warnings[0], "%.399s", msg);
}

static void warnf(Session *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void warnf(Session *s, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    session_warn(s, msg);
}

static int set_script_paths(Session *s, const SessionConfig *cfg, Error *err)
{
    for (int a = 0; a < ACTOR_COUNT; a++) {
        s->strategy[a] = cfg->script[a] != NULL;
        if (!cfg->script[a])
            text_format(s->script_path[a], sizeof s->script_path[a], "scripts/actors/%s.lua", actor_name((Actor)a));
        else if (!text_format(s->script_path[a], sizeof s->script_path[a], "%s", cfg->script[a]))
            return error_set(err, ERR_USAGE, ngettext("%.200s...: the path of %s's script is too long (%zu characters; at most %zu) -- "
                                      "move the script to a shorter path", "%.200s...: the path of %s's script is too "
                                      "long (%zu characters; at most %zu) -- move the script to a shorter path",
                                      sizeof s->script_path[a] - 1), cfg->script[a], actor_name((Actor)a),
                             strlen(cfg->script[a]), sizeof s->script_path[a] - 1), -1;
    }
    return 0;
}

/* An actor built by ai.actor prepares its rules when built; after a mod adds
 * to them it is told, so that deciding never has to check. */
static int tell_rules_added(Session *s, int actor_ref, const char *path, Error *err)
{
    lua_State *L = s->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, actor_ref);
    lua_pushliteral(L, "rules_added");
    if (lua_rawget(L, -2) != LUA_TFUNCTION) {
        lua_pop(L, 2);
        return 0;
    }
    lua_remove(L, -2);
    return sandbox_call(s->sb, 0, 0, path, err);
}

/* The mods' rules/ACTOR.lua files, added to the actors they name (except
 * actors a user's strategy plays). */
static int load_mod_rules(Session *s, Rulebook *rules, const int *refs, Error *err)
{
    char hint[80];
    for (int m = 0; m < s->mods.count; m++) {
        char names[ACTOR_COUNT * 2][ID_LEN];
        int n = mods_list(s->sb->root, s->mods.mod[m].dir, "rules", names, ACTOR_COUNT * 2);
        for (int f = 0; f < n; f++) {
            char path[600];
            snprintf(path, sizeof path, "%s/rules/%.39s.lua", s->mods.mod[m].dir, names[f]);
            int a = actor_find(names[f]);
            if (a < 0)
                return error_set(err, ERR_DATA, _("%s:1: rules files are named after the actor they add to; '%s' is not "
                                 "an actor%s"), path, names[f], suggest_hint(names[f], suggest_actor, NULL, hint, sizeof hint)), -1;
            if (s->strategy[a])
                continue;
            if (load_rules(s->sb, path, (Actor)a, &s->catalogue, rules, refs[a], s->scenario.id, err) != 0 ||
                tell_rules_added(s, refs[a], path, err) != 0)
                return -1;
        }
    }
    return 0;
}

/* Rule id -> index in the rulebook, for reading the reasons orders give. */
static void index_rules(Session *s)
{
    lua_State *L = s->sb->L;
    lua_createtable(L, 0, s->rulebook.count);
    for (int i = 0; i < s->rulebook.count; i++) {
        lua_pushinteger(L, i);
        lua_setfield(L, -2, s->rulebook.rules[i].id);
    }
    luaL_unref(L, LUA_REGISTRYINDEX, s->rule_index_ref);
    s->rule_index_ref = luaL_ref(L, LUA_REGISTRYINDEX);
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
    if (a < ACTOR_COUNT || load_mod_rules(s, &rules, refs, err) != 0) {
        while (a-- > 0)
            luaL_unref(s->sb->L, LUA_REGISTRYINDEX, refs[a]);
        rulebook_free(&rules);
        return -1;
    }
    rulebook_free(&s->rulebook);
    s->rulebook = rules;
    index_rules(s);
    for (a = 0; a < ACTOR_COUNT; a++) {
        lua_rawgeti(s->sb->L, LUA_REGISTRYINDEX, refs[a]);
        ai_finish(s->sb->L, -1, s->rule_index_ref);
        lua_pop(s->sb->L, 1);
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, s->actor_ref[a]);
        s->actor_ref[a] = refs[a];
    }
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

/* The game's actions, then each mod's additions and replacements. */
static int load_actions(Session *s, Error *err)
{
    char owner[MAX_ACTIONS][ID_LEN] = { { 0 } };
    Problems *notes = calloc(1, sizeof *notes);
    if (!notes)
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    int rc = load_catalogue(s->sb, "scripts/actions.lua", &s->catalogue, err);
    for (int m = 0; m < s->mods.count && rc == 0; m++) {
        char path[600];
        snprintf(path, sizeof path, "%.400s/actions.lua", s->mods.mod[m].dir);
        if (sandbox_mtime(s->sb, path) != 0)
            rc = load_catalogue_patch(s->sb, path, &s->catalogue, owner, s->mods.mod[m].name, notes, err);
    }
    for (int i = 0; i < notes->count; i++)
        session_warn(s, notes->msg[i]);
    free(notes);
    return rc;
}

/* Where what the scripts remember is reached from: what the engine calls
 * while a game runs, the actors' decide and the events' when and apply;
 * what none of them reaches (the scenario's own table, read when loaded)
 * no script can change. */
enum { MEMORY_ROOTS = ACTOR_COUNT + 1 };

/* Record what they reach (walk NULL), or whether what the roots walk names
 * reach is as recorded. */
static bool script_memory(Session *s, const bool *walk)
{
    int roots[MEMORY_ROOTS];
    memcpy(roots, s->actor_ref, sizeof s->actor_ref);
    roots[ACTOR_COUNT] = s->events_ref;
    if (walk)
        return memory_unchanged(s->sb->L, roots, MEMORY_ROOTS, &s->memory, walk);
    memory_release(s->sb->L, &s->memory);
    return memory_record(s->sb->L, roots, MEMORY_ROOTS, &s->memory);
}

/* The scenario, its events and the mods', and the actors: everything a new
 * game (or a reload) reads again. On failure the session keeps what it had. */
static int load_game_scripts(Session *s, const char *id, Error *err)
{
    Scenario *fresh = malloc(sizeof *fresh);
    if (!fresh)
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    char path[128];
    snprintf(path, sizeof path, "scripts/scenarios/%s.lua", id);
    int ref = LUA_NOREF, events_ref = LUA_NOREF, nevents = 0;
    SessionEvent *events = malloc(sizeof s->events);
    Scenario old = s->scenario;
    int rc = -1;
    char shown[600];
    sandbox_resolve(s->sb, path, shown, sizeof shown);
    if (events && load_scenario(s->sb, path, &s->catalogue, fresh, &ref, err) == 0 &&
        events_build(s, ref, fresh->id, shown, &events_ref, events, &nevents, err) == 0) {
        s->scenario = *fresh;           /* the mods' rules look at the scenario's id */
        rc = load_actors(s, err);
        if (rc != 0)
            s->scenario = old;
    }
    if (rc == 0) {
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, s->scenario_ref);
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, s->events_ref);
        s->scenario_ref = ref;
        s->events_ref = events_ref;
        s->nevents = nevents;
        memcpy(s->events, events, sizeof s->events);
        if (s->turns_override > 0)
            s->scenario.turns = s->turns_override;
        script_memory(s, NULL);
        s->loads++;
    } else {
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, ref);
        luaL_unref(s->sb->L, LUA_REGISTRYINDEX, events_ref);
    }
    free(events);
    free(fresh);
    return rc;
}

static void fresh_state(Session *s)
{
    lua_newtable(s->sb->L);
    lua_setfield(s->sb->L, LUA_REGISTRYINDEX, "redline.state");
}

static void drop_scripts(Session *s)
{
    s->direct_calls = -1;       /* the decides remembered were the old state's */
    memory_release(s->sb ? s->sb->L : NULL, &s->memory);
    rulebook_free(&s->rulebook);
    sandbox_free(s->sb);
    s->sb = NULL;
    s->scenario_ref = s->events_ref = s->rule_index_ref = LUA_NOREF;
    for (int a = 0; a < ACTOR_COUNT; a++)
        s->actor_ref[a] = LUA_NOREF;
}

static int open_scripts(Session *s, const SessionConfig *cfg, Error *err)
{
    drop_scripts(s);
    s->sb = sandbox_new(cfg->root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    if (!s->sb)
        return error_set(err, ERR_INTERNAL, _("cannot create the Lua state")), -1;
    s->sb->mods = &s->mods;
    s->sb->track = true;
    fresh_state(s);
    if (load_actions(s, err) != 0 || load_game_scripts(s, cfg->scenario, err) != 0)
        return -1;
    return 0;
}

static void scenario_path(const ModSet *mods, const char *root, const char *id, char *out, size_t size)
{
    char rel[128];
    snprintf(rel, sizeof rel, "scripts/scenarios/%s.lua", id);
    if (!mods || !mods_resolve(mods, root, rel, out, size))
        snprintf(out, size, "%s", rel);
}

static void mod_notes(Session *s)
{
    for (int i = 0; i < s->mods.nnotes; i++)
        session_warn(s, s->mods.notes[i]);
}

Session *session_open(const SessionConfig *cfg, Error *err)
{
    Session *s = calloc(1, sizeof *s);
    if (!s) {
        error_set(err, ERR_INTERNAL, _("out of memory"));
        return NULL;
    }
    s->memory.anchor_ref = LUA_NOREF;
    if (cfg->mods)
        s->mods = *cfg->mods;
    s->turns_override = cfg->turns;
    s->reload_interval_ms = 250;
    if (set_script_paths(s, cfg, err) != 0) {
        free(s);
        return NULL;
    }
    mod_notes(s);
    if (!scenario_id_ok(cfg->scenario)) {
        error_set(err, ERR_USAGE, _("unknown scenario '%s'"), cfg->scenario);
        free(s);
        return NULL;
    }
    /* A mod that fails to load is switched off for this game, with a warning
     * naming it; the game goes on with the others, and a scenario it stood in
     * for is the game's (or another mod's) again. Only a scenario nothing
     * else provides makes its error the game's. */
    while (open_scripts(s, cfg, err) != 0) {
        int bad = mods_named_in(&s->mods, err->msg);
        char path[600];
        scenario_path(&s->mods, cfg->root, cfg->scenario, path, sizeof path);
        bool its_scenario = bad >= 0 && mods_named_in(&s->mods, path) == bad;
        if (bad < 0 || err->code != ERR_DATA) {
            session_free(s);
            return NULL;
        }
        char name[ID_LEN];
        snprintf(name, sizeof name, "%s", s->mods.mod[bad].name);
        mods_remove(&s->mods, bad);
        scenario_path(&s->mods, cfg->root, cfg->scenario, path, sizeof path);
        if (its_scenario && sandbox_mtime(s->sb, path) == 0) {
            session_free(s);
            return NULL;
        }
        warnf(s, "mod '%s' is switched off for this game%s%s%s: %s", name, its_scenario ? " (its scenario is played from " : "",
              its_scenario ? path : "", its_scenario ? " instead)" : "", err->msg);
    }
    memcpy(s->human, cfg->human, sizeof s->human);
    session_set_teams(s, cfg->team);
    game_init(&s->game, &s->scenario, &s->catalogue, &s->rulebook, cfg->seed);
    return s;
}

/* Team names are the teacher's own words: kept as typed (cut to fit, control
 * characters dropped), and only for roles a team plays. */
void session_set_teams(Session *s, const char *const *team)
{
    for (int a = 0; a < ACTOR_COUNT; a++) {
        char *out = s->team[a];
        size_t n = 0;
        const char *in = team && s->human[a] && team[a] ? team[a] : "";
        while (*in == ' ')
            in++;
        for (; *in && n + 1 < TEAM_LEN; in++)
            if ((unsigned char)*in >= 0x20 && *in != 0x7f)
                out[n++] = *in;
        /* cut at the limit: never leave half a UTF-8 sequence */
        size_t k = n;
        while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
            k--;
        if (k > 0 && (unsigned char)out[k - 1] >= 0xC0) {
            unsigned char lead = (unsigned char)out[k - 1];
            size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (n - (k - 1) < need)
                n = k - 1;
        }
        while (n > 0 && out[n - 1] == ' ')
            n--;
        out[n] = '\0';
    }
}

void session_free(Session *s)
{
    if (!s)
        return;
    game_free(&s->game);
    rulebook_free(&s->rulebook);
    texts_sources_free(&s->notes);
    memory_release(s->sb ? s->sb->L : NULL, &s->memory);
    sandbox_free(s->sb);
    free(s);
}

/* Every game starts from the scripts as loaded, so that nothing they
 * remembered carries over from one game to the next: they are loaded again
 * unless the last game left their memory exactly as it was. */
void session_restart(Session *s, uint64_t seed)
{
    Error err;
    s->nwarnings = 0;
    mod_notes(s);
    /* an actor whose decide ran no Lua kept what it had, unless the events'
     * code, whose root is always walked, reaches it */
    bool ran[MEMORY_ROOTS] = { [ACTOR_COUNT] = true };
    memcpy(ran, s->script_ran, sizeof s->script_ran);
    memset(s->script_ran, 0, sizeof s->script_ran);
    bool untouched = script_memory(s, ran);
    if (!untouched && load_game_scripts(s, s->scenario.id, &err) != 0)
        session_warn(s, err.msg);
    fresh_state(s);
    game_free(&s->game);
    game_init(&s->game, &s->scenario, &s->catalogue, &s->rulebook, seed);
    memset(s->npending, 0, sizeof s->npending);
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static bool is_catalogue(const char *path)
{
    size_t n = strlen(path);
    return n >= 11 && strcmp(path + n - 11, "actions.lua") == 0;
}

int session_reload(Session *s)
{
    Sandbox *sb = s->sb;
    char changed[400] = "";
    int nchanged = 0;
    bool actions = false;
    for (int i = 0; i < sb->nfiles; i++) {
        long long mtime = sandbox_mtime(sb, sb->files[i].path);
        if (mtime == sb->files[i].mtime_ns)
            continue;
        sb->files[i].mtime_ns = mtime;
        actions |= is_catalogue(sb->files[i].path);
        size_t used = strlen(changed);
        snprintf(changed + used, sizeof changed - used, "%s%s", nchanged ? ", " : "", sb->files[i].path);
        nchanged++;
    }
    if (nchanged == 0)
        return 0;
    int turn = s->game.world.turn + 1;
    if (actions)
        warnf(s, "%s changed: actions take effect in a new game", changed);
    Error err;
    if (load_game_scripts(s, s->scenario.id, &err) != 0)
        warnf(s, "%.300s (turn %d: the previous version keeps running)", err.msg, turn);
    else if (!actions)
        warnf(s, "%s changed: reloaded before turn %d", changed, turn);
    /* what the reload read is now current */
    for (int i = 0; i < sb->nfiles; i++)
        sb->files[i].mtime_ns = sandbox_mtime(sb, sb->files[i].path);
    return nchanged;
}

bool session_over(const Session *s)
{
    return s->game.world.outcome != OUT_NONE;
}

Outcome session_step(Session *s)
{
    long long now = s->reload_interval_ms > 0 ? now_ms() : 0;
    if (s->reload_interval_ms <= 0 || now - s->reload_checked_ms >= s->reload_interval_ms) {
        s->reload_checked_ms = now;
        session_reload(s);
    }
    TurnHooks hooks = { .ctx = s, .orders = session_orders, .decide = session_decide, .react = events_react };
    s->sb->game = &s->game;
    Outcome o = turn_resolve(&s->game, &hooks);
    s->sb->game = NULL;
    return o;
}

int session_set_orders(Session *s, Actor a, const char *const *actions, int n, Error *err)
{
    if (n > MAX_ORDERS)
        return error_set(err, ERR_USAGE, ngettext("at most %d order a turn", "at most %d orders a turn", MAX_ORDERS), MAX_ORDERS), -1;
    int spent = 0;
    for (int i = 0; i < n; i++) {
        int action = catalogue_find(&s->catalogue, actions[i]);
        const char *why = action < 0 ? N_("no such action")
                                     : action_blocker(&s->game, s->game.world.v, a, action, spent);
        /* TRANSLATORS: an actor's name ("Iran"), the id of the action ordered as it was typed
         * (sanctions_relief), and why it cannot be taken ("not enough political capital"). */
        if (why)
            return error_set(err, ERR_USAGE, _("%s cannot %s now: %s"), _(actor_title(a)), actions[i], _(why)), -1;
        spent += s->catalogue.actions[action].cost;
        s->pending[a][i] = (Order){ .actor = (uint8_t)a, .action = (uint16_t)action };
    }
    s->npending[a] = n;
    return 0;
}

static int intervene(Session *s, Intervention *iv, const char *reason, Error *err)
{
    snprintf(iv->reason, sizeof iv->reason, "%s", reason ? reason : "");
    if (game_intervene(&s->game, iv) != 0)
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    return 0;
}

int session_inject(Session *s, int index, const char *reason, Error *err)
{
    if (index < 0 || index >= s->scenario.ninjects)
        return error_set(err, ERR_USAGE, _("scenario %s has no inject %d"), s->scenario.id, index), -1;
    const Inject *inj = &s->scenario.injects[index];
    Intervention iv = { .kind = IV_INJECT, .neff = inj->neff };
    snprintf(iv.text, sizeof iv.text, "%s", inj->text);
    memcpy(iv.eff, inj->eff, sizeof iv.eff);
    return intervene(s, &iv, reason, err);
}

int session_inject_new(Session *s, const char *text, const char *const *effects, int n, const char *reason,
                       Error *err)
{
    if (!text || !*text)
        return error_set(err, ERR_USAGE, _("an inject needs a text everyone can read")), -1;
    if (n > MAX_EFFECTS)
        return error_set(err, ERR_USAGE, ngettext("at most %d effect", "at most %d effects", MAX_EFFECTS), MAX_EFFECTS), -1;
    Intervention iv = { .kind = IV_INJECT, .neff = n };
    snprintf(iv.text, sizeof iv.text, "%s", text);
    for (int i = 0; i < n; i++)
        if (!effect_parse(effects[i], &iv.eff[i]) || iv.eff[i].op == EFF_INTEL)
            return error_set(err, ERR_USAGE, _("cannot read the effect '%s'; expected 'variable op number', op one of "
                             "= += -= *= >= <="), effects[i]), -1;
    return intervene(s, &iv, reason, err);
}

int session_set_var(Session *s, const char *var, double value, const char *reason, Error *err)
{
    int v = var_find(var);
    char hint[120];
    if (v < 0)
        return error_set(err, ERR_USAGE, _("unknown variable '%s'%s"), var,
                         suggest_hint(var, suggest_var, NULL, hint, sizeof hint)), -1;
    if (value < var_info[v].min || value > var_info[v].max)
        return error_set(err, ERR_USAGE, _("%s must be from %g to %g"), var, var_info[v].min, var_info[v].max), -1;
    if (!reason || !*reason)
        return error_set(err, ERR_USAGE, _("say why %s is changed: the debrief shows the reason"), var), -1;
    Intervention iv = { .kind = IV_SET, .neff = 1, .eff = { { (Var)v, EFF_SET, value, 0 } } };
    snprintf(iv.text, sizeof iv.text, "The facilitator sets %s to %g.", var, value);
    return intervene(s, &iv, reason, err);
}

int session_pause(Session *s, const char *text, const char *reason, Error *err)
{
    Intervention iv = { .kind = IV_PAUSE };
    snprintf(iv.text, sizeof iv.text, "%s", text && *text ? text : "The facilitator pauses the game.");
    return intervene(s, &iv, reason, err);
}
