/* The screens before a week: the briefing (the situation, each team's
 * objectives, the sources) and the hot-seat hand-over. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- briefing ---------------------------------------------------------- */

static const char *article_title(char letter)
{
    switch (letter) {
    case 'A': return _("the January 2026 crisis: cut-off, protests, crackdown, blackout, tariffs, threats");
    case 'B': return _("Iran's double bind in 2025: negotiate on US terms or risk attack");
    case 'C': return _("Trump's 2025 overture: the letter, the hawks, oil, covert work");
    default: return NULL;
    }
}

/* What the window can say about a source tag: the summary from
 * scripts/sources.lua, or at least which article it is. */
void ui_source_text(App *app, const char *tag, char *out, size_t cap)
{
    const char *note = ui_source_note(app, tag);
    if (note) {
        ui_copy(out, cap, rl_text(note));
        return;
    }
    const char *art = strlen(tag) >= 2 && tag[1] >= '0' && tag[1] <= '9' ? article_title(tag[0]) : NULL;
    int first, last;
    char letter;
    if (art && sscanf(tag, "%*c%d-%c%d", &first, &letter, &last) == 3 && letter == tag[0])
        snprintf(out, cap, _("Paragraphs %d to %d of article %c, on %s."), first, last, tag[0], art);
    else if (art)
        snprintf(out, cap, _("Paragraph %s of article %c, on %s."), tag + 1, tag[0], art);
    else
        snprintf(out, cap, "%s", _("A published work the model draws on; see docs/model.md."));
}

/* A side's objectives as the briefing gives them: each with its share of
 * the score. Returns the height used. */
float ui_objectives(App *app, Actor a, float x, float y, float w)
{
    const Palette *p = &app->pal;
    const Scenario *s = rl_scenario(app->s);
    float y0 = y;
    char head[200], who[120];
    ui_team_label(app, a, who, sizeof who);
    if (rl_team(app->s, a)[0])
        snprintf(head, sizeof head, _("%s: objectives"), who);
    else
        snprintf(head, sizeof head, _("%s objectives"), a == US ? _("The United States'") : ui_possessive(a));
    y += draw_wrapped(app, FONT_H2, head, x, y, w, ui_actor_colour(app, a)) + 6;
    if (s->nobjectives[a] == 0) {
        y += draw_wrapped(app, FONT_BODY, _("No scored objectives in this scenario: play the role as you think it "
                                          "would, and say in the debrief what it wanted and what it got."),
                          x, y, w, p->dim) + 4;
        return y - y0;
    }
    double wsum = 0;
    for (int i = 0; i < s->nobjectives[a]; i++)
        wsum += s->objectives[a][i].weight;
    for (int i = 0; i < s->nobjectives[a]; i++) {
        const Objective *o = &s->objectives[a][i];
        char line[200];
        snprintf(line, sizeof line, _("%s (%.0f%% of the score)"), rl_text(o->text), wsum > 0 ? 100 * o->weight / wsum : 0);
        draw_text(app, FONT_BODY, "•", x + 4, y, p->dim);
        y += draw_wrapped(app, FONT_BODY, line, x + 20, y, w - 20, p->text) + 4;
    }
    return y - y0;
}

void screen_briefing(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    const Scenario *s = rl_scenario(app->s);
    char sub[200], who[80];
    ui_side_name(app, who, sizeof who);
    char teams[40];
    snprintf(teams, sizeof teams, ngettext("hot-seat, %d team", "hot-seat, %d teams", ui_humans(app)), ui_humans(app));
    char start[64];
    rl_date_text(s->start_date, start, sizeof start);
    snprintf(sub, sizeof sub, ngettext("Starts %s · %d week · seed %llu · %s", "Starts %s · %d weeks · seed %llu · %s", s->turns), start, s->turns,
             (unsigned long long)rl_seed(app->s), app->hotseat ? teams : who);
    ui_heading(app, rl_text(s->name), sub);
    float bottom = app->lh - 74;
    float lx = 24, lw_ = floorf(app->lw * 0.56f);
    Rect lview = rect(lx, 80, lw_, bottom - 80 - 8);
    Scroll sc;
    scroll_begin(app, &sc, lview, &app->scroll[SCR_BRIEFING]);
    float y = sc.y0;
    draw_text(app, FONT_H2, _("The situation"), lx, y, p->text);
    y += line_height(app, FONT_H2) + 6;
    y += draw_wrapped(app, FONT_BODY, rl_text(rl_briefing(app->s)), lx, y, lw_ - 16, p->text) + 18;
    for (int a = ui_next_human(app, -1); a >= 0; a = ui_next_human(app, a))
        y += ui_objectives(app, (Actor)a, lx, y, lw_ - 16) + 12;
    y += draw_wrapped(app, FONT_SMALL,
                      _("Each turn is a week. Choose up to four actions within your political capital; every "
                      "other actor decides at the same time from what it can see. Variables you cannot see "
                      "show as estimates (≈) with a range. The game ends in an agreement, war, the regime's "
                      "collapse, a declared bomb, or when the weeks run out; you are scored on your objectives."),
                      lx, y, lw_ - 16, p->dim) + 8;
    scroll_end(app, &sc, y - sc.y0);

    float rx = lx + lw_ + 24, rw = app->lw - rx - 24;
    Rect rview = rect(rx, 80, rw, bottom - 80 - 8);
    ui_panel(app, rview, NULL);
    draw_text(app, FONT_H2, _("Sources"), rx + 12, 88, p->text);
    Rect inner = rect(rx + 4, 88 + line_height(app, FONT_H2) + 8, rw - 8,
                      rview.h - line_height(app, FONT_H2) - 20);
    Scroll sc2;
    scroll_begin(app, &sc2, inner, &app->scroll2[SCR_BRIEFING]);
    y = sc2.y0;
    y += draw_wrapped(app, FONT_SMALL,
                      _("The scenario draws on these paragraphs of the three source articles (A: the January "
                      "2026 crisis; B: Iran's double bind in 2025; C: Trump's 2025 overture), summarised in "
                      "our own words."),
                      rx + 12, y, rw - 32, p->dim) + 8;
    const char *tags[MAX_SCENARIO_SOURCES];
    int ntags = rl_scenario_sources(app->s, tags, MAX_SCENARIO_SOURCES);
    /* The tags' column is as wide as the widest tag ("Oman talks 2025", or a
     * mod's own), up to a third of the panel; a tag wider still has its
     * summary start on the line below it. */
    float tw = 62;
    for (int i = 0; i < ntags; i++)
        tw = fmaxf(tw, text_width(app, FONT_BOLD, rl_source_name(tags[i])) + 12);
    tw = fminf(tw, (rw - 32) / 3);
    for (int i = 0; i < ntags; i++) {
        char text[700];
        ui_source_text(app, tags[i], text, sizeof text);
        const char *name = rl_source_name(tags[i]);     /* "Oman talks 2025" in the player's language */
        draw_text(app, FONT_BOLD, name, rx + 12, y, p->text);
        if (text_width(app, FONT_BOLD, name) + 12 > tw)
            y += line_height(app, FONT_BOLD);
        y += draw_wrapped(app, FONT_SMALL, text, rx + 12 + tw, y + 1, rw - 32 - tw, p->text) + 6;
    }
    scroll_end(app, &sc2, y - sc2.y0);

    bool started = rl_turn(app->s) > 0;
    if (ui_button(app, rect(24, app->lh - 62, 180, 44), _("Main menu"), true)) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (ui_button(app, rect(24 + 180 + 12, app->lh - 62, 200, 44), _("Assumptions"), true)) {
        app->back_from_assumptions = SCR_BRIEFING;
        ui_goto(app, SCR_ASSUMPTIONS);
        return;
    }
    if (ui_button_primary(app, rect(app->lw - 24 - 240, app->lh - 62, 240, 44),
                          started ? _("Back to the game ▸") : _("Begin ▸"), true) ||
        ui_key(app, SDLK_ESCAPE)) {
        if (app->nlabels > 0)
            snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("Begin"));
        if (app->hotseat && !started)
            ui_goto(app, SCR_HANDOVER);
        else
            ui_goto(app, SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("Begin"));
}

/* ---- hot-seat hand-over ------------------------------------------------ */

void screen_handover(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    Actor next = app->current;
    SDL_Color c = ui_actor_colour(app, next);
    fill(app, rect(0, 0, app->lw, 8), c);
    float cx = app->lw / 2, y = app->lh * 0.2f;
    char who[120], line1[200], line2[500], date[64];
    ui_team_label(app, next, who, sizeof who);
    snprintf(line1, sizeof line1, _("Hand the screen to %s"), rl_team(app->s, next)[0] ? who : ui_side_title(next));
    float w = fminf(680, app->lw - 80);
    if (text_width(app, FONT_H1, line1) <= app->lw - 80) {
        draw_text_al(app, FONT_H1, line1, 0, y, app->lw, ALIGN_CENTER, p->text);
        y += line_height(app, FONT_H1) + 18;
    } else {
        y += draw_wrapped(app, FONT_H1, line1, 40, y, app->lw - 80, p->text) + 18;
    }
    ui_date(app, rl_turn(app->s) + 1, date, sizeof date);
    char clock[120] = "";
    if (rl_timer(app->s) > 0)
        snprintf(clock, sizeof clock,
                 ngettext(" You will have %d minute; the clock starts when you press Ready.",
                          " You will have %d minutes; the clock starts when you press Ready.", rl_timer(app->s) / 60),
                 rl_timer(app->s) / 60);
    snprintf(line2, sizeof line2,
             _("Week %d, %s. Everyone else: please look away now. %s team: press Ready when nobody else can see the "
             "screen. No team sees another's orders.%s"),
             rl_turn(app->s) + 1, date, rl_text(actor_title(next)), clock);
    y += draw_wrapped(app, FONT_BODY, line2, cx - w / 2, y, w, p->dim) + 18;
    /* the order the teams go in this week, and where we are */
    char order[600] = "";
    size_t n = 0;
    for (int a = ui_next_human(app, -1); a >= 0 && n < sizeof order; a = ui_next_human(app, a)) {
        char t[120];
        ui_team_label(app, (Actor)a, t, sizeof t);
        n += (size_t)snprintf(order + n, sizeof order - n, "%s%s%s", n ? "   ▸   " : "", t,
                              a < (int)next ? " ✓" : a == (int)next ? _(" (now)") : "");
    }
    if (text_width(app, FONT_BODY, order) <= app->lw - 80)
        draw_text_al(app, FONT_BODY, order, 0, y, app->lw, ALIGN_CENTER, p->faint);
    else
        draw_wrapped(app, FONT_SMALL, order, 40, y, app->lw - 80, p->faint);
    y += line_height(app, FONT_BODY) + 24;
    char label[160];
    snprintf(label, sizeof label, _("Ready: %s"), who);
    if (ui_button_primary(app, rect(cx - 170, y, 340, 52), label, true)) {
        ui_goto(app, SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("Ready"));
    if (ui_button(app, rect(cx - 170, y + 66, 340, 40), _("Main menu"), true))
        ui_goto(app, SCR_MENU);
    ui_footer(app, _("Enter: ready   Tab: move between the buttons   F9: facilitator"));
}

