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
    /* the Assumptions screen, reached from the briefing, and back */
    app->back_from_assumptions = SCR_BRIEFING;
    ui_goto(app, SCR_ASSUMPTIONS);
    ui_app_frame(app);
    check_golden(app, "assumptions");
    ui_goto(app, SCR_BRIEFING);
    ui_app_frame(app);

    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    int talks = catalogue_find(&app->s->catalogue, "accept_talks");
    int channel = catalogue_find(&app->s->catalogue, "iran_backchannel");
    assert_true(talks >= 0 && channel >= 0);
    ui_toggle_action(app, IRAN, talks);
    ui_toggle_action(app, IRAN, channel);
    ui_app_frame(app);
    check_golden(app, "turn");
    /* the same week in German and in Persian (right to left, shaped) */
    rl_language_init("locale");
    static const char *const langs[] = { "de", "fa" };
    for (size_t i = 0; i < 2; i++) {
        char name[16];
        snprintf(name, sizeof name, "turn-%s", langs[i]);
        assert_int_equal(rl_language_set(langs[i]), 0);
        text_cache_clear(app->cache);
        ui_app_frame(app);
        check_golden(app, name);
    }
    rl_language_set("en");
    text_cache_clear(app->cache);
    ui_app_frame(app);

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
        ui_need_scenarios(app);
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
                                              SCR_ASSUMPTIONS, SCR_CHARTS, SCR_END };
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
/* A game started from the command line shows its briefing first: that frame
 * reads no map, no scenarios' scripts and no saves (each would cost the
 * start); each is read when a screen first shows it. */
static void test_first_frame_reads_little(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    Settings set;
    ui_settings_default(&set);
    App *app = ui_app_create(FIXTURE, NULL, "assets", 1280, 720, true, &set);    /* no menu frame (make_app) */
    assert_non_null(app);
    ui_copy(app->saves, sizeof app->saves, SAVES_DIR);
    assert_true(ui_new_game(app, "jan2026", 0, 7));    /* autosaves: there is a save to list */
    ui_goto(app, SCR_MENU);     /* as ui_main does before it opens the game */
    assert_true(ui_new_game(app, "jan2026", 0, 7));
    ui_app_frame(app);
    assert_int_equal(app->screen, SCR_BRIEFING);
    assert_false(app->map_tried);
    assert_false(app->scenarios_read);
    assert_int_equal(app->nsaves, 0);
    ui_goto(app, SCR_TURN);
    ui_app_frame(app);
    assert_true(app->map_tried);
    ui_goto(app, SCR_LOAD);
    assert_true(app->nsaves >= 1);
    ui_goto(app, SCR_NEWGAME);
    ui_app_frame(app);
    assert_true(app->scenarios_read);
    assert_string_equal(app->scenarios[app->ng_scenario].id, "jan2026");
    ui_app_destroy(app);
}

/* A string's width is remembered, and forgotten when the fonts change. */
static void test_widths_follow_fonts(void **state)
{
    (void)state;
    App *app = make_app(FIXTURE, 1280, 720);
    float w = text_width(app, FONT_BODY, "The January Uprising");
    assert_true(w > 0);
    assert_true(text_width(app, FONT_BODY, "The January Uprising") == w);
    app->set.text_size = 2;     /* larger text */
    ui_apply_settings(app);
    assert_true(text_width(app, FONT_BODY, "The January Uprising") > w);
    ui_app_destroy(app);
}

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

/* ---- secrets ------------------------------------------------------------ */

/* Whether any text on the dialog layer of the last frame contains s. */
static bool dialog_says(const App *app, const char *s)
{
    for (int i = 0; i < app->text_log->n; i++)
        if (app->text_log->box[i].layer == 1 && strstr(app->text_log->box[i].text, s))
            return true;
    return false;
}

/* Another side's secret orders of turn, as the window would name them
 * ("Israel: Sabotage the programme"); how many. */
static int secrets_of_others(App *app, int turn, Actor side, char labels[][200], int max)
{
    const Order *all[ACTOR_COUNT * MAX_ORDERS];
    int n = rl_orders(app->s, VIEW_TRUTH, turn, all, ACTOR_COUNT * MAX_ORDERS), k = 0;
    for (int i = 0; i < n && k < max; i++) {
        const Action *act = &rl_catalogue(app->s)->actions[all[i]->action];
        if (act->secret && all[i]->actor != side)
            snprintf(labels[k++], 200, "%s: %s", actor_title((Actor)all[i]->actor), act->name);
    }
    return k;
}

/* How many of the labels the causal views of turn show (every variable,
 * each of its first causes opened) and its news's Why?s. */
static int secrets_shown(App *app, int turn, char labels[][200], int n)
{
    int shown = 0;
    for (int v = 0; v < VAR_COUNT; v++) {
        CauseInfo parts[LEDGER_MAX_PARTS];
        int np = rl_causes_shown(app->s, ui_viewer(app), turn, (Var)v, parts, LEDGER_MAX_PARTS);
        for (int part = -1; part < np; part++) {
            ui_open_causes(app, v, turn);
            app->why.part = part;
            ui_app_measure(app);
            if (app->modal != MODAL_WHY)
                break;
            for (int i = 0; i < n; i++)
                shown += dialog_says(app, labels[i]);
        }
    }
    for (int k = 0; k < MAX_NEWS_SHOWN; k++) {
        ui_open_why_news(app, turn, k);
        ui_app_measure(app);
        if (app->modal != MODAL_WHY)
            break;
        for (int i = 0; i < n; i++)
            shown += dialog_says(app, strchr(labels[i], ':') + 2);
    }
    app->modal = MODAL_NONE;
    return shown;
}

/* The window never shows a side a cause it may not know: for the United
 * States and Iran, in each week, the causal view of every variable they see
 * (and the causes opened from it) and every Why? of their news name none of
 * another side's secret orders; the debrief's view of the same game does. */
static void test_causes_kept_secret(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    keep_text_boxes(app);
    assert_true(ui_new_game(app, "letter2025", 0, 5));
    for (int t = 0; t < 6 && !rl_over(app->s); t++)
        ui_end_orders(app);
    ui_goto(app, SCR_LOAD);     /* a light screen under the dialogs */
    int secrets = 0;
    char labels[32][200];
    for (int t = 1; t <= rl_turn(app->s); t++)
        for (int side = 0; side < 2; side++) {
            app->side = side == 0 ? US : IRAN;
            int n = secrets_of_others(app, t, app->side, labels, 32);
            secrets += n;
            if (n > 0)
                assert_int_equal(secrets_shown(app, t, labels, n), 0);
        }
    assert_true(secrets > 0);   /* the game had secrets to keep */
    /* once the game is over everyone sees everything: the check can fail */
    app->side = US;
    while (!rl_over(app->s))
        ui_end_orders(app);
    ui_goto(app, SCR_LOAD);
    int shown = 0;
    for (int t = 1; t <= rl_turn(app->s) && shown == 0; t++) {
        int n = secrets_of_others(app, t, US, labels, 32);
        shown += n > 0 ? secrets_shown(app, t, labels, n) : 0;
    }
    assert_true(shown > 0);
    ui_app_destroy(app);
}

/* ---- the palettes ------------------------------------------------------ */

static double to_linear(double c)
{
    c /= 255;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double lab_f(double t) { return t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116; }

/* c in CIELAB as a viewer sees it: m is a colour-vision simulation
 * (Machado et al. 2009, full strength) or NULL for normal vision. */
static void to_lab(SDL_Color c, const double m[3][3], double out[3])
{
    double l[3] = { to_linear(c.r), to_linear(c.g), to_linear(c.b) }, s[3];
    for (int i = 0; i < 3; i++)
        s[i] = m ? fmin(fmax(m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2], 0), 1) : l[i];
    double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    out[0] = 116 * lab_f(y) - 16;
    out[1] = 500 * (lab_f(x) - lab_f(y));
    out[2] = 200 * (lab_f(y) - lab_f(z));
}

static const double protanopia[3][3] = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
                                         { -0.003882, -0.048116, 1.051998 } };
static const double deuteranopia[3][3] = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
                                           { -0.011820, 0.042940, 0.968881 } };

/* The least distance (CIELAB) between two of the colours that carry a
 * meaning, as viewer m sees them; better and worse against the warning
 * left out when skip_warn (they differ in shape and words as well). */
static double least_apart(const Palette *p, const double m[3][3], bool skip_warn, char *pair, size_t cap)
{
    const SDL_Color c[] = { p->good, p->bad, p->warn, p->us, p->iran, p->protesters, p->proxies, p->neutral, p->series };
    const char *const names[] = { "better", "worse", "warning", "US", "Iran", "protesters", "proxies", "others",
                                  "series" };
    int n = (int)(sizeof c / sizeof *c);
    double least = 1e9;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            if (skip_warn && j == 2 && i < 2)
                continue;
            double a[3], b[3];
            to_lab(c[i], m, a);
            to_lab(c[j], m, b);
            double d = sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
            if (d < least) {
                least = d;
                snprintf(pair, cap, "%s and %s", names[i], names[j]);
            }
        }
    return least;
}

/* Every meaning has a colour of its own: in the standard palette as most
 * people see it, in the colour-blind one as protanopes and deuteranopes
 * see it too ("better" is no longer the US's colour, "worse" Iran's). */
static void test_palettes_distinct(void **state)
{
    (void)state;
    Palette std, cb;
    ui_palette(&std, false);
    ui_palette(&cb, true);
    char pair[80];
    double d = least_apart(&std, NULL, false, pair, sizeof pair);
    if (d < 20)
        fail_msg("standard palette: %s are only %.1f apart", pair, d);
    const double(*visions[3])[3] = { NULL, protanopia, deuteranopia };
    for (int v = 0; v < 3; v++) {
        d = least_apart(&cb, visions[v], true, pair, sizeof pair);
        if (d < 20)
            fail_msg("colour-blind palette, vision %d: %s are only %.1f apart", v, pair, d);
    }
    /* the test can fail: the old palette gave better and the US one colour */
    cb.us = cb.good;
    assert_true(least_apart(&cb, NULL, true, pair, sizeof pair) < 1);
}

/* The text box of the last frame whose text is s, or NULL. */
static const TextBox *text_box(const App *app, const char *s)
{
    for (int i = 0; i < app->text_log->n; i++)
        if (strcmp(app->text_log->box[i].text, s) == 0)
            return &app->text_log->box[i];
    return NULL;
}

/* Persian mirrors the window and German does not: the game's name at the
 * top bar's right end, the map left as it is (Iran east of Iraq), a click at
 * a button's mirrored place presses it, and the Left arrow moves the charts
 * on a page (time runs right to left). A Persian keyboard's digits go into
 * a number field. */
static void test_mirrored(void **state)
{
    (void)state;
    App *app = make_app(FIXTURE, 1280, 720);
    keep_text_boxes(app);
    rl_language_init("locale");
    assert_true(ui_new_game(app, "jan2026", 1, 7));
    static const char *const langs[] = { "de", "fa" };
    for (int i = 0; i < 2; i++) {
        bool rtl = i == 1;
        assert_int_equal(rl_language_set(langs[i]), 0);
        text_cache_clear(app->cache);
        ui_goto(app, SCR_TURN);
        ui_app_frame(app);
        assert_int_equal(app->mirror, rtl);
        const TextBox *name = text_box(app, _("RED LINE")), *iran = text_box(app, _("IRAN")),
                      *iraq = text_box(app, _("Iraq"));
        assert_non_null(name);
        assert_non_null(iran);
        assert_non_null(iraq);
        if (rtl)
            assert_true(name->r.x + name->r.w > app->lw - 40);
        else
            assert_true(name->r.x < 40);
        assert_true(iran->r.x > iraq->r.x + 20);    /* the map is never mirrored */
        click(app, _("Charts"));                     /* at its place on the screen */
        assert_int_equal(app->screen, SCR_CHARTS);
        int page = app->chart_page;
        key(app, rtl ? SDLK_LEFT : SDLK_RIGHT, 0);   /* the arrow towards "Next" on the screen */
        assert_int_equal(app->chart_page, page + 1);
        app->chart_page = 0;
    }
    /* a Persian keyboard's digits go into a number field as the digits it keeps */
    ui_goto(app, SCR_NEWGAME);
    app->ng_seed[0] = '\0';
    ui_app_frame(app);
    click(app, _("Seed"));
    static const char *const typed[] = { "۴", "٢", "x" };     /* Persian four, Arabic two, a letter refused */
    for (size_t i = 0; i < 3; i++) {
        SDL_Event e = { 0 };
        e.type = SDL_TEXTINPUT;
        snprintf(e.text.text, sizeof e.text.text, "%s", typed[i]);
        push(&e);
    }
    ui_app_pump(app);
    assert_string_equal(app->ng_seed, "42");
    rl_language_set("en");
    text_cache_clear(app->cache);
    ui_app_destroy(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_screens_golden, setup),
        cmocka_unit_test_setup(test_input_plays_turns, setup),
        cmocka_unit_test_setup(test_hotseat, setup),
        cmocka_unit_test_setup(test_real_scripts, setup),
        cmocka_unit_test_setup(test_idle_and_cache, setup),
        cmocka_unit_test_setup(test_first_frame_reads_little, setup),
        cmocka_unit_test_setup(test_widths_follow_fonts, setup),
        cmocka_unit_test(test_palettes_distinct),
        cmocka_unit_test_setup(test_causes_kept_secret, setup),
        cmocka_unit_test_setup(test_mirrored, setup),
    };
    return run_ui_tests("ui", tests, sizeof tests / sizeof *tests);
}
