/* Charts: the history of every indicator over the turns, as the viewer saw
 * it (estimates as a band of ± their uncertainty), twelve to a page. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

#define PER_PAGE 12

static const int owner_order[] = { NOBODY, US, IRAN, PROTESTERS, ISRAEL, PROXIES, EUROPE, CHINA, GULF };

/* The charted variables in page order: grouped by owner, transients left out. */
static int chart_vars(int *out)
{
    int n = 0;
    for (size_t k = 0; k < sizeof owner_order / sizeof *owner_order; k++)
        for (int v = 0; v < VAR_COUNT; v++)
            if (!(var_info[v].flags & TRANSIENT) && (int)var_info[v].owner == owner_order[k])
                out[n++] = v;
    return n;
}

/* Short numbers for the axis: the unit is in the chart's heading. */
static void axis_label(int v, double x, char *out, size_t cap)
{
    const char *u = var_info[v].unit;
    if (strcmp(u, "0-1") == 0 || strcmp(u, "weight") == 0)
        snprintf(out, cap, "%.0f%%", 100 * x);
    else if (fabs(x) >= 1000)
        snprintf(out, cap, "%.0fk", x / 1000);
    else if (fabs(x) >= 100)
        snprintf(out, cap, "%.0f", x);
    else
        snprintf(out, cap, "%.3g", x);
}

/* The range the chart shows: the values (and estimate bands) seen so far,
 * padded a little, within the variable's own range; 0 if none is seen. */
static int chart_range(App *app, int v, int turns, double *lo_out, double *hi_out)
{
    double lo = INFINITY, hi = -INFINITY;
    int known = 0;
    for (int t = 0; t <= turns; t++) {
        double s;
        double x = ui_value(app, t, v, &s);
        if (isnan(x))
            continue;
        known++;
        lo = fmin(lo, x - (s > 0 ? s : 0));
        hi = fmax(hi, x + (s > 0 ? s : 0));
    }
    if (!known)
        return 0;
    lo = fmax(lo, var_info[v].min);
    hi = fmin(hi, var_info[v].max);
    double span = hi - lo;
    if (span < 1e-9) {
        double range = var_info[v].max - var_info[v].min;
        double pad = range > 100 ? fmax(fabs(hi) * 0.1, 1) : range * 0.05;
        lo = fmax(lo - pad, var_info[v].min);
        hi = fmin(hi + pad, var_info[v].max);
        if (hi - lo < 1e-9)
            hi = lo + 1;
    } else {
        lo = fmax(lo - span * 0.08, var_info[v].min);
        hi = fmin(hi + span * 0.08, var_info[v].max);
    }
    *lo_out = lo;
    *hi_out = hi;
    return known;
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
    float hx = r.x + 10, hy = r.y + 6;
    float vw = text_width(app, FONT_BOLD, head);
    draw_text_fit(app, FONT_BOLD, ui_var_label(v), hx, hy, r.w - vw - 30, p->text);
    draw_text_al(app, FONT_BOLD, head, r.x, hy, r.w - 10, ALIGN_RIGHT, sd > 0 ? p->dim : p->series);
    draw_text_fit(app, FONT_SMALL, var_info[v].unit, hx, hy + line_height(app, FONT_BOLD), r.w - 20, p->faint);

    float top = hy + line_height(app, FONT_BOLD) + line_height(app, FONT_SMALL) + 4;
    Rect plot = rect(r.x + 44, top, r.w - 56, r.y + r.h - top - line_height(app, FONT_SMALL) - 6);
    if (plot.h < 20)
        return;
    double lo, hi;
    if (!chart_range(app, v, turns, &lo, &hi)) {
        draw_wrapped(app, FONT_SMALL, "Secret: you never see this one.", plot.x, plot.y + plot.h / 2 - 8, plot.w,
                     p->faint);
        char tip[900];
        ui_var_tooltip(app, v, tip, sizeof tip);
        ui_tooltip(app, h, r, ui_var_label(v), tip);
        return;
    }
    fill(app, plot, p->bg);
    for (int i = 1; i < 4; i++)
        fill(app, rect(plot.x, plot.y + plot.h * i / 4, plot.w, 1), p->panel2);
    char a[40], b[40];
    axis_label(v, hi, a, sizeof a);
    axis_label(v, lo, b, sizeof b);
    draw_text_fit(app, FONT_SMALL, a, r.x + 4, plot.y - 2, 40, p->faint);
    draw_text_fit(app, FONT_SMALL, b, r.x + 4, plot.y + plot.h - line_height(app, FONT_SMALL) + 2, 40, p->faint);
    int n = turns + 1;
    float dx = n > 1 ? plot.w / (float)(n - 1) : 0;
#define XOF(t) (plot.x + (n > 1 ? (t) * dx : plot.w / 2))
#define YOF(x) (plot.y + plot.h - (float)(((x) - lo) / (hi - lo)) * plot.h)
    /* the estimate band */
    for (int t = 0; t + 1 < n; t++) {
        double s0, s1;
        double x0 = ui_value(app, t, v, &s0), x1 = ui_value(app, t + 1, v, &s1);
        if (isnan(x0) || isnan(x1) || !(s0 > 0 || s1 > 0))
            continue;
        float ax = XOF(t), bx = XOF(t + 1);
        float a0 = YOF(fmin(x0 + s0, hi)), a1 = YOF(fmin(x1 + s1, hi));
        float b0 = YOF(fmax(x0 - s0, lo)), b1 = YOF(fmax(x1 - s1, lo));
        triangle(app, ax, a0, bx, a1, bx, b1, p->band);
        triangle(app, ax, a0, bx, b1, ax, b0, p->band);
    }
    for (int t = 0; t + 1 < n; t++) {
        double x0 = ui_value(app, t, v, NULL), x1 = ui_value(app, t + 1, v, NULL);
        if (isnan(x0) || isnan(x1))
            continue;
        thick_line(app, XOF(t), YOF(x0), XOF(t + 1), YOF(x1), 2, p->series);
    }
    if (n == 1 && !isnan(now))
        disc(app, XOF(0), YOF(now), 3, p->series);
    char w0[16], w1[16];
    snprintf(w0, sizeof w0, "start");
    snprintf(w1, sizeof w1, "week %d", turns);
    float ly = plot.y + plot.h + 2;
    draw_text(app, FONT_SMALL, w0, plot.x, ly, p->faint);
    if (turns > 0)
        draw_text_al(app, FONT_SMALL, w1, plot.x, ly, plot.w, ALIGN_RIGHT, p->faint);
    /* hover: the value at the nearest week */
    char tip[900];
    if (h.hover && inside(plot, app->mouse_x, app->mouse_y) && n > 0) {
        int t = n > 1 ? (int)lroundf((app->mouse_x - plot.x) / dx) : 0;
        t = t < 0 ? 0 : t >= n ? n - 1 : t;
        double s;
        double x = ui_value(app, t, v, &s);
        fill(app, rect(XOF(t), plot.y, 1, plot.h), p->dim);
        if (!isnan(x))
            disc(app, XOF(t), YOF(x), 3.5f, p->text);
        char vv[40], title[80], date[16];
        ui_format_value(v, x, vv, sizeof vv);
        game_date(rl_scenario(app->s), t + 1, date);
        if (t == 0)
            snprintf(title, sizeof title, "At the start (%s)", date);
        else
            snprintf(title, sizeof title, "After week %d", t);
        if (s > 0)
            snprintf(tip, sizeof tip, "%s: estimated %s, give or take %.3g", ui_var_label(v), vv, s);
        else
            snprintf(tip, sizeof tip, "%s: %s", ui_var_label(v), vv);
        ui_tooltip(app, h, rect(XOF(t), plot.y, 1, plot.h), title, tip);
        app->hover_sig = app->hover_sig * 31 + t + 1;
    } else {
        ui_var_tooltip(app, v, tip, sizeof tip);
        ui_tooltip(app, h, r, ui_var_label(v), tip);
    }
#undef XOF
#undef YOF
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
            on += (size_t)snprintf(owners + on, sizeof owners - on, "%s%s", on ? ", " : "",
                                   o == NOBODY ? "the world" : actor_title((Actor)o));
        last_owner = o;
    }
    int viewer = ui_viewer(app);
    char title[120], sub[300];
    snprintf(title, sizeof title, "Charts: %s", owners);
    snprintf(sub, sizeof sub, "Page %d of %d · %s", app->chart_page + 1, pages,
             viewer == -1       ? "the true history (the game is over)"
             : viewer == NOBODY ? "public facts only (hot-seat)"
                                : "as your side saw it: ≈ bands are estimates");
    ui_heading(app, title, sub);
    int turns = rl_turn(app->s);
    float top = 76, bottom = app->lh - 70, gx = 16, gw = app->lw - 32;
    int cols = 4, rows = 3;
    float cw = (gw - (cols - 1) * 10) / cols, ch = (bottom - top - 8 - (rows - 1) * 10) / rows;
    for (int i = 0; i < PER_PAGE && first + i < n; i++) {
        Rect r = rect(gx + (i % cols) * (cw + 10), top + (i / cols) * (ch + 10), cw, ch);
        draw_line_chart(app, r, vars[first + i], turns);
    }
    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 170, 44), "Back", true) || ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, app->back_from_charts);
        return;
    }
    if (ui_button(app, rect(app->lw - 16 - 2 * 170 - 10, by, 170, 44), "◂ Previous", app->chart_page > 0) ||
        (app->chart_page > 0 && ui_key(app, SDLK_LEFT)))
        app->chart_page--;
    if (ui_button(app, rect(app->lw - 16 - 170, by, 170, 44), "Next ▸", app->chart_page + 1 < pages) ||
        (app->chart_page + 1 < pages && ui_key(app, SDLK_RIGHT)))
        app->chart_page++;
    char hint[120];
    snprintf(hint, sizeof hint, "←/→ pages · Tab to a chart for its description · Esc back");
    draw_text_al(app, FONT_SMALL, hint, 200, by + 14, app->lw - 200 - 16 - 2 * 170 - 30, ALIGN_CENTER, p->faint);
}
