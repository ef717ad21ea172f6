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
        ui_copy(si->name, sizeof si->name, info->name);
        ui_copy(si->start, sizeof si->start, info->start);
        si->turns = info->turns;
        blurb_of(info->briefing, si->blurb, sizeof si->blurb);
    }
    free(info);
}

/* A line about a save for the list: which scenario, which week, who plays. */
static void describe_save(const char *path, char *out, size_t cap)
{
    SaveSummary sum;
    Error err;
    if (rl_save_summary(path, &sum, &err) != 0) {
        ui_copy(out, cap, "not a readable save");
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
        snprintf(who + used, sizeof who - used, "%s%s%s%.40s%s", k == 0 ? "" : k == nh - 1 ? " and " : ", ",
                 actor_title((Actor)a), sum.team[a][0] ? " (" : "", sum.team[a], sum.team[a][0] ? ")" : "");
        k++;
    }
    snprintf(out, cap, "%.40s · %d of %d weeks played%s%s", sum.scenario, sum.turn, sum.turns, who[0] ? " · " : "",
             who);
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
    app->detail_action = -1;
    app->res_turn = rl_turn(s);
    app->chart_page = 0;
    app->status[0] = '\0';
    app->report_dir[0] = '\0';
    app->timer_on = false;
    app->timer_actor = -1;
    app->paused = false;
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
        ui_message(app, "The game could not start", "%s", err.msg);
        return false;
    }
    ui_close_game(app);
    app->s = s;
    app->origin_path[0] = '\0';
    if (room) {
        rl_set_timer(s, room->timer_s, &err);
        if (room->pin[0] && rl_set_pin(s, room->pin, &err) != 0)
            ui_message(app, "No PIN was kept", "%s. The first F9 asks for one again.", err.msg);
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
    if (rl_save(app->s, path, &err) != 0) {
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
        ui_message(app, "Those orders cannot be given", "%s", err.msg);
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
        app->detail_action = -1;
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
                ui_message(app, "Those orders cannot be given", "%s", msg);
            }
            return;
        }
    }
    rl_step(app->s);
    memset(app->nsel, 0, sizeof app->nsel);
    app->detail_action = -1;
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

bool ui_reveal(const App *app) { return app->s && rl_over(app->s); }

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

const char *ui_source_note(App *app, const char *tag)
{
    return app->s ? rl_source_note(app->s, tag) : NULL;
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
    const Catalogue *c = app->s ? rl_catalogue(app->s) : NULL;
    size_t n = (size_t)snprintf(out, cap, "%s. Unit: %s. Source: %s.", vi->description, vi->unit, vi->sources);
    int viewer = ui_viewer(app);
    double sd;
    double x = app->s ? ui_value(app, rl_turn(app->s), v, &sd) : 0;
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
    if (n->action >= 0 && n->action < rl_catalogue(app->s)->count) {
        const char *id = rl_catalogue(app->s)->actions[n->action].id;
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
    const char *team = app->s && a < ACTOR_COUNT ? rl_team(app->s, a) : "";
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
