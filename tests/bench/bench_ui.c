/* Frame times of the real game window for make bench: run under Xvfb
 * (tools/bench.sh starts it), the window is a real X11 window made as the
 * game makes it, and each frame is timed from the event that causes it to
 * the return of the present that shows it. On the turn screen of jan2026,
 * at 1280x720 and 1920x1080:
 *   full   everything redrawn (as after an expose)
 *   tab    Tab moves the keyboard focus to the next widget
 *   hover  the mouse moves from one action button onto another
 *   tick   the turn timer's second changes
 * Each line: "frame_ms WxH KIND median p99 renderer". With arguments
 * (bench_ui 1920x1080 tab), only that size and kind: one to profile. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../engine/script/session.h"
#include "../../engine/ui/ui_internal.h"

#define FRAMES 300

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void send(App *app, SDL_Event e)
{
    ui_app_event(app, &e);
}

static void press(App *app, SDL_Keycode k)
{
    SDL_Event e = { .type = SDL_KEYDOWN };
    e.key.keysym.sym = k;
    send(app, e);
}

static void move_to(App *app, float x, float y)
{
    SDL_Event e = { .type = SDL_MOUSEMOTION };
    e.motion.x = (Sint32)(x * app->scale);
    e.motion.y = (Sint32)(y * app->scale);
    send(app, e);
}

static void click(App *app, const char *label)
{
    Rect r;
    if (!ui_find_label(app, label, &r)) {
        fprintf(stderr, "bench_ui: no '%s' on screen %d\n", label, app->screen);
        exit(1);
    }
    move_to(app, r.x + r.w / 2, r.y + r.h / 2);
    SDL_Event e = { .type = SDL_MOUSEBUTTONDOWN };
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = (Sint32)((r.x + r.w / 2) * app->scale);
    e.button.y = (Sint32)((r.y + r.h / 2) * app->scale);
    send(app, e);
}

/* The United States' turn screen of jan2026, seed 7, an hour's timer on. */
static App *turn_screen(int w, int h)
{
    Settings set;
    ui_settings_default(&set);
    set.win_w = w;
    set.win_h = h;
    App *app = ui_app_create(".", NULL, "assets", w, h, false, &set);
    bool human[ACTOR_COUNT] = { [US] = true };
    if (!app || !ui_new_game_roles(app, "jan2026", human, NULL, 7, 0, &(ClassSetup){ "", 3600 })) {
        fprintf(stderr, "bench_ui: cannot open the window: %s\n", SDL_GetError());
        exit(1);
    }
    ui_app_frame(app);
    press(app, SDLK_RETURN);
    if (app->screen != SCR_TURN)
        click(app, "Ready");
    if (app->screen != SCR_TURN) {
        fprintf(stderr, "bench_ui: not on the turn screen (%d)\n", app->screen);
        exit(1);
    }
    return app;
}

/* Two labelled widgets far enough apart for the mouse to leave one for the other. */
static void two_widgets(const App *app, Rect *a, Rect *b)
{
    *a = app->labels[0].r;
    for (int i = 1; i < app->nlabels; i++) {
        *b = app->labels[i].r;
        if (b->y > a->y + a->h || b->x > a->x + a->w)
            return;
    }
}

static void one_frame(App *app, const char *kind, int i, const Rect *w)
{
    if (strcmp(kind, "full") == 0) {
        send(app, (SDL_Event){ .window = { .type = SDL_WINDOWEVENT, .event = SDL_WINDOWEVENT_EXPOSED } });
    } else if (strcmp(kind, "tab") == 0) {
        press(app, SDLK_TAB);
    } else if (strcmp(kind, "hover") == 0) {
        const Rect *r = &w[i % 2];
        move_to(app, r->x + r->w / 2, r->y + r->h / 2);
    } else {
        app->fake_clock_ms += 1000;
        ui_app_tick(app);
    }
}

static void frame_times(int w, int h, const char *kind)
{
    App *app = turn_screen(w, h);
    Rect widgets[2];
    two_widgets(app, &widgets[0], &widgets[1]);
    app->fake_clock_ms = SDL_GetTicks64();
    one_frame(app, kind, 1, widgets);   /* the first may draw what an earlier step left to draw */
    static double t[FRAMES];
    unsigned long before = app->frames;
    for (int i = 0; i < FRAMES; i++) {
        double start = now_ms();
        one_frame(app, kind, i, widgets);
        t[i] = now_ms() - start;
    }
    if (app->frames - before < FRAMES) {
        fprintf(stderr, "bench_ui: %s drew %lu frames of %d\n", kind, app->frames - before, FRAMES);
        exit(1);
    }
    qsort(t, FRAMES, sizeof *t, by_value);
    SDL_RendererInfo info = { .name = "?" };
    SDL_GetRendererInfo(app->ren, &info);
    printf("frame_ms %dx%d %s %.2f %.2f %s\n", w, h, kind, t[FRAMES / 2], t[FRAMES * 99 / 100], info.name);
    fflush(stdout);
    ui_app_destroy(app);
}

int main(int argc, char **argv)
{
    setenv("REDLINE_NO_MODS", "1", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "bench_ui: %s\n", SDL_GetError());
        return 1;
    }
    static const char *const kinds[] = { "full", "tab", "hover", "tick" };
    static const int sizes[][2] = { { 1280, 720 }, { 1920, 1080 } };
    int w = 0, h = 0;
    if (argc == 3 && sscanf(argv[1], "%dx%d", &w, &h) == 2 && w >= 640 && h >= 400)
        frame_times(w, h, argv[2]);
    for (int s = 0; s < 2 && argc < 3; s++)
        for (int k = 0; k < 4; k++)
            frame_times(sizes[s][0], sizes[s][1], kinds[k]);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
