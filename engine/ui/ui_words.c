/* The words and numbers the window shows: variables' names as players read
 * them, values and changes (the engine's own formatting, through the front
 * door, so a change always agrees with its two values), where news happens
 * on the map, the sides' names and colours, the ladder's rungs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

const char *ui_var_label(int v)
{
    return rl_var_label((Var)v);
}

/* The story's records (vars.def) keep the highest, lowest or mean of a
 * variable the game moves: what moved a record is what moved that one. -1
 * for a variable that is no record. */
int ui_record_follows(int v)
{
    static const struct {
        Var record, follows;
    } records[] = {
        { V_BOMB_PROGRESS, V_COVERT }, { V_OIL_MEAN, V_OIL_PRICE }, { V_ESCALATION_PEAK, V_ESCALATION },
        { V_STABILITY_LOW, V_STABILITY }, { V_DEAL_VALUE, V_TALKS_PROGRESS }, { V_RELIEF_UNEARNED, V_RELIEF },
        { V_DETERRENCE_LOW, V_DETERRENCE }, { V_PENALTY_COST, V_COMPLIANCE }, { V_CHINA_CRUDE, V_COMPLIANCE },
    };
    for (size_t i = 0; i < sizeof records / sizeof *records; i++)
        if ((int)records[i].record == v)
            return (int)records[i].follows;
    return -1;
}

static const char *const talks_names[] = { N_("none"), N_("back-channel"), N_("direct"), N_("agreement") };
static const char *const demand_names[] = { N_("nuclear only"), N_("+ missiles"), N_("+ proxies"), N_("regime change") };
static const char *const enrich_names[] = { N_("frozen"), N_("steady"), N_("expanded") };

/* A value as the player reads it: the engine's numbers, the stages of the
 * talks, the demands and enrichment in words, "secret" for what the viewer
 * does not know. */
void ui_format_value(int v, double x, char *out, size_t cap)
{
    const char *u = var_info[v].unit;
    if (isnan(x)) {
        snprintf(out, cap, "%s", _("secret"));
        return;
    }
    int r = (int)lround(x);
    if (strcmp(u, "stage 0-3") == 0 && r >= 0 && r <= 3) ui_copy(out, cap, _(talks_names[r]));
    else if (strcmp(u, "level 0-3") == 0 && r >= 0 && r <= 3) ui_copy(out, cap, _(demand_names[r]));
    else if (strcmp(u, "level 0-2") == 0 && r >= 0 && r <= 2) ui_copy(out, cap, _(enrich_names[r]));
    else if (v == V_BREAKOUT && x >= var_info[v].max - 1) ui_copy(out, cap, _("none"));
    else if (v == V_RIAL) snprintf(out, cap, _("%.2fM"), rl_shown((Var)v, x) / 1000);
    else rl_format((Var)v, x, out, cap);
}

/* The change from a to b as the player reads it: the difference of the two
 * values as shown, so "60 → 57" says −3, never −3.4. */
void ui_format_change(int v, double a, double b, char *out, size_t cap)
{
    rl_format_delta((Var)v, rl_shown((Var)v, b) - rl_shown((Var)v, a), out, cap);
}

/* A change in v's units ("+3 pts", "−$1.2"). One too small for v's usual
 * decimals keeps the digits it needs ("+0.04", not "+0"): an effect that
 * moves a number a little must not read as one that does nothing. */
void ui_format_delta(int v, double d, char *out, size_t cap)
{
    rl_format_delta((Var)v, d, out, cap);
    if (d == 0 || !isfinite(d) || rl_shown((Var)v, d) != 0)
        return;
    char big[40];
    rl_format((Var)v, 1000, big, sizeof big);   /* how the display scales v: "1000", "1.00M", "100000%" */
    char *num = big + strcspn(big, "0123456789");
    double shown = fabs(d) * strtod(num, NULL) / 1000;
    size_t at = strcspn(out, "0123456789"), run = strspn(out + at, "0123456789.");
    if (!out[at] || out[0] != '+' || !(shown > 0))
        return;     /* rounded to nothing, the engine wrote "+", its prefix, "0..." and the unit */
    int decimals = (int)ceil(-log10(shown));
    char coarse[48];
    ui_copy(coarse, sizeof coarse, out);
    snprintf(out, cap, "%s%.*s%.*f%s", d < 0 ? "\u2212" : "+", (int)at - 1, coarse + 1,
             decimals < 1 ? 1 : decimals > 6 ? 6 : decimals, shown, coarse + at + run);
}

/* A move on the ladder, to a tenth of a rung: "+0.3", "−1.2", "±0.0". */
const char *ui_ladder_move(double d, char *out, size_t cap)
{
    if (rl_shown(V_ESCALATION, d) == 0)
        ui_copy(out, cap, "±0.0");
    else
        rl_format_delta(V_ESCALATION, d, out, cap);
    return out;
}

/* What a player should know of v: what moved it last week (as the viewer
 * may know it), what it is, its unit and source, and whether the number is
 * the truth or an estimate. */
void ui_var_tooltip(App *app, int v, char *out, size_t cap)
{
    const VarInfo *vi = &var_info[v];
    size_t n = 0;
    out[0] = '\0';
    if (app->s) {
        ui_causes_text(app, v, rl_turn(app->s), out, cap);
        n = strlen(out);
        if (n && n < cap)
            n += (size_t)snprintf(out + n, cap - n, "\n\n");
    }
    char named[400];
    if (n < cap)
        n += (size_t)snprintf(out + n, cap - n, _("%s. Measured in %s. Source: %s."), rl_text(vi->description),
                              rl_unit((Var)v), rl_sources_text(vi->sources, named, sizeof named));
    int viewer = ui_viewer(app);
    double sd;
    double x = app->s ? ui_value(app, rl_turn(app->s), v, &sd) : 0;
    if (n < cap && app->s) {
        if (isnan(x))
            snprintf(out + n, cap - n, "\n%s", _("Secret: only its owner knows it."));
        else if (sd > 0)
            snprintf(out + n, cap - n, _("\nYou cannot see it: this is your intelligence estimate, give or take %.3g "
                                         "(intelligence actions narrow it)."), sd);
        else if (viewer != VIEW_TRUTH && vi->visibility != PUBLIC)
            snprintf(out + n, cap - n, "\n%s", _("Only you see the true value."));
    }
}

/* Where a news item happens on the map: by action, then by words in it,
 * then by who did it. NULL: nowhere on this map (Washington, Brussels...). */
const char *ui_point_for_news(const Catalogue *cat, const News *n)
{
    static const struct {
        const char *action, *point;
    } by_action[] = {
        { "strike_nuclear", "FORDOW" }, { "israel_strike", "NATANZ" }, { "israel_sabotage", "NATANZ" },
        { "strike_campaign", "ISFAHAN" }, { "expand_enrichment", "FORDOW" }, { "freeze_enrichment", "FORDOW" },
        { "covert_work", "ISFAHAN" }, { "full_inspections", "NATANZ" }, { "nuclear_concession", "NATANZ" },
        { "declare_weapon", "ISFAHAN" }, { "harass_shipping", "HORMUZ" }, { "close_hormuz", "HORMUZ" },
        { "houthi_shipping", "SANAA" }, { "proxy_attack_us", "BAGHDAD" }, { "strike_proxies", "SANAA" },
        { "israel_strike_hezbollah", "BEIRUT" }, { "strike_israel", "TELAVIV" }, { "strike_us_bases", "DOHA" },
        { "token_retaliation", "DOHA" }, { "deploy_forces", "MANAMA" }, { "stand_down", "MANAMA" },
        { "military_exercise", "BANDAR_ABBAS" }, { "missile_display", "TEHRAN" }, { "aerospace_show", "TEHRAN" },
        { "israel_prepare", "TELAVIV" }, { "israel_hold", "TELAVIV" }, { "green_light_israel", "TELAVIV" },
        { "gulf_mediate", "MUSCAT" }, { "gulf_outreach", "RIYADH" }, { "gulf_pump", "RIYADH" },
        { "gulf_deny_airspace", "RIYADH" }, { "gulf_host_us", "DOHA" }, { "court_china", "KHARG" },
        { "china_buy", "KHARG" }, { "china_comply", "KHARG" }, { "enforce_sanctions", "KHARG" },
        { "activate_proxies", "BEIRUT" }, { "restrain_proxies", "BAGHDAD" }, { "proxy_pause", "BAGHDAD" },
        { "proxy_rearm", "BEIRUT" },
    };
    static const struct {
        const char *word, *point;
    } by_word[] = {
        { "Hormuz", "HORMUZ" }, { "tanker", "HORMUZ" }, { "Oman", "MUSCAT" }, { "Qatar", "DOHA" },
        { "IAEA", "NATANZ" }, { "covert", "ISFAHAN" }, { "Houthi", "SANAA" }, { "Hezbollah", "BEIRUT" },
        { "Israel", "TELAVIV" }, { "Iraq", "BAGHDAD" }, { "street", "TEHRAN" }, { "protest", "TEHRAN" },
        { "mourning", "TEHRAN" }, { "security units", "TEHRAN" }, { "phone", "TEHRAN" }, { "internet", "TEHRAN" },
        { "Islamic Republic", "TEHRAN" }, { "Tehran", "TEHRAN" },
    };
    if (n->action >= 0 && n->action < cat->count) {
        const char *id = cat->actions[n->action].id;
        for (size_t i = 0; i < sizeof by_action / sizeof *by_action; i++)
            if (strcmp(id, by_action[i].action) == 0)
                return by_action[i].point;
    }
    for (size_t i = 0; i < sizeof by_word / sizeof *by_word; i++)
        if (strstr(n->text, by_word[i].word))
            return by_word[i].point;
    switch (n->actor) {
    case IRAN: case IRGC: case PROTESTERS: return "TEHRAN";
    case ISRAEL: return "TELAVIV";
    case PROXIES: return "BAGHDAD";
    case GULF: return "RIYADH";
    default: return NULL;
    }
}

SDL_Color ui_actor_colour(const App *app, int actor)
{
    const Palette *p = &app->pal;
    switch (actor) {
    case US: return p->us;
    case IRAN: case IRGC: return p->iran;
    case PROXIES: return p->proxies;
    case PROTESTERS: return p->protesters;
    case ISRAEL: case EUROPE: case CHINA: case GULF: return p->neutral;
    default: return p->world;
    }
}

static const char *const ladder_short[11] = {
    N_("Deal"), N_("Friction"), N_("Sanctions"), N_("Threats"), N_("Cut-off"), N_("Show of force"), N_("Seizures"), N_("Limited strikes"),
    N_("Strike campaign"), N_("Regional war"), N_("Full war"),
};

static const char *const ladder_long[11] = {
    N_("Cooperation or agreement."), N_("Diplomatic friction."), N_("Sanctions and gestures."),
    N_("Solemn threats and ultimatums."), N_("Hardening: talks are cut off."), N_("Show of force: forces move into theatre."),
    N_("Harassment: seizures, cyber attacks, proxy attacks."), N_("Limited strikes."),
    N_("A strike campaign, or retaliation on bases."), N_("Closure of Hormuz, regional war."),
    N_("Full-scale war: the game ends."),
};

const char *ui_ladder_label(int rung) { return rung >= 0 && rung <= 10 ? _(ladder_short[rung]) : ""; }
const char *ui_ladder_text(int rung) { return rung >= 0 && rung <= 10 ? _(ladder_long[rung]) : ""; }

void ui_team_label(const App *app, Actor a, char *out, size_t cap)
{
    const char *team = app->s && a < ACTOR_COUNT ? rl_team(app->s, a) : "";
    if (team[0])
        snprintf(out, cap, "%s (%s)", rl_text(actor_title(a)), team);
    else
        snprintf(out, cap, "%s", rl_text(actor_title(a)));
}

void ui_side_name(const App *app, char *out, size_t cap)
{
    Actor a = app->hotseat ? app->current : app->side;
    char who[120];
    ui_team_label(app, a, who, sizeof who);
    if (app->hotseat)
        snprintf(out, cap, _("Hot-seat: %s"), who);
    else
        snprintf(out, cap, _("You play %s"), a == US ? _("the United States") : who);
}

static const char *const side_titles[ACTOR_COUNT] = {
    N_("the United States"), N_("Iran"), N_("Israel"), N_("the protesters"), N_("the IRGC"), N_("the proxies"), N_("Europe"), N_("China"),
    N_("the Gulf states"),
};
static const char *const possessives[ACTOR_COUNT] = {
    N_("the United States'"), N_("Iran's"), N_("Israel's"), N_("the protesters'"), N_("the IRGC's"), N_("the proxies'"), N_("Europe's"),
    N_("China's"), N_("the Gulf states'"),
};

/* "the United States'" / "Iran's": for sentences about a side. */
const char *ui_possessive(Actor a)
{
    return a < ACTOR_COUNT ? _(possessives[a]) : _("the world's");
}

const char *ui_side_title(Actor a)
{
    return a < ACTOR_COUNT ? _(side_titles[a]) : _("the world");
}

/* What playing a role means, for the new game screen's tooltips. */
const char *ui_role_text(Actor a)
{
    static const char *const t[ACTOR_COUNT] = {
        N_("The President: weigh the hawks against the deal-makers, keep approval, allies and credibility, and keep "
        "Iran from the bomb."),
        N_("The Supreme Leader's office: keep the regime standing and the factions together (the IRGC, the "
        "pragmatists), keep deterrence, win relief."),
        N_("Israel's cabinet: prepare strike packages, sabotage the programme, strike the nuclear sites or "
        "Hezbollah, or hold fire at Washington's request."),
        N_("The protest movement: call nationwide protests and strikes, appeal to the world, or stay home and wait, "
        "under the threat of the crackdown."),
        N_("The Revolutionary Guards: send the Basij into the streets, purge wavering officers, pay the security "
        "forces, show off the missiles."),
        N_("Hezbollah, the Houthis and the Iraqi militias: attack US bases or Red Sea shipping, rearm, or observe a "
        "pause."),
        N_("The European capitals: condemn the crackdown, trigger the UN snapback, offer good offices, protest the "
        "US tariffs."),
        N_("Beijing: keep buying discounted Iranian crude, cut purchases to dodge US tariffs, call for restraint."),
        N_("Oman, Qatar, Riyadh: host talks, pump more oil, deny airspace for strikes, or host more US forces."),
    };
    return a < ACTOR_COUNT ? _(t[a]) : "";
}

/* The date a turn starts on, as the language writes it (rl_date_text). */
const char *ui_date(App *app, int turn, char *out, size_t cap)
{
    char iso[16];
    game_date(rl_scenario(app->s), turn, iso);
    return rl_date_text(iso, out, cap);
}
