/* The screens around a game: main menu, new game, load, save, settings, and
 * the small dialogs (message, game menu). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui_internal.h"

const char ui_nav_hint[] = N_("Mouse, or keyboard alone: Tab / arrow keys move   Enter or Space chooses   Esc goes back");

/* ---- main menu --------------------------------------------------------- */

void screen_menu(App *app)
{
    const Palette *p = &app->pal;
    float split = fmaxf(540, app->lw * 0.42f);
    Rect maprect = rect(split, 0, app->lw - split, app->lh);
    map_draw(app, maprect);
    fill(app, maprect, alpha(p->bg, 110));
    fill(app, rect(0, 0, split, app->lh), p->panel);
    fill(app, rect(split - 3, 0, 3, app->lh), p->accent);

    float x = 56, y = 70;
    draw_text(app, FONT_TITLE, _("RED LINE"), x, y, p->text);
    y += line_height(app, FONT_TITLE) + 2;
    fill(app, rect(x, y, 120, 4), p->accent);
    y += 16;
    y += draw_wrapped(app, FONT_BODY,
                      _("A turn-based simulation of the crisis between the United States and Iran. "
                      "Each turn is a week: give your orders, then see what every actor did and why."),
                      x, y, split - 2 * x, p->dim);
    y += 28;

    float bw = 260, bh = 44, gap = 12;
    if (ui_button_primary(app, rect(x, y, bw, bh), _("New game"), true)) {
        ui_newgame_defaults(app);
        ui_goto(app, SCR_NEWGAME);
    }
    y += bh + gap;
    char desc[160] = "";
    bool can_continue = ui_autosave_exists(app, desc, sizeof desc);
    if (ui_button(app, rect(x, y, bw, bh), _("Continue"), can_continue)) {
        char path[800];
        snprintf(path, sizeof path, "%s/autosave.json", app->saves);
        ui_load_game(app, path);
    }
    const char *cont = can_continue ? desc : _("no game to continue yet");
    float dw = split - (x + bw + 14) - 12;
    draw_wrapped(app, FONT_SMALL, cont, x + bw + 14, y + (bh - wrapped_height(app, FONT_SMALL, cont, dw)) / 2, dw,
                 p->faint);
    y += bh + gap;
    if (ui_button(app, rect(x, y, bw, bh), _("Load game"), true)) {
        app->back_from_load = SCR_MENU;
        ui_goto(app, SCR_LOAD);
    }
    y += bh + gap;
    if (ui_button(app, rect(x, y, bw, bh), _("Settings"), true)) {
        app->back_from_settings = SCR_MENU;
        ui_goto(app, SCR_SETTINGS);
    }
    y += bh + gap;
    if (ui_button(app, rect(x, y, bw, bh), _("Quit"), true))
        app->quit = true;

    float fy = app->lh - 96;
    draw_wrapped(app, FONT_SMALL,
                 _("Sources: three articles on the 2025-26 crisis, cited as A, B and C in every rule. "
                 "Map: Natural Earth (public domain). Type: DejaVu Sans."),
                 x, fy, split - 2 * x, p->faint);
    ui_footer(app, _(ui_nav_hint));
}

/* ---- new game ---------------------------------------------------------- */

/* A seed of its own for every new game: the clock's finest ticks, mixed. */
static unsigned fresh_seed(void)
{
    uint64_t x = SDL_GetPerformanceCounter() ^ ((uint64_t)time(NULL) << 20);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (unsigned)(x % 100000u);
}

/* New game starts from the defaults every time: the first scenario found of
 * jan2026's, the United States played by one team, no PIN, no timer, the
 * scenario's own length, a fresh seed. Nothing of the last class's setup
 * is carried over. */
void ui_newgame_default_scenario(App *app)
{
    app->ng_scenario = 0;
    for (int i = 0; i < app->nscenarios; i++)
        if (strcmp(app->scenarios[i].id, "jan2026") == 0)
            app->ng_scenario = i;
}

void ui_newgame_defaults(App *app)
{
    ui_newgame_default_scenario(app);   /* again by ui_need_scenarios if they are not read yet */
    memset(app->ng_human, 0, sizeof app->ng_human);
    memset(app->ng_team, 0, sizeof app->ng_team);
    app->ng_human[US] = true;
    app->ng_timer = 0;
    app->ng_length = 0;
    app->ng_pin[0] = '\0';
    app->ng_devices = app->ng_lan = false;
    snprintf(app->ng_seed, sizeof app->ng_seed, "%u", fresh_seed());
}

const int ui_timer_minutes[TIMER_CHOICES] = { 0, 1, 2, 3, 5, 8 };
const int ui_length_weeks[LENGTH_CHOICES] = { 0, 12, 8, 6 };

/* The roles: a toggle for each actor (a team plays it, or the computer) and
 * the team's name as the teacher types it. Returns the height used. */
/* The roles' toggles' width (the longest role's name, Vereinigte Staaten)
 * and their fields' (played by the computer), as the language writes them. */
static void roles_widths(App *app, float *toggle, float *field)
{
    float widest = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        widest = fmaxf(widest, text_width(app, FONT_BOLD, rl_text(actor_title((Actor)a))));
    *toggle = fmaxf(170, widest + 48);
    *field = fmaxf(text_width(app, FONT_SMALL, _("played by the computer")),
                   text_width(app, FONT_SMALL, _("team name (optional)"))) + 20;
}

float ui_roles_panel(App *app, float x, float y, float w, bool *human, char (*team)[TEAM_LEN])
{
    const Palette *p = &app->pal;
    float want, field;
    roles_widths(app, &want, &field);
    float y0 = y, tw = fminf(want, fmaxf(w * 0.5f, w - 8 - field)), rh = 34;
    int described = -1;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        Rect tr = rect(x, y, tw, rh);
        int focus_before = app->nfocus;
        if (ui_toggle(app, tr, rl_text(actor_title((Actor)a)), human[a])) {
            human[a] = !human[a];
            app->dirty = true;
        }
        if (inside(tr, app->mouse_x, app->mouse_y) || (app->kbd_mode && app->focus == focus_before))
            described = a;
        Rect fr = rect(x + tw + 8, y, w - tw - 8, rh);
        char label[64];
        snprintf(label, sizeof label, _("Team name: %s"), rl_text(actor_title((Actor)a)));
        if (human[a]) {
            ui_text_field_hint(app, fr, label, team[a], TEAM_LEN, FIELD_TEXT, _("team name (optional)"));
        } else {
            fill(app, fr, p->panel);
            draw_text_fit(app, FONT_SMALL, _("played by the computer"), fr.x + 8,
                          fr.y + (fr.h - line_height(app, FONT_SMALL)) / 2, fr.w - 16, p->faint);
        }
        y += rh + 5;
    }
    y += 4;
    int n = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        n += human[a];
    char note[400];
    if (described >= 0)
        snprintf(note, sizeof note, "%s: %s", rl_text(actor_title((Actor)described)), ui_role_text((Actor)described));
    else if (n == 0)
        snprintf(note, sizeof note, "%s", _("Choose at least one role for a team to play."));
    else if (n == 1)
        snprintf(note, sizeof note, "%s", _("One team; the computer plays the other eight roles. Point at a role to "
                                    "read what it does."));
    else
        snprintf(note, sizeof note, ngettext("%d team shares the window: each week a hand-over screen passes it from "
                                             "team to team in the order above, and no team sees another's orders.",
                                             "%d teams share the window: each week a hand-over screen passes it from "
                                             "team to team in the order above, and no team sees another's orders.", n),
                 n);
    y += draw_wrapped(app, FONT_SMALL, note, x, y, w, n == 0 && described < 0 ? p->bad : p->dim);
    return y - y0;
}

/* The scenario cards: name, dates, the briefing's first lines; a click
 * chooses one. Returns where the list ends. */
static float scenario_cards(App *app, float x, float y, float colw)
{
    const Palette *p = &app->pal;
    for (int i = 0; i < app->nscenarios; i++) {
        ScenarioChoice *si = &app->scenarios[i];
        float bh = wrapped_height(app, FONT_SMALL, si->blurb, colw - 48);
        float l2 = 10 + line_height(app, FONT_H2), l3 = l2 + line_height(app, FONT_SMALL) + 4;
        Rect r = rect(x, y, colw - 8, l3 + bh + 10);
        Hit h = ui_hit(app, r, true, si->name);
        bool on = app->ng_scenario == i;
        fill(app, r, on ? p->selected : h.hover ? p->panel2 : p->panel);
        outline(app, r, on ? p->accent : p->border, on ? 2 : 1);
        if (h.ring)
            outline(app, inset(r, -2), p->focus, 2);
        outline(app, rect(r.x + 12, r.y + 16, 12, 12), on ? p->accent : p->dim, 1.5f);
        if (on)
            fill(app, rect(r.x + 15, r.y + 19, 6, 6), p->accent);
        draw_text_fit(app, FONT_H2, si->name, r.x + 36, r.y + 10, r.w - 44, p->text);
        char line2[160], start[64];
        snprintf(line2, sizeof line2, ngettext("%s · starts %s · %d week", "%s · starts %s · %d weeks", si->turns), si->id,
                 rl_date_text(si->start, start, sizeof start), si->turns);
        draw_text_fit(app, FONT_SMALL, line2, r.x + 36, r.y + l2, r.w - 44, p->dim);
        draw_wrapped(app, FONT_SMALL, si->blurb, r.x + 36, r.y + l3, colw - 48, p->dim);
        if (h.click) {
            app->ng_scenario = i;
            app->dirty = true;
        }
        y += r.h + 10;
    }
    return y;
}

/* Choices in a row of cols toggles, as many rows as they need; the
 * labels are measured bold (the chosen one is). */
static int choice_cols(App *app, char labels[][24], int n, float w, int most)
{
    float widest = 0;
    for (int i = 0; i < n; i++)
        widest = fmaxf(widest, text_width(app, FONT_BOLD, labels[i]));
    int cols = most;
    while (cols > 1 && widest + 42 > (w - (cols - 1) * 6) / cols)
        cols--;
    return cols;
}

/* The game's length (a class has an hour, not the scenario's half year),
 * no longer than the scenario; the turn timer's choices. */
static int length_labels(App *app, char labels[][24], int *index)
{
    int own = app->nscenarios > 0 ? app->scenarios[app->ng_scenario].turns : 0, n = 0;
    for (int i = 0; i < LENGTH_CHOICES; i++) {
        int weeks = ui_length_weeks[i];
        if (weeks >= own && weeks > 0)
            continue;
        int shown = weeks ? weeks : own;
        snprintf(labels[n], 24, ngettext("%d week", "%d weeks", shown), shown);
        index[n++] = i;
    }
    return n;
}

static void timer_labels(char labels[][24])
{
    for (int i = 0; i < TIMER_CHOICES; i++) {
        if (ui_timer_minutes[i] == 0)
            snprintf(labels[i], 24, "%s", _("Off"));
        else
            snprintf(labels[i], 24, _("%d min"), ui_timer_minutes[i]);
    }
}

/* Draws n toggles in cols columns from y; returns the height they take. */
static float choices(App *app, char labels[][24], int n, int cols, float x, float y, float w, int *chosen,
                     const int *index)
{
    float tw = (w - (cols - 1) * 6) / cols;
    for (int i = 0; i < n; i++)
        if (ui_toggle(app, rect(x + (i % cols) * (tw + 6), y + (i / cols) * 38, tw, 32), labels[i],
                      *chosen == (index ? index[i] : i)))
            *chosen = index ? index[i] : i;
    return (float)((n + cols - 1) / cols) * 38;
}

/* The seed, length, timer and PIN column, from y to bottom: its notes are
 * left out, the least needed first, when the column would not hold them
 * (German at large text and 110%), so nothing is covered by the buttons. */
static void newgame_options(App *app, float ox, float y, float ow, float bottom)
{
    const Palette *p = &app->pal;
    char lengths[LENGTH_CHOICES][24], timers[TIMER_CHOICES][24];
    int index[LENGTH_CHOICES], nl = length_labels(app, lengths, index);
    timer_labels(timers);
    int lcols = choice_cols(app, lengths, nl, ow, 2), tcols = choice_cols(app, timers, TIMER_CHOICES, ow, 3);
    const char *seed_note = _("The same scenario, seed and orders always play the same game.");
    const char *timer_note = _("Each team's time at the screen. At zero the window says so; the team "
                               "still ends its own turn.");
    float lrows = (float)((LENGTH_CHOICES + lcols - 1) / lcols);     /* the same room for every scenario's */
    float fixed = 30 + 42 + 28 + lrows * 38 + 10 + 28 +
                  (float)((TIMER_CHOICES + tcols - 1) / tcols) * 38 + 4 + 30 + 36;
    float hs = wrapped_height(app, FONT_SMALL, seed_note, ow) + 12, ht = wrapped_height(app, FONT_SMALL, timer_note, ow) + 10;
    bool with_timer = y + fixed + hs + ht <= bottom, with_seed = y + fixed + hs + (with_timer ? ht : 6) <= bottom;

    draw_text(app, FONT_H2, _("Seed"), ox, y, p->text);
    y += 30;
    /* the button as wide as its word (Neuer Seed at large text), the field the rest */
    float sbw = fmaxf(fminf(120, ow * 0.4f), text_width(app, FONT_BOLD, _("New seed")) + 14);
    float sfw = fminf(fminf(150, ow * 0.46f), ow - sbw - 10);
    ui_text_field(app, rect(ox, y, sfw, 36), _("Seed"), app->ng_seed, 11, FIELD_DIGITS);
    if (ui_button(app, rect(ox + sfw + 10, y, sbw, 36), _("New seed"), true))
        snprintf(app->ng_seed, sizeof app->ng_seed, "%u", fresh_seed());
    y += 42;
    y += with_seed ? draw_wrapped(app, FONT_SMALL, seed_note, ox, y, ow, p->dim) + 12 : 6;
    draw_text(app, FONT_H2, _("Length"), ox, y, p->text);
    y += 28;
    choices(app, lengths, nl, lcols, ox, y, ow, &app->ng_length, index);
    y += lrows * 38 + 10;
    int own = app->nscenarios > 0 ? app->scenarios[app->ng_scenario].turns : 0;
    if (ui_length_weeks[app->ng_length] >= own)
        app->ng_length = 0;
    draw_text(app, FONT_H2, _("Turn timer"), ox, y, p->text);
    y += 28;
    y += choices(app, timers, TIMER_CHOICES, tcols, ox, y, ow, &app->ng_timer, NULL) + 4;
    y += with_timer ? draw_wrapped(app, FONT_SMALL, timer_note, ox, y, ow, p->dim) + 10 : 6;
    draw_text(app, FONT_H2, _("Facilitator PIN"), ox, y, p->text);
    y += 30;
    ui_text_field_hint(app, rect(ox, y, fminf(150, ow * 0.46f), 36), _("Facilitator PIN"), app->ng_pin, 7, FIELD_PIN,
                       _("4 digits"));
    y += 42;
    /* the notes below are left out when short of room */
    const char *f9 = _("F9 opens the facilitator's screen behind it: the true state, pause, injects, set a "
                             "variable, rewind.");
    if (y + wrapped_height(app, FONT_SMALL, f9, ow) < bottom)
        y += draw_wrapped(app, FONT_SMALL, f9, ox, y, ow, p->dim) + 10;
    const char *no_difficulty = _("No difficulty to choose: the computer's actors follow the same sourced "
                                        "rules in every game; the seed changes the luck.");
    if (y + wrapped_height(app, FONT_SMALL, no_difficulty, ow) < bottom)
        draw_wrapped(app, FONT_SMALL, no_difficulty, ox, y, ow, p->faint);
}

/* The three columns' widths: the scenarios 36% of the window, who plays 33%,
 * the options the rest; a language whose roles or lengths need more
 * (Vereinigte Staaten, 26 Wochen at large text) takes it from the
 * scenarios' cards, which wrap. */
static void newgame_columns(App *app, float *colw, float *rw, float *ow)
{
    float toggle, field;
    roles_widths(app, &toggle, &field);
    *rw = fmaxf(floorf(app->lw * 0.33f), ceilf(toggle + 8 + field));
    char lengths[LENGTH_CHOICES][24];
    int index[LENGTH_CHOICES], n = length_labels(app, lengths, index);
    float widest = 0;
    for (int i = 0; i < n; i++)
        widest = fmaxf(widest, text_width(app, FONT_BOLD, lengths[i]));
    float rest = app->lw - 24 - 28 - 28 - 24;
    *ow = fmaxf(floorf(app->lw * 0.31f) - 104, ceilf(2 * (widest + 42) + 6));
    *colw = fmaxf(floorf(app->lw * 0.26f), fminf(floorf(app->lw * 0.36f), rest - *rw - *ow));
    *ow = rest - *colw - *rw;
}

void screen_newgame(App *app)
{
    const Palette *p = &app->pal;
    ui_need_scenarios(app);
    ui_heading(app, _("New game"), _("Choose a scenario, who plays which role, and a seed"));
    float top = 88, colw, rw, ow;
    newgame_columns(app, &colw, &rw, &ow);
    float x = 24, y = top;
    draw_text(app, FONT_H2, _("Scenario"), x, y, p->text);
    Rect view = rect(x - 4, y + 30, colw + 8, app->lh - 96 - (y + 30));
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_NEWGAME]);
    y = sc.y0 + 4;
    x = view.x + 4;
    y = scenario_cards(app, x, y, colw);
    if (app->nscenarios == 0)
        y += draw_wrapped(app, FONT_BODY, _("No scenarios found under scripts/scenarios."), x, y, colw, p->bad);
    scroll_end(app, &sc, y - sc.y0);

    /* who plays */
    float rx = 24 + colw + 28;
    y = top;
    draw_text(app, FONT_H2, _("Who plays"), rx, y, p->text);
    draw_text_al(app, FONT_SMALL, _("tick the roles teams play"), rx, y + 5, rw, ALIGN_RIGHT, p->faint);
    y += 30;
    y += ui_roles_panel(app, rx, y, rw, app->ng_human, app->ng_team) + 10;
    /* a class on devices (ui_host.c): the window becomes the projector's screen */
    if (y + 76 < app->lh - 88) {
        if (ui_toggle(app, rect(rx, y, rw, 34), _("Teams join from their own devices"), app->ng_devices))
            app->ng_devices = !app->ng_devices;
        if (app->ng_devices && ui_toggle(app, rect(rx, y + 40, rw, 34), _("Open to the room's network"), app->ng_lan))
            app->ng_lan = !app->ng_lan;
    }

    float ox = rx + rw + 28;
    newgame_options(app, ox, top, ow, app->lh - 88);

    float by = app->lh - 80;
    if (ui_button(app, rect(24, by, 160, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE))
        ui_goto(app, SCR_MENU);
    int teams = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        teams += app->ng_human[a];
    size_t pin = strlen(app->ng_pin);
    bool ok = app->nscenarios > 0 && teams > 0;
    if (pin > 0 && pin < 4)
        draw_text_al(app, FONT_SMALL, _("The PIN needs at least 4 digits (or none)."), 200, by + 14,
                     app->lw - 24 - 220 - 16 - 200, ALIGN_RIGHT, p->bad);
    ok &= pin == 0 || pin >= 4;
    if (ui_button_primary(app, rect(app->lw - 24 - 220, by, 220, 44), _("Start game"), ok) ||
        (ok && (app->kmod & KMOD_CTRL) && ui_key(app, SDLK_RETURN))) {
        unsigned long long seed = strtoull(app->ng_seed[0] ? app->ng_seed : "1", NULL, 10);
        ClassSetup room = { app->ng_pin, ui_timer_minutes[app->ng_timer] * 60 };
        if (app->ng_devices)
            ui_host_start(app, app->scenarios[app->ng_scenario].id, seed, ui_length_weeks[app->ng_length], &room,
                          app->ng_lan);
        else
            ui_new_game_roles(app, app->scenarios[app->ng_scenario].id, app->ng_human, app->ng_team, seed,
                              ui_length_weeks[app->ng_length], &room);
    }
    ui_footer(app, _(ui_nav_hint));
}

/* ---- load and save ----------------------------------------------------- */

void screen_load(App *app)
{
    const Palette *p = &app->pal;
    char sub[700];
    snprintf(sub, sizeof sub, _("Saved games in %s"), app->saves);
    ui_heading(app, _("Load a game"), sub);
    Rect view = rect(24, 84, app->lw - 48, app->lh - 84 - 110);
    if (app->nsaves == 0)
        draw_text(app, FONT_BODY, _("There are no saved games yet."), 24, 96, p->dim);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_LOAD]);
    float y = sc.y0;
    for (int i = 0; i < app->nsaves; i++) {
        SaveInfo *si = &app->saves_list[i];
        Rect r = rect(view.x, y, view.w - 10, 44);
        fill(app, r, i % 2 ? p->panel : p->panel2);
        draw_text_fit(app, FONT_BOLD, si->name, r.x + 14, r.y + 13, r.w * 0.3f, p->text);
        draw_text_fit(app, FONT_SMALL, si->desc, r.x + r.w * 0.32f, r.y + 15, r.w * 0.4f, p->dim);
        draw_text(app, FONT_SMALL, si->when, r.x + r.w * 0.74f, r.y + 15, p->dim);
        char label[160];
        snprintf(label, sizeof label, _("Load %s"), si->name);
        Rect b = rect(r.x + r.w - 110, r.y + 6, 100, 32);
        bool load = ui_button(app, b, _("Load"), true);
        if (app->nlabels > 0)
            ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, label);
        Hit row = ui_hit(app, r, false, NULL);     /* a click anywhere on the row loads it too */
        if (load || row.click) {
            char path[800];
            snprintf(path, sizeof path, "%s/%s.json", app->saves, si->name);
            ui_load_game(app, path);
            return;
        }
        y += 48;
    }
    scroll_end(app, &sc, y - sc.y0);
    if (ui_button(app, rect(24, app->lh - 80, 160, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE))
        ui_goto(app, app->back_from_load);
    ui_footer(app, _(ui_nav_hint));
}

void screen_save(App *app)
{
    const Palette *p = &app->pal;
    char sub[700];
    snprintf(sub, sizeof sub, _("Into %s"), app->saves);
    ui_heading(app, _("Save the game"), sub);
    float x = 24, y = 92;
    draw_text(app, FONT_H2, _("Name"), x, y, p->text);
    y += 30;
    ui_text_field(app, rect(x, y, 420, 38), _("Save name"), app->save_name, 48, false);
    bool ok = app->save_name[0] != '\0' && app->s;
    if (ui_button_primary(app, rect(x + 436, y, 140, 38), _("Save"), ok) || (ok && app->text_enter)) {
        if (ui_save_game(app, app->save_name))
            ui_goto(app, app->back_from_load);
        return;
    }
    y += 48;
    draw_wrapped(app, FONT_SMALL, _("Letters, digits, spaces, - and _. Choosing a name below overwrites that save. "
                                  "The game also saves itself every turn as \"autosave\"."),
                 x, y, 700, p->dim);
    y += 44;
    draw_text(app, FONT_H2, _("Existing saves"), x, y, p->text);
    y += 30;
    Rect view = rect(x, y, 700, app->lh - y - 110);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_SAVE]);
    float ry = sc.y0;
    for (int i = 0; i < app->nsaves; i++) {
        Rect r = rect(view.x, ry, view.w - 10, 34);
        char label[200];
        snprintf(label, sizeof label, "%s    (%s)", app->saves_list[i].name, app->saves_list[i].when);
        Hit h = ui_hit(app, r, true, app->saves_list[i].name);
        fill(app, r, h.hover ? p->panel2 : p->panel);
        if (h.ring)
            outline(app, r, p->focus, 2);
        draw_text_fit(app, FONT_BODY, label, r.x + 12, r.y + 8, r.w - 24, p->text);
        if (h.click) {
            ui_copy(app->save_name, sizeof app->save_name, app->saves_list[i].name);
            app->focus = 0;
            app->text_replace = false;
            app->dirty = true;
        }
        ry += 38;
    }
    scroll_end(app, &sc, ry - sc.y0);
    if (ui_button(app, rect(24, app->lh - 80, 160, 44), _("Cancel"), true) || ui_key(app, SDLK_ESCAPE))
        ui_goto(app, app->back_from_load);
    ui_footer(app, _("Type a name, then Enter to save   Esc cancels"));
}

/* ---- dialogs ----------------------------------------------------------- */

static Rect dialog(App *app, float w, float h, const char *title)
{
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(app->pal.bg, 200));
    fill(app, r, app->pal.panel);
    outline(app, r, app->pal.border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), app->pal.accent);
    draw_text(app, FONT_H2, title, r.x + 20, r.y + 16, app->pal.text);
    return r;
}

void modal_message(App *app)
{
    float w = 620;
    float th = wrapped_height(app, FONT_BODY, app->message, w - 40);
    Rect r = dialog(app, w, th + 130, app->message_title);
    draw_wrapped(app, FONT_BODY, app->message, r.x + 20, r.y + 54, w - 40, app->pal.text);
    if (ui_button_primary(app, rect(r.x + r.w - 140, r.y + r.h - 58, 120, 40), "OK", true) ||
        ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
    }
}

void modal_gamemenu(App *app)
{
    Rect r = dialog(app, 340, 400, _("Game menu"));
    float x = r.x + 30, y = r.y + 60, w = r.w - 60, h = 42, gap = 10;
    if (ui_button_primary(app, rect(x, y, w, h), _("Resume"), true) || ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
    }
    y += h + gap;
    if (ui_button(app, rect(x, y, w, h), _("Save game"), app->s != NULL)) {
        app->modal = MODAL_NONE;
        app->back_from_load = app->screen;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-week%d", rl_scenario(app->s)->id,
                 app->hotseat ? "hotseat" : actor_name(app->side), rl_turn(app->s) + 1);
        ui_goto(app, SCR_SAVE);
        app->focus = 0;   /* type the name straight away */
        app->text_replace = true;
        return;
    }
    y += h + gap;
    if (ui_button(app, rect(x, y, w, h), _("Load game"), true)) {
        app->modal = MODAL_NONE;
        app->back_from_load = app->screen;
        ui_goto(app, SCR_LOAD);
        return;
    }
    y += h + gap;
    if (ui_button(app, rect(x, y, w, h), _("Settings"), true)) {
        app->modal = MODAL_NONE;
        app->back_from_settings = app->screen;
        ui_goto(app, SCR_SETTINGS);
        return;
    }
    y += h + gap;
    if (ui_button(app, rect(x, y, w, h), _("Main menu"), true)) {
        app->modal = MODAL_NONE;
        ui_goto(app, SCR_MENU);
        return;
    }
    y += h + gap;
    if (ui_button(app, rect(x, y, w, h), _("Quit"), true))
        app->quit = true;
}
