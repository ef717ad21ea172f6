/* The report's charts: one indicator over the weeks as inline SVG. The
 * axis is the variable's own range (from its minimum to its maximum; for an
 * open-ended quantity from zero to a round figure above what the game
 * reached), never stretched to the data; labels in the units a player
 * reads. */
#include <math.h>
#include <string.h>

#include "page.h"

enum { W = 320, H = 156, LEFT = 46, RIGHT = 10, TOP = 28, BOTTOM = 30 };

double value_at(const Session *s, int t, Var v)
{
    return t == 0 ? s->scenario.initial[v] : s->game.history.turns[t - 1].v[v];
}

/* The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least x. */
static double round_up(double x)
{
    if (!(x > 0))
        return 1;
    double p = pow(10, floor(log10(x)));
    static const double steps[] = { 1, 2, 2.5, 5, 10 };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i] * p >= x * (1 - 1e-12))
            return steps[i] * p;
    return 10 * p;
}

static void axis_range(const Session *s, const Session *other, Var v, double *lo, double *hi)
{
    *lo = var_info[v].min;
    *hi = var_info[v].max;
    if (*hi - *lo <= 100)
        return;
    if (*lo > 0)
        *lo = 0;    /* a quantity: from nothing */
    double top = *lo;
    for (const Session *b = s; b; b = b == s ? other : NULL)
        for (int t = 0; t <= b->game.history.nturns; t++)
            top = fmax(top, value_at(b, t, v));
    *hi = fmin(round_up(top + 0.1 * (top - *lo)), var_info[v].max);
    if (*hi <= *lo)
        *hi = *lo + 1;
}

/* A tick's label: the number as a player reads it, with its $ or %. */
static void axis_label(FILE *f, Var v, double x, double y, double value)
{
    Display d = var_display(v);
    double shown = value * d.scale;
    int decimals = fabs(shown - round(shown)) < 1e-9 ? 0 : d.decimals;
    char label[64];
    snprintf(label, sizeof label, "%s%.*f%s", d.prefix, decimals, shown, d.suffix[0] == '%' ? "%" : "");
    fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">", (int)x, y);
    html(f, label);
    fputs("</text>\n", f);
}

static double x_at(int t, int turns)
{
    return LEFT + (double)(W - LEFT - RIGHT) * (turns ? (double)t / turns : 0);
}

static double y_at(double value, double lo, double hi)
{
    double share = (value - lo) / (hi - lo);
    return TOP + (H - TOP - BOTTOM) * (1 - fmin(fmax(share, 0), 1));
}

static void polyline(FILE *f, const Session *s, Var v, int turns, double lo, double hi, const char *cls)
{
    fprintf(f, "<polyline class=\"%s\" points=\"", cls);
    for (int t = 0; t <= s->game.history.nturns; t++)
        fprintf(f, "%.1f,%.1f ", x_at(t, turns), y_at(value_at(s, t, v), lo, hi));
    fputs("\"/>\n", f);
}

/* A tick at every week, the week's number under every few. */
static void week_ticks(FILE *f, int turns)
{
    int every = turns <= 8 ? 1 : (turns + 5) / 6;
    double base = H - BOTTOM;
    for (int t = 0; t <= turns; t++) {
        double x = x_at(t, turns);
        fprintf(f, "<line class=\"tick\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, base, x, base + 4);
        if (t % every == 0 && (turns - t >= every / 2 || t == turns)) {
            fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" class=\"axis\" text-anchor=\"middle\">", x, base + 14);
            htmlf(f, "%d", t);
            fputs("</text>", f);
        }
    }
    fprintf(f, "\n<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"end\">", W - RIGHT, H - 2);
    /* TRANSLATORS: the time axis of a chart */
    html_in(f, "", _("week"), "</text>\n");
}

/* What of the week came from outside the players' orders: the events that
 * changed something, the facilitator's interventions. */
static bool outside_causes(const Session *s, int turn, char *out, size_t size)
{
    const History *h = &s->game.history;
    const TurnRecord *rec = &h->turns[turn - 1];
    size_t used = 0;
    Cause seen[16];
    int nseen = 0;
    out[0] = '\0';
    for (int i = 0; i < rec->ncauses && nseen < 16; i++) {
        Cause c = h->causes[rec->first_cause + i].cause;
        if (c.kind != CAUSE_EVENT && c.kind != CAUSE_FACILITATOR)
            continue;
        bool again = false;
        for (int k = 0; k < nseen; k++)
            again |= cause_same(seen[k], c);
        if (again)
            continue;
        seen[nseen++] = c;
        char label[NEWS_LEN + 80];
        cause_label(s, turn, c, label, sizeof label);
        used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s", used ? "; " : "", label);
    }
    return nseen > 0;
}

static void event_markers(FILE *f, const Session *s, int turns)
{
    for (int t = 1; t <= s->game.history.nturns; t++) {
        char what[1200];
        if (!outside_causes(s, t, what, sizeof what))
            continue;
        double x = x_at(t, turns);
        fputs("<g class=\"event\"><title>", f);
        /* TRANSLATORS: a chart's mark: the week, then what happened */
        htmlf(f, _("Week %d: %s"), t, what);
        fprintf(f, "</title><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                   "<path d=\"M%.1f %d l4 -5 l-4 -5 l-4 5 z\"/></g>\n",
                x, TOP, x, H - BOTTOM, x, TOP);
    }
}

void chart_svg(FILE *f, const Session *s, const Session *other, Var v, const char *label)
{
    int turns = s->game.history.nturns;
    if (other && other->game.history.nturns > turns)
        turns = other->game.history.nturns;
    double lo, hi;
    axis_range(s, other, v, &lo, &hi);
    fprintf(f, "<figure class=\"chart\"><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", W, H);
    /* TRANSLATORS: a chart's description for screen readers: the indicator, then the weeks */
    htmlf(f, ngettext("%s over %d week", "%s over %d weeks", (unsigned long)turns), label, turns);
    fputs("\">\n<text x=\"4\" y=\"13\" class=\"title\">", f);
    html(f, label);
    fputs("</text>\n", f);
    axis_label(f, v, LEFT - 4, TOP + 4, hi);
    axis_label(f, v, LEFT - 4, (TOP + H - BOTTOM) / 2.0 + 3, (lo + hi) / 2);
    axis_label(f, v, LEFT - 4, H - BOTTOM + 3, lo);
    fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"frame\"/>\n", LEFT, TOP, W - LEFT - RIGHT,
            H - TOP - BOTTOM);
    fprintf(f, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n", LEFT, (TOP + H - BOTTOM) / 2.0,
            W - RIGHT, (TOP + H - BOTTOM) / 2.0);
    week_ticks(f, turns);
    event_markers(f, s, turns);
    if (other)
        polyline(f, other, v, turns, lo, hi, "branch");
    polyline(f, s, v, turns, lo, hi, "game");
    fputs("</svg></figure>\n", f);
}
