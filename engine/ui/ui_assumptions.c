/* The Assumptions screen (issue 16, uncertainty made visible): the model's
 * main assumptions in plain words, the sources each rests on, and the
 * parameters behind it with the scenario's value and the plausible range
 * (params.def) that `redline sweep` plays across. Reached from the briefing. */
#include <math.h>
#include <string.h>

#include "ui_internal.h"

#define MAX_ASSUMPTION_PARAMS 4

typedef struct Assumption {
    const char *text, *sources;
    struct {
        const char *id, *label;     /* the parameter's id (redline sweep's) and its name for a reader */
    } params[MAX_ASSUMPTION_PARAMS];
} Assumption;

static const Assumption assumptions[] = {
    { N_("US sanctions bite through banks, shippers and insurers even when buyers do not comply, and more when "
         "they do; enforcement lapses unless it is renewed, and exports then recover although the sanctions stay."),
      "A39-A41; 2018-2020 record; 2021-2024 record", {
          { "sanction_bite", N_("Bite of full sanctions") },
          { "bite_uncomplied", N_("Bite without buyers' compliance") },
          { "enforcement_decay", N_("Weekly lapse of enforcement") },
          { "export_adjust", N_("Speed of exports' adjustment") } } },
    { N_("Protest tips suddenly once enough others are in the street; lethal force and a blackout keep people at "
         "home for a while, and raise the toll."),
      "A42, A43; Granovetter 1978; Rydzak 2019", {
          { "thresh_mean", N_("Mean protest threshold") },
          { "social", N_("Pull of others in the street") },
          { "fear_repression", N_("Fear from a week of lethal repression") },
          { "coord_min", N_("Coordination left under a blackout") } } },
    { N_("Swinging between crackdown and concession feeds dissent more than a steady line."),
      "Lichbach 1987", {
          { "lichbach", N_("Inconsistency from swinging between crackdown and concession") },
          { "lichbach_fear", N_("How much inconsistency blunts fear") } } },
    { N_("Without the security forces' defection the regime survives even large protests."),
      "A48, A49", {
          { "defect_protest", N_("Protest level at which the security forces waver") },
          { "defect_rate", N_("Weekly loyalty lost above that level") },
          { "collapse_stability", N_("Stability below which the regime falls") } } },
    { N_("Strikes on the nuclear sites buy months, not years: the damage is repaired, faster with secret work."),
      "A32, A33; IAEA 2025", {
          { "damage_weeks", N_("Weeks of rebuilding per point of damage") },
          { "rebuild", N_("Weekly share of the damage repaired") } } },
    { N_("Secret weapons work is likely to be found, by inspectors, by Israel or by US intelligence."),
      "C8, A33", {
          { "detect_base", N_("Weekly chance of detection by chance") },
          { "detect_iaea", N_("Detection added per level of IAEA access") },
          { "detect_israel", N_("Detection added by Israel's full readiness") },
          { "detect_us", N_("Detection added by US intelligence") } } },
    { N_("Sabotage sets the programme back only where the sites are not on guard; each operation puts them on "
         "guard, and one against guarded sites is likelier to be traced to Israel."),
      "C8; Natanz 2020-2021 record; model", {
          { "sabotage_damage", N_("Damage an operation does to unguarded sites") },
          { "sabotage_alert", N_("Guard each operation puts on the sites") },
          { "vigilance_fade", N_("Weekly easing of that guard") },
          { "sabotage_expose_alert", N_("Chance of being traced, added at full guard") } } },
    { N_("Fear alone adds a modest premium to oil; only barrels lost in the Strait of Hormuz take Brent past $100."),
      "C7; EIA 2024; June 2025 record", {
          { "oil_risk", N_("Oil risk premium per rung") },
          { "oil_premium_cap", N_("Largest premium from fear alone") },
          { "oil_disruption", N_("Price rise per mb/d lost in Hormuz") } } },
    { N_("Talks move only while both sides engage; demands beyond the nuclear file slow them, and a signed text can "
         "still be sunk by the hardliners in Tehran or the hawks in Washington."),
      "B9-B11, B13, C1, C5", {
          { "talks_rate", N_("Weekly progress when both sides engage") },
          { "talks_demands", N_("Progress lost per level of demands beyond the nuclear file") },
          { "ratify_hardline", N_("Chance the hardliners in Tehran sink a signed text") },
          { "ratify_hawks", N_("Chance the hawks in Washington sink a signed text") } } },
    { N_("Strikes on Iran strengthen its hardliners; talk under a standing ultimatum looks like surrender."),
      "B11, B13, C2", {
          { "faction_strike", N_("Weight the hardliners gain from a strike on Iran") },
          { "faction_threat", N_("Weight the hardliners gain each week of an ultimatum") } } },
    { N_("A public ultimatum costs more to drop the longer it stands."),
      "Fearon 1994", {
          { "audience_growth", N_("Cost of backing down added each week an ultimatum stands") },
          { "backdown_credibility", N_("Credibility lost by backing down") } } },
    { N_("A telegraphed, token answer to a strike lets the ladder step down instead of up."),
      "June 2025 record; A26", {
          { "token_calm", N_("Rungs down after a token answer") },
          { "esc_decay", N_("Weekly settling of the ladder") } } },
};

/* One parameter: its name and id, the scenario's value and its plausible
 * range (the language's digits: draw_wrapped). */
static float param_line(App *app, const char *name, const char *label, float x, float y, float w)
{
    int p = param_find(name);
    if (p < 0)
        return 0;
    const ParamInfo *pi = &param_info[p];
    char value[32], lo[32], hi[32], line[300];
    snprintf(value, sizeof value, "%g", rl_scenario(app->s)->params[p]);
    snprintf(lo, sizeof lo, "%g", pi->min);
    snprintf(hi, sizeof hi, "%g", pi->max);
    /* TRANSLATORS: a parameter of the model: its name, its id (as redline sweep takes it), the scenario's value, the
       lowest and the highest value the sources make plausible */
    snprintf(line, sizeof line, _("%s (%s): %s here, plausible from %s to %s"), _(label), pi->name, value, lo, hi);
    return draw_wrapped(app, FONT_SMALL, line, x, y, w, app->pal.dim);
}

static float assumption_block(App *app, const Assumption *a, float x, float y, float w)
{
    const Palette *p = &app->pal;
    float y0 = y;
    y += draw_wrapped(app, FONT_BODY, _(a->text), x, y, w, p->text) + 2;
    char sources[600], named[500];
    /* TRANSLATORS: then the list of sources, each already named as your language cites it (rl_sources_text) */
    snprintf(sources, sizeof sources, _("Sources: %s"), rl_sources_text(a->sources, named, sizeof named));
    y += draw_wrapped(app, FONT_SMALL, sources, x + 16, y, w - 16, p->faint) + 2;
    for (int i = 0; i < MAX_ASSUMPTION_PARAMS && a->params[i].id; i++)
        y += param_line(app, a->params[i].id, a->params[i].label, x + 16, y, w - 16) + 1;
    return y - y0 + 14;
}

void screen_assumptions(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    ui_heading(app, _("The model's assumptions"), rl_text(rl_scenario(app->s)->name));
    float bottom = app->lh - 74, x = 24, w = app->lw - 48;
    Rect view = rect(x, 80, w, bottom - 80 - 8);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_ASSUMPTIONS]);
    float y = sc.y0;
    y += draw_wrapped(app, FONT_SMALL,
                      _("What the game takes as given, in plain words, with the sources each assumption rests on "
                      "and the parameters behind it: the value this scenario plays with and the range the sources "
                      "leave plausible. A sweep plays a scenario across a parameter's range and shows how the "
                      "outcomes move (redline sweep); docs/model.md lists every parameter with its basis."),
                      x, y, w - 24, p->dim) + 14;
    for (size_t i = 0; i < sizeof assumptions / sizeof *assumptions; i++)
        y += assumption_block(app, &assumptions[i], x, y, w - 24);
    scroll_end(app, &sc, y - sc.y0);
    if (ui_button_primary(app, rect(app->lw - 24 - 200, app->lh - 62, 200, 44), _("Back"), true) ||
        ui_key(app, SDLK_ESCAPE))
        ui_goto(app, app->back_from_assumptions);
}
