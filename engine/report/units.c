/* Numbers as a player reads them: fractions as percentages, the rial in
 * millions, prices in dollars; each variable to a fixed number of
 * decimals, so that a change printed beside two values is their
 * difference as printed ("42.2% → 38.8% (−3.4 pts)"). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

static const struct {
    const char *unit;
    Display display;
} displays[] = {
    { "$/bbl", { 1, 1, "$", "", "" } },
    { "%", { 1, 1, "", "%", " pts" } },
    { "% pop.", { 1, 1, "", "%", " pts" } },
    { "%/yr", { 1, 0, "", "%/yr", " pts" } },
    { "0-1", { 100, 0, "", "%", " pts" } },
    { "weight", { 100, 0, "", "%", " pts" } },
    { "k rial/$", { 0.001, 2, "", "M rial/$", "M" } },
    { "mb/d", { 1, 2, "", " mb/d", "" } },
    { "kg", { 1, 0, "", " kg", " kg" } },
    { "weeks", { 1, 0, "", " weeks", " weeks" } },
    { "people", { 1, 0, "", "", "" } },
    { "count", { 1, 0, "", "", "" } },
    { "0-100", { 1, 0, "", "", "" } },
    { "0/1", { 1, 0, "", "", "" } },
    { "stage 0-3", { 1, 0, "", "", "" } },
    { "level 0-3", { 1, 0, "", "", "" } },
    { "level 0-2", { 1, 0, "", "", "" } },
};

Display var_display(Var v)
{
    for (size_t i = 0; i < sizeof displays / sizeof *displays; i++)
        if (strcmp(var_info[v].unit, displays[i].unit) == 0)
            return displays[i].display;
    return (Display){ 1, 1, "", "", "" };     /* the 0-10 and 0-5 scales, the ladder */
}

int var_raw_decimals(Var v)
{
    Display d = var_display(v);
    return d.decimals + (int)lround(log10(d.scale));
}

/* x as shown, rounded to the display's decimals (no "-0"). */
static double shown(Display d, double x)
{
    double unit = pow(10, d.decimals), r = round(x * d.scale * unit) / unit;
    return r == 0 ? 0 : r;
}

void var_format(Var v, double x, char *out, size_t size)
{
    Display d = var_display(v);
    if (strcmp(var_info[v].unit, "0/1") == 0)
        snprintf(out, size, "%s", x >= 0.5 ? "yes" : "no");
    else
        snprintf(out, size, "%s%.*f%s", d.prefix, d.decimals, shown(d, x), d.suffix);
}

void var_format_delta(Var v, double delta, char *out, size_t size)
{
    Display d = var_display(v);
    double r = shown(d, delta);
    snprintf(out, size, "%s%s%.*f%s", r < 0 ? "\u2212" : "+", d.prefix, d.decimals, fabs(r), d.delta_suffix);
}

void var_format_change(Var v, double before, double after, char *out, size_t size)
{
    Display d = var_display(v);
    char from[40], to[40], by[40];
    var_format(v, before, from, sizeof from);
    var_format(v, after, to, sizeof to);
    var_format_delta(v, (shown(d, after) - shown(d, before)) / d.scale, by, sizeof by);
    snprintf(out, size, "%s \u2192 %s (%s)", from, to, by);
}

bool var_changed_shown(Var v, double before, double after)
{
    Display d = var_display(v);
    return shown(d, after) != shown(d, before);
}

/* The unit as a player reads it beside a chart or a number. */
const char *var_unit_text(Var v)
{
    static const struct {
        const char *unit, *text;
    } texts[] = {
        { "rung 0-10", "rungs of the ladder, 0 to 10" }, { "$/bbl", "dollars a barrel" },
        { "mb/d", "million barrels a day" }, { "0-100", "points, 0 to 100" }, { "%", "%" },
        { "% pop.", "% of the population" }, { "%/yr", "% a year" }, { "0-1", "%" },
        { "weight", "% of the influence" }, { "k rial/$", "million rial to the dollar" }, { "kg", "kilograms" },
        { "weeks", "weeks" }, { "people", "people" }, { "count", "times" }, { "0/1", "yes or no" },
        { "stage 0-3", "none, back-channel, direct, agreement" },
        { "level 0-3", "nuclear only, + missiles, + proxies, regime change" },
        { "level 0-2", "frozen, steady, expanded" }, { "0-3", "level, 0 to 3" }, { "0-5", "level, 0 to 5" },
        { "0-10", "level, 0 to 10" },
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (strcmp(var_info[v].unit, texts[i].unit) == 0)
            return texts[i].text;
    return var_info[v].unit;
}

double var_shown(Var v, double x)
{
    Display d = var_display(v);
    return shown(d, x) / d.scale;
}
