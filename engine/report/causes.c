/* The ledger as the record, the story and the report read it: causes
 * named as a player reads them, and amounts rounded so that they still add
 * up to the rounded change. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

static const char *event_field(const Session *s, int index, int field)
{
    if (index < 0 || index >= s->nevents)
        return "";
    const SessionEvent *e = &s->events[index];
    return field == 0 ? e->id : field == 1 ? e->text : e->sources;
}

static const Order *cause_order(const Session *s, int turn, Cause c)
{
    const History *h = &s->game.history;
    if (c.kind != CAUSE_ORDER || turn < 1 || turn > h->nturns || c.index >= h->turns[turn - 1].norders)
        return NULL;
    return &h->orders[h->turns[turn - 1].first_order + c.index];
}

void cause_label(const Session *s, int turn, Cause c, char *out, size_t size)
{
    const Order *o = cause_order(s, turn, c);
    const History *h = &s->game.history;
    switch ((CauseKind)c.kind) {
    case CAUSE_ORDER:
        if (o)
            /* TRANSLATORS: a cause: who gave the order, then the order */
            snprintf(out, size, _("%s: %s"), rl_text(actor_title((Actor)o->actor)),
                     rl_text(s->catalogue.actions[o->action].name));
        else
            snprintf(out, size, "%s", _("an order"));
        return;
    case CAUSE_EVENT: {
        const char *text = event_field(s, c.index, 1);
        snprintf(out, size, "%s", *text ? rl_text(text) : event_field(s, c.index, 0));
        size_t len = strlen(out);
        if (len > 1 && out[len - 1] == '.')
            out[len - 1] = '\0';   /* a news line's full stop, within a list */
        return;
    }
    case CAUSE_DYNAMIC:
        snprintf(out, size, "%s", rl_text(dynamic_title((Dynamic)c.index)));
        return;
    case CAUSE_FACILITATOR:
        if (c.index < h->ninterventions) {
            char did[NEWS_LEN + 120];
            /* TRANSLATORS: the kind of intervention ("Inject", "Value set"), then what it did */
            snprintf(out, size, _("the facilitator (%s): %s"), rl_intervention_title(h->interventions[c.index].kind),
                     rl_intervention_text(&h->interventions[c.index], did, sizeof did));
        } else
            snprintf(out, size, "%s", _("the facilitator"));
        return;
    case CAUSE_RANGE: snprintf(out, size, "%s", _("held within its range")); return;
    case CAUSE_NEW_WEEK: snprintf(out, size, "%s", _("a new week: last week's signals cleared")); return;
    case CAUSE_UNSEEN: snprintf(out, size, "%s", _("causes you cannot see")); return;
    case CAUSE_KINDS: break;
    }
    snprintf(out, size, "?");
}

/* Round the n parts to whole units of 10^-decimals so that they sum to the
 * change of the rounded values: each part to its nearest unit, then the
 * units rounding lost or gained go to the parts it moved most (largest
 * remainder). Parts that round to nothing are dropped. */
static int round_parts(CausePart *parts, int n, double before, double after, int decimals)
{
    double scale = pow(10, decimals);
    long long target = llround(after * scale) - llround(before * scale), sum = 0;
    long long units[LEDGER_MAX_PARTS];
    double rest[LEDGER_MAX_PARTS];
    for (int i = 0; i < n; i++) {
        units[i] = llround(parts[i].amount * scale);
        rest[i] = parts[i].amount * scale - (double)units[i];
        sum += units[i];
    }
    while (sum != target && n > 0) {
        int dir = target > sum ? 1 : -1, best = 0;
        for (int i = 1; i < n; i++)
            if (rest[i] * dir > rest[best] * dir)
                best = i;
        units[best] += dir;
        rest[best] -= dir;
        sum += dir;
    }
    int kept = 0;
    for (int i = 0; i < n; i++)
        if (units[i] != 0)
            parts[kept++] = (CausePart){ parts[i].cause, (double)units[i] / scale };
    return kept;
}

int causes_rounded(const Session *s, int turn, Var v, int viewer, int decimals, CausePart *out, int max)
{
    const History *h = &s->game.history;
    int n = ledger_parts(&s->game, turn, v, viewer, out, max < LEDGER_MAX_PARTS ? max : LEDGER_MAX_PARTS);
    if (n == 0)
        return 0;
    double before = turn > 1 ? h->turns[turn - 2].v[v] : s->scenario.initial[v], after = h->turns[turn - 1].v[v];
    if (!isfinite(before) || !isfinite(after))
        return 0;
    return round_parts(out, n, before, after, decimals);
}

static cJSON *part_json(const Session *s, int turn, const CausePart *p)
{
    cJSON *obj = cJSON_CreateObject();
    char label[NEWS_LEN + 80];
    cause_label(s, turn, p->cause, label, sizeof label);
    cJSON_AddStringToObject(obj, "cause", cause_kind_name((CauseKind)p->cause.kind));
    cJSON_AddNumberToObject(obj, "amount", p->amount);
    cJSON_AddStringToObject(obj, "label", label);
    const Order *o = cause_order(s, turn, p->cause);
    if (o) {
        const Action *act = &s->catalogue.actions[o->action];
        cJSON_AddStringToObject(obj, "actor", actor_name((Actor)o->actor));
        cJSON_AddStringToObject(obj, "action", act->id);
        cJSON_AddBoolToObject(obj, "secret", act->secret);
        cJSON *rules = cJSON_AddArrayToObject(obj, "rules");
        for (int k = 0; k < o->nrules; k++)
            cJSON_AddItemToArray(rules, cJSON_CreateString(s->rulebook.rules[o->rules[k]].id));
        cJSON_AddStringToObject(obj, "sources", act->sources);
    } else if (p->cause.kind == CAUSE_EVENT) {
        cJSON_AddStringToObject(obj, "event", event_field(s, p->cause.index, 0));
        cJSON_AddStringToObject(obj, "sources", event_field(s, p->cause.index, 2));
    } else if (p->cause.kind == CAUSE_DYNAMIC) {
        cJSON_AddStringToObject(obj, "dynamic", dynamic_name((Dynamic)p->cause.index));
    } else if (p->cause.kind == CAUSE_FACILITATOR) {
        cJSON_AddNumberToObject(obj, "intervention", p->cause.index);
    }
    return obj;
}

cJSON *causes_json(const Session *s, int turn)
{
    cJSON *obj = cJSON_CreateObject();
    for (int v = 0; v < VAR_COUNT; v++) {
        if (var_info[v].flags & TRANSIENT)
            continue;
        CausePart parts[LEDGER_MAX_PARTS];
        int n = causes_rounded(s, turn, (Var)v, NOBODY, RECORD_DECIMALS, parts, LEDGER_MAX_PARTS);
        if (n == 0)
            continue;
        cJSON *list = cJSON_AddArrayToObject(obj, var_info[v].name);
        for (int i = 0; i < n; i++)
            cJSON_AddItemToArray(list, part_json(s, turn, &parts[i]));
    }
    return obj;
}

/* Largest first; equal ones in the order of their causes. */
static int by_size(const void *a, const void *b)
{
    const CausePart *p = a, *q = b;
    double x = fabs(p->amount), y = fabs(q->amount);
    if (x != y)
        return (x < y) - (x > y);
    uint32_t c = (uint32_t)p->cause.kind << 24 | (uint32_t)p->cause.actor << 16 | p->cause.index;
    uint32_t d = (uint32_t)q->cause.kind << 24 | (uint32_t)q->cause.actor << 16 | q->cause.index;
    return (c > d) - (c < d);
}

void causes_line(const Session *s, int turn, Var v, int viewer, int most, char *out, size_t size)
{
    CausePart parts[LEDGER_MAX_PARTS];
    int n = causes_rounded(s, turn, v, viewer, var_raw_decimals(v), parts, LEDGER_MAX_PARTS);
    qsort(parts, (size_t)n, sizeof *parts, by_size);
    size_t used = 0;
    out[0] = '\0';
    double rest = 0;
    for (int i = 0; i < n; i++) {
        if (i >= most) {
            rest += parts[i].amount;
            continue;
        }
        char label[NEWS_LEN + 80], amount[48];
        cause_label(s, turn, parts[i].cause, label, sizeof label);
        var_format_delta(v, parts[i].amount, amount, sizeof amount);
        /* TRANSLATORS: one cause in a list of causes, and the change it made: "oil market +2.5" */
        used += (size_t)snprintf(out + used, used < size ? size - used : 0, i ? _(", %s %s") : _("%s %s"), label,
                                 amount);
    }
    if (n > most) {
        char amount[48];
        var_format_delta(v, rest, amount, sizeof amount);
        snprintf(out + (used < size ? used : size - 1), used < size ? size - used : 1,
                 ngettext(", %d more %s", ", %d more %s", (unsigned long)(n - most)), n - most, amount);
    }
}

void conflict_text(const Session *s, const Order *orders, const Conflict *c, char *out, size_t size)
{
    const char *first = rl_text(s->catalogue.actions[orders[c->first].action].name);
    const char *second = rl_text(s->catalogue.actions[orders[c->second].action].name);
    /* TRANSLATORS: two orders of one side, then the variable's label ("Oil price (Brent)") */
    if (c->kind == CONFLICT_OPPOSED)
        snprintf(out, size, _("%s and %s push %s opposite ways"), first, second, rl_var_label((Var)c->var));
    else
        snprintf(out, size, _("%s undoes what %s needs (%s)"), first, second, rl_var_label((Var)c->var));
}
