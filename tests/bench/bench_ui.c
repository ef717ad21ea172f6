/* Window timings for make bench, with SDL's software renderer drawing into
 * memory (as the UI tests do): the time from starting SDL to the menu's first
 * frame, and the time to draw the turn screen at 1280x720 and 1920x1080
 * (median and 99th percentile of repeated full redraws). */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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

static App *open_app(int w, int h)
{
    Settings set;
    ui_settings_default(&set);
    App *app = ui_app_create(".", NULL, "assets", w, h, true, &set);
    if (!app) {
        fprintf(stderr, "bench_ui: cannot open the window\n");
        exit(1);
    }
    return app;
}

/* From nothing (SDL, fonts, the map, the scenario list) to the menu drawn. */
static double first_frame(void)
{
    double t[7];
    for (int i = 0; i < 7; i++) {
        double start = now_ms();
        if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
            exit(1);
        App *app = open_app(1280, 720);
        ui_app_frame(app);
        t[i] = now_ms() - start;
        ui_app_destroy(app);
        TTF_Quit();
        SDL_Quit();
    }
    qsort(t, 7, sizeof *t, by_value);
    return t[3];
}

static void frame_times(int w, int h)
{
    App *app = open_app(w, h);
    if (!ui_new_game(app, "jan2026", 1, 7))
        exit(1);
    ui_app_frame(app);
    static double t[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
        app->dirty = true;      /* a full redraw every time, as after any change */
        double start = now_ms();
        ui_app_frame(app);
        t[i] = now_ms() - start;
    }
    qsort(t, FRAMES, sizeof *t, by_value);
    printf("frame_ms %dx%d %.2f %.2f\n", w, h, t[FRAMES / 2], t[FRAMES * 99 / 100]);
    ui_app_destroy(app);
}

int main(void)
{
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    setenv("REDLINE_NO_MODS", "1", 1);
    printf("first_frame_ms %.1f\n", first_frame());
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    frame_times(1280, 720);
    frame_times(1920, 1080);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
