/* The plain story `redline run` prints: each turn who did what, why, which
 * source says so, and what each order was expected to do to the ladder;
 * orders of one side that work against each other; what moved the ladder;
 * and at the end the weeks that decided the game and every side's
 * significant moves. */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Whether a change of v by x shows as a number other than zero. */
static bool shows(Var v, double x)
{
    char delta[40];
    var_format_delta(v, x, delta, sizeof delta);
    return strpbrk(delta, "123456789") != NULL;
}

/* The game as turn's orders found it, to ask what an order would do. */
static void game_at(const Session *s, int turn, Game *at)
{
    *at = s->game;
    ledger_orders_world(&s->game, turn, at->world.v);
    at->world.turn = turn - 1;
    at->world.outcome = OUT_NONE;
}

/* The columns a terminal gives s: its characters, less the marks drawn on
 * the letter before them (Persian's hamza above, the vowel signs) and the
 * zero-width (non-)joiners. */
static int columns(const char *s)
{
    int n = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if ((*c & 0xC0) == 0x80)
            continue;
        unsigned cp = *c < 0xE0 || !c[1] || !c[2] ? (*c & 0x1Fu) << 6 | (c[1] & 0x3Fu)
                                                  : (*c & 0x0Fu) << 12 | (c[1] & 0x3Fu) << 6 | (c[2] & 0x3Fu);
        bool mark = (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 || cp == 0x200C || cp == 0x200D;
        n += *c < 0x80 || !mark;
    }
    return n;
}

/* A side's name padded to the widest side's name in the language shown, so
 * the orders line up in every language (German's Vereinigte Staaten and
 * Revolutionsgarden are longer than English's 14 columns). */
static const char *actor_cell(int actor, char *out, size_t cap)
{
    int widest = 14;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        int w = columns(rl_text(actor_title((Actor)a)));
        widest = w > widest ? w : widest;
    }
    const char *name = actor >= 0 ? rl_text(actor_title((Actor)actor)) : "";
    int pad = widest - columns(name);
    snprintf(out, cap, "%s%*s", name, pad > 0 ? pad : 0, "");
    return out;
}

static void print_order(FILE *out, const Session *s, const Game *at, const Order *o)
{
    const Action *act = &s->catalogue.actions[o->action];
    char who[160];
    fprintf(out, "  %s ", actor_cell(o->actor, who, sizeof who));
    fprintf(out, act->secret ? _("%s (secret)") : "%s", rl_text(act->name));
    double ladder = ladder_expected(at, o, 1, NULL);
    if (shows(V_ESCALATION, ladder)) {
        char move[40];
        var_format_delta(V_ESCALATION, ladder, move, sizeof move);
        /* TRANSLATORS: after an order, the move it was expected to make on the escalation ladder */
        fprintf(out, _(" (ladder %s)"), move);
    }
    for (int f = 0; f < FACTION_COUNT; f++)
        if (act->opposes & (1u << f))
            /* TRANSLATORS: after an order, a faction against it ("the hardliners") */
            fprintf(out, _(" [opposed by %s]"), rl_text(faction_title((Faction)f)));
    fputc('\n', out);
    for (int k = 0; k < o->nrules; k++) {
        const Rule *r = &s->rulebook.rules[o->rules[k]];
        fprintf(out, "  %s   ", actor_cell(-1, who, sizeof who));
        char named[sizeof r->sources * 4];
        /* TRANSLATORS: the rule behind an order, then its sources */
        fprintf(out, _("why: %s [%s]"), rl_text(r->reason), rl_sources_text(r->sources, named, sizeof named));
        fputc('\n', out);
    }
}

/* Each side's orders that work against each other. */
static void print_conflicts(FILE *out, const Session *s, const Game *at, const Order *orders, int n)
{
    for (int a = 0; a < ACTOR_COUNT; a++) {
        Order mine[MAX_ORDERS];
        int k = 0;
        for (int i = 0; i < n && k < MAX_ORDERS; i++)
            if (orders[i].actor == a)
                mine[k++] = orders[i];
        Conflict c[MAX_ORDERS * MAX_ORDERS];
        int found = orders_conflicts(at, mine, k, c, MAX_ORDERS * MAX_ORDERS);
        for (int i = 0; i < found; i++) {
            char text[300];
            conflict_text(s, mine, &c[i], text, sizeof text);
            fputs("  ! ", out);
            fprintf(out, _("%s, orders at odds: %s"), rl_text(actor_title((Actor)a)), text);
            fputc('\n', out);
        }
    }
}

static const double *before_turn(const Session *s, int turn)
{
    return turn > 1 ? s->game.history.turns[turn - 2].v : s->scenario.initial;
}

/* "ladder 2.1 → 7.4 (+5.3): Israel: Strike ... +4.3, ..." */
static void print_ladder(FILE *out, const Session *s, int turn, const char *lead)
{
    char change[120], causes[1200];
    var_format_change(V_ESCALATION, before_turn(s, turn)[V_ESCALATION],
                      s->game.history.turns[turn - 1].v[V_ESCALATION], change, sizeof change);
    causes_line(s, turn, V_ESCALATION, NOBODY, 4, causes, sizeof causes);
    fputs(lead, out);
    /* TRANSLATORS: the ladder's change in a week ("2.1 → 7.4 (+5.3)"), then what moved it */
    fprintf(out, causes[0] ? _("ladder %s: %s") : _("ladder %s"), change, causes);
    fputc('\n', out);
}

static void print_indicators(FILE *out, const double *v, const double *before)
{
    static const Var shown[] = { V_ESCALATION, V_OIL_PRICE, V_RIAL, V_INFLATION, V_PROTEST, V_DEATHS,
                                 V_STABILITY, V_STOCKPILE, V_TALKS_PROGRESS, V_APPROVAL };
    fputs("  ", out);
    for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
        Var x = shown[i];
        char value[40], delta[40];
        var_format(x, v[x], value, sizeof value);
        double unit = pow(10, -var_raw_decimals(x));
        double moved = round(v[x] / unit) - round(before[x] / unit);
        var_format_delta(x, moved * unit, delta, sizeof delta);
        fprintf(out, "%s%s %s%s%s%s", i ? _(", ") : "", rl_var_label(x), value, moved ? " (" : "", moved ? delta : "",
                moved ? ")" : "");
    }
    fputc('\n', out);
}

static void print_turn(FILE *out, const Session *s, int turn)
{
    const History *h = &s->game.history;
    const TurnRecord *rec = &h->turns[turn - 1];
    Game at;
    game_at(s, turn, &at);
    char iso[16], date[64];
    game_date(&s->scenario, turn, iso);
    rl_date_text(iso, date, sizeof date);
    fputc('\n', out);
    fprintf(out, _("Turn %d, week of %s"), turn, date);
    fputc('\n', out);
    for (int i = 0; i < rec->norders; i++)
        print_order(out, s, &at, &h->orders[rec->first_order + i]);
    print_conflicts(out, s, &at, &h->orders[rec->first_order], rec->norders);
    for (int i = 0; i < rec->nnews; i++) {
        const News *n = &h->news[rec->first_news + i];
        char line[NEWS_LEN * 2];
        if (n->action < 0)
            fprintf(out, "  * %s\n", rl_news_text(s, n, line, sizeof line));
    }
    print_ladder(out, s, turn, "  ");
    print_indicators(out, rec->v, before_turn(s, turn));
}

/* "week 7  United States  Strike Iran's nuclear sites: escalation +3.5,
 * ultimatum -1, strikes_on_iran +1": the ladder first, then what the order
 * moved most; nothing for an order that was not one of the significant. */
static void print_significant(FILE *out, const Session *s, int turn, int order)
{
    const History *h = &s->game.history;
    OrderMove moves[VAR_COUNT];
    int k = ledger_order_moves(&s->game, turn, order, moves, VAR_COUNT);
    if (k == 0 || moves[0].weight < LEDGER_SIGNIFICANT)
        return;
    const Order *o = &h->orders[h->turns[turn - 1].first_order + order];
    const Action *act = &s->catalogue.actions[o->action];
    fputs("  ", out);
    char who[160];
    /* TRANSLATORS: a significant order: the week, who gave it, the order */
    fprintf(out, act->secret ? _("week %-3d %-14s %s (secret):") : _("week %-3d %-14s %s:"), turn,
            actor_cell(o->actor, who, sizeof who), rl_text(act->name));
    int printed = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int j = 0; j < k && printed < 3; j++) {
            if ((moves[j].var == V_ESCALATION) != (pass == 0))
                continue;
            char delta[40];
            var_format_delta(moves[j].var, moves[j].amount, delta, sizeof delta);
            if (shows(moves[j].var, moves[j].amount))
                fprintf(out, "%s%s %s", printed++ ? _(", ") : " ", rl_var_label(moves[j].var), delta);
        }
    fputc('\n', out);
}

/* The weeks the ladder moved most, and every side's significant moves. */
static void print_summary(FILE *out, const Session *s)
{
    const History *h = &s->game.history;
    int turns[3];
    int n = ladder_turning_points(s, turns, 3);
    if (n > 0)
        fprintf(out, "\n%s\n", _("Turning points (the weeks the ladder moved most):"));
    for (int i = 0; i < n; i++) {
        char lead[80];
        /* TRANSLATORS: the start of a turning point's line; the ladder's move follows */
        snprintf(lead, sizeof lead, _("  week %-3d "), turns[i]);
        print_ladder(out, s, turns[i], lead);
    }
    fprintf(out, "\n%s\n", _("Significant moves, every side's:"));
    for (int t = 1; t <= h->nturns; t++)
        for (int i = 0; i < h->turns[t - 1].norders; i++)
            print_significant(out, s, t, i);
}

static void story_lines(FILE *out, const Session *s)
{
    const Game *g = &s->game;
    char seed[24];
    snprintf(seed, sizeof seed, "%" PRIu64, g->seed);
    /* TRANSLATORS: the scenario's name, its id, the game's seed */
    fprintf(out, _("Red Line: %s (%s), seed %s"), rl_text(s->scenario.name), s->scenario.id, seed);
    fputc('\n', out);
    for (int t = 1; t <= g->history.nturns; t++)
        print_turn(out, s, t);
    print_summary(out, s);
    fputc('\n', out);
    /* TRANSLATORS: the outcome's name ("Agreement", "Time ran out"), then the turns played */
    fprintf(out, ngettext("Outcome after %2$d turn: %1$s.", "Outcome after %2$d turns: %1$s.", (unsigned long)g->world.turn),
            rl_outcome_title(g->world.outcome), g->world.turn);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (s->scenario.nobjectives[a] > 0) {
            fputc(' ', out);
            fprintf(out, _("%s scores %.0f."), rl_text(actor_title((Actor)a)), game_score(g, (Actor)a, NULL));
        }
    fputc('\n', out);
}

/* The story in the language's digits (Persian's ۰-۹, as its sentences and
 * dates write them), line by line so a source's [brackets] stay its own;
 * the state hash stays as tools compare it. */
void story_write(FILE *out, const Session *s)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (mem) {
        story_lines(mem, s);
        fclose(mem);
    }
    char *line = text ? malloc(len * 4 + 1) : NULL;
    if (!line)
        story_lines(out, s);
    for (const char *c = line ? text : ""; *c;) {
        size_t n = strcspn(c, "\n");
        memcpy(line, c, n);
        line[n] = '\0';
        rl_digits_text(line, len * 4 + 1);
        fprintf(out, "%s\n", line);
        c += n + (c[n] == '\n');
    }
    free(line);
    free(text);
    fprintf(out, "state_hash %016" PRIx64 "\n", world_hash(&s->game.world));
}
