/* Text the player cannot read. Every screen and dialog (and the tooltips of
 * the turn screen) is drawn with the text log on, at 1280x720 and
 * 1920x1080, at every interface scale and every text size: no text may be
 * cut off by its panel or the window, squeezed wider than its room,
 * shortened with an ellipsis, or covered by other text or a map marker
 * (support.h, text_problems), the tutorial's box may not cover what it
 * points at, and no variable may be named by its id
 * ("deal_value") where a player reads it. Scales that give the same layout as one
 * already checked (the layout stops growing once it fills the window) are
 * drawn once. */
#include <ctype.h>

#include "support.h"

static char report[1 << 20];
static int problems;
static bool pseudo;     /* the pseudo-language is on: text must also be marked */

/* Words shown as they are in every language: the teams' names the tests
 * type (make_games), the saves' names, the languages' own names on the
 * settings screen. */
static bool is_own_text(const char *s)
{
    static const char *const own[] = { "Team Washington", "Team Tehran", "Team Jerusalem", "autosave", "English",
                                       "Deutsch" };
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (strstr(s, own[i]))
            return true;
    return false;
}

/* A word of Latin letters outside the pseudo-language's ⟦marks⟧ that is not
 * a variable's name (the facilitator's true state and effects name them as
 * the scripts do): a string that did not go through gettext. */
static bool bare_words(const char *s)
{
    int depth = 0;
    for (const char *c = s; *c;) {
        if (strncmp(c, "⟦", strlen("⟦")) == 0) {
            depth++;
            c += strlen("⟦");
        } else if (strncmp(c, "⟧", strlen("⟧")) == 0) {
            depth -= depth > 0;
            c += strlen("⟧");
        } else if (depth == 0 && (isalnum((unsigned char)*c) || *c == '_')) {
            char word[ID_LEN] = "";
            size_t n = 0;
            int letters = 0;
            for (; isalnum((unsigned char)*c) || *c == '_'; c++) {
                letters += isalpha((unsigned char)*c) != 0;
                if (n + 1 < sizeof word)
                    word[n++] = *c;
            }
            word[n] = '\0';
            if (letters >= 3 && var_find(word) < 0)
                return true;
        } else {
            c++;
        }
    }
    return false;
}

static int unmarked_text(const App *app, const char *where)
{
    int bad = 0;
    size_t n = strlen(report);
    for (int i = 0; i < app->text_log->n; i++) {
        const char *t = app->text_log->box[i].text;
        if (app->text_log->box[i].mark || !bare_words(t) || is_own_text(t))
            continue;
        bad++;
        if (n < sizeof report)
            n += (size_t)snprintf(report + n, sizeof report - n, "%s: '%s' is not translated\n", where, t);
    }
    return bad;
}

/* A parameter's id (the Assumptions screen's "sanction_bite") with no name
 * before it: only "Bite of full sanctions (sanction_bite)" is read. */
static int raw_params(const App *app, const char *where)
{
    int bad = 0;
    for (int i = 0; i < app->text_log->n; i++)
        for (int p = 0; p < PARAM_COUNT; p++) {
            const char *id = param_info[p].name, *text = app->text_log->box[i].text;
            const char *at = strchr(id, '_') ? strstr(text, id) : NULL;
            if (at && (at == text || at[-1] != '(') && !isalnum((unsigned char)at[strlen(id)]) &&
                at[strlen(id)] != '_') {
                size_t n = strlen(report);
                snprintf(report + n, sizeof report - n, "%s: the parameter id '%s' unnamed in '%s'\n", where, id, text);
                bad++;
            }
        }
    return bad;
}

/* A variable's id ("deal_value") in text a player reads, where its label
 * ("What the deal secures") belongs. Ids without an underscore ("talks")
 * are words of their own and are not looked for. */
static int raw_ids(const App *app, const char *where)
{
    int bad = 0;
    for (int i = 0; i < app->text_log->n; i++)
        for (int v = 0; v < VAR_COUNT; v++) {
            const char *id = var_info[v].name, *at = strchr(id, '_') ? strstr(app->text_log->box[i].text, id) : NULL;
            if (at && !isalnum((unsigned char)at[strlen(id)]) && at[strlen(id)] != '_') {
                size_t n = strlen(report);
                snprintf(report + n, sizeof report - n, "%s: the variable id '%s' in '%s'\n", where, id,
                         app->text_log->box[i].text);
                bad++;
            }
        }
    return bad + raw_params(app, where);
}

/* The facilitator's screen names variables by id on purpose: the teacher
 * types them. */
static void check(App *app, const char *scene)
{
    ui_app_measure(app);     /* where the text goes; the pixels are the golden tests' */
    char where[200];
    snprintf(where, sizeof where, "%dx%d at %d%%, text size %d%s, %s", app->pw, app->ph, app->set.ui_scale_pct,
             app->set.text_size, pseudo ? ", pseudo-language" : "", scene);
    problems += text_problems(app, where, report, sizeof report);
    if (app->screen != SCR_FACILITATOR)
        problems += raw_ids(app, where);
    if (pseudo)
        problems += unmarked_text(app, where);
}

/* The games the scenes show, made once per window. */
typedef struct Games {
    Session *us, *iran, *hotseat, *over, *tutorial;
} Games;

static Session *take(App *app)
{
    Session *s = app->s;
    app->s = NULL;
    return s;
}

static void show(App *app, Session *s, bool hotseat, Actor side)
{
    app->s = s;
    app->hotseat = hotseat;
    app->side = app->current = side;
    app->res_turn = rl_turn(s);
    app->modal = MODAL_NONE;
    app->paused = false;
    app->status[0] = '\0';
}

static void make_games(App *app, Games *g)
{
    assert_true(ui_new_game(app, "tutorial", 0, 4));
    ui_end_orders(app);     /* a week played: its news has a Why? for step 6 */
    g->tutorial = take(app);
    assert_true(ui_new_game(app, "jan2026", 0, 7));
    for (int t = 0; t < 3; t++)
        ui_end_orders(app);
    /* four orders, two of which work against each other */
    static const char *const orders[] = { "direct_talks", "cancel_talks", "tighten_sanctions", "deploy_forces" };
    for (size_t i = 0; i < 4; i++) {
        int a = catalogue_find(rl_catalogue(app->s), orders[i]);
        if (a >= 0 && !ui_action_blocker(app, US, a))
            ui_toggle_action(app, US, a);
    }
    g->us = take(app);
    assert_true(ui_new_game(app, "letter2025", 1, 3));
    ui_end_orders(app);
    g->iran = take(app);
    bool human[ACTOR_COUNT] = { [US] = true, [IRAN] = true, [ISRAEL] = true };
    char teams[ACTOR_COUNT][TEAM_LEN] = { "Team Washington", "Team Tehran", "Team Jerusalem" };
    assert_true(ui_new_game_roles(app, "jan2026", human, teams, 5, 0, NULL));
    g->hotseat = take(app);
    assert_true(ui_new_game(app, "letter2025", 0, 11));
    while (!rl_over(app->s))
        ui_end_orders(app);
    g->over = take(app);
}

static void free_games(App *app, Games *g)
{
    app->s = NULL;
    rl_close(g->us);
    rl_close(g->iran);
    rl_close(g->hotseat);
    rl_close(g->over);
    rl_close(g->tutorial);
}

/* Point at the widget labelled `label` (its tooltip shows) and check. */
static void check_tooltip(App *app, const char *label, const char *scene)
{
    Rect r;
    ui_app_measure(app);
    if (!ui_find_label(app, label, &r))
        fail_msg("%s: no widget labelled '%s'", scene, label);
    app->mouse_x = r.x + r.w / 2;
    app->mouse_y = r.y + r.h / 2;
    app->kbd_mode = false;
    check(app, scene);
    app->mouse_x = app->mouse_y = -1000;
}

static void screens_without_a_game(App *app)
{
    static const struct {
        Screen screen;
        const char *name;
    } screens[] = { { SCR_MENU, "the menu" }, { SCR_NEWGAME, "new game" }, { SCR_LOAD, "load" },
                    { SCR_SETTINGS, "settings" } };
    for (size_t i = 0; i < sizeof screens / sizeof *screens; i++) {
        ui_goto(app, screens[i].screen);
        check(app, screens[i].name);
    }
}

static void turn_and_week(App *app, const Games *g)
{
    show(app, g->us, false, US);
    ui_goto(app, SCR_BRIEFING);
    check(app, "the briefing");
    app->back_from_assumptions = SCR_BRIEFING;
    for (float at = 0; at <= 2000; at += 500) {    /* the whole list, a screenful at a time */
        app->scroll[SCR_ASSUMPTIONS] = at;
        ui_goto(app, SCR_ASSUMPTIONS);
        app->scroll[SCR_ASSUMPTIONS] = at;
        check(app, "the assumptions");
    }
    ui_goto(app, SCR_TURN);
    check(app, "the turn, four orders");
    app->map_large = true;
    check(app, "the turn, the larger map");
    app->map_large = false;
    check_tooltip(app, rl_text("Progress of talks"), "an indicator's tooltip");
    check_tooltip(app, rl_text("Offer talks by letter"), "an action's details");
    ui_open_causes(app, V_TALKS_PROGRESS, rl_turn(app->s));
    check(app, "a change taken apart");
    app->why.part = 0;
    check(app, "one cause told whole");
    app->modal = MODAL_NONE;
    app->modal = MODAL_GAMEMENU;
    check(app, "the game menu");
    app->modal = MODAL_NONE;
    ui_goto(app, SCR_RESOLUTION);
    check(app, "the week's news");
    for (int i = 0; i < 3; i++) {
        ui_open_why_news(app, rl_turn(app->s), i);
        check(app, "a Why?");
    }
    app->modal = MODAL_NONE;
    app->back_from_charts = SCR_TURN;
    for (int page = 0; page < 8; page++) {     /* the screen holds the page to the last */
        app->chart_page = page;
        ui_goto(app, SCR_CHARTS);
        check(app, "charts");
        if (app->chart_page < page)
            break;
    }
    app->chart_page = 0;
    ui_goto(app, SCR_SAVE);
    check(app, "save");
    show(app, g->iran, false, IRAN);
    ui_goto(app, SCR_TURN);
    check(app, "Iran's turn");
}

static void classroom(App *app, const Games *g)
{
    show(app, g->hotseat, true, US);
    app->current = ISRAEL;
    ui_goto(app, SCR_HANDOVER);
    check(app, "the hand-over");
    ui_goto(app, SCR_TURN);
    check(app, "Israel's turn in hot-seat");
    for (int tab = 0; tab < FAC_TABS; tab++) {
        app->fac.tab = tab;
        ui_goto(app, SCR_FACILITATOR);
        check(app, "the facilitator");
    }
    ui_goto(app, SCR_TURN);
    app->modal = MODAL_PIN;
    check(app, "the PIN");
    app->modal = MODAL_NONE;
    app->paused = true;
    check(app, "paused");
    app->paused = false;
}

static void the_end(App *app, const Games *g)
{
    show(app, g->over, false, US);
    ui_goto(app, SCR_END);
    check(app, "the end");
    ui_goto(app, SCR_LIKELY);
    check(app, "how likely");
    app->br_turn = 3;
    ui_goto(app, SCR_BRANCH);
    check(app, "a branch");
}

/* The tutorial's box at each step, on the step's screen: drawn, beside the
 * widget it points at and never over it, its text neither cut nor covered. */
static void tutorial(App *app, const Games *g)
{
    show(app, g->tutorial, false, US);
    for (int step = 1; step <= ui_tutorial_steps(); step++) {
        app->tutorial = step;
        app->tutorial_turn = rl_turn(app->s);
        ui_goto(app, ui_tutorial_screen(step));
        char scene[40];
        snprintf(scene, sizeof scene, "the tutorial's step %d", step);
        check(app, scene);
        Rect box = app->tutorial_box, t = app->tutorial_target, m = box_meet(box, t);
        if (box.w <= 0)
            fail_msg("%s: no box", scene);
        if (m.w > 0 && m.h > 0) {
            size_t n = strlen(report);
            snprintf(report + n, sizeof report - n, "%dx%d at %d%%, text size %d, %s: the box covers what it points at\n",
                     app->pw, app->ph, app->set.ui_scale_pct, app->set.text_size, scene);
            problems++;
        }
    }
    app->tutorial = 0;
}

static void every_scene(App *app, const Games *g)
{
    app->s = NULL;
    screens_without_a_game(app);
    turn_and_week(app, g);
    classroom(app, g);
    the_end(app, g);
    tutorial(app, g);
}

/* language: "de", "fa"; "" the game's English. large_to: the largest
 * interface scale drawn with the large text size (150: all). */
static void every_screen_at(int w, int h, const char *language, int large_to)
{
    App *app = make_app(UI_FIXTURE, w, h);
    snprintf(app->set.language, sizeof app->set.language, "%s", language);   /* kept by every ui_apply_settings */
    ui_apply_settings(app);
    keep_text_boxes(app);
    Games g;
    make_games(app, &g);
    ui_scan_scenarios(app);     /* the scenarios' names in the language shown */
    float seen[32][3];
    int nseen = 0;
    for (int ts = 0; ts < 3; ts++)
        for (int pct = 80; pct <= (ts == 2 ? large_to : 150); pct += 10) {
            app->set.ui_scale_pct = pct;
            app->set.text_size = ts;
            ui_apply_settings(app);
            bool again = false;
            for (int i = 0; i < nseen; i++)
                again |= seen[i][0] == app->scale && seen[i][1] == app->lw && seen[i][2] == (float)ts;
            if (again)
                continue;
            seen[nseen][0] = app->scale;
            seen[nseen][1] = app->lw;
            seen[nseen++][2] = (float)ts;
            every_scene(app, &g);
        }
    free_games(app, &g);
    ui_app_destroy(app);
}

static void test_no_text_cut_or_covered(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    report[0] = '\0';
    problems = 0;
    every_screen_at(1280, 720, "", 150);
    every_screen_at(1920, 1080, "", 150);
    fputs(report, stderr);
    if (problems)
        fail_msg("%d pieces of text cut, squeezed or covered (listed above)", problems);
}

/* Every screen in a language at 1280x720 (the scenarios' names in it too):
 * what the tests find in English must not come back in a translation. */
static void every_scene_in(const char *language)
{
    clean_dir(SAVES_DIR);
    report[0] = '\0';
    problems = 0;
    rl_language_init("locale");
    assert_int_equal(rl_language_set(language), 0);
    App *app = make_app(UI_FIXTURE, 1280, 720);
    keep_text_boxes(app);
    Games g;
    make_games(app, &g);
    ui_scan_scenarios(app);
    every_scene(app, &g);
    free_games(app, &g);
    ui_app_destroy(app);
    rl_language_set("en");
    fputs(report, stderr);
}

/* Every screen in the pseudo-language (tools/pseudo_po.py: every message
 * marked and 40% longer): a longer language still fits, and no text on any
 * screen bypasses gettext. */
static void test_pseudo_language_fits(void **state)
{
    (void)state;
    pseudo = true;
    every_scene_in("qps");
    pseudo = false;
    if (problems)
        fail_msg("%d pieces of text untranslated, cut, squeezed or covered in the pseudo-language (listed above)",
                 problems);
}

/* German (long words) and Persian (right to left, its own script and
 * digits) as their readers see them, at every interface scale and text
 * size: nothing cut, squeezed or covered, no variable named by its id. */
static void every_screen_in(const char *language, int large_to)
{
    clean_dir(SAVES_DIR);
    report[0] = '\0';
    problems = 0;
    rl_language_init("locale");
    every_screen_at(1280, 720, language, large_to);
    every_screen_at(1920, 1080, language, large_to);
    rl_language_set("");
    fputs(report, stderr);
}

static void test_german_fits(void **state)
{
    (void)state;
    every_screen_in("de", 150);
    if (problems)
        fail_msg("%d pieces of text cut, squeezed or covered in German (listed above)", problems);
}

static void test_persian_fits(void **state)
{
    (void)state;
    every_screen_in("fa", 150);
    if (problems)
        fail_msg("%d pieces of text cut, squeezed or covered in Persian (listed above)", problems);
}

/* The checks can fail: text drawn past its panel's side, over other text,
 * and cut to fit are each found. */
static void test_the_checks_can_fail(void **state)
{
    (void)state;
    App *app = make_app(UI_FIXTURE, 1280, 720);
    keep_text_boxes(app);
    app->text_log->n = 0;
    Rect saved;
    push_clip(app, rect(100, 100, 50, 40), &saved);
    draw_text(app, FONT_BODY, "far too long for its panel", 100, 110, app->pal.text);
    pop_clip(app, saved);
    draw_text(app, FONT_BODY, "one", 300, 300, app->pal.text);
    draw_text(app, FONT_BODY, "two", 305, 302, app->pal.text);
    draw_text_fit(app, FONT_BODY, "shortened to fit a small room", 400, 400, 60, app->pal.text);
    draw_text(app, FONT_BODY, "Average: oil_mean", 600, 600, app->pal.text);
    draw_text(app, FONT_BODY, "oil_means and deal_values are no ids", 600, 650, app->pal.text);
    report[0] = '\0';
    assert_int_equal(raw_ids(app, "test"), 1);
    assert_non_null(strstr(report, "'oil_mean'"));
    char out[2000] = "";
    assert_int_equal(text_problems(app, "test", out, sizeof out), 3);
    assert_non_null(strstr(out, "cut at the side"));
    assert_non_null(strstr(out, "overlap"));
    assert_non_null(strstr(out, "cut short"));
    ui_app_destroy(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_the_checks_can_fail, setup),
        cmocka_unit_test_setup(test_no_text_cut_or_covered, setup),
        cmocka_unit_test_setup(test_pseudo_language_fits, setup),
        cmocka_unit_test_setup(test_german_fits, setup),
        cmocka_unit_test_setup(test_persian_fits, setup),
    };
    return run_ui_tests("legible", tests, sizeof tests / sizeof *tests);
}
