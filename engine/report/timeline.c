/* The report's account of the weeks, from the game's causal ledger: the
 * turning points (where the ladder, and the odds of the way the game
 * ended, moved most) and the timeline (every order with who, why, the
 * sources and what it did to the ladder; the news; what moved each
 * charted indicator). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"

/* The order's own share of the ladder's move that week, as a player reads it. */
static void ladder_share(FILE *f, const Session *s, int turn, int order)
{
    CausePart parts[LEDGER_MAX_PARTS];
    int n = causes_rounded(s, turn, V_ESCALATION, NOBODY, var_raw_decimals(V_ESCALATION), parts, LEDGER_MAX_PARTS);
    for (int i = 0; i < n; i++)
        if (parts[i].cause.kind == CAUSE_ORDER && parts[i].cause.index == order) {
            char delta[40], shown[48];
            var_format_delta(V_ESCALATION, parts[i].amount, delta, sizeof delta);
            fputs(" <span class=\"ladder\">", f);
            /* TRANSLATORS: an order's own share of the ladder's move that week */
            htmlf(f, _("ladder %s"), ltr(delta, shown, sizeof shown));
            fputs("</span>", f);
        }
}

static void order_html(FILE *f, const Report *r, int turn, int order)
{
    const Session *s = r->game;
    const Order *o = &s->game.history.orders[s->game.history.turns[turn - 1].first_order + order];
    const Action *act = &s->catalogue.actions[o->action];
    fputs("<tr><td>", f);
    actor_html(f, s, o->actor);
    fputs("</td><td>", f);
    html(f, rl_text(act->name));
    if (act->secret)
        html_in(f, " <span class=\"secret\">", _("secret"), "</span>");
    ladder_share(f, s, turn, order);
    fputs("</td><td>", f);
    for (int k = 0; k < o->nrules; k++) {
        const Rule *rule = &s->rulebook.rules[o->rules[k]];
        fputs("<p>", f);
        html(f, rl_text(rule->reason));
        fputs(" <span class=\"src\">[", f);
        html_cited(f, r->sources, rule->sources);
        fputs("]</span></p>", f);
    }
    if (o->nrules == 0)
        html_in(f, "<p class=\"human\">", _("a player's decision"), "</p>");
    fputs("</td></tr>\n", f);
}

/* "<strong>Escalation ladder</strong> 4.2 → 7.5 (+3.3): United States:
 * Strike ... +3.5, ...". */
static void moved_html(FILE *f, const Session *s, int turn, Var v, const char *label)
{
    const History *h = &s->game.history;
    char change[160], shown[168], causes[1600];
    var_format_change(v, value_at(s, turn - 1, v), h->turns[turn - 1].v[v], change, sizeof change);
    causes_line(s, turn, v, NOBODY, 4, causes, sizeof causes);
    fputs("<strong>", f);
    html(f, label);
    fputs("</strong> ", f);
    html(f, ltr(change, shown, sizeof shown));
    if (causes[0]) {
        fputs(": ", f);
        html(f, causes);
    }
}

void timeline_html(FILE *f, const Report *r)
{
    const Session *s = r->game;
    const History *h = &s->game.history;
    for (int t = 1; t <= h->nturns; t++) {
        const TurnRecord *rec = &h->turns[t - 1];
        char date[16], shown[64];
        game_date(&s->scenario, t, date);
        fprintf(f, "<section class=\"turn\" id=\"turn-%d\"><h3>", t);
        htmlf(f, _("Turn %d"), t);
        fputs(" <small>", f);
        htmlf(f, _("week of %s"), rl_date_text(date, shown, sizeof shown));
        fputs("</small></h3>\n<table class=\"orders\">", f);
        /* TRANSLATORS: the columns of a week's orders */
        const char *head[] = { _("who"), _("what"), _("why, and the sources") };
        html_head_row(f, head, 3);
        for (int i = 0; i < rec->norders; i++)
            order_html(f, r, t, i);
        fputs("</table>\n<ul class=\"news\">", f);
        for (int i = 0; i < rec->nnews; i++) {
            const News *n = &h->news[rec->first_news + i];
            if (n->action >= 0)
                continue;   /* the orders above already say it */
            char line[NEWS_LEN * 2];
            fputs("<li>", f);
            html_linked(f, r->sources, rl_news_text(s, n, line, sizeof line));
            fputs("</li>", f);
        }
        fputs("</ul>\n<ul class=\"moved\">", f);
        for (int i = 0; i < report_ncharted; i++)
            if (var_changed_shown(report_charted[i].var, value_at(s, t - 1, report_charted[i].var),
                                  rec->v[report_charted[i].var])) {
                fputs("<li>", f);
                moved_html(f, s, t, report_charted[i].var, _(report_charted[i].label));
                fputs("</li>", f);
            }
        fputs("</ul></section>\n", f);
    }
}

static bool significant(const Session *s, int turn, int order)
{
    OrderMove moves[1];
    return ledger_order_moves(&s->game, turn, order, moves, 1) > 0 && moves[0].weight >= LEDGER_SIGNIFICANT;
}

/* The week's significant moves, every side's, as a list; if none was, the
 * orders of the sides the scenario scores. */
static void significant_html(FILE *f, const Session *s, int turn)
{
    const History *h = &s->game.history;
    const TurnRecord *rec = &h->turns[turn - 1];
    int count = 0;
    for (int i = 0; i < rec->norders; i++)
        count += significant(s, turn, i);
    fputc(' ', f);
    /* TRANSLATORS: after "Week N: the odds of ... went from ... to ...;" */
    html(f, count ? _("that week's significant moves:") : _("no single order moved much; the scored sides' orders:"));
    fputs("<ul>", f);
    for (int i = 0; i < rec->norders; i++) {
        const Order *o = &h->orders[rec->first_order + i];
        if (count ? !significant(s, turn, i) : s->scenario.nobjectives[o->actor] == 0)
            continue;
        fputs("<li>", f);
        actor_html(f, s, o->actor);
        fputs(": ", f);
        html(f, rl_text(s->catalogue.actions[o->action].name));
        fputs("</li>", f);
    }
    fputs("</ul>\n", f);
}

static void ladder_points_html(FILE *f, const Session *s)
{
    int turns[3];
    int n = ladder_turning_points(s, turns, 3);
    if (n == 0) {
        html_in(f, "<p>", _("The ladder never moved by half a rung in a week."), "</p>\n");
        return;
    }
    html_in(f, "<h3>", _("Where the ladder moved most"), "</h3>\n<ol class=\"turning\">");
    for (int i = 0; i < n; i++) {
        char date[16], shown[64];
        game_date(&s->scenario, turns[i], date);
        fprintf(f, "<li><a href=\"#turn-%d\">", turns[i]);
        htmlf(f, _("Week %d"), turns[i]);
        html_in(f, "</a> <small>", rl_date_text(date, shown, sizeof shown), "</small>: ");
        moved_html(f, s, turns[i], V_ESCALATION, _("the ladder"));
        fputs("</li>\n", f);
    }
    fputs("</ol>\n", f);
}

static void odds_points_html(FILE *f, const Report *r)
{
    const Session *s = r->game;
    const char *outcome = rl_outcome_title(s->game.world.outcome);
    /* TRANSLATORS: the game's outcome ("Agreement", "Time ran out") */
    fputs("<h3>", f);
    htmlf(f, _("Where the odds of this outcome (%s) moved most"), outcome);
    fputs("</h3>\n<p class=\"lead\">", f);
    htmlf(f, _("From the end of each week, %d replays with other luck, the computer playing every side: the share that "
               "ended the same way (%s)."), r->odds_runs, outcome);
    fputs("</p>\n", f);
    int turns[3];
    int n = odds_turning_points(s, r->odds, turns, 3);
    if (n == 0)
        html_in(f, "<p>", _("No week moved them by ten points or more."), "</p>\n");
    fputs("<ol class=\"turning\">", f);
    for (int i = 0; i < n; i++) {
        int t = turns[i];
        long before = lround(100 * r->odds[t - 1]), after = lround(100 * r->odds[t]);
        fprintf(f, "<li><a href=\"#turn-%d\">", t);
        htmlf(f, _("Week %d"), t);
        fputs("</a>: ", f);
        /* TRANSLATORS: the odds in per cent before and after the week, then the change in points */
        htmlf(f, _("the odds of %s went from %ld%% to %ld%% (%s%ld pts);"), outcome, before, after,
              after >= before ? "+" : "\u2212", labs(after - before));
        significant_html(f, s, t);
        fputs("</li>\n", f);
    }
    fputs("</ol>\n", f);
}

void turning_html(FILE *f, const Report *r)
{
    html_in(f, "<h2>", _("Turning points"), "</h2>\n");
    ladder_points_html(f, r->game);
    if (r->odds_runs > 0)
        odds_points_html(f, r);
}
