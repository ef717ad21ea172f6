/* The game window, headless: SDL's dummy video driver and the software
 * renderer drawing into a surface, so the tests need no screen.
 *
 * - Every screen is rendered at 1280x720 and compared with a golden PNG in
 *   tests/ui/golden/ (support.h says how closely). The games run on the
 *   game's own scripts, copied by make into build/tests/ui/fixture. After a
 *   deliberate change, regenerate the goldens with
 *       REDLINE_UPDATE_GOLDEN=1 make test
 *   and look at them (tests/out/ui/NAME.actual.png) before committing. A
 *   failed comparison also writes NAME.golden.png and NAME.diff.png there.
 * - A scripted sequence of input events (SDL_PushEvent) plays turns as a
 *   player would: new game, pick an action, end the turn, a Why?, save, load.
 * - The real scripts: every screen renders and a game plays to the end.
 * - Idle input draws nothing; the text cache stays bounded. */
#include "support.h"

/* ---- the tests --------------------------------------------------------- */

/* Every screen, compared with its golden image. */
static void test_screens_golden(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    check_golden(app, "menu");

    ui_goto(app, SCR_NEWGAME);
    ui_app_frame(app);
    check_golden(app, "newgame");

    app->back_from_settings = SCR_MENU;
    ui_goto(app, SCR_SETTINGS);
    ui_app_frame(app);
    check_golden(app, "settings");

    assert_true(ui_new_game(app, "jan2026", 1, 7));
    ui_app_frame(app);
    assert_int_equal(app->screen, SCR_BRIEFING);
    check_golden(app, "briefing");

    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    int talks = catalogue_find(&app->s->catalogue, "accept_talks");
    int channel = catalogue_find(&app->s->catalogue, "iran_backchannel");
    assert_true(talks >= 0 && channel >= 0);
    ui_toggle_action(app, IRAN, talks);
    ui_toggle_action(app, IRAN, channel);
    app->detail_action = channel;
    ui_app_frame(app);
    check_golden(app, "turn");

    ui_end_orders(app);
    ui_app_frame(app);
    assert_int_equal(app->screen, SCR_RESOLUTION);
    assert_int_equal(app->s->game.world.turn, 1);
    check_golden(app, "resolution");

    Rect why;
    assert_true(ui_find_label(app, "Why? 1", &why) || ui_find_label(app, "Why? 2", &why));
    click_at(app, why.x + why.w / 2, why.y + why.h / 2);
    assert_int_equal(app->modal, MODAL_WHY);
    hover_away(app);
    check_golden(app, "why");
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->modal, MODAL_NONE);

    for (int i = 0; i < 3; i++) {
        ui_after_resolution(app);
        ui_end_orders(app);
    }
    app->back_from_charts = SCR_RESOLUTION;
    ui_goto(app, SCR_CHARTS);
    ui_app_frame(app);
    check_golden(app, "charts");

    assert_true(ui_new_game(app, "letter2025", 0, 3));
    while (!session_over(app->s)) {
        ui_goto(app, SCR_TURN);
        ui_end_orders(app);
    }
    ui_goto(app, SCR_END);
    ui_app_frame(app);
    check_golden(app, "end");

    assert_true(ui_new_game(app, "jan2026", 2, 7));
    ui_goto(app, SCR_HANDOVER);
    ui_app_frame(app);
    check_golden(app, "handover");
    ui_app_destroy(app);
}

/* A player's turn, by input events alone: the session must advance. */
static void test_input_plays_turns(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    click(app, "New game");
    assert_int_equal(app->screen, SCR_NEWGAME);
    click(app, "The January Uprising");
    click(app, "Iran");
    click(app, "United States");     /* Iran alone: the United States is on by default */
    click(app, "Seed");
    for (int i = 0; i < 12; i++)
        key(app, SDLK_BACKSPACE, 0);
    type(app, "11");
    assert_string_equal(app->ng_seed, "11");
    click(app, "Start game");
    assert_int_equal(app->screen, SCR_BRIEFING);
    assert_non_null(app->s);
    assert_int_equal(app->s->game.seed, 11);
    assert_true(app->s->human[IRAN] && !app->s->human[US]);
    key(app, SDLK_RETURN, 0);                   /* Enter presses Begin */
    assert_int_equal(app->screen, SCR_TURN);

    /* pick an action with the mouse and one with the keyboard alone */
    click(app, "Send Araghchi to the talks");
    assert_int_equal(app->nsel[IRAN], 1);
    app->focus = -1;
    bool found = false;
    for (int i = 0; i < 80 && !found; i++) {
        key(app, SDLK_TAB, 0);
        const char *f = ui_focused_label(app);
        found = f && strcmp(f, "Keep the Araghchi-Witkoff channel open") == 0;
    }
    assert_true(found);
    key(app, SDLK_SPACE, 0);
    assert_true(ui_selected(app, IRAN, catalogue_find(&app->s->catalogue, "iran_backchannel")));
    assert_int_equal(app->nsel[IRAN], 2);

    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 1);
    assert_int_equal(app->screen, SCR_RESOLUTION);
    const History *h = &app->s->game.history;
    int iran_orders = 0;
    for (int i = 0; i < h->turns[0].norders; i++) {
        const Order *o = &h->orders[h->turns[0].first_order + i];
        if (o->actor == IRAN) {
            const char *id = app->s->catalogue.actions[o->action].id;
            assert_true(strcmp(id, "accept_talks") == 0 || strcmp(id, "iran_backchannel") == 0);
            iran_orders++;
        }
    }
    assert_int_equal(iran_orders, 2);
    char path[300];
    snprintf(path, sizeof path, "%s/autosave.json", SAVES_DIR);
    assert_int_equal(access(path, R_OK), 0);    /* autosaved after the turn */

    /* a Why?, then the next turn, then another with Ctrl+Enter */
    click(app, "Why? 1");
    assert_int_equal(app->modal, MODAL_WHY);
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->modal, MODAL_NONE);
    click(app, "Continue");
    assert_int_equal(app->screen, SCR_TURN);
    key(app, SDLK_RETURN, KMOD_CTRL);
    assert_int_equal(app->s->game.world.turn, 2);
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_TURN);

    /* charts and back */
    key(app, SDLK_c, 0);
    assert_int_equal(app->screen, SCR_CHARTS);
    key(app, SDLK_RIGHT, 0);
    assert_int_equal(app->chart_page, 1);
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_TURN);

    /* save under a name, then load it from the menu */
    key(app, SDLK_s, KMOD_CTRL);
    assert_int_equal(app->screen, SCR_SAVE);
    type(app, "by input");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_TURN);
    snprintf(path, sizeof path, "%s/by input.json", SAVES_DIR);
    assert_int_equal(access(path, R_OK), 0);
    uint64_t hash = world_hash(&app->s->game.world);

    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->modal, MODAL_GAMEMENU);
    click(app, "Main menu");
    assert_int_equal(app->screen, SCR_MENU);
    click(app, "Load game");
    assert_int_equal(app->screen, SCR_LOAD);
    click(app, "Load by input");
    assert_int_equal(app->screen, SCR_TURN);
    assert_int_equal(app->s->game.world.turn, 2);
    assert_true(world_hash(&app->s->game.world) == hash);
    key(app, SDLK_RETURN, KMOD_CTRL);
    assert_int_equal(app->s->game.world.turn, 3);

    /* Continue loads the autosave, which is now at week 3 */
    key(app, SDLK_ESCAPE, 0);
    key(app, SDLK_ESCAPE, 0);
    click(app, "Main menu");
    click(app, "Continue");
    assert_int_equal(app->s->game.world.turn, 3);
    ui_app_destroy(app);
}

/* Hot-seat: each side behind a hand-over screen; the turn resolves after both. */
static void test_hotseat(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    assert_true(ui_new_game(app, "jan2026", 2, 5));
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, US);
    click(app, "Ready");
    assert_int_equal(app->screen, SCR_TURN);
    assert_int_equal(ui_viewer(app), US);
    click(app, "Offer talks by letter");
    assert_int_equal(app->nsel[US], 1);
    click(app, "End turn");
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, IRAN);
    assert_int_equal(app->s->game.world.turn, 0);
    /* Iran's turn screen shows Iran's actions, not the US's orders */
    click(app, "Ready");
    assert_int_equal(ui_viewer(app), IRAN);
    Rect r;
    assert_false(ui_find_label(app, "Offer talks by letter", &r));
    click(app, "Send Araghchi to the talks");
    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 1);
    assert_int_equal(app->screen, SCR_RESOLUTION);
    assert_int_equal(ui_viewer(app), NOBODY);   /* the shared screen shows public facts */
    click(app, "Continue");
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, US);
    ui_app_destroy(app);
}

/* The game's own scripts: every screen draws, at 1280x720 and 1920x1080, and
 * a game plays to its end. No pictures compared: the content moves. */
static void test_real_scripts(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    static const int sizes[2][2] = { { 1280, 720 }, { 1920, 1080 } };
    for (int k = 0; k < 2; k++) {
        App *app = make_app(".", sizes[k][0], sizes[k][1]);
        assert_true(app->nscenarios >= 2);
        for (int side = 0; side < 2; side++) {
            assert_true(ui_new_game(app, side ? "jan2026" : "letter2025", side, 42));
            for (int t = 0; t < 40 && !session_over(app->s); t++) {
                ui_goto(app, SCR_TURN);
                ui_app_frame(app);
                ui_end_orders(app);
                ui_app_frame(app);
                assert_true(app->screen == SCR_RESOLUTION);
            }
            assert_true(session_over(app->s));
            static const Screen screens[] = { SCR_MENU, SCR_NEWGAME, SCR_LOAD, SCR_SETTINGS, SCR_SAVE, SCR_BRIEFING,
                                              SCR_CHARTS, SCR_END };
            for (size_t i = 0; i < sizeof screens / sizeof *screens; i++) {
                ui_goto(app, screens[i]);
                ui_app_frame(app);
            }
        }
        if (k == 1) {
            SDL_Surface *s = app->offscreen;
            assert_int_equal(s->w, 1920);
            assert_true(app->scale > 1.4f);
        }
        ui_app_destroy(app);
    }
}

/* Redraw only on change: moving over empty space draws nothing; drawing the
 * same screen again renders no new text. */
static void test_idle_and_cache(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    assert_true(ui_new_game(app, "jan2026", 0, 7));
    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    ui_app_frame(app);
    int cached = text_cache_count(app->cache);
    unsigned long frames = app->frames;
    ui_app_frame(app);
    assert_int_equal(text_cache_count(app->cache), cached);     /* nothing rendered anew */

    /* the mouse wandering over a blank strip of the top bar: no frame */
    frames = app->frames;
    for (int i = 0; i < 20; i++) {
        SDL_Event e = { 0 };
        e.type = SDL_MOUSEMOTION;
        e.motion.x = 700 + i;
        e.motion.y = 40;
        push(&e);
    }
    ui_app_pump(app);
    assert_true(app->frames - frames <= 1);
    /* an event that matters draws */
    key(app, SDLK_TAB, 0);
    assert_true(app->frames > frames);
    assert_true(text_cache_count(app->cache) <= 900);
    ui_app_destroy(app);
}

int main(void)
{
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_screens_golden, setup),
        cmocka_unit_test_setup(test_input_plays_turns, setup),
        cmocka_unit_test_setup(test_hotseat, setup),
        cmocka_unit_test_setup(test_real_scripts, setup),
        cmocka_unit_test_setup(test_idle_and_cache, setup),
    };
    int rc = cmocka_run_group_tests_name("ui", tests, NULL, NULL);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
