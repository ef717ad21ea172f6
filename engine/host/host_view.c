/* A team's view as the page receives it (docs/network.md, "What the host
 * sends"): built only from the door's answers for that team's actor as the
 * viewer, so a page can show no more than the actor may know. Its words are
 * in the host's language (rl_text), which it names (lang) for the page. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "host_impl.h"

#define NEWS_WEEKS 3            /* the weeks of news and moves a page shows */

static cJSON *message(const char *type, long seq)
{
    cJSON *m = cJSON_CreateObject();
    cJSON_AddNumberToObject(m, "v", NET_VERSION);
    cJSON_AddStringToObject(m, "type", type);
    if (seq > 0)
        cJSON_AddNumberToObject(m, "seq", (double)seq);
    return m;
}

static char *finish(cJSON *m)
{
    char *text = cJSON_PrintUnformatted(m);
    cJSON_Delete(m);
    return text;
}

/* A text of the game for the page, its numbers in the host's language's
 * digits (rl_digits_text, as the window and the report write them). */
static void add_text(cJSON *o, const char *key, const char *text)
{
    size_t cap = strlen(text) * 2 + 1;      /* a digit is at most two bytes more */
    char *own = malloc(cap);
    if (!own) {
        cJSON_AddStringToObject(o, key, text);
        return;
    }
    memcpy(own, text, strlen(text) + 1);
    rl_digits_text(own, cap);
    cJSON_AddStringToObject(o, key, own);
    free(own);
}

static void add_ids(cJSON *o, const char *key, char ids[][ID_LEN], int n)
{
    cJSON *list = cJSON_AddArrayToObject(o, key);
    for (int i = 0; i < n; i++)
        cJSON_AddItemToArray(list, cJSON_CreateString(ids[i]));
}

static void add_scenario(cJSON *m, const Host *h)
{
    cJSON *sc = cJSON_AddObjectToObject(m, "scenario");
    cJSON_AddStringToObject(sc, "id", rl_scenario(h->s)->id);
    cJSON_AddStringToObject(sc, "name", rl_text(rl_scenario(h->s)->name));
}

char *view_lobby(const Host *h, long seq)
{
    cJSON *m = message("lobby", seq);
    cJSON_AddStringToObject(m, "lang", rl_language());     /* the class's language: the page speaks it */
    add_scenario(m, h);
    cJSON *teams = cJSON_AddArrayToObject(m, "teams");
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (!h->team[a].plays)
            continue;
        cJSON *t = cJSON_CreateObject();
        cJSON_AddStringToObject(t, "team", actor_name((Actor)a));
        cJSON_AddStringToObject(t, "title", rl_text(actor_title((Actor)a)));
        cJSON_AddStringToObject(t, "name", rl_team(h->s, (Actor)a));
        cJSON_AddBoolToObject(t, "claimed", h->team[a].claimed);
        cJSON_AddItemToArray(teams, t);
    }
    return finish(m);
}

static void add_team(cJSON *o, const Host *h, Actor a);

char *view_welcome(const Host *h, Actor a, const char *token, long seq)
{
    cJSON *m = message("welcome", seq);
    add_team(m, h, a);
    cJSON_AddStringToObject(m, "token", token);
    return finish(m);
}

char *view_simple(const char *type, long seq, const char *k1, const char *v1, const char *k2, const char *v2)
{
    cJSON *m = message(type, seq);
    if (k1)
        cJSON_AddStringToObject(m, k1, v1);
    if (k2)
        cJSON_AddStringToObject(m, k2, v2);
    return finish(m);
}

/* The team's draft as catalogue indices (ids the catalogue does not know
 * are left out: the draft was checked when it came in). */
static int draft_indices(const Host *h, Actor a, int *out)
{
    const Catalogue *cat = rl_catalogue(h->s);
    int n = 0;
    for (int i = 0; i < h->team[a].ndraft; i++)
        for (int k = 0; k < cat->count; k++)
            if (strcmp(cat->actions[k].id, h->team[a].draft[i]) == 0)
                out[n++] = k;
    return n;
}

static void add_actions(cJSON *m, const Host *h, Actor a, const int *draft, int ndraft)
{
    const Catalogue *cat = rl_catalogue(h->s);
    cJSON *list = cJSON_AddArrayToObject(m, "actions");
    int spent = 0;
    for (int k = 0; k < cat->count; k++) {
        const Action *act = &cat->actions[k];
        if (!(act->actors & (1u << a)))
            continue;
        /* blocked: why it cannot join the draft as it stands (itself left out) */
        int others[MAX_ORDERS], n = 0;
        for (int i = 0; i < ndraft; i++)
            if (draft[i] != k)
                others[n++] = draft[i];
            else
                spent += act->cost;
        const char *why = rl_blocker(h->s, a, k, others, n);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", act->id);
        cJSON_AddStringToObject(o, "name", rl_text(act->name));
        add_text(o, "text", rl_text(act->text));
        cJSON_AddNumberToObject(o, "cost", act->cost);
        cJSON_AddBoolToObject(o, "secret", act->secret);
        cJSON_AddStringToObject(o, "track", act->track);
        char named[sizeof act->sources * 4];
        cJSON_AddStringToObject(o, "sources", rl_sources_text(act->sources, named, sizeof named));
        cJSON_AddItemToObject(o, "blocked", why ? cJSON_CreateString(rl_text(why)) : cJSON_CreateNull());
        cJSON_AddItemToArray(list, o);
    }
    cJSON_AddNumberToObject(m, "capital", rl_capital(h->s, a));
    cJSON_AddNumberToObject(m, "spent", spent);
}

/* Every variable a player reads (not the model's internal ones), as the
 * team's actor knows it: the truth where it sees, else its estimate. */
static void add_indicators(cJSON *m, const Host *h, Actor a)
{
    cJSON *list = cJSON_AddArrayToObject(m, "indicators");
    int now = rl_turn(h->s);
    for (int v = 0; v < VAR_COUNT; v++) {
        if (var_info[v].flags & (INTERNAL | TRANSIENT))
            continue;
        double sd, x = rl_value(h->s, a, now, (Var)v, &sd);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "var", var_info[v].name);
        cJSON_AddStringToObject(o, "label", rl_var_label((Var)v));
        cJSON_AddStringToObject(o, "unit", var_info[v].unit);
        add_text(o, "about", rl_text(var_info[v].description));
        cJSON_AddItemToObject(o, "value", isfinite(x) ? cJSON_CreateNumber(x) : cJSON_CreateNull());
        cJSON_AddNumberToObject(o, "sd", isfinite(sd) ? sd : 0);
        cJSON_AddBoolToObject(o, "estimate", !rl_sees(a, (Var)v));
        cJSON_AddNumberToObject(o, "min", var_info[v].min);
        cJSON_AddNumberToObject(o, "max", var_info[v].max);
        cJSON_AddItemToArray(list, o);
    }
}

static void add_news(cJSON *m, const Host *h, Actor a)
{
    cJSON *news = cJSON_AddArrayToObject(m, "news"), *moves = cJSON_AddArrayToObject(m, "moves");
    int now = rl_turn(h->s);
    const Catalogue *cat = rl_catalogue(h->s);
    for (int t = now + 1; t >= 1 && t > now - NEWS_WEEKS; t--) {
        const News *n[128];
        int k = rl_news(h->s, a, t, n, 128);
        for (int i = 0; i < k; i++) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddNumberToObject(o, "week", t);
            char text[NEWS_LEN * 2];
            add_text(o, "text", rl_news_text(h->s, n[i], text, sizeof text));
            cJSON_AddItemToArray(news, o);
        }
        const Order *o[64];
        k = rl_orders(h->s, a, t, o, 64);
        for (int i = 0; i < k; i++) {
            cJSON *x = cJSON_CreateObject();
            cJSON_AddNumberToObject(x, "week", t);
            cJSON_AddStringToObject(x, "team", actor_name((Actor)o[i]->actor));
            cJSON_AddStringToObject(x, "action", cat->actions[o[i]->action].id);
            cJSON_AddStringToObject(x, "name", rl_text(cat->actions[o[i]->action].name));
            cJSON_AddBoolToObject(x, "secret", cat->actions[o[i]->action].secret);
            cJSON_AddItemToArray(moves, x);
        }
    }
}

static void add_feedback(cJSON *m, const Host *h, Actor a, const int *draft, int n)
{
    cJSON *fb = cJSON_AddObjectToObject(m, "feedback");
    double drift = 0, move = rl_ladder_move(h->s, a, draft, n, &drift);
    cJSON_AddNumberToObject(fb, "ladder", rl_value(h->s, a, rl_turn(h->s), V_ESCALATION, NULL));
    cJSON_AddNumberToObject(fb, "ladder_move", move);
    cJSON_AddNumberToObject(fb, "drift", drift);
    Conflict c[16];
    int k = rl_conflicts(h->s, a, draft, n, c, 16);
    cJSON *list = cJSON_AddArrayToObject(fb, "conflicts");
    const Catalogue *cat = rl_catalogue(h->s);
    for (int i = 0; i < k; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "first", cat->actions[draft[c[i].first]].id);
        cJSON_AddStringToObject(o, "second", cat->actions[draft[c[i].second]].id);
        cJSON_AddStringToObject(o, "var", var_info[c[i].var].name);
        cJSON_AddStringToObject(o, "kind", c[i].kind == CONFLICT_OPPOSED ? "opposed" : "undoes");
        cJSON_AddItemToArray(list, o);
    }
}

static void add_team(cJSON *o, const Host *h, Actor a)
{
    cJSON_AddStringToObject(o, "team", actor_name(a));
    cJSON_AddStringToObject(o, "title", rl_text(actor_title(a)));
    cJSON_AddStringToObject(o, "name", rl_team(h->s, a));
}

static void add_teams(cJSON *m, const Host *h)
{
    cJSON *list = cJSON_AddArrayToObject(m, "teams");
    for (int b = 0; b < ACTOR_COUNT; b++)
        if (h->team[b].plays) {
            cJSON *o = cJSON_CreateObject();
            add_team(o, h, (Actor)b);
            cJSON_AddBoolToObject(o, "sent", h->team[b].has_sent);
            cJSON_AddItemToArray(list, o);
        }
}

static void add_game(cJSON *m, const Host *h, Actor a)
{
    cJSON_AddStringToObject(m, "lang", rl_language());
    add_scenario(m, h);
    cJSON_AddNumberToObject(m, "week", rl_turn(h->s) + (rl_over(h->s) ? 0 : 1));
    cJSON_AddNumberToObject(m, "weeks", rl_length(h->s));
    cJSON_AddBoolToObject(m, "over", rl_over(h->s));
    cJSON_AddItemToObject(m, "outcome", rl_over(h->s) ? cJSON_CreateString(outcome_name(rl_outcome(h->s)))
                                                      : cJSON_CreateNull());
    cJSON_AddItemToObject(m, "outcome_title", rl_over(h->s) ? cJSON_CreateString(rl_outcome_title(rl_outcome(h->s)))
                                                            : cJSON_CreateNull());
    add_team(cJSON_AddObjectToObject(m, "team"), h, a);
    cJSON *timer = cJSON_AddObjectToObject(m, "timer");
    int left = week_seconds_left(h);
    cJSON_AddItemToObject(timer, "left", left >= 0 ? cJSON_CreateNumber(left) : cJSON_CreateNull());
    cJSON_AddNumberToObject(timer, "total", rl_timer(h->s));
    add_teams(m, h);
    add_text(m, "briefing", rl_text(rl_briefing(h->s)));
    cJSON *objectives = cJSON_AddArrayToObject(m, "objectives");
    const Scenario *sc = rl_scenario(h->s);
    for (int i = 0; i < sc->nobjectives[a]; i++) {
        cJSON *o = cJSON_CreateObject();
        add_text(o, "text", rl_text(sc->objectives[a][i].text));
        cJSON_AddNumberToObject(o, "weight", sc->objectives[a][i].weight);
        cJSON_AddItemToArray(objectives, o);
    }
}

char *view_state(const Host *h, Actor a)
{
    cJSON *m = message("state", 0);
    add_game(m, h, a);
    int draft[MAX_ORDERS], n = draft_indices(h, a, draft);
    add_indicators(m, h, a);
    add_actions(m, h, a, draft, n);
    add_ids(m, "draft", (char (*)[ID_LEN])h->team[a].draft, h->team[a].ndraft);
    if (h->team[a].has_sent)
        add_ids(m, "sent", (char (*)[ID_LEN])h->team[a].sent, h->team[a].nsent);
    else
        cJSON_AddNullToObject(m, "sent");
    add_feedback(m, h, a, draft, n);
    add_news(m, h, a);
    cJSON *scores = cJSON_AddArrayToObject(m, "scores");
    for (int b = 0; rl_over(h->s) && b < ACTOR_COUNT; b++)
        if (rl_scenario(h->s)->nobjectives[b] > 0) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "team", actor_name((Actor)b));
            cJSON_AddNumberToObject(o, "score", rl_score(h->s, (Actor)b, NULL));
            cJSON_AddItemToArray(scores, o);
        }
    return finish(m);
}

char *view_causes(const Host *h, Actor a, Var v, int turn, long seq)
{
    cJSON *m = message("causes", seq);
    cJSON_AddStringToObject(m, "var", var_info[v].name);
    cJSON_AddNumberToObject(m, "turn", turn);
    cJSON *list = cJSON_AddArrayToObject(m, "parts");
    static _Thread_local CauseInfo parts[LEDGER_MAX_PARTS];
    int n = turn <= rl_turn(h->s) ? rl_causes(h->s, a, turn, v, parts, LEDGER_MAX_PARTS) : 0;
    for (int i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "kind", cause_kind_name(parts[i].kind));
        cJSON_AddStringToObject(o, "label", parts[i].label);
        cJSON_AddNumberToObject(o, "amount", parts[i].amount);
        char named[sizeof parts[i].sources * 4];
        cJSON_AddStringToObject(o, "sources", rl_sources_text(parts[i].sources, named, sizeof named));
        cJSON_AddItemToArray(list, o);
    }
    return finish(m);
}
