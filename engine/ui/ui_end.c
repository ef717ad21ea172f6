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
    case OUT_AGREEMENT: return "An agreement is signed: sanctions relief for limits on the nuclear programme.";
    case OUT_WAR: return "The crisis tipped into full-scale war.";
    case OUT_COLLAPSE: return "The security forces defected and the Islamic Republic fell.";
    case OUT_BREAKOUT: return "Iran declared a nuclear weapon.";
    case OUT_TIMEOUT: return "The weeks ran out with the crisis unresolved.";
    default: return "";
    }
}

const char *ui_outcome_title(Outcome o)
{
    switch (o) {
    case OUT_AGREEMENT: return "Agreement";
    case OUT_WAR: return "War";
    case OUT_COLLAPSE: return "Regime collapse";
    case OUT_BREAKOUT: return "Nuclear breakout";
    case OUT_TIMEOUT: return "Time ran out";
    default: return "Game over";
    }
}

/* The debrief tools at the foot of the left panel: the report, how likely
 * it was, a branch. True if one of them took the screen elsewhere. */
static bool debrief_tools(App *app, Rect left, float dh)
{
    const Palette *p = &app->pal;
    int turns = rl_turn(app->s);
    float dy = left.y + left.h - dh;
    fill(app, rect(left.x + 1, dy, left.w - 2, 1), p->border);
    draw_text(app, FONT_BOLD, "For the debrief", left.x + 14, dy + 8, p->text);
    if (app->origin_path[0]) {
        char note[160];
        snprintf(note, sizeof note, "a branch after week %d: the report sets it beside the game", app->origin_turn);
        draw_text_al(app, FONT_SMALL, note, left.x, dy + 10, left.w - 14, ALIGN_RIGHT, p->faint);
    }
    float bw3 = (left.w - 28 - 16) / 3, bx = left.x + 14, byy = dy + 32;
    if (ui_button(app, rect(bx, byy, bw3, 40), "Write the report", true)) {
        ui_write_report(app);
        return true;
    }
    if (ui_button(app, rect(bx + bw3 + 8, byy, bw3, 40), "How likely was it?", turns > 0)) {
        app->likely.turn = turns > 1 ? 1 : 0;
        if (app->likely.runs == 0)
            app->likely.runs = 100;
        ui_goto(app, SCR_LIKELY);
        return true;
    }
    if (ui_button(app, rect(bx + 2 * (bw3 + 8), byy, bw3, 40), "Branch from a week", turns > 0)) {
        app->br_turn = turns > 1 ? turns / 2 : 0;
        for (int a = 0; a < ACTOR_COUNT; a++) {
            app->br_human[a] = rl_human(app->s, a);
            ui_copy(app->br_team[a], TEAM_LEN, rl_team(app->s, a));
        }
        ui_goto(app, SCR_BRANCH);
        return true;
    }
    const char *done = app->report_dir[0] ? app->report_dir : "";
    char written[1000];
    if (done[0])
        snprintf(written, sizeof written, "Written to %s/ : report.html (open it in a web browser), indicators.csv, "
                                          "record.json", done);
    else
        snprintf(written, sizeof written, "The report is a web page with every order, the charts, the "
                                          "facilitator's interventions and the debrief questions.");
    Rect wr = rect(bx, byy + 46, left.w - 28, dh - 80);
    Rect saved;
    push_clip(app, wr, &saved);
    draw_wrapped(app, FONT_SMALL, written, wr.x, wr.y, wr.w, done[0] ? p->good : p->faint);
    pop_clip(app, saved);

    return false;
}

/* Every week: its rung on the ladder and its news, secrets included. */
static void timeline(App *app, Rect right)
{
    const Palette *p = &app->pal;
    int turns = rl_turn(app->s);
    ui_panel(app, right, NULL);
    draw_text(app, FONT_H2, "Timeline", right.x + 12, right.y + 8, p->text);
    Rect view = rect(right.x + 4, right.y + 38, right.w - 8, right.h - 42);
    Scroll sc2;
    scroll_begin(app, &sc2, view, &app->scroll2[SCR_END]);
    float y = sc2.y0;
    for (int t = 1; t <= turns; t++) {
        char date[16], head[120];
        game_date(rl_scenario(app->s), t, date);
        double e = rl_value(app->s, VIEW_TRUTH, t, V_ESCALATION, NULL);
        snprintf(head, sizeof head, "Week %d · %s", t, date);
        int rung = (int)floor(e + 0.5);
        fill(app, rect(view.x + 8, y + 3, 10, 10), p->ladder[rung < 0 ? 0 : rung > 10 ? 10 : rung]);
        draw_text(app, FONT_BOLD, head, view.x + 24, y, p->text);
        char esc[60];
        snprintf(esc, sizeof esc, "escalation %.1f (%s)", e, ui_ladder_label(rung));
        draw_text_al(app, FONT_SMALL, esc, view.x, y + 1, view.w - 16, ALIGN_RIGHT, p->dim);
        y += line_height(app, FONT_BOLD) + 2;
        const News *news[MAX_NEWS_SHOWN];
        int nnews = rl_news(app->s, VIEW_TRUTH, t, news, MAX_NEWS_SHOWN);
        for (int i = 0; i < nnews; i++) {
            const News *n = news[i];
            bool key = n->actor == US || n->actor == IRAN || n->actor == NOBODY ||
                       (n->actor < ACTOR_COUNT && rl_human(app->s, n->actor));
            if (!key)
                continue;
            char line[NEWS_LEN + 20];
            snprintf(line, sizeof line, "%s%s", n->text, n->only_for != NOBODY ? " (secret)" : "");
            y += draw_wrapped(app, FONT_SMALL, line, view.x + 24, y, view.w - 44,
                              n->actor == NOBODY ? p->warn : p->text) + 1;
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
    snprintf(title, sizeof title, "The game is over: %s", ui_outcome_title(o));
    snprintf(sub, sizeof sub, "%s · %d weeks played · seed %llu", rl_scenario(app->s)->name, turns,
             (unsigned long long)rl_seed(app->s));
    ui_heading(app, title, sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.46f);
    Rect left = rect(16, 76, lw_, bottom - 76 - 8);
    ui_panel(app, left, NULL);
    float dh = 112;     /* the debrief tools at the panel's foot */
    Rect lview = rect(left.x + 4, left.y + 8, left.w - 8, left.h - 12 - dh);
    Scroll sc;
    scroll_begin(app, &sc, lview, &app->scroll[SCR_END]);
    float x = lview.x + 10, w = lview.w - 30, y = sc.y0;
    y += draw_wrapped(app, FONT_H2, outcome_text(o), x, y, w, p->text) + 14;
    /* the teams' roles first, then the other roles the scenario scores */
    for (int pass = 0; pass < 2; pass++)
        for (int a = 0; a < ACTOR_COUNT; a++)
            if ((pass == 0) == rl_human(app->s, a) && (rl_human(app->s, a) || rl_scenario(app->s)->nobjectives[a] > 0))
                y += ui_objectives(app, (Actor)a, x, y, w, true) + 14;
    y += draw_wrapped(app, FONT_SMALL,
                      "Scores run from 0 to 100: each objective counts by its weight, met fully at its best "
                      "value and not at all at its worst. The charts now show the true history, secrets included.",
                      x, y, w, p->dim) + 6;
    scroll_end(app, &sc, y - sc.y0);

    if (debrief_tools(app, left, dh))
        return;
    float rx = left.x + left.w + 12;
    timeline(app, rect(rx, 76, app->lw - rx - 16, bottom - 76 - 8));

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 150, 44), "Charts", true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_END;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    if (ui_button(app, rect(176, by, 150, 44), "Save", true)) {
        app->back_from_load = SCR_END;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-final", rl_scenario(app->s)->id,
                 app->hotseat ? "hotseat" : actor_name(app->side));
        ui_goto(app, SCR_SAVE);
        app->focus = 0;
        app->text_replace = true;
        return;
    }
    if (ui_button(app, rect(336, by, 150, 44), "Last week", true)) {
        app->res_turn = turns;
        ui_goto(app, SCR_RESOLUTION);
        return;
    }
    if (ui_button(app, rect(app->lw - 16 - 180 - 10 - 180, by, 180, 44), "Main menu", true) ||
        ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (ui_button_primary(app, rect(app->lw - 16 - 180, by, 180, 44), "New game", true)) {
        ui_goto(app, SCR_NEWGAME);
        return;
    }
    if (app->status[0])
        draw_text_fit(app, FONT_SMALL, app->status, 500, by + 14, app->lw - 16 - 380 - 500, p->warn);
}
