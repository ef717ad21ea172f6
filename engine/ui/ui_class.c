/* The classroom: the teams' turn timer, the facilitator (behind a PIN: the
 * true state, pause, injects, a variable set with a reason, a rewind), and
 * the debrief tools of the end screen (the report, "how likely was it?",
 * a branch from a week). Everything the facilitator changes goes through
 * the session, which logs it, saves it and replays it. */
#include <crypt.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../report/report.h"
#include "../script/suggest.h"
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
    app->timer_turn = app->s ? app->s->game.world.turn : 0;
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
    return (long)app->s->timer_s * 1000 - (long)timer_used(app);
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
        snprintf(text, sizeof text, "Paused %s", clock);
    else if (left <= 0)
        snprintf(text, sizeof text, "Over by %s", clock + 1);
    else
        snprintf(text, sizeof text, "Time left %s", clock);
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
    return app->s && app->s->timer_s > 0 && app->timer_on && !app->paused && app->screen == SCR_TURN &&
           app->modal == MODAL_NONE;
}

int ui_wait_ms(const App *app)
{
    if (app->likely.running)
        return 0;
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
    if (clock_visible(app) && (int)(ui_timer_left_ms(app) / 1000) != app->shown_second)
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
            if (app->s->timer_s > 0 && app->timer_on)
                ui_format_clock(ui_timer_left_ms(app), left, sizeof left);
            char text[120];
            if (left[0])
                snprintf(text, sizeof text, "The facilitator pauses the game (%s left on the turn timer).", left);
            else
                snprintf(text, sizeof text, "The facilitator pauses the game.");
            if (session_pause(app->s, text, "", &err) != 0)
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
    draw_text_al(app, FONT_TITLE, "Paused", 0, y, app->lw, ALIGN_CENTER, p->text);
    y += line_height(app, FONT_TITLE) + 10;
    draw_text_al(app, FONT_H2, "The facilitator has paused the game.", 0, y, app->lw, ALIGN_CENTER, p->dim);
    y += line_height(app, FONT_H2) + 8;
    draw_text_al(app, FONT_BODY, "The turn timer is stopped. The facilitator resumes the game with F9.", 0, y,
                 app->lw, ALIGN_CENTER, p->faint);
}

/* ---- the PIN ----------------------------------------------------------- */

static bool game_screen(Screen s)
{
    return s == SCR_BRIEFING || s == SCR_HANDOVER || s == SCR_TURN || s == SCR_RESOLUTION || s == SCR_CHARTS ||
           s == SCR_END;
}

/* The PIN is kept only as crypt(3) hashes it, with a fresh salt: the saves
 * that carry it do not give it away to whoever opens them. */
bool ui_pin_set(App *app, const char *pin)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_gensalt_rn(NULL, 0, NULL, 0, salt, sizeof salt) ?
                           crypt_rn(pin, salt, &data, sizeof data) : NULL;
    if (!hash || hash[0] != '$' || strlen(hash) >= sizeof app->s->pin_hash)
        return false;
    ui_copy(app->s->pin_hash, sizeof app->s->pin_hash, hash);
    return true;
}

bool ui_pin_matches(const App *app, const char *pin)
{
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_rn(pin, app->s->pin_hash, &data, sizeof data);
    return hash && strcmp(hash, app->s->pin_hash) == 0;
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

static void open_facilitator(App *app)
{
    app->modal = MODAL_NONE;
    app->back_from_facilitator = app->screen;
    app->fac.note[0] = '\0';
    app->fac.rewind_armed = false;
    int turns = app->s->game.world.turn;
    if (app->fac.rewind_turn < 1 || app->fac.rewind_turn > turns)
        app->fac.rewind_turn = turns > 0 ? turns : 1;
    if (app->fac.inject >= app->s->scenario.ninjects)
        app->fac.inject = -1;
    ui_goto(app, SCR_FACILITATOR);
}

void modal_pin(App *app)
{
    const Palette *p = &app->pal;
    bool setting = app->s->pin_hash[0] == '\0';
    float w = 520, h = setting ? 260 : 230;
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(p->bg, 200));
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), p->accent);
    draw_text(app, FONT_H2, "Facilitator", r.x + 20, r.y + 16, p->text);
    float y = r.y + 50;
    y += draw_wrapped(app, FONT_BODY,
                      setting ? "No PIN was set for this game. Choose one now (4 to 6 digits): it opens the "
                                "facilitator's screen from now on."
                              : "Type the PIN to open the facilitator's screen.",
                      r.x + 20, y, w - 40, p->dim) + 12;
    ui_text_field(app, rect(r.x + 20, y, 200, 38), "PIN", app->pin_entry, 7, FIELD_PIN);
    if (app->pin_note[0])
        draw_wrapped(app, FONT_SMALL, app->pin_note, r.x + 236, y + 2, w - 256, p->bad);
    bool go = app->text_enter;
    if (ui_button_primary(app, rect(r.x + r.w - 150, r.y + r.h - 58, 130, 40), "Open", true))
        go = true;
    if (ui_button(app, rect(r.x + r.w - 290, r.y + r.h - 58, 130, 40), "Cancel", true) ||
        ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
        ui_timer_hold(app, false);
        return;
    }
    if (!go)
        return;
    size_t n = strlen(app->pin_entry);
    if (setting) {
        if (n < 4) {
            snprintf(app->pin_note, sizeof app->pin_note, "At least 4 digits.");
            app->focus = 0;
            return;
        }
        if (!ui_pin_set(app, app->pin_entry)) {
            snprintf(app->pin_note, sizeof app->pin_note, "The PIN could not be kept (no random numbers).");
            return;
        }
    } else if (!ui_pin_matches(app, app->pin_entry)) {
        snprintf(app->pin_note, sizeof app->pin_note, "Wrong PIN.");
        app->pin_entry[0] = '\0';
        app->focus = 0;
        return;
    }
    app->pin_entry[0] = '\0';
    open_facilitator(app);
}

/* ---- the facilitator's screen ------------------------------------------ */

static void fac_note(App *app, bool bad, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fac_note(App *app, bool bad, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->fac.note, sizeof app->fac.note, fmt, ap);
    va_end(ap);
    app->fac.note_bad = bad;
    app->est_turns = -1;
    app->dirty = true;
}

static void effect_clause(const Effect *e, char *out, size_t cap)
{
    static const char *const ops[] = { "+=", "*=", "=", ">=", "<=", "intel" };
    double v = e->op == EFF_ADD && e->value < 0 ? -e->value : e->value;
    const char *op = e->op == EFF_ADD && e->value < 0 ? "-=" : ops[e->op];
    snprintf(out, cap, "%s %s %g", var_info[e->var].name, op, v);
}

static void effects_text(const Effect *eff, int n, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < n && used < cap; i++) {
        char c[80];
        effect_clause(&eff[i], c, sizeof c);
        used += (size_t)snprintf(out + used, cap - used, "%s%s", i ? "; " : "", c);
    }
}

/* Split "a -= 2; b += 1, c = 3" into clauses (trimmed, empty ones dropped). */
static int split_clauses(char *text, const char **out, int max)
{
    int n = 0;
    char *tok_at;
    for (char *tok = strtok_r(text, ";,", &tok_at); tok; tok = strtok_r(NULL, ";,", &tok_at)) {
        while (*tok == ' ')
            tok++;
        size_t len = strlen(tok);
        while (len > 0 && tok[len - 1] == ' ')
            tok[--len] = '\0';
        if (len == 0)
            continue;
        if (n == max)
            return max + 1;
        out[n++] = tok;
    }
    return n;
}

static void do_inject(App *app)
{
    Facilitator *f = &app->fac;
    Error err = { 0 };
    int rc;
    if (session_over(app->s)) {
        fac_note(app, true, "The game is over: there is no next week for an inject to change. Rewind first.");
        return;
    }
    if (f->inject >= 0) {
        rc = session_inject(app->s, f->inject, f->reason, &err);
        if (rc == 0)
            fac_note(app, false, "Injected: %s Everyone reads it on the turn screen this week; the report lists it.",
                     app->s->scenario.injects[f->inject].text);
    } else {
        char buf[sizeof f->effects];
        ui_copy(buf, sizeof buf, f->effects);
        const char *clauses[MAX_EFFECTS];
        int n = split_clauses(buf, clauses, MAX_EFFECTS);
        if (n > MAX_EFFECTS) {
            fac_note(app, true, "At most %d effects in one inject.", MAX_EFFECTS);
            return;
        }
        rc = session_inject_new(app->s, f->text, clauses, n, f->reason, &err);
        if (rc == 0)
            fac_note(app, false, "Injected: %s%s Everyone reads it on the turn screen this week; the report lists it.",
                     f->text, n == 0 ? " (news only: no effects)." : "");
    }
    if (rc != 0) {
        fac_note(app, true, "Nothing changed: %s", err.msg);
        return;
    }
    ui_autosave(app);
    f->text[0] = f->effects[0] = f->reason[0] = '\0';
}

static void do_set(App *app)
{
    Facilitator *f = &app->fac;
    Error err = { 0 };
    if (session_over(app->s)) {
        fac_note(app, true, "The game is over: rewind to a week first.");
        return;
    }
    char *end = NULL;
    errno = 0;
    double value = strtod(f->value, &end);
    if (!f->value[0] || !end || *end || errno || !isfinite(value)) {
        fac_note(app, true, "Nothing changed: the new value of %s must be a number, not '%s'.",
                 f->var[0] ? f->var : "the variable", f->value);
        return;
    }
    if (session_set_var(app->s, f->var, value, f->set_reason, &err) != 0) {
        char hint[120] = "";
        if (var_find(f->var) < 0)
            suggest_hint(f->var, suggest_var, NULL, hint, sizeof hint);
        fac_note(app, true, "Nothing changed: %s%s", err.msg, hint);
        return;
    }
    char shown[40];
    ui_format_value(var_find(f->var), value, shown, sizeof shown);
    fac_note(app, false, "%s is now %s (%s). The reason is in the record and the report.",
             ui_var_label(var_find(f->var)), shown, f->var);
    ui_autosave(app);
    f->value[0] = f->set_reason[0] = '\0';
}

static void do_rewind(App *app)
{
    Facilitator *f = &app->fac;
    Error err = { 0 };
    Session *back = save_rewind(app->s, f->rewind_turn, &err);
    if (!back) {
        fac_note(app, true, "Nothing changed: %s", err.msg);
        f->rewind_armed = false;
        return;
    }
    int turn = f->rewind_turn;
    bool paused = app->paused;
    Facilitator keep = *f;
    ui_replace_game(app, back);
    app->paused = paused;
    app->fac = keep;
    app->fac.rewind_armed = false;
    app->fac.rewind_turn = turn > 1 ? turn - 1 : 1;
    app->back_from_facilitator = app->screen;   /* where the game now starts: the week's hand-over */
    app->timer_actor = -1;
    ui_goto(app, SCR_FACILITATOR);
    fac_note(app, false, "Back at the start of week %d. The rewind is logged; the teams give that week's orders "
                         "again, starting with %s.", turn, actor_title(app->side));
}

/* The true value of every variable, grouped by whom it belongs to; a click
 * puts the variable in the Set panel. */
static void true_state(App *app, Rect r)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    draw_text(app, FONT_H2, "The true state", r.x + 12, r.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, "not estimates · amber: secret to some sides", r.x, r.y + 12, r.w - 12,
                 ALIGN_RIGHT, p->warn);
    Rect view = rect(r.x + 4, r.y + 38, r.w - 8, r.h - 42);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->fac.state_scroll);
    float y = sc.y0, rh = fmaxf(20, line_height(app, FONT_BODY) + 2);
    static const int owners[] = { NOBODY, US, IRAN, PROTESTERS, ISRAEL, PROXIES, EUROPE, CHINA, GULF };
    const double *v = app->s->game.world.v;
    for (size_t k = 0; k < sizeof owners / sizeof *owners; k++) {
        bool head = false;
        for (int i = 0; i < VAR_COUNT; i++) {
            if ((int)var_info[i].owner != owners[k] || (var_info[i].flags & TRANSIENT))
                continue;
            if (!head) {
                char group[40];
                ui_copy(group, sizeof group, owners[k] == NOBODY ? "the world" : actor_title((Actor)owners[k]));
                for (char *c = group; *c; c++)
                    if (*c >= 'a' && *c <= 'z')
                        *c = (char)(*c - 32);
                draw_text(app, FONT_SMALL, group, view.x + 8, y + 4, p->faint);
                y += line_height(app, FONT_SMALL) + 6;
                head = true;
            }
            Rect row = rect(view.x + 2, y, view.w - 12, rh);
            if (!visible(app, row)) {
                y += rh;
                continue;
            }
            Hit h = ui_hit(app, row, false, var_info[i].name);
            if (h.hover)
                fill(app, row, p->panel2);
            char val[40];
            ui_format_value(i, v[i], val, sizeof val);
            float ty = y + (rh - line_height(app, FONT_BODY)) / 2;
            draw_text_fit(app, FONT_BODY, ui_var_label(i), row.x + 6, ty, row.w * 0.52f, p->text);
            draw_text_fit(app, FONT_SMALL, var_info[i].name, row.x + row.w * 0.54f, ty + 1, row.w * 0.26f, p->faint);
            draw_text_al(app, FONT_BOLD, val, row.x, ty, row.w - 6, ALIGN_RIGHT,
                         var_info[i].visibility == PUBLIC ? p->text : p->warn);
            if (h.click) {
                app->fac.tab = FAC_SET;
                ui_copy(app->fac.var, sizeof app->fac.var, var_info[i].name);
                app->dirty = true;
            }
            y += rh;
        }
        y += 4;
    }
    scroll_end(app, &sc, y - sc.y0);
}

static float label_above(App *app, const char *text, float x, float y, float w)
{
    return draw_wrapped(app, FONT_SMALL, text, x, y, w, app->pal.dim) + 4;
}

static void panel_inject(App *app, Rect r)
{
    const Palette *p = &app->pal;
    Facilitator *f = &app->fac;
    const Scenario *sc = &app->s->scenario;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    bool fresh = f->inject < 0;
    float field = line_height(app, FONT_SMALL) + 4 + 42;     /* a label and its field */
    float lower = (fresh ? 3 : 1) * field + 48;              /* the fields and the button under the list */
    Rect view = rect(r.x + 4, y, r.w - 8, r.h - lower - 8);
    Scroll scr;
    scroll_begin(app, &scr, view, &app->scroll2[SCR_FACILITATOR]);
    float ly = scr.y0;
    for (int i = 0; i <= sc->ninjects; i++) {
        bool on = f->inject == i || (i == sc->ninjects && fresh);
        char eff[300] = "", line[600];
        const char *title;
        if (i < sc->ninjects) {
            effects_text(sc->injects[i].eff, sc->injects[i].neff, eff, sizeof eff);
            title = sc->injects[i].text;
            snprintf(line, sizeof line, "%s   [%s]", eff, sc->injects[i].sources);
        } else {
            title = "A new inject: your own text and effects";
            snprintf(line, sizeof line, "Typed below, as in the scenario files.");
        }
        float th = wrapped_height(app, FONT_BODY, title, w - 40) + wrapped_height(app, FONT_SMALL, line, w - 40);
        Rect row = rect(view.x + 4, ly, view.w - 14, th + 12);
        char label[48];
        if (i < sc->ninjects)
            snprintf(label, sizeof label, "Inject: %s", sc->injects[i].id);
        else
            snprintf(label, sizeof label, "New inject");
        Hit h = ui_hit(app, row, true, label);
        fill(app, row, on ? p->selected : h.hover ? p->panel2 : p->panel);
        outline(app, row, on ? p->accent : p->border, on ? 2 : 1);
        if (h.ring)
            outline(app, inset(row, -2), p->focus, 2);
        outline(app, rect(row.x + 10, row.y + 9, 12, 12), on ? p->accent : p->dim, 1.5f);
        if (on)
            fill(app, rect(row.x + 13, row.y + 12, 6, 6), p->accent);
        float ty = row.y + 6;
        ty += draw_wrapped(app, FONT_BODY, title, row.x + 32, ty, w - 40, p->text);
        draw_wrapped(app, FONT_SMALL, line, row.x + 32, ty, w - 40, p->faint);
        if (h.click) {
            f->inject = i < sc->ninjects ? i : -1;
            if (f->inject < 0)      /* keep the chosen row in view above the new fields */
                app->scroll2[SCR_FACILITATOR] = 1e6f;
            app->dirty = true;
        }
        ly += row.h + 6;
    }
    scroll_end(app, &scr, ly - scr.y0);
    y = view.y + view.h + 8;
    if (fresh) {
        y += label_above(app, "What happens: everyone reads it in the news", x, y, w);
        ui_text_field_hint(app, rect(x, y, w, 34), "Inject text", f->text, sizeof f->text, FIELD_TEXT,
                           "e.g. Oil workers in Khuzestan walk out.");
        y += 42;
        y += label_above(app, "Effects: variable op number, separated by ;   (op: = += -= *= >= <=)", x, y, w);
        ui_text_field_hint(app, rect(x, y, w, 34), "Inject effects", f->effects, sizeof f->effects, FIELD_TEXT,
                           "e.g. hope += 10; oil_exports -= 0.2");
        y += 42;
    }
    y += label_above(app, "Reason, for the debrief (optional)", x, y, w);
    ui_text_field_hint(app, rect(x, y, w, 34), "Inject reason", f->reason, sizeof f->reason, FIELD_TEXT,
                       "e.g. to test the Gulf team");
    y += 42;
    if (ui_button_primary(app, rect(x, y, 200, 40), "Inject now", true))
        do_inject(app);
}

static void panel_set(App *app, Rect r)
{
    const Palette *p = &app->pal;
    Facilitator *f = &app->fac;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    y += label_above(app, "Variable, by its name in the list (click one there to choose it)", x, y, w);
    ui_text_field_hint(app, rect(x, y, fminf(320, w), 34), "Variable", f->var, sizeof f->var, FIELD_NAME,
                       "e.g. security_loyalty");
    y += 40;
    int v = var_find(f->var);
    char about[400];
    if (v >= 0) {
        char now[40];
        ui_format_value(v, app->s->game.world.v[v], now, sizeof now);
        snprintf(about, sizeof about, "%s: now %s (%g). It can be set from %g to %g (%s).", ui_var_label(v), now,
                 app->s->game.world.v[v], var_info[v].min, var_info[v].max, var_info[v].unit);
    } else if (f->var[0]) {
        char hint[120] = "";
        suggest_hint(f->var, suggest_var, NULL, hint, sizeof hint);
        snprintf(about, sizeof about, "There is no variable '%s'%s.", f->var, hint);
    } else {
        snprintf(about, sizeof about, "The change takes effect at once; the teams are told only that you changed the "
                 "situation, not what.");
    }
    y += draw_wrapped(app, FONT_SMALL, about, x, y, w, v >= 0 || !f->var[0] ? p->dim : p->bad) + 10;
    y += label_above(app, "New value", x, y, w);
    ui_text_field_hint(app, rect(x, y, 160, 34), "Value", f->value, sizeof f->value, FIELD_NUMBER, "a number");
    y += 42;
    y += label_above(app, "Reason (required: the debrief shows it)", x, y, w);
    ui_text_field_hint(app, rect(x, y, w, 34), "Set reason", f->set_reason, sizeof f->set_reason, FIELD_TEXT,
                       "e.g. as if a Guard unit had wavered");
    y += 42;
    if (ui_button_primary(app, rect(x, y, 200, 40), "Set it", true))
        do_set(app);
}

static void panel_rewind(App *app, Rect r)
{
    const Palette *p = &app->pal;
    Facilitator *f = &app->fac;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    int turns = app->s->game.world.turn;
    if (turns == 0) {
        draw_wrapped(app, FONT_BODY, "Nothing to go back to yet: the first week has not been played.", x, y, w,
                     p->dim);
        return;
    }
    y += draw_wrapped(app, FONT_BODY, "Go back to the start of a week that was played. The game is replayed from "
                                      "its own record up to there: the same orders, the same luck, your earlier "
                                      "interventions.",
                      x, y, w, p->text) + 14;
    draw_text(app, FONT_BOLD, "Start of week", x, y + 10, p->text);
    float sx = x + 150;
    if (ui_button(app, rect(sx, y, 44, 38), "−", f->rewind_turn > 1)) {
        f->rewind_turn--;
        f->rewind_armed = false;
    }
    char num[16];
    snprintf(num, sizeof num, "%d", f->rewind_turn);
    draw_text_al(app, FONT_H2, num, sx + 48, y + 8, 60, ALIGN_CENTER, p->text);
    if (ui_button(app, rect(sx + 112, y, 44, 38), "+", f->rewind_turn < turns)) {
        f->rewind_turn++;
        f->rewind_armed = false;
    }
    y += 50;
    char undo[300];
    int undone = turns - f->rewind_turn + 1;
    if (undone > 1)
        snprintf(undo, sizeof undo, "Weeks %d to %d are undone: their orders and news leave this game. ",
                 f->rewind_turn, turns);
    else
        snprintf(undo, sizeof undo, "Week %d is undone: its orders and news leave this game. ", f->rewind_turn);
    size_t used = strlen(undo);
    snprintf(undo + used, sizeof undo - used, "The rewind is logged and shows in the report. The teams keep their "
                                              "roles.");
    y += draw_wrapped(app, FONT_SMALL, undo, x, y, w, p->dim) + 14;
    char label[80];
    if (f->rewind_armed)
        snprintf(label, sizeof label, "Confirm: undo %d week%s", undone, undone > 1 ? "s" : "");
    else
        snprintf(label, sizeof label, "Rewind to week %d", f->rewind_turn);
    bool press = f->rewind_armed ? ui_button_primary(app, rect(x, y, 260, 40), label, true)
                                 : ui_button(app, rect(x, y, 260, 40), label, true);
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Rewind to week");
    if (press) {
        if (!f->rewind_armed) {
            f->rewind_armed = true;
            fac_note(app, false, "Press Confirm to go back, or choose another week.");
        } else {
            do_rewind(app);
        }
    }
}

static void panel_timer(App *app, Rect r)
{
    const Palette *p = &app->pal;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    char line[300];
    if (app->s->timer_s > 0 && app->timer_on) {
        char clock[32], who[120];
        ui_format_clock(ui_timer_left_ms(app), clock, sizeof clock);
        ui_team_label(app, (Actor)app->timer_actor, who, sizeof who);
        const char *why = app->paused ? " (stopped: the game is paused)" : " (waiting while this screen is open)";
        if (ui_timer_left_ms(app) >= 0)
            snprintf(line, sizeof line, "%s: %s left of %d min%s.", who, clock, app->s->timer_s / 60, why);
        else
            snprintf(line, sizeof line, "%s: over time by %s%s.", who, clock + 1, why);
    } else if (app->s->timer_s > 0) {
        snprintf(line, sizeof line, "%d min for each team; the clock starts when a team presses Ready.",
                 app->s->timer_s / 60);
    } else {
        snprintf(line, sizeof line, "No turn timer in this game.");
    }
    y += draw_wrapped(app, FONT_BODY, line, x, y, w, p->text) + 12;
    if (ui_button_primary(app, rect(x, y, 220, 40), app->paused ? "Resume the game" : "Pause the game", true)) {
        ui_pause(app, !app->paused);
        fac_note(app, false, app->paused ? "Paused: the teams' screens say so and the clock is stopped. The pause "
                                           "is logged."
                                         : "Resumed.");
    }
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Pause");
    if (ui_button(app, rect(x + 230, y, 150, 40), "+1 minute", app->s->timer_s > 0 && app->timer_on)) {
        app->timer_used_ms = app->timer_used_ms > 60000 ? app->timer_used_ms - 60000 : 0;   /* held: all counted */
        fac_note(app, false, "One more minute for the team at the screen.");
    }
    y += 56;
    y += draw_wrapped(app, FONT_BOLD, "Each team's time at the screen", x, y, w, p->text) + 6;
    float tw = fminf(100, (w - (TIMER_CHOICES - 1) * 6) / TIMER_CHOICES);
    for (int i = 0; i < TIMER_CHOICES; i++) {
        char label[24];
        if (ui_timer_minutes[i] == 0)
            snprintf(label, sizeof label, "Off");
        else
            snprintf(label, sizeof label, "%d min", ui_timer_minutes[i]);
        if (ui_toggle(app, rect(x + i * (tw + 6), y, tw, 34), label, app->s->timer_s == ui_timer_minutes[i] * 60)) {
            app->s->timer_s = ui_timer_minutes[i] * 60;
            app->ng_timer = i;
        }
    }
    y += 46;
    draw_wrapped(app, FONT_SMALL, "When a team's time runs out its screen turns red and says so; the turn goes on "
                                  "until the team ends it, so you decide whether to hurry it along. Pausing stops "
                                  "the clock and covers the teams' screens.",
                 x, y, w, p->dim);
}

void screen_facilitator(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    const Game *g = &app->s->game;
    char sub[300];
    snprintf(sub, sizeof sub, "%s · week %d of %d%s · keep this screen off the projector", app->s->scenario.name,
             session_over(app->s) ? g->world.turn : g->world.turn + 1, app->s->scenario.turns,
             session_over(app->s) ? " (over)" : app->paused ? " · paused" : "");
    ui_heading(app, "Facilitator", sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.40f);
    true_state(app, rect(16, 76, lw_, bottom - 76 - 8));

    float rx = 16 + lw_ + 12, rw = app->lw - rx - 16;
    Rect right = rect(rx, 76, rw, bottom - 76 - 8);
    ui_panel(app, right, NULL);
    static const char *const tabs[FAC_TABS] = { "Inject an event", "Set a variable", "Rewind", "Timer and pause" };
    float tw = (rw - 24 - 3 * 6) / FAC_TABS;
    for (int i = 0; i < FAC_TABS; i++) {
        /* tabs: the open one raised and underlined */
        Rect t = rect(rx + 12 + i * (tw + 6), right.y + 10, tw, 34);
        bool on = app->fac.tab == i;
        Hit h = ui_hit(app, t, true, tabs[i]);
        fill(app, t, on ? p->selected : h.hover ? mix(p->raised, p->hover, 0.3f) : p->raised);
        if (on)
            fill(app, rect(t.x, t.y + t.h - 3, t.w, 3), p->accent);
        if (h.ring)
            outline(app, inset(t, -2), p->focus, 2);
        draw_text_fit(app, on ? FONT_BOLD : FONT_BODY, tabs[i],
                      t.x + fmaxf(6, (t.w - text_width(app, on ? FONT_BOLD : FONT_BODY, tabs[i])) / 2),
                      t.y + (t.h - line_height(app, FONT_BODY)) / 2, t.w - 12, on ? p->text : p->dim);
        if (h.click) {
            app->fac.tab = i;
            app->fac.rewind_armed = false;
            app->fac.note[0] = '\0';
        }
    }
    Rect body = rect(rx, right.y + 56, rw, right.h - 56 - 8);
    switch (app->fac.tab) {
    case FAC_INJECT: panel_inject(app, body); break;
    case FAC_SET: panel_set(app, body); break;
    case FAC_REWIND: panel_rewind(app, body); break;
    default: panel_timer(app, body); break;
    }
    if (app->screen != SCR_FACILITATOR)
        return;

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 200, 44), "Back to the game", true) || ui_key(app, SDLK_ESCAPE)) {
        app->fac.rewind_armed = false;
        ui_timer_hold(app, false);
        ui_goto(app, app->back_from_facilitator);
        return;
    }
    if (app->fac.note[0]) {
        Rect nr = rect(232, by - 4, app->lw - 232 - 16, 52);
        Rect saved;
        push_clip(app, nr, &saved);
        draw_wrapped(app, FONT_SMALL, app->fac.note, nr.x, nr.y + 2, nr.w, app->fac.note_bad ? p->bad : p->good);
        pop_clip(app, saved);
    } else {
        draw_wrapped(app, FONT_SMALL, "Everything done here is logged with its reason, saved with the game, replayed "
                                      "when it is loaded, and listed in the report.",
                     232, by + 6, app->lw - 232 - 16, p->faint);
    }
}

/* ---- how likely was it? ------------------------------------------------ */

void ui_likely_cancel(App *app)
{
    app->likely.running = false;
}

void ui_likely_start(App *app)
{
    Likely *l = &app->likely;
    memset(l->counts, 0, sizeof l->counts);
    l->done = 0;
    l->turns_sum = 0;
    l->error[0] = '\0';
    l->running = app->s != NULL && l->runs > 0;
    app->dirty = true;
}

/* Replays until the budget is spent: each from the end of the chosen week,
 * seeds 1, 2, ... as `redline batch --from SAVE --turn T` uses, with the
 * computer playing every role. */
bool ui_likely_step(App *app, Uint64 budget_ms)
{
    Likely *l = &app->likely;
    if (!l->running || !app->s)
        return false;
    Uint64 start = SDL_GetTicks64();
    SessionConfig ai_everywhere = { .root = app->root };
    do {
        Error err = { 0 };
        Session *t = save_branch(app->s, l->turn, &ai_everywhere, &err);
        if (!t) {
            ui_copy(l->error, sizeof l->error, err.msg);
            l->running = false;
            break;
        }
        game_reseed(&t->game, (uint64_t)l->done + 1);
        while (!session_over(t))
            session_step(t);
        l->counts[t->game.world.outcome]++;
        l->turns_sum += t->game.world.turn;
        session_free(t);
        l->done++;
    } while (l->done < l->runs && SDL_GetTicks64() - start < budget_ms);
    if (l->done >= l->runs)
        l->running = false;
    app->dirty = true;
    return l->running;
}

static const Outcome shown_outcomes[] = { OUT_AGREEMENT, OUT_WAR, OUT_COLLAPSE, OUT_BREAKOUT, OUT_TIMEOUT };

static void outcome_chart(App *app, Rect r)
{
    const Palette *p = &app->pal;
    const Likely *l = &app->likely;
    ui_panel(app, r, NULL);
    Outcome actual = app->s->game.world.outcome;
    char head[200];
    if (l->done == 0)
        snprintf(head, sizeof head, "How the replays end");
    else
        snprintf(head, sizeof head, "How %d replay%s from week %d ended", l->done, l->done == 1 ? "" : "s",
                 l->turn + 1);
    draw_text(app, FONT_H2, head, r.x + 16, r.y + 12, p->text);
    float top = r.y + 60, base = r.y + r.h - 70, left = r.x + 60, w = r.w - 90;
    int maxc = 1;
    for (size_t i = 0; i < 5; i++)
        if (l->counts[shown_outcomes[i]] > maxc)
            maxc = l->counts[shown_outcomes[i]];
    int total = l->done > 0 ? l->done : 1;
    /* the scale: share of replays, up to the next 20% */
    double top_share = fmin(1.0, fmax(0.2, ceil((double)maxc / total * 5 - 1e-9) / 5));
    for (int k = 0; k <= 4; k++) {
        float gy = base - (base - top) * k / 4;
        fill(app, rect(left, gy, w, 1), k == 0 ? p->dim : p->panel2);
        char lab[16];
        snprintf(lab, sizeof lab, "%.0f%%", 100 * top_share * k / 4);
        draw_text_al(app, FONT_SMALL, lab, r.x + 4, gy - 8, left - r.x - 10, ALIGN_RIGHT, p->faint);
    }
    float slot = w / 5, bw = fminf(90, slot * 0.6f);
    for (size_t i = 0; i < 5; i++) {
        Outcome o = shown_outcomes[i];
        int c = l->counts[o];
        double share = (double)c / total;
        float bh = (float)(share / top_share) * (base - top);
        float bx = left + slot * i + (slot - bw) / 2;
        SDL_Color col = o == OUT_AGREEMENT ? p->good : o == OUT_TIMEOUT ? p->neutral : o == OUT_WAR ? p->bad
                                                                                                       : p->warn;
        Rect bar = rect(bx, base - bh, bw, bh);
        char lab[40], tip[200];
        snprintf(lab, sizeof lab, "%s", ui_outcome_title(o));
        Hit h = ui_hit(app, rect(bx, top, bw, base - top + 40), false, lab);
        if (bh > 0)
            fill(app, bar, h.hover ? mix(col, p->text, 0.25f) : col);
        if (o == actual && l->done > 0)
            outline(app, inset(rect(bx, fminf(base - bh, base - 4), bw, fmaxf(bh, 4)), -3), p->focus, 2);
        char val[40];
        if (l->done > 0) {
            snprintf(val, sizeof val, "%.0f%% (%d)", 100 * share, c);
            draw_text_al(app, FONT_BOLD, val, bx - 20, base - bh - 22, bw + 40, ALIGN_CENTER, p->text);
        }
        draw_text_al(app, FONT_BODY, ui_outcome_title(o), left + slot * i, base + 8, slot, ALIGN_CENTER, p->text);
        if (o == actual)
            draw_text_al(app, FONT_SMALL, "this game", left + slot * i, base + 8 + line_height(app, FONT_BODY),
                         slot, ALIGN_CENTER, p->focus);
        snprintf(tip, sizeof tip, "%d of %d replays ended in %s.", c, l->done, outcome_name(o));
        ui_tooltip(app, h, bar, ui_outcome_title(o), tip);
    }
    if (l->done == 0)
        draw_text_al(app, FONT_BODY, "Press Run to replay the rest of the game.", left, (top + base) / 2 - 10, w,
                     ALIGN_CENTER, p->faint);
}

void screen_likely(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    Likely *l = &app->likely;
    const Game *g = &app->s->game;
    char sub[240];
    snprintf(sub, sizeof sub, "%s · this game: %s after %d weeks", app->s->scenario.name,
             ui_outcome_title(g->world.outcome), g->world.turn);
    ui_heading(app, "How likely was it?", sub);
    float lw_ = fminf(420, floorf(app->lw * 0.34f)), x = 28, y = 92, w = lw_ - 24;
    ui_panel(app, rect(16, 76, lw_, app->lh - 76 - 78), NULL);
    int last = g->world.turn - 1;
    if (l->turn > last)
        l->turn = last > 0 ? last : 0;
    draw_text(app, FONT_BOLD, "Replay from the end of week", x, y, p->text);
    y += 28;
    bool idle = !l->running;
    if (ui_button(app, rect(x, y, 44, 38), "−", idle && l->turn > 0))
        l->turn--;
    char num[16];
    snprintf(num, sizeof num, "%d", l->turn);
    draw_text_al(app, FONT_H2, num, x + 48, y + 8, 60, ALIGN_CENTER, p->text);
    if (ui_button(app, rect(x + 112, y, 44, 38), "+", idle && l->turn < last))
        l->turn++;
    char what[160];
    if (l->turn == 0)
        snprintf(what, sizeof what, "from the start: every week replayed");
    else
        snprintf(what, sizeof what, "weeks %d to the end replayed", l->turn + 1);
    draw_wrapped(app, FONT_SMALL, what, x + 168, y + 2, w - 168, p->dim);
    y += 52;
    draw_text(app, FONT_BOLD, "Replays", x, y, p->text);
    y += 28;
    static const int choices[3] = { 50, 100, 200 };
    for (int i = 0; i < 3; i++) {
        char lab[16];
        snprintf(lab, sizeof lab, "%d", choices[i]);
        if (ui_toggle(app, rect(x + i * 86, y, 80, 34), lab, l->runs == choices[i]) && idle)
            l->runs = choices[i];
    }
    y += 50;
    if (l->running) {
        if (ui_button(app, rect(x, y, 180, 42), "Stop", true))
            l->running = false;
    } else {
        bool run = ui_button_primary(app, rect(x, y, 180, 42), l->done ? "Run again" : "Run", g->world.turn > 0);
        if (app->nlabels > 0)
            ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Run");
        if (run)
            ui_likely_start(app);
    }
    y += 54;
    /* progress */
    fill(app, rect(x, y, w, 10), p->panel2);
    if (l->runs > 0)
        fill(app, rect(x, y, w * (float)l->done / (float)l->runs, 10), p->series);
    y += 16;
    char prog[400];
    if (l->error[0])
        snprintf(prog, sizeof prog, "Stopped: %s", l->error);
    else if (l->done > 0)
        snprintf(prog, sizeof prog, "%d of %d replays%s · they last %.1f weeks on average", l->done, l->runs,
                 l->running ? "..." : "", (double)l->turns_sum / l->done);
    else
        snprintf(prog, sizeof prog, "Not run yet.");
    y += draw_wrapped(app, FONT_SMALL, prog, x, y, w, l->error[0] ? p->bad : p->dim) + 16;
    char about[600];
    int later = 0;
    for (int i = 0; i < g->history.ninterventions; i++)
        later += g->history.interventions[i].turn >= l->turn && g->history.interventions[i].kind != IV_PAUSE;
    snprintf(about, sizeof about,
             "The game is replayed exactly as it went up to the end of week %d; then the rest is played out %d "
             "times with other luck (seeds 1 to %d), the computer playing every role, the teams' included%s. "
             "The same as: redline batch --from SAVE --turn %d --runs %d.",
             l->turn, l->runs, l->runs,
             later ? ", and without the facilitator's interventions made after that week" : "", l->turn, l->runs);
    draw_wrapped(app, FONT_SMALL, about, x, y, w, p->faint);

    outcome_chart(app, rect(16 + lw_ + 12, 76, app->lw - lw_ - 44, app->lh - 76 - 78));

    if (ui_button(app, rect(16, app->lh - 60, 160, 44), "Back", true) || ui_key(app, SDLK_ESCAPE)) {
        l->running = false;
        ui_goto(app, SCR_END);
    }
}

/* ---- branch from a week ------------------------------------------------ */

static void stamp(char *out, size_t cap)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(out, cap, "%Y%m%d-%H%M%S", &tm);
}

bool ui_start_branch(App *app)
{
    int teams = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        teams += app->br_human[a];
    if (!app->s || teams == 0)
        return false;
    /* the game as it is, kept so that the report can set the branch beside it */
    char name[200], when[32];
    stamp(when, sizeof when);
    snprintf(name, sizeof name, "%s-%s-game", app->s->scenario.id, when);
    if (!ui_save_game(app, name))
        return false;
    char origin[sizeof app->origin_path];
    snprintf(origin, sizeof origin, "%s/%s.json", app->saves, name);
    SessionConfig extra = { .root = app->root };
    for (int a = 0; a < ACTOR_COUNT; a++) {
        extra.human[a] = app->br_human[a];
        extra.team[a] = app->br_human[a] && app->br_team[a][0] ? app->br_team[a] : NULL;
    }
    Error err = { 0 };
    Session *b = save_branch(app->s, app->br_turn, &extra, &err);
    if (!b) {
        ui_message(app, "The branch could not start", "%s", err.msg);
        return false;
    }
    int turn = app->br_turn;
    ui_replace_game(app, b);
    ui_copy(app->origin_path, sizeof app->origin_path, origin);
    app->origin_turn = turn;
    snprintf(app->status, sizeof app->status, "The game so far is saved as %s", name);
    return true;
}

void screen_branch(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    const Game *g = &app->s->game;
    ui_heading(app, "Branch from a week", "What if? Play this game on another way from the end of a week");
    float lw_ = floorf(app->lw * 0.44f), x = 28, y = 92, w = lw_ - 24;
    ui_panel(app, rect(16, 76, lw_, app->lh - 76 - 78), NULL);
    int last = g->world.turn - 1;
    if (app->br_turn > last)
        app->br_turn = last > 0 ? last : 0;
    draw_text(app, FONT_BOLD, "Play on from the end of week", x, y, p->text);
    y += 28;
    if (ui_button(app, rect(x, y, 44, 38), "−", app->br_turn > 0))
        app->br_turn--;
    char num[16];
    snprintf(num, sizeof num, "%d", app->br_turn);
    draw_text_al(app, FONT_H2, num, x + 48, y + 8, 60, ALIGN_CENTER, p->text);
    if (ui_button(app, rect(x + 112, y, 44, 38), "+", app->br_turn < last))
        app->br_turn++;
    y += 52;
    /* what happened in the week the branch plays anew */
    int t = app->br_turn + 1;
    char head[120], date[16];
    game_date(&app->s->scenario, t, date);
    snprintf(head, sizeof head, "Week %d (%s) as it went in this game:", t, date);
    y += draw_wrapped(app, FONT_SMALL, head, x, y, w, p->dim) + 4;
    const History *h = &g->history;
    Rect list = rect(x, y, w, app->lh - 78 - 130 - y);
    Rect saved;
    push_clip(app, list, &saved);
    float ly = y;
    if (t <= h->nturns) {
        const TurnRecord *tr = &h->turns[t - 1];
        for (int i = 0; i < tr->nnews && ly < list.y + list.h; i++) {
            const News *n = &h->news[tr->first_news + i];
            fill(app, rect(x, ly + 2, 3, 12), ui_actor_colour(app, n->actor));
            ly += draw_wrapped(app, FONT_SMALL, n->text, x + 10, ly, w - 10,
                               n->only_for != NOBODY ? p->warn : p->text) + 3;
        }
    }
    pop_clip(app, saved);
    y = app->lh - 78 - 124;
    draw_wrapped(app, FONT_SMALL,
                 "This game is saved first. The branch replays it to the end of that week (the facilitator's "
                 "later interventions are left out) and goes on from there with the roles on the right. At the "
                 "branch's end, Write the report sets the two side by side (the same as redline report GAME "
                 "--compare BRANCH).",
                 x, y, w, p->faint);

    float rx = 16 + lw_ + 28, rw = app->lw - rx - 24;
    draw_text(app, FONT_H2, "Who plays the branch", rx, 92, p->text);
    ui_roles_panel(app, rx, 124, rw, app->br_human, app->br_team);

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 160, 44), "Back", true) || ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, SCR_END);
        return;
    }
    int teams = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        teams += app->br_human[a];
    if (ui_button_primary(app, rect(app->lw - 16 - 260, by, 260, 44), "Start the branch ▸", teams > 0 && last >= 0))
        ui_start_branch(app);
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Start the branch");
}

/* ---- the report -------------------------------------------------------- */

bool ui_write_report(App *app)
{
    if (!app->s)
        return false;
    char reports[1000], dir[1100], when[32];
    mkdir(app->saves, 0777);
    snprintf(reports, sizeof reports, "%s/reports", app->saves);
    mkdir(reports, 0777);
    stamp(when, sizeof when);
    snprintf(dir, sizeof dir, "%s/%s-%s", reports, app->s->scenario.id, when);
    Error err = { 0 };
    int rc;
    if (app->origin_path[0]) {
        /* a branch: the game it came from is the report's, this branch beside it */
        Session *origin = save_load(app->origin_path, app->root, NULL, &err);
        if (!origin) {
            ui_message(app, "The report could not be written", "The game this branch came from: %s", err.msg);
            return false;
        }
        char name[80];
        snprintf(name, sizeof name, "after week %d", app->origin_turn);
        rc = report_write(origin, app->s, name, dir, &err);
        session_free(origin);
    } else {
        rc = report_write(app->s, NULL, NULL, dir, &err);
    }
    if (rc != 0) {
        ui_message(app, "The report could not be written", "%s", err.msg);
        return false;
    }
    ui_copy(app->report_dir, sizeof app->report_dir, dir);
    app->dirty = true;
    return true;
}
