/* The screens between turns: the briefing, the hot-seat hand-over, the
 * resolution (news feed with a Why? for every computer move, what changed,
 * intelligence estimates as ranges), and the end of the game. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- briefing ---------------------------------------------------------- */

static const char *article_title(char letter)
{
    switch (letter) {
    case 'A': return "the January 2026 crisis: cut-off, protests, crackdown, blackout, tariffs, threats";
    case 'B': return "Iran's double bind in 2025: negotiate on US terms or risk attack";
    case 'C': return "Trump's 2025 overture: the letter, the hawks, oil, covert work";
    default: return NULL;
    }
}

/* What the window can say about a source tag: the summary from
 * scripts/sources.lua, or at least which article it is. */
static void source_text(App *app, const char *tag, char *out, size_t cap)
{
    const char *note = ui_source_note(app, tag);
    if (note) {
        ui_copy(out, cap, note);
        return;
    }
    const char *art = strlen(tag) >= 2 && tag[1] >= '0' && tag[1] <= '9' ? article_title(tag[0]) : NULL;
    if (art)
        snprintf(out, cap, "Paragraph %s of article %c, on %s.", tag + 1, tag[0], art);
    else
        snprintf(out, cap, "A published work the model draws on; see docs/model.md.");
}

static float objectives(App *app, Actor a, float x, float y, float w, bool scores)
{
    const Palette *p = &app->pal;
    const Scenario *s = &app->s->scenario;
    double parts[MAX_OBJECTIVES] = { 0 };
    double total = game_score(&app->s->game, a, parts);
    float y0 = y;
    char head[200], who[120];
    ui_team_label(app, a, who, sizeof who);
    if (scores && s->nobjectives[a] == 0)
        snprintf(head, sizeof head, "%s: not scored", who);
    else if (scores)
        snprintf(head, sizeof head, "%s: %.0f / 100", who, total);
    else if (app->s->team[a][0])
        snprintf(head, sizeof head, "%s: objectives", who);
    else
        snprintf(head, sizeof head, "%s objectives", a == US ? "The United States'" : ui_possessive(a));
    y += draw_wrapped(app, FONT_H2, head, x, y, w, ui_actor_colour(app, a)) + 6;
    if (s->nobjectives[a] == 0) {
        y += draw_wrapped(app, FONT_BODY, "No scored objectives in this scenario: play the role as you think it "
                                          "would, and say in the debrief what it wanted and what it got.",
                          x, y, w, p->dim) + 4;
        return y - y0;
    }
    double wsum = 0;
    for (int i = 0; i < s->nobjectives[a]; i++)
        wsum += s->objectives[a][i].weight;
    for (int i = 0; i < s->nobjectives[a]; i++) {
        const Objective *o = &s->objectives[a][i];
        char line[200];
        snprintf(line, sizeof line, "%s  (weight %.0f of %.0f)", o->text, o->weight, wsum);
        if (scores) {
            float bw = 120;
            fill(app, rect(x, y + 3, bw, 12), p->panel2);
            fill(app, rect(x, y + 3, bw * (float)parts[i] / 100, 12), parts[i] >= 50 ? p->good : p->bad);
            char pct[16];
            snprintf(pct, sizeof pct, "%.0f%%", fabs(parts[i]) < 0.5 ? 0.0 : parts[i]);
            draw_text_al(app, FONT_SMALL, pct, x + bw + 4, y + 1, 40, ALIGN_RIGHT, p->text);
            y += draw_wrapped(app, FONT_SMALL, line, x + bw + 52, y + 1, w - bw - 52, p->text) + 6;
        } else {
            draw_text(app, FONT_BODY, "•", x + 4, y, p->dim);
            y += draw_wrapped(app, FONT_BODY, line, x + 20, y, w - 20, p->text) + 4;
        }
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
    const Scenario *s = &app->s->scenario;
    char sub[200], who[80];
    ui_side_name(app, who, sizeof who);
    char teams[40];
    snprintf(teams, sizeof teams, "hot-seat, %d teams", ui_humans(app));
    snprintf(sub, sizeof sub, "Starts %s · %d weeks · seed %llu · %s", s->start_date, s->turns,
             (unsigned long long)app->s->game.seed, app->hotseat ? teams : who);
    ui_heading(app, s->name, sub);
    float bottom = app->lh - 74;
    float lx = 24, lw_ = floorf(app->lw * 0.56f);
    Rect lview = rect(lx, 80, lw_, bottom - 80 - 8);
    Scroll sc;
    scroll_begin(app, &sc, lview, &app->scroll[SCR_BRIEFING]);
    float y = sc.y0;
    draw_text(app, FONT_H2, "The situation", lx, y, p->text);
    y += line_height(app, FONT_H2) + 6;
    y += draw_wrapped(app, FONT_BODY, app->briefing, lx, y, lw_ - 16, p->text) + 18;
    for (int a = ui_next_human(app, -1); a >= 0; a = ui_next_human(app, a))
        y += objectives(app, (Actor)a, lx, y, lw_ - 16, false) + 12;
    y += draw_wrapped(app, FONT_SMALL,
                      "Each turn is a week. Choose up to four actions within your political capital; every "
                      "other actor decides at the same time from what it can see. Variables you cannot see "
                      "show as estimates (≈) with a range. The game ends in an agreement, war, the regime's "
                      "collapse, a declared bomb, or when the weeks run out; you are scored on your objectives.",
                      lx, y, lw_ - 16, p->dim) + 8;
    scroll_end(app, &sc, y - sc.y0);

    float rx = lx + lw_ + 24, rw = app->lw - rx - 24;
    Rect rview = rect(rx, 80, rw, bottom - 80 - 8);
    ui_panel(app, rview, NULL);
    draw_text(app, FONT_H2, "Sources", rx + 12, 88, p->text);
    Rect inner = rect(rx + 4, 88 + line_height(app, FONT_H2) + 8, rw - 8,
                      rview.h - line_height(app, FONT_H2) - 20);
    Scroll sc2;
    scroll_begin(app, &sc2, inner, &app->scroll2[SCR_BRIEFING]);
    y = sc2.y0;
    y += draw_wrapped(app, FONT_SMALL,
                      "The scenario draws on these paragraphs of the three source articles (A: the January "
                      "2026 crisis; B: Iran's double bind in 2025; C: Trump's 2025 overture), summarised in "
                      "our own words.",
                      rx + 12, y, rw - 32, p->dim) + 8;
    for (int i = 0; i < app->nscen_sources; i++) {
        char text[700];
        source_text(app, app->scen_sources[i], text, sizeof text);
        float tw = 62;
        draw_text(app, FONT_BOLD, app->scen_sources[i], rx + 12, y, p->text);
        y += draw_wrapped(app, FONT_SMALL, text, rx + 12 + tw, y + 1, rw - 32 - tw, p->text) + 6;
    }
    scroll_end(app, &sc2, y - sc2.y0);

    bool started = app->s->game.world.turn > 0;
    if (ui_button(app, rect(24, app->lh - 62, 180, 44), "Main menu", true)) {
        ui_goto(app, SCR_MENU);
        return;
    }
    if (ui_button_primary(app, rect(app->lw - 24 - 240, app->lh - 62, 240, 44),
                          started ? "Back to the game ▸" : "Begin ▸", true) ||
        ui_key(app, SDLK_ESCAPE)) {
        if (app->nlabels > 0)
            snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Begin");
        if (app->hotseat && !started)
            ui_goto(app, SCR_HANDOVER);
        else
            ui_goto(app, SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Begin");
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
    char who[120], line1[200], line2[500], date[16];
    ui_team_label(app, next, who, sizeof who);
    snprintf(line1, sizeof line1, "Hand the screen to %s", app->s->team[next][0] ? who : ui_side_title(next));
    float w = fminf(680, app->lw - 80);
    if (text_width(app, FONT_H1, line1) <= app->lw - 80) {
        draw_text_al(app, FONT_H1, line1, 0, y, app->lw, ALIGN_CENTER, p->text);
        y += line_height(app, FONT_H1) + 18;
    } else {
        y += draw_wrapped(app, FONT_H1, line1, 40, y, app->lw - 80, p->text) + 18;
    }
    game_date(&app->s->scenario, app->s->game.world.turn + 1, date);
    char clock[120] = "";
    if (app->s->timer_s > 0)
        snprintf(clock, sizeof clock, " You will have %d minute%s; the clock starts when you press Ready.",
                 app->s->timer_s / 60, app->s->timer_s == 60 ? "" : "s");
    snprintf(line2, sizeof line2,
             "Week %d, %s. Everyone else: please look away now. %s team: press Ready when nobody else can see the "
             "screen. No team sees another's orders.%s",
             app->s->game.world.turn + 1, date, actor_title(next), clock);
    y += draw_wrapped(app, FONT_BODY, line2, cx - w / 2, y, w, p->dim) + 18;
    /* the order the teams go in this week, and where we are */
    char order[600] = "";
    size_t n = 0;
    for (int a = ui_next_human(app, -1); a >= 0 && n < sizeof order; a = ui_next_human(app, a)) {
        char t[120];
        ui_team_label(app, (Actor)a, t, sizeof t);
        n += (size_t)snprintf(order + n, sizeof order - n, "%s%s%s", n ? "   ▸   " : "", t,
                              a < (int)next ? " ✓" : a == (int)next ? " (now)" : "");
    }
    if (text_width(app, FONT_BODY, order) <= app->lw - 80)
        draw_text_al(app, FONT_BODY, order, 0, y, app->lw, ALIGN_CENTER, p->faint);
    else
        draw_wrapped(app, FONT_SMALL, order, 40, y, app->lw - 80, p->faint);
    y += line_height(app, FONT_BODY) + 24;
    char label[160];
    snprintf(label, sizeof label, "Ready: %s", who);
    if (ui_button_primary(app, rect(cx - 170, y, 340, 52), label, true)) {
        app->detail_action = -1;
        ui_goto(app, SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Ready");
    if (ui_button(app, rect(cx - 170, y + 66, 340, 40), "Main menu", true))
        ui_goto(app, SCR_MENU);
    ui_footer(app, "Enter: ready   Tab: move between the buttons   F9: facilitator");
}

/* ---- resolution -------------------------------------------------------- */

static bool is_ai(const App *app, int actor)
{
    return actor >= 0 && actor < ACTOR_COUNT && !app->s->human[actor];
}

/* World news ends with its sources in brackets: "... (A3, A15)". */
static bool news_sources(const char *text, char *out, size_t cap)
{
    size_t n = strlen(text);
    if (n < 4 || text[n - 1] != ')')
        return false;
    const char *open = strrchr(text, '(');
    if (!open || (size_t)(text + n - 1 - open - 1) >= cap)
        return false;
    snprintf(out, cap, "%.*s", (int)(text + n - 1 - open - 1), open + 1);
    return out[0] != '\0';
}

static const int changed_vars[] = {
    V_ESCALATION, V_OIL_PRICE, V_HORMUZ_FLOW, V_APPROVAL, V_CREDIBILITY, V_ALLIANCE, V_HAWK_PRESSURE, V_TALKS,
    V_TALKS_PROGRESS, V_SANCTIONS, V_ENFORCEMENT, V_RIAL, V_INFLATION, V_OIL_EXPORTS, V_PROTEST, V_DEATHS,
    V_STABILITY, V_COHESION, V_LOYALTY, V_DETERRENCE, V_NARRATIVE, V_CONDEMNATION, V_STOCKPILE, V_BREAKOUT,
    V_COVERT, V_ISRAEL_READY, V_PROXY_ACTIVITY, V_US_RESOLVE, V_IRAN_RESOLVE, V_US_CASUALTIES, V_STRIKES_ON_IRAN,
    V_INTERNET, V_GULF_TIES, V_COMPLIANCE,
};

void screen_resolution(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    const Game *g = &app->s->game;
    const History *h = &g->history;
    int turn = app->res_turn;
    if (turn < 1 || turn > h->nturns) {
        ui_goto(app, SCR_TURN);
        return;
    }
    int viewer = ui_viewer(app);
    char date[16], title[100], sub[160];
    game_date(&app->s->scenario, turn, date);
    snprintf(title, sizeof title, "Week of %s: what happened", date);
    snprintf(sub, sizeof sub, "%s · week %d of %d%s", app->s->scenario.name, turn, app->s->scenario.turns,
             app->hotseat && viewer == NOBODY ? " · public view" : "");
    ui_heading(app, title, sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.54f);

    /* news feed */
    Rect feed = rect(16, 76, lw_, bottom - 76 - 8);
    ui_panel(app, feed, NULL);
    draw_text(app, FONT_H2, "News", feed.x + 12, feed.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, "Why? shows the rules and sources behind a computer move", feed.x, feed.y + 12,
                 feed.w - 12, ALIGN_RIGHT, p->faint);
    Rect view = rect(feed.x + 4, feed.y + 38, feed.w - 8, feed.h - 42);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_RESOLUTION]);
    float y = sc.y0;
    const TurnRecord *t = &h->turns[turn - 1];
    int shown = 0;
    for (int i = 0; i < t->nnews; i++) {
        int ni = t->first_news + i;
        const News *n = &h->news[ni];
        if (!ui_news_visible(app, n, viewer))
            continue;
        shown++;
        float chipw = fmaxf(104, text_width(app, FONT_SMALL, "United States") + 24), whyw = 64;
        char srcs[80];
        bool why = (is_ai(app, n->actor) && n->action >= 0 && ui_find_order(app, turn, n->actor, n->action) >= 0) ||
                   (n->actor == NOBODY && news_sources(n->text, srcs, sizeof srcs));
        float tw = view.w - chipw - (why ? whyw + 8 : 0) - 28;
        float th = fmaxf(wrapped_height(app, FONT_BODY, n->text, tw), n->only_for != NOBODY ? 40 : 24);
        Rect row = rect(view.x + 4, y, view.w - 14, th + 10);
        fill(app, row, shown % 2 ? p->panel : p->panel2);
        SDL_Color ac = ui_actor_colour(app, n->actor);
        Rect chip = rect(row.x + 6, row.y + 6, chipw - 8, 20);
        fill(app, chip, alpha(ac, 60));
        outline(app, chip, ac, 1);
        draw_text_fit(app, FONT_SMALL, actor_title((Actor)n->actor), chip.x + 5, chip.y + 3, chip.w - 8, p->text);
        draw_wrapped(app, FONT_BODY, n->text, row.x + chipw + 6, row.y + 5, tw,
                     n->only_for != NOBODY ? p->warn : p->text);
        if (n->only_for != NOBODY && viewer != -1)
            draw_text(app, FONT_SMALL, "secret", chip.x, chip.y + 24, p->warn);
        if (why) {
            char label[32];
            snprintf(label, sizeof label, "Why? %d", shown);
            if (ui_button(app, rect(row.x + row.w - whyw - 6, row.y + 5, whyw, 26), "Why?", true)) {
                app->why_turn = turn;
                app->why_news = ni;
                app->modal = MODAL_WHY;
                app->why_h = 0;
                app->focus = -1;
                app->scroll2[SCR_RESOLUTION] = 0;
            }
            if (app->nlabels > 0)
                ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, label);
        }
        y += row.h + 4;
    }
    if (shown == 0)
        y += draw_wrapped(app, FONT_BODY, "A quiet week: nothing you could see happened.", view.x + 8, y, view.w - 16,
                          p->dim);
    scroll_end(app, &sc, y - sc.y0);

    /* what changed, and intelligence estimates */
    float rx = feed.x + feed.w + 12, rw = app->lw - rx - 16;
    Rect ch = rect(rx, 76, rw, bottom - 76 - 8);
    ui_panel(app, ch, NULL);
    draw_text(app, FONT_H2, "What changed", ch.x + 12, ch.y + 8, p->text);
    Rect cview = rect(ch.x + 4, ch.y + 38, ch.w - 8, ch.h - 42);
    Scroll sc2;
    scroll_begin(app, &sc2, cview, &app->scroll2[SCR_RESOLUTION]);
    y = sc2.y0;
    float rh = fmaxf(20, line_height(app, FONT_BODY) + 3);
    int nchanged = 0;
    Actor side = app->side;
    for (size_t k = 0; k < sizeof changed_vars / sizeof *changed_vars; k++) {
        int v = changed_vars[k];
        double sd0, sd1;
        double a = ui_value(app, turn - 1, v, &sd0), b = ui_value(app, turn, v, &sd1);
        if (isnan(a) || isnan(b) || sd0 > 0 || sd1 > 0)
            continue;
        double eps = (var_info[v].max - var_info[v].min) * 0.004;
        if (fabs(b - a) <= eps && !(var_info[v].max - var_info[v].min > 100 && fabs(b - a) >= 1))
            continue;
        Rect r = rect(cview.x, y, cview.w - 8, rh);
        Hit hh = ui_hit(app, r, false, NULL);
        char tip[900];
        if (hh.hover) {
            ui_var_tooltip(app, v, tip, sizeof tip);
            ui_tooltip(app, hh, r, ui_var_label(v), tip);
            fill(app, r, p->panel2);
        }
        char va[40], vb[40], d[40], line[140];
        ui_format_value(v, a, va, sizeof va);
        ui_format_value(v, b, vb, sizeof vb);
        ui_format_delta(v, b - a, d, sizeof d);
        float ty = y + (rh - line_height(app, FONT_BODY)) / 2;
        draw_text_fit(app, FONT_BODY, ui_var_label(v), r.x + 6, ty, r.w * 0.48f, p->text);
        snprintf(line, sizeof line, "%s → %s", va, vb);
        draw_text_al(app, FONT_BODY, line, r.x, ty, r.w - 70, ALIGN_RIGHT, p->text);
        int dir = objective_direction(app, side, v);
        SDL_Color dc = app->hotseat || dir == 0 ? p->dim : ((b > a) == (dir > 0) ? p->good : p->bad);
        draw_text_al(app, FONT_SMALL, d, r.x, ty + 1, r.w - 4, ALIGN_RIGHT, dc);
        y += rh;
        nchanged++;
    }
    if (nchanged == 0)
        y += draw_wrapped(app, FONT_SMALL, "Nothing you can see moved noticeably.", cview.x + 6, y, cview.w - 20,
                          p->dim);
    y += 14;
    int nest = 0;
    for (int v = 0; v < VAR_COUNT; v++) {
        double sd;
        double e = ui_value(app, turn, v, &sd);
        if (isnan(e) || !(sd > 0) || (var_info[v].flags & TRANSIENT))
            continue;
        if (nest++ == 0) {
            draw_text(app, FONT_H2, "Intelligence estimates", cview.x + 6, y, p->text);
            y += line_height(app, FONT_H2) + 2;
            y += draw_wrapped(app, FONT_SMALL,
                              "What you cannot see, as your analysts judge it: the likely range, and the "
                              "best guess as a tick.",
                              cview.x + 6, y, cview.w - 20, p->dim) + 6;
        }
        double lo = var_clamp((Var)v, e - sd), hi = var_clamp((Var)v, e + sd);
        char a[40], b[40], mid[40], line[140];
        ui_format_value(v, lo, a, sizeof a);
        ui_format_value(v, hi, b, sizeof b);
        ui_format_value(v, e, mid, sizeof mid);
        snprintf(line, sizeof line, "%s – %s  (≈%s)", a, b, mid);
        Rect r = rect(cview.x, y, cview.w - 8, rh * 2);
        Hit hh = ui_hit(app, r, false, NULL);
        if (hh.hover) {
            char tip[900];
            ui_var_tooltip(app, v, tip, sizeof tip);
            ui_tooltip(app, hh, r, ui_var_label(v), tip);
            fill(app, r, p->panel2);
        }
        draw_text_fit(app, FONT_BODY, ui_var_label(v), r.x + 6, y + 2, r.w * 0.45f, p->text);
        draw_text_al(app, FONT_SMALL, line, r.x, y + 3, r.w - 6, ALIGN_RIGHT, p->dim);
        draw_range_bar(app, rect(r.x + 6, y + rh + 2, r.w - 12, 10), v, e, sd);
        y += rh * 2 + 4;
    }
    scroll_end(app, &sc2, y - sc2.y0);

    /* buttons */
    float by = app->lh - 60;
    bool latest = turn == g->world.turn;
    if (ui_button(app, rect(16, by, 150, 44), "◂ Earlier", turn > 1)) {
        app->res_turn--;
        app->scroll[SCR_RESOLUTION] = app->scroll2[SCR_RESOLUTION] = 0;
    }
    if (ui_button(app, rect(176, by, 150, 44), "Later ▸", !latest)) {
        app->res_turn++;
        app->scroll[SCR_RESOLUTION] = app->scroll2[SCR_RESOLUTION] = 0;
    }
    if (ui_button(app, rect(336, by, 150, 44), "Charts", true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_RESOLUTION;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    const char *cont = !latest ? "Back to this week ▸" : session_over(app->s) ? "See the outcome ▸" : "Continue ▸";
    if (ui_button_primary(app, rect(app->lw - 16 - 260, by, 260, 44), cont, true) || ui_key(app, SDLK_ESCAPE)) {
        if (app->nlabels > 0)
            snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Continue");
        if (latest)
            ui_after_resolution(app);
        else
            ui_goto(app, session_over(app->s) ? SCR_END : SCR_TURN);
        return;
    }
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Continue");
}

/* ---- Why? -------------------------------------------------------------- */

static void add_tags(char tags[][32], int *n, int max, const char *list)
{
    char buf[200];
    ui_copy(buf, sizeof buf, list);
    char *tok_at;
    for (char *tok = strtok_r(buf, ",;", &tok_at); tok; tok = strtok_r(NULL, ",;", &tok_at)) {
        while (*tok == ' ')
            tok++;
        size_t len = strlen(tok);
        while (len > 0 && tok[len - 1] == ' ')
            tok[--len] = '\0';
        if (!len)
            continue;
        bool dup = false;
        for (int i = 0; i < *n; i++)
            dup |= strcmp(tags[i], tok) == 0;
        if (!dup && *n < max)
            ui_copy(tags[(*n)++], 32, tok);
    }
}

void modal_why(App *app)
{
    const Palette *p = &app->pal;
    const Game *g = &app->s->game;
    const News *n = &g->history.news[app->why_news];
    float w = fminf(820, app->lw - 80), h = app->lh - 100;
    if (app->why_h > 0 && app->why_h + 50 + 70 < h)
        h = app->why_h + 50 + 70;
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(p->bg, 200));
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), p->accent);
    const Action *act = n->action >= 0 ? &g->catalogue->actions[n->action] : NULL;
    char title[200];
    if (act)
        snprintf(title, sizeof title, "Why? %s: %s", actor_title((Actor)n->actor), act->name);
    else
        snprintf(title, sizeof title, "Why? %s", n->actor == NOBODY ? "A world event" : actor_title((Actor)n->actor));
    draw_text_fit(app, FONT_H2, title, r.x + 20, r.y + 16, r.w - 40, p->text);
    Rect view = rect(r.x + 12, r.y + 50, r.w - 24, r.h - 50 - 70);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll2[SCR_RESOLUTION]);
    float x = view.x + 8, tw = view.w - 28, y = sc.y0;
    y += draw_wrapped(app, FONT_BODY, n->text, x, y, tw, p->dim) + 10;
    char tags[24][32];
    int ntags = 0;
    if (act) {
        if (act->text[0])
            y += draw_wrapped(app, FONT_SMALL, act->text, x, y, tw, p->dim) + 10;
        int oi = ui_find_order(app, app->why_turn, n->actor, n->action);
        const Order *o = oi >= 0 ? &g->history.orders[oi] : NULL;
        draw_text(app, FONT_BOLD, "The rules that chose it", x, y, p->text);
        y += line_height(app, FONT_BOLD) + 6;
        if (!o || o->nrules == 0)
            y += draw_wrapped(app, FONT_BODY, "No rule was recorded for this move.", x, y, tw, p->dim) + 6;
        for (int i = 0; o && i < o->nrules; i++) {
            const Rule *rule = &g->rulebook->rules[o->rules[i]];
            fill(app, rect(x, y + 2, 3, 16), ui_actor_colour(app, n->actor));
            y += draw_wrapped(app, FONT_BODY, rule->reason, x + 12, y, tw - 12, p->text) + 2;
            char meta[200];
            snprintf(meta, sizeof meta, "rule %s · sources: %s", rule->id, rule->sources);
            y += draw_wrapped(app, FONT_SMALL, meta, x + 12, y, tw - 12, p->faint) + 8;
            add_tags(tags, &ntags, 24, rule->sources);
        }
        if (act->sources[0]) {
            char meta[200];
            snprintf(meta, sizeof meta, "The action itself rests on: %s", act->sources);
            y += draw_wrapped(app, FONT_SMALL, meta, x, y, tw, p->faint) + 8;
            add_tags(tags, &ntags, 24, act->sources);
        }
    } else {
        char srcs[80] = "";
        news_sources(n->text, srcs, sizeof srcs);
        y += draw_wrapped(app, FONT_BODY,
                          "Not an actor's choice: one of the scenario's scripted events or the model's own "
                          "dynamics, triggered by the state of the world this week.",
                          x, y, tw, p->text) + 8;
        add_tags(tags, &ntags, 24, srcs);
    }
    y += 6;
    draw_text(app, FONT_BOLD, "The sources behind it", x, y, p->text);
    y += line_height(app, FONT_BOLD) + 6;
    if (!app->sources_loaded)
        y += draw_wrapped(app, FONT_SMALL, "(Source summaries are not installed yet: scripts/sources.lua is missing. "
                                           "The tags still name the paragraph.)",
                          x, y, tw, p->faint) + 6;
    for (int i = 0; i < ntags; i++) {
        char text[700];
        source_text(app, tags[i], text, sizeof text);
        float tagw = fmaxf(70, text_width(app, FONT_BOLD, tags[i]) + 12);
        draw_text(app, FONT_BOLD, tags[i], x, y, p->accent);
        y += fmaxf(draw_wrapped(app, FONT_SMALL, text, x + tagw, y + 1, tw - tagw, p->text),
                   line_height(app, FONT_BOLD)) + 6;
    }
    scroll_end(app, &sc, y - sc.y0);
    if (fabsf(app->why_h - (y - sc.y0)) > 0.5f) {
        app->why_h = y - sc.y0;
        app->dirty = true;
    }
    if (ui_button_primary(app, rect(r.x + r.w - 150, r.y + r.h - 58, 130, 42), "Close", true) ||
        ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
    }
}

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

void screen_end(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    const Game *g = &app->s->game;
    Outcome o = g->world.outcome;
    char title[120], sub[160];
    snprintf(title, sizeof title, "The game is over: %s", ui_outcome_title(o));
    snprintf(sub, sizeof sub, "%s · %d weeks played · seed %llu", app->s->scenario.name, g->world.turn,
             (unsigned long long)g->seed);
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
            if ((pass == 0) == app->s->human[a] && (app->s->human[a] || app->s->scenario.nobjectives[a] > 0))
                y += objectives(app, (Actor)a, x, y, w, true) + 14;
    y += draw_wrapped(app, FONT_SMALL,
                      "Scores run from 0 to 100: each objective counts by its weight, met fully at its best "
                      "value and not at all at its worst. The charts now show the true history, secrets included.",
                      x, y, w, p->dim) + 6;
    scroll_end(app, &sc, y - sc.y0);

    /* for the debrief: the report, how likely it was, a branch */
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
        return;
    }
    if (ui_button(app, rect(bx + bw3 + 8, byy, bw3, 40), "How likely was it?", g->world.turn > 0)) {
        app->likely.turn = g->world.turn > 1 ? 1 : 0;
        if (app->likely.runs == 0)
            app->likely.runs = 100;
        ui_goto(app, SCR_LIKELY);
        return;
    }
    if (ui_button(app, rect(bx + 2 * (bw3 + 8), byy, bw3, 40), "Branch from a week", g->world.turn > 0)) {
        app->br_turn = g->world.turn > 1 ? g->world.turn / 2 : 0;
        for (int a = 0; a < ACTOR_COUNT; a++) {
            app->br_human[a] = app->s->human[a];
            ui_copy(app->br_team[a], TEAM_LEN, app->s->team[a]);
        }
        ui_goto(app, SCR_BRANCH);
        return;
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

    float rx = left.x + left.w + 12, rw = app->lw - rx - 16;
    Rect right = rect(rx, 76, rw, bottom - 76 - 8);
    ui_panel(app, right, NULL);
    draw_text(app, FONT_H2, "Timeline", right.x + 12, right.y + 8, p->text);
    Rect view = rect(right.x + 4, right.y + 38, right.w - 8, right.h - 42);
    Scroll sc2;
    scroll_begin(app, &sc2, view, &app->scroll2[SCR_END]);
    y = sc2.y0;
    const History *h = &g->history;
    for (int t = 1; t <= h->nturns; t++) {
        const TurnRecord *tr = &h->turns[t - 1];
        char date[16], head[120];
        game_date(&app->s->scenario, t, date);
        double e = tr->v[V_ESCALATION];
        snprintf(head, sizeof head, "Week %d · %s", t, date);
        int rung = (int)floor(e + 0.5);
        fill(app, rect(view.x + 8, y + 3, 10, 10), p->ladder[rung < 0 ? 0 : rung > 10 ? 10 : rung]);
        draw_text(app, FONT_BOLD, head, view.x + 24, y, p->text);
        char esc[60];
        snprintf(esc, sizeof esc, "escalation %.1f (%s)", e, ui_ladder_label(rung));
        draw_text_al(app, FONT_SMALL, esc, view.x, y + 1, view.w - 16, ALIGN_RIGHT, p->dim);
        y += line_height(app, FONT_BOLD) + 2;
        for (int i = 0; i < tr->nnews; i++) {
            const News *n = &h->news[tr->first_news + i];
            bool key = n->actor == US || n->actor == IRAN || n->actor == NOBODY ||
                       (n->actor < ACTOR_COUNT && app->s->human[n->actor]);
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

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 150, 44), "Charts", true) || ui_hotkey(app, SDLK_c)) {
        app->back_from_charts = SCR_END;
        ui_goto(app, SCR_CHARTS);
        return;
    }
    if (ui_button(app, rect(176, by, 150, 44), "Save", true)) {
        app->back_from_load = SCR_END;
        snprintf(app->save_name, sizeof app->save_name, "%s-%s-final", app->s->scenario.id,
                 app->hotseat ? "hotseat" : actor_name(app->side));
        ui_goto(app, SCR_SAVE);
        app->focus = 0;
        app->text_replace = true;
        return;
    }
    if (ui_button(app, rect(336, by, 150, 44), "Last week", true)) {
        app->res_turn = g->world.turn;
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
