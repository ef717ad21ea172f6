/* The classroom's clock and keys: each team's turn timer, the facilitator's
 * pause, and the PIN that guards the facilitator's screen (the engine keeps
 * the PIN hashed, in the game and its saves). */
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- the clock --------------------------------------------------------- */

Uint64 ui_now_ms(const App *app)
{
    return app->fake_clock_ms ? app->fake_clock_ms : SDL_GetTicks64();
}

static Uint64 timer_used(const App *app)
{
    Uint64 used = app->timer_used_ms;
    if (app->timer_on && !app->paused && !app->timer_held) {
        Uint64 now = ui_now_ms(app);
        used += now > app->timer_from_ms ? now - app->timer_from_ms : 0;
    }
    return used;
}

void ui_timer_start(App *app)
{
    app->timer_actor = app->hotseat ? (int)app->current : (int)app->side;
    app->timer_turn = app->s ? rl_turn(app->s) : 0;
    app->timer_used_ms = 0;
    app->timer_from_ms = ui_now_ms(app);
    app->timer_on = true;
    app->shown_second = -1;
}

void ui_timer_stop(App *app)
{
    if (!app->timer_on)
        return;
    app->timer_used_ms = timer_used(app);
    app->timer_on = false;
}

long ui_timer_left_ms(const App *app)
{
    return (long)rl_timer(app->s) * 1000 - (long)timer_used(app);
}

/* "4:05", or "+0:12" past the end. */
void ui_format_clock(long ms, char *out, size_t cap)
{
    bool over = ms < 0;
    long s = over ? (-ms) / 1000 : (ms + 999) / 1000;
    snprintf(out, cap, "%s%ld:%02ld", over ? "+" : "", s / 60, s % 60);
}

/* The team's time at the screen, right-aligned at `right`: shown to the room. */
void ui_timer_chip(App *app, float right, float y)
{
    const Palette *p = &app->pal;
    long left = ui_timer_left_ms(app);
    char clock[32], text[64];
    ui_format_clock(left, clock, sizeof clock);
    if (app->paused)
        snprintf(text, sizeof text, _("Paused %s"), clock);
    else if (left <= 0)
        snprintf(text, sizeof text, _("Over by %s"), clock + 1);
    else
        snprintf(text, sizeof text, _("Time left %s"), clock);
    float w = 140;
    Rect r = rect(right - w, y, w, 26);
    SDL_Color bg = left <= 0 ? p->bg : left <= 30000 ? p->warn : p->raised;
    SDL_Color fg = left <= 0 ? p->bad : left <= 30000 ? p->bg : p->text;
    fill(app, r, bg);
    outline(app, r, left <= 0 ? p->bad : p->border, 1);
    draw_text_al(app, FONT_BOLD, text, r.x, r.y + 4, r.w, ALIGN_CENTER, fg);
    app->shown_second = (int)(left / 1000);
}

/* The clock is on screen (and moving) on a team's turn screen. */
static bool clock_visible(const App *app)
{
    return app->s && rl_timer(app->s) > 0 && app->timer_on && !app->paused && app->screen == SCR_TURN &&
           app->modal == MODAL_NONE;
}

int ui_wait_ms(const App *app)
{
    if (app->likely.running)
        return 0;
    if (app->screen == SCR_HOST && app->host)
        return UI_HOST_POLL_MS;
    if (!clock_visible(app))
        return -1;
    long left = ui_timer_left_ms(app);
    long into = left >= 0 ? left % 1000 : 1000 - ((-left) % 1000);
    return (int)(into > 0 ? into : 1000) + 1;
}

void ui_app_tick(App *app)
{
    if (app->likely.running) {
        ui_likely_step(app, 40);
        ui_app_frame(app);
        return;
    }
    if ((clock_visible(app) && (int)(ui_timer_left_ms(app) / 1000) != app->shown_second) || ui_host_changed(app))
        ui_app_frame(app);
}

/* ---- pause ------------------------------------------------------------- */

/* Stop or restart the count; the time so far is kept. */
static void clock_stop(App *app, bool stop)
{
    Uint64 now = ui_now_ms(app);
    bool counting = app->timer_on && !app->paused && !app->timer_held;
    if (stop && counting)
        app->timer_used_ms += now > app->timer_from_ms ? now - app->timer_from_ms : 0;
    else if (!stop)
        app->timer_from_ms = now;
}

void ui_timer_hold(App *app, bool hold)
{
    if (hold == app->timer_held)
        return;
    if (hold)
        clock_stop(app, true);
    app->timer_held = hold;
    if (!hold && !app->paused)
        clock_stop(app, false);
}

void ui_pause(App *app, bool pause)
{
    if (pause == app->paused)
        return;
    if (pause) {
        clock_stop(app, true);
        if (app->s) {
            Error err = { 0 };
            char left[32] = "";
            if (rl_timer(app->s) > 0 && app->timer_on)
                ui_format_clock(ui_timer_left_ms(app), left, sizeof left);
            char text[120];
            if (left[0])
                snprintf(text, sizeof text, "The facilitator pauses the game (%s left on the turn timer).", left);
            else
                snprintf(text, sizeof text, "The facilitator pauses the game.");
            if (rl_pause(app->s, text, "", &err) != 0)
                fprintf(stderr, "redline: %s\n", err.msg);
            ui_autosave(app);       /* the pause is in the record */
        }
    }
    app->paused = pause;
    if (!pause && !app->timer_held)
        clock_stop(app, false);
    app->dirty = true;
}

void modal_paused(App *app)
{
    const Palette *p = &app->pal;
    fill(app, rect(0, 0, app->lw, app->lh), alpha(p->bg, 225));
    float y = app->lh * 0.34f;
    draw_text_al(app, FONT_TITLE, _("Paused"), 0, y, app->lw, ALIGN_CENTER, p->text);
    y += line_height(app, FONT_TITLE) + 10;
    draw_text_al(app, FONT_H2, _("The facilitator has paused the game."), 0, y, app->lw, ALIGN_CENTER, p->dim);
    y += line_height(app, FONT_H2) + 8;
    draw_text_al(app, FONT_BODY, _("The turn timer is stopped. The facilitator resumes the game with F9."), 0, y,
                 app->lw, ALIGN_CENTER, p->faint);
}

/* ---- the PIN ----------------------------------------------------------- */

static bool game_screen(Screen s)
{
    return s == SCR_BRIEFING || s == SCR_HANDOVER || s == SCR_TURN || s == SCR_RESOLUTION || s == SCR_CHARTS ||
           s == SCR_END || s == SCR_ASSUMPTIONS;
}

void ui_open_pin(App *app)
{
    if (!app->s || !game_screen(app->screen))
        return;
    ui_timer_hold(app, true);
    app->modal = MODAL_PIN;
    app->pin_entry[0] = '\0';
    app->pin_note[0] = '\0';
    app->focus = 0;         /* the PIN field: type straight away */
    app->text_replace = false;
    app->dirty = true;
}

void modal_pin(App *app)
{
    const Palette *p = &app->pal;
    bool setting = !rl_has_pin(app->s);
    float w = 520, h = setting ? 260 : 230;
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(p->bg, 200));
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), p->accent);
    draw_text(app, FONT_H2, _("Facilitator"), r.x + 20, r.y + 16, p->text);
    float y = r.y + 50;
    y += draw_wrapped(app, FONT_BODY,
                      setting ? _("No PIN was set for this game. Choose one now (4 to 6 digits): it opens the "
                                "facilitator's screen from now on.")
                              : _("Type the PIN to open the facilitator's screen."),
                      r.x + 20, y, w - 40, p->dim) + 12;
    ui_text_field(app, rect(r.x + 20, y, 200, 38), "PIN", app->pin_entry, 7, FIELD_PIN);
    if (app->pin_note[0])
        draw_wrapped(app, FONT_SMALL, app->pin_note, r.x + 236, y + 2, w - 256, p->bad);
    bool go = app->text_enter;
    if (ui_button_primary(app, rect(r.x + r.w - 150, r.y + r.h - 58, 130, 40), _("Open"), true))
        go = true;
    if (ui_button(app, rect(r.x + r.w - 290, r.y + r.h - 58, 130, 40), _("Cancel"), true) ||
        ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
        ui_timer_hold(app, false);
        return;
    }
    if (!go)
        return;
    Error err = { 0 };
    if (setting) {
        if (strlen(app->pin_entry) < 4) {
            snprintf(app->pin_note, sizeof app->pin_note, "%s", _("At least 4 digits."));
            app->focus = 0;
            return;
        }
        if (rl_set_pin(app->s, app->pin_entry, &err) != 0) {
            snprintf(app->pin_note, sizeof app->pin_note, _("The PIN could not be kept: %.90s."), err.msg);
            return;
        }
    } else if (!rl_pin_matches(app->s, app->pin_entry)) {
        snprintf(app->pin_note, sizeof app->pin_note, "%s", _("Wrong PIN."));
        app->pin_entry[0] = '\0';
        app->focus = 0;
        return;
    }
    app->pin_entry[0] = '\0';
    ui_open_facilitator(app);
}

