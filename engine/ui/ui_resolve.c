/* The screen after a week: the resolution (news feed with a Why? for every
 * computer move, what changed, intelligence estimates as ranges) and the
 * Why? itself (the rules that chose a move and the sources behind them). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- resolution -------------------------------------------------------- */

static bool is_ai(const App *app, int actor)
{
    return actor >= 0 && actor < ACTOR_COUNT && !rl_human(app->s, actor);
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

/* The week's news the viewer may read, each computer move with its Why?. */
static void news_feed(App *app, Rect feed, int turn, int viewer)
{
    const Palette *p = &app->pal;
    ui_panel(app, feed, NULL);
    draw_text(app, FONT_H2, "News", feed.x + 12, feed.y + 8, p->text);
    draw_text_al(app, FONT_SMALL, "Why? shows the rules and sources behind a computer move", feed.x, feed.y + 12,
                 feed.w - 12, ALIGN_RIGHT, p->faint);
    Rect view = rect(feed.x + 4, feed.y + 38, feed.w - 8, feed.h - 42);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll[SCR_RESOLUTION]);
    float y = sc.y0;
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN), shown = 0;
    for (int ni = 0; ni < nnews; ni++) {
        const News *n = news[ni];
        shown++;
        float chipw = fmaxf(104, text_width(app, FONT_SMALL, "United States") + 24), whyw = 64;
        char srcs[80];
        bool why = (is_ai(app, n->actor) && n->action >= 0 && ui_find_order(app, turn, n->actor, n->action)) ||
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
        if (n->only_for != NOBODY && viewer != VIEW_TRUTH)
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

}

/* What the viewer saw change this week, and its intelligence estimates. */
static void changes_panel(App *app, Rect ch, int turn)
{
    const Palette *p = &app->pal;
    ui_panel(app, ch, NULL);
    draw_text(app, FONT_H2, "What changed", ch.x + 12, ch.y + 8, p->text);
    Rect cview = rect(ch.x + 4, ch.y + 38, ch.w - 8, ch.h - 42);
    Scroll sc2;
    scroll_begin(app, &sc2, cview, &app->scroll2[SCR_RESOLUTION]);
    float y = sc2.y0;
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

}

void screen_resolution(App *app)
{
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    int turn = app->res_turn;
    if (turn < 1 || turn > rl_turn(app->s)) {
        ui_goto(app, SCR_TURN);
        return;
    }
    int viewer = ui_viewer(app);
    char date[16], title[100], sub[160];
    game_date(rl_scenario(app->s), turn, date);
    snprintf(title, sizeof title, "Week of %s: what happened", date);
    snprintf(sub, sizeof sub, "%s · week %d of %d%s", rl_scenario(app->s)->name, turn, rl_scenario(app->s)->turns,
             app->hotseat && viewer == VIEW_PUBLIC ? " · public view" : "");
    ui_heading(app, title, sub);
    float bottom = app->lh - 70;
    float lw_ = floorf(app->lw * 0.54f);

    Rect feed = rect(16, 76, lw_, bottom - 76 - 8);
    news_feed(app, feed, turn, viewer);
    float rx = feed.x + feed.w + 12;
    changes_panel(app, rect(rx, 76, app->lw - rx - 16, bottom - 76 - 8), turn);

    /* buttons */
    float by = app->lh - 60;
    bool latest = turn == rl_turn(app->s);
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
    const char *cont = !latest ? "Back to this week ▸" : rl_over(app->s) ? "See the outcome ▸" : "Continue ▸";
    if (ui_button_primary(app, rect(app->lw - 16 - 260, by, 260, 44), cont, true) || ui_key(app, SDLK_ESCAPE)) {
        if (app->nlabels > 0)
            snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "Continue");
        if (latest)
            ui_after_resolution(app);
        else
            ui_goto(app, rl_over(app->s) ? SCR_END : SCR_TURN);
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
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, ui_viewer(app), app->why_turn, news, MAX_NEWS_SHOWN);
    if (app->why_news < 0 || app->why_news >= nnews) {
        app->modal = MODAL_NONE;
        return;
    }
    const News *n = news[app->why_news];
    float w = fminf(820, app->lw - 80), h = app->lh - 100;
    if (app->why_h > 0 && app->why_h + 50 + 70 < h)
        h = app->why_h + 50 + 70;
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(p->bg, 200));
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), p->accent);
    const Action *act = n->action >= 0 ? &rl_catalogue(app->s)->actions[n->action] : NULL;
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
        const Order *o = ui_find_order(app, app->why_turn, n->actor, n->action);
        draw_text(app, FONT_BOLD, "The rules that chose it", x, y, p->text);
        y += line_height(app, FONT_BOLD) + 6;
        if (!o || o->nrules == 0)
            y += draw_wrapped(app, FONT_BODY, "No rule was recorded for this move.", x, y, tw, p->dim) + 6;
        for (int i = 0; o && i < o->nrules; i++) {
            const Rule *rule = rl_rule(app->s, o->rules[i]);
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
    if (!rl_source_note(app->s, "A1"))
        y += draw_wrapped(app, FONT_SMALL, "(Source summaries are not installed yet: scripts/sources.lua is missing. "
                                           "The tags still name the paragraph.)",
                          x, y, tw, p->faint) + 6;
    for (int i = 0; i < ntags; i++) {
        char text[700];
        ui_source_text(app, tags[i], text, sizeof text);
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

