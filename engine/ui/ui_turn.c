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
    const Scenario *s = &app->s->scenario;
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

static const char *escalation_kind(double e)
{
    if (e < 0) return "de-escalation";
    if (e == 0) return "status quo";
    if (e <= 4) return "posturing";
    if (e <= 12) return "non-violent escalation";
    if (e <= 28) return "violent escalation";
    return "nuclear";
}

static const char *const cmp_text[] = { "<", "≤", ">", "≥", "=", "≠" };

static void effect_text(const Effect *e, char *out, size_t cap)
{
    char val[40];
    const char *label = var_info[e->var].flags & TRANSIENT ? var_info[e->var].description : ui_var_label((int)e->var);
    switch (e->op) {
    case EFF_ADD:
        ui_format_delta((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s %s", label, val);
        break;
    case EFF_MUL: snprintf(out, cap, "%s ×%.2g", label, e->value); break;
    case EFF_SET:
        if (var_info[e->var].flags & TRANSIENT) {
            ui_copy(out, cap, label);
        } else {
            ui_format_value((int)e->var, e->value, val, sizeof val);
            snprintf(out, cap, "%s set to %s", label, val);
        }
        break;
    case EFF_ATLEAST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s at least %s", label, val);
        break;
    case EFF_ATMOST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s at most %s", label, val);
        break;
    case EFF_INTEL:
        snprintf(out, cap, "sharper intelligence on %s (error ×%.2g)", actor_title((Actor)e->var), e->value);
        return;
    }
    if (e->sd > 0 && strlen(out) + 16 < cap)
        strcat(out, " (uncertain)");
}

static const char *ui_faction_title(int f)
{
    static const char *const t[FACTION_COUNT] = { "the Leader's office", "the IRGC and hardliners", "the pragmatists",
                                                  "the hawks", "the deal-makers" };
    return f >= 0 && f < FACTION_COUNT ? t[f] : "?";
}

/* Everything a player should know before choosing an action. */
void describe_action(App *app, int action, Actor a, char *out, size_t cap)
{
    const Action *act = &app->s->catalogue.actions[action];
    const double *v = app->s->game.world.v;
    size_t n = 0;
#define ADD(...) do { if (n < cap) n += (size_t)snprintf(out + n, cap - n, __VA_ARGS__); } while (0)
    if (act->text[0])
        ADD("%s\n", act->text);
    ADD("Cost %d political capital · escalation %+g (%s) · %s\n", act->cost, act->escalation,
        escalation_kind(act->escalation), act->secret ? "secret: others do not see it" : "public");
    if (act->npre > 0) {
        ADD("Needs: ");
        for (int i = 0; i < act->npre; i++) {
            const Prereq *pr = &act->pre[i];
            char val[40], now[40];
            ui_format_value((int)pr->var, pr->value, val, sizeof val);
            ui_format_value((int)pr->var, v[pr->var], now, sizeof now);
            bool ok = false;
            switch (pr->cmp) {
            case CMP_LT: ok = v[pr->var] < pr->value; break;
            case CMP_LE: ok = v[pr->var] <= pr->value; break;
            case CMP_GT: ok = v[pr->var] > pr->value; break;
            case CMP_GE: ok = v[pr->var] >= pr->value; break;
            case CMP_EQ: ok = v[pr->var] == pr->value; break;
            case CMP_NE: ok = v[pr->var] != pr->value; break;
            }
            bool seen = actor_sees(a, pr->var);
            ADD("%s%s %s %s (%s%s)", i ? "; " : "", ui_var_label((int)pr->var), cmp_text[pr->cmp], val,
                seen ? "now " : "", seen ? now : (ok ? "met" : "not met"));
            ADD(" %s", ok ? "✓" : "✗");
        }
        ADD("\n");
    }
    if (act->neff > 0) {
        ADD("Likely effects: ");
        for (int i = 0; i < act->neff; i++) {
            char e[200];
            effect_text(&act->eff[i], e, sizeof e);
            ADD("%s%s", i ? "; " : "", e);
        }
        ADD(".\n");
    }
    if (act->backs || act->opposes) {
        double behind = 0, against = 0;
        bool iran_factions = false;
        for (int f = 0; f < FACTION_COUNT; f++) {
            if (!((act->backs | act->opposes) & (1u << f)))
                continue;
            bool iranian = f <= F_PRAGMATIC;
            iran_factions |= iranian;
            double w = iranian ? v[V_F_LEADER + f] : NAN;
            if (act->backs & (1u << f)) behind += iranian ? w : 0;
            if (act->opposes & (1u << f)) against += iranian ? w : 0;
        }
        for (int pass = 0; pass < 2; pass++) {
            unsigned mask = pass == 0 ? act->backs : act->opposes;
            if (!mask)
                continue;
            ADD("%s", pass == 0 ? "Backed by " : "Opposed by ");
            int k = 0;
            for (int f = 0; f < FACTION_COUNT; f++)
                if (mask & (1u << f)) {
                    if (f <= F_PRAGMATIC && a == IRAN)
                        ADD("%s%s (%.0f%% of influence)", k ? ", " : "", ui_faction_title(f), 100 * v[V_F_LEADER + f]);
                    else
                        ADD("%s%s", k ? ", " : "", ui_faction_title(f));
                    k++;
                }
            ADD(". ");
        }
        if (iran_factions && a == IRAN && against > behind)
            ADD("Those against it outweigh those behind it: elite cohesion will suffer. ");
        if (act->opposes & (1u << F_HAWKS))
            ADD("The hawks will make you pay in approval. ");
        if (act->backs & (1u << F_HAWKS))
            ADD("It eases the hawks' pressure. ");
        ADD("\n");
    }
    ADD("Sources: %s", act->sources[0] ? act->sources : "—");
#undef ADD
}

/* ---- the screen's parts ------------------------------------------------ */

typedef struct Marker {
    const char *point;
    int news[8];
    int n;
} Marker;

static int collect_markers(App *app, int turn, int viewer, Marker *m, int max, int *numbers, int nnum)
{
    const History *h = &app->s->game.history;
    int count = 0;
    for (int i = 0; i < nnum; i++)
        numbers[i] = 0;
    if (turn < 1 || turn > h->nturns)
        return 0;
    const TurnRecord *t = &h->turns[turn - 1];
    int shown = 0;
    for (int i = 0; i < t->nnews; i++) {
        const News *n = &h->news[t->first_news + i];
        if (!ui_news_visible(app, n, viewer))
            continue;
        shown++;
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
            m[k].news[m[k].n++] = t->first_news + i;
        if (i < nnum)
            numbers[i] = k + 1;
    }
    (void)shown;
    return count;
}

static void draw_map_panel(App *app, Rect r, int viewer)
{
    const Palette *p = &app->pal;
    map_draw(app, r);
    Marker m[16];
    int numbers[64];
    int turn = app->s->game.world.turn;
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
            n += (size_t)snprintf(tip + n, sizeof tip - n, "%s• %s", i ? "\n" : "",
                                  app->s->game.history.news[m[k].news[i]].text);
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
    int turn = app->s->game.world.turn;
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
    const History *h = &app->s->game.history;
    int turn = app->s->game.world.turn;
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
    game_date(&app->s->scenario, turn, date);
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
    for (int i = h->nnews - app->s->game.pending_news; i < h->nnews; i++) {
        const News *n = &h->news[i];
        if (!ui_news_visible(app, n, viewer))
            continue;
        char line[NEWS_LEN + 40];
        snprintf(line, sizeof line, "Just in: %s", n->text);
        float th = wrapped_height(app, FONT_BOLD, line, view.w - 44);
        fill(app, rect(view.x + 24, y + 1, 3, th - 2), p->warn);
        draw_wrapped(app, FONT_BOLD, line, view.x + 30, y, view.w - 44, p->warn);
        y += th + 6;
    }
    if (turn == 0) {
        y += draw_wrapped(app, FONT_SMALL, app->briefing, view.x + 4, y, view.w - 14, p->dim);
    } else {
        Marker m[16];
        int numbers[64];
        collect_markers(app, turn, viewer, m, 16, numbers, 64);
        const TurnRecord *t = &h->turns[turn - 1];
        for (int i = 0; i < t->nnews; i++) {
            const News *n = &h->news[t->first_news + i];
            if (!ui_news_visible(app, n, viewer))
                continue;
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
    if (app->s->nwarnings > 0) {
        char w[200];
        snprintf(w, sizeof w, "⚠ %d script problem%s this game: an actor lost its turn (first: %.120s)",
                 app->s->nwarnings, app->s->nwarnings == 1 ? "" : "s", app->s->warnings[0]);
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
        draw_indicator(app, rect(view.x, y, view.w - 8, rh), list[i], app->s->game.world.turn, side, true);
        y += rh;
    }
    scroll_end(app, &sc, y - sc.y0);
}

static void draw_actions(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    const Catalogue *c = &app->s->catalogue;
    ui_panel(app, r, NULL);
    int left = ui_capital_left(app, side), cap = app->s->scenario.capital[side];
    char head[120];
    snprintf(head, sizeof head, "%s: actions this week", actor_title(side));
    draw_text(app, FONT_H2, head, r.x + 12, r.y + 8, ui_actor_colour(app, side));
    char capital[80];
    snprintf(capital, sizeof capital, "Political capital: %d of %d left", left, cap);
    float cw = text_width(app, FONT_BODY, capital);
    float pipx = r.x + r.w - 14 - cap * 14;
    float cy = r.y + 10 + line_height(app, FONT_H2) + 4;
    draw_text(app, FONT_BODY, capital, pipx - cw - 8, cy, p->text);
    for (int i = 0; i < cap; i++) {
        if (i < left)
            disc(app, pipx + i * 14 + 6, cy + 8, 5, p->accent);
        else
            outline(app, rect(pipx + i * 14 + 1, cy + 3, 10, 10), p->faint, 1);
    }
    draw_text_fit(app, FONT_SMALL, "Pick up to 4.", r.x + 12, cy + 2,
                  pipx - cw - 8 - r.x - 24, p->faint);
    float list_top = cy + line_height(app, FONT_BODY) + 6;

    float details_h = fmaxf(210, r.h * 0.36f);
    Rect view = rect(r.x + 4, list_top, r.w - 8, r.y + r.h - list_top - details_h - 8);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll_actions);
    float y = sc.y0, rh = fmaxf(26, line_height(app, FONT_BODY) + 8);
    int shown = -1;
    char tracks[12][16];
    int ntracks = 0;
    for (int i = 0; i < c->count; i++) {
        if (!(c->actions[i].actors & (1u << side)))
            continue;
        bool known = false;
        for (int k = 0; k < ntracks; k++)
            known |= strcmp(tracks[k], c->actions[i].track) == 0;
        if (!known && ntracks < 12)
            ui_copy(tracks[ntracks++], 16, c->actions[i].track);
    }
    for (int k = 0; k < ntracks; k++) {
        char t[24];
        ui_copy(t, sizeof t, tracks[k]);
        for (char *q = t; *q; q++)
            if (*q >= 'a' && *q <= 'z')
                *q = (char)(*q - 32);
        draw_text(app, FONT_SMALL, t, view.x + 8, y + 6, p->faint);
        y += line_height(app, FONT_SMALL) + 8;
        for (int i = 0; i < c->count; i++) {
            const Action *act = &c->actions[i];
            if (!(act->actors & (1u << side)) || strcmp(act->track, tracks[k]) != 0)
                continue;
            Rect row = rect(view.x + 2, y, view.w - 12, rh - 2);
            const char *why = ui_action_blocker(app, side, i);
            bool on = ui_selected(app, side, i);
            Hit h = ui_hit(app, row, true, act->name);
            if (h.hover || (h.focus && app->kbd_mode))
                shown = i;
            fill(app, row, on ? p->selected : h.hover ? p->panel2 : p->panel);
            if (on)
                fill(app, rect(row.x, row.y, 3, row.h), p->accent);
            if (h.ring)
                outline(app, row, p->focus, 2);
            float box = 13, bx = row.x + 10, by = row.y + (row.h - box) / 2;
            outline(app, rect(bx, by, box, box), why ? p->faint : on ? p->accent : p->dim, 1.5f);
            if (on) {
                thick_line(app, bx + 3, by + 7, bx + 6, by + 10, 2, p->accent);
                thick_line(app, bx + 6, by + 10, bx + 11, by + 3, 2, p->accent);
            }
            float ty = row.y + (row.h - line_height(app, FONT_BODY)) / 2;
            float costw = 50;
            SDL_Color tc = why ? p->faint : p->text;
            float nw = draw_text_fit(app, on ? FONT_BOLD : FONT_BODY, act->name, bx + box + 10, ty,
                                     row.w - box - 30 - costw - (act->secret ? 52 : 0), tc);
            if (act->secret) {
                Rect tag = rect(bx + box + 16 + nw, row.y + 5, 46, row.h - 10);
                outline(app, tag, p->faint, 1);
                draw_text_al(app, FONT_SMALL, "secret", tag.x, tag.y + (tag.h - line_height(app, FONT_SMALL)) / 2,
                             tag.w, ALIGN_CENTER, p->dim);
            }
            char cost[16];
            if (act->cost == 0)
                snprintf(cost, sizeof cost, "free");
            else
                snprintf(cost, sizeof cost, "%d cap.", act->cost);
            draw_text_al(app, FONT_SMALL, cost, row.x + row.w - costw - 6, ty + 1, costw, ALIGN_RIGHT,
                         why ? p->faint : p->dim);
            if (h.click) {
                if (why) {
                    snprintf(app->status, sizeof app->status, "Not possible now: %s.", why);
                } else {
                    ui_toggle_action(app, side, i);
                    app->status[0] = '\0';
                }
                app->detail_action = i;
                app->dirty = true;
            }
            y += rh;
        }
        y += 4;
    }
    scroll_end(app, &sc, y - sc.y0);

    /* details of the hovered, focused or last chosen action */
    Rect d = rect(r.x + 8, r.y + r.h - details_h - 4, r.w - 16, details_h);
    fill(app, d, p->panel2);
    int a = shown >= 0 ? shown : app->detail_action;
    if (a < 0) {
        draw_wrapped(app, FONT_BODY,
                     "Choose this week's orders from the list above. Each costs political capital; some need "
                     "conditions to hold. Their details show here: cost, what they need, their likely effects, "
                     "who backs or opposes them, and the sources they rest on.",
                     d.x + 12, d.y + 12, d.w - 24, p->dim);
        return;
    }
    const Action *act = &c->actions[a];
    Rect saved;
    push_clip(app, d, &saved);
    float ty = d.y + 8;
    ty += draw_wrapped(app, FONT_H2, act->name, d.x + 12, ty, d.w - 24, p->text) + 4;
    const char *why = ui_action_blocker(app, side, a);
    if (why) {
        char line2[160];
        snprintf(line2, sizeof line2, "Not possible now: %s.", why);
        ty += draw_wrapped(app, FONT_BOLD, line2, d.x + 12, ty, d.w - 24, p->bad) + 4;
    }
    char text[2000];
    describe_action(app, a, side, text, sizeof text);
    draw_wrapped(app, FONT_SMALL, text, d.x + 12, ty, d.w - 24, p->text);
    pop_clip(app, saved);
}

static void draw_orders_bar(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    float bw = 210;
    char label[64];
    if (app->hotseat && ui_next_human(app, side) >= 0)
        snprintf(label, sizeof label, "Done: hand over ▸");
    else
        snprintf(label, sizeof label, "End turn ▸");
    Rect b = rect(r.x + r.w - bw - 10, r.y + (r.h - 46) / 2, bw, 46);
    bool end = ui_button_primary(app, b, label, true);
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "End turn");
    if (end || ((app->kmod & KMOD_CTRL) && ui_key(app, SDLK_RETURN))) {
        ui_end_orders(app);
        return;
    }
    char text[600];
    size_t n = 0;
    if (app->nsel[side] == 0)
        n += (size_t)snprintf(text, sizeof text, "No orders yet: ending the turn now means doing nothing this week.");
    else
        n += (size_t)snprintf(text, sizeof text, "Your orders: ");
    for (int i = 0; i < app->nsel[side] && n < sizeof text; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s%d. %s", i ? "   " : "", i + 1,
                              app->s->catalogue.actions[app->sel[side][i]].name);
    Rect t = rect(r.x + 12, r.y + 6, r.w - bw - 34, r.h - 12);
    Rect saved;
    push_clip(app, t, &saved);
    float th = draw_wrapped(app, FONT_SMALL, text, t.x, t.y, t.w, app->nsel[side] ? p->text : p->dim);
    if (app->status[0])
        draw_wrapped(app, FONT_SMALL, app->status, t.x, t.y + th + 2, t.w, p->warn);
    pop_clip(app, saved);
}

void screen_turn(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (session_over(app->s)) {
        ui_goto(app, SCR_END);
        return;
    }
    Actor side = app->hotseat ? app->current : app->side;
    int viewer = ui_viewer(app);
    const Game *g = &app->s->game;

    /* the team's clock starts when its week on this screen does */
    if (app->s->timer_s > 0 && (app->timer_actor != (int)side || app->timer_turn != g->world.turn))
        ui_timer_start(app);
    bool over = app->s->timer_s > 0 && ui_timer_left_ms(app) <= 0;

    /* top bar: red all over when the team's time is up */
    float tb = 46;
    fill(app, rect(0, 0, app->lw, tb), over ? p->bad : p->panel);
    fill(app, rect(0, tb - 2, app->lw, 2), p->accent);
    float x = 14;
    x += draw_text(app, FONT_H2, "RED LINE", x, 12, over ? p->bg : p->accent) + 16;
    char date[16], info[200], who[160];
    game_date(&app->s->scenario, g->world.turn + 1, date);
    if (app->hotseat)
        ui_team_label(app, side, who, sizeof who);
    else
        ui_side_name(app, who, sizeof who);
    /* the buttons on the bar_end take 4 x 104; the timer, if any, sits left of them */
    float bar_end = app->lw - 10 - 4 * 104 - 8;
    if (app->s->timer_s > 0) {
        ui_timer_chip(app, bar_end, 10);
        bar_end -= 150;
    }
    float ww = text_width(app, FONT_BOLD, who) + 20;
    snprintf(info, sizeof info, "%s · week %d of %d · %s", app->s->scenario.name, g->world.turn + 1,
             app->s->scenario.turns, date);
    if (x + text_width(app, FONT_BOLD, info) + 16 + ww > bar_end)     /* short of room: the week alone */
        snprintf(info, sizeof info, "Week %d of %d · %s", g->world.turn + 1, app->s->scenario.turns, date);
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
    draw_actions(app, right, side);
    if (app->screen != SCR_TURN)
        return;
    draw_orders_bar(app, rect(rx, app->lh - m - 68, rw, 68), side);
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
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-week%d", app->s->scenario.id,
                 app->hotseat ? "hotseat" : actor_name(app->side), g->world.turn + 1);
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

    if (ui_hotkey(app, SDLK_r) && g->world.turn > 0) {
        app->res_turn = g->world.turn;
        ui_goto(app, SCR_RESOLUTION);
    }
}
