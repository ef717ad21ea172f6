/* The game as the window sees it: opening, loading and saving games, the
 * player's orders, what each side may see (estimates under fog of war), and
 * the words and numbers the screens show. Only reads the session, except
 * session_set_orders and session_step to play a turn. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ui_internal.h"

#define VIEW_TRUTH (-1)

/* ---- scenarios and saves on disk -------------------------------------- */

static void copy_field(lua_State *L, int t, const char *key, char *out, size_t cap)
{
    lua_getfield(L, t, key);
    if (lua_type(L, -1) == LUA_TSTRING)
        ui_copy(out, cap, lua_tostring(L, -1));
    lua_pop(L, 1);
}

void ui_reflow(const char *in, char *out, size_t cap)
{
    size_t n = 0;
    while (*in == '\n' || *in == ' ')
        in++;
    for (const char *c = in; *c && n + 1 < cap; c++) {
        if (*c == '\n') {
            if (c[1] == '\n') {
                out[n++] = '\n';
                if (n + 1 < cap)
                    out[n++] = '\n';
                while (c[1] == '\n')
                    c++;
            } else if (n > 0 && out[n - 1] != ' ') {
                out[n++] = ' ';
            }
        } else {
            out[n++] = *c;
        }
    }
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\n'))
        n--;
    out[n] = '\0';
}

/* The menu's line about the scenario file returned (at 1), into ud (a
 * ScenarioInfo): read as a guarded call, since the table is a script's. */
static int read_scenario_info(lua_State *L, void *ud)
{
    ScenarioInfo *si = ud;
    if (!lua_istable(L, 1))
        return luaL_error(L, "expected the scenario file to return a table");
    copy_field(L, 1, "name", si->name, sizeof si->name);
    copy_field(L, 1, "start", si->start, sizeof si->start);
    lua_getfield(L, 1, "turns");
    si->turns = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    char briefing[2000] = "", flat[2000];
    copy_field(L, 1, "briefing", briefing, sizeof briefing);
    ui_reflow(briefing, flat, sizeof flat);
    /* the blurb: the briefing's first two sentences */
    const char *end = flat;
    for (int k = 0; k < 2 && end; k++) {
        end = strstr(end, ". ");
        if (end)
            end += 2;
    }
    size_t len = end ? (size_t)(end - flat) - 1 : strlen(flat);
    snprintf(si->blurb, sizeof si->blurb, "%.*s", (int)(len < sizeof si->blurb - 1 ? len : sizeof si->blurb - 1), flat);
    return 0;
}

void ui_scan_scenarios(App *app)
{
    char ids[MAX_SCENARIOS][ID_LEN];
    int n = session_list_scenarios(app->root, ids, MAX_SCENARIOS);
    app->nscenarios = 0;
    Sandbox *sb = sandbox_new(app->root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    for (int i = 0; i < n && sb; i++) {
        ScenarioInfo *si = &app->scenarios[app->nscenarios];
        memset(si, 0, sizeof *si);
        ui_copy(si->id, sizeof si->id, ids[i]);
        ui_copy(si->name, sizeof si->name, ids[i]);
        char path[128];
        snprintf(path, sizeof path, "scripts/scenarios/%.40s.lua", ids[i]);
        Error err = { 0 };
        if (sandbox_dofile(sb, path, &err) == 0 && sandbox_protect(sb, read_scenario_info, si, 1, 0, path, &err) == 0)
            app->nscenarios++;
        else
            fprintf(stderr, "redline: %s\n", err.msg);
    }
    sandbox_free(sb);
}

/* A line about a save for the list: which scenario, which week, who plays. */
static void describe_save(const char *path, char *out, size_t cap)
{
    out[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    char *text = malloc(1 << 20);
    size_t n = text ? fread(text, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (!text)
        return;
    text[n] = '\0';
    cJSON *doc = cJSON_Parse(text);
    free(text);
    if (!doc) {
        ui_copy(out, cap, "not a readable save");
        return;
    }
    cJSON *scen = cJSON_GetObjectItemCaseSensitive(doc, "scenario");
    cJSON *turn = cJSON_GetObjectItemCaseSensitive(doc, "turn");
    cJSON *turns = cJSON_GetObjectItemCaseSensitive(doc, "turns");
    cJSON *human = cJSON_GetObjectItemCaseSensitive(doc, "human");
    cJSON *teams = cJSON_GetObjectItemCaseSensitive(doc, "teams");
    char who[300] = "";
    cJSON *h;
    int nh = cJSON_GetArraySize(human), k = 0;
    cJSON_ArrayForEach(h, human)
        if (cJSON_IsString(h) && actor_find(h->valuestring) >= 0) {
            size_t used = strlen(who);
            cJSON *team = cJSON_GetObjectItemCaseSensitive(teams, h->valuestring);
            snprintf(who + used, sizeof who - used, "%s%s%s%.40s%s", k == 0 ? "" : k == nh - 1 ? " and " : ", ",
                     actor_title((Actor)actor_find(h->valuestring)), cJSON_IsString(team) ? " (" : "",
                     cJSON_IsString(team) ? team->valuestring : "", cJSON_IsString(team) ? ")" : "");
            k++;
        }
    if (cJSON_IsString(scen) && cJSON_IsNumber(turn) && cJSON_IsNumber(turns))
        snprintf(out, cap, "%.40s · %d of %d weeks played%s%s", scen->valuestring, turn->valueint, turns->valueint,
                 who[0] ? " · " : "", who);
    cJSON_Delete(doc);
}

static int cmp_saves(const void *a, const void *b)
{
    const SaveInfo *x = a, *y = b;
    if (x->mtime != y->mtime)
        return x->mtime < y->mtime ? 1 : -1;
    return strcmp(x->name, y->name);
}

void ui_scan_saves(App *app)
{
    app->nsaves = 0;
    DIR *d = opendir(app->saves);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && app->nsaves < MAX_SAVES) {
        size_t len = strlen(e->d_name);
        if (len < 6 || len > 120 || strcmp(e->d_name + len - 5, ".json") != 0)
            continue;
        char path[800];
        snprintf(path, sizeof path, "%s/%s", app->saves, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        SaveInfo *si = &app->saves_list[app->nsaves++];
        snprintf(si->name, sizeof si->name, "%.*s", (int)(len - 5), e->d_name);
        si->mtime = (long long)st.st_mtime;
        struct tm tm;
        time_t t = st.st_mtime;
        localtime_r(&t, &tm);
        strftime(si->when, sizeof si->when, "%Y-%m-%d %H:%M", &tm);
        describe_save(path, si->desc, sizeof si->desc);
    }
    closedir(d);
    qsort(app->saves_list, (size_t)app->nsaves, sizeof *app->saves_list, cmp_saves);
    if (app->load_sel >= app->nsaves)
        app->load_sel = 0;
}

/* ---- opening a game ---------------------------------------------------- */

void ui_close_game(App *app)
{
    ui_likely_cancel(app);
    if (app->s)
        session_free(app->s);
    app->s = NULL;
    app->est_turns = -1;
    app->est_viewer = -2;
}

static void load_sources(App *app)
{
    app->nsources = 0;
    app->sources_loaded = false;
    char path[700];
    snprintf(path, sizeof path, "%s/scripts/sources.lua", app->root);
    if (access(path, R_OK) != 0)
        return;     /* not written yet: the Why? shows the tags alone */
    lua_State *L = app->s->sb->L;
    int top = lua_gettop(L);
    Error err = { 0 };
    if (sandbox_dofile(app->s->sb, "scripts/sources.lua", &err) != 0) {
        fprintf(stderr, "redline: %s\n", err.msg);
        lua_settop(L, top);
        return;
    }
    if (lua_istable(L, -1)) {
        int t = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, t) != 0 && app->nsources < MAX_SOURCES) {
            if (lua_type(L, -2) == LUA_TSTRING) {
                const char *text = NULL;
                if (lua_type(L, -1) == LUA_TSTRING) {
                    text = lua_tostring(L, -1);
                } else if (lua_istable(L, -1)) {
                    lua_getfield(L, -1, "summary");
                    if (lua_type(L, -1) != LUA_TSTRING) {
                        lua_pop(L, 1);
                        lua_getfield(L, -1, "text");
                    }
                    text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
                    lua_pop(L, 1);      /* the string stays alive in the table */
                }
                if (text) {
                    SourceNote *sn = &app->sources[app->nsources++];
                    ui_copy(sn->tag, sizeof sn->tag, lua_tostring(L, -2));
                    char flat[600];
                    ui_reflow(text, flat, sizeof flat);
                    ui_copy(sn->text, sizeof sn->text, flat);
                }
            }
            lua_pop(L, 1);
        }
        app->sources_loaded = true;
    }
    lua_settop(L, top);
}

static void read_scenario_text(App *app)
{
    lua_State *L = app->s->sb->L;
    int top = lua_gettop(L);
    app->briefing[0] = '\0';
    app->nscen_sources = 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, app->s->scenario_ref);
    if (lua_istable(L, -1)) {
        int t = lua_gettop(L);
        char raw[4000] = "";
        copy_field(L, t, "briefing", raw, sizeof raw);
        ui_reflow(raw, app->briefing, sizeof app->briefing);
        lua_getfield(L, t, "sources");
        if (lua_istable(L, -1))
            for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, -1) && app->nscen_sources < 40; i++) {
                lua_rawgeti(L, -1, i);
                if (lua_type(L, -1) == LUA_TSTRING)
                    ui_copy(app->scen_sources[app->nscen_sources++], 32, lua_tostring(L, -1));
                lua_pop(L, 1);
            }
    }
    lua_settop(L, top);
}

int ui_humans(const App *app)
{
    int n = 0;
    for (int a = 0; app->s && a < ACTOR_COUNT; a++)
        n += app->s->human[a];
    return n;
}

/* Hot-seat order is fixed: the actors' own order (the United States, Iran,
 * Israel, the protesters, ...). */
int ui_next_human(const App *app, int after)
{
    for (int a = after + 1; app->s && a < ACTOR_COUNT; a++)
        if (app->s->human[a])
            return a;
    return -1;
}

static void game_opened(App *app)
{
    Session *s = app->s;
    int first = ui_next_human(app, -1);
    app->hotseat = ui_humans(app) > 1;
    app->side = first >= 0 ? (Actor)first : US;
    app->current = app->side;
    memset(app->nsel, 0, sizeof app->nsel);
    app->detail_action = -1;
    app->res_turn = s->game.world.turn;
    app->est_turns = -1;
    app->est_viewer = -2;
    app->chart_page = 0;
    app->status[0] = '\0';
    app->report_dir[0] = '\0';
    app->timer_on = false;
    app->timer_actor = -1;
    app->paused = false;
    ui_likely_cancel(app);
    memset(&app->fac, 0, sizeof app->fac);
    app->fac.inject = s->scenario.ninjects > 0 ? 0 : -1;
    app->fac.rewind_turn = s->game.world.turn > 0 ? s->game.world.turn : 1;
    Game tmp;
    game_init(&tmp, &s->scenario, &s->catalogue, &s->rulebook, s->game.seed);
    memcpy(app->initial, tmp.world.v, sizeof app->initial);
    game_free(&tmp);
    read_scenario_text(app);
    load_sources(app);
}

bool ui_new_game_roles(App *app, const char *scenario, const bool *human, char (*team)[TEAM_LEN],
                       unsigned long long seed, int turns, const ClassSetup *room)
{
    SessionConfig cfg = { .root = app->root, .scenario = scenario, .seed = seed, .turns = turns };
    for (int a = 0; a < ACTOR_COUNT; a++) {
        cfg.human[a] = human[a];
        cfg.team[a] = team && team[a][0] ? team[a] : NULL;
    }
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s) {
        ui_message(app, "The game could not start", "%s", err.msg);
        return false;
    }
    ui_close_game(app);
    app->s = s;
    app->origin_path[0] = '\0';
    if (room) {
        s->timer_s = room->timer_s;
        if (room->pin[0] && !ui_pin_set(app, room->pin))
            ui_message(app, "No PIN was kept", "The PIN could not be hashed; the first F9 asks for one again.");
    }
    game_opened(app);
    ui_autosave(app);
    ui_goto(app, SCR_BRIEFING);
    return true;
}

bool ui_new_game(App *app, const char *scenario, int side, unsigned long long seed)
{
    bool human[ACTOR_COUNT] = { false };
    human[US] = side == 0 || side == 2;
    human[IRAN] = side == 1 || side == 2;
    return ui_new_game_roles(app, scenario, human, NULL, seed, 0, NULL);
}

/* The screen a team starts its week on: the hand-over when several teams
 * share the window, else the turn itself. */
static void goto_turn_start(App *app)
{
    app->current = app->side;
    if (session_over(app->s))
        ui_goto(app, SCR_END);
    else if (app->hotseat)
        ui_goto(app, SCR_HANDOVER);
    else
        ui_goto(app, SCR_TURN);
}

/* Put another session in the window's hands (a rewind, a branch): the PIN,
 * the timer and the settings stay. */
void ui_replace_game(App *app, Session *s)
{
    char origin[sizeof app->origin_path];
    ui_copy(origin, sizeof origin, app->origin_path);
    int origin_turn = app->origin_turn;
    ui_close_game(app);
    app->s = s;
    game_opened(app);
    ui_copy(app->origin_path, sizeof app->origin_path, origin);
    app->origin_turn = origin_turn;
    ui_autosave(app);
    goto_turn_start(app);
}

bool ui_load_game(App *app, const char *path)
{
    Error err = { 0 };
    Session *s = save_load(path, app->root, NULL, &err);
    bool any = false;
    for (int a = 0; s && a < ACTOR_COUNT; a++)
        any |= s->human[a];
    if (s && !any) {
        /* a game saved headless: take it over as the United States */
        session_free(s);
        SessionConfig extra = { 0 };
        extra.human[US] = true;
        s = save_load(path, app->root, &extra, &err);
    }
    if (!s) {
        ui_message(app, "The save could not be loaded", "%s", err.msg);
        return false;
    }
    ui_close_game(app);
    app->s = s;
    app->origin_path[0] = '\0';
    game_opened(app);
    goto_turn_start(app);
    return true;
}

static void save_path(const App *app, const char *name, char *out, size_t cap)
{
    snprintf(out, cap, "%s/%s.json", app->saves, name);
}

bool ui_save_game(App *app, const char *name)
{
    if (!app->s)
        return false;
    char path[800];
    save_path(app, name, path, sizeof path);
    mkdir(app->saves, 0777);
    Error err = { 0 };
    if (save_write(app->s, path, &err) != 0) {
        ui_message(app, "The game could not be saved", "%s", err.msg);
        return false;
    }
    snprintf(app->status, sizeof app->status, "Saved as %s", name);
    return true;
}

/* saves/autosave.json, the nine turns before it kept as autosave-1..9. */
void ui_autosave(App *app)
{
    if (!app->s)
        return;
    mkdir(app->saves, 0777);
    Error err = { 0 };
    if (save_autosave(app->s, app->saves, &err) != 0)
        fprintf(stderr, "redline: autosave failed: %s\n", err.msg);
}

bool ui_autosave_exists(App *app, char *desc, size_t cap)
{
    char path[800];
    save_path(app, "autosave", path, sizeof path);
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    if (desc)
        describe_save(path, desc, cap);
    return true;
}

/* ---- orders and turns -------------------------------------------------- */

static bool submit(App *app, Actor a)
{
    const char *ids[MAX_ORDERS];
    for (int i = 0; i < app->nsel[a]; i++)
        ids[i] = app->s->catalogue.actions[app->sel[a][i]].id;
    Error err = { 0 };
    if (session_set_orders(app->s, a, ids, app->nsel[a], &err) != 0) {
        ui_message(app, "Those orders cannot be given", "%s", err.msg);
        return false;
    }
    return true;
}

void ui_end_orders(App *app)
{
    if (!app->s || session_over(app->s))
        return;
    ui_timer_stop(app);
    int next = app->hotseat ? ui_next_human(app, app->current) : -1;
    if (next >= 0) {
        app->current = (Actor)next;
        app->detail_action = -1;
        ui_goto(app, SCR_HANDOVER);
        return;
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (!app->s->human[a] || (!app->hotseat && a != (int)app->side))
            continue;
        if (!submit(app, (Actor)a)) {
            /* the facilitator changed the world under these orders: that team chooses again */
            app->current = (Actor)a;
            if (app->hotseat) {
                char msg[sizeof app->message];
                ui_copy(msg, sizeof msg, app->message);
                ui_goto(app, SCR_HANDOVER);
                ui_message(app, "Those orders cannot be given", "%s", msg);
            }
            return;
        }
    }
    session_step(app->s);
    memset(app->nsel, 0, sizeof app->nsel);
    app->detail_action = -1;
    app->res_turn = app->s->game.world.turn;
    app->fac.rewind_turn = app->s->game.world.turn;
    app->fac.rewind_armed = false;
    ui_autosave(app);
    app->status[0] = '\0';
    ui_goto(app, SCR_RESOLUTION);
}

void ui_after_resolution(App *app)
{
    goto_turn_start(app);
}

int ui_capital_left(const App *app, Actor a)
{
    int left = app->s->scenario.capital[a];
    for (int i = 0; i < app->nsel[a]; i++)
        left -= app->s->catalogue.actions[app->sel[a][i]].cost;
    return left;
}

bool ui_selected(const App *app, Actor a, int action)
{
    for (int i = 0; i < app->nsel[a]; i++)
        if (app->sel[a][i] == action)
            return true;
    return false;
}

const char *ui_action_blocker(const App *app, Actor a, int action)
{
    if (ui_selected(app, a, action))
        return NULL;
    if (app->nsel[a] >= MAX_ORDERS)
        return "at most 4 orders a turn";
    int spent = app->s->scenario.capital[a] - ui_capital_left(app, a);
    return action_blocker(&app->s->game, app->s->game.world.v, a, action, spent);
}

void ui_toggle_action(App *app, Actor a, int action)
{
    for (int i = 0; i < app->nsel[a]; i++)
        if (app->sel[a][i] == action) {
            memmove(&app->sel[a][i], &app->sel[a][i + 1], (size_t)(app->nsel[a] - i - 1) * sizeof(int));
            app->nsel[a]--;
            app->dirty = true;
            return;
        }
    if (!ui_action_blocker(app, a, action)) {
        app->sel[a][app->nsel[a]++] = action;
        app->dirty = true;
    }
}

/* ---- what a side sees -------------------------------------------------- */

/* Whose eyes the screens look through: the side at the screen, nobody in
 * particular (public facts only) between hot-seat turns, or everyone once
 * the game is over. */
int ui_viewer(const App *app)
{
    if (!app->s)
        return NOBODY;
    if (session_over(app->s))
        return VIEW_TRUTH;
    if (!app->hotseat)
        return app->side;
    if (app->screen == SCR_TURN || (app->screen == SCR_CHARTS && app->back_from_charts == SCR_TURN))
        return app->current;
    return NOBODY;
}

bool ui_reveal(const App *app) { return app->s && session_over(app->s); }

bool ui_sees(const App *app, int viewer, int v)
{
    (void)app;
    if (viewer == VIEW_TRUTH)
        return true;
    if (viewer == NOBODY)
        return var_info[v].visibility == PUBLIC;
    return actor_sees((Actor)viewer, (Var)v);
}

/* Estimates for every turn so far, as the viewer would have drawn them:
 * game_estimate depends only on seed, turn, actor and variable, so the
 * numbers stay the same all turn long and match what the viewer's AI saw. */
void ui_estimates(App *app)
{
    if (!app->s)
        return;
    const Game *g = &app->s->game;
    int viewer = ui_viewer(app);
    int turns = g->world.turn;
    if (app->est_turns == turns && app->est_viewer == viewer && app->est_interventions == g->history.ninterventions)
        return;
    int rows = turns + 1;
    if (rows > app->est_rows) {
        double *e = realloc(app->est, (size_t)rows * VAR_COUNT * sizeof *e);
        if (e)
            app->est = e;
        double *d = realloc(app->sd, (size_t)rows * VAR_COUNT * sizeof *d);
        if (d)
            app->sd = d;
        if (!e || !d)
            return;
        app->est_rows = rows;
    }
    Game *tmp = malloc(sizeof *tmp);
    if (!tmp)
        return;
    for (int t = 0; t < rows; t++) {
        *tmp = *g;
        tmp->world.turn = t;
        /* the week in progress as it stands now: a facilitator's change shows at once */
        const double *row = t == turns ? g->world.v : t == 0 ? app->initial : g->history.turns[t - 1].v;
        memcpy(tmp->world.v, row, sizeof tmp->world.v);
        double *est = &app->est[t * VAR_COUNT], *sd = &app->sd[t * VAR_COUNT];
        for (int v = 0; v < VAR_COUNT; v++) {
            if (ui_sees(app, viewer, v)) {
                est[v] = row[v];
                sd[v] = 0;
            } else if (viewer == NOBODY) {
                est[v] = NAN;
                sd[v] = NAN;
            } else {
                sd[v] = game_uncertainty(tmp, (Actor)viewer, (Var)v);
                est[v] = game_estimate(tmp, (Actor)viewer, (Var)v);
            }
        }
    }
    free(tmp);
    app->est_turns = turns;
    app->est_viewer = viewer;
    app->est_interventions = g->history.ninterventions;
}

double ui_value(App *app, int turn, int v, double *sd)
{
    ui_estimates(app);
    if (!app->est || turn < 0 || turn > app->est_turns) {
        if (sd)
            *sd = NAN;
        return NAN;
    }
    if (sd)
        *sd = app->sd[turn * VAR_COUNT + v];
    return app->est[turn * VAR_COUNT + v];
}

bool ui_news_visible(const App *app, const News *n, int viewer)
{
    (void)app;
    return n->only_for == NOBODY || viewer == VIEW_TRUTH || n->only_for == viewer;
}

int ui_find_order(const App *app, int turn, int actor, int action)
{
    const History *h = &app->s->game.history;
    if (turn < 1 || turn > h->nturns)
        return -1;
    const TurnRecord *t = &h->turns[turn - 1];
    for (int i = 0; i < t->norders; i++) {
        const Order *o = &h->orders[t->first_order + i];
        if (o->actor == actor && o->action == action)
            return t->first_order + i;
    }
    return -1;
}

const char *ui_source_note(App *app, const char *tag)
{
    for (int i = 0; i < app->nsources; i++)
        if (strcmp(app->sources[i].tag, tag) == 0)
            return app->sources[i].text;
    return NULL;
}

/* ---- words and numbers ------------------------------------------------- */

static const struct {
    const char *name, *label;
} var_labels[] = {
    { "escalation", "Escalation" }, { "oil_price", "Oil price (Brent)" }, { "oil_premium", "Oil risk premium" },
    { "hormuz_flow", "Oil through Hormuz" }, { "condemnation", "Condemnation of Tehran" },
    { "approval", "US approval" }, { "hawk_pressure", "Hawks' pressure" }, { "credibility", "US credibility" },
    { "ultimatum", "US ultimatum stands" }, { "audience_cost", "Cost of backing down" },
    { "alliance_cohesion", "Allies on side" }, { "posture", "US forces in theatre" }, { "sanctions", "Sanctions" },
    { "enforcement", "Sanctions enforcement" }, { "secondary_tariff", "Secondary tariff" }, { "talks", "Talks" },
    { "talks_progress", "Progress of talks" }, { "demands", "US demands" }, { "relief", "Relief on offer" },
    { "us_casualties", "US casualties" }, { "us_resolve", "US resolve" }, { "rial", "Rial per dollar" },
    { "rial_trend", "Rial's slide" }, { "inflation", "Inflation" }, { "oil_exports", "Iran's oil exports" },
    { "gdp_growth", "Iran's GDP growth" }, { "regime_stability", "Regime stability" },
    { "security_loyalty", "Security forces' loyalty" }, { "cohesion", "Elite cohesion" },
    { "faction_leader", "Leader's office" }, { "faction_hardline", "IRGC & hardliners" },
    { "faction_pragmatic", "Pragmatists" }, { "narrative", "Resistance narrative" }, { "deterrence", "Deterrence" },
    { "protest", "Protest" }, { "protest_deaths", "Protesters killed" }, { "grievance", "Grievance" },
    { "fear", "Fear of repression" }, { "hope", "Hope of change" }, { "internet", "Internet in Iran" },
    { "last_policy", "Last domestic line" }, { "inconsistency", "Inconsistency" },
    { "stockpile_60", "60% uranium" }, { "enrichment", "Enrichment" }, { "breakout_weeks", "Breakout time" },
    { "covert_progress", "Covert weapons work" }, { "covert_detected", "Covert work exposed" },
    { "iaea_access", "IAEA access" }, { "strike_damage", "Damage from strikes" }, { "iran_resolve", "Iran's resolve" },
    { "strikes_on_iran", "Strikes on Iran" }, { "attacks_on_us", "Attacks on US forces" },
    { "weapon", "Declared weapon" }, { "israel_readiness", "Israel's readiness" },
    { "proxy_capability", "Proxies' strength" }, { "proxy_control", "Tehran's grip on proxies" },
    { "proxy_activity", "Proxy attacks" }, { "snapback", "UN snapback" }, { "china_compliance", "Buyers' compliance" },
    { "gulf_ties", "Ties with the Gulf" }, { "mediation", "Mediation" },
};

const char *ui_var_label(int v)
{
    for (size_t i = 0; i < sizeof var_labels / sizeof *var_labels; i++)
        if (strcmp(var_labels[i].name, var_info[v].name) == 0)
            return var_labels[i].label;
    return var_info[v].name;
}

static const char *const talks_names[] = { "none", "back-channel", "direct", "agreement" };
static const char *const demand_names[] = { "nuclear only", "+ missiles", "+ proxies", "regime change" };
static const char *const enrich_names[] = { "frozen", "steady", "expanded" };

void ui_format_value(int v, double x, char *out, size_t cap)
{
    const char *u = var_info[v].unit;
    if (isnan(x)) {
        snprintf(out, cap, "secret");
        return;
    }
    int r = (int)lround(x);
    if (strcmp(u, "%") == 0 || strcmp(u, "% pop.") == 0) snprintf(out, cap, "%.1f%%", x);
    else if (strcmp(u, "$/bbl") == 0) snprintf(out, cap, "$%.1f", x);
    else if (strcmp(u, "mb/d") == 0) snprintf(out, cap, "%.2f mb/d", x);
    else if (strcmp(u, "k rial/$") == 0) snprintf(out, cap, x >= 1000 ? "%.2fM" : "%.0fk", x >= 1000 ? x / 1000 : x);
    else if (strcmp(u, "0-1") == 0 || strcmp(u, "weight") == 0) snprintf(out, cap, "%.0f%%", 100 * x);
    else if (strcmp(u, "people") == 0 || strcmp(u, "count") == 0) snprintf(out, cap, "%.0f", x);
    else if (strcmp(u, "kg") == 0) snprintf(out, cap, "%.0f kg", x);
    else if (strcmp(u, "weeks") == 0) snprintf(out, cap, x >= 519 ? "none" : "%.0f wk", x);
    else if (strcmp(u, "%/yr") == 0) snprintf(out, cap, "%.0f%%/yr", x);
    else if (strcmp(u, "0/1") == 0) ui_copy(out, cap, x >= 0.5 ? "yes" : "no");
    else if (strcmp(u, "stage 0-3") == 0 && r >= 0 && r <= 3) ui_copy(out, cap, talks_names[r]);
    else if (strcmp(u, "level 0-3") == 0 && r >= 0 && r <= 3) ui_copy(out, cap, demand_names[r]);
    else if (strcmp(u, "level 0-2") == 0 && r >= 0 && r <= 2) ui_copy(out, cap, enrich_names[r]);
    else if (strcmp(u, "0-100") == 0 || strcmp(u, "0-3") == 0) snprintf(out, cap, "%.0f", x);
    else if (fabs(x) >= 100) snprintf(out, cap, "%.0f", x);
    else snprintf(out, cap, "%.1f", x);
}

void ui_format_delta(int v, double d, char *out, size_t cap)
{
    const char *u = var_info[v].unit;
    if (strcmp(u, "0-1") == 0 || strcmp(u, "weight") == 0) snprintf(out, cap, "%+.0f pts", 100 * d);
    else if (strcmp(u, "$/bbl") == 0) snprintf(out, cap, "%s$%.1f", d < 0 ? "-" : "+", fabs(d));
    else if (strcmp(u, "mb/d") == 0) snprintf(out, cap, "%+.2f", d);
    else if (strcmp(u, "k rial/$") == 0) snprintf(out, cap, "%+.0fk", d);
    else if (fabs(d) >= 10) snprintf(out, cap, "%+.0f", d);
    else snprintf(out, cap, "%+.1f", d);
}

void ui_var_tooltip(App *app, int v, char *out, size_t cap)
{
    const VarInfo *vi = &var_info[v];
    const Catalogue *c = app->s ? &app->s->catalogue : NULL;
    size_t n = (size_t)snprintf(out, cap, "%s. Unit: %s. Source: %s.", vi->description, vi->unit, vi->sources);
    int viewer = ui_viewer(app);
    double sd;
    double x = app->s ? ui_value(app, app->s->game.world.turn, v, &sd) : 0;
    if (n < cap && app->s) {
        if (isnan(x))
            n += (size_t)snprintf(out + n, cap - n, "\nSecret: only its owner knows it.");
        else if (sd > 0)
            n += (size_t)snprintf(out + n, cap - n, "\nYou cannot see it: this is your intelligence estimate, "
                                                    "give or take %.3g (intelligence actions narrow it).", sd);
        else if (viewer != -1 && vi->visibility != PUBLIC)
            n += (size_t)snprintf(out + n, cap - n, "\nOnly you see the true value.");
    }
    if (c && n < cap) {
        int k = 0;
        for (int i = 0; i < c->count && k < 6; i++) {
            const Action *a = &c->actions[i];
            for (int e = 0; e < a->neff; e++)
                if ((int)a->eff[e].var == v && a->eff[e].op != EFF_INTEL) {
                    n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s%s (%s)", k ? "; " : "\nMoved by: ",
                                          a->name, actor_title((Actor)__builtin_ctz(a->actors ? a->actors : 1)));
                    k++;
                    break;
                }
        }
        if (n < cap)
            snprintf(out + n, cap - n, "%sthe weekly dynamics of the model.", k ? "; and " : "\nMoved by ");
    }
}

/* Where a news item happens on the map: by action, then by words in it,
 * then by who did it. NULL: nowhere on this map (Washington, Brussels...). */
const char *ui_point_for_news(const App *app, const News *n)
{
    static const struct {
        const char *action, *point;
    } by_action[] = {
        { "strike_nuclear", "FORDOW" }, { "israel_strike", "NATANZ" }, { "israel_sabotage", "NATANZ" },
        { "strike_campaign", "ISFAHAN" }, { "expand_enrichment", "FORDOW" }, { "freeze_enrichment", "FORDOW" },
        { "covert_work", "ISFAHAN" }, { "full_inspections", "NATANZ" }, { "nuclear_concession", "NATANZ" },
        { "declare_weapon", "ISFAHAN" }, { "harass_shipping", "HORMUZ" }, { "close_hormuz", "HORMUZ" },
        { "houthi_shipping", "SANAA" }, { "proxy_attack_us", "BAGHDAD" }, { "strike_proxies", "SANAA" },
        { "israel_strike_hezbollah", "BEIRUT" }, { "strike_israel", "TELAVIV" }, { "strike_us_bases", "DOHA" },
        { "token_retaliation", "DOHA" }, { "deploy_forces", "MANAMA" }, { "stand_down", "MANAMA" },
        { "military_exercise", "BANDAR_ABBAS" }, { "missile_display", "TEHRAN" }, { "aerospace_show", "TEHRAN" },
        { "israel_prepare", "TELAVIV" }, { "israel_hold", "TELAVIV" }, { "green_light_israel", "TELAVIV" },
        { "gulf_mediate", "MUSCAT" }, { "gulf_outreach", "RIYADH" }, { "gulf_pump", "RIYADH" },
        { "gulf_deny_airspace", "RIYADH" }, { "gulf_host_us", "DOHA" }, { "court_china", "KHARG" },
        { "china_buy", "KHARG" }, { "china_comply", "KHARG" }, { "enforce_sanctions", "KHARG" },
        { "activate_proxies", "BEIRUT" }, { "restrain_proxies", "BAGHDAD" }, { "proxy_pause", "BAGHDAD" },
        { "proxy_rearm", "BEIRUT" },
    };
    static const struct {
        const char *word, *point;
    } by_word[] = {
        { "Hormuz", "HORMUZ" }, { "tanker", "HORMUZ" }, { "Oman", "MUSCAT" }, { "Qatar", "DOHA" },
        { "IAEA", "NATANZ" }, { "covert", "ISFAHAN" }, { "Houthi", "SANAA" }, { "Hezbollah", "BEIRUT" },
        { "Israel", "TELAVIV" }, { "Iraq", "BAGHDAD" }, { "street", "TEHRAN" }, { "protest", "TEHRAN" },
        { "mourning", "TEHRAN" }, { "security units", "TEHRAN" }, { "phone", "TEHRAN" }, { "internet", "TEHRAN" },
        { "Islamic Republic", "TEHRAN" }, { "Tehran", "TEHRAN" },
    };
    if (n->action >= 0 && n->action < app->s->catalogue.count) {
        const char *id = app->s->catalogue.actions[n->action].id;
        for (size_t i = 0; i < sizeof by_action / sizeof *by_action; i++)
            if (strcmp(id, by_action[i].action) == 0)
                return by_action[i].point;
    }
    for (size_t i = 0; i < sizeof by_word / sizeof *by_word; i++)
        if (strstr(n->text, by_word[i].word))
            return by_word[i].point;
    switch (n->actor) {
    case IRAN: case IRGC: case PROTESTERS: return "TEHRAN";
    case ISRAEL: return "TELAVIV";
    case PROXIES: return "BAGHDAD";
    case GULF: return "RIYADH";
    default: return NULL;
    }
}

SDL_Color ui_actor_colour(const App *app, int actor)
{
    const Palette *p = &app->pal;
    switch (actor) {
    case US: return p->us;
    case IRAN: case IRGC: return p->iran;
    case PROXIES: return mix(p->iran, p->bad, 0.5f);
    case PROTESTERS: return p->warn;
    case ISRAEL: case EUROPE: case CHINA: case GULF: return p->neutral;
    default: return p->world;
    }
}

static const char *const ladder_short[11] = {
    "Deal", "Friction", "Sanctions", "Threats", "Cut-off", "Show of force", "Seizures", "Limited strikes",
    "Strike campaign", "Regional war", "Full war",
};

static const char *const ladder_long[11] = {
    "Cooperation or agreement.", "Diplomatic friction.", "Sanctions and gestures.",
    "Solemn threats and ultimatums.", "Hardening: talks are cut off.", "Show of force: forces move into theatre.",
    "Harassment: seizures, cyber attacks, proxy attacks.", "Limited strikes.",
    "A strike campaign, or retaliation on bases.", "Closure of Hormuz, regional war.",
    "Full-scale war: the game ends.",
};

const char *ui_ladder_label(int rung) { return rung >= 0 && rung <= 10 ? ladder_short[rung] : ""; }
const char *ui_ladder_text(int rung) { return rung >= 0 && rung <= 10 ? ladder_long[rung] : ""; }

void ui_team_label(const App *app, Actor a, char *out, size_t cap)
{
    const char *team = app->s && a < ACTOR_COUNT ? app->s->team[a] : "";
    if (team[0])
        snprintf(out, cap, "%s (%s)", actor_title(a), team);
    else
        snprintf(out, cap, "%s", actor_title(a));
}

void ui_side_name(const App *app, char *out, size_t cap)
{
    Actor a = app->hotseat ? app->current : app->side;
    char who[120];
    ui_team_label(app, a, who, sizeof who);
    if (app->hotseat)
        snprintf(out, cap, "Hot-seat: %s", who);
    else
        snprintf(out, cap, "You play %s", a == US ? "the United States" : who);
}

static const char *const side_titles[ACTOR_COUNT] = {
    "the United States", "Iran", "Israel", "the protesters", "the IRGC", "the proxies", "Europe", "China",
    "the Gulf states",
};
static const char *const possessives[ACTOR_COUNT] = {
    "the United States'", "Iran's", "Israel's", "the protesters'", "the IRGC's", "the proxies'", "Europe's",
    "China's", "the Gulf states'",
};

/* "the United States'" / "Iran's": for sentences about a side. */
const char *ui_possessive(Actor a)
{
    return a < ACTOR_COUNT ? possessives[a] : "the world's";
}

const char *ui_side_title(Actor a)
{
    return a < ACTOR_COUNT ? side_titles[a] : "the world";
}

/* What playing a role means, for the new game screen's tooltips. */
const char *ui_role_text(Actor a)
{
    static const char *const t[ACTOR_COUNT] = {
        "The President: weigh the hawks against the deal-makers, keep approval, allies and credibility, and keep "
        "Iran from the bomb.",
        "The Supreme Leader's office: keep the regime standing and the factions together (the IRGC, the "
        "pragmatists), keep deterrence, win relief.",
        "Israel's cabinet: prepare strike packages, sabotage the programme, strike the nuclear sites or "
        "Hezbollah, or hold fire at Washington's request.",
        "The protest movement: call nationwide protests and strikes, appeal to the world, or stay home and wait, "
        "under the threat of the crackdown.",
        "The Revolutionary Guards: send the Basij into the streets, purge wavering officers, pay the security "
        "forces, show off the missiles.",
        "Hezbollah, the Houthis and the Iraqi militias: attack US bases or Red Sea shipping, rearm, or observe a "
        "pause.",
        "The European capitals: condemn the crackdown, trigger the UN snapback, offer good offices, protest the "
        "US tariffs.",
        "Beijing: keep buying discounted Iranian crude, cut purchases to dodge US tariffs, call for restraint.",
        "Oman, Qatar, Riyadh: host talks, pump more oil, deny airspace for strikes, or host more US forces.",
    };
    return a < ACTOR_COUNT ? t[a] : "";
}
