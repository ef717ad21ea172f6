/* Charts: the history of every indicator a player is shown, as the viewer
 * saw it (estimates as a band of ± their uncertainty), twelve to a page.
 * The axes are honest: a bounded variable is drawn on its own whole range
 * (approval on 10-80%, not on 42.0-42.2), an open-ended one from zero up to
 * a round number above its highest value; the axis is labelled in the same
 * numbers and units as the value beside it ("1.48M", not "1k-2k"). Each
 * week has a tick; a marker above the plot flags the weeks of the game's
 * major moves and the world's events, which pointing at the week lists. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

#define PER_PAGE 12

static const int owner_order[] = { NOBODY, US, IRAN, PROTESTERS, ISRAEL, PROXIES, EUROPE, CHINA, GULF };

/* The charted variables in page order, grouped by owner; the model's
 * bookkeeping and "this week" signals are not indicators a player reads. */
static int chart_vars(int *out)
{
    int n = 0;
    for (size_t k = 0; k < sizeof owner_order / sizeof *owner_order; k++)
        for (int v = 0; v < VAR_COUNT; v++)
            if (!(var_info[v].flags & (TRANSIENT | INTERNAL)) && (int)var_info[v].owner == owner_order[k])
                out[n++] = v;
    return n;
}

/* v after week t as the viewer saw it; a record of the story before the
 * first week is empty (an average oil price of $0), so not drawn. */
static double chart_value(App *app, int t, int v, double *sd)
{
    if (t == 0 && ui_record_follows(v) >= 0) {
        if (sd)
            *sd = 0;
        return NAN;
    }
    return ui_value(app, t, v, sd);
}

/* A round number at or above x: 1, 2 or 5 times a power of ten. */
static double nice_ceiling(double x)
{
    if (x <= 0)
        return 1;
    double p = pow(10, floor(log10(x)));
    return x <= p ? p : x <= 2 * p ? 2 * p : x <= 5 * p ? 5 * p : 10 * p;
}

/* The axis: the variable's own range when it is bounded on a scale a
 * player reads whole; from zero (or its lowest value) to a round number
 * above the highest seen when it is open-ended. 0 if nothing is seen. */
static int chart_range(App *app, int v, int turns, double *lo_out, double *hi_out)
{
    double lo = INFINITY, hi = -INFINITY;
    int known = 0;
    for (int t = 0; t <= turns; t++) {
        double s;
        double x = chart_value(app, t, v, &s);
        if (isnan(x))
            continue;
        known++;
        lo = fmin(lo, x - (s > 0 ? s : 0));
        hi = fmax(hi, x + (s > 0 ? s : 0));
    }
    if (!known)
        return 0;
    const VarInfo *vi = &var_info[v];
    bool open_ended = vi->max - vi->min > 400 || strcmp(vi->unit, "people") == 0 || strcmp(vi->unit, "kg") == 0 ||
                      strcmp(vi->unit, "weeks") == 0 || strcmp(vi->unit, "%/yr") == 0;
    if (!open_ended) {
        *lo_out = vi->min;
        *hi_out = vi->max;
    } else {
        /* a count that stayed at zero still gets an axis a player reads: 0 to 5 */
        bool counted = strcmp(vi->unit, "count") == 0 || strcmp(vi->unit, "people") == 0;
        *lo_out = fmax(vi->min, fmin(0, lo < 0 ? -nice_ceiling(-lo) : 0));
        *hi_out = fmin(vi->max, nice_ceiling(fmax(hi * 1.1, *lo_out + (counted ? 5 : 1))));
        if (*hi_out <= *lo_out)
            *hi_out = *lo_out + 1;
    }
    return known;
}

/* The weeks to flag: a major move or a world event the viewer may read. */
static bool marked_week(App *app, int t, char *what, size_t cap)
{
    const News *news[MAX_NEWS_SHOWN];
    int n = rl_news(app->s, ui_viewer(app), t, news, MAX_NEWS_SHOWN), k = 0;
    size_t used = 0;
    what[0] = '\0';
    for (int i = 0; i < n && used < cap; i++)
        if (news[i]->actor == NOBODY || ui_significant(app, t, news[i])) {
            char text[NEWS_LEN * 2];
            used += (size_t)snprintf(what + used, cap - used, "\n• %s", rl_news_text(app->s, news[i], text, sizeof text));
            k++;
        }
    return k > 0;
}

typedef struct Plot {
    Rect r;
    double lo, hi;
    int n;      /* points: the start and each week */
} Plot;

static float plot_x(const Plot *pl, int t) { return pl->r.x + (pl->n > 1 ? t * pl->r.w / (pl->n - 1) : pl->r.w / 2); }
static float plot_y(const Plot *pl, double x)
{
    return pl->r.y + pl->r.h - (float)((fmin(fmax(x, pl->lo), pl->hi) - pl->lo) / (pl->hi - pl->lo)) * pl->r.h;
}

/* The values the y axis names: each stage of a scale of stages (the talks,
 * the demands), else the bottom, the middle and the top. */
static int axis_ticks(int v, const Plot *pl, double *out)
{
    const char *u = var_info[v].unit;
    if (strncmp(u, "stage", 5) == 0 || strncmp(u, "level", 5) == 0 || strcmp(u, "0/1") == 0) {
        int n = 0;
        for (double x = pl->lo; x <= pl->hi + 1e-9 && n < 6; x += 1)
            out[n++] = x;
        return n;
    }
    /* the middle only where the number shown is the middle itself */
    double mid = (pl->lo + pl->hi) / 2;
    out[0] = pl->lo;
    if (fabs(rl_shown((Var)v, mid) - mid) < 1e-9 * fmax(1, fabs(mid))) {
        out[1] = mid;
        out[2] = pl->hi;
        return 3;
    }
    out[1] = pl->hi;
    return 2;
}

/* The y axis: its values, in the variable's own numbers, and grid lines. */
static void y_axis(App *app, const Plot *pl, int v, float label_x, float label_w)
{
    const Palette *p = &app->pal;
    double ticks[6];
    int nt = axis_ticks(v, pl, ticks);
    for (int i = 0; i < nt; i++) {
        double x = ticks[i];
        float gy = plot_y(pl, x);
        fill(app, rect(pl->r.x, gy, pl->r.w, 1), i == 0 ? p->border : p->panel2);
        char lab[40];
        ui_format_value(v, x, lab, sizeof lab);
        float lh = line_height(app, FONT_SMALL);
        float ly = fminf(fmaxf(gy - lh / 2, pl->r.y - 2), pl->r.y + pl->r.h - lh + 2);
        draw_text_al(app, FONT_SMALL, lab, label_x, ly, label_w, ALIGN_RIGHT, p->faint);
    }
}

/* The x axis: a tick a week, "start" and the last week named, the weeks of
 * major moves and events flagged above the plot. */
static void x_axis(App *app, const Plot *pl, int turns)
{
    const Palette *p = &app->pal;
    float base = pl->r.y + pl->r.h;
    for (int t = 0; t <= turns; t++) {
        float x = plot_x(pl, t);
        fill(app, rect(x, base, 1, 4), p->faint);
        char what[8];
        if (t > 0 && marked_week(app, t, what, sizeof what))
            triangle(app, x - 4, pl->r.y - 7, x + 4, pl->r.y - 7, x, pl->r.y - 1, p->marker);
    }
    float ly = base + 4;
    draw_text(app, FONT_SMALL, _("start"), pl->r.x, ly, p->faint);
    if (turns > 0) {
        char w1[24];
        snprintf(w1, sizeof w1, _("week %d"), turns);
        draw_text_al(app, FONT_SMALL, w1, pl->r.x, ly, pl->r.w, ALIGN_RIGHT, p->faint);
    }
}

/* The series: the estimate band, then the line. */
static void series(App *app, const Plot *pl, int v)
{
    const Palette *p = &app->pal;
    for (int t = 0; t + 1 < pl->n; t++) {
        double s0, s1;
        double x0 = chart_value(app, t, v, &s0), x1 = chart_value(app, t + 1, v, &s1);
        if (isnan(x0) || isnan(x1) || !(s0 > 0 || s1 > 0))
            continue;
        float ax = plot_x(pl, t), bx = plot_x(pl, t + 1);
        float a0 = plot_y(pl, x0 + s0), a1 = plot_y(pl, x1 + s1), b0 = plot_y(pl, x0 - s0), b1 = plot_y(pl, x1 - s1);
        triangle(app, ax, a0, bx, a1, bx, b1, p->band);
        triangle(app, ax, a0, bx, b1, ax, b0, p->band);
    }
    for (int t = 0; t + 1 < pl->n; t++) {
        double x0 = chart_value(app, t, v, NULL), x1 = chart_value(app, t + 1, v, NULL);
        if (!isnan(x0) && !isnan(x1))
            thick_line(app, plot_x(pl, t), plot_y(pl, x0), plot_x(pl, t + 1), plot_y(pl, x1), 2, p->series);
    }
    double now = chart_value(app, pl->n - 1, v, NULL);
    if (pl->n == 1 && !isnan(now))
        disc(app, plot_x(pl, 0), plot_y(pl, now), 3, p->series);
}

/* Pointing at the plot: the week nearest, its value and what happened. */
static void hover_week(App *app, const Plot *pl, int v, Hit h)
{
    const Palette *p = &app->pal;
    int t = pl->n > 1 ? (int)lroundf((app->mouse_x - pl->r.x) / (pl->r.w / (pl->n - 1))) : 0;
    t = t < 0 ? 0 : t >= pl->n ? pl->n - 1 : t;
    double s;
    double x = chart_value(app, t, v, &s);
    fill(app, rect(plot_x(pl, t), pl->r.y, 1, pl->r.h), p->dim);
    if (!isnan(x))
        disc(app, plot_x(pl, t), plot_y(pl, x), 3.5f, p->text);
    char vv[40], title[80], date[64], tip[900], what[600];
    if (isnan(x) && ui_record_follows(v) >= 0)
        ui_copy(vv, sizeof vv, _("kept from the first week on"));
    else
        ui_format_value(v, x, vv, sizeof vv);
    ui_date(app, t + 1, date, sizeof date);
    if (t == 0)
        snprintf(title, sizeof title, _("At the start (%s)"), date);
    else
        snprintf(title, sizeof title, _("After week %d"), t);
    size_t n;
    if (s > 0)
        n = (size_t)snprintf(tip, sizeof tip, _("%s: estimated %s, give or take %.3g"), ui_var_label(v), vv, s);
    else
        n = (size_t)snprintf(tip, sizeof tip, "%s: %s", ui_var_label(v), vv);
    if (t > 0 && marked_week(app, t, what, sizeof what) && n < sizeof tip)
        snprintf(tip + n, sizeof tip - n, _("\nThat week:%s"), what);
    ui_tooltip(app, h, rect(plot_x(pl, t), pl->r.y, 1, pl->r.h), title, tip);
    app->hover_sig = app->hover_sig * 31 + t + 1;
}

void draw_line_chart(App *app, Rect r, int v, int turns)
{
    const Palette *p = &app->pal;
    Hit h = ui_hit(app, r, true, ui_var_label(v));
    fill(app, r, p->panel);
    outline(app, r, h.ring ? p->focus : p->border, h.ring ? 2 : 1);
    double sd;
    double now = ui_value(app, turns, v, &sd);
    char val[40], head[120];
    ui_format_value(v, now, val, sizeof val);
    snprintf(head, sizeof head, "%s%s", sd > 0 ? "≈" : "", val);
    float hx = r.x + 10, y = r.y + 6, tw = r.w - 20;
    y += draw_wrapped(app, FONT_BOLD, ui_var_label(v), hx, y, tw, p->text);
    float vw = draw_text(app, FONT_BOLD, head, hx, y, sd > 0 ? p->dim : p->series);
    float uw = tw - vw - 8;
    if (text_width(app, FONT_SMALL, rl_unit((Var)v)) <= uw)
        draw_text(app, FONT_SMALL, rl_unit((Var)v), hx + vw + 8, y + 2, p->faint);
    y += line_height(app, FONT_BOLD) + 10;
    Plot pl = { .n = turns + 1 };
    if (!chart_range(app, v, turns, &pl.lo, &pl.hi)) {
        draw_wrapped(app, FONT_SMALL,
                     ui_record_follows(v) >= 0 ? _("Kept from the first week on.") : _("Secret: you never see this one."),
                     hx, y + 8, tw, p->faint);
        char tip[900];
        ui_var_tooltip(app, v, tip, sizeof tip);
        ui_tooltip(app, h, r, ui_var_label(v), tip);
        return;
    }
    /* the left margin holds the widest axis label */
    float lw = 0;
    double ticks[6];
    int nt = axis_ticks(v, &pl, ticks);
    for (int i = 0; i < nt; i++) {
        char lab[40];
        ui_format_value(v, ticks[i], lab, sizeof lab);
        lw = fmaxf(lw, text_width(app, FONT_SMALL, lab));
    }
    pl.r = rect(r.x + lw + 14, y, r.w - lw - 26, r.y + r.h - y - line_height(app, FONT_SMALL) - 8);
    if (pl.r.h < 16)
        return;
    fill(app, pl.r, p->bg);
    y_axis(app, &pl, v, r.x + 4, lw + 4);
    x_axis(app, &pl, turns);
    series(app, &pl, v);
    if (h.hover && inside(pl.r, app->mouse_x, app->mouse_y)) {
        hover_week(app, &pl, v, h);
    } else {
        char tip[900];
        ui_var_tooltip(app, v, tip, sizeof tip);
        ui_tooltip(app, h, r, ui_var_label(v), tip);
    }
}

void screen_charts(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    int vars[VAR_COUNT];
    int n = chart_vars(vars);
    int pages = (n + PER_PAGE - 1) / PER_PAGE;
    if (app->chart_page >= pages)
        app->chart_page = pages - 1;
    if (app->chart_page < 0)
        app->chart_page = 0;
    int first = app->chart_page * PER_PAGE;
    char owners[200] = "";
    size_t on = 0;
    int last_owner = -2;
    for (int i = first; i < first + PER_PAGE && i < n; i++) {
        int o = (int)var_info[vars[i]].owner;
        if (o != last_owner && on < sizeof owners)
            on += (size_t)snprintf(owners + on, sizeof owners - on, "%s%s", on ? _(", ") : "",
                                   o == NOBODY ? _("the world") : rl_text(actor_title((Actor)o)));
        last_owner = o;
    }
    int viewer = ui_viewer(app);
    char title[120], sub[300];
    snprintf(title, sizeof title, _("Charts, page %d of %d"), app->chart_page + 1, pages);
    snprintf(sub, sizeof sub, "%s · %s", owners,
             viewer == VIEW_TRUTH    ? _("the true history (the game is over)")
             : viewer == VIEW_PUBLIC ? _("public facts only (hot-seat)")
                                     : _("as your side saw it: ≈ bands are estimates"));
    ui_heading(app, title, "");
    int turns = rl_turn(app->s);
    float top = 76, bottom = app->lh - 70, gx = 16, gw = app->lw - 32;
    float subh = wrapped_height(app, FONT_SMALL, sub, gw);
    draw_wrapped(app, FONT_SMALL, sub, gx, top - 4, gw, p->dim);
    top += subh + 2;
    int cols = 4, rows = 3;
    float cw = (gw - (cols - 1) * 10) / cols, ch = (bottom - top - 8 - (rows - 1) * 10) / rows;
    for (int i = 0; i < PER_PAGE && first + i < n; i++) {
        Rect r = rect(gx + (i % cols) * (cw + 10), top + (i / cols) * (ch + 10), cw, ch);
        draw_line_chart(app, r, vars[first + i], turns);
    }
    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 170, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, app->back_from_charts);
        return;
    }
    if (ui_button(app, rect(app->lw - 16 - 2 * 170 - 10, by, 170, 44), _("◂ Previous"), app->chart_page > 0) ||
        (app->chart_page > 0 && ui_key(app, SDLK_LEFT)))
        app->chart_page--;
    if (ui_button(app, rect(app->lw - 16 - 170, by, 170, 44), _("Next ▸"), app->chart_page + 1 < pages) ||
        (app->chart_page + 1 < pages && ui_key(app, SDLK_RIGHT)))
        app->chart_page++;
    const char *hint = _("←/→ pages · point at a week for its value and events · ▼ a week of major moves");
    float hw = app->lw - 200 - 16 - 2 * 170 - 30;
    if (text_width(app, FONT_SMALL, hint) <= hw)
        draw_text_al(app, FONT_SMALL, hint, 200, by + 14, hw, ALIGN_CENTER, p->faint);
}
