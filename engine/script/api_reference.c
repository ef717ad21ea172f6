/* The scripting API reference (`redline api`), written out from the engine's own
 * registries -- variables and parameters (vars.def, params.def), the world
 * module's table, the loaders' field lists, the action catalogue, the
 * sandbox's environment -- so the reference in docs/modding.md and the
 * editor stubs in docs/lua-stubs/ cannot drift from the code. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "../redline.h"
#include "api_doc.h"
#include "loader.h"
#include "lua_ai.h"
#include "mods.h"
#include "suggest.h"

/* ---- shared ----------------------------------------------------------------- */

static const char *seen_by(const VarInfo *v, char *out, size_t size)
{
    if (v->flags & TRANSIENT)
        snprintf(out, size, "everyone; this turn only");
    else if (v->visibility == PUBLIC)
        snprintf(out, size, "everyone");
    else if (v->visibility == OWNER)
        snprintf(out, size, "%s; others estimate", actor_name(v->owner));
    else
        snprintf(out, size, "nobody; all estimate");
    return out;
}

/* The game's own catalogue, without any mod. */
static int game_catalogue(const char *root, Catalogue *c, Error *err)
{
    Sandbox *sb = sandbox_new(root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    if (!sb)
        return error_set(err, ERR_INTERNAL, _("cannot create the Lua state")), -1;
    sb->mods = NULL;
    int rc = load_catalogue(sb, "scripts/actions.lua", c, err);
    sandbox_free(sb);
    return rc;
}

static void actors_of(unsigned mask, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (mask & (1u << a))
            used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s", used ? ", " : "",
                                     actor_name((Actor)a));
}

static void clause(char *out, size_t size, const char *sep, const char *text)
{
    size_t used = strlen(out);
    snprintf(out + used, size - used, "%s%s", used ? sep : "", text);
}

static void describe_requires(const Action *act, char *out, size_t size, const char *sep)
{
    static const char *const ops[] = { "<", "<=", ">", ">=", "==", "~=" };
    out[0] = '\0';
    for (int i = 0; i < act->npre; i++) {
        char one[96];
        snprintf(one, sizeof one, "%s %s %g", var_info[act->pre[i].var].name, ops[act->pre[i].cmp], act->pre[i].value);
        clause(out, size, sep, one);
    }
}

static void describe_effects(const Action *act, char *out, size_t size, const char *sep)
{
    out[0] = '\0';
    for (int i = 0; i < act->neff; i++) {
        const Effect *e = &act->eff[i];
        char one[120], spread[32] = "";
        if (e->sd > 0)
            snprintf(spread, sizeof spread, " ~ %g", e->sd);
        if (e->op == EFF_INTEL)
            snprintf(one, sizeof one, "intel %s *= %g", actor_name((Actor)e->var), e->value);
        else if (e->op == EFF_ADD)
            snprintf(one, sizeof one, "%s %s %g%s", var_info[e->var].name, e->value < 0 ? "-=" : "+=",
                     e->value < 0 ? -e->value : e->value, spread);
        else {
            static const char *const ops[] = { "+=", "*=", "=", ">=", "<=" };
            snprintf(one, sizeof one, "%s %s %g%s", var_info[e->var].name, ops[e->op], e->value, spread);
        }
        clause(out, size, sep, one);
    }
}

/* The names in the table on top of the stack, sorted (the sandbox's pairs). */
static int sorted_names(lua_State *L, const char **names, int max)
{
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2) && n < max) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING)
            names[n++] = lua_tostring(L, -1);
    }
    for (int i = 1; i < n; i++)
        for (int k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
            const char *t = names[k];
            names[k] = names[k - 1];
            names[k - 1] = t;
        }
    return n;
}

/* ---- markdown ------------------------------------------------------------------ */

/* Table cells: no line breaks or bars inside. */
static void cell(FILE *out, const char *text)
{
    for (const char *c = text; *c; c++)
        fputs(*c == '|' ? "\\|" : *c == '\n' ? " " : (char[]){ *c, 0 }, out);
}

static void md_fields(FILE *out, const char *title, const char *intro, const FieldDoc *fields)
{
    fprintf(out, "### %s\n\n%s\n\n| field | type | required | meaning |\n|---|---|---|---|\n", title, intro);
    for (const FieldDoc *f = fields; f->name; f++) {
        fprintf(out, "| `%s` | ", f->name);
        cell(out, f->type);
        fprintf(out, " | %s | ", f->required ? "yes" : "");
        cell(out, f->doc);
        fprintf(out, "%s\n", " |");
    }
    fprintf(out, "%s\n", "");
}

static void md_view(FILE *out)
{
    fprintf(out, "%s\n", "### The view\n\n`decide(view)` and every rule's `when(view)` get the actor's view: read-only, the world as that "
         "actor can know it. Values it cannot see exactly are estimates, the same however often they are read in a "
         "turn. Reading a field that is not listed here is an error that names the nearest field.\n\n| field | type | meaning |\n|---|---|---|");
    for (const ApiDoc *f = view_api; f->name; f++) {
        fprintf(out, "| `view.%s` | `%s` | ", f->name, f->signature);
        cell(out, f->doc);
        fprintf(out, "%s\n", " |");
    }
    fprintf(out, "%s\n", "\nand one field per variable, a number:\n\n| `view.` variable | unit | range | seen exactly by | meaning | "
         "sources |\n|---|---|---|---|---|---|");
    for (int v = 0; v < VAR_COUNT; v++) {
        char seen[64];
        fprintf(out, "| `%s` | %s | %g – %g | %s | ", var_info[v].name, var_info[v].unit, var_info[v].min, var_info[v].max,
               seen_by(&var_info[v], seen, sizeof seen));
        cell(out, var_info[v].description);
        fprintf(out, " | %s |\n", var_info[v].sources);
    }
    fprintf(out, "%s\n", "");
}

static void md_module(FILE *out, const char *title, const char *intro, const ApiDoc *fns)
{
    fprintf(out, "### %s\n\n%s\n\n| function | what it does |\n|---|---|\n", title, intro);
    for (const ApiDoc *f = fns; f->name; f++) {
        fprintf(out, "| `%s` | ", f->signature);
        cell(out, f->doc);
        fprintf(out, "%s\n", " |");
    }
    fprintf(out, "%s\n", "");
}

static void md_actions(FILE *out, const Catalogue *c)
{
    fprintf(out, "### The actions\n\nThe game's %d actions (scripts/actions.lua). An order names one by id; a mod's "
           "actions.lua adds more or replaces one by id.\n\n| id | who | track | cost | requires | effects | "
           "secret | sources |\n|---|---|---|---|---|---|---|---|\n", c->count);
    for (int i = 0; i < c->count; i++) {
        const Action *act = &c->actions[i];
        char who[200], req[400], eff[600];
        actors_of(act->actors, who, sizeof who);
        describe_requires(act, req, sizeof req, ", ");
        describe_effects(act, eff, sizeof eff, ", ");
        fprintf(out, "| `%s` | %s | %s | %d | %s | %s | %s | %s |\n", act->id, who, act->track, act->cost, req, eff,
               act->secret ? "yes" : "", act->sources);
    }
    fprintf(out, "%s\n", "");
}

static void md_params(FILE *out)
{
    fprintf(out, "%s\n", "### Parameters\n\nA scenario's `params` may set any of these within its range.\n\n| parameter | default | range "
         "| unit | meaning | sources |\n|---|---|---|---|---|---|");
    for (int p = 0; p < PARAM_COUNT; p++) {
        fprintf(out, "| `%s` | %g | %g – %g | %s | ", param_info[p].name, param_info[p].value, param_info[p].min,
                param_info[p].max, param_info[p].unit);
        cell(out, param_info[p].description);
        fprintf(out, " | %s |\n", param_info[p].sources);
    }
    fprintf(out, "%s\n", "");
}

static void md_names(FILE *out)
{
    fprintf(out, "%s\n", "### Actors, factions and outcomes\n\n| actor | who |\n|---|---|");
    for (int a = 0; a < ACTOR_COUNT; a++)
        fprintf(out, "| `%s` | %s |\n", actor_name((Actor)a), actor_title((Actor)a));
    fprintf(out, "%s\n", "\n| faction | who |\n|---|---|");
    for (int f = 0; f < FACTION_COUNT; f++)
        fprintf(out, "| `%s` | %s |\n", faction_name((Faction)f), faction_title((Faction)f));
    fputs("\nOutcomes:", out);
    for (int o = OUT_NONE + 1; o < OUTCOME_COUNT; o++)
        fprintf(out, "%s `%s`", o > OUT_NONE + 1 ? "," : "", outcome_name((Outcome)o));
    fprintf(out, "%s\n", ".\n");
}

static void md_sandbox(FILE *out, Sandbox *sb)
{
    lua_State *L = sb->L;
    sandbox_push_env(sb);
    const char *names[128];
    int n = sorted_names(L, names, 128);
    fprintf(out, "%s\n", "### What scripts can use\n\nEvery script runs in its own environment holding only these globals (and the "
         "libraries' functions listed); `io`, `os`, `package`, `debug`, `load`, `dofile`, `require` of anything but "
         "`ai` and scripts/lib, `collectgarbage` and `coroutine` are absent. `pairs` walks keys in sorted order; "
         "`math.random` draws from the game's seeded stream; `print` prints nothing.\n\n| global | what |\n|---|---|");
    for (int i = 0; i < n; i++) {
        lua_getfield(L, -1, names[i]);
        /* a read-only module is a proxy (or, for world, a userdata): list what it stands for */
        if ((lua_istable(L, -1) || lua_isuserdata(L, -1)) && luaL_getmetafield(L, -1, "__index") == LUA_TTABLE)
            lua_remove(L, -2);
        if (lua_istable(L, -1) && strcmp(names[i], "_G") != 0) {
            const char *fns[96];
            int k = sorted_names(L, fns, 96);
            fprintf(out, "| `%s` | ", names[i]);
            for (int j = 0; j < k; j++)
                fprintf(out, "%s`%s`", j ? ", " : "", fns[j]);
            fprintf(out, "%s\n", " |");
        } else {
            fprintf(out, "| `%s` | %s |\n", names[i], lua_istable(L, -1) ? "the environment itself" : luaL_typename(L, -1));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    fprintf(out, "%s\n", "");
}

static int markdown(FILE *out, const char *root, Error *err)
{
    Catalogue *c = calloc(1, sizeof *c);
    Sandbox *sb = sandbox_new(root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    if (!c || !sb || game_catalogue(root, c, err) != 0) {
        if (!c || !sb)
            error_set(err, ERR_INTERNAL, _("out of memory"));
        free(c);
        sandbox_free(sb);
        return -1;
    }
    fprintf(out, "<!-- Generated by `redline api --markdown` (API version %d) from the engine's registries: edit those, "
           "then run tools/api_doc.sh. -->\n\n", REDLINE_API);
    md_view(out);
    md_module(out, "The world module", "Events' `when(world)` and `apply(world, data)` get `world`. In `when` it only "
              "reads; in `apply` it may also change the world.", world_api);
    md_module(out, "The ai module", "`require(\"ai\")` gives the decision helper the built-in actors are written with.",
              ai_api);
    md_fields(out, "The temperament", "An ai actor's `temperament` (every field optional):", temperament_fields);
    md_fields(out, "Events", "An event table, in a scenario's `events` or a mod's events/*.lua (which return a list of them).",
              event_fields);
    md_fields(out, "Rules", "A rule table, in an actor script's `rules` or a mod's rules/ACTOR.lua (which returns a list of "
              "them).", rule_fields);
    md_fields(out, "Scenarios", "What scenarios/ID.lua returns.", scenario_fields);
    md_fields(out, "Objectives", "Each of a scenario's `objectives.ACTOR` (and of scripts/lib/baseline.lua's, every actor's default).",
              objective_fields);
    md_fields(out, "Changing objectives", "A scenario's `objectives.ACTOR` may, instead of a list, change the actor's list "
              "from scripts/lib/baseline.lua by objective id: `israel = { change = { breakout = { best = 55 } } }`. "
              "The ids it drops and changes must be in that list; it drops, then changes, then adds.",
              objective_change_fields);
    md_fields(out, "Injects", "Each of a scenario's `injects`: events a facilitator may inject during a class.",
              inject_fields);
    md_fields(out, "Actions", "An action table, in scripts/actions.lua or a mod's actions.lua.", action_fields);
    md_fields(out, "The mod manifest", "What a mod's mod.lua returns.", manifest_fields);
    md_actions(out, c);
    md_params(out);
    md_names(out);
    md_sandbox(out, sb);
    sandbox_free(sb);
    free(c);
    return 0;
}

/* ---- stubs for the Lua language server -------------------------------------------- */

static void doc_lines(FILE *out, const char *prefix, const char *text)
{
    fputs(prefix, out);
    for (const char *c = text; *c; c++)
        fputs(*c == '\n' ? " " : (char[]){ *c, 0 }, out);
    fputc('\n', out);
}

/* The language server's type for a field the loaders describe in words. */
static const char *luals_type(const char *cls, const FieldDoc *f)
{
    static const struct { const char *cls, *field, *type; } special[] = {
        { "Scenario", "initial", "table<VariableName, number|table>" },
        { "Scenario", "params", "table<string, number>" },
        { "Scenario", "capital", "table<ActorName, integer>" },
        { "Scenario", "objectives", "table<ActorName, Objective[]|ObjectiveChanges>" },
        { "ObjectiveChanges", "change", "table<string, table>" },
        { "Rule", "favours", "table<ActionId, number>" },
        { "Objective", "var", "VariableName" },
    };
    for (size_t i = 0; i < sizeof special / sizeof *special; i++)
        if (strcmp(special[i].cls, cls) == 0 && strcmp(special[i].field, f->name) == 0)
            return special[i].type;
    static const struct { const char *words, *type; } types[] = {
        { "string", "string" }, { "number", "number" }, { "boolean", "boolean" }, { "table", "table" },
        { "list of strings", "string[]" }, { "string or list", "string|string[]" }, { "list of events", "Event[]" },
        { "list of objectives", "Objective[]" },
        { "function(world) -> boolean", "fun(world: World): boolean" },
        { "function(world, data)", "fun(world: World, data?: table)" },
        { "function(view) -> boolean", "fun(view: View): boolean" },
        { "function(view) -> boolean, or list of strings", "(fun(view: View): boolean)|string[]" },
        { "function(world) -> boolean, or list of strings", "(fun(world: World): boolean)|string[]" },
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (strcmp(types[i].words, f->type) == 0)
            return types[i].type;
    return "any";
}

static void stub_class(FILE *out, const char *cls, const char *doc, const FieldDoc *fields)
{
    fprintf(out, "\n---%s\n---@class %s\n", doc, cls);
    for (const FieldDoc *f = fields; f->name; f++) {
        fprintf(out, "---@field %s%s %s ", f->name, f->required ? "" : "?", luals_type(cls, f));
        doc_lines(out, "", f->doc);
    }
}

static void stub_alias(FILE *out, const char *name, const char *(*at)(int, const void *), const void *ctx)
{
    fprintf(out, "\n---@alias %s\n", name);
    for (int i = 0;; i++) {
        const char *s = at(i, ctx);
        if (!s)
            break;
        fprintf(out, "---| \"%s\"\n", s);
    }
}

/* "world.set(name: string, value: number) -> t" as annotations and a stub. */
static void stub_function(FILE *out, const char *module, const ApiDoc *f)
{
    doc_lines(out, "\n--- ", f->doc);
    const char *open = strchr(f->signature, '('), *close = strrchr(f->signature, ')');
    char params[200] = "", names[200] = "";
    snprintf(params, sizeof params, "%.*s", (int)(close - open - 1), open + 1);
    char *p_at;
    for (char *p = strtok_r(params, ",", &p_at); p; p = strtok_r(NULL, ",", &p_at)) {
        while (*p == ' ')
            p++;
        char *colon = strchr(p, ':');
        if (!colon)
            continue;
        *colon = '\0';
        const char *type = colon + 2;
        bool optional = p[strlen(p) - 1] == '?';
        if (optional)
            p[strlen(p) - 1] = '\0';
        bool var = strcmp(p, "name") == 0 && strcmp(f->name, "raise") != 0;
        fprintf(out, "---@param %s%s %s\n", p, optional ? "?" : "", var ? "VariableName" : type);
        clause(names, sizeof names, ", ", p);
    }
    const char *ret = strstr(close, "->");
    if (ret)
        fprintf(out, "---@return %s\n", ret + 3);
    fprintf(out, "function %s.%s(%s) end\n", module, f->name, names);
}

static int stubs(FILE *out, const char *root, Error *err)
{
    Catalogue *c = calloc(1, sizeof *c);
    if (!c || game_catalogue(root, c, err) != 0) {
        if (!c)
            error_set(err, ERR_INTERNAL, _("out of memory"));
        free(c);
        return -1;
    }
    fprintf(out, "---@meta redline\n-- Red Line scripting API %d: annotation stubs for the Lua language server.\n"
           "-- Generated by `redline api --stubs` from the engine's registries: do not edit; run tools/api_doc.sh.\n"
           "-- Add this folder to the server's workspace.library (see docs/modding.md).\n", REDLINE_API);
    stub_alias(out, "ActorName", suggest_actor, NULL);
    stub_alias(out, "VariableName", suggest_var, NULL);
    stub_alias(out, "ActionId", suggest_action, c);
    fprintf(out, "%s\n", "\n---An actor's read-only view of the world (see docs/modding.md, The view).\n---@class View");
    for (const ApiDoc *f = view_api; f->name; f++) {
        fprintf(out, "---@field %s %s ", f->name, strcmp(f->name, "actor") == 0 ? "ActorName" : f->signature);
        doc_lines(out, "", f->doc);
    }
    for (int v = 0; v < VAR_COUNT; v++) {
        char seen[64], doc[400];
        snprintf(doc, sizeof doc, "%s (%s, %g-%g; seen exactly by %s) [%s]", var_info[v].description,
                 var_info[v].unit, var_info[v].min, var_info[v].max, seen_by(&var_info[v], seen, sizeof seen),
                 var_info[v].sources);
        fprintf(out, "---@field %s number ", var_info[v].name);
        doc_lines(out, "", doc);
    }
    fprintf(out, "%s\n", "\n---An order: what decide returns a list of.\n---@class Order\n---@field action ActionId The action to take.\n"
         "---@field rules? string[] The ids of the rules that chose it (shown as \"Why?\").");
    fprintf(out, "%s\n", "\n---What an actor or strategy script returns.\n---@class Strategy\n"
         "---@field decide fun(view: View): Order[] Called once a turn; returns this turn's orders.\n"
         "---@field rules? Rule[] Rules with reasons and sources (built-in actors).\n"
         "---@field actor? ActorName Who the script is for (redline check uses it).");
    fprintf(out, "%s\n", "\n---The world module events see.\n---@class World\nworld = {}");
    for (const ApiDoc *f = world_api; f->name; f++)
        stub_function(out, "world", f);
    fprintf(out, "%s\n", "\n---The decision helper: require(\"ai\").\n---@class Ai\nlocal ai = {}");
    for (const ApiDoc *f = ai_api; f->name; f++)
        stub_function(out, "ai", f);
    stub_class(out, "Temperament", "An ai actor's temperament.", temperament_fields);
    stub_class(out, "Event", "An event: in a scenario's events or a mod's events/*.lua.", event_fields);
    stub_class(out, "Rule", "A decision rule: in an actor's rules or a mod's rules/ACTOR.lua.", rule_fields);
    stub_class(out, "Scenario", "What scenarios/ID.lua returns.", scenario_fields);
    stub_class(out, "Objective", "One of a side's objectives.", objective_fields);
    stub_class(out, "ObjectiveChanges", "An actor's objectives from scripts/lib/baseline.lua, changed by id.",
               objective_change_fields);
    stub_class(out, "Inject", "An event a facilitator may inject.", inject_fields);
    stub_class(out, "Action", "An action: in scripts/actions.lua or a mod's actions.lua.", action_fields);
    stub_class(out, "Manifest", "What a mod's mod.lua returns.", manifest_fields);
    free(c);
    return 0;
}

int rl_api_reference(const char *root, bool lua_stubs, FILE *out, Error *err)
{
    return lua_stubs ? stubs(out, root, err) : markdown(out, root, err);
}
