/* The game as the window sees it: opening, loading and saving games, the
 * player's orders, whose eyes the screens look through, and the words and
 * numbers the screens show. Everything it knows of a game it asks the front
 * door (redline.h). */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ui_internal.h"

/* ---- scenarios and saves on disk -------------------------------------- */

/* The blurb: the briefing's first two sentences. */
static void blurb_of(const char *briefing, char *out, size_t cap)
{
    const char *end = briefing;
    for (int k = 0; k < 2 && end; k++) {
        end = strstr(end, ". ");
        if (end)
            end += 2;
    }
    size_t len = end ? (size_t)(end - briefing) - 1 : strlen(briefing);
    snprintf(out, cap, "%.*s", (int)(len < cap - 1 ? len : cap - 1), briefing);
}

void ui_scan_scenarios(App *app)
{
    char ids[MAX_SCENARIOS][ID_LEN];
    int n = rl_scenarios(app->root, app->mods, ids, MAX_SCENARIOS);
    app->nscenarios = 0;
    ScenarioInfo *info = malloc(sizeof *info);
    for (int i = 0; i < n && info; i++) {
        Error err = { 0 };
        if (rl_scenario_info(app->root, app->mods, ids[i], info, &err) != 0) {
            fprintf(stderr, "redline: %s\n", err.msg);
            continue;
        }
        ScenarioChoice *si = &app->scenarios[app->nscenarios++];
        ui_copy(si->id, sizeof si->id, info->id);
        ui_copy(si->name, sizeof si->name, rl_text(info->name));
        ui_copy(si->start, sizeof si->start, info->start);
        si->turns = info->turns;
        blurb_of(rl_text(info->briefing), si->blurb, sizeof si->blurb);
    }
    free(info);
    app->scenarios_read = true;
}

/* Reading the scenarios loads each one's script, for names and briefings
 * that only New game shows: not before the first frame of a game started
 * from the command line. New game's default is chosen once they are known. */
void ui_need_scenarios(App *app)
{
    if (app->scenarios_read)
        return;
    ui_scan_scenarios(app);
    ui_newgame_default_scenario(app);
}

/* A line about a save for the list: which scenario, which week, who plays. */
static void describe_save(const char *path, char *out, size_t cap)
{
    SaveSummary sum;
    Error err;
    if (rl_save_summary(path, &sum, &err) != 0) {
        ui_copy(out, cap, _("not a readable save"));
        return;
    }
    char who[300] = "";
    int nh = 0, k = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        nh += sum.human[a];
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (!sum.human[a])
            continue;
        size_t used = strlen(who);
        snprintf(who + used, sizeof who - used, "%s%s%s%.40s%s", k == 0 ? "" : k == nh - 1 ? _(" and ") : _(", "),
                 rl_text(actor_title((Actor)a)), sum.team[a][0] ? " (" : "", sum.team[a], sum.team[a][0] ? ")" : "");
        k++;
    }
    if (who[0])
        snprintf(out, cap, ngettext("%.40s · %d of %d week played · %s", "%.40s · %d of %d weeks played · %s", sum.turns),
                 sum.scenario, sum.turn, sum.turns, who);
    else
        snprintf(out, cap, ngettext("%.40s · %d of %d week played", "%.40s · %d of %d weeks played", sum.turns),
                 sum.scenario, sum.turn, sum.turns);
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
    rl_close(app->s);
    app->s = NULL;
}

int ui_humans(const App *app)
{
    int n = 0;
    for (int a = 0; app->s && a < ACTOR_COUNT; a++)
        n += rl_human(app->s, (Actor)a);
    return n;
}

/* Hot-seat order is fixed: the actors' own order (the United States, Iran,
 * Israel, the protesters, ...). */
int ui_next_human(const App *app, int after)
{
    for (int a = after + 1; app->s && a < ACTOR_COUNT; a++)
        if (rl_human(app->s, (Actor)a))
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
    app->res_turn = rl_turn(s);
    app->chart_page = 0;
    app->status[0] = '\0';
    app->report_dir[0] = '\0';
    app->timer_on = false;
    app->timer_actor = -1;
    app->paused = false;
    app->tutorial = 0;
    ui_likely_cancel(app);
    memset(&app->fac, 0, sizeof app->fac);
    app->fac.inject = rl_scenario(s)->ninjects > 0 ? 0 : -1;
    app->fac.rewind_turn = rl_turn(s) > 0 ? rl_turn(s) : 1;
}

bool ui_new_game_roles(App *app, const char *scenario, const bool *human, char (*team)[TEAM_LEN],
                       unsigned long long seed, int turns, const ClassSetup *room)
{
    SessionConfig cfg = { .root = app->root, .mods = app->mods, .scenario = scenario, .seed = seed, .turns = turns };
    for (int a = 0; a < ACTOR_COUNT; a++) {
        cfg.human[a] = human[a];
        cfg.team[a] = team && team[a][0] ? team[a] : NULL;
    }
    Error err = { 0 };
    Session *s = rl_open(&cfg, &err);
    if (!s) {
        ui_message(app, _("The game could not start"), "%s", err.msg);
        return false;
    }
    ui_close_game(app);
    app->s = s;
    app->origin_path[0] = '\0';
    if (room) {
        rl_set_timer(s, room->timer_s, &err);
        if (room->pin[0] && rl_set_pin(s, room->pin, &err) != 0)
            ui_message(app, _("No PIN was kept"), _("%s. The first F9 asks for one again."), err.msg);
    }
    game_opened(app);
    ui_tutorial_start(app, scenario);
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
    if (rl_over(app->s))
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
    Session *s = rl_load(path, app->root, app->mods, NULL, -1, &err);
    if (s && ui_humans(&(App){ .s = s }) == 0) {
        /* a game saved headless: take it over as the United States */
        rl_close(s);
        SessionConfig as_us = { .human[US] = true };
        s = rl_load(path, app->root, app->mods, &as_us, -1, &err);
    }
    if (!s) {
        ui_message(app, _("The save could not be loaded"), "%s", err.msg);
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
    if (rl_save(app->s, path, &err) != 0) {
        ui_message(app, _("The game could not be saved"), "%s", err.msg);
        return false;
    }
    snprintf(app->status, sizeof app->status, _("Saved as %s"), name);
    return true;
}

/* saves/autosave.json, the nine turns before it kept as autosave-1..9. */
void ui_autosave(App *app)
{
    if (!app->s)
        return;
    mkdir(app->saves, 0777);
    Error err = { 0 };
    if (rl_autosave(app->s, app->saves, &err) != 0)
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
    Error err = { 0 };
    if (rl_submit(app->s, a, app->sel[a], app->nsel[a], &err) != 0) {
        ui_message(app, _("Those orders cannot be given"), "%s", err.msg);
        return false;
    }
    return true;
}

void ui_end_orders(App *app)
{
    if (!app->s || rl_over(app->s))
        return;
    ui_timer_stop(app);
    int next = app->hotseat ? ui_next_human(app, app->current) : -1;
    if (next >= 0) {
        app->current = (Actor)next;
        ui_goto(app, SCR_HANDOVER);
        return;
    }
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (!rl_human(app->s, (Actor)a) || (!app->hotseat && a != (int)app->side))
            continue;
        if (!submit(app, (Actor)a)) {
            /* the facilitator changed the world under these orders: that team chooses again */
            app->current = (Actor)a;
            if (app->hotseat) {
                char msg[sizeof app->message];
                ui_copy(msg, sizeof msg, app->message);
                ui_goto(app, SCR_HANDOVER);
                ui_message(app, _("Those orders cannot be given"), "%s", msg);
            }
            return;
        }
    }
    rl_step(app->s);
    memset(app->nsel, 0, sizeof app->nsel);
    app->res_turn = rl_turn(app->s);
    app->fac.rewind_turn = rl_turn(app->s);
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
    int left = rl_capital(app->s, a);
    for (int i = 0; i < app->nsel[a]; i++)
        left -= rl_catalogue(app->s)->actions[app->sel[a][i]].cost;
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
    return rl_blocker(app->s, a, action, app->sel[a], app->nsel[a]);
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
        return VIEW_PUBLIC;
    if (rl_over(app->s))
        return VIEW_TRUTH;
    if (!app->hotseat)
        return app->side;
    if (app->screen == SCR_TURN || (app->screen == SCR_CHARTS && app->back_from_charts == SCR_TURN))
        return app->current;
    return VIEW_PUBLIC;
}

/* What the viewer knows of v at the end of `turn`: the truth, an estimate
 * with its standard error (the same number all turn long, the one the
 * viewer's AI saw), or NAN for a secret. */
double ui_value(App *app, int turn, int v, double *sd)
{
    return rl_value(app->s, ui_viewer(app), turn, (Var)v, sd);
}

/* The order `actor` gave for `action` in `turn`, if the viewer may know of it. */
const Order *ui_find_order(const App *app, int turn, int actor, int action)
{
    const Order *orders[ACTOR_COUNT * MAX_ORDERS];
    int n = rl_orders(app->s, ui_viewer(app), turn, orders, ACTOR_COUNT * MAX_ORDERS);
    for (int i = 0; i < n; i++)
        if (orders[i]->actor == actor && orders[i]->action == action)
            return orders[i];
    return NULL;
}

/* A news item that tells one of the game's significant moves: an order
 * that moved something players see by a fifth of its range or more. */
bool ui_significant(const App *app, int turn, const News *n)
{
    if (n->action < 0)
        return false;
    const Order *o = ui_find_order(app, turn, n->actor, n->action);
    return o && rl_order_weight(app->s, turn, o) >= LEDGER_SIGNIFICANT;
}

const char *ui_source_note(App *app, const char *tag)
{
    return app->s ? rl_source_note(app->s, tag) : NULL;
}
