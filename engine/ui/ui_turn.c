/* The turn screen: the map with last week's events, the escalation ladder,
 * the key indicators (estimates drawn as ranges), the actions open to the
 * side at the screen grouped by track, their details, and End turn. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* +1 if more of v is better for the side's objectives, -1 if less, 0 if
 * the scenario's objectives do not say. */
int objective_direction(const App *app, int side, int v)
{
    if (!app->s || side < 0 || side >= ACTOR_COUNT)
        return 0;
    const Scenario *s = rl_scenario(app->s);
    for (int i = 0; i < s->nobjectives[side]; i++)
        if (s->objectives[side][i].var == v)
            return s->objectives[side][i].best > s->objectives[side][i].worst ? 1 : -1;
    return 0;
}

/* A value's plausible scale, for drawing ranges. */
static void scale_of(int v, double est, double sd, double *lo, double *hi)
{
    *lo = var_info[v].min;
    *hi = var_info[v].max;
    if (*hi - *lo > 100) {     /* open-ended: kilograms, weeks, people */
        *lo = fmax(var_info[v].min, 0);
        *hi = fmax(est + 3 * sd, est * 1.6 + 1);
    }
}

void draw_range_bar(App *app, Rect r, int v, double est, double sd)
{
    const Palette *p = &app->pal;
    double lo, hi;
    scale_of(v, est, sd, &lo, &hi);
    if (hi <= lo)
        return;
    float cy = r.y + r.h / 2;
    fill(app, rect(r.x, cy - 1, r.w, 2), p->border);
    double a = fmax(est - sd, lo), b = fmin(est + sd, hi);
    float xa = r.x + (float)((a - lo) / (hi - lo)) * r.w, xb = r.x + (float)((b - lo) / (hi - lo)) * r.w;
    fill(app, rect(xa, r.y + 1, fmaxf(xb - xa, 2), r.h - 2), alpha(p->series, 110));
    float xe = r.x + (float)((fmin(fmax(est, lo), hi) - lo) / (hi - lo)) * r.w;
    fill(app, rect(xe - 1, r.y, 2, r.h), p->text);
}

/* One indicator: label, value (or estimate with its range), trend arrow. */
void draw_indicator(App *app, Rect r, int v, int turn, int side, bool focusable)
{
    const Palette *p = &app->pal;
    double sd = 0, prev_sd = 0;
    double x = ui_value(app, turn, v, &sd);
    double prev = turn > 0 ? ui_value(app, turn - 1, v, &prev_sd) : NAN;
    Hit h = ui_hit(app, r, focusable, ui_var_label(v));
    if (h.hover || h.ring)
        fill(app, r, p->panel2);
    if (h.ring)
        outline(app, r, p->focus, 1);
    char tip[900];
    ui_var_tooltip(app, v, tip, sizeof tip);
    ui_tooltip(app, h, r, ui_var_label(v), tip);
    float ty = r.y + (r.h - line_height(app, FONT_BODY)) / 2;
    float valw = sd > 0 ? 72 : 92, arw = 18, barw = sd > 0 ? 46 : 0;
    draw_text_fit(app, FONT_BODY, ui_var_label(v), r.x + 6, ty, r.w - valw - arw - barw - 14, p->text);
    char val[40], shown[56];
    ui_format_value(v, x, val, sizeof val);
    if (sd > 0)
        snprintf(shown, sizeof shown, "≈%s", val);
    else
        ui_copy(shown, sizeof shown, val);
    draw_text_al(app, sd > 0 ? FONT_BODY : FONT_BOLD, shown, r.x + r.w - valw - arw - barw - 6, ty, valw,
                 ALIGN_RIGHT, sd > 0 ? p->dim : p->text);
    if (sd > 0)
        draw_range_bar(app, rect(r.x + r.w - arw - barw - 2, r.y + r.h / 2 - 4, barw - 4, 8), v, x, sd);
    if (!isnan(prev) && !isnan(x)) {
        double d = x - prev, noise = fmax(sd, prev_sd) * 0.5;
        double eps = (var_info[v].max - var_info[v].min) * 0.002;
        float ax = r.x + r.w - arw + 4, ay = r.y + r.h / 2;
        int dir = objective_direction(app, side, v);
        if (fabs(d) <= fmax(eps, noise)) {
            fill(app, rect(ax, ay - 1, 9, 2), p->faint);
        } else {
            SDL_Color c = dir == 0 ? p->dim : (d > 0) == (dir > 0) ? p->good : p->bad;
            if (d > 0)
                triangle(app, ax + 4.5f, ay - 6, ax, ay + 4, ax + 9, ay + 4, c);
            else
                triangle(app, ax, ay - 4, ax + 9, ay - 4, ax + 4.5f, ay + 6, c);
        }
    }
}

/* ---- the screen's parts ------------------------------------------------ */

typedef struct Marker {
    const char *point;
    const News *news[8];
    int n;
} Marker;

/* The places last week's visible news happened, and for the i-th news item
 * the number of its marker (0: none). */
static int collect_markers(App *app, int turn, int viewer, Marker *m, int max, int *numbers, int nnum)
{
    int count = 0;
    for (int i = 0; i < nnum; i++)
        numbers[i] = 0;
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN);
    for (int i = 0; i < nnews; i++) {
        const News *n = news[i];
        const char *pt = ui_point_for_news(app, n);
        if (!pt)
            continue;
        int k;
        for (k = 0; k < count; k++)
            if (strcmp(m[k].point, pt) == 0)
                break;
        if (k == count) {
            if (count == max)
                continue;
            m[count].point = pt;
            m[count].n = 0;
            count++;
        }
        if (m[k].n < 8)
            m[k].news[m[k].n++] = n;
        if (i < nnum)
            numbers[i] = k + 1;
    }
    return count;
}

static void draw_map_panel(App *app, Rect r, int viewer)
{
    const Palette *p = &app->pal;
    map_draw(app, r);
    Marker m[16];
    int numbers[64];
    int turn = rl_turn(app->s);
    int count = collect_markers(app, turn, viewer, m, 16, numbers, 64);
    Rect saved;
    push_clip(app, r, &saved);
    for (int k = 0; k < count; k++) {
        float x, y;
        if (!map_point(app, r, m[k].point, &x, &y))
            continue;
        Rect hr = rect(x - 11, y - 11, 22, 22);
        Hit h = ui_hit(app, hr, false, NULL);
        disc(app, x, y, h.hover ? 11 : 9.5f, p->marker);
        disc(app, x, y, h.hover ? 9 : 7.5f, p->bg);
        char num[8];
        snprintf(num, sizeof num, "%d", k + 1);
        draw_text_al(app, FONT_SMALL, num, x - 10, y - line_height(app, FONT_SMALL) / 2, 20, ALIGN_CENTER, p->marker);
        char tip[900] = "";
        size_t n = 0;
        for (int i = 0; i < m[k].n && n < sizeof tip; i++)
            n += (size_t)snprintf(tip + n, sizeof tip - n, "%s• %s", i ? "\n" : "", m[k].news[i]->text);
        const char *label = map_point_label(app, m[k].point);
        ui_tooltip(app, h, hr, label ? label : m[k].point, tip);
    }
    pop_clip(app, saved);
    if (!app->tip_on && inside(r, app->mouse_x, app->mouse_y)) {
        const char *c = map_country_at(app, r, app->mouse_x, app->mouse_y);
        if (c) {
            Hit h = { true, false, false, false };
            ui_tooltip(app, h, rect(app->mouse_x, app->mouse_y, 1, 1), c, "");
            app->hover_sig = app->hover_sig * 31 + (int)strlen(c) * 97 + c[0];
        }
    }
    outline(app, r, p->border, 1);
    char cap[80];
    if (turn == 0)
        snprintf(cap, sizeof cap, "The region");
    else
        snprintf(cap, sizeof cap, "Last week's events: %d place%s", count, count == 1 ? "" : "s");
    float cw = text_width(app, FONT_SMALL, cap) + 12;
    fill(app, rect(r.x + 1, r.y + 1, cw, line_height(app, FONT_SMALL) + 6), alpha(p->bg, 200));
    draw_text(app, FONT_SMALL, cap, r.x + 7, r.y + 4, p->dim);
}

/* Every word of the label fits the width (else it would break mid-word). */
static bool label_fits(App *app, const char *label, float w)
{
    char word[64];
    const char *c = label;
    while (*c) {
        size_t n = strcspn(c, " ");
        if (n >= sizeof word)
            return false;
        memcpy(word, c, n);
        word[n] = '\0';
        if (text_width(app, FONT_SMALL, word) > w)
            return false;
        c += n;
        while (*c == ' ')
            c++;
    }
    return true;
}

static void draw_ladder(App *app, Rect r)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    int turn = rl_turn(app->s);
    double e = ui_value(app, turn, V_ESCALATION, NULL);
    double prev = turn > 0 ? ui_value(app, turn - 1, V_ESCALATION, NULL) : NAN;
    char title[120];
    if (isnan(prev))
        snprintf(title, sizeof title, "Escalation ladder: %.1f — %s", e, ui_ladder_label((int)floor(e + 0.5)));
    else
        snprintf(title, sizeof title, "Escalation ladder: %.1f %s (last week %.1f) — %s", e,
                 e > prev + 0.05 ? "▲" : e < prev - 0.05 ? "▼" : "=", prev, ui_ladder_label((int)floor(e + 0.5)));
    draw_text(app, FONT_BOLD, title, r.x + 12, r.y + 8, p->text);
    float x0 = r.x + 12, w = r.w - 24, cw = w / 11, y = r.y + 22 + line_height(app, FONT_BOLD);
    float bh = 14;
    for (int i = 0; i <= 10; i++) {
        Rect c = rect(x0 + i * cw, y, cw - 2, bh);
        fill(app, c, p->ladder[i]);
        Rect cell = rect(c.x, c.y, c.w, r.y + r.h - c.y - 4);
        Hit h = ui_hit(app, cell, false, NULL);
        char tip[200];
        snprintf(tip, sizeof tip, "Rung %d: %s The game ends in war at 10. The ladder moves with each week's "
                                  "public actions and slowly calms. Sources: Rivera et al. 2024, CAMEO.",
                 i, ui_ladder_text(i));
        ui_tooltip(app, h, cell, ui_ladder_label(i), tip);
        char num[4];
        snprintf(num, sizeof num, "%d", i);
        draw_text_al(app, FONT_SMALL, num, c.x, c.y + bh + 2, c.w, ALIGN_CENTER, p->dim);
        if (label_fits(app, ui_ladder_label(i), c.w - 4))
            draw_wrapped(app, FONT_SMALL, ui_ladder_label(i), c.x + 2, c.y + bh + 2 + line_height(app, FONT_SMALL),
                         c.w - 4, h.hover ? p->text : p->faint);
    }
    if (!isnan(prev)) {
        float xp = x0 + (float)(prev + 0.5) * cw;
        triangle(app, xp - 5, y - 8, xp + 5, y - 8, xp, y - 1, p->faint);
    }
    float xe = x0 + (float)(e + 0.5) * cw;
    fill(app, rect(xe - 1.5f, y - 3, 3, bh + 6), p->text);
    triangle(app, xe - 7, y - 11, xe + 7, y - 11, xe, y - 2, p->text);
}

static void draw_reports(App *app, Rect r, int viewer)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    int turn = rl_turn(app->s);
    float bw = 150;
    if (turn >= 1) {
        if (ui_button(app, rect(r.x + r.w - bw - 8, r.y + 6, bw, 28), "Full report", true)) {
            app->res_turn = turn;
            ui_goto(app, SCR_RESOLUTION);
            return;
        }
    } else if (ui_button(app, rect(r.x + r.w - bw - 8, r.y + 6, bw, 28), "Briefing", true)) {
        ui_goto(app, SCR_BRIEFING);
        return;
    }
    char date[16];
    game_date(rl_scenario(app->s), turn, date);
    char title[100];
    if (turn >= 1)
        snprintf(title, sizeof title, "Last week's reports (week of %s)", date);
    else
        snprintf(title, sizeof title, "Before the first week");
    draw_text(app, FONT_BOLD, title, r.x + 12, r.y + 10, p->text);
    Rect view = rect(r.x + 8, r.y + 40, r.w - 16, r.h - 46);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll2[SCR_TURN]);
    float y = sc.y0;
    /* what the facilitator injected this week: news to everyone at once */
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn + 1, news, MAX_NEWS_SHOWN);
    for (int i = 0; i < nnews; i++) {
        const News *n = news[i];
        char line[NEWS_LEN + 40];
        snprintf(line, sizeof line, "Just in: %s", n->text);
        float th = wrapped_height(app, FONT_BOLD, line, view.w - 44);
        fill(app, rect(view.x + 24, y + 1, 3, th - 2), p->warn);
        draw_wrapped(app, FONT_BOLD, line, view.x + 30, y, view.w - 44, p->warn);
        y += th + 6;
    }
    if (turn == 0) {
        y += draw_wrapped(app, FONT_SMALL, rl_briefing(app->s), view.x + 4, y, view.w - 14, p->dim);
    } else {
        Marker m[16];
        int numbers[64];
        collect_markers(app, turn, viewer, m, 16, numbers, 64);
        nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN);
        for (int i = 0; i < nnews; i++) {
            const News *n = news[i];
            float tx = view.x + 30;
            float th = wrapped_height(app, FONT_SMALL, n->text, view.w - 44);
            if (i < 64 && numbers[i]) {
                char num[8];
                snprintf(num, sizeof num, "%d", numbers[i]);
                disc(app, view.x + 12, y + 8, 8, p->marker);
                draw_text_al(app, FONT_SMALL, num, view.x + 2, y + 8 - line_height(app, FONT_SMALL) / 2, 20,
                             ALIGN_CENTER, p->bg);
            }
            fill(app, rect(tx - 6, y + 1, 3, th - 2), ui_actor_colour(app, n->actor));
            draw_wrapped(app, FONT_SMALL, n->text, tx, y, view.w - 44,
                         n->only_for != NOBODY ? p->warn : p->text);
            y += th + 4;
        }
    }
    const char *warnings[MAX_WARNINGS_SHOWN];
    int nwarnings = rl_warnings(app->s, warnings, MAX_WARNINGS_SHOWN);
    if (nwarnings > 0) {
        char w[200];
        snprintf(w, sizeof w, "⚠ %d script problem%s this game: an actor lost its turn (first: %.120s)",
                 nwarnings, nwarnings == 1 ? "" : "s", warnings[0]);
        y += draw_wrapped(app, FONT_SMALL, w, view.x + 4, y + 4, view.w - 14, p->warn) + 4;
    }
    scroll_end(app, &sc, y - sc.y0);
}

static const int us_indicators[] = {
    V_OIL_PRICE, V_HORMUZ_FLOW, V_APPROVAL, V_HAWK_PRESSURE, V_CREDIBILITY, V_ALLIANCE, V_TALKS, V_TALKS_PROGRESS,
    V_SANCTIONS, V_RIAL, V_INFLATION, V_OIL_EXPORTS, V_PROTEST, V_DEATHS, V_STABILITY, V_STOCKPILE, V_BREAKOUT,
    V_COVERT, V_ISRAEL_READY, V_US_CASUALTIES,
};
static const int iran_indicators[] = {
    V_STABILITY, V_COHESION, V_LOYALTY, V_F_LEADER, V_F_HARDLINE, V_F_PRAGMATIC, V_PROTEST, V_DEATHS, V_RIAL,
    V_INFLATION, V_OIL_EXPORTS, V_SANCTIONS, V_TALKS, V_TALKS_PROGRESS, V_DETERRENCE, V_STOCKPILE, V_BREAKOUT,
    V_US_RESOLVE, V_ISRAEL_READY, V_OIL_PRICE,
};

static const int israel_indicators[] = {
    V_ISRAEL_READY, V_STOCKPILE, V_BREAKOUT, V_COVERT, V_DETECTED, V_IAEA, V_ENRICHMENT, V_DAMAGE,
    V_STRIKES_ON_IRAN, V_PROXY_CAPABILITY, V_PROXY_ACTIVITY, V_DETERRENCE, V_TALKS, V_TALKS_PROGRESS, V_US_RESOLVE,
    V_STABILITY, V_OIL_PRICE,
};
static const int protester_indicators[] = {
    V_PROTEST, V_DEATHS, V_GRIEVANCE, V_FEAR, V_HOPE, V_INTERNET, V_STABILITY, V_LOYALTY, V_COHESION,
    V_CONDEMNATION, V_RIAL, V_INFLATION, V_GDP_GROWTH, V_NARRATIVE, V_TALKS,
};
static const int irgc_indicators[] = {
    V_LOYALTY, V_STABILITY, V_COHESION, V_F_LEADER, V_F_HARDLINE, V_F_PRAGMATIC, V_PROTEST, V_DEATHS,
    V_DETERRENCE, V_NARRATIVE, V_PROXY_CAPABILITY, V_STRIKES_ON_IRAN, V_HORMUZ_FLOW, V_RIAL,
    V_OIL_EXPORTS,
};
static const int proxy_indicators[] = {
    V_PROXY_CAPABILITY, V_PROXY_ACTIVITY, V_PROXY_CONTROL, V_ATTACKS_ON_US, V_US_CASUALTIES, V_POSTURE,
    V_STRIKES_ON_IRAN, V_DETERRENCE, V_ESCALATION, V_HORMUZ_FLOW, V_OIL_PRICE, V_TALKS, V_NARRATIVE,
};
static const int europe_indicators[] = {
    V_SNAPBACK, V_CONDEMNATION, V_DEATHS, V_PROTEST, V_TALKS, V_TALKS_PROGRESS, V_IAEA, V_STOCKPILE, V_BREAKOUT,
    V_SANCTIONS, V_SECONDARY_TARIFF, V_ALLIANCE, V_OIL_PRICE, V_MEDIATION,
};
static const int china_indicators[] = {
    V_COMPLIANCE, V_OIL_EXPORTS, V_OIL_PRICE, V_OIL_PREMIUM, V_HORMUZ_FLOW, V_SECONDARY_TARIFF, V_SANCTIONS,
    V_ENFORCEMENT, V_TALKS, V_SNAPBACK, V_RIAL, V_STABILITY,
};
static const int gulf_indicators[] = {
    V_GULF_TIES, V_MEDIATION, V_HORMUZ_FLOW, V_OIL_PRICE, V_OIL_PREMIUM, V_PROXY_ACTIVITY, V_ATTACKS_ON_US,
    V_POSTURE, V_STRIKES_ON_IRAN, V_TALKS, V_TALKS_PROGRESS, V_OIL_EXPORTS, V_ESCALATION,
};

#define LIST(a) { a, (int)(sizeof a / sizeof *a) }
static const struct {
    const int *vars;
    int n;
} indicator_lists[ACTOR_COUNT] = {
    LIST(us_indicators), LIST(iran_indicators), LIST(israel_indicators), LIST(protester_indicators),
    LIST(irgc_indicators), LIST(proxy_indicators), LIST(europe_indicators), LIST(china_indicators),
    LIST(gulf_indicators),
};
#undef LIST

static void draw_indicators(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    draw_text(app, FONT_BOLD, "Key indicators", r.x + 12, r.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, "≈ estimate", r.x, r.y + 10, r.w - 12, ALIGN_RIGHT, p->faint);
    const int *list = indicator_lists[side < ACTOR_COUNT ? side : US].vars;
    int n = indicator_lists[side < ACTOR_COUNT ? side : US].n;
    Rect view = rect(r.x + 4, r.y + 32, r.w - 8, r.h - 36);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_TURN]);
    float rh = fmaxf(20, line_height(app, FONT_BODY) + 3), y = sc.y0;
    for (int i = 0; i < n; i++) {
        draw_indicator(app, rect(view.x, y, view.w - 8, rh), list[i], rl_turn(app->s), side, true);
        y += rh;
    }
    scroll_end(app, &sc, y - sc.y0);
}

void screen_turn(App *app)
{
    const Palette *p = &app->pal;
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

    /* the team's clock starts when its week on this screen does */
    if (rl_timer(app->s) > 0 && (app->timer_actor != (int)side || app->timer_turn != turn))
        ui_timer_start(app);
    bool over = rl_timer(app->s) > 0 && ui_timer_left_ms(app) <= 0;

    /* top bar: red all over when the team's time is up */
    float tb = 46;
    fill(app, rect(0, 0, app->lw, tb), over ? p->bad : p->panel);
    fill(app, rect(0, tb - 2, app->lw, 2), p->accent);
    float x = 14;
    x += draw_text(app, FONT_H2, "RED LINE", x, 12, over ? p->bg : p->accent) + 16;
    char date[16], info[200], who[160];
    game_date(rl_scenario(app->s), turn + 1, date);
    if (app->hotseat)
        ui_team_label(app, side, who, sizeof who);
    else
        ui_side_name(app, who, sizeof who);
    /* the buttons on the bar_end take 4 x 104; the timer, if any, sits left of them */
    float bar_end = app->lw - 10 - 4 * 104 - 8;
    if (rl_timer(app->s) > 0) {
        ui_timer_chip(app, bar_end, 10);
        bar_end -= 150;
    }
    float ww = text_width(app, FONT_BOLD, who) + 20;
    snprintf(info, sizeof info, "%s · week %d of %d · %s", rl_scenario(app->s)->name, turn + 1,
             rl_scenario(app->s)->turns, date);
    if (x + text_width(app, FONT_BOLD, info) + 16 + ww > bar_end)     /* short of room: the week alone */
        snprintf(info, sizeof info, "Week %d of %d · %s", turn + 1, rl_scenario(app->s)->turns, date);
    if (over) {
        char up[240];
        snprintf(up, sizeof up, "Time is up for %s", who);
        draw_text_fit(app, FONT_H2, up, x, 12, bar_end - x - 8, p->bg);
    } else {
        x += draw_text(app, FONT_BOLD, info, x, 14, p->text) + 16;
        ww = fminf(ww, fmaxf(bar_end - x, 60));
        fill(app, rect(x, 10, ww, 26), ui_actor_colour(app, side));
        draw_text_fit(app, FONT_BOLD, who, x + 10, 14, ww - 20, p->bg);
    }

    /* columns */
    float top = tb + 8, m = 8;
    float lw_ = floorf(app->lw * 0.34f), mw = floorf(app->lw * 0.255f);
    float rx = m + lw_ + m + mw + m, rw = app->lw - rx - m;
    float map_h = floorf((app->lh - top) * 0.56f);
    Rect right = rect(rx, top, rw, app->lh - top - m - 68 - m);
    ui_draw_actions(app, right, side);
    if (app->screen != SCR_TURN)
        return;
    ui_draw_orders_bar(app, rect(rx, app->lh - m - 68, rw, 68), side);
    if (app->screen != SCR_TURN)
        return;
    draw_map_panel(app, rect(m, top, lw_, map_h), viewer);
    draw_indicators(app, rect(m + lw_ + m, top, mw, map_h), side);
    float ly = top + map_h + m;
    float ladder_h = 36 + line_height(app, FONT_BOLD) + 2 * line_height(app, FONT_SMALL) + 16;
    draw_ladder(app, rect(m, ly, lw_ + m + mw, ladder_h));
    ly += ladder_h + m;
    draw_reports(app, rect(m, ly, lw_ + m + mw, app->lh - ly - m), viewer);
    if (app->screen != SCR_TURN)
        return;
    /* the top bar's buttons come last in the focus order: Tab starts on the actions */
    float bw = 96, bx = app->lw - 10 - bw, by = 8, bh = 30;
    if (ui_button(app, rect(bx, by, bw, bh), "Menu", true) || ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_GAMEMENU;
        app->focus = -1;
        return;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), "Save", true) || ((app->kmod & KMOD_CTRL) && ui_key(app, SDLK_s))) {
        app->back_from_load = SCR_TURN;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-week%d", rl_scenario(app->s)->id,
                 app->hotseat ? "hotseat" : actor_name(app->side), rl_turn(app->s) + 1);
        ui_goto(app, SCR_SAVE);
        app->focus = 0;   /* type the name straight away */
        app->text_replace = true;
        return;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), "Charts", true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_TURN;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    bx -= bw + 8;
    if (ui_button(app, rect(bx, by, bw, bh), "Briefing", true) || ui_hotkey(app, SDLK_b)) {
        ui_goto(app, SCR_BRIEFING);
        return;
    }

    if (ui_hotkey(app, SDLK_r) && rl_turn(app->s) > 0) {
        app->res_turn = rl_turn(app->s);
        ui_goto(app, SCR_RESOLUTION);
    }
}
