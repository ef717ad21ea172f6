/* The window draws only what changed since the last frame (ui_damage.c).
 * After every input a player can give, the screen must be exactly what a
 * full redraw of the same state makes, pixel for pixel; and a small change
 * must leave the rest of the screen untouched. */
#include "support.h"

/* The frame as drawn where it changed, against the same state drawn whole. */
static void same_as_full(App *app, const char *what)
{
    SDL_Surface *s = app->offscreen;
    int n = s->w * s->h;
    Uint32 *partial = frame_pixels(s);
    damage_all(app);
    ui_app_frame(app);
    Uint32 *full = frame_pixels(s);
    long differ = 0;
    for (int i = 0; i < n; i++)
        differ += partial[i] != full[i];
    if (differ) {
        save_png(what, "partial", partial, s->w, s->h);
        save_png(what, "full", full, s->w, s->h);
    }
    free(partial);
    free(full);
    if (differ)
        fail_msg("%s: %ld pixels differ from a full redraw (see %s/%s.{partial,full}.png)", what, differ, OUT_DIR,
                 what);
}

static void move_to(App *app, float x, float y)
{
    SDL_Event e = { 0 };
    e.type = SDL_MOUSEMOTION;
    e.motion.x = (Sint32)(x * app->scale);
    e.motion.y = (Sint32)(y * app->scale);
    push(&e);
    ui_app_pump(app);
}

/* The mouse onto every labelled widget of the screen in turn, and Tab
 * through them: each frame as a full redraw would draw it. */
static void hover_and_tab(App *app, const char *screen, int tabs)
{
    char what[80];
    int n = app->nlabels;
    FocusLabel labels[MAX_FOCUS_LABELS];
    memcpy(labels, app->labels, sizeof labels);
    for (int i = 0; i < n; i++) {
        move_to(app, labels[i].r.x + labels[i].r.w / 2, labels[i].r.y + labels[i].r.h / 2);
        snprintf(what, sizeof what, "%s.hover%d", screen, i);
        same_as_full(app, what);
    }
    hover_away(app);
    for (int i = 0; i < tabs; i++) {
        key(app, SDLK_TAB, 0);
        snprintf(what, sizeof what, "%s.tab%d", screen, i);
        same_as_full(app, what);
    }
}

static void test_partial_frames_match_full(void **state)
{
    (void)state;
    clean_dir(SAVES_DIR);
    App *app = make_app(FIXTURE, 1280, 720);
    assert_true(app->track_damage);
    hover_and_tab(app, "menu", 6);
    bool human[ACTOR_COUNT] = { [US] = true };
    assert_true(ui_new_game_roles(app, "jan2026", human, NULL, 7, 0, &(ClassSetup){ "", 3600 }));
    app->fake_clock_ms = 1000;
    ui_app_frame(app);
    same_as_full(app, "briefing");
    key(app, SDLK_RETURN, 0);
    assert_int_equal(app->screen, SCR_TURN);
    same_as_full(app, "turn");
    hover_and_tab(app, "turn", 30);
    for (int i = 0; i < 3; i++) {               /* the turn timer's second changes */
        app->fake_clock_ms += 1000;
        ui_app_tick(app);
        same_as_full(app, "tick");
    }
    click(app, "Offer talks by letter");
    same_as_full(app, "selected");
    SDL_Event wheel = { .type = SDL_MOUSEWHEEL };
    wheel.wheel.y = -3;
    push(&wheel);
    ui_app_pump(app);
    same_as_full(app, "scrolled");
    click(app, "End turn");
    assert_int_equal(app->screen, SCR_RESOLUTION);
    same_as_full(app, "resolution");
    hover_and_tab(app, "resolution", 10);
    click(app, "Charts");
    assert_int_equal(app->screen, SCR_CHARTS);
    same_as_full(app, "charts");
    hover_and_tab(app, "charts", 10);
    ui_app_destroy(app);
}

/* A hover redraws the widgets it touches, not the screen: a pixel far from
 * them keeps what was put there, until a full redraw (an expose) paints it. */
static void test_small_change_draws_little(void **state)
{
    (void)state;
    App *app = make_app(FIXTURE, 1280, 720);
    Rect r;
    assert_true(ui_find_label(app, "New game", &r));
    SDL_Surface *s = app->offscreen;
    Uint32 *corner = (Uint32 *)s->pixels + (s->h - 2) * (s->pitch / 4) + (s->w - 2);
    Uint32 was = *corner;
    *corner = was ^ 0xffffff;
    move_to(app, r.x + r.w / 2, r.y + r.h / 2);
    assert_int_equal(*corner, was ^ 0xffffff);
    SDL_Event expose = { .window = { .type = SDL_WINDOWEVENT, .event = SDL_WINDOWEVENT_EXPOSED } };
    push(&expose);
    ui_app_pump(app);
    assert_int_equal(*corner, was);
    ui_app_destroy(app);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_partial_frames_match_full, setup),
        cmocka_unit_test_setup(test_small_change_draws_little, setup),
    };
    return run_ui_tests("damage", tests, sizeof tests / sizeof *tests);
}
