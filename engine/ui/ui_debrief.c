/* The end screen's debrief tools: "how likely was it?" (the rest of the
 * game replayed many times), a branch from a week, and the report. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ui_internal.h"

/* ---- how likely was it? ------------------------------------------------ */

void ui_likely_cancel(App *app)
{
    app->likely.running = false;
    rl_spread_free(app->likely.spread);
    app->likely.spread = NULL;
}

/* Each game's end, as the chart counts it. */
static void likely_game(void *ctx, const GameResult *r)
{
    Likely *l = ctx;
    l->counts[r->outcome]++;
    l->turns_sum += r->turns;
    l->done++;
}

/* An outcome's name under its bar, centred in its slot: in the body's font,
 * the small one, or on two lines of it (Atomarer Breakout at large text).
 * Returns the height. */
static float outcome_label(App *app, const char *name, float x, float y, float slot)
{
    const Palette *p = &app->pal;
    if (text_width(app, FONT_BODY, name) <= slot - 4 || !strchr(name, ' ')) {
        int lf = text_width(app, FONT_BODY, name) <= slot - 4 ? FONT_BODY : FONT_SMALL;
        draw_text_al(app, lf, name, x, y, slot, ALIGN_CENTER, p->text);
        return line_height(app, FONT_BODY);
    }
    if (text_width(app, FONT_SMALL, name) <= slot - 4) {
        draw_text_al(app, FONT_SMALL, name, x, y, slot, ALIGN_CENTER, p->text);
        return line_height(app, FONT_BODY);
    }
    size_t len = strlen(name), best = 0;
    for (size_t i = 1; i < len; i++)
        if (name[i] == ' ' && (best == 0 || fabs((double)i - len / 2.0) < fabs((double)best - len / 2.0)))
            best = i;
    char first[64];
    snprintf(first, sizeof first, "%.*s", (int)best, name);
    float sh = line_height(app, FONT_SMALL);
    draw_text_al(app, FONT_SMALL, first, x, y, slot, ALIGN_CENTER, p->text);
    draw_text_al(app, FONT_SMALL, name + best + 1, x, y + sh, slot, ALIGN_CENTER, p->text);
    return 2 * sh;
}

/* The rest of the game replayed from the end of the chosen week, seeds 1,
 * 2, ... as `redline batch --from SAVE --turn T` plays them, with the
 * computer in every role: the same runner, a few games between frames. */
void ui_likely_start(App *app)
{
    Likely *l = &app->likely;
    ui_likely_cancel(app);
    memset(l->counts, 0, sizeof l->counts);
    l->done = 0;
    l->turns_sum = 0;
    l->error[0] = '\0';
    if (app->s && l->runs > 0) {
        SpreadConfig cfg = { .root = app->root, .mods = app->mods, .from = app->s, .turn = l->turn, .seed = 1,
                             .runs = l->runs, .jobs = 1, .each = likely_game, .ctx = l };
        Error err = { 0 };
        l->spread = rl_spread_new(&cfg, &err);
        if (!l->spread)
            ui_copy(l->error, sizeof l->error, err.msg);
    }
    l->running = l->spread != NULL;
    app->dirty = true;
}

bool ui_likely_step(App *app, Uint64 budget_ms)
{
    Likely *l = &app->likely;
    if (!l->running || !app->s)
        return false;
    Uint64 start = SDL_GetTicks64();
    Error err = { 0 };
    long left;
    do
        left = rl_spread_step(l->spread, 1, &err);
    while (left > 0 && SDL_GetTicks64() - start < budget_ms);
    if (left < 0)
        ui_copy(l->error, sizeof l->error, err.msg);
    if (left <= 0)
        ui_likely_cancel(app);
    app->dirty = true;
    return l->running;
}

static const Outcome shown_outcomes[] = { OUT_AGREEMENT, OUT_WAR, OUT_COLLAPSE, OUT_BREAKOUT, OUT_TIMEOUT };

static void outcome_chart(App *app, Rect r)
{
    const Palette *p = &app->pal;
    const Likely *l = &app->likely;
    ui_panel(app, r, NULL);
    Outcome actual = rl_outcome(app->s);
    char head[200];
    if (l->done == 0)
        snprintf(head, sizeof head, "%s", _("How the replays end"));
    else
        snprintf(head, sizeof head, ngettext("How %d replay from week %d ended", "How %d replays from week %d ended", l->done),
                 l->done, l->turn + 1);
    draw_text(app, FONT_H2, head, r.x + 16, r.y + 12, p->text);
    float top = r.y + 60, base = r.y + r.h - 70, left = r.x + 60, w = r.w - 90;
    int maxc = 1;
    for (size_t i = 0; i < 5; i++)
        if (l->counts[shown_outcomes[i]] > maxc)
            maxc = l->counts[shown_outcomes[i]];
    int total = l->done > 0 ? l->done : 1;
    /* the scale: share of replays, up to the next 20% */
    double top_share = fmin(1.0, fmax(0.2, ceil((double)maxc / total * 5 - 1e-9) / 5));
    for (int k = 0; k <= 4; k++) {
        float gy = base - (base - top) * k / 4;
        fill(app, rect(left, gy, w, 1), k == 0 ? p->dim : p->panel2);
        char lab[16];
        snprintf(lab, sizeof lab, "%.0f%%", 100 * top_share * k / 4);
        draw_text_al(app, FONT_SMALL, lab, r.x + 4, gy - 8, left - r.x - 10, ALIGN_RIGHT, p->faint);
    }
    float slot = w / 5, bw = fminf(90, slot * 0.6f);
    for (size_t i = 0; i < 5; i++) {
        Outcome o = shown_outcomes[i];
        int c = l->counts[o];
        double share = (double)c / total;
        float bh = (float)(share / top_share) * (base - top);
        float bx = left + slot * i + (slot - bw) / 2;
        SDL_Color col = o == OUT_AGREEMENT ? p->good : o == OUT_TIMEOUT ? p->neutral : o == OUT_WAR ? p->bad
                                                                                                       : p->warn;
        Rect bar = rect(bx, base - bh, bw, bh);
        char lab[40], tip[200];
        snprintf(lab, sizeof lab, "%s", ui_outcome_title(o));
        Hit h = ui_hit(app, rect(bx, top, bw, base - top + 40), false, lab);
        if (bh > 0)
            fill(app, bar, h.hover ? mix(col, p->text, 0.25f) : col);
        if (o == actual && l->done > 0)
            outline(app, inset(rect(bx, fminf(base - bh, base - 4), bw, fmaxf(bh, 4)), -3), p->focus, 2);
        char val[40];
        if (l->done > 0) {
            snprintf(val, sizeof val, "%.0f%% (%d)", 100 * share, c);
            draw_text_al(app, FONT_BOLD, val, bx - 20, base - bh - 22, bw + 40, ALIGN_CENTER, p->text);
        }
        float lh = outcome_label(app, ui_outcome_title(o), left + slot * i, base + 8, slot);
        if (o == actual)
            draw_text_al(app, FONT_SMALL, _("this game"), left + slot * i, base + 8 + lh, slot, ALIGN_CENTER, p->focus);
        /* TRANSLATORS: under the outcome's name: how many of the replays ended in it */
        snprintf(tip, sizeof tip, ngettext("%d of %d replay ended this way.", "%d of %d replays ended this way.", l->done), c,
                 l->done);
        ui_tooltip(app, h, bar, ui_outcome_title(o), tip);
    }
    if (l->done == 0)
        draw_text_al(app, FONT_BODY, _("Press Run to replay the rest of the game."), left, (top + base) / 2 - 10, w,
                     ALIGN_CENTER, p->faint);
}

void screen_likely(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    Likely *l = &app->likely;
    char sub[240];
    snprintf(sub, sizeof sub, ngettext("%s · this game: %s after %d week", "%s · this game: %s after %d weeks", rl_turn(app->s)),
             rl_text(rl_scenario(app->s)->name),
             ui_outcome_title(rl_outcome(app->s)), rl_turn(app->s));
    ui_heading(app, _("How likely was it?"), sub);
    float lw_ = fminf(420, floorf(app->lw * 0.34f)), x = 28, y = 92, w = lw_ - 24;
    ui_panel(app, rect(16, 76, lw_, app->lh - 76 - 78), NULL);
    int last = rl_turn(app->s) - 1;
    if (l->turn > last)
        l->turn = last > 0 ? last : 0;
    draw_text(app, FONT_BOLD, _("Replay from the end of week"), x, y, p->text);
    y += 28;
    bool idle = !l->running;
    if (ui_button(app, rect(x, y, 44, 38), "−", idle && l->turn > 0))
        l->turn--;
    char num[16];
    snprintf(num, sizeof num, "%d", l->turn);
    draw_text_al(app, FONT_H2, num, x + 48, y + 8, 60, ALIGN_CENTER, p->text);
    if (ui_button(app, rect(x + 112, y, 44, 38), "+", idle && l->turn < last))
        l->turn++;
    char what[160];
    if (l->turn == 0)
        snprintf(what, sizeof what, "%s", _("from the start: every week replayed"));
    else
        snprintf(what, sizeof what, _("weeks %d to the end replayed"), l->turn + 1);
    draw_wrapped(app, FONT_SMALL, what, x + 168, y + 2, w - 168, p->dim);
    y += 52;
    draw_text(app, FONT_BOLD, _("Replays"), x, y, p->text);
    y += 28;
    static const int choices[3] = { 50, 100, 200 };
    for (int i = 0; i < 3; i++) {
        char lab[16];
        snprintf(lab, sizeof lab, "%d", choices[i]);
        if (ui_toggle(app, rect(x + i * 86, y, 80, 34), lab, l->runs == choices[i]) && idle)
            l->runs = choices[i];
    }
    y += 50;
    if (l->running) {
        if (ui_button(app, rect(x, y, 180, 42), _("Stop"), true))
            l->running = false;
    } else {
        bool run = ui_button_primary(app, rect(x, y, 180, 42), l->done ? _("Run again") : _("Run"), rl_turn(app->s) > 0);
        if (app->nlabels > 0)
            ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, _("Run"));
        if (run)
            ui_likely_start(app);
    }
    y += 54;
    /* progress */
    fill(app, rect(x, y, w, 10), p->panel2);
    if (l->runs > 0)
        fill(app, rect(x, y, w * (float)l->done / (float)l->runs, 10), p->series);
    y += 16;
    char prog[400];
    if (l->error[0])
        snprintf(prog, sizeof prog, _("Stopped: %s"), l->error);
    else if (l->done > 0)
        snprintf(prog, sizeof prog,
                 l->running ? ngettext("%d of %d replay... · they last %.1f weeks on average",
                                       "%d of %d replays... · they last %.1f weeks on average", l->runs)
                            : ngettext("%d of %d replay · they last %.1f weeks on average",
                                       "%d of %d replays · they last %.1f weeks on average", l->runs),
                 l->done, l->runs, (double)l->turns_sum / l->done);
    else
        snprintf(prog, sizeof prog, "%s", _("Not run yet."));
    y += draw_wrapped(app, FONT_SMALL, prog, x, y, w, l->error[0] ? p->bad : p->dim) + 16;
    char about[600];
    int later = 0;
    const Intervention *iv[256];
    int niv = rl_interventions(app->s, iv, 256);
    for (int i = 0; i < niv; i++)
        later += iv[i]->turn >= l->turn && iv[i]->kind != IV_PAUSE;
    snprintf(about, sizeof about,
             later ? _("The game is replayed exactly as it went up to the end of week %d; then the rest is played out "
                       "%d times with other luck (seeds 1 to %d), the computer playing every role, the teams' "
                       "included, and without the facilitator's interventions made after that week. The same as: "
                       "redline batch --from SAVE --turn %d --runs %d.")
                   : _("The game is replayed exactly as it went up to the end of week %d; then the rest is played out "
                       "%d times with other luck (seeds 1 to %d), the computer playing every role, the teams' "
                       "included. The same as: redline batch --from SAVE --turn %d --runs %d."),
             l->turn, l->runs, l->runs, l->turn, l->runs);
    draw_wrapped(app, FONT_SMALL, about, x, y, w, p->faint);

    outcome_chart(app, rect(16 + lw_ + 12, 76, app->lw - lw_ - 44, app->lh - 76 - 78));

    if (ui_button(app, rect(16, app->lh - 60, 160, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE)) {
        l->running = false;
        ui_goto(app, SCR_END);
    }
}

/* ---- branch from a week ------------------------------------------------ */

static void stamp(char *out, size_t cap)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(out, cap, "%Y%m%d-%H%M%S", &tm);
}

bool ui_start_branch(App *app)
{
    int teams = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        teams += app->br_human[a];
    if (!app->s || teams == 0)
        return false;
    /* the game as it is, kept so that the report can set the branch beside it */
    char name[200], when[32];
    stamp(when, sizeof when);
    snprintf(name, sizeof name, "%s-%s-game", rl_scenario(app->s)->id, when);
    if (!ui_save_game(app, name))
        return false;
    char origin[sizeof app->origin_path];
    snprintf(origin, sizeof origin, "%s/%s.json", app->saves, name);
    SessionConfig roles = { .root = app->root, .mods = app->mods };
    for (int a = 0; a < ACTOR_COUNT; a++) {
        roles.human[a] = app->br_human[a];
        roles.team[a] = app->br_human[a] && app->br_team[a][0] ? app->br_team[a] : NULL;
    }
    Error err = { 0 };
    Session *b = rl_branch(app->s, app->br_turn, &roles, &err);
    if (!b) {
        ui_message(app, _("The branch could not start"), "%s", err.msg);
        return false;
    }
    int turn = app->br_turn;
    ui_replace_game(app, b);
    ui_copy(app->origin_path, sizeof app->origin_path, origin);
    app->origin_turn = turn;
    snprintf(app->status, sizeof app->status, _("The game so far is saved as %s"), name);
    return true;
}

void screen_branch(App *app)
{
    const Palette *p = &app->pal;
    if (!app->s) {
        ui_goto(app, SCR_MENU);
        return;
    }
    ui_heading(app, _("Branch from a week"), _("What if? Play this game on another way from the end of a week"));
    float lw_ = floorf(app->lw * 0.44f), x = 28, y = 92, w = lw_ - 24;
    ui_panel(app, rect(16, 76, lw_, app->lh - 76 - 78), NULL);
    int last = rl_turn(app->s) - 1;
    if (app->br_turn > last)
        app->br_turn = last > 0 ? last : 0;
    draw_text(app, FONT_BOLD, _("Play on from the end of week"), x, y, p->text);
    y += 28;
    if (ui_button(app, rect(x, y, 44, 38), "−", app->br_turn > 0))
        app->br_turn--;
    char num[16];
    snprintf(num, sizeof num, "%d", app->br_turn);
    draw_text_al(app, FONT_H2, num, x + 48, y + 8, 60, ALIGN_CENTER, p->text);
    if (ui_button(app, rect(x + 112, y, 44, 38), "+", app->br_turn < last))
        app->br_turn++;
    y += 52;
    /* what happened in the week the branch plays anew */
    int t = app->br_turn + 1;
    char head[120], date[64];
    ui_date(app, t, date, sizeof date);
    snprintf(head, sizeof head, _("Week %d (%s) as it went in this game:"), t, date);
    y += draw_wrapped(app, FONT_SMALL, head, x, y, w, p->dim) + 4;
    Rect list = rect(x, y, w, app->lh - 78 - 130 - y);
    Rect saved;
    push_clip(app, list, &saved);
    float ly = y;
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, VIEW_TRUTH, t, news, MAX_NEWS_SHOWN);
    for (int i = 0; i < nnews && ly < list.y + list.h; i++) {
        fill(app, rect(x, ly + 2, 3, 12), ui_actor_colour(app, news[i]->actor));
        char text[NEWS_LEN * 2];
        ly += draw_wrapped(app, FONT_SMALL, rl_news_text(app->s, news[i], text, sizeof text), x + 10, ly, w - 10,
                           news[i]->only_for != NOBODY ? p->warn : p->text) + 3;
    }
    pop_clip(app, saved);
    y = app->lh - 78 - 124;
    draw_wrapped(app, FONT_SMALL,
                 _("This game is saved first. The branch replays it to the end of that week (the facilitator's "
                 "later interventions are left out) and goes on from there with the roles on the right. At the "
                 "branch's end, Write the report sets the two side by side (the same as redline report GAME "
                 "--compare BRANCH)."),
                 x, y, w, p->faint);

    float rx = 16 + lw_ + 28, rw = app->lw - rx - 24;
    draw_text(app, FONT_H2, _("Who plays the branch"), rx, 92, p->text);
    ui_roles_panel(app, rx, 124, rw, app->br_human, app->br_team);

    float by = app->lh - 60;
    if (ui_button(app, rect(16, by, 160, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE)) {
        ui_goto(app, SCR_END);
        return;
    }
    int teams = 0;
    for (int a = 0; a < ACTOR_COUNT; a++)
        teams += app->br_human[a];
    if (ui_button_primary(app, rect(app->lw - 16 - 260, by, 260, 44), _("Start the branch ▸"), teams > 0 && last >= 0))
        ui_start_branch(app);
    if (app->nlabels > 0)
        ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, _("Start the branch"));
}

/* ---- the report -------------------------------------------------------- */

bool ui_write_report(App *app)
{
    if (!app->s)
        return false;
    char reports[1000], dir[1100], when[32];
    mkdir(app->saves, 0777);
    snprintf(reports, sizeof reports, "%s/reports", app->saves);
    mkdir(reports, 0777);
    stamp(when, sizeof when);
    snprintf(dir, sizeof dir, "%s/%s-%s", reports, rl_scenario(app->s)->id, when);
    Error err = { 0 };
    int rc;
    if (app->origin_path[0]) {
        /* a branch: the game it came from is the report's, this branch beside it */
        Session *origin = rl_load(app->origin_path, app->root, app->mods, NULL, -1, &err);
        if (!origin) {
            ui_message(app, _("The report could not be written"), _("The game this branch came from: %s"), err.msg);
            return false;
        }
        char name[80];
        snprintf(name, sizeof name, _("after week %d"), app->origin_turn);
        rc = rl_report(origin, app->s, name, dir, &err);
        rl_close(origin);
    } else {
        rc = rl_report(app->s, NULL, NULL, dir, &err);
    }
    if (rc != 0) {
        ui_message(app, _("The report could not be written"), "%s", err.msg);
        return false;
    }
    ui_copy(app->report_dir, sizeof app->report_dir, dir);
    app->dirty = true;
    return true;
}
