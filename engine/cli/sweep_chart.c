/* A sweep drawn as two small panels side by side, the parameter's range on
 * each x axis: the share of games ending each way, and the mean scores of
 * the US and Iran with their 95% intervals as bands. Plain SVG 1.1, no
 * script, so any browser shows it and a test can read it. */
#include <math.h>
#include <string.h>

#include "sweep_chart.h"

enum { PANEL_W = 420, PANEL_H = 260, LEFT = 48, TOP = 34, BOTTOM = 40, RIGHT = 16, GAP = 30 };

static const char *const outcome_colour[OUTCOME_COUNT] = {
    [OUT_AGREEMENT] = "#2e8b57", [OUT_WAR] = "#c0392b", [OUT_COLLAPSE] = "#8e44ad",
    [OUT_BREAKOUT] = "#d35400", [OUT_TIMEOUT] = "#7f8c8d",
};

typedef struct Panel {
    double x0, lo, hi;          /* left edge on the page; the parameter's range */
} Panel;

static double px(const Panel *p, double value)
{
    double w = PANEL_W - LEFT - RIGHT;
    return p->x0 + LEFT + (p->hi > p->lo ? (value - p->lo) / (p->hi - p->lo) : 0.5) * w;
}

static double py(double percent)
{
    double h = PANEL_H - TOP - BOTTOM;
    return TOP + (1 - percent / 100) * h;
}

/* Frame, title, the 0-100 scale, the range's ends and the scenario's value. */
static void axes(FILE *f, const Panel *p, const char *title, double own)
{
    double x1 = px(p, p->lo), x2 = px(p, p->hi);
    fprintf(f, "<text class=\"title\" x=\"%.1f\" y=\"18\">", p->x0 + LEFT);
    cli_put_escaped(f, title);
    fputs("</text>\n", f);
    for (int g = 0; g <= 100; g += 25)
        fprintf(f, "<line class=\"grid\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>\n",
                x1, x2, py(g), py(g), x1 - 6, py(g) + 4, g);
    fprintf(f, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>"
               "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n",
            x1, py(0) + 16, p->lo, x2, py(0) + 16, p->hi);
    if (own >= p->lo && own <= p->hi)
        fprintf(f, "<line class=\"own\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                   "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n",
                px(p, own), px(p, own), py(100), py(0), px(p, own), py(100) - 4, own);
}

static void line(FILE *f, const Panel *p, const SweepChart *c, const double *y, size_t stride, const char *colour)
{
    fprintf(f, "<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"", colour);
    for (int k = 0; k < c->steps; k++) {
        const double *v = (const double *)((const char *)y + stride * (size_t)k);
        fprintf(f, "%s%.1f,%.1f", k ? " " : "", px(p, c->rows[k].value), py(*v));
    }
    fputs("\"/>\n", f);
}

static void legend(FILE *f, const Panel *p, int i, const char *colour, const char *label)
{
    double x = p->x0 + LEFT + (i % 3) * 120, y = PANEL_H - 6 + (i / 3) * 14;
    fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"3\" fill=\"%s\"/>"
               "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\">",
            x, y - 4, colour, x + 14, y);
    cli_put_escaped(f, label);
    fputs("</text>\n", f);
}

static void outcomes_panel(FILE *f, const Panel *p, const SweepChart *c)
{
    axes(f, p, _("Share of games ending each way (%)"), c->own);
    int i = 0;
    for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++) {
        line(f, p, c, &c->rows[0].share[o], sizeof *c->rows, outcome_colour[o]);
        legend(f, p, i++, outcome_colour[o], rl_outcome_title((Outcome)o));
    }
}

/* The 95% interval of a side's mean score as a band under its line. */
static void band(FILE *f, const Panel *p, const SweepChart *c, Actor a, const char *colour)
{
    fprintf(f, "<polygon stroke=\"none\" fill=\"%s\" fill-opacity=\"0.18\" points=\"", colour);
    for (int k = 0; k < c->steps; k++)
        fprintf(f, "%.1f,%.1f ", px(p, c->rows[k].value), py(fmin(c->rows[k].mean[a] + c->rows[k].margin[a], 100)));
    for (int k = c->steps - 1; k >= 0; k--)
        fprintf(f, "%.1f,%.1f ", px(p, c->rows[k].value), py(fmax(c->rows[k].mean[a] - c->rows[k].margin[a], 0)));
    fputs("\"/>\n", f);
}

static void scores_panel(FILE *f, const Panel *p, const SweepChart *c)
{
    static const struct { Actor actor; const char *colour; } sides[] = { { US, "#2a6fdb" }, { IRAN, "#b8860b" } };
    /* xgettext:no-c-format */
    axes(f, p, _("Mean score, with its 95% interval"), c->own);
    for (size_t i = 0; i < sizeof sides / sizeof *sides; i++) {
        band(f, p, c, sides[i].actor, sides[i].colour);
        line(f, p, c, &c->rows[0].mean[sides[i].actor], sizeof *c->rows, sides[i].colour);
        legend(f, p, (int)i, sides[i].colour, rl_text(actor_title(sides[i].actor)));
    }
}

void sweep_chart_svg(FILE *f, const SweepChart *c)
{
    const ParamInfo *pi = &param_info[c->param];
    int w = 2 * PANEL_W + GAP, h = PANEL_H + 30;
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
               "font-family=\"sans-serif\">\n<title>",
            w, h + 24, w, h + 24);
    cli_put_escaped(f, c->scenario);
    fputs(": ", f);
    cli_put_escaped(f, pi->name);
    fputs("</title>\n<style>.title{font-size:13px;font-weight:bold}.axis{font-size:10px;fill:#444}"
          ".grid{stroke:#e4e4e4}.own{stroke:#888;stroke-dasharray:4 3}</style>\n"
          "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n", f);
    Panel left = { 0, pi->min, pi->max }, right = { PANEL_W + GAP, pi->min, pi->max };
    outcomes_panel(f, &left, c);
    scores_panel(f, &right, c);
    fprintf(f, "<text class=\"axis\" x=\"%d\" y=\"%d\">", LEFT, h + 18);
    cli_put_escaped(f, c->scenario);
    fputs(" · ", f);
    cli_put_escaped(f, pi->name);
    fprintf(f, " (%s) · ", pi->unit);
    cli_put_escaped(f, pi->description);
    fputs("</text>\n</svg>\n", f);
}
