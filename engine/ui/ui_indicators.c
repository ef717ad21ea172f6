/* The turn screen's numbers: the side's objectives (each one's value as the
 * side knows it, its trend and what threatened it last week) and the key
 * indicators (estimates drawn as ranges). Pointing at one shows what moved
 * it last week; a click opens the whole story (ui_why.c). */
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
    for (int i = 0; i < s->nobjectives[side]; i++) {
        ObjectiveStatus st;
        if (rl_objective(app->s, VIEW_PUBLIC, (Actor)side, i, &st) == 0 && st.var == v)
            return st.want;
    }
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

/* The trend since last week as an arrow (or a dash for no change as shown),
 * coloured by what the side wants (dir: +1 more is better, -1 less, 0 no view). */
void draw_trend(App *app, float x, float cy, int v, double now, double before, double noise, int dir)
{
    const Palette *p = &app->pal;
    if (isnan(now) || isnan(before))
        return;
    double d = rl_shown((Var)v, now) - rl_shown((Var)v, before);
    if (d == 0 || fabs(d) <= noise) {
        fill(app, rect(x, cy - 1, 9, 2), p->faint);
        return;
    }
    SDL_Color c = dir == 0 ? p->dim : (d > 0) == (dir > 0) ? p->good : p->bad;
    if (d > 0)
        triangle(app, x + 4.5f, cy - 6, x, cy + 4, x + 9, cy + 4, c);
    else
        triangle(app, x, cy - 4, x + 9, cy - 4, x + 4.5f, cy + 6, c);
}

/* Where an indicator's parts go in a row of width w: the value (or the
 * estimate with its range), the trend, and the room left for the label,
 * which takes two lines when one is not enough. */
typedef struct IndicatorRow {
    double x, sd, prev, prev_sd;
    char shown[56];
    int font;
    float valw, barw, labelw, h;
} IndicatorRow;

static void indicator_row(App *app, int v, int turn, float w, IndicatorRow *ir)
{
    ir->sd = ir->prev_sd = 0;
    ir->x = ui_value(app, turn, v, &ir->sd);
    ir->prev = turn > 0 ? ui_value(app, turn - 1, v, &ir->prev_sd) : NAN;
    char val[40];
    ui_format_value(v, ir->x, val, sizeof val);
    snprintf(ir->shown, sizeof ir->shown, "%s%s", ir->sd > 0 ? "≈" : "", val);
    ir->font = ir->sd > 0 ? FONT_BODY : FONT_BOLD;
    ir->valw = text_width(app, ir->font, ir->shown);
    ir->barw = ir->sd > 0 ? 40 : 0;
    ir->labelw = w - 6 - 10 - ir->valw - 4 - ir->barw - 18;
    float lh = line_height(app, FONT_BODY), rh = fmaxf(20, lh + 3);
    ir->h = text_width(app, FONT_BODY, ui_var_label(v)) <= ir->labelw
                ? rh
                : fmaxf(rh, wrapped_height(app, FONT_BODY, ui_var_label(v), ir->labelw) + 3);
}

float indicator_height(App *app, int v, int turn, float w)
{
    IndicatorRow ir;
    indicator_row(app, v, turn, w, &ir);
    return ir.h;
}

/* One indicator: label, value (or estimate with its range), trend arrow;
 * pointing at it tells what moved it last week, a click opens the story.
 * Its height is indicator_height's. */
void draw_indicator(App *app, Rect r, int v, int turn, int side, bool focusable)
{
    const Palette *p = &app->pal;
    IndicatorRow ir;
    indicator_row(app, v, turn, r.w, &ir);
    r.h = ir.h;
    Hit h = ui_hit(app, r, focusable, ui_var_label(v));
    if (h.hover || h.ring)
        fill(app, r, p->panel2);
    if (h.ring)
        outline(app, r, p->focus, 1);
    if (h.hover || h.focus) {
        char tip[900];
        ui_var_tooltip(app, v, tip, sizeof tip);
        ui_tooltip(app, h, r, ui_var_label(v), tip);
    }
    if (h.click && turn > 0)
        ui_open_causes(app, v, turn);
    float lh = line_height(app, FONT_BODY), ty = r.y + (r.h - lh) / 2, arw = 18;
    float vx = r.x + r.w - arw - ir.barw - 4 - ir.valw;
    if (text_width(app, FONT_BODY, ui_var_label(v)) <= ir.labelw)
        draw_text(app, FONT_BODY, ui_var_label(v), r.x + 6, ty, p->text);
    else
        draw_wrapped(app, FONT_BODY, ui_var_label(v), r.x + 6, r.y + 1, ir.labelw, p->text);
    draw_text(app, ir.font, ir.shown, vx, ty, ir.sd > 0 ? p->dim : p->text);
    if (ir.sd > 0)
        draw_range_bar(app, rect(r.x + r.w - arw - ir.barw, r.y + r.h / 2 - 4, ir.barw - 4, 8), v, ir.x, ir.sd);
    draw_trend(app, r.x + r.w - arw + 4, r.y + r.h / 2, v, ir.x, ir.prev, fmax(ir.sd, ir.prev_sd) * 0.5,
               objective_direction(app, side, v));
}

/* ---- the key indicators, side by side --------------------------------- */

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

void ui_draw_indicators(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    float tw = draw_text(app, FONT_BOLD, _("Key indicators"), r.x + 12, r.y + 8, p->text);
    if (12 + tw + 16 + text_width(app, FONT_SMALL, _("≈ estimate")) <= r.w - 12)     /* large text: the ≈ values say it */
        draw_text_al(app, FONT_SMALL, _("≈ estimate"), r.x, r.y + 10, r.w - 12, ALIGN_RIGHT, p->faint);
    const int *list = indicator_lists[side < ACTOR_COUNT ? side : US].vars;
    int n = indicator_lists[side < ACTOR_COUNT ? side : US].n;
    float head = line_height(app, FONT_BOLD) + 14;
    Rect view = rect(r.x + 4, r.y + head, r.w - 8, r.h - head - 4);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_TURN]);
    float y = sc.y0;
    for (int i = 0; i < n; i++) {
        float h = indicator_height(app, list[i], rl_turn(app->s), view.w - 8);
        draw_indicator(app, rect(view.x, y, view.w - 8, h), list[i], rl_turn(app->s), side, true);
        y += h;
    }
    scroll_end(app, &sc, y - sc.y0);
}

/* ---- the objectives --------------------------------------------------- */

/* What worked against objective st last week, as the viewer may know it:
 * the largest visible part of its variable's change that went the wrong
 * way ("Iran: Denounce the talks −3"); "" if none did. */
static void threat_of(App *app, const ObjectiveStatus *st, int viewer, char *out, size_t cap)
{
    out[0] = '\0';
    int turn = rl_turn(app->s);
    if (st->var < 0 || turn < 1)
        return;
    /* a record of the story (an average, a highest) moves with the variable it keeps: its causes are that one's */
    int v = ui_record_follows(st->var) >= 0 ? ui_record_follows(st->var) : st->var;
    double moved = rl_shown((Var)st->var, rl_value(app->s, viewer, turn, (Var)st->var, NULL)) -
                   rl_shown((Var)st->var, rl_value(app->s, viewer, turn - 1, (Var)st->var, NULL));
    if (v != st->var && !(moved * st->want < 0))
        return;     /* the record held: nothing worked against it */
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = rl_causes_shown(app->s, viewer, turn, (Var)v, parts, LEDGER_MAX_PARTS);
    int worst = -1;
    for (int i = 0; i < n; i++)
        if (parts[i].amount * st->want < 0 && (worst < 0 || fabs(parts[i].amount) > fabs(parts[worst].amount)))
            worst = i;
    if (worst < 0)
        return;
    char d[40];
    ui_format_delta(v, parts[worst].amount, d, sizeof d);
    if (v == st->var)
        snprintf(out, cap, "%s %s", parts[worst].label, d);
    else
        snprintf(out, cap, _("%s moved %s %s"), parts[worst].label, ui_var_label(v), d);
}

/* The objective's weight in the score, and the story of its variable. */
static void objective_tip(App *app, Actor side, const ObjectiveStatus *st, char *out, size_t cap)
{
    const Scenario *s = rl_scenario(app->s);
    double wsum = 0;
    for (int i = 0; i < s->nobjectives[side]; i++)
        wsum += s->objectives[side][i].weight;
    size_t n = (size_t)snprintf(out, cap, _("%.0f%% of your score. "), wsum > 0 ? 100 * st->objective->weight / wsum : 0);
    if (st->objective->var < 0 && n < cap)
        n += (size_t)snprintf(out + n, cap - n, "%s ", ui_outcome_goal((Outcome)st->objective->outcome));
    if (st->var >= 0 && n < cap) {
        snprintf(out + n, cap - n, "\n");
        ui_var_tooltip(app, st->var, out + n + 1, cap - n - 1);
    }
}

/* An objective's variable now, as its row shows it ("Oil price (Brent) $72"). */
static void objective_value(App *app, const ObjectiveStatus *st, char *line, size_t cap)
{
    char val[40];
    int follows = st->var >= 0 ? ui_record_follows(st->var) : -1;
    if (follows >= 0 && rl_turn(app->s) == 0) {
        /* a record of the story is empty before the first week (an average oil price of $0): what it will keep */
        double sd;
        double now = ui_value(app, 0, follows, &sd);
        ui_format_value(follows, now, val, sizeof val);
        snprintf(line, cap, "%s %s%s", ui_var_label(follows), sd > 0 ? "≈" : "", val);
    } else if (st->var >= 0) {
        ui_format_value(st->var, st->value, val, sizeof val);
        snprintf(line, cap, "%s %s%s", ui_var_label(st->var), st->sd > 0 ? "≈" : "", val);
    } else {
        ui_copy(line, cap, ui_outcome_goal((Outcome)st->objective->outcome));
    }
}

/* One objective: its name, how far it is met, its variable now with the
 * trend, and what worked against it last week. Returns the height (draw
 * false: only measures). */
static float objective_row(App *app, Rect r, Actor side, int i, int viewer, bool draw)
{
    const Palette *p = &app->pal;
    ObjectiveStatus st;
    if (rl_objective(app->s, viewer, side, i, &st) != 0)
        return 0;
    const Objective *o = st.objective;
    float lh = line_height(app, FONT_BODY), sh = line_height(app, FONT_SMALL);
    char threat[300], t[340] = "";
    threat_of(app, &st, viewer, threat, sizeof threat);
    if (threat[0])
        snprintf(t, sizeof t, _("Against it last week: %s"), threat);
    float th = t[0] ? wrapped_height(app, FONT_SMALL, t, r.w - 24) : 0;
    float bw = 54, namew = r.w - bw - 20, vw = r.w - 50;
    /* the name's and the value's heights as they are drawn: wrapped when long (German, large text) */
    float nh = fmaxf(lh, wrapped_height(app, FONT_BODY, rl_text(o->text), namew));
    char line[200];
    objective_value(app, &st, line, sizeof line);
    bool wraps = text_width(app, FONT_SMALL, line) > vw;
    float vh = wraps ? wrapped_height(app, FONT_SMALL, line, vw) : sh;
    float h = nh + vh + th + 8;
    if (!draw)
        return h;
    Rect row = rect(r.x, r.y, r.w, h);
    Hit hit = ui_hit(app, row, st.var >= 0, rl_text(o->text));
    if (hit.hover || hit.ring)
        fill(app, row, p->panel2);
    if (hit.ring)
        outline(app, row, p->focus, 1);
    if (hit.click && st.var >= 0 && rl_turn(app->s) > 0)
        ui_open_causes(app, st.var, rl_turn(app->s));
    /* how far it is met: a bar, empty until the end for an outcome */
    float bx = r.x + r.w - bw - 6, by = r.y + 4 + (lh - 10) / 2;
    fill(app, rect(bx, by, bw, 10), p->bg);
    if (!isnan(st.met))
        fill(app, rect(bx, by, bw * (float)st.met / 100, 10), st.met >= 50 ? p->good : p->bad);
    outline(app, rect(bx, by, bw, 10), p->border, 1);
    draw_wrapped(app, FONT_BODY, rl_text(o->text), r.x + 6, r.y + 4, namew, p->text);
    float y = r.y + 4 + nh;
    float lw = wraps ? (draw_wrapped(app, FONT_SMALL, line, r.x + 18, y, vw, p->dim), vw)
                     : draw_text(app, FONT_SMALL, line, r.x + 18, y, p->dim);
    if (st.var >= 0)
        draw_trend(app, r.x + 24 + lw, y + sh / 2, st.var, st.value, st.before, st.sd * 0.5, st.want);
    if (t[0])
        draw_wrapped(app, FONT_SMALL, t, r.x + 18, y + vh, r.w - 24, p->bad);
    if (hit.hover || hit.focus) {
        char tip[1200];
        objective_tip(app, side, &st, tip, sizeof tip);
        ui_tooltip(app, hit, row, rl_text(o->text), tip);
    }
    return h;
}

static float objectives_list(App *app, Rect r, Actor side, int viewer, bool draw)
{
    const Scenario *s = rl_scenario(app->s);
    float y = r.y;
    const char *unscored = _("This role is not scored in this scenario: play it as you think it would.");
    if (s->nobjectives[side] == 0 && draw)
        y += draw_wrapped(app, FONT_SMALL, unscored, r.x + 8, y, r.w - 16, app->pal.dim) + 6;
    else if (s->nobjectives[side] == 0)
        y += wrapped_height(app, FONT_SMALL, unscored, r.w - 16) + 6;
    for (int i = 0; i < s->nobjectives[side]; i++)
        y += objective_row(app, rect(r.x, y, r.w, 0), side, i, viewer, draw);
    return y - r.y;
}

/* The side's objectives, always in sight: what the score will be made of. */
void ui_draw_objectives(App *app, Rect r, Actor side, int viewer)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    draw_text(app, FONT_BOLD, _("Your objectives"), r.x + 12, r.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, _("met now"), r.x, r.y + 10, r.w - 12, ALIGN_RIGHT, p->faint);
    float head = 12 + line_height(app, FONT_BOLD);
    Rect view = rect(r.x + 4, r.y + head, r.w - 8, r.h - head - 4);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll_objectives);
    float h = objectives_list(app, rect(view.x, sc.y0, view.w - 6, 0), side, viewer, true);
    scroll_end(app, &sc, h);
}

/* The height ui_draw_objectives needs to show them all. */
float ui_objectives_height(App *app, Actor side, int viewer, float w)
{
    return 16 + line_height(app, FONT_BOLD) + objectives_list(app, rect(0, 0, w - 14, 0), side, viewer, false);
}
