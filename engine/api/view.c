/* The front door: what a viewer may know of a game -- the scenario and its
 * texts, the values of the variables as the viewer knows them, the news and
 * orders it may read, the scores. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../redline.h"
#include "../script/session.h"

const Scenario *rl_scenario(const Session *s) { return &s->scenario; }
const Catalogue *rl_catalogue(const Session *s) { return &s->catalogue; }
uint64_t rl_seed(const Session *s) { return s->game.seed; }
int rl_turn(const Session *s) { return s->game.world.turn; }
int rl_length(const Session *s) { return s->scenario.turns; }
bool rl_over(const Session *s) { return session_over(s); }
Outcome rl_outcome(const Session *s) { return s->game.world.outcome; }
uint64_t rl_state_hash(const Session *s) { return world_hash(&s->game.world); }
bool rl_human(const Session *s, Actor a) { return a < ACTOR_COUNT && s->human[a]; }
const char *rl_team(const Session *s, Actor a) { return a < ACTOR_COUNT ? s->team[a] : ""; }

const Rule *rl_rule(const Session *s, int index)
{
    return index >= 0 && index < s->rulebook.count ? &s->rulebook.rules[index] : NULL;
}

/* The briefing and the source summaries are read from the scripts the first
 * time a face asks for them. */
static void read_texts(const Session *cs)
{
    Session *s = (Session *)cs;
    if (s->texts_read)
        return;
    s->texts_read = true;
    s->nsources = texts_briefing(s->sb, s->scenario_ref, s->briefing, sizeof s->briefing, s->sources,
                                 MAX_SCENARIO_SOURCES);
    Error err;
    if (texts_sources(s->sb, &s->notes, &err) != 0)
        session_warn(s, err.msg);
}

const char *rl_briefing(const Session *s)
{
    read_texts(s);
    return s->briefing;
}

int rl_scenario_sources(const Session *s, const char **out, int max)
{
    read_texts(s);
    int n = 0;
    for (; n < s->nsources && n < max; n++)
        out[n] = s->sources[n];
    return n;
}

const char *rl_source_note(const Session *s, const char *tag)
{
    read_texts(s);
    return texts_source(&s->notes, tag);
}

bool rl_sees(int viewer, Var v)
{
    if (viewer == VIEW_TRUTH)
        return true;
    if (viewer == VIEW_PUBLIC)
        return var_info[v].visibility == PUBLIC;
    return viewer >= 0 && viewer < ACTOR_COUNT && actor_sees((Actor)viewer, v);
}

/* The values at the end of `turn`: the start, a turn of the record, or the
 * week in progress as it stands (a facilitator's change shows at once). */
static const double *values_at(const Session *s, int turn)
{
    const Game *g = &s->game;
    if (turn == g->world.turn)
        return g->world.v;
    return turn > 0 ? g->history.turns[turn - 1].v : s->scenario.initial;
}

double rl_value(const Session *s, int viewer, int turn, Var v, double *sd)
{
    double spread = NAN, x = NAN;
    if (turn >= 0 && turn <= s->game.world.turn && v < VAR_COUNT) {
        const double *row = values_at(s, turn);
        if (rl_sees(viewer, v)) {
            x = row[v];
            spread = 0;
        } else if (viewer >= 0 && viewer < ACTOR_COUNT) {
            x = game_estimate_at(&s->game, (Actor)viewer, v, turn, row, &spread);
        }
    }
    if (sd)
        *sd = spread;
    return x;
}

static bool news_visible(const News *n, int viewer)
{
    return n->only_for == NOBODY || viewer == VIEW_TRUTH || n->only_for == viewer;
}

int rl_news(const Session *s, int viewer, int turn, const News **out, int max)
{
    const History *h = &s->game.history;
    int first, count;
    if (turn >= 1 && turn <= h->nturns) {
        first = h->turns[turn - 1].first_news;
        count = h->turns[turn - 1].nnews;
    } else if (turn == h->nturns + 1) {
        first = h->nnews - s->game.pending_news;     /* the week in progress: the facilitator's news */
        count = s->game.pending_news;
    } else {
        return 0;
    }
    int n = 0;
    for (int i = 0; i < count && n < max; i++)
        if (news_visible(&h->news[first + i], viewer))
            out[n++] = &h->news[first + i];
    return n;
}

int rl_orders(const Session *s, int viewer, int turn, const Order **out, int max)
{
    const History *h = &s->game.history;
    if (turn < 1 || turn > h->nturns)
        return 0;
    const TurnRecord *t = &h->turns[turn - 1];
    int n = 0;
    for (int i = 0; i < t->norders && n < max; i++) {
        const Order *o = &h->orders[t->first_order + i];
        if (!s->catalogue.actions[o->action].secret || viewer == VIEW_TRUTH || viewer == o->actor)
            out[n++] = o;
    }
    return n;
}

int rl_interventions(const Session *s, const Intervention **out, int max)
{
    const History *h = &s->game.history;
    int n = 0;
    for (; n < h->ninterventions && n < max; n++)
        out[n] = &h->interventions[n];
    return n;
}

int rl_warnings(const Session *s, const char **out, int max)
{
    int n = 0;
    for (; n < s->nwarnings && n < max; n++)
        out[n] = s->warnings[n];
    return n;
}

double rl_score(const Session *s, Actor a, double *parts)
{
    return game_score(&s->game, a, parts);
}
