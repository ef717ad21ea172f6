/* What `redline check PATH` does: validate a mod, a scenario, an actor or
 * strategy script, an actions or events file, without playing it -- then
 * play what it adds for a few seeds, so that script errors show up too.
 * Every problem is written as file:line: what is wrong (and a suggestion
 * where one can be made). The checks are the loaders' own: there is no
 * second validator. */
#include <ctype.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../redline.h"
#include "../core/text.h"
#include "loader.h"
#include "mods.h"
#include "session.h"
#include "suggest.h"

#define DRY_SEEDS 3

typedef enum Kind { K_MOD, K_SCENARIO, K_ACTOR, K_STRATEGY, K_RULES, K_EVENTS, K_ACTIONS, K_MANIFEST, K_LIB } Kind;

typedef struct Check {
    const char *root;           /* the folder holding scripts/ */
    const ModSet *installed;    /* the mods the game plays with */
    FILE *out;
    Problems *problems;
    ModSet *set;                /* the installed mods, with the one being checked */
    int mod;                    /* its index in set, or -1 */
    char path[sizeof ((Mod *)0)->dir]; /* what is checked, as messages name it */
    char moddir[sizeof ((Mod *)0)->dir]; /* the mod folder it belongs to, or "" */
    char summary[600];
    int scenarios, actors, rules, events, actions, libs;
    char scenario_ids[16][ID_LEN];
    int nscenario_ids;
    Actor strategy_actor;
    bool strategy;
} Check;

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The path as the sandbox reads it: relative to the game's root when inside
 * it (so messages read "mods/x/..."), absolute otherwise. */
static int normalise(const char *game_root, const char *arg, char *out, size_t size)
{
    char real[PATH_MAX], root[PATH_MAX];
    if (!realpath(arg, real))
        return -1;
    size_t n = realpath(game_root, root) ? strlen(root) : 0;
    const char *shown = n && strncmp(real, root, n) == 0 && real[n] == '/' ? real + n + 1 : real;
    return text_format(out, size, "%s", shown) ? 0 : -2;
}

static void split(const char *path, char *dir, size_t dsize, char *base, size_t bsize)
{
    const char *slash = strrchr(path, '/');
    snprintf(dir, dsize, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    snprintf(base, bsize, "%s", slash ? slash + 1 : path);
}

static void absolute(const char *root, const char *path, char *out, size_t size)
{
    if (path[0] == '/')
        snprintf(out, size, "%s", path);
    else
        snprintf(out, size, "%s/%s", root, path);
}

/* ---- what is it? ------------------------------------------------------------ */

/* What a file is, by the shape of the value it returned (at 1): read as a
 * guarded call, since it is the script's. */
static int read_shape(lua_State *L, void *ud)
{
    Kind *kind = ud;
    if (!lua_istable(L, 1))
        return 0;
    bool has_decide = lua_getfield(L, 1, "decide") != LUA_TNIL;
    bool has_objectives = lua_getfield(L, 1, "objectives") != LUA_TNIL;
    bool has_api = lua_getfield(L, 1, "api") != LUA_TNIL;
    lua_rawgeti(L, 1, 1);
    bool listed = lua_istable(L, -1);
    bool actions = listed && lua_getfield(L, -1, "actors") != LUA_TNIL;
    *kind = has_decide ? K_STRATEGY : has_objectives ? K_SCENARIO : has_api ? K_MANIFEST
          : actions ? K_ACTIONS : listed ? K_EVENTS : K_STRATEGY;
    return 0;
}

/* The folder a file sits in says what it is; failing that, its shape. */
static Kind kind_of(Check *c, Sandbox *sb, const char *path)
{
    char dir[600], base[200], parent[600], folder[200];
    split(path, dir, sizeof dir, base, sizeof base);
    split(dir, parent, sizeof parent, folder, sizeof folder);
    if (strcmp(base, "mod.lua") == 0)
        return K_MANIFEST;
    if (strcmp(base, "actions.lua") == 0)
        return K_ACTIONS;
    static const struct { const char *folder; Kind kind; } folders[] = {
        { "scenarios", K_SCENARIO }, { "actors", K_ACTOR }, { "rules", K_RULES }, { "events", K_EVENTS },
        { "lib", K_LIB },
    };
    /* in a mod or the game's scripts/, the folder says what a file is */
    bool ours = c->moddir[0] || strncmp(path, "scripts/", 8) == 0;
    for (size_t i = 0; ours && i < sizeof folders / sizeof *folders; i++)
        if (strcmp(folder, folders[i].folder) == 0)
            return folders[i].kind;
    /* a strategy or a stray file: look at what it returns */
    Error err;
    Kind kind = K_STRATEGY;
    Problems *keep = sb->problems;
    sb->problems = NULL;
    if (sandbox_dofile(sb, path, &err) == 0)
        sandbox_protect(sb, read_shape, &kind, 1, 0, path, &err);
    sb->problems = keep;
    return kind;
}

/* ---- static checks ------------------------------------------------------------ */

static int line_at(const char *text, const char *at)
{
    int line = 1;
    for (const char *c = text; c < at; c++)
        line += *c == '\n';
    return line;
}

/* world.get("name") and friends: the variable named in the text must exist.
 * Found where it is written, so the line is exact. */
static void scan_world_calls(Check *c, Sandbox *sb, const char *path)
{
    Error err;
    char *text = sandbox_read(sb, path, NULL, &err);
    if (!text)
        return;
    static const char *const calls[] = { ".get(", ".set(", ".add(" };
    for (size_t k = 0; k < sizeof calls / sizeof *calls; k++)
        for (const char *at = strstr(text, calls[k]); at; at = strstr(at + 1, calls[k])) {
            const char *s = at + strlen(calls[k]);
            while (*s == ' ')
                s++;
            if (*s != '"' && *s != '\'')
                continue;
            char quote = *s++, name[64];
            size_t n = 0;
            while (s[n] && s[n] != quote && n + 1 < sizeof name) {
                name[n] = s[n];
                n++;
            }
            name[n] = '\0';
            char hint[80];
            if (s[n] == quote && var_find(name) < 0)
                problems_add(c->problems, _("%s:%d: world%.5s\"%s\"): unknown variable '%s'%s"), path,
                             line_at(text, at), calls[k], name, name,
                             suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
        }
    free(text);
}

static void note_scenario(Check *c, const char *id)
{
    for (int i = 0; i < c->nscenario_ids; i++)
        if (strcmp(c->scenario_ids[i], id) == 0)
            return;
    if (c->nscenario_ids < 16)
        snprintf(c->scenario_ids[c->nscenario_ids++], ID_LEN, "%s", id);
}

static void check_scenario(Check *c, Sandbox *sb, const Catalogue *cat, const char *path)
{
    Scenario *s = calloc(1, sizeof *s);
    if (!s)
        return;
    int ref;
    Error err;
    if (load_scenario(sb, path, cat, s, &ref, &err) == 0) {
        luaL_unref(sb->L, LUA_REGISTRYINDEX, ref);
        char dir[600], base[200];
        split(path, dir, sizeof dir, base, sizeof base);
        size_t n = strlen(base);
        if (n > 4 && strcmp(base + n - 4, ".lua") == 0)
            base[n - 4] = '\0';
        char folder[600], parent[600];
        split(dir, parent, sizeof parent, folder, sizeof folder);
        if (strcmp(folder, "scenarios") == 0 && strcmp(base, s->id) != 0)
            problems_add(c->problems, _("%s:1: the scenario's id is '%s' but the file is %s.lua: name the file "
                         "scenarios/%s.lua (the menu finds scenarios by file name)"), path, s->id, base, s->id);
        else if (strcmp(folder, "scenarios") == 0)
            note_scenario(c, s->id);
    }
    c->scenarios++;
    scan_world_calls(c, sb, path);
    free(s);
}

/* The actor a strategy declares (`actor = "iran"`) into *ud, if it does:
 * read as a guarded call. */
static int read_declared_actor(lua_State *L, void *ud)
{
    if (lua_istable(L, 1) && lua_getfield(L, 1, "actor") == LUA_TSTRING && actor_find(lua_tostring(L, -1)) >= 0)
        *(int *)ud = actor_find(lua_tostring(L, -1));
    return 0;
}

/* The actor a script plays: its file name under actors/ or rules/, else the
 * `actor` it declares, else the US. */
static int actor_for(Check *c, Sandbox *sb, const char *path, bool named_by_file)
{
    char dir[600], base[200], hint[80];
    split(path, dir, sizeof dir, base, sizeof base);
    size_t n = strlen(base);
    if (n > 4)
        base[n - 4] = '\0';
    if (named_by_file) {
        int a = actor_find(base);
        if (a < 0)
            problems_add(c->problems, _("%s:1: files in %s are named after an actor; '%s' is not one%s"), path,
                         strstr(dir, "rules") ? "rules/" : "actors/", base,
                         suggest_hint(base, suggest_actor, NULL, hint, sizeof hint));
        return a;
    }
    Error err;
    int a = US;
    Problems *keep = sb->problems;
    sb->problems = NULL;
    if (sandbox_dofile(sb, path, &err) == 0)
        sandbox_protect(sb, read_declared_actor, &a, 1, 0, path, &err);
    sb->problems = keep;
    return a;
}

static void check_actor(Check *c, Sandbox *sb, const Catalogue *cat, const char *path, bool in_actors)
{
    int a = actor_for(c, sb, path, in_actors);
    c->actors++;
    if (a < 0)
        return;
    Rulebook r = { 0 };
    int ref;
    Error err;
    if (load_actor(sb, path, (Actor)a, cat, &r, &ref, &err) == 0)
        luaL_unref(sb->L, LUA_REGISTRYINDEX, ref);
    rulebook_free(&r);
    if (!in_actors) {
        c->strategy = true;
        c->strategy_actor = (Actor)a;
    }
}

/* Rules are checked against the actor they add to, as the game loads it. */
static void check_rules(Check *c, Sandbox *sb, const Catalogue *cat, const char *path)
{
    int a = actor_for(c, sb, path, true);
    c->rules++;
    if (a < 0)
        return;
    char actor[128];
    snprintf(actor, sizeof actor, "scripts/actors/%s.lua", actor_name((Actor)a));
    Rulebook r = { 0 };
    int ref;
    Error err;
    Problems *keep = sb->problems;
    sb->problems = NULL;        /* the actor is someone else's to check */
    int rc = load_actor(sb, actor, (Actor)a, cat, &r, &ref, &err);
    sb->problems = keep;
    if (rc != 0) {
        problems_add(c->problems, _("%s:1: cannot check these rules: the actor they add to does not load (%s)"), path,
                     err.msg);
    } else {
        load_rules(sb, path, (Actor)a, cat, &r, ref, NULL, &err);
        luaL_unref(sb->L, LUA_REGISTRYINDEX, ref);
    }
    rulebook_free(&r);
}

/* The scenarios the events at 1 are for, noted to play them: a guarded read. */
static int read_event_scenarios(lua_State *L, void *ud)
{
    for (lua_Integer i = 1; i <= luaL_len(L, 1); i++) {
        lua_rawgeti(L, 1, i);
        if (lua_getfield(L, -1, "scenarios") == LUA_TTABLE)
            for (lua_Integer k = 1; k <= luaL_len(L, -1); k++) {
                lua_rawgeti(L, -1, k);
                if (lua_type(L, -1) == LUA_TSTRING)
                    note_scenario(ud, lua_tostring(L, -1));
                lua_pop(L, 1);
            }
        lua_pop(L, 2);
    }
    return 0;
}

static void check_events(Check *c, Sandbox *sb, const char *path)
{
    Error err;
    if (load_events(sb, path, &err) == 0 && sandbox_protect(sb, read_event_scenarios, c, 1, 0, path, &err) != 0)
        problems_add(c->problems, "%s", err.msg);
    c->events++;
    scan_world_calls(c, sb, path);
}

static void check_lib(Check *c, Sandbox *sb, const char *path)
{
    Error err;
    if (sandbox_dofile(sb, path, &err) == 0)
        lua_pop(sb->L, 1);
    else
        problems_add(c->problems, "%s", err.msg);
    c->libs++;
}

/* The catalogue as the game would build it with the mods up to `upto`;
 * only the problems of the file being checked are reported. */
static int build_catalogue(Check *c, Sandbox *sb, Catalogue *cat, int upto, const char *checked)
{
    static char owner[MAX_ACTIONS][ID_LEN];
    memset(owner, 0, sizeof owner);
    Problems *keep = sb->problems, notes = { 0 };
    bool game_file = checked && strcmp(checked, "scripts/actions.lua") == 0;
    sb->problems = game_file ? keep : NULL;
    Error err;
    int rc = load_catalogue(sb, "scripts/actions.lua", cat, &err);
    if (rc != 0 && !game_file)
        problems_add(keep, "%s", err.msg);
    for (int m = 0; rc == 0 && m <= upto && m < c->set->count; m++) {
        char path[600];
        snprintf(path, sizeof path, "%.500s/actions.lua", c->set->mod[m].dir);
        if (sandbox_mtime(sb, path) == 0)
            continue;
        bool mine = checked && strcmp(path, checked) == 0;
        sb->problems = mine ? keep : NULL;
        if (load_catalogue_patch(sb, path, cat, owner, c->set->mod[m].name, &notes, &err) != 0 && !mine)
            problems_add(keep, _("%s:1: cannot check against mod '%s': its actions do not load (%s)"), checked ? checked : path,
                         c->set->mod[m].name, err.msg);
    }
    sb->problems = keep;
    return rc;
}

static void check_file(Check *c, Sandbox *sb, const Catalogue *cat, const char *path, Kind kind)
{
    switch (kind) {
    case K_SCENARIO: check_scenario(c, sb, cat, path); break;
    case K_ACTOR: check_actor(c, sb, cat, path, true); break;
    case K_STRATEGY: check_actor(c, sb, cat, path, false); break;
    case K_RULES: check_rules(c, sb, cat, path); break;
    case K_EVENTS: check_events(c, sb, path); break;
    case K_LIB: check_lib(c, sb, path); break;
    case K_ACTIONS: c->actions++; break;       /* read with the catalogue */
    case K_MANIFEST: case K_MOD: break;
    }
}

/* Every file of the mod, folder by folder, files by name. */
static void check_mod_files(Check *c, Sandbox *sb, const Catalogue *cat)
{
    static const struct { const char *sub; Kind kind; } subs[] = {
        { "scenarios", K_SCENARIO }, { "actors", K_ACTOR }, { "rules", K_RULES }, { "events", K_EVENTS },
        { "lib", K_LIB },
    };
    char path[800];
    snprintf(path, sizeof path, "%s/actions.lua", c->moddir);
    if (sandbox_mtime(sb, path) != 0)
        c->actions++;
    for (size_t k = 0; k < sizeof subs / sizeof *subs; k++) {
        char names[64][ID_LEN];
        int n = mods_list(c->root, c->moddir, subs[k].sub, names, 64);
        for (int i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/%s/%.39s.lua", c->moddir, subs[k].sub, names[i]);
            check_file(c, sb, cat, path, subs[k].kind);
        }
    }
}

static size_t place(const char *msg, long *line);

/* ---- playing it ---------------------------------------------------------------- */

static bool concerns(const Check *c, const char *msg)
{
    char prefix[620];
    snprintf(prefix, sizeof prefix, "%s/", c->moddir);
    return strstr(msg, c->path) || (c->moddir[0] && strstr(msg, prefix));
}

/* A script's failure during play, turned round so it starts with the
 * file:line it names: "f.lua:4: what (f.lua (actor us): decide)". */
static void runtime_problem(Check *c, const char *warning, const char *scenario, uint64_t seed)
{
    long line;
    const char *at = NULL;
    for (const char *p = warning; *p && !at; p++) {
        size_t n = place(p, &line);
        bool a_place = line > 0 && n > 0 && (p == warning || p[-1] == ' ') && !memchr(p, ' ', n);
        if (a_place && (strncmp(p, c->path, strlen(c->path)) == 0 ||
                        (c->moddir[0] && strncmp(p, c->moddir, strlen(c->moddir)) == 0)))
            at = p;
    }
    char text[PROBLEM_LEN];
    /* TRANSLATORS: a problem found while playing a mod: the problem (file:line: what), where in
     * the scripts it was raised, and the scenario's id and the seed it was first seen in. Keep
     * the parenthesis after the problem: the same problem is counted once up to it. */
    if (at && at != warning)
        snprintf(text, sizeof text, _("%s (in %.*s; first seen in %s, seed %llu)"), at, (int)(at - warning - 2),
                 warning, scenario, (unsigned long long)seed);
    else
        snprintf(text, sizeof text, _("%s (first seen in %s, seed %llu)"), warning, scenario, (unsigned long long)seed);
    /* the same failure every turn and every seed is one problem */
    size_t key = strcspn(text, "(");
    for (int i = 0; i < c->problems->count; i++)
        if (strncmp(c->problems->msg[i], text, key) == 0)
            return;
    problems_add(c->problems, "%s", text);
}

/* Play a scenario a few times with what is checked in play; the scripts'
 * failures (which stop their actor or event, not the game) are problems. */
static void play(Check *c, const char *scenario, char *played, size_t size)
{
    for (uint64_t seed = 1; seed <= DRY_SEEDS; seed++) {
        SessionConfig cfg = { .root = c->root, .scenario = scenario, .seed = seed, .mods = c->set };
        if (c->strategy)
            cfg.script[c->strategy_actor] = c->path;
        Error err = { 0 };
        Session *s = session_open(&cfg, &err);
        if (!s) {
            if (concerns(c, err.msg))
                problems_add(c->problems, "%s", err.msg);
            return;
        }
        while (!session_over(s))
            session_step(s);
        for (int i = 0; i < s->nwarnings; i++)
            if (concerns(c, s->warnings[i]))
                runtime_problem(c, s->warnings[i], scenario, seed);
        session_free(s);
    }
    size_t used = strlen(played);
    snprintf(played + used, size - used, "%s%s", used ? ", " : "", scenario);
}

static void play_all(Check *c)
{
    char played[400] = "";
    if (c->nscenario_ids == 0 || c->strategy || c->actors || c->rules || c->libs || c->actions) {
        /* what changes every scenario is played in every scenario */
        char ids[128][ID_LEN];
        int n = session_list_scenarios(c->root, c->set, ids, 128);
        for (int i = 0; i < n; i++)
            note_scenario(c, ids[i]);
    }
    for (int i = 0; i < c->nscenario_ids; i++)
        play(c, c->scenario_ids[i], played, sizeof played);
    if (played[0]) {
        size_t used = strlen(c->summary);
        /* TRANSLATORS: after what redline check found sound: the scenarios' ids it played, and how many seeds */
        snprintf(c->summary + used, sizeof c->summary - used, _("; played %s (seeds 1-%d)"), played, DRY_SEEDS);
    }
}

/* "%d scenario" ... in the language, for "ok: 1 scenario, 2 rules files" */
static const char *checked_count(int kind, int n, bool strategy)
{
    switch (kind) {
    case 0: return ngettext("%d scenario", "%d scenarios", n);
    case 1: return strategy ? ngettext("%d strategy script", "%d strategy scripts", n)
                            : ngettext("%d actor script", "%d actor scripts", n);
    case 2: return ngettext("%d rules file", "%d rules files", n);
    case 3: return ngettext("%d events file", "%d events files", n);
    case 4: return ngettext("%d actions file", "%d actions files", n);
    default: return ngettext("%d library", "%d libraries", n);
    }
}

/* ---- the command --------------------------------------------------------------- */

/* The mod folder a path is in (the nearest folder up with a mod.lua). */
static void find_mod_dir(const char *root, const char *path, bool is_folder, char *out, size_t size)
{
    char dir[sizeof ((Mod *)0)->dir], base[200];
    snprintf(dir, sizeof dir, "%s", path);
    out[0] = '\0';
    for (int up = 0; up < 3; up++) {
        if (up > 0 || !is_folder) {
            char parent[sizeof dir];
            split(dir, parent, sizeof parent, base, sizeof base);
            snprintf(dir, sizeof dir, "%s", parent);
        }
        char manifest[700], full[1400];
        snprintf(manifest, sizeof manifest, "%s/mod.lua", dir);
        absolute(root, manifest, full, sizeof full);
        if (file_exists(full)) {
            snprintf(out, size, "%s", dir);
            return;
        }
    }
}

/* The installed mods, with the one being checked in place of any copy. */
static void build_set(Check *c, Sandbox *sb)
{
    if (c->installed)
        *c->set = *c->installed;
    else
        memset(c->set, 0, sizeof *c->set);
    c->set->nnotes = 0;
    c->mod = -1;
    if (!c->moddir[0])
        return;
    for (int i = c->set->count - 1; i >= 0; i--)
        if (strcmp(c->set->mod[i].dir, c->moddir) == 0)
            mods_remove(c->set, i);
    Mod *mine = NULL;
    Error err;
    Problems *keep = sb->problems;
    if (strcmp(c->path, c->moddir) != 0 && !strstr(c->path, "/mod.lua"))
        sb->problems = NULL;        /* checking one file: the manifest is not its problem */
    int rc = mods_add(c->set, sb, c->moddir, &err);
    sb->problems = keep;
    if (rc != 0)
        return;
    mods_finish(c->set, c->root);
    for (int i = 0; i < c->set->count; i++)
        if (strcmp(c->set->mod[i].dir, c->moddir) == 0)
            mine = &c->set->mod[i], c->mod = i;
    (void)mine;
}

/* "path:line: ..." -> the length of path and the line, if it has them. */
static size_t place(const char *msg, long *line)
{
    for (const char *c = strchr(msg, ':'); c; c = strchr(c + 1, ':')) {
        char *end;
        long n = strtol(c + 1, &end, 10);
        if (end > c + 1 && *end == ':' && isdigit((unsigned char)c[1])) {
            *line = n;
            return (size_t)(c - msg);
        }
    }
    *line = 0;
    return strlen(msg);
}

/* By file, then by line, then by text. */
static int compare_problems(const void *a, const void *b)
{
    long la, lb;
    size_t na = place(a, &la), nb = place(b, &lb);
    int c = strncmp(a, b, na < nb ? na : nb);
    if (c == 0 && na != nb)
        c = na < nb ? -1 : 1;
    if (c == 0 && la != lb)
        c = la < lb ? -1 : 1;
    return c ? c : strcmp(a, b);
}

/* Check one path; its problems go to `problems`, its verdict to c->out. */
static int check_one(Check *c, const char *arg, Problems *problems, Error *err)
{
    ModSet *set = calloc(1, sizeof *set);
    Catalogue *cat = calloc(1, sizeof *cat);
    Sandbox *sb = sandbox_new(c->root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    if (!set || !cat || !sb) {
        free(set), free(cat), sandbox_free(sb);
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    }
    c->problems = problems;
    c->set = set;
    int before = problems->count;
    char full[1400];
    int where = normalise(c->root, arg, c->path, sizeof c->path);
    if (where != 0) {
        free(set), free(cat), sandbox_free(sb);
        if (where == -1)
            return error_set(err, ERR_USAGE, _("%s: no such file or folder"), arg), -1;
        return error_set(err, ERR_USAGE, ngettext("%.200s...: the path is too long (%zu characters; at most %zu) -- move it to a shorter path",
                                  "%.200s...: the path is too long (%zu characters; at most %zu) -- move it to a shorter path",
                                  sizeof c->path - 1), arg, strlen(arg), sizeof c->path - 1), -1;
    }
    absolute(c->root, c->path, full, sizeof full);
    bool folder = is_dir(full);
    find_mod_dir(c->root, c->path, folder, c->moddir, sizeof c->moddir);
    if (folder && strcmp(c->moddir, c->path) != 0) {
        free(set), free(cat), sandbox_free(sb);
        return error_set(err, ERR_USAGE, _("%s: not a mod folder (it has no mod.lua) -- give a mod folder or one file"),
                         arg), -1;
    }
    sb->problems = problems;
    build_set(c, sb);
    sb->mods = set;
    Kind kind = folder ? K_MOD : kind_of(c, sb, c->path);
    const char *checked_actions = kind == K_MOD ? NULL : kind == K_ACTIONS ? c->path : NULL;
    char mod_actions[700];
    if (kind == K_MOD) {
        snprintf(mod_actions, sizeof mod_actions, "%s/actions.lua", c->moddir);
        checked_actions = mod_actions;
    }
    if (kind == K_ACTIONS && c->mod < 0 && strcmp(c->path, "scripts/actions.lua") != 0) {
        /* a loose actions file: as if a mod loaded it last */
        build_catalogue(c, sb, cat, c->set->count - 1, NULL);
        static char owner[MAX_ACTIONS][ID_LEN];
        Error err;
        load_catalogue_patch(sb, c->path, cat, owner, "", NULL, &err);
        c->actions++;
    } else {
        build_catalogue(c, sb, cat, c->mod >= 0 ? c->mod : c->set->count - 1, checked_actions);
        if (kind == K_MOD)
            check_mod_files(c, sb, cat);
        else
            check_file(c, sb, cat, c->path, kind);
    }
    /* clashes with the other installed mods are not errors, but worth knowing */
    if (c->mod >= 0)
        for (int i = 0; i < c->set->nnotes; i++) {
            char quoted[ID_LEN + 4];
            snprintf(quoted, sizeof quoted, "'%s'", c->set->mod[c->mod].name);
            if (strstr(c->set->notes[i], quoted))
                fprintf(c->out, _("note: %s\n"), c->set->notes[i]);
        }
    int found = problems->count - before;
    if (found == 0 && kind != K_MANIFEST)
        play_all(c);
    found = problems->count - before;
    if (found == 0) {
        char what[200] = "";
        /* what was checked, counted: "1 scenario, 2 rules files" */
        const int counts[] = { c->scenarios, c->actors, c->rules, c->events, c->actions, c->libs };
        for (int i = 0; i < 6; i++)
            if (counts[i]) {
                size_t used = strlen(what);
                if (used)
                    used += (size_t)snprintf(what + used, sizeof what - used, "%s", _(", "));
                if (used < sizeof what)
                    snprintf(what + used, sizeof what - used, checked_count(i, counts[i], c->strategy), counts[i]);
            }
        /* TRANSLATORS: redline check found nothing wrong: the path checked, the mod's name (an id), its
         * version and API, what was checked ("1 scenario, 2 rules files" or "a manifest"), then where it
         * was played ("; played standoff (seeds 1-3)", or nothing). */
        if (c->mod >= 0)
            fprintf(c->out, _("%s: ok: mod '%s' %s (API %d): %s%s\n"), c->path, c->set->mod[c->mod].name,
                    c->set->mod[c->mod].version, c->set->mod[c->mod].api, what[0] ? what : _("a manifest"), c->summary);
        else
            fprintf(c->out, _("%s: ok: %s%s\n"), c->path, what[0] ? what : _("nothing to check"), c->summary);
    }
    sandbox_free(sb);
    free(cat);
    free(set);
    return found ? ERR_DATA : 0;
}

int rl_check(const char *root, const ModSet *mods, const char *path, FILE *out, Error *err)
{
    Check *c = calloc(1, sizeof *c);
    Problems *problems = calloc(1, sizeof *problems);
    if (!c || !problems) {
        free(c);
        free(problems);
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    }
    c->root = root;
    c->installed = mods;
    c->out = out;
    int rc = check_one(c, path, problems, err);
    /* file order, then line order; the same problem once */
    qsort(problems->msg, (size_t)problems->count, sizeof problems->msg[0], compare_problems);
    int shown = 0;
    for (int k = 0; k < problems->count; k++)
        if (k == 0 || strcmp(problems->msg[k], problems->msg[k - 1]) != 0) {
            fprintf(out, "%s\n", problems->msg[k]);
            shown++;
        }
    if (problems->dropped)
        fprintf(out, ngettext("... and %d more\n", "... and %d more\n", problems->dropped), problems->dropped);
    if (shown)
        fprintf(out, ngettext("%s: %d problem\n", "%s: %d problems\n", shown + problems->dropped), path,
                shown + problems->dropped);
    free(problems);
    free(c);
    return rc;
}
