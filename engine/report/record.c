/* A game as JSON: the document `redline run --json` prints, and the full
 * record of the after-action report. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "report.h"

static double round4(double x)
{
    const double scale = 1e4;      /* RECORD_DECIMALS */
    return round(x * scale) / scale;
}

static void add_hash(cJSON *obj, const char *key, uint64_t h)
{
    char buf[17];
    snprintf(buf, sizeof buf, "%016" PRIx64, h);
    cJSON_AddStringToObject(obj, key, buf);
}

static cJSON *indicators_json(const double *v)
{
    cJSON *obj = cJSON_CreateObject();
    for (int i = 0; i < VAR_COUNT; i++)
        if (!(var_info[i].flags & TRANSIENT))
            cJSON_AddNumberToObject(obj, var_info[i].name, round4(v[i]));
    return obj;
}

static cJSON *factions_json(unsigned mask)
{
    cJSON *list = cJSON_CreateArray();
    for (int f = 0; f < FACTION_COUNT; f++)
        if (mask & (1u << f))
            cJSON_AddItemToArray(list, cJSON_CreateString(faction_name((Faction)f)));
    return list;
}

static cJSON *order_json(const Session *s, const Order *o)
{
    const Action *act = &s->catalogue.actions[o->action];
    cJSON *obj = cJSON_CreateObject();
    cJSON_AddStringToObject(obj, "actor", actor_name((Actor)o->actor));
    cJSON_AddStringToObject(obj, "action", act->id);
    cJSON_AddStringToObject(obj, "name", act->name);
    cJSON_AddBoolToObject(obj, "secret", act->secret);
    cJSON_AddItemToObject(obj, "backed_by", factions_json(act->backs));
    cJSON_AddItemToObject(obj, "opposed_by", factions_json(act->opposes));
    cJSON *rules = cJSON_AddArrayToObject(obj, "rules");
    for (int k = 0; k < o->nrules; k++) {
        const Rule *r = &s->rulebook.rules[o->rules[k]];
        cJSON *rule = cJSON_CreateObject();
        cJSON_AddStringToObject(rule, "id", r->id);
        cJSON_AddStringToObject(rule, "reason", r->reason);
        cJSON_AddStringToObject(rule, "sources", r->sources);
        cJSON_AddItemToArray(rules, rule);
    }
    return obj;
}

static cJSON *turn_json(const Session *s, int t)
{
    const History *h = &s->game.history;
    const TurnRecord *rec = &h->turns[t];
    char date[16];
    game_date(&s->scenario, t + 1, date);
    cJSON *obj = cJSON_CreateObject();
    cJSON_AddNumberToObject(obj, "turn", t + 1);
    cJSON_AddStringToObject(obj, "date", date);
    cJSON *orders = cJSON_AddArrayToObject(obj, "orders");
    for (int i = 0; i < rec->norders; i++)
        cJSON_AddItemToArray(orders, order_json(s, &h->orders[rec->first_order + i]));
    cJSON *news = cJSON_AddArrayToObject(obj, "news");
    for (int i = 0; i < rec->nnews; i++)
        cJSON_AddItemToArray(news, cJSON_CreateString(h->news[rec->first_news + i].text));
    cJSON_AddItemToObject(obj, "indicators", indicators_json(rec->v));
    cJSON_AddItemToObject(obj, "causes", causes_json(s, t + 1));
    add_hash(obj, "state_hash", rec->hash);
    return obj;
}

static cJSON *score_json(const Session *s, Actor a)
{
    double parts[MAX_OBJECTIVES];
    cJSON *obj = cJSON_CreateObject();
    cJSON_AddNumberToObject(obj, "total", round4(game_score(&s->game, a, parts)));
    cJSON *list = cJSON_AddArrayToObject(obj, "objectives");
    for (int i = 0; i < s->scenario.nobjectives[a]; i++) {
        cJSON *item = cJSON_CreateObject();
        cJSON_AddStringToObject(item, "id", s->scenario.objectives[a][i].id);
        cJSON_AddStringToObject(item, "text", s->scenario.objectives[a][i].text);
        cJSON_AddNumberToObject(item, "weight", s->scenario.objectives[a][i].weight);
        cJSON_AddNumberToObject(item, "met", round4(parts[i]));
        cJSON_AddItemToArray(list, item);
    }
    return obj;
}

/* The document's members before its log. */
static cJSON *game_head_json(const Session *s)
{
    const Game *g = &s->game;
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "scenario", s->scenario.id);
    cJSON_AddNumberToObject(doc, "seed", (double)g->seed);
    cJSON_AddNumberToObject(doc, "turns", g->world.turn);
    cJSON_AddStringToObject(doc, "outcome", outcome_name(g->world.outcome));
    add_hash(doc, "state_hash", world_hash(&g->world));
    cJSON_AddItemToObject(doc, "start", indicators_json(s->scenario.initial));
    cJSON_AddItemToObject(doc, "final", indicators_json(g->world.v));
    cJSON *score = cJSON_AddObjectToObject(doc, "score");
    cJSON *detail = cJSON_AddObjectToObject(doc, "objectives");
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (s->scenario.nobjectives[a] == 0)
            continue;
        cJSON *one = score_json(s, (Actor)a);
        cJSON_AddNumberToObject(score, actor_name((Actor)a), cJSON_GetObjectItem(one, "total")->valuedouble);
        cJSON_AddItemToObject(detail, actor_name((Actor)a), one);
    }
    return doc;
}

/* The members after the log into doc: the game's warnings, and for the full
 * record the interventions, the teams and the debrief questions. */
static void add_tail(const Session *s, RecordKind kind, cJSON *doc)
{
    cJSON *warnings = cJSON_AddArrayToObject(doc, "warnings");
    for (int i = 0; i < s->nwarnings; i++)
        cJSON_AddItemToArray(warnings, cJSON_CreateString(s->warnings[i]));
    if (kind != RECORD_FULL)
        return;
    cJSON_AddStringToObject(doc, "record", "redline/1");
    cJSON_AddStringToObject(doc, "name", s->scenario.name);
    cJSON *interventions = cJSON_AddArrayToObject(doc, "interventions");
    for (int i = 0; i < s->game.history.ninterventions; i++) {
        const Intervention *iv = &s->game.history.interventions[i];
        cJSON *item = cJSON_CreateObject();
        cJSON_AddNumberToObject(item, "turn", iv->turn);
        cJSON_AddStringToObject(item, "kind", intervention_name(iv->kind));
        cJSON_AddStringToObject(item, "text", iv->text);
        cJSON_AddStringToObject(item, "reason", iv->reason);
        cJSON_AddItemToArray(interventions, item);
    }
    cJSON *teams = cJSON_AddObjectToObject(doc, "teams");
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (s->team[a][0])
            cJSON_AddStringToObject(teams, actor_name((Actor)a), s->team[a]);
    cJSON *debrief = cJSON_AddArrayToObject(doc, "debrief");
    for (int i = 0; i < s->scenario.ndebrief; i++)
        cJSON_AddItemToArray(debrief, cJSON_CreateString(s->scenario.debrief[i]));
}

static cJSON *whole_json(const Session *s, RecordKind kind)
{
    cJSON *doc = game_head_json(s);
    cJSON *log = cJSON_AddArrayToObject(doc, "log");
    for (int t = 0; t < s->game.history.nturns; t++)
        cJSON_AddItemToArray(log, turn_json(s, t));
    add_tail(s, kind, doc);
    return doc;
}

cJSON *game_to_json(const Session *s)
{
    return whole_json(s, RECORD_GAME);
}

cJSON *record_to_json(const Session *s)
{
    return whole_json(s, RECORD_FULL);
}

/* ---- the same document, printed as it is made -------------------------------- */

/* Prints part (then frees it), a part of the document inside containers
 * like the ones it sits in there, so that cJSON prints it at its depth: its
 * text without those containers' own `open` and `close`. */
static int put_part(FILE *out, cJSON *part, const char *open, const char *close)
{
    char *text = part ? cJSON_Print(part) : NULL;
    cJSON_Delete(part);
    if (!text)
        return -1;
    size_t len = strlen(text), head = strlen(open), tail = strlen(close);
    bool ok = len >= head + tail && strncmp(text, open, head) == 0 && strcmp(text + len - tail, close) == 0 &&
              fwrite(text + head, 1, len - head - tail, out) == len - head - tail;
    cJSON_free(text);
    return ok ? 0 : -1;
}

/* Turn t in the "log" array of an object of its own, as it sits in the
 * document. */
static cJSON *turn_part(const Session *s, int t)
{
    cJSON *part = cJSON_CreateObject(), *turn = turn_json(s, t);
    if (cJSON_AddItemToArray(cJSON_AddArrayToObject(part, "log"), turn))
        return part;
    cJSON_Delete(turn);
    cJSON_Delete(part);
    return NULL;
}

/* The document as cJSON_Print(whole_json(s, kind)) prints it, a turn at a
 * time instead of all of it in memory: the members before the log, printed
 * as an object without its closing brace; each turn as turn_part prints it,
 * without its object and array; the members after the log as an object
 * without its opening brace. */
int record_write(const Session *s, RecordKind kind, FILE *out)
{
#define LOG_OPEN "\t\"log\":\t["
    int rc = put_part(out, game_head_json(s), "", "\n}");
    rc |= fputs(",\n" LOG_OPEN, out) < 0 ? -1 : 0;
    for (int t = 0; t < s->game.history.nturns && rc == 0; t++) {
        if (t > 0)
            rc |= fputs(", ", out) < 0 ? -1 : 0;
        rc |= put_part(out, turn_part(s, t), "{\n" LOG_OPEN, "]\n}");
    }
#undef LOG_OPEN
    rc |= fputs("],\n", out) < 0 ? -1 : 0;
    cJSON *tail = cJSON_CreateObject();
    if (tail)
        add_tail(s, kind, tail);
    return rc | put_part(out, tail, "{\n", "");
}
