/* What the turn screen and the end tell a player, checked where they show:
 * Ctrl+Enter ends the turn without pressing the focused action; contradictory
 * orders are warned about; each action shows its move of the 0-10 ladder; a
 * new week's action list starts at its top; a causal view's parts add up to
 * the change shown; the end timeline has every side's significant moves; New
 * game starts from the defaults with a fresh seed; a small change never
 * reads "+0"; the end's story of a score never "went from no to no"; the
 * map can take the reports' room. */
#include "support.h"

/* Whether text containing s was drawn on layer in the last frame. */
static bool said(const App *app, int layer, const char *s, Rect *where)
{
    for (int i = 0; i < app->text_log->n; i++) {
        const TextBox *b = &app->text_log->box[i];
        if (b->layer == layer && strstr(b->text, s)) {
            if (where)
                *where = b->r;
            return true;
        }
    }
    return false;
}

static App *turn_screen(const char *scenario, int side, unsigned long long seed)
{
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    keep_text_boxes(app);
    assert_true(ui_new_game(app, scenario, side, seed));
    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    return app;
}

static int action(const App *app, const char *id)
{
    int a = catalogue_find(rl_catalogue(app->s), id);
    assert_true(a >= 0);
    return a;
}

/* Ctrl+Enter with an action focused ends the turn and leaves the action as
 * it was (the Enter of a focused widget used to press it too). */
static void test_ctrl_enter_ends_turn(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    app->focus = -1;
    const char *f = NULL;
    for (int i = 0; i < 60 && !(f && strcmp(f, "Offer talks by letter") == 0); i++) {
        key(app, SDLK_TAB, 0);
        f = ui_focused_label(app);
    }
    assert_non_null(f);
    assert_string_equal(f, "Offer talks by letter");
    key(app, SDLK_RETURN, KMOD_CTRL);
    assert_int_equal(rl_turn(app->s), 1);
    const Order *orders[ACTOR_COUNT * MAX_ORDERS];
    int n = rl_orders(app->s, VIEW_TRUTH, 1, orders, ACTOR_COUNT * MAX_ORDERS);
    for (int i = 0; i < n; i++)
        assert_false(orders[i]->actor == US);     /* no order given: the focused action was not pressed */
    ui_app_destroy(app);
}

/* Two orders that work against each other are named in the orders bar;
 * one alone is not. */
static void test_conflicting_orders_warned(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    for (int t = 0; t < 3; t++)       /* the talks at the back-channel, where both orders can be given */
        ui_end_orders(app);
    ui_goto(app, SCR_TURN);
    int talks = action(app, "direct_talks"), cut = action(app, "cancel_talks");
    assert_null(ui_action_blocker(app, US, talks));
    ui_toggle_action(app, US, talks);
    ui_app_measure(app);
    assert_false(said(app, 0, "undoes what", NULL));
    assert_null(ui_action_blocker(app, US, cut));
    ui_toggle_action(app, US, cut);
    ui_app_measure(app);
    assert_true(said(app, 0, "undoes what", NULL));
    ui_app_destroy(app);
}

/* Every action whose expected move of the ladder shows at one decimal has
 * it written on its row, in the ladder's own 0-10 units. */
static void test_actions_show_ladder_move(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    int shown = 0;
    const Catalogue *cat = rl_catalogue(app->s);
    for (int a = 0; a < cat->count; a++) {
        Rect row, chip;
        if (!(cat->actions[a].actors & (1u << US)) || !ui_find_label(app, cat->actions[a].name, &row))
            continue;
        double move = ui_action_ladder(app, US, a);
        if (fabs(move) < 0.05)
            continue;
        char text[16];
        ui_ladder_move(move, text, sizeof text);
        bool on_row = false;
        for (int i = 0; i < app->text_log->n && !on_row; i++) {
            chip = app->text_log->box[i].r;
            on_row = strcmp(app->text_log->box[i].text, text) == 0 && chip.y < row.y + row.h &&
                     chip.y + chip.h > row.y;
        }
        if (!on_row)
            fail_msg("%s: its ladder move %s is not on its row", cat->actions[a].name, text);
        shown++;
    }
    assert_true(shown >= 3);
    ui_app_destroy(app);
}

/* "Larger map" (or M) gives the map the reports' room, with the week's
 * markers on it; "Smaller map" (or M again) gives it back. */
static void test_larger_map(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    ui_end_orders(app);
    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    Rect small, large, any;
    assert_true(ui_find_label(app, "Marker 1", &small));
    assert_true(ui_find_label(app, "Full report", &any));
    click(app, "Larger map");
    ui_app_frame(app);
    assert_true(app->map_large);
    assert_true(ui_find_label(app, "Marker 1", &large));
    assert_false(ui_find_label(app, "Full report", &any));
    assert_true(ui_find_label(app, "Smaller map", &any));
    /* the same place further from the map's top: the map is drawn larger */
    Rect head;
    assert_true(ui_find_label(app, "Smaller map", &head));
    assert_true(large.y - head.y > small.y - head.y + 5 || fabsf(large.x - small.x) > 5);
    key(app, SDLK_m, 0);
    ui_app_frame(app);
    assert_false(app->map_large);
    assert_true(ui_find_label(app, "Full report", &any));
    ui_app_destroy(app);
}

/* The action list starts at its top in a new week and in a new game. */
static void test_action_list_starts_at_top(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    app->scroll_actions = 400;
    ui_app_frame(app);
    assert_true(app->scroll_actions > 0);    /* the list is longer than its panel */
    key(app, SDLK_RETURN, KMOD_CTRL);
    click(app, "Continue");
    assert_int_equal(app->screen, SCR_TURN);
    assert_true(app->scroll_actions == 0);
    app->scroll_actions = 400;
    ui_app_frame(app);
    assert_true(ui_new_game(app, "jan2026", 0, 8));
    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    assert_true(app->scroll_actions == 0);
    ui_app_destroy(app);
}

/* The causal view of a change: its parts, as the view shows them, add up
 * to the change of the values as shown, and the view names each part. */
static void test_causes_add_up(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 7);
    for (int t = 0; t < 4; t++)
        ui_end_orders(app);
    int views = 0;
    for (int t = 1; t <= rl_turn(app->s); t++)
        for (int v = 0; v < VAR_COUNT; v++) {
            CauseInfo parts[LEDGER_MAX_PARTS];
            int n = rl_causes_shown(app->s, US, t, (Var)v, parts, LEDGER_MAX_PARTS);
            if (n == 0)
                continue;
            double sum = 0;
            for (int i = 0; i < n; i++)
                sum += parts[i].amount;
            double change = rl_shown((Var)v, rl_value(app->s, US, t, (Var)v, NULL)) -
                            rl_shown((Var)v, rl_value(app->s, US, t - 1, (Var)v, NULL));
            if (fabs(sum - change) > 1e-6 * fmax(1, fabs(change)))
                fail_msg("week %d, %s: the parts add up to %g, the change is %g", t, ui_var_label(v), sum, change);
            ui_open_causes(app, v, t);
            ui_app_measure(app);
            assert_int_equal(app->modal, MODAL_WHY);
            for (int i = 0; i < n; i++) {
                char head[40];
                snprintf(head, sizeof head, "%.30s", parts[i].label);
                if (!said(app, 1, head, NULL))
                    fail_msg("week %d, %s: the view leaves out \"%s\"", t, ui_var_label(v), parts[i].label);
            }
            app->modal = MODAL_NONE;
            views++;
        }
    assert_true(views > 20);
    ui_app_destroy(app);
}

/* The end timeline lists every side's significant moves (Israel's strike
 * too), not only the players'. */
static void test_end_lists_every_side(void **state)
{
    (void)state;
    App *app = turn_screen("jan2026", 0, 1);
    while (!rl_over(app->s))
        ui_end_orders(app);
    ui_goto(app, SCR_END);
    ui_app_measure(app);
    unsigned sides = 0;     /* the computer's sides whose moves are listed */
    for (int t = 1; t <= rl_turn(app->s); t++) {
        const News *news[MAX_NEWS_SHOWN];
        int n = rl_news(app->s, VIEW_TRUTH, t, news, MAX_NEWS_SHOWN);
        for (int i = 0; i < n; i++) {
            if (!ui_significant(app, t, news[i]))
                continue;
            char line[80];
            snprintf(line, sizeof line, "★ %.40s", news[i]->text);
            if (!said(app, 0, line, NULL))
                fail_msg("week %d: \"%s\" is not in the timeline", t, news[i]->text);
            if (news[i]->actor != US)
                sides |= 1u << news[i]->actor;
        }
    }
    assert_true(__builtin_popcount(sides) >= 2);
    ui_app_destroy(app);
}

/* New game from the menu starts from the defaults (one team, no PIN, the
 * scenario's own length, no timer) with a fresh seed. */
static void test_new_game_from_defaults(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    click(app, "New game");
    app->ng_human[IRAN] = app->ng_human[ISRAEL] = true;
    ui_copy(app->ng_team[IRAN], TEAM_LEN, "Team Tehran");
    ui_copy(app->ng_pin, sizeof app->ng_pin, "1234");
    app->ng_length = 3;
    app->ng_timer = 2;
    char seed[sizeof app->ng_seed];
    ui_copy(seed, sizeof seed, app->ng_seed);
    click(app, "Back");
    assert_int_equal(app->screen, SCR_MENU);
    click(app, "New game");
    assert_false(app->ng_human[IRAN] || app->ng_human[ISRAEL]);
    assert_true(app->ng_human[US]);
    assert_string_equal(app->ng_team[IRAN], "");
    assert_string_equal(app->ng_pin, "");
    assert_int_equal(app->ng_length, 0);
    assert_int_equal(app->ng_timer, 0);
    assert_string_not_equal(app->ng_seed, seed);
    ui_app_destroy(app);
}

/* A click on the tutorial's box where the widget labelled `under` lies
 * beneath it goes to the box, not to the widget. */
static void click_through_box(App *app, const char *under)
{
    Rect w, b = app->tutorial_box;
    assert_true(ui_find_label(app, under, &w));
    float x0 = fmaxf(w.x, b.x), x1 = fminf(w.x + w.w, b.x + b.w), y0 = fmaxf(w.y, b.y), y1 = fminf(w.y + w.h, b.y + b.h);
    assert_true(x0 < x1 && y0 < y1);    /* the box is over part of it */
    /* a point of the box over the widget, off the box's own buttons */
    Rect own[2];
    bool has[2] = { ui_find_label(app, "Skip tutorial", &own[0]), ui_find_label(app, "Next", &own[1]) };
    float px = -1, py = -1;
    for (float y = y0 + 1; y < y1 && px < 0; y += 2)
        for (float x = x0 + 1; x < x1 && px < 0; x += 2) {
            bool on_own = false;
            for (int k = 0; k < 2; k++)
                on_own |= has[k] && x >= own[k].x && x < own[k].x + own[k].w && y >= own[k].y && y < own[k].y + own[k].h;
            if (!on_own)
                px = x, py = y;
        }
    assert_true(px >= 0);
    int turn = rl_turn(app->s), screen = app->screen;
    click_at(app, px, py);
    ui_app_frame(app);
    assert_int_equal(rl_turn(app->s), turn);
    assert_int_equal(app->screen, screen);
}

/* The tutorial scenario with one side is a guided game: a box of steps
 * points at the widget each step uses and moves on when the player has done
 * it, to the end of the first week and a causal view; Skip ends it; another
 * scenario has none. */
static void test_guided_tutorial(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    keep_text_boxes(app);
    assert_true(ui_new_game(app, "tutorial", 0, 4));
    ui_app_measure(app);
    assert_int_equal(app->tutorial, 1);
    assert_true(said(app, 1, "step 1 of", NULL));
    /* each step's widget, pressed as the box asks */
    static const char *const presses[] = { "Begin", "Next", "Offer talks by letter", "Next", "End turn",
                                           "Why? 1", NULL, "Continue", "Progress of talks", NULL, "Done" };
    static const int step_after[] = { 2, 3, 4, 5, 6, 7, 7, 8, 9, 9, 10 };
    for (size_t i = 0; i < sizeof presses / sizeof *presses; i++) {
        ui_app_frame(app);
        if (!presses[i]) {
            key(app, SDLK_ESCAPE, 0);       /* close the dialog the step opened */
        } else {
            assert_true(app->tutorial_box.w > 0);
            if (app->tutorial == 4)
                click_through_box(app, "End turn");
            click(app, presses[i]);
        }
        ui_app_frame(app);
        if (app->tutorial != step_after[i])
            fail_msg("after %s: step %d, not %d", presses[i] ? presses[i] : "Escape", app->tutorial, step_after[i]);
    }
    assert_int_equal(rl_turn(app->s), 1);
    assert_int_equal(app->nsel[US], 0);
    assert_true(app->tutorial > 9 || app->tutorial == 0);
    ui_app_measure(app);
    assert_false(said(app, 1, "Tutorial", NULL));
    /* skipped at its first step */
    assert_true(ui_new_game(app, "tutorial", 0, 4));
    ui_app_frame(app);
    click(app, "Skip tutorial");
    assert_int_equal(app->tutorial, 0);
    assert_int_equal(app->screen, SCR_BRIEFING);
    /* none in another scenario */
    assert_true(ui_new_game(app, "jan2026", 0, 4));
    assert_int_equal(app->tutorial, 0);
    ui_app_destroy(app);
}

/* A change too small for a variable's usual decimals keeps the digits it
 * needs: "+0.04", never "+0" for something that moved. */
static void test_small_changes_not_zero(void **state)
{
    (void)state;
    for (int v = 0; v < VAR_COUNT; v++) {
        if (strcmp(var_info[v].unit, "0/1") == 0)
            continue;   /* a yes or no moves whole */
        double tiny = (var_info[v].max - var_info[v].min) * 3e-5;
        char d[40], zero[40];
        ui_format_delta(v, -tiny, d, sizeof d);
        ui_format_delta(v, 0, zero, sizeof zero);
        if (!strpbrk(d, "123456789") || !strstr(d, "\u2212"))
            fail_msg("%s: a change of %g reads '%s'", var_info[v].name, -tiny, d);
        if (strpbrk(zero, "123456789"))
            fail_msg("%s: no change reads '%s'", var_info[v].name, zero);
    }
}

/* The end screen's story of each score reads as a sentence: never "went
 * from no to no" or "from 0 to 0" (the text of every objective, in games
 * of both scenarios with either side). */
static void test_end_scores_read_well(void **state)
{
    (void)state;
    static const struct {
        const char *scenario;
        int side;
        unsigned long long seed;
    } games[] = { { "letter2025", 0, 11 }, { "jan2026", 1, 5 }, { "jan2026", 0, 7 } };
    for (size_t g = 0; g < sizeof games / sizeof *games; g++) {
        clean_dir(SAVES_DIR);
        App *app = make_app(FIXTURE, 1920, 1080);
        keep_text_boxes(app);
        assert_true(ui_new_game(app, games[g].scenario, games[g].side, games[g].seed));
        while (!rl_over(app->s))
            ui_end_orders(app);
        ui_goto(app, SCR_END);
        ui_app_frame(app);
        static char all[1 << 16];
        size_t n = 0;
        for (int i = 0; i < app->text_log->n && n < sizeof all; i++)
            n += (size_t)snprintf(all + n, sizeof all - n, "%s ", app->text_log->box[i].text);
        int stories = 0;
        for (const char *at = strstr(all, " went from "); at; at = strstr(at + 1, " went from ")) {
            char from[40] = "", to[40] = "";
            const char *a = at + strlen(" went from "), *b = strstr(a, " to "), *c = b ? strstr(b, " (") : NULL;
            assert_non_null(c);
            snprintf(from, sizeof from, "%.*s", (int)(b - a), a);
            snprintf(to, sizeof to, "%.*s", (int)(c - b - 4), b + 4);
            if (strcmp(from, to) == 0)
                fail_msg("%s: 'went from %s to %s'", games[g].scenario, from, to);
            stories++;
        }
        assert_true(said(app, 0, "all game", NULL) || stories > 0);
        ui_app_destroy(app);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_ctrl_enter_ends_turn, setup),
        cmocka_unit_test_setup(test_conflicting_orders_warned, setup),
        cmocka_unit_test_setup(test_actions_show_ladder_move, setup),
        cmocka_unit_test_setup(test_action_list_starts_at_top, setup),
        cmocka_unit_test_setup(test_causes_add_up, setup),
        cmocka_unit_test_setup(test_end_lists_every_side, setup),
        cmocka_unit_test_setup(test_new_game_from_defaults, setup),
        cmocka_unit_test_setup(test_guided_tutorial, setup),
        cmocka_unit_test_setup(test_small_changes_not_zero, setup),
        cmocka_unit_test_setup(test_larger_map, setup),
        cmocka_unit_test_setup(test_end_scores_read_well, setup),
    };
    return run_ui_tests("feedback", tests, sizeof tests / sizeof *tests);
}
