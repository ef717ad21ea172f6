/* The end of the game: the outcome, every scored side's objectives, the
 * timeline, and the way to the debrief tools. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- the end ----------------------------------------------------------- */

static const char *outcome_text(Outcome o)
{
    switch (o) {
    case OUT_AGREEMENT: return _("An agreement is signed: sanctions relief for limits on the nuclear programme.");
    case OUT_WAR: return _("The crisis tipped into full-scale war.");
    case OUT_COLLAPSE: return _("The security forces defected and the Islamic Republic fell.");
    case OUT_BREAKOUT: return _("Iran declared a nuclear weapon.");
    case OUT_TIMEOUT: return _("The weeks ran out with the crisis unresolved.");
    default: return "";
    }
}

const char *ui_outcome_title(Outcome o)
{
    return rl_outcome_title(o);
}

/* What an objective met by an outcome asks for, as a whole sentence. */
const char *ui_outcome_goal(Outcome o)
{
    switch (o) {
    case OUT_AGREEMENT: return _("Met only if the game ends in an agreement: watch the talks' progress.");
    case OUT_WAR: return _("Met only if the game ends in war: watch the ladder.");
    case OUT_COLLAPSE: return _("Met only if the regime collapses: watch its stability.");
    case OUT_BREAKOUT: return _("Met only if Iran declares a bomb: watch the breakout time.");
    case OUT_TIMEOUT: return _("Met only if the weeks run out with the crisis unresolved.");
    default: return "";
    }
}

/* The debrief tools at the foot of the left panel: the report, how likely
 * it was, a branch. Buttons as wide as their words, in as many rows as the
 * panel needs. Returns the height they take (draw false: only measures);
 * *left_screen is set if one took the screen elsewhere. */
static float debrief_tools(App *app, Rect left, bool draw, bool *left_screen)
{
    const Palette *p = &app->pal;
    int turns = rl_turn(app->s);
    static const char *const labels[3] = { N_("Write the report"), N_("How likely was it?"), N_("Branch from a week") };
    float bh = fmaxf(40, line_height(app, FONT_BOLD) + 16), x0 = left.x + 14, w = left.w - 28;
    const char *done = app->report_dir[0] ? app->report_dir : "";
    char written[1000];
    if (done[0])
        snprintf(written, sizeof written, _("Written to %s/ : report.html (open it in a web browser), indicators.csv, "
                                          "record.json"), done);
    else
        snprintf(written, sizeof written, "%s", _("The report is a web page with every order, the charts, the "
                                          "facilitator's interventions and the debrief questions."));
    /* measure: where each button goes */
    Rect b[3];
    float x = x0, y = 32 + line_height(app, FONT_BOLD) - 14;
    for (int i = 0; i < 3; i++) {
        float bw = text_width(app, FONT_BOLD, _(labels[i])) + 28;
        if (x > x0 && x + bw > x0 + w) {
            x = x0;
            y += bh + 8;
        }
        b[i] = rect(x, y, bw, bh);
        x += bw + 8;
    }
    float h = y + bh + 8 + wrapped_height(app, FONT_SMALL, written, w) + 10;
    if (!draw)
        return h;
    float dy = left.y + left.h - h;
    fill(app, rect(left.x + 1, dy, left.w - 2, 1), p->border);
    draw_text(app, FONT_BOLD, _("For the debrief"), left.x + 14, dy + 8, p->text);
    if (app->origin_path[0]) {
        char note[160];
        snprintf(note, sizeof note, _("A branch after week %d: the report sets it beside the game."), app->origin_turn);
        float nx = left.x + 28 + text_width(app, FONT_BOLD, _("For the debrief"));
        draw_text_fit(app, FONT_SMALL, note, nx, dy + 10, left.x + left.w - 14 - nx, p->faint);
    }
    bool pressed[3];
    for (int i = 0; i < 3; i++)
        pressed[i] = ui_button(app, rect(b[i].x, dy + b[i].y, b[i].w, b[i].h), _(labels[i]), i == 0 || turns > 0);
    draw_wrapped(app, FONT_SMALL, written, x0, dy + y + bh + 8, w, done[0] ? p->good : p->faint);
    *left_screen = true;
    if (pressed[0]) {
        ui_write_report(app);
    } else if (pressed[1]) {
        app->likely.turn = turns > 1 ? 1 : 0;
        if (app->likely.runs == 0)
            app->likely.runs = 100;
        ui_goto(app, SCR_LIKELY);
    } else if (pressed[2]) {
        app->br_turn = turns > 1 ? turns / 2 : 0;
        for (int a = 0; a < ACTOR_COUNT; a++) {
            app->br_human[a] = rl_human(app->s, a);
            ui_copy(app->br_team[a], TEAM_LEN, rl_team(app->s, a));
        }
        ui_goto(app, SCR_BRANCH);
    } else {
        *left_screen = false;
    }
    return h;
}

/* ---- each score told from the timeline -------------------------------- */

static double shown_at(App *app, int v, int t) { return rl_shown((Var)v, rl_value(app->s, VIEW_TRUTH, t, (Var)v, NULL)); }

/* The week v moved most one way (dir +1 up, -1 down), by its change as
 * shown, and what moved it most that week ("Israel: Strike the nuclear
 * sites +2.8"); 0 if it never moved that way. For a record, the weeks it
 * moved that way, ranked by the move of the variable it keeps, and that
 * variable's cause. */
static int week_moved_most(App *app, int v, int dir, char *cause, size_t cap)
{
    int turns = rl_turn(app->s), best = 0, moved = ui_record_follows(v) >= 0 ? ui_record_follows(v) : v;
    double most = 0;
    for (int t = 1; t <= turns; t++) {
        double d = shown_at(app, moved, t) - shown_at(app, moved, t - 1);
        if (moved != v && (shown_at(app, v, t) - shown_at(app, v, t - 1)) * dir <= 0)
            continue;   /* a record moves only where it is beaten: a highest never falls */
        if (d * dir > most) {
            most = d * dir;
            best = t;
        }
    }
    cause[0] = '\0';
    if (!best)
        return 0;
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = rl_causes_shown(app->s, VIEW_TRUTH, best, (Var)moved, parts, LEDGER_MAX_PARTS), top = -1;
    for (int i = 0; i < n; i++)
        if (parts[i].amount * dir > 0 && (top < 0 || fabs(parts[i].amount) > fabs(parts[top].amount)))
            top = i;
    if (top >= 0) {
        char d[40];
        ui_format_delta(moved, parts[top].amount, d, sizeof d);
        if (moved == v)
            snprintf(cause, cap, "%s %s", parts[top].label, d);
        else
            snprintf(cause, cap, _("%s moved %s %s"), parts[top].label, ui_var_label(moved), d);
    }
    return best;
}

/* The last week v's value as shown changed; 0 if it never did. */
static int last_change(App *app, int v)
{
    for (int t = rl_turn(app->s); t >= 1; t--)
        if (shown_at(app, v, t) != shown_at(app, v, t - 1))
            return t;
    return 0;
}

/* Where objective o's variable went, in a sentence for its kind: a yes or
 * no says when it turned ("Declared weapon: no, all game"), a record its
 * final value, a number where it went unless it never moved. */
static size_t where_it_went(App *app, const Objective *o, char *out, size_t cap)
{
    int v = o->var, turns = rl_turn(app->s), turned = last_change(app, v);
    char start[40], last[40], best[40], worst[40], range[160];
    ui_format_value(v, rl_value(app->s, VIEW_TRUTH, 0, (Var)v, NULL), start, sizeof start);
    ui_format_value(v, rl_value(app->s, VIEW_TRUTH, turns, (Var)v, NULL), last, sizeof last);
    if (strcmp(var_info[v].unit, "0/1") == 0) {
        if (!turned)
            return (size_t)snprintf(out, cap, _("%s: %s, all game."), ui_var_label(v), last);
        return (size_t)snprintf(out, cap, _("%s: %s from week %d (%s before)."), ui_var_label(v), last, turned, start);
    }
    ui_format_value(v, o->best, best, sizeof best);
    ui_format_value(v, o->worst, worst, sizeof worst);
    snprintf(range, sizeof range, _("met fully at %s, not at all at %s"), best, worst);
    if (!turned)
        return (size_t)snprintf(out, cap, _("%s stayed at %s all game (%s)."), ui_var_label(v), last, range);
    if (ui_record_follows(v) >= 0)
        return (size_t)snprintf(out, cap, _("%s: %s at the end (%s)."), ui_var_label(v), last, range);
    if (strcmp(start, last) == 0)
        return (size_t)snprintf(out, cap, _("%s ended where it began, at %s (%s)."), ui_var_label(v), last, range);
    return (size_t)snprintf(out, cap, _("%s went from %s to %s (%s)."), ui_var_label(v), start, last, range);
}

/* Why objective o scored what it did, in sentences from the game's own
 * history: where its variable ended, and the weeks that moved it most. */
static void score_story(App *app, const Objective *o, char *out, size_t cap)
{
    Outcome end = rl_outcome(app->s);
    int turns = rl_turn(app->s);
    if (o->var < 0) {
        if (end == (Outcome)o->outcome)
            snprintf(out, cap, _("Met: the game ended this way in week %d."), turns);
        else
            snprintf(out, cap, _("Not met: the game ended otherwise in week %d (%s)."), turns, ui_outcome_title(end));
        return;
    }
    size_t n = where_it_went(app, o, out, cap);
    if (strcmp(var_info[o->var].unit, "0/1") == 0)
        return;     /* the week it turned is the story */
    int want = o->best > o->worst ? 1 : -1;
    char cause[300];
    int week = week_moved_most(app, o->var, -want, cause, sizeof cause);
    if (week && cause[0] && n < cap)
        n += (size_t)snprintf(out + n, cap - n, _(" The worst week for it was week %d: %s."), week, cause);
    week = week_moved_most(app, o->var, want, cause, sizeof cause);
    if (week && cause[0] && n < cap)
        snprintf(out + n, cap - n, _(" The best was week %d: %s."), week, cause);
}

/* A side's score and each objective's share, with its story. Returns the
 * height used. */
static float side_scores(App *app, Actor a, float x, float y, float w)
{
    const Palette *p = &app->pal;
    const Scenario *s = rl_scenario(app->s);
    double parts[MAX_OBJECTIVES] = { 0 };
    double total = rl_score(app->s, a, parts);
    float y0 = y;
    char head[200], who[120];
    ui_team_label(app, a, who, sizeof who);
    if (s->nobjectives[a] == 0)
        snprintf(head, sizeof head, _("%s: not scored"), who);
    else
        snprintf(head, sizeof head, "%s: %.0f / 100", who, total);
    y += draw_wrapped(app, FONT_H2, head, x, y, w, ui_actor_colour(app, a)) + 6;
    double wsum = 0;
    for (int i = 0; i < s->nobjectives[a]; i++)
        wsum += s->objectives[a][i].weight;
    /* the shares' column as wide as the language writes 100% (German 100 %) */
    float bw = 110, pw = fmaxf(40, text_width(app, FONT_SMALL, "100%")), tx = x + bw + pw + 12;
    for (int i = 0; i < s->nobjectives[a]; i++) {
        const Objective *o = &s->objectives[a][i];
        fill(app, rect(x, y + 3, bw, 12), p->panel2);
        fill(app, rect(x, y + 3, bw * (float)parts[i] / 100, 12), parts[i] >= 50 ? p->good : p->bad);
        char pct[16], line[200], story[900];
        snprintf(pct, sizeof pct, "%.0f%%", fabs(parts[i]) < 0.5 ? 0.0 : parts[i]);
        draw_text_al(app, FONT_SMALL, pct, x + bw + 4, y + 1, pw, ALIGN_RIGHT, p->text);
        snprintf(line, sizeof line, _("%s (%.0f%% of the score)"), rl_text(o->text), wsum > 0 ? 100 * o->weight / wsum : 0);
        y += draw_wrapped(app, FONT_BODY, line, tx, y, x + w - tx, p->text) + 2;
        score_story(app, o, story, sizeof story);
        y += draw_wrapped(app, FONT_SMALL, story, tx, y, x + w - tx, p->dim) + 8;
    }
    return y - y0;
}

/* ---- the timeline ----------------------------------------------------- */

/* What a week's line in the timeline says, or NULL for a news item it leaves
 * out: every side's significant moves, every order of a team at the screen,
 * the world's events, the model's own turns, the facilitator, the end. */
static bool in_timeline(App *app, int turn, const News *n)
{
    if (n->actor == NOBODY)
        return true;
    if (n->action < 0)
        return false;   /* an order refused, a script that failed: the news has it */
    return ui_significant(app, turn, n) || (n->actor < ACTOR_COUNT && rl_human(app->s, n->actor));
}

/* Every week: its rung on the ladder and how far it moved, then its
 * significant moves, secrets included. */
static void timeline(App *app, Rect right)
{
    const Palette *p = &app->pal;
    int turns = rl_turn(app->s);
    ui_panel(app, right, NULL);
    float hw = draw_text(app, FONT_H2, _("Timeline"), right.x + 12, right.y + 8, p->text) + 24;
    const char *what = _("every side's significant moves, the teams' orders, the world's events");
    if (text_width(app, FONT_SMALL, what) <= right.w - 24 - hw)     /* left out when a longer language has no room */
        draw_text_al(app, FONT_SMALL, what, right.x, right.y + 12, right.w - 12, ALIGN_RIGHT, p->faint);
    float head = line_height(app, FONT_H2) + 16;
    Rect view = rect(right.x + 4, right.y + head, right.w - 8, right.h - head - 4);
    Scroll sc2;
    scroll_begin(app, &sc2, view, &app->scroll2[SCR_END]);
    float y = sc2.y0, tw = view.w - 44;
    for (int t = 1; t <= turns; t++) {
        char date[64], head_line[120], esc[80];
        ui_date(app, t, date, sizeof date);
        double e = rl_value(app->s, VIEW_TRUTH, t, V_ESCALATION, NULL);
        double d = rl_shown(V_ESCALATION, e) - rl_shown(V_ESCALATION, rl_value(app->s, VIEW_TRUTH, t - 1, V_ESCALATION, NULL));
        snprintf(head_line, sizeof head_line, _("Week %d · %s"), t, date);
        int rung = (int)floor(e + 0.5);
        fill(app, rect(view.x + 8, y + 3, 10, 10), p->ladder[rung < 0 ? 0 : rung > 10 ? 10 : rung]);
        draw_text(app, FONT_BOLD, head_line, view.x + 24, y, p->text);
        char m[16];
        snprintf(esc, sizeof esc, _("ladder %.1f (%s), %s"), e, ui_ladder_move(d, m, sizeof m), ui_ladder_label(rung));
        draw_text_al(app, FONT_SMALL, esc, view.x, y + 1, view.w - 16, ALIGN_RIGHT, fabs(d) >= 1 ? p->warn : p->dim);
        y += line_height(app, FONT_BOLD) + 2;
        const News *news[MAX_NEWS_SHOWN];
        int nnews = rl_news(app->s, VIEW_TRUTH, t, news, MAX_NEWS_SHOWN);
        for (int i = 0; i < nnews; i++) {
            const News *n = news[i];
            if (!in_timeline(app, t, n))
                continue;
            char line[NEWS_LEN * 2 + 40], text[NEWS_LEN * 2];
            bool major = n->action >= 0 && ui_significant(app, t, n);
            rl_news_text(app->s, n, text, sizeof text);
            if (n->only_for != NOBODY)
                /* TRANSLATORS: a news item only one side saw, in the end's timeline */
                snprintf(line, sizeof line, _("%s%s (secret)"), major ? "★ " : "", text);
            else
                snprintf(line, sizeof line, "%s%s", major ? "★ " : "", text);
            fill(app, rect(view.x + 18, y + 2, 3, wrapped_height(app, FONT_SMALL, line, tw) - 3),
                 ui_actor_colour(app, n->actor));
            y += draw_wrapped(app, FONT_SMALL, line, view.x + 24, y, tw, n->actor == NOBODY ? p->warn : p->text) + 1;
        }
        y += 8;
    }
    scroll_end(app, &sc2, y - sc2.y0);
}

void screen_end(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    Outcome o = rl_outcome(app->s);
    int turns = rl_turn(app->s);
    char title[120], sub[160];
    snprintf(title, sizeof title, _("The game is over: %s"), ui_outcome_title(o));
    snprintf(sub, sizeof sub, ngettext("%s · %d week played · seed %llu", "%s · %d weeks played · seed %llu", turns),
             rl_text(rl_scenario(app->s)->name), turns,
             (unsigned long long)rl_seed(app->s));
    ui_heading(app, title, sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.46f);
    Rect left = rect(16, 76, lw_, bottom - 76 - 8);
    ui_panel(app, left, NULL);
    bool gone = false;
    float dh = debrief_tools(app, left, false, &gone);     /* the debrief tools at the panel's foot */
    Rect lview = rect(left.x + 4, left.y + 8, left.w - 8, left.h - 12 - dh);
    Scroll sc;
    scroll_begin(app, &sc, lview, &app->scroll[SCR_END]);
    float x = lview.x + 10, w = lview.w - 30, y = sc.y0;
    y += draw_wrapped(app, FONT_H2, outcome_text(o), x, y, w, p->text) + 14;
    /* the teams' roles first, then the other roles the scenario scores */
    for (int pass = 0; pass < 2; pass++)
        for (int a = 0; a < ACTOR_COUNT; a++)
            if ((pass == 0) == rl_human(app->s, a) && (rl_human(app->s, a) || rl_scenario(app->s)->nobjectives[a] > 0))
                y += side_scores(app, (Actor)a, x, y, w) + 14;
    y += draw_wrapped(app, FONT_SMALL,
                      _("Scores run from 0 to 100: each objective counts by its weight, met fully at its best "
                      "value and not at all at its worst. The charts now show the true history, secrets included."),
                      x, y, w, p->dim) + 6;
    scroll_end(app, &sc, y - sc.y0);

    debrief_tools(app, left, true, &gone);
    if (gone)
        return;
    float rx = left.x + left.w + 12;
    timeline(app, rect(rx, 76, app->lw - rx - 16, bottom - 76 - 8));

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 150, 44), _("Charts"), true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_END;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    if (ui_button(app, rect(176, by, 150, 44), _("Save"), true)) {
        app->back_from_load = SCR_END;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-final", rl_scenario(app->s)->id,
                 app->hotseat ? "hotseat" : actor_name(app->side));
        ui_goto(app, SCR_SAVE);
        app->focus = 0;
        app->text_replace = true;
        return;
    }
    if (ui_button(app, rect(336, by, 150, 44), _("Last week"), true)) {
        app->res_turn = turns;
        ui_goto(app, SCR_RESOLUTION);
        return;
    }
    if (ui_button(app, rect(app->lw - 16 - 180 - 10 - 180, by, 180, 44), _("Main menu"), true) ||
        ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (ui_button_primary(app, rect(app->lw - 16 - 180, by, 180, 44), _("New game"), true)) {
        ui_newgame_defaults(app);
        ui_goto(app, SCR_NEWGAME);
        return;
    }
    if (app->status[0])
        draw_text_fit(app, FONT_SMALL, app->status, 500, by + 14, app->lw - 16 - 380 - 500, p->warn);
}
