/* The after-action report of a game, built from its own record: report.html
 * (self-contained: the timeline of every order with who, why and the
 * sources, the indicators as inline SVG charts, the facilitator's
 * interventions, outcome and scores, the scenario's debrief questions),
 * indicators.csv (RFC 4180, one row per turn) and record.json (the full
 * record; schema in docs/record.schema.json). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "report.h"

/* The indicators charted, in the order a debrief reads them. */
static const struct { Var var; const char *label; } charted[] = {
    { V_ESCALATION, "Escalation ladder (0-10)" }, { V_OIL_PRICE, "Brent crude ($/bbl)" },
    { V_RIAL, "Rial per dollar (thousands)" }, { V_INFLATION, "Inflation (%/yr)" },
    { V_PROTEST, "Protesting (% of population)" }, { V_DEATHS, "Protesters killed" },
    { V_STABILITY, "Regime stability (0-100)" }, { V_STOCKPILE, "60% uranium (kg)" },
    { V_BREAKOUT, "Breakout time (weeks)" }, { V_TALKS_PROGRESS, "Talks progress (0-100)" },
    { V_APPROVAL, "US approval (%)" }, { V_ALLIANCE, "Allies' support (0-100)" },
};

static void html(FILE *f, const char *text)
{
    for (; *text; text++)
        switch (*text) {
        case '&': fputs("&amp;", f); break;
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*text, f);
        }
}

/* The value of v after turn t (t = 0: the start). */
static double value_at(const Session *s, int t, Var v)
{
    return t == 0 ? s->scenario.initial[v] : s->game.history.turns[t - 1].v[v];
}

static void polyline(FILE *f, const Session *s, Var v, int turns, double lo, double hi, const char *cls)
{
    const double w = 320, h = 140, left = 46, right = 8, top = 22, bottom = 22;
    fprintf(f, "<polyline class=\"%s\" points=\"", cls);
    for (int t = 0; t <= s->game.history.nturns; t++) {
        double x = left + (w - left - right) * (turns ? (double)t / turns : 0);
        double y = top + (h - top - bottom) * (1 - (value_at(s, t, v) - lo) / (hi - lo));
        fprintf(f, "%.1f,%.1f ", x, y);
    }
    fputs("\"/>\n", f);
}

/* One indicator over the turns; with a second branch, both on one scale. */
static void chart_svg(FILE *f, const Session *s, const Session *other, Var v, const char *label)
{
    int turns = s->game.history.nturns;
    if (other && other->game.history.nturns > turns)
        turns = other->game.history.nturns;
    double lo = INFINITY, hi = -INFINITY;
    for (const Session *b = s; b; b = b == s ? other : NULL)
        for (int t = 0; t <= b->game.history.nturns; t++) {
            lo = fmin(lo, value_at(b, t, v));
            hi = fmax(hi, value_at(b, t, v));
        }
    if (hi - lo < 1e-9)
        hi = lo + 1;
    const double w = 320, h = 140, left = 46, right = 8, top = 22, bottom = 22;
    fprintf(f, "<figure class=\"chart\"><svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"", w, h);
    html(f, var_info[v].name);
    fprintf(f, " over %d turns\">\n<text x=\"4\" y=\"14\" class=\"title\">", turns);
    html(f, label);
    fputs("</text>\n", f);
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" class=\"axis\" text-anchor=\"end\">%.4g</text>\n", left - 4, top + 4, hi);
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" class=\"axis\" text-anchor=\"end\">%.4g</text>\n", left - 4, h - bottom, lo);
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" class=\"axis\">start</text>", left, h - 6);
    fprintf(f, "<text x=\"%.0f\" y=\"%.0f\" class=\"axis\" text-anchor=\"end\">turn %d</text>\n", w - right, h - 6, turns);
    fprintf(f, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" class=\"frame\"/>\n",
            left, top, w - left - right, h - top - bottom);
    if (other)
        polyline(f, other, v, turns, lo, hi, "branch");
    polyline(f, s, v, turns, lo, hi, "game");
    fputs("</svg></figure>\n", f);
}

/* "Iran", or "Iran (Team Blue)" when a team the teacher named played it. */
static void actor_html(FILE *f, const Session *s, int a)
{
    html(f, actor_title((Actor)a));
    if (a >= 0 && a < ACTOR_COUNT && s->team[a][0]) {
        fputs(" (", f);
        html(f, s->team[a]);
        fputc(')', f);
    }
}

/* Who played which role: the teams (by the names the teacher typed, if any),
 * and the computer for the rest. */
static void players_html(FILE *f, const Session *s)
{
    int humans = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        humans += s->human[a];
    if (humans == 0) {
        fputs("<p class=\"lead\">The computer played every role.</p>\n", f);
        return;
    }
    fputs("<p class=\"lead\">Played by people: ", f);
    for (int a = 0, k = 0; a < ACTOR_COUNT; a++)
        if (s->human[a]) {
            fputs(k++ ? ", " : "", f);
            actor_html(f, s, a);
        }
    fputs("; the computer played the rest.</p>\n", f);
}

static void scores_html(FILE *f, const Session *s, const char *which)
{
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (s->scenario.nobjectives[a] == 0)
            continue;
        double parts[MAX_OBJECTIVES];
        double total = game_score(&s->game, (Actor)a, parts);
        fprintf(f, "<table class=\"score\"><caption>%s", which);
        actor_html(f, s, a);
        fprintf(f, ": %ld / 100</caption>\n<tr><th>objective</th><th>weight</th><th>met</th></tr>\n", lround(total));
        for (int i = 0; i < s->scenario.nobjectives[a]; i++) {
            fputs("<tr><td>", f);
            html(f, s->scenario.objectives[a][i].text);
            fprintf(f, "</td><td>%g</td><td>%ld%%</td></tr>\n", s->scenario.objectives[a][i].weight, lround(parts[i]));
        }
        fputs("</table>\n", f);
    }
}

static void order_html(FILE *f, const Session *s, const Order *o)
{
    const Action *act = &s->catalogue.actions[o->action];
    fputs("<tr><td>", f);
    actor_html(f, s, o->actor);
    fputs("</td><td>", f);
    html(f, act->name);
    if (act->secret)
        fputs(" <span class=\"secret\">secret</span>", f);
    fputs("</td><td>", f);
    for (int k = 0; k < o->nrules; k++) {
        const Rule *r = &s->rulebook.rules[o->rules[k]];
        fputs("<p>", f);
        html(f, r->reason);
        fputs(" <span class=\"src\">[", f);
        html(f, r->sources);
        fputs("]</span></p>", f);
    }
    if (o->nrules == 0)
        fputs("<p class=\"human\">a player's decision</p>", f);
    fputs("</td></tr>\n", f);
}

static void timeline_html(FILE *f, const Session *s)
{
    const History *h = &s->game.history;
    for (int t = 0; t < h->nturns; t++) {
        const TurnRecord *rec = &h->turns[t];
        char date[16];
        game_date(&s->scenario, t + 1, date);
        fprintf(f, "<section class=\"turn\" id=\"turn-%d\"><h3>Turn %d <small>week of %s</small></h3>\n", t + 1, t + 1,
                date);
        fputs("<table class=\"orders\"><tr><th>who</th><th>what</th><th>why, and the sources</th></tr>\n", f);
        for (int i = 0; i < rec->norders; i++)
            order_html(f, s, &h->orders[rec->first_order + i]);
        fputs("</table>\n<ul class=\"news\">", f);
        for (int i = 0; i < rec->nnews; i++) {
            const News *n = &h->news[rec->first_news + i];
            if (n->action >= 0)
                continue;   /* the orders above already say it */
            fputs("<li>", f);
            html(f, n->text);
            fputs("</li>", f);
        }
        fputs("</ul></section>\n", f);
    }
}

static const char style[] =
    "body{font:15px/1.45 'DejaVu Sans',sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1c2430;"
    "background:#f6f4ef}h1{margin:0 0 4px}h2{border-bottom:3px solid #c8402f;padding-bottom:4px;margin-top:36px}"
    ".lead{color:#4a5565}.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{margin:0;background:#fff;"
    "border:1px solid #d8d4cc}.chart svg{width:320px;height:140px}.title{font-size:11px;font-weight:bold}"
    ".axis{font-size:10px;fill:#5a6575}.frame{fill:none;stroke:#d8d4cc}polyline{fill:none;stroke-width:2}"
    ".game{stroke:#c8402f}.branch{stroke:#2f6fc8;stroke-dasharray:5 3}.key-game{color:#c8402f}"
    ".key-branch{color:#2f6fc8}table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}th,td{border:1px "
    "solid #d8d4cc;padding:4px 8px;text-align:left;vertical-align:top}td p{margin:0 0 4px}.score{width:auto;"
    "display:inline-table;margin-right:24px}caption{font-weight:bold;text-align:left;padding:4px 0}"
    ".src{color:#5a6575;font-size:12px}.secret{background:#1c2430;color:#fff;font-size:11px;padding:1px 5px;"
    "border-radius:3px}.human{color:#5a6575;font-style:italic}.news{color:#4a5565}small{font-weight:normal;"
    "color:#5a6575}@media print{.turn{break-inside:avoid}}";

static void interventions_html(FILE *f, const Session *s)
{
    const History *h = &s->game.history;
    if (h->ninterventions == 0) {
        fputs("<p>None: the game ran as the players and the scripts played it.</p>\n", f);
        return;
    }
    fputs("<table class=\"interventions\"><tr><th>before turn</th><th>what</th><th>the facilitator's reason</th>"
          "</tr>\n", f);
    for (int i = 0; i < h->ninterventions; i++) {
        const Intervention *iv = &h->interventions[i];
        fprintf(f, "<tr><td>%d</td><td><strong>%s</strong>: ", iv->turn + 1, intervention_name(iv->kind));
        html(f, iv->text);
        fputs("</td><td>", f);
        html(f, iv->reason[0] ? iv->reason : "(none given)");
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
}

/* The first turn at which two branches of one game differ, or 0. */
static int parting_turn(const Session *s, const Session *other)
{
    const History *a = &s->game.history, *b = &other->game.history;
    for (int t = 0; t < a->nturns && t < b->nturns; t++)
        if (a->turns[t].hash != b->turns[t].hash)
            return t + 1;
    return 0;
}

static void branch_html(FILE *f, const Session *s, const Session *other, const char *other_name)
{
    fputs("<h2>Two branches</h2>\n<p><span class=\"key-game\">&#9473; this game</span> &nbsp; "
          "<span class=\"key-branch\">&#9476; the branch ", f);
    html(f, other_name);
    int part = parting_turn(s, other);
    if (other->game.seed != s->game.seed || strcmp(other->scenario.id, s->scenario.id) != 0)
        fputs("</span>: <strong>not a branch of this game</strong> (another scenario or seed).", f);
    else if (part)
        fprintf(f, "</span>: the two part at turn %d.", part);
    else
        fputs("</span>: the two have not parted yet.", f);
    fprintf(f, " This game ended in <strong>%s</strong> after %d turns; the branch in <strong>%s</strong> after "
               "%d.</p>\n", outcome_name(s->game.world.outcome), s->game.world.turn,
            outcome_name(other->game.world.outcome), other->game.world.turn);
    scores_html(f, other, "Branch: ");
}

static int write_html(const Session *s, const Session *other, const char *other_name, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    const Game *g = &s->game;
    char start[16], end[16];
    game_date(&s->scenario, 1, start);
    game_date(&s->scenario, g->world.turn, end);
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>After-action report: ", f);
    html(f, s->scenario.name);
    fprintf(f, "</title>\n<style>%s</style></head><body>\n<h1>", style);
    html(f, s->scenario.name);
    fprintf(f, "</h1>\n<p class=\"lead\">After-action report: %d turns from %s to %s, seed %llu. Outcome: "
               "<strong>%s</strong>.</p>\n", g->world.turn, start, end, (unsigned long long)g->seed,
            outcome_name(g->world.outcome));
    players_html(f, s);
    fputs("<h2>Outcome and scores</h2>\n", f);
    scores_html(f, s, "");
    if (other)
        branch_html(f, s, other, other_name);
    fputs("<h2>The indicators</h2>\n<div class=\"charts\">\n", f);
    for (size_t i = 0; i < sizeof charted / sizeof *charted; i++)
        chart_svg(f, s, other, charted[i].var, charted[i].label);
    fputs("</div>\n<h2>Interventions by the facilitator</h2>\n", f);
    interventions_html(f, s);
    fputs("<h2>Debrief questions</h2>\n<ol>", f);
    for (int i = 0; i < s->scenario.ndebrief; i++) {
        fputs("<li>", f);
        html(f, s->scenario.debrief[i]);
        fputs("</li>", f);
    }
    if (s->scenario.ndebrief == 0)
        fputs("<li>What did each side want, and what did it get?</li>", f);
    fputs("</ol>\n<h2>Timeline</h2>\n", f);
    timeline_html(f, s);
    fputs("<p class=\"lead\">Generated by Red Line from the game's own record. Source tags "
          "such as A26 are paragraphs of the articles listed in docs/sources.md.</p>\n</body></html>\n", f);
    return fclose(f);
}

/* RFC 4180: comma-separated, CRLF line ends, fields quoted when they must be. */
static int write_csv(const Session *s, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("turn,date", f);
    for (int v = 0; v < VAR_COUNT; v++)
        if (!(var_info[v].flags & TRANSIENT))
            fprintf(f, ",%s", var_info[v].name);
    fputs("\r\n", f);
    for (int t = 0; t <= s->game.history.nturns; t++) {
        char date[16];
        game_date(&s->scenario, t + 1, date);
        fprintf(f, "%d,%s", t, date);
        for (int v = 0; v < VAR_COUNT; v++)
            if (!(var_info[v].flags & TRANSIENT))
                fprintf(f, ",%.10g", value_at(s, t, (Var)v));
        fputs("\r\n", f);
    }
    return fclose(f);
}

static int write_record(const Session *s, const char *path)
{
    cJSON *doc = record_to_json(s);
    char *text = cJSON_Print(doc);
    cJSON_Delete(doc);
    FILE *f = text ? fopen(path, "w") : NULL;
    int rc = f && fputs(text, f) >= 0 && fputc('\n', f) != EOF ? 0 : -1;
    if (f && fclose(f) != 0)
        rc = -1;
    cJSON_free(text);
    return rc;
}

typedef struct Report {
    const Session *game, *branch;
    const char *branch_name;
} Report;

static int html_file(const Report *r, const char *path) { return write_html(r->game, r->branch, r->branch_name, path); }
static int csv_file(const Report *r, const char *path) { return write_csv(r->game, path); }
static int record_file(const Report *r, const char *path) { return write_record(r->game, path); }

int report_write(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return error_set(err, ERR_DATA, "%s: cannot create the folder", dir), -1;
    static const struct { const char *name; int (*write)(const Report *, const char *); } files[] = {
        { "report.html", html_file }, { "indicators.csv", csv_file }, { "record.json", record_file },
    };
    Report report = { s, branch, branch_name ? branch_name : "" };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
        if (files[i].write(&report, path) != 0)
            return error_set(err, ERR_DATA, "%s: cannot write", path), -1;
    }
    return 0;
}
