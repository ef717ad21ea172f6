/* Numbers as a player reads them: fractions as percentages, the rial in
 * millions, prices in dollars; each variable to a fixed number of
 * decimals, so that a change printed beside two values is their
 * difference as printed ("42.2% → 38.8% (−3.4 pts)"). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

#define WEEKS " weeks"

static const struct {
    const char *unit;
    Display display;
} displays[] = {
    { "$/bbl", { 1, 1, "$", "", "" } },
    /* TRANSLATORS: the suffixes of numbers: " pts" percentage points, "M" millions (of rial), " mb/d" million
       barrels a day */
    { "%", { 1, 1, "", "%", N_(" pts") } },
    { "% pop.", { 1, 1, "", "%", N_(" pts") } },
    /* xgettext:no-c-format */
    { "%/yr", { 1, 0, "", N_("%/yr"), N_(" pts") } },
    { "0-1", { 100, 0, "", "%", N_(" pts") } },
    { "weight", { 100, 0, "", "%", N_(" pts") } },
    { "k rial/$", { 0.001, 2, "", N_("M rial/$"), N_("M") } },
    { "mb/d", { 1, 2, "", N_(" mb/d"), "" } },
    { "kg", { 1, 0, "", N_(" kg"), N_(" kg") } },
    { "weeks", { 1, 0, "", WEEKS, WEEKS } },        /* one week, two weeks: see affix_of */
    { "people", { 1, 0, "", "", "" } },
    { "count", { 1, 0, "", "", "" } },
    { "0-100", { 1, 0, "", "", "" } },
    { "0/1", { 1, 0, "", "", "" } },
    { "stage 0-3", { 1, 0, "", "", "" } },
    { "level 0-3", { 1, 0, "", "", "" } },
    { "level 0-2", { 1, 0, "", "", "" } },
};

/* A display's prefix or suffix in the reader's language ("" stays "":
 * gettext("") is the catalogue's header). */
static const char *affix(const char *s)
{
    return s[0] ? gettext(s) : s;
}

/* The affix of a number shown as x: weeks are counted ("+1 week", "73 weeks"). */
static const char *affix_of(const char *s, double x)
{
    if (strcmp(s, WEEKS) == 0)
        return ngettext(" week", " weeks", fabs(x) == 1 ? 1 : 2);
    return affix(s);
}

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
        snprintf(out, size, "%s", x >= 0.5 ? _("yes") : _("no"));
    else
        snprintf(out, size, "%s%.*f%s", affix(d.prefix), d.decimals, shown(d, x), affix_of(d.suffix, shown(d, x)));
}

void var_format_delta(Var v, double delta, char *out, size_t size)
{
    Display d = var_display(v);
    double r = shown(d, delta);
    snprintf(out, size, "%s%s%.*f%s", r < 0 ? "\u2212" : "+", affix(d.prefix), d.decimals, fabs(r), affix_of(d.delta_suffix, r));
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
        { "rung 0-10", N_("rungs of the ladder, 0 to 10") }, { "$/bbl", N_("dollars a barrel") },
        { "mb/d", N_("million barrels a day") }, { "0-100", N_("points, 0 to 100") }, { "%", "%" },
        /* xgettext:no-c-format */
        { "% pop.", N_("% of the population") },
        /* xgettext:no-c-format */
        { "%/yr", N_("% a year") }, { "0-1", "%" },
        /* xgettext:no-c-format */
        { "weight", N_("% of the influence") },
        { "k rial/$", N_("million rial to the dollar") }, { "kg", N_("kilograms") },
        { "weeks", N_("weeks") }, { "people", N_("people") }, { "count", N_("times") }, { "0/1", N_("yes or no") },
        { "stage 0-3", N_("none, back-channel, direct, agreement") },
        { "level 0-3", N_("nuclear only, + missiles, + proxies, regime change") },
        { "level 0-2", N_("frozen, steady, expanded") }, { "0-3", N_("level, 0 to 3") }, { "0-5", N_("level, 0 to 5") },
        { "0-10", N_("level, 0 to 10") }, { "points", N_("points of progress") },
        /* xgettext:no-c-format */
        { "% of trade", N_("% of trade") },
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        if (strcmp(var_info[v].unit, texts[i].unit) == 0)
            return affix(texts[i].text);
    return var_info[v].unit;
}

double var_shown(Var v, double x)
{
    Display d = var_display(v);
    return shown(d, x) / d.scale;
}
