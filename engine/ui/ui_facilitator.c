/* The facilitator's screen, behind the PIN: the true state, injects, a
 * variable set with a reason, a rewind, the timer and the pause. Everything
 * the facilitator changes goes through the front door, which logs it, saves
 * it and replays it. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

/* ---- the facilitator's screen ------------------------------------------ */

static void fac_note(App *app, bool bad, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fac_note(App *app, bool bad, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->fac.note, sizeof app->fac.note, fmt, ap);
    va_end(ap);
    app->fac.note_bad = bad;
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
    if (rl_over(app->s)) {
        fac_note(app, true, _("The game is over: there is no next week for an inject to change. Rewind first."));
        return;
    }
    if (f->inject >= 0) {
        rc = rl_inject(app->s, f->inject, f->reason, &err);
        if (rc == 0)
            fac_note(app, false, _("Injected: %s Everyone reads it on the turn screen this week; the report lists it."),
                     rl_text(rl_scenario(app->s)->injects[f->inject].text));
    } else {
        char buf[sizeof f->effects];
        ui_copy(buf, sizeof buf, f->effects);
        const char *clauses[MAX_EFFECTS];
        int n = split_clauses(buf, clauses, MAX_EFFECTS);
        if (n > MAX_EFFECTS) {
            fac_note(app, true, _("At most %d effects in one inject."), MAX_EFFECTS);
            return;
        }
        rc = rl_inject_new(app->s, f->text, clauses, n, f->reason, &err);
        if (rc == 0)
            fac_note(app, false,
                     n == 0 ? _("Injected: %s (news only: no effects). Everyone reads it on the turn screen this week; "
                                "the report lists it.")
                            : _("Injected: %s Everyone reads it on the turn screen this week; the report lists it."),
                     f->text);
    }
    if (rc != 0) {
        fac_note(app, true, _("Nothing changed: %s"), err.msg);
        return;
    }
    ui_autosave(app);
    f->text[0] = f->effects[0] = f->reason[0] = '\0';
}

static void do_set(App *app)
{
    Facilitator *f = &app->fac;
    Error err = { 0 };
    if (rl_over(app->s)) {
        fac_note(app, true, _("The game is over: rewind to a week first."));
        return;
    }
    char *end = NULL;
    errno = 0;
    double value = strtod(f->value, &end);
    if (!f->value[0] || !end || *end || errno || !isfinite(value)) {
        fac_note(app, true, _("Nothing changed: the new value of %s must be a number, not '%s'."),
                 f->var[0] ? f->var : _("the variable"), f->value);
        return;
    }
    if (rl_set_var(app->s, f->var, value, f->set_reason, &err) != 0) {
        fac_note(app, true, _("Nothing changed: %s"), err.msg);
        return;
    }
    char shown[40];
    ui_format_value(var_find(f->var), value, shown, sizeof shown);
    fac_note(app, false, _("%s is now %s (%s). The reason is in the record and the report."),
             ui_var_label(var_find(f->var)), shown, f->var);
    ui_autosave(app);
    f->value[0] = f->set_reason[0] = '\0';
}

static void do_rewind(App *app)
{
    Facilitator *f = &app->fac;
    Error err = { 0 };
    Session *back = rl_rewind(app->s, f->rewind_turn, &err);
    if (!back) {
        fac_note(app, true, _("Nothing changed: %s"), err.msg);
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
    fac_note(app, false, _("Back at the start of week %d. The rewind is logged; the teams give that week's orders "
                         "again, starting with %s."), turn, rl_text(actor_title(app->side)));
}

/* The true value of every variable, grouped by whom it belongs to; a click
 * puts the variable in the Set panel. */
static void true_state(App *app, Rect r)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    draw_text(app, FONT_H2, _("The true state"), r.x + 12, r.y + 8, p->text);
    float hy = r.y + 10 + line_height(app, FONT_H2);
    hy += draw_wrapped(app, FONT_SMALL, _("Not estimates. Amber: secret to some sides. A click sets it."), r.x + 12, hy,
                       r.w - 24, p->warn) + 6;
    Rect view = rect(r.x + 4, hy, r.w - 8, r.y + r.h - hy - 4);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->fac.state_scroll);
    float y = sc.y0, rh = fmaxf(20, line_height(app, FONT_BODY) + 2);
    static const int owners[] = { NOBODY, US, IRAN, PROTESTERS, ISRAEL, PROXIES, EUROPE, CHINA, GULF };
    int now = rl_turn(app->s);
    for (size_t k = 0; k < sizeof owners / sizeof *owners; k++) {
        bool head = false;
        for (int i = 0; i < VAR_COUNT; i++) {
            if ((int)var_info[i].owner != owners[k] || (var_info[i].flags & TRANSIENT))
                continue;
            if (!head) {
                char group[40];
                ui_copy(group, sizeof group, owners[k] == NOBODY ? _("the world") : rl_text(actor_title((Actor)owners[k])));
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
            ui_format_value(i, rl_value(app->s, VIEW_TRUTH, now, (Var)i, NULL), val, sizeof val);
            /* the player's name for it, the name a clause uses, the value */
            float ty = y + (rh - line_height(app, FONT_BODY)) / 2, vw = text_width(app, FONT_BOLD, val);
            float lw = text_width(app, FONT_BODY, ui_var_label(i)), nw = text_width(app, FONT_SMALL, var_info[i].name);
            draw_text_fit(app, FONT_BODY, ui_var_label(i), row.x + 6, ty, row.w - vw - 20, p->text);
            if (lw + nw + vw + 36 <= row.w)
                draw_text(app, FONT_SMALL, var_info[i].name, row.x + 18 + lw, ty + 1, p->faint);
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
    const Scenario *sc = rl_scenario(app->s);
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
        char eff[300] = "", line[600], named[sizeof sc->injects[0].sources * 4];
        const char *title;
        if (i < sc->ninjects) {
            effects_text(sc->injects[i].eff, sc->injects[i].neff, eff, sizeof eff);
            title = rl_text(sc->injects[i].text);
            snprintf(line, sizeof line, "%s   [%s]", eff, rl_sources_text(sc->injects[i].sources, named, sizeof named));
        } else {
            title = _("A new inject: your own text and effects");
            snprintf(line, sizeof line, "%s", _("Typed below, as in the scenario files."));
        }
        float th = wrapped_height(app, FONT_BODY, title, w - 40) + wrapped_height(app, FONT_SMALL, line, w - 40);
        Rect row = rect(view.x + 4, ly, view.w - 14, th + 12);
        char label[48];
        if (i < sc->ninjects)
            snprintf(label, sizeof label, _("Inject: %s"), sc->injects[i].id);
        else
            snprintf(label, sizeof label, "%s", _("New inject"));
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
        y += label_above(app, _("What happens: everyone reads it in the news"), x, y, w);
        ui_text_field_hint(app, rect(x, y, w, 34), _("Inject text"), f->text, sizeof f->text, FIELD_TEXT,
                           _("e.g. Oil workers in Khuzestan walk out."));
        y += 42;
        y += label_above(app, _("Effects: variable op number, separated by ;   (op: = += -= *= >= <=)"), x, y, w);
        ui_text_field_hint(app, rect(x, y, w, 34), _("Inject effects"), f->effects, sizeof f->effects, FIELD_TEXT,
                           _("e.g. hope += 10; oil_exports -= 0.2"));
        y += 42;
    }
    y += label_above(app, _("Reason, for the debrief (optional)"), x, y, w);
    ui_text_field_hint(app, rect(x, y, w, 34), _("Inject reason"), f->reason, sizeof f->reason, FIELD_TEXT,
                       _("e.g. to test the Gulf team"));
    y += 42;
    if (ui_button_primary(app, rect(x, y, 200, 40), _("Inject now"), true))
        do_inject(app);
}

static void panel_set(App *app, Rect r)
{
    const Palette *p = &app->pal;
    Facilitator *f = &app->fac;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    y += label_above(app, _("Variable, by its name in the list (click one there to choose it)"), x, y, w);
    ui_text_field_hint(app, rect(x, y, fminf(320, w), 34), _("Variable"), f->var, sizeof f->var, FIELD_NAME,
                       _("e.g. security_loyalty"));
    y += 40;
    int v = var_find(f->var);
    char about[400];
    if (v >= 0) {
        char now[40];
        double x = rl_value(app->s, VIEW_TRUTH, rl_turn(app->s), (Var)v, NULL);
        ui_format_value(v, x, now, sizeof now);
        snprintf(about, sizeof about, _("%s: now %s (%g). It can be set from %g to %g (%s)."), ui_var_label(v), now,
                 x, var_info[v].min, var_info[v].max, var_info[v].unit);
    } else if (f->var[0]) {
        char hint[120] = "";
        rl_var_hint(f->var, hint, sizeof hint);
        snprintf(about, sizeof about, _("There is no variable '%s'%s."), f->var, hint);
    } else {
        snprintf(about, sizeof about, "%s", _("The change takes effect at once; the teams are told only that you changed the "
                 "situation, not what."));
    }
    y += draw_wrapped(app, FONT_SMALL, about, x, y, w, v >= 0 || !f->var[0] ? p->dim : p->bad) + 10;
    y += label_above(app, _("New value"), x, y, w);
    ui_text_field_hint(app, rect(x, y, 160, 34), _("Value"), f->value, sizeof f->value, FIELD_NUMBER, _("a number"));
    y += 42;
    y += label_above(app, _("Reason (required: the debrief shows it)"), x, y, w);
    ui_text_field_hint(app, rect(x, y, w, 34), _("Set reason"), f->set_reason, sizeof f->set_reason, FIELD_TEXT,
                       _("e.g. as if a Guard unit had wavered"));
    y += 42;
    if (ui_button_primary(app, rect(x, y, 200, 40), _("Set it"), true))
        do_set(app);
}

static void panel_rewind(App *app, Rect r)
{
    const Palette *p = &app->pal;
    Facilitator *f = &app->fac;
    float x = r.x + 12, w = r.w - 24, y = r.y;
    int turns = rl_turn(app->s);
    if (turns == 0) {
        draw_wrapped(app, FONT_BODY, _("Nothing to go back to yet: the first week has not been played."), x, y, w,
                     p->dim);
        return;
    }
    y += draw_wrapped(app, FONT_BODY, _("Go back to the start of a week that was played. The game is replayed from "
                                      "its own record up to there: the same orders, the same luck, your earlier "
                                      "interventions."),
                      x, y, w, p->text) + 14;
    draw_text(app, FONT_BOLD, _("Start of week"), x, y + 10, p->text);
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
        snprintf(undo, sizeof undo, _("Weeks %d to %d are undone: their orders and news leave this game. "),
                 f->rewind_turn, turns);
    else
        snprintf(undo, sizeof undo, _("Week %d is undone: its orders and news leave this game. "), f->rewind_turn);
    size_t used = strlen(undo);
    snprintf(undo + used, sizeof undo - used, "%s", _("The rewind is logged and shows in the report. The teams keep their "
                                              "roles."));
    y += draw_wrapped(app, FONT_SMALL, undo, x, y, w, p->dim) + 14;
    char label[80];
    if (f->rewind_armed)
        snprintf(label, sizeof label, ngettext("Confirm: undo %d week", "Confirm: undo %d weeks", undone), undone);
    else
        snprintf(label, sizeof label, _("Rewind to week %d"), f->rewind_turn);
    bool press = f->rewind_armed ? ui_button_primary(app, rect(x, y, 260, 40), label, true)
                                 : ui_button(app, rect(x, y, 260, 40), label, true);
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, _("Rewind to week"));
    if (press) {
        if (!f->rewind_armed) {
            f->rewind_armed = true;
            fac_note(app, false, _("Press Confirm to go back, or choose another week."));
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
    if (rl_timer(app->s) > 0 && app->timer_on) {
        char clock[32], who[120];
        ui_format_clock(ui_timer_left_ms(app), clock, sizeof clock);
        ui_team_label(app, (Actor)app->timer_actor, who, sizeof who);
        const char *why = app->paused ? _(" (stopped: the game is paused)") : _(" (waiting while this screen is open)");
        if (ui_timer_left_ms(app) >= 0)
            snprintf(line, sizeof line, _("%s: %s left of %d min%s."), who, clock, rl_timer(app->s) / 60, why);
        else
            snprintf(line, sizeof line, _("%s: over time by %s%s."), who, clock + 1, why);
    } else if (rl_timer(app->s) > 0) {
        snprintf(line, sizeof line, _("%d min for each team; the clock starts when a team presses Ready."),
                 rl_timer(app->s) / 60);
    } else {
        snprintf(line, sizeof line, "%s", _("No turn timer in this game."));
    }
    y += draw_wrapped(app, FONT_BODY, line, x, y, w, p->text) + 12;
    if (ui_button_primary(app, rect(x, y, 220, 40), app->paused ? _("Resume the game") : _("Pause the game"), true)) {
        ui_pause(app, !app->paused);
        fac_note(app, false, app->paused ? _("Paused: the teams' screens say so and the clock is stopped. The pause "
                                           "is logged.")
                                         : _("Resumed."));
    }
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, _("Pause"));
    if (ui_button(app, rect(x + 230, y, 150, 40), _("+1 minute"), rl_timer(app->s) > 0 && app->timer_on)) {
        app->timer_used_ms = app->timer_used_ms > 60000 ? app->timer_used_ms - 60000 : 0;   /* held: all counted */
        fac_note(app, false, _("One more minute for the team at the screen."));
    }
    y += 56;
    y += draw_wrapped(app, FONT_BOLD, _("Each team's time at the screen"), x, y, w, p->text) + 6;
    float tw = fminf(100, (w - (TIMER_CHOICES - 1) * 6) / TIMER_CHOICES);
    for (int i = 0; i < TIMER_CHOICES; i++) {
        char label[24];
        if (ui_timer_minutes[i] == 0)
            snprintf(label, sizeof label, "%s", _("Off"));
        else
            snprintf(label, sizeof label, _("%d min"), ui_timer_minutes[i]);
        if (ui_toggle(app, rect(x + i * (tw + 6), y, tw, 34), label, rl_timer(app->s) == ui_timer_minutes[i] * 60)) {
            Error err;
            rl_set_timer(app->s, ui_timer_minutes[i] * 60, &err);
            app->ng_timer = i;
        }
    }
    y += 46;
    draw_wrapped(app, FONT_SMALL, _("When a team's time runs out its screen turns red and says so; the turn goes on "
                                  "until the team ends it, so you decide whether to hurry it along. Pausing stops "
                                  "the clock and covers the teams' screens."),
                 x, y, w, p->dim);
}

void ui_open_facilitator(App *app)
{
    app->modal = MODAL_NONE;
    app->back_from_facilitator = app->screen;
    app->fac.note[0] = '\0';
    app->fac.rewind_armed = false;
    int turns = rl_turn(app->s);
    if (app->fac.rewind_turn < 1 || app->fac.rewind_turn > turns)
        app->fac.rewind_turn = turns > 0 ? turns : 1;
    if (app->fac.inject >= rl_scenario(app->s)->ninjects)
        app->fac.inject = -1;
    ui_goto(app, SCR_FACILITATOR);
}

void screen_facilitator(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    int turn = rl_turn(app->s);
    char sub[300];
    snprintf(sub, sizeof sub, _("%s · week %d of %d%s · keep this screen off the projector"),
             rl_text(rl_scenario(app->s)->name),
             rl_over(app->s) ? turn : turn + 1, rl_scenario(app->s)->turns,
             rl_over(app->s) ? _(" (over)") : app->paused ? _(" · paused") : "");
    ui_heading(app, _("Facilitator"), sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.40f);
    true_state(app, rect(16, 76, lw_, bottom - 76 - 8));

    float rx = 16 + lw_ + 12, rw = app->lw - rx - 16;
    Rect right = rect(rx, 76, rw, bottom - 76 - 8);
    ui_panel(app, right, NULL);
    const char *const tabs[FAC_TABS] = { _("Inject an event"), _("Set a variable"), _("Rewind"), _("Timer and pause") };
    /* tabs as wide as their words, the room left shared out */
    float words = 0;
    for (int i = 0; i < FAC_TABS; i++)
        words += text_width(app, FONT_BOLD, tabs[i]) + 16;
    float spare = fmaxf(0, (rw - 24 - 3 * 6 - words) / FAC_TABS), tx = rx + 12;
    for (int i = 0; i < FAC_TABS; i++) {
        /* tabs: the open one raised and underlined */
        float tw = text_width(app, FONT_BOLD, tabs[i]) + 16 + spare;
        Rect t = rect(tx, right.y + 10, tw, 34);
        tx += tw + 6;
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
    if (ui_button(app, rect(16, by, 200, 44), _("Back to the game"), true) || ui_key(app, SDLK_ESCAPE)) {
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
        draw_wrapped(app, FONT_SMALL, _("Everything done here is logged with its reason, saved with the game, replayed "
                                      "when it is loaded, and listed in the report."),
                     232, by + 6, app->lw - 232 - 16, p->faint);
    }
}

