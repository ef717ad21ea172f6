/* The after-action report of a game, built from its own record: report.html
 * (self-contained: outcome and scores, the turning points, the indicators as
 * inline SVG charts, the facilitator's interventions, the debrief questions,
 * the timeline of every order with who, why and the sources, and what moved
 * each indicator, and the sources' summaries), indicators.csv (RFC 4180, one
 * row per turn) and record.json (the full record; schema in
 * docs/record.schema.json); with a branch of the game, each carries both. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "page.h"

const Charted report_charted[] = {
    /* TRANSLATORS: the report's charts; a % here is a per cent, not a directive */
    { V_ESCALATION, N_("Escalation ladder (0-10)") },
    { V_OIL_PRICE, N_("Brent crude ($/bbl)") },
    { V_RIAL, N_("Rial per dollar (millions)") },
    { V_INFLATION, N_("Inflation (%/yr)") },
    /* xgettext:no-c-format */
    { V_PROTEST, N_("Protesting (% of population)") },
    { V_DEATHS, N_("Protesters killed") },
    { V_STABILITY, N_("Regime stability (0-100)") },
    /* xgettext:no-c-format */
    { V_STOCKPILE, N_("60% uranium (kg)") },
    { V_BREAKOUT, N_("Breakout time (weeks)") },
    { V_TALKS_PROGRESS, N_("Talks progress (0-100)") },
    { V_APPROVAL, N_("US approval (%)") },
    { V_ALLIANCE, N_("Allies' support (0-100)") },
};
const int report_ncharted = sizeof report_charted / sizeof *report_charted;

static void escaped(FILE *f, const char *text)
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

/* Text as HTML, its numbers in the language's digits (rl_digits_text):
 * every sentence, label and number of the page goes through here. */
void html(FILE *f, const char *text)
{
    size_t room = strpbrk(text, "0123456789") ? strlen(text) * 4 + 1 : 0;
    char *own = room ? malloc(room) : NULL;
    if (own) {
        memcpy(own, text, strlen(text) + 1);
        rl_digits_text(own, room);
        text = own;
    }
    escaped(f, text);
    free(own);
}

void htmlf(FILE *f, const char *format, ...)
{
    char text[2048];
    va_list ap;
    va_start(ap, format);
    vsnprintf(text, sizeof text, format, ap);
    va_end(ap);
    html(f, text);
}

const char *ltr(const char *text, char *out, size_t size)
{
    if (rl_language_rtl())
        snprintf(out, size, "\u2066%s\u2069", text);     /* LRI ... PDI */
    else
        snprintf(out, size, "%s", text);
    return out;
}

void html_in(FILE *f, const char *open, const char *text, const char *close)
{
    fputs(open, f);
    html(f, text);
    fputs(close, f);
}

void html_head_row(FILE *f, const char *const *headings, int n)
{
    fputs("<tr>", f);
    for (int i = 0; i < n; i++)
        html_in(f, "<th>", headings[i], "</th>");
    fputs("</tr>\n", f);
}

void actor_html(FILE *f, const Session *s, int a)
{
    html(f, rl_text(actor_title((Actor)a)));
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
        html_in(f, "<p class=\"lead\">", _("The computer played every role."), "</p>\n");
        return;
    }
    fputs("<p class=\"lead\">", f);
    html(f, _("Played by people:"));
    fputc(' ', f);
    for (int a = 0, k = 0; a < ACTOR_COUNT; a++)
        if (s->human[a]) {
            /* TRANSLATORS: between two names in a list */
            fputs(k++ ? _(", ") : "", f);
            actor_html(f, s, a);
        }
    /* TRANSLATORS: after the list of the roles people played */
    html(f, _("; the computer played the rest."));
    fputs("</p>\n", f);
}

static void scores_html(FILE *f, const Session *s, const char *which)
{
    for (int a = 0; a < ACTOR_COUNT; a++) {
        if (s->scenario.nobjectives[a] == 0)
            continue;
        double parts[MAX_OBJECTIVES];
        double total = game_score(&s->game, (Actor)a, parts);
        fputs("<table class=\"score\"><caption>", f);
        html(f, which);
        actor_html(f, s, a);
        htmlf(f, ": %ld / 100", lround(total));
        fputs("</caption>\n", f);
        /* TRANSLATORS: the columns of a side's score: its objectives, their weights, how far each was met */
        const char *head[] = { _("objective"), _("weight"), _("met") };
        html_head_row(f, head, 3);
        for (int i = 0; i < s->scenario.nobjectives[a]; i++) {
            fputs("<tr><td>", f);
            html(f, rl_text(s->scenario.objectives[a][i].text));
            fputs("</td><td>", f);
            htmlf(f, "%g", s->scenario.objectives[a][i].weight);
            fputs("</td><td>", f);
            htmlf(f, "%ld%%", lround(parts[i]));
            fputs("</td></tr>\n", f);
        }
        fputs("</table>\n", f);
    }
}

/* Logical sides (start, inline-start) so that a right-to-left page mirrors;
 * the charts keep time running left to right. */
static const char style[] =
    "body{font:15px/1.45 'DejaVu Sans',sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1c2430;"
    "background:#f6f4ef}h1{margin:0 0 4px}h2{border-bottom:3px solid #c8402f;padding-bottom:4px;margin-top:36px}"
    ".lead{color:#4a5565}.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{margin:0;background:#fff;"
    "border:1px solid #d8d4cc}.chart svg{width:320px;height:156px}.title{font-size:11px;font-weight:bold}"
    ".axis{font-size:10px;fill:#5a6575}.chart svg{direction:ltr}.frame{fill:none;stroke:#d8d4cc}polyline{fill:none;stroke-width:2}"
    ".game{stroke:#c8402f}.branch{stroke:#2f6fc8;stroke-dasharray:5 3}.key-game{color:#c8402f}"
    ".key-branch{color:#2f6fc8}table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}th,td{border:1px "
    "solid #d8d4cc;padding:4px 8px;text-align:start;vertical-align:top}td p{margin:0 0 4px}.score{width:auto;"
    "display:inline-table;margin-inline-end:24px}caption{font-weight:bold;text-align:start;padding:4px 0}"
    ".src{color:#5a6575;font-size:12px}.secret{background:#1c2430;color:#fff;font-size:11px;padding:1px 5px;"
    "border-radius:3px}.human{color:#5a6575;font-style:italic}.news{color:#4a5565}small{font-weight:normal;"
    "color:#5a6575}.ladder{color:#8a3a2c;font-size:12px;white-space:nowrap}.moved{color:#1c2430;font-size:13px}"
    ".turning li{margin-bottom:8px}.turning ul{margin:4px 0}.tick{stroke:#b8b4ac}.grid{stroke:#eeebe5}"
    ".event line{stroke:#7a5ab8;stroke-dasharray:2 2}.event path{fill:#7a5ab8}.sources dt{font-weight:bold;"
    "float:inline-start;clear:inline-start;width:150px}.sources dd{margin:0 0 6px;margin-inline-start:160px}:target{background:#fff3c4}"
    "@media print{.turn{break-inside:avoid}}";

static void interventions_html(FILE *f, const Session *s)
{
    const History *h = &s->game.history;
    if (h->ninterventions == 0) {
        html_in(f, "<p>", _("None: the game ran as the players and the scripts played it."), "</p>\n");
        return;
    }
    fputs("<table class=\"interventions\">", f);
    const char *head[] = { _("before turn"), _("what"), _("the facilitator's reason") };
    html_head_row(f, head, 3);
    for (int i = 0; i < h->ninterventions; i++) {
        const Intervention *iv = &h->interventions[i];
        fputs("<tr><td>", f);
        htmlf(f, "%d", iv->turn + 1);
        fputs("</td><td><strong>", f);
        html(f, rl_intervention_title(iv->kind));
        fputs("</strong>: ", f);
        char did[NEWS_LEN + 120];
        html(f, rl_intervention_text(iv, did, sizeof did));
        fputs("</td><td>", f);
        html(f, iv->reason[0] ? iv->reason : _("(none given)"));
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
    html_in(f, "<h2>", _("Two branches"), "</h2>\n<p><span class=\"key-game\">&#9473; ");
    html(f, _("this game"));
    fputs("</span> &nbsp; <span class=\"key-branch\">&#9476; ", f);
    /* TRANSLATORS: the branch's name follows */
    htmlf(f, _("the branch %s"), other_name);
    fputs("</span>: ", f);
    int part = parting_turn(s, other);
    if (other->game.seed != s->game.seed || strcmp(other->scenario.id, s->scenario.id) != 0)
        html(f, _("not a branch of this game (another scenario or seed)."));
    else if (part)
        htmlf(f, _("the two part at turn %d."), part);
    else
        html(f, _("the two have not parted yet."));
    fputc(' ', f);
    /* TRANSLATORS: each game's outcome ("Agreement", "Time ran out") and the turns it lasted */
    htmlf(f, _("This game: %s after %d turns; the branch: %s after %d."), rl_outcome_title(s->game.world.outcome),
          s->game.world.turn, rl_outcome_title(other->game.world.outcome), other->game.world.turn);
    fputs("</p>\n", f);
    /* TRANSLATORS: before a side's name, over the branch's scores */
    scores_html(f, other, _("Branch: "));
}

static void debrief_html(FILE *f, const Report *r)
{
    const Session *s = r->game;
    html_in(f, "<h2>", _("Debrief questions"), "</h2>\n<ol>");
    for (int i = 0; i < s->scenario.ndebrief; i++) {
        fputs("<li>", f);
        html_linked(f, r->sources, rl_text(s->scenario.debrief[i]));
        fputs("</li>", f);
    }
    if (s->scenario.ndebrief == 0)
        html_in(f, "<li>", _("What did each side want, and what did it get?"), "</li>");
    fputs("</ol>\n", f);
}

static int write_html(const Report *r, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    const Session *s = r->game, *other = r->branch;
    const Game *g = &s->game;
    char start[16], end[16];
    game_date(&s->scenario, 1, start);
    game_date(&s->scenario, g->world.turn, end);
    /* the page says its language, and its direction: a browser lays out Persian right to left */
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\"><title>", rl_language(),
            rl_language_rtl() ? "rtl" : "ltr");
    htmlf(f, _("After-action report: %s"), rl_text(s->scenario.name));
    fprintf(f, "</title>\n<style>%s</style></head><body>\n<h1>", style);
    html(f, rl_text(s->scenario.name));
    fputs("</h1>\n<p class=\"lead\">", f);
    char seed[24], from[64], to[64];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)g->seed);
    /* TRANSLATORS: turns, the first and last week's dates, the seed, the outcome ("Agreement", "Time ran out") */
    htmlf(f, ngettext("After-action report: %d turn from %s to %s, seed %s. Outcome: %s.",
                      "After-action report: %d turns from %s to %s, seed %s. Outcome: %s.", (unsigned long)g->world.turn),
          g->world.turn, rl_date_text(start, from, sizeof from), rl_date_text(end, to, sizeof to), seed,
          rl_outcome_title(g->world.outcome));
    fputs("</p>\n", f);
    players_html(f, s);
    html_in(f, "<h2>", _("Outcome and scores"), "</h2>\n");
    scores_html(f, s, "");
    if (other)
        branch_html(f, s, other, r->branch_name);
    turning_html(f, r);
    html_in(f, "<h2>", _("The indicators"), "</h2>\n<p class=\"lead\">");
    html(f, _("Each on its own range, week by week; a purple mark is a week an event fired or the facilitator "
              "stepped in (point at it to read which)."));
    fputs("</p>\n<div class=\"charts\">\n", f);
    for (int i = 0; i < report_ncharted; i++)
        chart_svg(f, s, other, report_charted[i].var, _(report_charted[i].label));
    html_in(f, "</div>\n<h2>", _("Interventions by the facilitator"), "</h2>\n");
    interventions_html(f, s);
    debrief_html(f, r);
    html_in(f, "<h2>", _("Timeline"), "</h2>\n");
    timeline_html(f, r);
    html_in(f, "<h2 id=\"sources\">", _("Sources"), "</h2>\n");
    html_sources(f, r->sources);
    html_in(f, "<p class=\"lead\">", _("Generated by Red Line from the game's own record."), "</p>\n</body></html>\n");
    return fclose(f);
}

/* What a teacher's spreadsheet gets: the indicators, not the model's
 * bookkeeping nor its "this turn" signals. */
static bool in_csv(int v)
{
    return !(var_info[v].flags & (TRANSIENT | INTERNAL));
}

static void csv_rows(FILE *f, const Session *s, const char *branch)
{
    for (int t = 0; t <= s->game.history.nturns; t++) {
        char date[16];
        game_date(&s->scenario, t + 1, date);
        fprintf(f, "%s,%d,%s", branch, t, date);
        for (int v = 0; v < VAR_COUNT; v++)
            if (in_csv(v))
                fprintf(f, ",%.10g", value_at(s, t, (Var)v));
        fputs("\r\n", f);
    }
}

/* RFC 4180: comma-separated, CRLF line ends; one row per turn, the game's
 * (branch "game") and then a compared branch's (branch "branch"). */
static int write_csv(const Report *r, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs("branch,turn,date", f);
    for (int v = 0; v < VAR_COUNT; v++)
        if (in_csv(v))
            fprintf(f, ",%s", var_info[v].name);
    fputs("\r\n", f);
    csv_rows(f, r->game, "game");
    if (r->branch)
        csv_rows(f, r->branch, "branch");
    return fclose(f);
}

static int write_record(const Report *r, const char *path)
{
    cJSON *doc = record_to_json(r->game);
    if (r->branch) {
        cJSON_AddItemToObject(doc, "branch", record_to_json(r->branch));
        cJSON_AddStringToObject(doc, "branch_name", r->branch_name);
    }
    char *text = cJSON_Print(doc);
    cJSON_Delete(doc);
    FILE *f = text ? fopen(path, "w") : NULL;
    int rc = f && fputs(text, f) >= 0 && fputc('\n', f) != EOF ? 0 : -1;
    if (f && fclose(f) != 0)
        rc = -1;
    cJSON_free(text);
    return rc;
}

int report_write_odds(const Session *s, const Session *branch, const char *branch_name, const double *odds,
                      int runs, const char *dir, Error *err)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return error_set(err, ERR_DATA, _("%s: cannot create the folder"), dir), -1;
    Report *r = calloc(1, sizeof *r);
    if (!r)
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    Sources sources;
    *r = (Report){ .game = s, .branch = branch, .branch_name = branch_name ? branch_name : "",
                   .odds_runs = odds ? runs : 0, .sources = &sources };
    if (odds)
        memcpy(r->odds, odds, (size_t)(s->game.history.nturns + 1) * sizeof *odds);
    sources_load(s, &sources);
    static const struct { const char *name; int (*write)(const Report *, const char *); } files[] = {
        { "report.html", write_html }, { "indicators.csv", write_csv }, { "record.json", write_record },
    };
    int rc = 0;
    for (size_t i = 0; i < sizeof files / sizeof *files && rc == 0; i++) {
        char path[1100];
        snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
        if (files[i].write(r, path) != 0) {
            error_set(err, ERR_DATA, _("%s: cannot write"), path);
            rc = -1;
        }
    }
    sources_free(&sources);
    free(r);
    return rc;
}

int report_write(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err)
{
    return report_write_odds(s, branch, branch_name, NULL, 0, dir, err);
}
