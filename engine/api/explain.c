/* The front door: numbers and words as players read them, the events that
 * fired, a side's objectives as it knows them, the model's assumptions. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../report/report.h"
#include "../script/session.h"

void rl_format(Var v, double x, char *out, size_t cap) { var_format(v, x, out, cap); }
void rl_format_delta(Var v, double d, char *out, size_t cap) { var_format_delta(v, d, out, cap); }
double rl_shown(Var v, double x) { return var_shown(v, x); }
const char *rl_unit(Var v) { return var_unit_text(v); }

int rl_event(const Session *s, int index, EventInfo *out)
{
    memset(out, 0, sizeof *out);
    if (index < 0 || index >= s->nevents)
        return -1;
    const SessionEvent *e = &s->events[index];
    snprintf(out->id, sizeof out->id, "%s", e->id);
    snprintf(out->text, sizeof out->text, "%s", e->text);
    snprintf(out->sources, sizeof out->sources, "%s", e->sources);
    out->nconditions = e->nconditions;
    for (int i = 0; i < e->nconditions && i < MAX_PREREQS; i++)
        out->condition[i] = e->condition[i];
    snprintf(out->on, sizeof out->on, "%s", e->on);
    out->chance = e->has_chance ? e->chance : 1;
    out->once = e->once;
    return 0;
}

/* The variable that leads to an outcome, and which way. */
static int outcome_var(Outcome o, int *want)
{
    switch (o) {
    case OUT_AGREEMENT: *want = 1; return V_TALKS_PROGRESS;
    case OUT_WAR: *want = 1; return V_ESCALATION;
    case OUT_COLLAPSE: *want = -1; return V_STABILITY;
    case OUT_BREAKOUT: *want = -1; return V_BREAKOUT;
    default: *want = 0; return -1;
    }
}

static double met_share(const Objective *o, double x)
{
    if (isnan(x))
        return NAN;
    double met = (x - o->worst) / (o->best - o->worst);
    return 100 * (met < 0 ? 0 : met > 1 ? 1 : met);
}

int rl_objective(const Session *s, int viewer, Actor side, int i, ObjectiveStatus *out)
{
    memset(out, 0, sizeof *out);
    if (side >= ACTOR_COUNT || i < 0 || i >= s->scenario.nobjectives[side])
        return -1;
    const Objective *o = &s->scenario.objectives[side][i];
    int turn = s->game.world.turn;
    out->objective = o;
    if (o->var >= 0) {
        out->var = o->var;
        out->want = o->best > o->worst ? 1 : -1;
    } else {
        out->var = outcome_var((Outcome)o->outcome, &out->want);
    }
    out->value = out->before = out->met = out->met_before = NAN;
    if (out->var >= 0) {
        out->value = rl_value(s, viewer, turn, (Var)out->var, &out->sd);
        if (turn > 0)
            out->before = rl_value(s, viewer, turn - 1, (Var)out->var, NULL);
    }
    if (o->var >= 0) {
        out->met = met_share(o, out->value);
        out->met_before = met_share(o, out->before);
    } else if (session_over(s) && (viewer == VIEW_TRUTH || viewer == (int)side)) {
        out->met = 100.0 * (s->game.world.outcome == (Outcome)o->outcome);
    }
    return 0;
}

/* The parts of the model in params.def's order: each group starts at its
 * first parameter. */
const char *rl_param_group(Param p)
{
    static const struct {
        Param first;
        const char *title;
    } groups[] = {
        { P_EXPORT_MAX, "The economy" }, { P_GRIEV_BASE, "Protest" },
        { P_STAB_PROTEST, "The regime's hold" }, { P_ENRICH_RATE, "The nuclear programme" },
        { P_OIL_BASE, "Oil and Hormuz" }, { P_AUDIENCE_GROWTH, "US politics" }, { P_TALKS_RATE, "The talks" },
        { P_ESC_SCALE, "The escalation ladder" }, { P_FACTION_DRIFT, "Iran's factions" }, { 0, NULL },
    };
    const char *title = "The model";
    for (size_t i = 0; groups[i].title; i++)
        if (p >= groups[i].first)
            title = groups[i].title;
    return title;
}
