/* The screen after a week: the news (each with its Why?: the rules behind a
 * move, what made an event fire, what it changed), what changed and what
 * moved it most (a click takes the change apart), and the intelligence
 * estimates as ranges. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- resolution -------------------------------------------------------- */

static const int changed_vars[] = {
    V_ESCALATION, V_OIL_PRICE, V_HORMUZ_FLOW, V_APPROVAL, V_CREDIBILITY, V_ALLIANCE, V_HAWK_PRESSURE, V_TALKS,
    V_TALKS_PROGRESS, V_SANCTIONS, V_ENFORCEMENT, V_RIAL, V_INFLATION, V_OIL_EXPORTS, V_PROTEST, V_DEATHS,
    V_STABILITY, V_COHESION, V_LOYALTY, V_DETERRENCE, V_NARRATIVE, V_CONDEMNATION, V_STOCKPILE, V_BREAKOUT,
    V_COVERT, V_ISRAEL_READY, V_PROXY_ACTIVITY, V_US_RESOLVE, V_IRAN_RESOLVE, V_US_CASUALTIES, V_STRIKES_ON_IRAN,
    V_INTERNET, V_GULF_TIES, V_COMPLIANCE,
};

/* The news' actor column: as wide as the longest side's name in the
 * language shown (the Gulf states' is the longest in Persian), so no name
 * is cut. */
static float actor_column(App *app)
{
    float widest = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        widest = fmaxf(widest, text_width(app, FONT_SMALL, rl_text(actor_title((Actor)a))));
    return fmaxf(104, widest + 24);
}

/* The week's news the viewer may read, each computer move with its Why?. */
static void news_feed(App *app, Rect feed, int turn, int viewer)
{
    const Palette *p = &app->pal;
    ui_panel(app, feed, NULL);
    draw_text(app, FONT_H2, _("News"), feed.x + 12, feed.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, _("Why? tells what caused it, what it changed and the sources"), feed.x,
                 feed.y + 12, feed.w - 12, ALIGN_RIGHT, p->faint);
    Rect view = rect(feed.x + 4, feed.y + 38, feed.w - 8, feed.h - 42);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_RESOLUTION]);
    float y = sc.y0;
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN), shown = 0;
    for (int ni = 0; ni < nnews; ni++) {
        const News *n = news[ni];
        shown++;
        float chipw = actor_column(app), whyw = fmaxf(64, text_width(app, FONT_BODY, _("Why?")) + 20);
        bool why = n->action >= 0 ? ui_find_order(app, turn, n->actor, n->action) != NULL
                                  : n->cause.kind != CAUSE_KINDS;
        float tw = view.w - chipw - (why ? whyw + 8 : 0) - 28;
        bool tagged = n->only_for != NOBODY || ui_significant(app, turn, n);
        char text[NEWS_LEN * 2];
        rl_news_text(app->s, n, text, sizeof text);
        float th = fmaxf(wrapped_height(app, FONT_BODY, text, tw), tagged ? 24 + line_height(app, FONT_SMALL) : 24);
        Rect row = rect(view.x + 4, y, view.w - 14, th + 10);
        fill(app, row, shown % 2 ? p->panel : p->panel2);
        SDL_Color ac = ui_actor_colour(app, n->actor);
        Rect chip = rect(row.x + 6, row.y + 6, chipw - 8, 20);
        fill(app, chip, alpha(ac, 60));
        outline(app, chip, ac, 1);
        draw_text_fit(app, FONT_SMALL, rl_text(actor_title((Actor)n->actor)), chip.x + 5, chip.y + 3, chip.w - 8, p->text);
        draw_wrapped(app, FONT_BODY, text, row.x + chipw + 6, row.y + 5, tw,
                     n->only_for != NOBODY ? p->warn : p->text);
        if (n->only_for != NOBODY && viewer != VIEW_TRUTH)
            draw_text(app, FONT_SMALL, _("secret"), chip.x, chip.y + 24, p->warn);
        else if (ui_significant(app, turn, n))
            draw_text(app, FONT_SMALL, _("★ major move"), chip.x, chip.y + 24, p->marker);
        if (why) {
            char label[32];
            snprintf(label, sizeof label, _("Why? %d"), shown);
            if (ui_button(app, rect(row.x + row.w - whyw - 6, row.y + 5, whyw, 26), _("Why?"), true))
                ui_open_why_news(app, turn, ni);
            if (app->nlabels > 0)
                ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, label);
        }
        y += row.h + 4;
    }
    if (shown == 0)
        y += draw_wrapped(app, FONT_BODY, _("A quiet week: nothing you could see happened."), view.x + 8, y, view.w - 16,
                          p->dim);
    scroll_end(app, &sc, y - sc.y0);

}

/* What moved v most in turn, as the viewer may know it: "Iran: Refuse any
 * limit on missiles or allies −4", and how many other causes; "" if none. */
static void top_cause(App *app, int v, int turn, char *out, size_t cap)
{
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = rl_causes_shown(app->s, ui_viewer(app), turn, (Var)v, parts, LEDGER_MAX_PARTS), top = 0;
    out[0] = '\0';
    if (n == 0)
        return;
    for (int i = 1; i < n; i++)
        if (fabs(parts[i].amount) > fabs(parts[top].amount))
            top = i;
    char d[40];
    ui_format_delta(v, parts[top].amount, d, sizeof d);
    if (n == 1)
        snprintf(out, cap, "%s %s", parts[top].label, d);
    else
        snprintf(out, cap, ngettext("%s %s, and %d more cause", "%s %s, and %d more causes", n - 1), parts[top].label, d,
                 n - 1);
}

/* What the viewer saw change this week, and its intelligence estimates. */
static void changes_panel(App *app, Rect ch, int turn)
{
    const Palette *p = &app->pal;
    ui_panel(app, ch, NULL);
    draw_text(app, FONT_H2, _("What changed"), ch.x + 12, ch.y + 8, p->text);
    Rect cview = rect(ch.x + 4, ch.y + 38, ch.w - 8, ch.h - 42);
    Scroll sc2;
    scroll_begin(app, &sc2, cview, &app->scroll2[SCR_RESOLUTION]);
    float y = sc2.y0;
    float rh = fmaxf(20, line_height(app, FONT_BODY) + 3);
    int nchanged = 0;
    Actor side = app->side;
    for (size_t k = 0; k < sizeof changed_vars / sizeof *changed_vars; k++) {
        int v = changed_vars[k];
        double sd0, sd1;
        double a = ui_value(app, turn - 1, v, &sd0), b = ui_value(app, turn, v, &sd1);
        if (isnan(a) || isnan(b) || sd0 > 0 || sd1 > 0)
            continue;
        if (rl_shown((Var)v, a) == rl_shown((Var)v, b))
            continue;   /* a change too small to show ("0.85M → 0.85M, +0.00M") is none to the player */
        char top[300];
        top_cause(app, v, turn, top, sizeof top);
        float toph = top[0] ? wrapped_height(app, FONT_SMALL, top, cview.w - 32) : 0;
        char va[40], vb[40], d[40], line[140];
        ui_format_value(v, a, va, sizeof va);
        ui_format_value(v, b, vb, sizeof vb);
        ui_format_change(v, a, b, d, sizeof d);
        snprintf(line, sizeof line, "%s → %s", va, vb);
        /* the change's column as wide as its text ("+0.01 میلیون"); a label
         * that does not fit beside the values has a line of its own above them */
        float lw = text_width(app, FONT_BODY, line), dw = fmaxf(78, text_width(app, FONT_SMALL, d) + 8);
        float room = cview.w - 8 - dw - lw - 20;
        bool apart = text_width(app, FONT_BODY, ui_var_label(v)) > room;
        float lines = apart ? 2 : 1;
        Rect r = rect(cview.x, y, cview.w - 8, rh * lines + toph);
        Hit hh = ui_hit(app, r, true, ui_var_label(v));
        if (hh.hover || hh.ring) {
            char tip[900];
            ui_var_tooltip(app, v, tip, sizeof tip);
            ui_tooltip(app, hh, r, ui_var_label(v), tip);
            fill(app, r, p->panel2);
        }
        if (hh.ring)
            outline(app, r, p->focus, 1);
        if (hh.click)
            ui_open_causes(app, v, turn);
        float ty = y + (rh - line_height(app, FONT_BODY)) / 2, vy = ty + (apart ? rh : 0);
        draw_text_fit(app, FONT_BODY, ui_var_label(v), r.x + 6, ty, apart ? r.w - 12 : room, p->text);
        draw_text(app, FONT_BODY, line, r.x + r.w - dw - lw - 4, vy, p->text);
        int dir = objective_direction(app, side, v);
        SDL_Color dc = app->hotseat || dir == 0 ? p->dim : ((b > a) == (dir > 0) ? p->good : p->bad);
        draw_text_al(app, FONT_SMALL, d, r.x + r.w - dw, vy + 1, dw - 4, ALIGN_RIGHT, dc);
        if (top[0])
            draw_wrapped(app, FONT_SMALL, top, r.x + 18, y + rh * lines - 2, cview.w - 32, p->faint);
        y += r.h;
        nchanged++;
    }
    if (nchanged == 0)
        y += draw_wrapped(app, FONT_SMALL, _("Nothing you can see moved noticeably."), cview.x + 6, y, cview.w - 20,
                          p->dim);
    y += 14;
    int nest = 0;
    for (int v = 0; v < VAR_COUNT; v++) {
        double sd;
        double e = ui_value(app, turn, v, &sd);
        if (isnan(e) || !(sd > 0) || (var_info[v].flags & TRANSIENT))
            continue;
        if (nest++ == 0) {
            draw_text(app, FONT_H2, _("Intelligence estimates"), cview.x + 6, y, p->text);
            y += line_height(app, FONT_H2) + 2;
            y += draw_wrapped(app, FONT_SMALL,
                              _("What you cannot see, as your analysts judge it: the likely range, and the "
                              "best guess as a tick."),
                              cview.x + 6, y, cview.w - 20, p->dim) + 6;
        }
        double lo = var_clamp((Var)v, e - sd), hi = var_clamp((Var)v, e + sd);
        char a[40], b[40], mid[40], line[140];
        ui_format_value(v, lo, a, sizeof a);
        ui_format_value(v, hi, b, sizeof b);
        ui_format_value(v, e, mid, sizeof mid);
        snprintf(line, sizeof line, "%s – %s  (≈%s)", a, b, mid);
        Rect r = rect(cview.x, y, cview.w - 8, rh * 2);
        Hit hh = ui_hit(app, r, false, NULL);
        if (hh.hover) {
            char tip[900];
            ui_var_tooltip(app, v, tip, sizeof tip);
            ui_tooltip(app, hh, r, ui_var_label(v), tip);
            fill(app, r, p->panel2);
        }
        draw_text_fit(app, FONT_BODY, ui_var_label(v), r.x + 6, y + 2, r.w * 0.45f, p->text);
        draw_text_al(app, FONT_SMALL, line, r.x, y + 3, r.w - 6, ALIGN_RIGHT, p->dim);
        draw_range_bar(app, rect(r.x + 6, y + rh + 2, r.w - 12, 10), v, e, sd);
        y += rh * 2 + 4;
    }
    scroll_end(app, &sc2, y - sc2.y0);

}

void screen_resolution(App *app)
{
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    int turn = app->res_turn;
    if (turn < 1 || turn > rl_turn(app->s)) {
        ui_goto(app, SCR_TURN);
        return;
    }
    int viewer = ui_viewer(app);
    char date[64], title[100], sub[160];
    ui_date(app, turn, date, sizeof date);
    snprintf(title, sizeof title, _("Week of %s: what happened"), date);
    if (app->hotseat && viewer == VIEW_PUBLIC)
        snprintf(sub, sizeof sub, _("%s · week %d of %d · public view"), rl_text(rl_scenario(app->s)->name), turn,
                 rl_scenario(app->s)->turns);
    else
        snprintf(sub, sizeof sub, _("%s · week %d of %d"), rl_text(rl_scenario(app->s)->name), turn,
                 rl_scenario(app->s)->turns);
    ui_heading(app, title, sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.54f);

    Rect feed = rect(16, 76, lw_, bottom - 76 - 8);
    news_feed(app, feed, turn, viewer);
    float rx = feed.x + feed.w + 12;
    changes_panel(app, rect(rx, 76, app->lw - rx - 16, bottom - 76 - 8), turn);

    /* buttons */
    float by = app->lh - 60;
    bool latest = turn == rl_turn(app->s);
    if (ui_button(app, rect(16, by, 150, 44), _("◂ Earlier"), turn > 1)) {
        app->res_turn--;
        app->scroll[SCR_RESOLUTION] = app->scroll2[SCR_RESOLUTION] = 0;
    }
    if (ui_button(app, rect(176, by, 150, 44), _("Later ▸"), !latest)) {
        app->res_turn++;
        app->scroll[SCR_RESOLUTION] = app->scroll2[SCR_RESOLUTION] = 0;
    }
    if (ui_button(app, rect(336, by, 150, 44), _("Charts"), true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_RESOLUTION;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    const char *cont = !latest ? _("Back to this week ▸") : rl_over(app->s) ? _("See the outcome ▸") : _("Continue ▸");
    if (ui_button_primary(app, rect(app->lw - 16 - 260, by, 260, 44), cont, true) || ui_key(app, SDLK_ESCAPE)) {
        if (app->nlabels > 0)
            snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("Continue"));
        if (latest)
            ui_after_resolution(app);
        else
            ui_goto(app, rl_over(app->s) ? SCR_END : SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("Continue"));
}
