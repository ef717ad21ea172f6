/* The loaders of the action catalogue, the actors and their rules, mods'
 * rules and events, and mod manifests (scenarios: load_scenario.c). */
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader_source.h"
#include "mods.h"
#include "suggest.h"

static int read_action(Source *src, int t, Action *act)
{
    char where[80] = "an action";
    memset(act, 0, sizeof *act);
    if (src_string(src, t, "id", act->id, sizeof act->id, true, where) != 0)
        return -1;
    src->anchor = act->id;
    snprintf(where, sizeof where, _("action '%s'"), act->id);
    double cost = 1, goldstein = 0, escalation = 0;
    int rc = src_fields(src, t, action_fields, where);
    rc |= src_string(src, t, "name", act->name, sizeof act->name, true, where);
    rc |= src_string(src, t, "track", act->track, sizeof act->track, true, where);
    rc |= src_string(src, t, "text", act->text, sizeof act->text, false, where);
    rc |= src_string(src, t, "news", act->news, sizeof act->news, false, where);
    rc |= src_join(src, t, "sources", act->sources, sizeof act->sources, true, where);
    rc |= src_mask(src, t, "actors", &act->actors, actor_find, suggest_actor, where, "actor");
    rc |= src_mask(src, t, "backs", &act->backs, faction_find, suggest_faction, where, "faction");
    rc |= src_mask(src, t, "opposes", &act->opposes, faction_find, suggest_faction, where, "faction");
    rc |= src_number(src, t, "cost", &cost, 0, 5, where);
    rc |= src_number(src, t, "goldstein", &goldstein, -10, 10, where);
    rc |= src_number(src, t, "escalation", &escalation, -2, 60, where);
    if (rc == 0 && !act->actors)
        rc = src_fail(src, "actors", _("%s: expected 'actors' to name who may take it"), where);
    act->cost = (int)cost;
    act->goldstein = goldstein;
    act->escalation = escalation;
    lua_getfield(src->sb->L, t, "secret");
    act->secret = lua_toboolean(src->sb->L, -1);
    lua_pop(src->sb->L, 1);
    rc |= src_clauses(src, t, "requires", act->pre, sizeof *act->pre, MAX_PREREQS, &act->npre, src_prereq_clause,
                        where, src_condition_form());
    rc |= src_clauses(src, t, "effects", act->eff, sizeof *act->eff, MAX_EFFECTS, &act->neff, src_effect_clause,
                        where, _("'variable op number [~ sd]' with op one of = += -= *= >= <=, or 'intel ACTOR *= x'"));
    src->anchor = NULL;
    return rc ? -1 : 0;
}

/* Read the list of actions on top of the stack into c: new ids are added;
 * a known id is refused (replace = false) or replaced, with owner noted. */
static int read_actions(Source *src, Catalogue *c, bool replace, char owner[][ID_LEN], const char *mod,
                        Problems *notes)
{
    lua_State *L = src->sb->L;
    int t = lua_gettop(L);
    int rc = 0;
    bool seen[MAX_ACTIONS] = { false };
    for (lua_Integer i = 1; i <= luaL_len(L, t); i++) {
        lua_rawgeti(L, t, i);
        Action act;
        if (!lua_istable(L, -1)) {
            rc = src_fail(src, NULL, _("action %d: expected a table"), (int)i);
        } else if (read_action(src, lua_gettop(L), &act) != 0) {
            rc = -1;
        } else {
            int at = catalogue_find(c, act.id);
            if (at >= 0 && (!replace || seen[at])) {
                rc = src_fail(src, act.id, _("action '%s' is defined twice"), act.id);
            } else if (at < 0 && c->count == MAX_ACTIONS) {
                rc = src_fail(src, act.id, ngettext("more than %d action", "more than %d actions", MAX_ACTIONS), MAX_ACTIONS);
            } else {
                if (at < 0)
                    at = c->count++;
                else if (owner && owner[at][0] && strcmp(owner[at], mod) != 0)
                    problems_add(notes, _("%s: action '%s' is defined by mods '%s' and '%s'; '%s' loads later and is used"),
                                 src->path, act.id, owner[at], mod, mod);
                c->actions[at] = act;
                seen[at] = true;
                if (owner)
                    snprintf(owner[at], ID_LEN, "%s", mod ? mod : "");
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

typedef struct ActionsLoad {
    Catalogue *c;
    bool replace;
    char (*owner)[ID_LEN];
    const char *mod;
    Problems *notes;
} ActionsLoad;

static int actions_body(Source *src, int t, void *ctx)
{
    (void)t;
    ActionsLoad *a = ctx;
    return read_actions(src, a->c, a->replace, a->owner, a->mod, a->notes);
}

int load_catalogue(Sandbox *sb, const char *path, Catalogue *c, Error *err)
{
    c->count = 0;
    ActionsLoad a = { .c = c };
    return src_load(sb, path, actions_body, &a, 0, err);
}

int load_catalogue_patch(Sandbox *sb, const char *path, Catalogue *c, char owner[][ID_LEN], const char *mod,
                         Problems *notes, Error *err)
{
    ActionsLoad a = { .c = c, .replace = true, .owner = owner, .mod = mod, .notes = notes };
    return src_load(sb, path, actions_body, &a, 0, err);
}

static int read_rule(Source *src, int t, Actor a, const Catalogue *c, Rulebook *r)
{
    lua_State *L = src->sb->L;
    Rule rule = { .actor = a };
    if (src_string(src, t, "id", rule.id, sizeof rule.id, true, _("a rule")) != 0)
        return -1;
    src->anchor = rule.id;
    char where[80];
    snprintf(where, sizeof where, _("rule '%s'"), rule.id);
    int rc = src_fields(src, t, rule_fields, where);
    rc |= src_string(src, t, "reason", rule.reason, sizeof rule.reason, true, where);
    rc |= src_join(src, t, "sources", rule.sources, sizeof rule.sources, true, where);
    if (rc == 0 && !rule.reason[0])
        rc = src_fail(src, "reason", _("%s: the reason must say why in plain words"), where);
    int when = lua_getfield(L, t, "when");
    lua_pop(L, 1);
    if (when == LUA_TTABLE) {
        rc |= src_conditions(src, t, where);
    } else if (when != LUA_TFUNCTION) {
        rc = src_fail(src, "when", _("%s: expected when = function(view) ... end, or a list of conditions"), where);
    }
    if (lua_getfield(L, t, "favours") != LUA_TTABLE) {
        rc = src_fail(src, "favours", _("%s: expected favours = { action = weight, ... }"), where);
    } else {
        char hint[80];
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            const char *action = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            int i = catalogue_find(c, action);
            if (i < 0)
                rc = src_fail(src, action, _("%s: favours '%s', which is not an action%s"), where, action,
                          suggest_hint(action, suggest_action, c, hint, sizeof hint));
            else if (!(c->actions[i].actors & (1u << a)))
                rc = src_fail(src, action, _("%s: favours '%s', which is not an action of %s"), where, action, actor_name(a));
            else if (!lua_isnumber(L, -1))
                rc = src_fail(src, action, _("%s: favours '%s' with a weight that is not a number"), where, action);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (rc == 0 && rulebook_find(r, rule.id) >= 0)
        rc = src_fail(src, rule.id, _("rule '%s' is defined twice"), rule.id);
    src->anchor = NULL;
    if (rc != 0)
        return -1;
    if (rulebook_add(r, &rule) < 0) {
        error_set(src->err, ERR_INTERNAL, _("out of memory"));
        return -1;
    }
    return 0;
}

/* The rules in the list at idx; with `append_to`, those that apply are also
 * appended to that list (an actor's own rules). */
static int read_rules(Source *src, int list, Actor a, const Catalogue *c, Rulebook *r, int append_to,
                      const char *scenario)
{
    lua_State *L = src->sb->L;
    int rc = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, list); i++) {
        lua_rawgeti(L, list, i);
        int rule = lua_gettop(L);
        if (!lua_istable(L, rule)) {
            rc = src_fail(src, "rules", _("rule %d: expected a table"), (int)i);
        } else if (scenario && !event_applies(L, rule, scenario)) {
            /* another scenario's rule */
        } else if (read_rule(src, rule, a, c, r) != 0) {
            rc = -1;
        } else if (append_to) {
            lua_pushvalue(L, rule);
            lua_rawseti(L, append_to, luaL_len(L, append_to) + 1);
        }
        lua_settop(L, rule - 1);
    }
    return rc;
}

typedef struct ActorLoad {
    Actor actor;
    const Catalogue *c;
    Rulebook *r;
    int *ref, actor_ref;
    const char *scenario;
} ActorLoad;

static int actor_body(Source *src, int t, void *ctx)
{
    ActorLoad *load = ctx;
    lua_State *L = src->sb->L;
    int rc = 0;
    /* read raw, as the session reads it when the actor decides */
    lua_pushliteral(L, "decide");
    if (lua_rawget(L, t) != LUA_TFUNCTION)
        rc = src_fail(src, "decide", _("expected the script to return a table with decide = function(view)"));
    lua_pop(L, 1);
    if (lua_getfield(L, t, "rules") == LUA_TTABLE)
        rc |= read_rules(src, lua_gettop(L), load->actor, load->c, load->r, 0, NULL);
    lua_settop(L, t);
    if (rc == 0)
        *load->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return rc ? -1 : 0;
}

int load_actor(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int *ref, Error *err)
{
    sb->catalogue = c;
    ActorLoad load = { .actor = a, .c = c, .r = r, .ref = ref };
    return src_load(sb, path, actor_body, &load, 0, err);
}

static int rules_body(Source *src, int list, void *ctx)
{
    ActorLoad *load = ctx;
    lua_State *L = src->sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, load->actor_ref);
    if (!lua_istable(L, -1) || lua_getfield(L, -1, "rules") != LUA_TTABLE)
        return src_fail(src, NULL, _("%s's script has no 'rules' list to add to: a mod's rules need an actor built with "
                    "require(\"ai\").actor"), actor_name(load->actor));
    return read_rules(src, list, load->actor, load->c, load->r, lua_gettop(L), load->scenario);
}

int load_rules(Sandbox *sb, const char *path, Actor a, const Catalogue *c, Rulebook *r, int actor_ref,
               const char *scenario, Error *err)
{
    sb->catalogue = c;
    ActorLoad load = { .actor = a, .c = c, .r = r, .actor_ref = actor_ref, .scenario = scenario };
    return src_load(sb, path, rules_body, &load, 0, err);
}

static int events_body(Source *src, int t, void *ctx)
{
    (void)ctx;
    return src_check_event_list(src, t, "the file", true) < 0 ? -1 : 0;
}

int load_events(Sandbox *sb, const char *path, Error *err)
{
    return src_load(sb, path, events_body, NULL, 1, err);
}

bool event_applies(lua_State *L, int idx, const char *scenario)
{
    if (lua_getfield(L, idx, "scenarios") != LUA_TTABLE) {
        lua_pop(L, 1);
        return true;
    }
    bool found = false;
    for (lua_Integer i = 1; !found && i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        found = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), scenario) == 0;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return found;
}

static bool mod_name_ok(const char *name)
{
    if (!*name || strlen(name) >= ID_LEN)
        return false;
    for (const char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
            return false;
    return true;
}

static int manifest_body(Source *src, int t, void *ctx)
{
    Mod *m = ctx;
    lua_State *L = src->sb->L;
    double api = 0;
    char after[MOD_AFTER * ID_LEN + 16] = "", licence[sizeof m->licence] = "";
    int rc = src_fields(src, t, manifest_fields, "mod.lua");
    rc |= src_string(src, t, "name", m->name, sizeof m->name, true, "mod.lua");
    rc |= src_string(src, t, "version", m->version, sizeof m->version, true, "mod.lua");
    rc |= src_string(src, t, "author", m->author, sizeof m->author, true, "mod.lua");
    rc |= src_string(src, t, "licence", m->licence, sizeof m->licence, false, "mod.lua");
    rc |= src_string(src, t, "license", licence, sizeof licence, false, "mod.lua");
    rc |= src_string(src, t, "description", m->description, sizeof m->description, false, "mod.lua");
    rc |= src_join(src, t, "load_after", after, sizeof after, false, "mod.lua");
    if (!m->licence[0])
        snprintf(m->licence, sizeof m->licence, "%s", licence);
    if (rc == 0 && !m->licence[0])
        rc = src_fail(src, NULL, _("mod.lua: expected 'licence' to say how the mod may be shared (e.g. \"CC-BY-4.0\")"));
    if (rc == 0 && !mod_name_ok(m->name))
        rc = src_fail(src, "name", _("mod.lua: the name '%s' must be 1-39 lower-case letters, digits, _ or -"), m->name);
    if (lua_getfield(L, t, "api") != LUA_TNUMBER || !lua_isinteger(L, -1))
        rc = src_fail(src, "api", _("mod.lua: expected 'api' to be a whole number: the API version the mod was written "
                  "for (this game provides %d)"), REDLINE_API);
    else if ((api = (double)lua_tointeger(L, -1)) < 1 || api > REDLINE_API)
        rc = src_fail(src, "api", _("mod.lua: the mod needs API %g; this game provides API %d (see docs/modding.md, "
                  "Compatibility)"), api, REDLINE_API);
    lua_pop(L, 1);
    m->api = (int)api;
    char *tok_at;
    for (char *tok = strtok_r(after, ", ", &tok_at); tok && rc == 0; tok = strtok_r(NULL, ", ", &tok_at)) {
        if (m->nafter == MOD_AFTER)
            rc = src_fail(src, "load_after", ngettext("mod.lua: at most %d name in load_after", "mod.lua: at most %d names in load_after", MOD_AFTER), MOD_AFTER);
        else
            snprintf(m->after[m->nafter++], ID_LEN, "%s", tok);
    }
    return rc ? -1 : 0;
}

int load_manifest(Sandbox *sb, const char *path, Mod *m, Error *err)
{
    memset(m, 0, sizeof *m);
    return src_load(sb, path, manifest_body, m, 0, err);
}
