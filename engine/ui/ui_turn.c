/* The turn screen: the side's objectives and key indicators, the map of
 * last week's events, the week's reports, the escalation ladder with where
 * the chosen orders are expected to take it, and the actions open to the
 * side with the orders chosen and End turn. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* A rung's label in the room of two cells (the labels alternate between two
 * rows, so a label may spread over its neighbours' cells): one line if it
 * fits, else two, split at the space nearest its middle. Returns the lines. */
static int ladder_label(App *app, const char *label, float cx, float y, float room, bool draw, SDL_Color c)
{
    float sh = line_height(app, FONT_SMALL);
    if (text_width(app, FONT_SMALL, label) <= room) {
        if (draw)
            draw_text_al(app, FONT_SMALL, label, cx - room / 2, y, room, ALIGN_CENTER, c);
        return 1;
    }
    size_t len = strlen(label), best = 0;
    for (size_t i = 1; i < len; i++)
        if (label[i] == ' ' && (best == 0 || fabs((double)i - len / 2.0) < fabs((double)best - len / 2.0)))
            best = i;
    char first[64];
    const char *rest = label + best + 1;
    if (best == 0) {    /* one long word (Machtdemonstration): two halves with a hyphen */
        size_t cut = 0;
        for (size_t i = 1; i < len && i < sizeof first - 2; i++) {
            if (((unsigned char)label[i] & 0xC0) == 0x80)
                continue;
            snprintf(first, sizeof first, "%.*s-", (int)i, label);
            bool fits = text_width(app, FONT_SMALL, first) <= room && text_width(app, FONT_SMALL, label + i) <= room;
            if (fits && (cut == 0 || fabs((double)i - len / 2.0) < fabs((double)cut - len / 2.0)))
                cut = i;    /* the fitting cut nearest the middle: two halves of a size */
        }
        snprintf(first, sizeof first, "%.*s-", (int)(cut ? cut : len / 2), label);
        rest = label + (cut ? cut : len / 2);
    } else {
        snprintf(first, sizeof first, "%.*s", (int)best, label);
    }
    if (draw) {
        draw_text_al(app, FONT_SMALL, first, cx - room / 2, y, room, ALIGN_CENTER, c);
        draw_text_al(app, FONT_SMALL, rest, cx - room / 2, y + sh, room, ALIGN_CENTER, c);
    }
    return 2;
}

/* The lines each row of labels needs at this width. */
static void ladder_rows(App *app, float w, int rows[2])
{
    float cw = (w - 24) / 11;
    rows[0] = rows[1] = 1;
    for (int i = 0; i <= 10; i++) {
        int k = ladder_label(app, ui_ladder_label(i), 0, 0, 2 * cw - 6, false, app->pal.text);
        if (k > rows[i % 2])
            rows[i % 2] = k;
    }
}

float ui_ladder_height(App *app, float w)
{
    int rows[2];
    ladder_rows(app, w, rows);
    return 14 + line_height(app, FONT_BOLD) + 14 + 16 + (1 + rows[0] + rows[1]) * line_height(app, FONT_SMALL) + 8;
}

/* The ladder's head: where it stands, last week, and where the orders chosen
 * are expected to take it (side >= 0). */
static void ladder_head(App *app, Rect r, Actor side, double e, double prev, double *expected)
{
    const Palette *p = &app->pal;
    char title[160];
    int rung = (int)floor(e + 0.5);
    if (isnan(prev))
        snprintf(title, sizeof title, _("Escalation ladder: %.1f, %s"), e, ui_ladder_label(rung));
    else
        snprintf(title, sizeof title, _("Escalation ladder: %.1f, %s (last week %.1f)"), e, ui_ladder_label(rung),
                 prev);
    float tw = draw_text(app, FONT_BOLD, title, r.x + 12, r.y + 8, p->text);
    *expected = NAN;
    if ((int)side >= ACTOR_COUNT)
        return;
    double drift, move = ui_orders_ladder(app, side, &drift);
    *expected = fmin(fmax(e + drift + move, 0), 10);
    char exp[160], m[16];
    if (app->nsel[side] == 0)
        snprintf(exp, sizeof exp, _("No orders: about %.1f next week"), *expected);
    else
        snprintf(exp, sizeof exp, _("Your orders %s: about %.1f next week"), ui_ladder_move(move, m, sizeof m),
                 *expected);
    float ew = text_width(app, FONT_SMALL, exp);
    if (r.x + 24 + tw + ew <= r.x + r.w - 12)    /* the orders' panel says it too: left out when short of room */
        draw_text(app, FONT_SMALL, exp, r.x + r.w - 12 - ew, r.y + 10, p->text);
}

/* The ladder, 0 (an agreement) to 10 (war, the game's end): the rungs with
 * their names, where it stands (white), where it stood (grey) and where the
 * orders chosen are expected to take it (hollow, in the accent colour). */
static void draw_ladder(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    int turn = rl_turn(app->s);
    double e = ui_value(app, turn, V_ESCALATION, NULL);
    double prev = turn > 0 ? ui_value(app, turn - 1, V_ESCALATION, NULL) : NAN, expected;
    ui_name(app, r, _("Escalation ladder"));
    ladder_head(app, r, side, e, prev, &expected);
    float x0 = r.x + 12, w = r.w - 24, cw = w / 11, y = r.y + 20 + line_height(app, FONT_BOLD) + 6;
    float bh = 14, sh = line_height(app, FONT_SMALL);
    int rows[2];
    ladder_rows(app, r.w, rows);
    for (int i = 0; i <= 10; i++) {
        Rect c = rect(x0 + i * cw, y, cw - 2, bh);
        fill(app, c, p->ladder[i]);
        Rect cell = rect(c.x, c.y, c.w, r.y + r.h - c.y - 4);
        Hit h = ui_hit(app, cell, false, NULL);
        char tip[300];
        snprintf(tip, sizeof tip, _("Rung %d: %s The game ends in war at 10. The ladder moves with each week's "
                                    "public actions and slowly calms. Sources: Rivera et al. 2024, CAMEO."),
                 i, ui_ladder_text(i));
        ui_tooltip(app, h, cell, ui_ladder_label(i), tip);
        char num[4];
        snprintf(num, sizeof num, "%d", i);
        draw_text_al(app, FONT_SMALL, num, c.x, c.y + bh + 2, c.w, ALIGN_CENTER, p->dim);
        float ly = c.y + bh + 2 + sh + (i % 2 ? rows[0] * sh : 0);
        ladder_label(app, ui_ladder_label(i), c.x + c.w / 2, ly, 2 * cw - 6, true, h.hover ? p->text : p->faint);
    }
    if (!isnan(prev)) {
        float xp = x0 + (float)(prev + 0.5) * cw;
        triangle(app, xp - 5, y - 8, xp + 5, y - 8, xp, y - 1, p->faint);
    }
    if (!isnan(expected) && fabs(expected - e) >= 0.05) {
        float xx = x0 + (float)(expected + 0.5) * cw, xe = x0 + (float)(e + 0.5) * cw;
        thick_line(app, xe, y + bh / 2, xx, y + bh / 2, 2, p->accent);
        outline(app, rect(xx - 4, y - 3, 8, bh + 6), p->accent, 2);
    }
    float xe = x0 + (float)(e + 0.5) * cw;
    fill(app, rect(xe - 1.5f, y - 3, 3, bh + 6), p->text);
    triangle(app, xe - 7, y - 11, xe + 7, y - 11, xe, y - 2, p->text);
}

/* One report of last week: its marker's number, a bar in its actor's
 * colour, the text; a click opens its Why?. */
static float report_line(App *app, Rect view, float y, const News *n, int number, int index)
{
    const Palette *p = &app->pal;
    float tx = view.x + 30, tw = view.w - 44;
    char line[NEWS_LEN * 2];
    rl_news_text(app->s, n, line, sizeof line);
    float th = wrapped_height(app, FONT_SMALL, line, tw);     /* the line as it is shown, not the engine's English */
    Rect row = rect(view.x, y - 1, view.w - 8, th + 2);
    Hit h = ui_hit(app, row, false, NULL);
    if (h.hover)
        fill(app, row, p->panel2);
    if (number) {
        char num[8];
        snprintf(num, sizeof num, "%d", number);
        disc(app, view.x + 12, y + 8, 8, p->marker);
        draw_text_al(app, FONT_SMALL, num, view.x + 2, y + 8 - line_height(app, FONT_SMALL) / 2, 20, ALIGN_CENTER,
                     p->bg);
    }
    fill(app, rect(tx - 6, y + 1, 3, th - 2), ui_actor_colour(app, n->actor));
    draw_wrapped(app, FONT_SMALL, line, tx, y, tw, n->only_for != NOBODY ? p->warn : p->text);
    ui_tooltip(app, h, row, _("Why?"), _("Click for what caused it and what it changed."));
    if (h.click)
        ui_open_why_news(app, rl_turn(app->s), index);
    return th + 4;
}

static void draw_reports(App *app, Rect r, int viewer)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    int turn = rl_turn(app->s);
    const char *button = turn >= 1 ? _("Full report") : _("Briefing");
    float bw = fmaxf(130, text_width(app, FONT_BOLD, button) + 14), bh = line_height(app, FONT_BOLD) + 10;
    if (ui_button(app, rect(r.x + r.w - bw - 8, r.y + 6, bw, bh), button, true)) {
        app->res_turn = turn;
        ui_goto(app, turn >= 1 ? SCR_RESOLUTION : SCR_BRIEFING);
        return;
    }
    draw_text(app, FONT_BOLD, turn >= 1 ? _("Last week's reports") : _("Before the first week"), r.x + 12,
              r.y + 6 + (bh - line_height(app, FONT_BOLD)) / 2, p->text);
    Rect view = rect(r.x + 8, r.y + bh + 12, r.w - 16, r.h - bh - 16);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll2[SCR_TURN]);
    float y = sc.y0;
    /* what the facilitator injected this week: news to everyone at once */
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn + 1, news, MAX_NEWS_SHOWN);
    for (int i = 0; i < nnews; i++) {
        char line[NEWS_LEN * 2 + 40], text[NEWS_LEN * 2];
        snprintf(line, sizeof line, _("Just in: %s"), rl_news_text(app->s, news[i], text, sizeof text));
        float th = wrapped_height(app, FONT_BOLD, line, view.w - 44);
        fill(app, rect(view.x + 24, y + 1, 3, th - 2), p->warn);
        draw_wrapped(app, FONT_BOLD, line, view.x + 30, y, view.w - 44, p->warn);
        y += th + 6;
    }
    if (turn == 0) {
        y += draw_wrapped(app, FONT_SMALL, rl_text(rl_briefing(app->s)), view.x + 4, y, view.w - 14, p->dim);
    } else {
        Marker m[16];
        int numbers[MAX_NEWS_SHOWN];
        ui_collect_markers(app, turn, viewer, m, 16, numbers, MAX_NEWS_SHOWN);
        nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN);
        for (int i = 0; i < nnews; i++)
            y += report_line(app, view, y, news[i], numbers[i], i);
    }
    const char *warnings[MAX_WARNINGS_SHOWN];
    int nwarnings = rl_warnings(app->s, warnings, MAX_WARNINGS_SHOWN);
    if (nwarnings > 0) {
        char w[300];
        snprintf(w, sizeof w, _("⚠ Script problems this game: %d; an actor lost its turn (first: %.120s)"), nwarnings,
                 warnings[0]);
        y += draw_wrapped(app, FONT_SMALL, w, view.x + 4, y + 4, view.w - 14, p->warn) + 4;
    }
    scroll_end(app, &sc, y - sc.y0);
}

/* The top bar's four buttons are as wide as the widest of their words (a
 * longer language's "Briefing" is not cut). */
static float bar_button_width(App *app)
{
    const char *const labels[] = { _("Menu"), _("Save"), _("Charts"), _("Briefing") };
    float w = 96;
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        w = fmaxf(w, text_width(app, FONT_BOLD, labels[i]) + 14);
    return w;
}

/* The top bar: the week, whom the screen is for, the timer; red all over
 * when the team's time is up. */
static void top_bar(App *app, Actor side, int turn)
{
    const Palette *p = &app->pal;
    bool over = rl_timer(app->s) > 0 && ui_timer_left_ms(app) <= 0;
    float tb = 46;
    fill(app, rect(0, 0, app->lw, tb), over ? p->bad : p->panel);
    fill(app, rect(0, tb - 2, app->lw, 2), p->accent);
    float x = 14;
    x += draw_text(app, FONT_H2, _("RED LINE"), x, 12, over ? p->bg : p->accent) + 16;
    char date[64], info[200], who[160];
    ui_date(app, turn + 1, date, sizeof date);
    if (app->hotseat)
        ui_team_label(app, side, who, sizeof who);
    else
        ui_side_name(app, who, sizeof who);
    /* the buttons at the bar's end take 4 x (width + 8); the timer, if any, sits left of them */
    float bar_end = app->lw - 10 - 4 * (bar_button_width(app) + 8) - 8;
    if (rl_timer(app->s) > 0) {
        ui_timer_chip(app, bar_end, 10);
        bar_end -= 150;
    }
    snprintf(info, sizeof info, _("%s · week %d of %d · %s"), rl_text(rl_scenario(app->s)->name), turn + 1,
             rl_length(app->s), date);
    /* short of room: the week alone, then whom without "You play" */
    if (x + text_width(app, FONT_BOLD, info) + 36 + text_width(app, FONT_BOLD, who) > bar_end)
        snprintf(info, sizeof info, _("Week %d of %d · %s"), turn + 1, rl_length(app->s), date);
    if (x + text_width(app, FONT_BOLD, info) + 36 + text_width(app, FONT_BOLD, who) > bar_end)
        ui_team_label(app, side, who, sizeof who);
    float ww = text_width(app, FONT_BOLD, who) + 20;
    if (over) {
        char up[240];
        snprintf(up, sizeof up, _("Time is up for %s"), who);
        draw_text_fit(app, FONT_H2, up, x, 12, bar_end - x - 8, p->bg);
    } else {
        x += text_width(app, FONT_BOLD, info) + 16;
        draw_text(app, FONT_BOLD, info, x - text_width(app, FONT_BOLD, info) - 16, 14, p->text);
        fill(app, rect(x, 10, ww, 26), ui_actor_colour(app, side));
        draw_text_fit(app, FONT_BOLD, who, x + 10, 14, ww - 20, ui_text_on(p, ui_actor_colour(app, side)));
    }
}

/* The top bar's buttons; true if one took the screen elsewhere. They come
 * last in the focus order: Tab starts on the actions. */
static bool bar_buttons(App *app)
{
    float bw = bar_button_width(app), bx = app->lw - 10 - bw, by = 8, bh = 30;
    if (ui_button(app, rect(bx, by, bw, bh), _("Menu"), true) || ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_GAMEMENU;
        app->focus = -1;
        return true;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), _("Save"), true) || ((app->kmod & KMOD_CTRL) && ui_key(app, SDLK_s))) {
        app->back_from_load = SCR_TURN;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-week%d", rl_scenario(app->s)->id,
                 app->hotseat ? "hotseat" : actor_name(app->side), rl_turn(app->s) + 1);
        ui_goto(app, SCR_SAVE);
        app->focus = 0;   /* type the name straight away */
        app->text_replace = true;
        return true;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), _("Charts"), true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_TURN;
        ui_goto(app, SCR_CHARTS);
        return true;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), _("Briefing"), true) || ui_hotkey(app, SDLK_b)) {
        ui_goto(app, SCR_BRIEFING);
        return true;
    }
    if (ui_hotkey(app, SDLK_r) && rl_turn(app->s) > 0) {
        app->res_turn = rl_turn(app->s);
        ui_goto(app, SCR_RESOLUTION);
        return true;
    }
    return false;
}

void screen_turn(App *app)
{
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (rl_over(app->s)) {
        ui_goto(app, SCR_END);
        return;
    }
    Actor side = app->hotseat ? app->current : app->side;
    int viewer = ui_viewer(app);
    int turn = rl_turn(app->s);
    /* Ctrl+Enter ends the turn wherever the focus is */
    if ((app->kmod & KMOD_CTRL) && (ui_key(app, SDLK_RETURN) || ui_key(app, SDLK_KP_ENTER))) {
        ui_end_orders(app);
        return;
    }
    /* a new week, or another side's: the actions list starts at its top */
    uint64_t week = (uint64_t)(uintptr_t)app->s * 131u + (uint64_t)turn * 16u + side;
    if (app->actions_week != week) {
        app->actions_week = week;
        app->scroll_actions = app->scroll_objectives = 0;
        app->actions_open = false;
    }
    /* the team's clock starts when its week on this screen does */
    if (rl_timer(app->s) > 0 && (app->timer_actor != (int)side || app->timer_turn != turn))
        ui_timer_start(app);
    top_bar(app, side, turn);

    /* A: objectives and indicators; B: the map and the reports; the ladder
     * under A and B; C: the actions, the orders and End turn */
    float top = 54, m = 8;
    float cw = floorf(app->lw * 0.345f), cx = app->lw - m - cw;
    float left = cx - 2 * m, aw = floorf(left * 0.37f), bx = m + aw + m, bw = left - aw - m;
    float ladder_h = ui_ladder_height(app, left), ladder_y = app->lh - m - ladder_h;
    float orders_h = ui_orders_height(app), orders_y = app->lh - m - orders_h;
    ui_draw_actions(app, rect(cx, top, cw, orders_y - m - top), side);
    if (app->screen != SCR_TURN)
        return;
    ui_draw_orders_bar(app, rect(cx, orders_y, cw, orders_h), side);
    if (app->screen != SCR_TURN)
        return;
    float body_h = ladder_y - m - top, map_h = app->map_large ? body_h : floorf(body_h * 0.66f);
    ui_draw_map_panel(app, rect(bx, top, bw, map_h), viewer);
    if (!app->map_large)    /* the larger map's markers tell the reports */
        draw_reports(app, rect(bx, top + map_h + m, bw, body_h - map_h - m), viewer);
    if (app->screen != SCR_TURN)
        return;
    float obj_h = fminf(ui_objectives_height(app, side, viewer, aw), floorf(body_h * 0.55f));
    ui_draw_objectives(app, rect(m, top, aw, obj_h), side, viewer);
    ui_draw_indicators(app, rect(m, top + obj_h + m, aw, body_h - obj_h - m), side);
    draw_ladder(app, rect(m, ladder_y, left, ladder_h), side);
    bar_buttons(app);
}
