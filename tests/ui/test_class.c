/* The classroom in the game window, headless: a class as a teacher runs it.
 *
 * - test_class_session: by input events alone, three teams (the United
 *   States, Iran and the protesters, each with a typed team name) and the
 *   computer for the rest, a turn timer and a PIN; each week hands the window
 *   from team to team; after week 1 the facilitator opens the PIN prompt with
 *   F9, injects an event from the scenario's list and a new one of their own,
 *   sets a variable with a reason, and is refused (nothing changes) for a bad
 *   clause, an out-of-range value and a missing reason; the game is played to
 *   its end and the report written. The record's interventions and the
 *   report's page are then checked.
 * - The new screens against golden images (REDLINE_UPDATE_GOLDEN=1 make test
 *   regenerates them, see README.md).
 * - The turn timer runs out without ending the turn; a pause stops it, covers
 *   the teams' screens and is logged; a rewind goes back to a week's start.
 * - How likely was it? replays the rest many times (the same numbers as the
 *   engine gives for the same seeds), and a branch plays on from a week and
 *   is set beside its game in the report.
 * - Team names are kept in the save and shown in the report, and no name
 *   appears when none was typed. */
#include "support.h"

#include <cjson/cJSON.h>

#include "../../engine/report/report.h"

#define CLASS_SAVES "tests/out/ui/class-saves"

static App *class_app(int w, int h)
{
    mkdir(CLASS_SAVES, 0777);
    App *app = make_app(FIXTURE, w, h);
    ui_copy(app->saves, sizeof app->saves, CLASS_SAVES);
    app->fake_clock_ms = 1000;      /* the clock moves only when the test moves it */
    return app;
}

static int class_setup(void **state)
{
    (void)state;
    setup(state);
    mkdir(CLASS_SAVES, 0777);
    clean_dir(CLASS_SAVES);
    return 0;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    text[n] = '\0';
    fclose(f);
    return text;
}

static bool file_has(const char *path, const char *needle)
{
    char *text = slurp(path);
    bool found = strstr(text, needle) != NULL;
    free(text);
    return found;
}

/* Clear a text field and type into it. */
static void fill_field(App *app, const char *label, const char *text)
{
    click(app, label);
    const char *f = ui_focused_label(app);
    if (!f || strcmp(f, label) != 0)
        fail_msg("the field '%s' did not take the focus", label);
    for (int i = 0; i < 320; i++)
        key(app, SDLK_BACKSPACE, 0);
    type(app, text);
}

/* On a team's turn screen: choose the first action it may take that is in
 * view, with the mouse. */
static void pick_an_order(App *app, Actor a)
{
    const Catalogue *c = &app->s->catalogue;
    for (int i = 0; i < c->count; i++) {
        Rect r;
        if (!(c->actions[i].actors & (1u << a)) || ui_action_blocker(app, a, i) ||
            !ui_find_label(app, c->actions[i].name, &r) || r.y < 60 || r.y + r.h > 400)
            continue;
        int before = app->nsel[a];
        click_at(app, r.x + r.w / 2, r.y + r.h / 2);
        if (app->nsel[a] == before + 1)
            return;
    }
    /* nothing this team may do this week: it passes */
}

/* One week of a class: each team in turn behind its hand-over screen. */
static void play_week_by_input(App *app)
{
    int turn = app->s->game.world.turn;
    for (int a = ui_next_human(app, -1); a >= 0; a = ui_next_human(app, a)) {
        assert_int_equal(app->screen, SCR_HANDOVER);
        assert_int_equal(app->current, a);
        click(app, "Ready");
        assert_int_equal(app->screen, SCR_TURN);
        assert_int_equal(ui_viewer(app), a);
        pick_an_order(app, (Actor)a);
        click(app, "End turn");
    }
    assert_int_equal(app->s->game.world.turn, turn + 1);
    assert_int_equal(app->screen, SCR_RESOLUTION);
    click(app, "Continue");
}

static void open_facilitator_with(App *app, const char *pin)
{
    key(app, SDLK_F9, 0);
    assert_int_equal(app->modal, MODAL_PIN);
    type(app, pin);
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->modal, MODAL_NONE);
    assert_int_equal(app->screen, SCR_FACILITATOR);
}

static void test_class_session(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);

    /* the teacher sets up: three teams with names, a timer, a PIN */
    click(app, "New game");
    click(app, "The January Uprising");
    click(app, "Iran");
    click(app, "Protesters");
    fill_field(app, "Team name: United States", "Team Red");
    fill_field(app, "Team name: Iran", "Team Blue");
    fill_field(app, "Team name: Protesters", "Team Green");
    click(app, "5 min");
    click(app, "12 weeks");
    fill_field(app, "Facilitator PIN", "2468");
    fill_field(app, "Seed", "21");
    hover_away(app);
    check_golden(app, "class-newgame");
    click(app, "Start game");
    assert_int_equal(app->screen, SCR_BRIEFING);
    Session *s = app->s;
    assert_true(s->human[US] && s->human[IRAN] && s->human[PROTESTERS]);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (a != US && a != IRAN && a != PROTESTERS)
            assert_false(s->human[a]);
    assert_string_equal(s->team[IRAN], "Team Blue");
    assert_string_equal(s->team[PROTESTERS], "Team Green");
    assert_int_equal(s->timer_s, 300);
    assert_int_equal(s->scenario.turns, 12);
    assert_true(rl_pin_matches(app->s, "2468") && !rl_pin_matches(app->s, "2469"));
    assert_null(strstr(s->pin_hash, "2468"));       /* kept hashed, never as typed */
    assert_int_equal(s->game.seed, 21);

    key(app, SDLK_RETURN, 0);                   /* Begin */
    assert_int_equal(app->screen, SCR_HANDOVER);
    hover_away(app);
    check_golden(app, "class-handover");

    /* week 1: each team behind its hand-over; no team sees another's orders */
    click(app, "Ready");
    pick_an_order(app, US);
    assert_int_equal(app->nsel[US], 1);
    const char *us_order = app->s->catalogue.actions[app->sel[US][0]].name;
    click(app, "End turn");
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, IRAN);
    click(app, "Ready");
    Rect r;
    assert_false(ui_find_label(app, us_order, &r));
    pick_an_order(app, IRAN);
    click(app, "End turn");
    assert_int_equal(app->current, PROTESTERS);
    click(app, "Ready");
    pick_an_order(app, PROTESTERS);
    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 1);
    assert_int_equal(ui_viewer(app), NOBODY);
    click(app, "Continue");
    assert_int_equal(app->screen, SCR_HANDOVER);

    /* the facilitator, between weeks 1 and 2: a wrong PIN, then the right one */
    key(app, SDLK_F9, 0);
    assert_int_equal(app->modal, MODAL_PIN);
    type(app, "1111");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->modal, MODAL_PIN);
    assert_string_equal(app->pin_note, "Wrong PIN.");
    type(app, "2468");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_FACILITATOR);
    hover_away(app);
    check_golden(app, "facilitator");

    /* an inject from the scenario's list */
    double flow = app->s->game.world.v[V_HORMUZ_FLOW];
    click(app, "Inject: tanker_seized");
    fill_field(app, "Inject reason", "to test the Gulf team");
    click(app, "Inject now");
    assert_false(app->fac.note_bad);
    assert_int_equal(app->s->game.history.ninterventions, 1);
    assert_true(app->s->game.world.v[V_HORMUZ_FLOW] < flow);

    /* a new one: a bad clause is refused and changes nothing, then it goes in */
    uint64_t before = world_hash(&app->s->game.world);
    click(app, "New inject");
    fill_field(app, "Inject text", "A general strike is called in the bazaars.");
    fill_field(app, "Inject effects", "hope += 15; fear ** 10");
    click(app, "Inject now");
    assert_true(app->fac.note_bad);
    assert_non_null(strstr(app->fac.note, "fear ** 10"));
    assert_int_equal(app->s->game.history.ninterventions, 1);
    assert_true(world_hash(&app->s->game.world) == before);
    hover_away(app);
    check_golden(app, "facilitator-error");
    fill_field(app, "Inject effects", "hope += 15; fear -= 10");
    click(app, "Inject now");
    assert_false(app->fac.note_bad);
    assert_int_equal(app->s->game.history.ninterventions, 2);

    /* a variable set: out of range, then without a reason, then right */
    click(app, "Set a variable");
    click(app, "escalation");                   /* a click in the true state's list chooses it */
    assert_string_equal(app->fac.var, "escalation");
    before = world_hash(&app->s->game.world);
    fill_field(app, "Variable", "security_loyalt");
    fill_field(app, "Value", "0.7");
    fill_field(app, "Set reason", "as if a Guard unit had wavered");
    click(app, "Set it");
    assert_true(app->fac.note_bad);
    assert_non_null(strstr(app->fac.note, "did you mean 'security_loyalty'"));
    fill_field(app, "Variable", "security_loyalty");
    fill_field(app, "Value", "7");
    click(app, "Set it");
    assert_true(app->fac.note_bad);
    assert_non_null(strstr(app->fac.note, "from 0 to 1"));
    fill_field(app, "Value", "0.7");
    fill_field(app, "Set reason", "");
    click(app, "Set it");
    assert_true(app->fac.note_bad);
    assert_non_null(strstr(app->fac.note, "say why"));
    assert_true(world_hash(&app->s->game.world) == before);
    assert_int_equal(app->s->game.history.ninterventions, 2);
    fill_field(app, "Set reason", "as if a Guard unit had wavered");
    click(app, "Set it");
    assert_false(app->fac.note_bad);
    assert_true(app->s->game.world.v[V_LOYALTY] == 0.7);
    assert_int_equal(app->s->game.history.ninterventions, 3);
    hover_away(app);
    check_golden(app, "facilitator-set");

    /* back to the class: the injects are news to every team at once */
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_HANDOVER);
    click(app, "Ready");
    assert_int_equal(app->screen, SCR_TURN);
    hover_away(app);
    check_golden(app, "class-turn");
    pick_an_order(app, US);
    click(app, "End turn");
    click(app, "Ready");
    pick_an_order(app, IRAN);
    click(app, "End turn");
    click(app, "Ready");
    pick_an_order(app, PROTESTERS);
    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 2);
    /* the inject is in week 2's news, to everyone */
    const History *h = &app->s->game.history;
    bool seen = false;
    for (int i = 0; i < h->turns[1].nnews; i++)
        seen |= strcmp(h->news[h->turns[1].first_news + i].text, "A general strike is called in the bazaars.") == 0;
    assert_true(seen);
    click(app, "Continue");

    /* the rest of the game, week by week, as the class plays it */
    while (!session_over(app->s))
        play_week_by_input(app);
    assert_int_equal(app->screen, SCR_END);

    /* the report */
    hover_away(app);
    check_golden(app, "class-end");
    click(app, "Write the report");
    assert_true(app->report_dir[0] != '\0');
    char path[1200];
    snprintf(path, sizeof path, "%s/record.json", app->report_dir);
    char *text = slurp(path);
    cJSON *record = cJSON_Parse(text);
    free(text);
    assert_non_null(record);
    cJSON *ivs = cJSON_GetObjectItem(record, "interventions");
    assert_int_equal(cJSON_GetArraySize(ivs), 3);
    static const char *const kinds[3] = { "inject", "inject", "set" };
    static const char *const reasons[3] = { "to test the Gulf team", "", "as if a Guard unit had wavered" };
    for (int i = 0; i < 3; i++) {
        cJSON *iv = cJSON_GetArrayItem(ivs, i);
        assert_string_equal(cJSON_GetObjectItem(iv, "kind")->valuestring, kinds[i]);
        assert_string_equal(cJSON_GetObjectItem(iv, "reason")->valuestring, reasons[i]);
        assert_int_equal(cJSON_GetObjectItem(iv, "turn")->valueint, 1);
    }
    assert_string_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(ivs, 0), "text")->valuestring,
                        "The IRGC seizes a tanker in the Strait of Hormuz.");
    assert_int_equal(cJSON_GetObjectItem(record, "turns")->valueint, app->s->game.world.turn);
    cJSON_Delete(record);
    snprintf(path, sizeof path, "%s/report.html", app->report_dir);
    assert_true(file_has(path, "Iran (Team Blue)"));
    assert_true(file_has(path, "Protesters (Team Green)"));
    assert_true(file_has(path, "United States (Team Red)"));
    assert_true(file_has(path, "A general strike is called in the bazaars."));
    assert_true(file_has(path, "as if a Guard unit had wavered"));
    assert_true(file_has(path, "Debrief questions"));
    assert_true(file_has(path, "<polyline"));
    snprintf(path, sizeof path, "%s/indicators.csv", app->report_dir);
    assert_true(file_has(path, "turn,date,escalation"));
    /* the autosave replays to the same game, interventions and teams included */
    uint64_t hash = world_hash(&app->s->game.world);
    snprintf(path, sizeof path, "%s/autosave.json", CLASS_SAVES);
    Error err = { 0 };
    Session *back = save_load(path, FIXTURE, NULL, &err);
    if (!back)
        fail_msg("%s", err.msg);
    assert_true(world_hash(&back->game.world) == hash);
    assert_int_equal(back->game.history.ninterventions, 3);
    assert_string_equal(back->team[IRAN], "Team Blue");
    session_free(back);
    ui_app_destroy(app);
}

/* Several teams: the turn timer runs out without ending the turn; a pause
 * stops the clock, covers the teams' screens and is logged. */
static void test_timer_and_pause(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    bool human[ACTOR_COUNT] = { false };
    human[US] = human[ISRAEL] = true;
    char teams[ACTOR_COUNT][TEAM_LEN] = { { 0 } };
    snprintf(teams[ISRAEL], TEAM_LEN, "Table 4");
    assert_true(ui_new_game_roles(app, "jan2026", human, teams, 9, 0, NULL));
    app->s->timer_s = 180;
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);
    click(app, "Ready");
    assert_int_equal(app->screen, SCR_TURN);
    assert_true(app->timer_on);
    assert_true(ui_timer_left_ms(app) == 180000);
    app->fake_clock_ms += 61000;
    ui_app_frame(app);
    assert_true(ui_timer_left_ms(app) == 119000);
    /* the time runs out: the screen says so, the turn does not end by itself */
    app->fake_clock_ms += 125000;
    ui_app_tick(app);
    assert_true(ui_timer_left_ms(app) < 0);
    assert_int_equal(app->screen, SCR_TURN);
    assert_int_equal(app->s->game.world.turn, 0);
    hover_away(app);
    check_golden(app, "timeup");
    click(app, "End turn");
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, ISRAEL);
    click(app, "Ready");
    assert_int_equal(ui_timer_left_ms(app), 180000);     /* Israel's own time */
    hover_away(app);
    check_golden(app, "turn-israel");

    /* the facilitator pauses: no PIN was typed at the start, so one is set now */
    key(app, SDLK_F9, 0);
    assert_int_equal(app->modal, MODAL_PIN);
    hover_away(app);
    check_golden(app, "pin");
    type(app, "12");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->modal, MODAL_PIN);       /* too short */
    type(app, "34");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_FACILITATOR);
    assert_true(rl_pin_matches(app->s, "1234"));
    long held = ui_timer_left_ms(app);
    app->fake_clock_ms += 10000;                    /* the team's clock waits while the facilitator has the screen */
    ui_app_frame(app);
    assert_true(ui_timer_left_ms(app) == held);
    click(app, "Timer and pause");
    click(app, "Pause");
    assert_true(app->paused);
    assert_int_equal(app->s->game.history.ninterventions, 1);
    assert_int_equal(app->s->game.history.interventions[0].kind, IV_PAUSE);
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_TURN);
    long left = ui_timer_left_ms(app);
    app->fake_clock_ms += 30000;
    ui_app_frame(app);
    assert_true(ui_timer_left_ms(app) == left);     /* stopped */
    key(app, SDLK_RETURN, KMOD_CTRL);               /* covered: the team cannot play on */
    assert_int_equal(app->screen, SCR_TURN);
    assert_int_equal(app->current, ISRAEL);
    hover_away(app);
    check_golden(app, "paused");
    open_facilitator_with(app, "1234");
    click(app, "Pause");                            /* now labelled Resume */
    assert_false(app->paused);
    key(app, SDLK_ESCAPE, 0);
    app->fake_clock_ms += 1000;
    ui_app_frame(app);
    assert_true(ui_timer_left_ms(app) == left - 1000);
    key(app, SDLK_RETURN, KMOD_CTRL);
    assert_int_equal(app->s->game.world.turn, 1);
    ui_app_destroy(app);
}

/* A rewind from the facilitator's screen: back to the start of a week, the
 * teams and their names kept, the rewind in the record. */
static void test_rewind(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    bool human[ACTOR_COUNT] = { false };
    human[US] = human[IRAN] = true;
    char teams[ACTOR_COUNT][TEAM_LEN] = { { 0 } };
    snprintf(teams[US], TEAM_LEN, "Ms Smith's class");
    assert_true(ui_new_game_roles(app, "jan2026", human, teams, 5, 0, NULL));
    assert_int_equal(rl_set_pin(app->s, "9999", &(Error){ 0 }), 0);
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);
    for (int w = 0; w < 4; w++)
        play_week_by_input(app);
    assert_int_equal(app->s->game.world.turn, 4);
    uint64_t week2 = app->s->game.history.turns[1].hash;
    open_facilitator_with(app, "9999");
    click(app, "Rewind");                           /* the tab */
    click(app, "−");
    assert_int_equal(app->fac.rewind_turn, 3);
    click(app, "Rewind to week");                   /* the button: armed */
    assert_true(app->fac.rewind_armed);
    assert_int_equal(app->s->game.world.turn, 4);
    hover_away(app);
    check_golden(app, "rewind");
    click(app, "Rewind to week");                   /* confirmed */
    assert_int_equal(app->screen, SCR_FACILITATOR);
    assert_int_equal(app->s->game.world.turn, 2);
    assert_true(app->s->game.history.turns[1].hash == week2);
    const History *h = &app->s->game.history;
    assert_int_equal(h->interventions[h->ninterventions - 1].kind, IV_REWIND);
    assert_true(app->s->human[US] && app->s->human[IRAN]);
    assert_string_equal(app->s->team[US], "Ms Smith's class");
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, US);
    play_week_by_input(app);
    assert_int_equal(app->s->game.world.turn, 3);
    ui_app_destroy(app);
}

static void tab_to(App *app, const char *label)
{
    for (int i = 0; i < 200; i++) {
        const char *f = ui_focused_label(app);
        if (f && strcmp(f, label) == 0)
            return;
        key(app, SDLK_TAB, 0);
    }
    fail_msg("Tab never reached '%s'", label);
}

/* The facilitator's screen from the keyboard alone. */
static void test_facilitator_by_keyboard(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    assert_true(ui_new_game(app, "jan2026", 2, 3));
    assert_int_equal(rl_set_pin(app->s, "5555", &(Error){ 0 }), 0);
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);                   /* Begin: the hand-over */
    key(app, SDLK_F9, 0);
    type(app, "5555");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_FACILITATOR);
    tab_to(app, "Set a variable");
    key(app, SDLK_SPACE, 0);
    assert_int_equal(app->fac.tab, FAC_SET);
    tab_to(app, "Variable");
    type(app, "protest");
    key(app, SDLK_TAB, 0);
    type(app, "3");
    key(app, SDLK_TAB, 0);
    type(app, "keyboard only");
    tab_to(app, "Set it");
    key(app, SDLK_RETURN, 0);
    assert_false(app->fac.note_bad);
    assert_true(app->s->game.world.v[V_PROTEST] == 3);
    tab_to(app, "Inject an event");
    key(app, SDLK_RETURN, 0);
    tab_to(app, "Inject: defections");
    key(app, SDLK_SPACE, 0);
    tab_to(app, "Inject now");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->s->game.history.ninterventions, 2);
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_HANDOVER);
    ui_app_destroy(app);
}

/* A variable set while the teams are giving their orders can make an order
 * given earlier that week impossible: that team is called back to change
 * it, and nothing is lost or given wrongly. */
static void test_orders_overtaken_by_the_facilitator(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    assert_true(ui_new_game(app, "jan2026", 2, 3));
    assert_int_equal(rl_set_pin(app->s, "5555", &(Error){ 0 }), 0);
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);
    click(app, "Ready");
    click(app, "Hold direct talks");            /* needs talks under way */
    assert_int_equal(app->nsel[US], 1);
    click(app, "End turn");
    assert_int_equal(app->current, IRAN);
    open_facilitator_with(app, "5555");
    click(app, "Set a variable");
    fill_field(app, "Variable", "talks");
    fill_field(app, "Value", "0");
    fill_field(app, "Set reason", "the channel is cut");
    click(app, "Set it");
    assert_false(app->fac.note_bad);
    key(app, SDLK_ESCAPE, 0);
    click(app, "Ready");
    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 0);          /* not resolved with an impossible order */
    assert_int_equal(app->modal, MODAL_MESSAGE);
    assert_int_equal(app->screen, SCR_HANDOVER);
    assert_int_equal(app->current, US);
    key(app, SDLK_ESCAPE, 0);
    click(app, "Ready");
    click(app, "Hold direct talks");            /* taken back */
    assert_int_equal(app->nsel[US], 0);
    click(app, "End turn");
    click(app, "Ready");
    click(app, "End turn");
    assert_int_equal(app->s->game.world.turn, 1);
    ui_app_destroy(app);
}

/* How likely was it? and a branch from a week, from the end screen. */
static void test_likely_and_branch(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    assert_true(ui_new_game(app, "letter2025", 1, 3));
    while (!session_over(app->s)) {
        ui_goto(app, SCR_TURN);
        ui_end_orders(app);
    }
    ui_goto(app, SCR_END);
    ui_app_frame(app);
    int turns = app->s->game.world.turn;
    click(app, "How likely was it?");
    assert_int_equal(app->screen, SCR_LIKELY);
    click(app, "+");
    click(app, "+");
    assert_int_equal(app->likely.turn, 3);
    click(app, "50");
    assert_int_equal(app->likely.runs, 50);
    click(app, "Run");
    assert_true(app->likely.running);
    int chunks = 0;
    while (ui_likely_step(app, 5))
        chunks++;
    ui_app_frame(app);
    assert_true(chunks > 0);                        /* in pieces, between frames */
    assert_int_equal(app->likely.done, 50);
    int sum = 0;
    for (int o = 0; o < OUTCOME_COUNT; o++)
        sum += app->likely.counts[o];
    assert_int_equal(sum, 50);
    /* the same as the engine gives for seeds 1..50 from the end of week 3 */
    int expect[OUTCOME_COUNT] = { 0 };
    SessionConfig ai = { .root = FIXTURE };
    for (int seed = 1; seed <= 50; seed++) {
        Error err = { 0 };
        Session *t = save_branch(app->s, 3, &ai, &err);
        assert_non_null(t);
        game_reseed(&t->game, (uint64_t)seed);
        while (!session_over(t))
            session_step(t);
        expect[t->game.world.outcome]++;
        session_free(t);
    }
    assert_memory_equal(expect, app->likely.counts, sizeof expect);
    hover_away(app);
    check_golden(app, "likely");

    /* a branch from week 2, Iran now played by a named team and Israel too */
    key(app, SDLK_ESCAPE, 0);
    assert_int_equal(app->screen, SCR_END);
    click(app, "Branch from a week");
    assert_int_equal(app->screen, SCR_BRANCH);
    while (app->br_turn > 2)
        click(app, "−");
    while (app->br_turn < 2)
        click(app, "+");
    click(app, "Israel");
    fill_field(app, "Team name: Iran", "Team Blue");
    hover_away(app);
    check_golden(app, "branch");
    uint64_t week2 = app->s->game.history.turns[1].hash;
    click(app, "Start the branch");
    assert_int_equal(app->s->game.world.turn, 2);
    assert_true(app->s->game.history.turns[1].hash == week2);
    assert_true(app->s->human[IRAN] && app->s->human[ISRAEL] && !app->s->human[US]);
    assert_string_equal(app->s->team[IRAN], "Team Blue");
    assert_true(app->origin_path[0] != '\0');
    assert_int_equal(access(app->origin_path, R_OK), 0);
    assert_int_equal(app->screen, SCR_HANDOVER);
    while (!session_over(app->s))
        play_week_by_input(app);
    assert_int_equal(app->screen, SCR_END);
    click(app, "Write the report");
    char path[1200];
    snprintf(path, sizeof path, "%s/report.html", app->report_dir);
    assert_true(file_has(path, "Two branches"));
    assert_true(file_has(path, "class=\"branch\""));
    assert_true(file_has(path, "the branch after week 2"));
    (void)turns;
    ui_app_destroy(app);
}

/* Team names go into the save and come back; the report shows them where
 * a team's order is; with none typed, no name appears anywhere. */
static void test_team_names_in_save_and_report(void **state)
{
    (void)state;
    for (int named = 0; named < 2; named++) {
        SessionConfig cfg = { .root = FIXTURE, .scenario = "jan2026", .seed = 4 };
        cfg.human[US] = cfg.human[IRAN] = true;
        if (named) {
            cfg.team[IRAN] = "  Les Bleus <b>&</b>  ";
            cfg.team[CHINA] = "not a team";     /* China is the computer's: no name kept */
        }
        Error err = { 0 };
        Session *s = session_open(&cfg, &err);
        assert_non_null(s);
        for (int t = 0; t < 3; t++) {
            static const char *const talks = "accept_talks";
            session_set_orders(s, IRAN, &talks, action_blocker(&s->game, s->game.world.v, IRAN,
                                                                catalogue_find(&s->catalogue, talks), 0) ? 0 : 1,
                               &err);
            session_step(s);
        }
        char path[300], dir[300];
        snprintf(path, sizeof path, "%s/teams-%d.json", CLASS_SAVES, named);
        snprintf(dir, sizeof dir, "%s/teams-%d", CLASS_SAVES, named);
        assert_int_equal(save_write(s, path, &err), 0);
        Session *back = save_load(path, FIXTURE, NULL, &err);
        if (!back)
            fail_msg("%s", err.msg);
        assert_string_equal(back->team[IRAN], named ? "Les Bleus <b>&</b>" : "");
        assert_string_equal(back->team[US], "");
        assert_string_equal(back->team[CHINA], "");
        assert_int_equal(report_write(back, NULL, NULL, dir, &err), 0);
        char html[400];
        snprintf(html, sizeof html, "%s/report.html", dir);
        if (named) {
            assert_true(file_has(path, "\"teams\""));
            assert_true(file_has(html, "Iran (Les Bleus &lt;b&gt;&amp;&lt;/b&gt;)"));
            assert_false(file_has(html, "<b>&</b>"));
            assert_false(file_has(html, "not a team"));
        } else {
            assert_false(file_has(path, "\"teams\""));
            assert_false(file_has(html, "Iran ("));
            assert_true(file_has(html, "Played by people: United States, Iran;"));
        }
        /* a branch keeps the names of the roles still played by people */
        Session *b = save_branch(back, 1, NULL, &err);
        assert_non_null(b);
        assert_string_equal(b->team[IRAN], named ? "Les Bleus <b>&</b>" : "");
        session_free(b);
        session_free(back);
        session_free(s);
    }
}

/* The new screens with the game's own scripts, at 1280x720 and 1920x1080,
 * nine teams with long names: they draw, a game plays to its end, the
 * replays run and the report is written. (REDLINE_DEBUG_FIT=1 prints every
 * text cut short to fit, for looking at by hand.) */
static void test_real_scripts_class_screens(void **state)
{
    (void)state;
    static const int sizes[2][2] = { { 1280, 720 }, { 1920, 1080 } };
    for (int k = 0; k < 2; k++) {
        App *app = make_app(".", sizes[k][0], sizes[k][1]);
        ui_copy(app->saves, sizeof app->saves, CLASS_SAVES);
        app->fake_clock_ms = 1000;
        bool human[ACTOR_COUNT];
        char teams[ACTOR_COUNT][TEAM_LEN];
        for (int a = 0; a < ACTOR_COUNT; a++) {
            human[a] = true;
            snprintf(teams[a], TEAM_LEN, "Team %c, a long name!", 'A' + a);
        }
        assert_true(ui_new_game_roles(app, "jan2026", human, teams, 8, 0, NULL));
        app->s->timer_s = 300;
        static const Screen screens[] = { SCR_BRIEFING, SCR_HANDOVER, SCR_TURN, SCR_FACILITATOR };
        for (int a = 0; a < ACTOR_COUNT; a++) {
            app->current = (Actor)a;
            for (size_t i = 0; i < sizeof screens / sizeof *screens; i++) {
                ui_goto(app, screens[i]);
                ui_app_frame(app);
            }
        }
        for (int tab = 0; tab < FAC_TABS; tab++) {
            app->fac.tab = tab;
            ui_app_frame(app);
        }
        app->fac.inject = -1;
        app->fac.tab = FAC_INJECT;
        ui_app_frame(app);
        while (!session_over(app->s)) {
            app->current = app->side;
            for (int a = 0; a < ACTOR_COUNT; a++)
                ui_end_orders(app);
        }
        app->likely.runs = 50;
        ui_likely_start(app);
        while (ui_likely_step(app, 1000))
            ;
        static const Screen end_screens[] = { SCR_END, SCR_LIKELY, SCR_BRANCH, SCR_NEWGAME };
        for (size_t i = 0; i < sizeof end_screens / sizeof *end_screens; i++) {
            ui_goto(app, end_screens[i]);
            ui_app_frame(app);
        }
        assert_true(ui_write_report(app));
        ui_app_destroy(app);
    }
}

/* The PIN and the timer are kept with the game, the PIN only hashed: after
 * a reload (or a crash and Continue) F9 asks for the same PIN, and a wrong
 * one neither opens the screen nor sets a new PIN. */
static void test_pin_and_timer_survive_a_reload(void **state)
{
    (void)state;
    App *app = class_app(1280, 720);
    bool human[ACTOR_COUNT] = { false };
    human[US] = human[IRAN] = true;
    ClassSetup room = { "8642", 240 };
    assert_true(ui_new_game_roles(app, "jan2026", human, NULL, 4, 0, &room));
    assert_true(ui_save_game(app, "pin-and-timer"));
    char path[800];
    snprintf(path, sizeof path, "%s/pin-and-timer.json", app->saves);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    static char text[1 << 20];
    text[fread(text, 1, sizeof text - 1, f)] = '\0';
    fclose(f);
    assert_null(strstr(text, "8642"));
    assert_non_null(strstr(text, "\"timer_s\""));

    assert_true(ui_load_game(app, path));
    assert_int_equal(app->s->timer_s, 240);
    ui_app_frame(app);
    key(app, SDLK_RETURN, 0);                   /* Begin: the hand-over */
    key(app, SDLK_F9, 0);
    assert_int_equal(app->modal, MODAL_PIN);
    type(app, "1111");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->modal, MODAL_PIN);    /* wrong: asked again */
    assert_true(rl_pin_matches(app->s, "8642"));
    key(app, SDLK_ESCAPE, 0);
    open_facilitator_with(app, "8642");
    ui_app_destroy(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_class_session, class_setup),
        cmocka_unit_test_setup(test_timer_and_pause, class_setup),
        cmocka_unit_test_setup(test_rewind, class_setup),
        cmocka_unit_test_setup(test_facilitator_by_keyboard, class_setup),
        cmocka_unit_test_setup(test_orders_overtaken_by_the_facilitator, class_setup),
        cmocka_unit_test_setup(test_likely_and_branch, class_setup),
        cmocka_unit_test_setup(test_team_names_in_save_and_report, class_setup),
        cmocka_unit_test_setup(test_real_scripts_class_screens, class_setup),
        cmocka_unit_test_setup(test_pin_and_timer_survive_a_reload, class_setup),
    };
    return run_ui_tests("class", tests, sizeof tests / sizeof *tests);
}
