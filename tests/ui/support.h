/* What the window's tests share: a headless App on the SDL dummy driver,
 * golden images, and input events pushed as a player would make them.
 * Included by each tests/ui/test_*.c (one program each). */
#ifndef REDLINE_UI_TEST_SUPPORT_H
#define REDLINE_UI_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../engine/save/save.h"
#include "../../engine/script/session.h"
#include "../../engine/ui/ui_internal.h"

#define FIXTURE "tests/ui/fixture"
#define GOLDEN_DIR "tests/ui/golden"
#define OUT_DIR "tests/out/ui"
#define SAVES_DIR "tests/out/ui/saves"

/* ---- setup ------------------------------------------------------------- */

static inline void clean_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    char path[600];
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            remove(path);
        }
    closedir(d);
}

static inline App *make_app(const char *root, int w, int h)
{
    Settings set;
    ui_settings_default(&set);
    App *app = ui_app_create(root, NULL, "assets", w, h, true, &set);
    assert_non_null(app);
    ui_copy(app->saves, sizeof app->saves, SAVES_DIR);
    ui_copy(app->ng_seed, sizeof app->ng_seed, "7");
    app->mouse_x = app->mouse_y = -1000;
    ui_goto(app, SCR_MENU);
    ui_app_frame(app);
    return app;
}

static inline int setup(void **state)
{
    (void)state;
    mkdir("tests/out", 0777);
    mkdir(OUT_DIR, 0777);
    mkdir(SAVES_DIR, 0777);
    clean_dir(SAVES_DIR);
    return 0;
}

/* ---- golden images ----------------------------------------------------- */

/* The golden format needs no image library: "RLGOLD2 W H\n", then runs of
 * one colour. Each channel is kept to its top 4 bits (the comparison allows
 * far more than that error), a run is one byte (1..127) or two (high bit set,
 * up to 32767), the colour two bytes (0RGB, 4 bits each). Screens are flat
 * colour with text, so this keeps them to a few hundred kilobytes. */
static inline Uint32 quantize(Uint32 c) { return (c >> 4 & 0xf) | (c >> 8 & 0xf0) | (c >> 12 & 0xf00); }
static inline Uint32 expand(Uint32 q)
{
    Uint32 b = q & 0xf, g = q >> 4 & 0xf, r = q >> 8 & 0xf;
    return (r << 4 | r) << 16 | (g << 4 | g) << 8 | (b << 4 | b);
}

static inline int write_golden(const char *path, const SDL_Surface *s)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fprintf(f, "RLGOLD2 %d %d\n", s->w, s->h);
    const Uint32 *px = s->pixels;
    int n = s->w * s->h, pitch = s->pitch / 4;
    Uint32 run = 0, prev = 0;
    for (int i = 0; i <= n; i++) {
        Uint32 c = i < n ? quantize(px[(i / s->w) * pitch + i % s->w]) : 0xffffffffu;
        if (i > 0 && (c != prev || run == 32767)) {
            if (run < 128) {
                fputc((int)run, f);
            } else {
                fputc((int)(0x80 | run >> 8), f);
                fputc((int)(run & 0xff), f);
            }
            fputc((int)(prev >> 8), f);
            fputc((int)(prev & 0xff), f);
            run = 0;
        }
        prev = c;
        run++;
    }
    return fclose(f);
}

static inline Uint32 *read_golden(const char *path, int *w, int *h)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Uint32 *px = NULL;
    if (fscanf(f, "RLGOLD2 %d %d", w, h) == 2 && fgetc(f) == '\n' && *w > 0 && *h > 0 && *w < 10000 && *h < 10000)
        px = calloc((size_t)*w * (size_t)*h, sizeof *px);
    int i = 0, n = px ? *w * *h : 0;
    while (px && i < n) {
        int b0 = fgetc(f);
        int run = b0 & 0x80 ? (b0 & 0x7f) << 8 | fgetc(f) : b0;
        int hi = fgetc(f), lo = fgetc(f);
        if (b0 == EOF || hi == EOF || lo == EOF)
            break;
        Uint32 c = expand((Uint32)(hi << 8 | lo));
        for (int k = 0; k < run && i < n; k++)
            px[i++] = c;
    }
    fclose(f);
    if (px && i != n) {
        free(px);
        return NULL;
    }
    return px;
}

static inline void save_bmp(const char *name, const char *kind, const Uint32 *px, int w, int h)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            ((Uint32 *)s->pixels)[y * (s->pitch / 4) + x] = px[y * w + x] | 0xff000000u;
    char path[300];
    snprintf(path, sizeof path, "%s/%s.%s.bmp", OUT_DIR, name, kind);
    SDL_SaveBMP(s, path);
    SDL_FreeSurface(s);
}

/* Compare the app's last frame with the golden NAME; the share of pixels
 * whose colour differs by more than 48 in a channel must stay under the
 * tolerance. */
static inline void check_golden(App *app, const char *name)
{
    SDL_Surface *s = app->offscreen;
    char path[300];
    snprintf(path, sizeof path, "%s/%s.rlg", GOLDEN_DIR, name);
    int w = s->w, h = s->h, pitch = s->pitch / 4;
    Uint32 *now = malloc((size_t)w * (size_t)h * sizeof *now);
    assert_non_null(now);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            now[y * w + x] = ((Uint32 *)s->pixels)[y * pitch + x] & 0xffffff;
    save_bmp(name, "actual", now, w, h);
    for (int i = 0; i < w * h; i++)     /* compared as stored */
        now[i] = expand(quantize(now[i]));
    const char *update = getenv("REDLINE_UPDATE_GOLDEN");
    if (update && *update && strcmp(update, "0") != 0) {
        mkdir(GOLDEN_DIR, 0777);
        assert_int_equal(write_golden(path, s), 0);
        fprintf(stderr, "wrote %s\n", path);
        free(now);
        return;
    }
    int gw, gh;
    Uint32 *gold = read_golden(path, &gw, &gh);
    if (!gold) {
        free(now);
        fail_msg("%s: no golden image (make it with REDLINE_UPDATE_GOLDEN=1 make test)", path);
    }
    if (gw != w || gh != h) {
        free(now);
        free(gold);
        fail_msg("%s: golden is %dx%d, the screen %dx%d", path, gw, gh, w, h);
    }
    const char *tol_env = getenv("REDLINE_GOLDEN_TOLERANCE");
    double tolerance = tol_env ? atof(tol_env) : 1.0;
    long bad = 0;
    Uint32 *diff = malloc((size_t)w * (size_t)h * sizeof *diff);
    assert_non_null(diff);
    for (int i = 0; i < w * h; i++) {
        int worst = 0;
        for (int sh = 0; sh <= 16; sh += 8) {
            int d = abs((int)((now[i] >> sh) & 0xff) - (int)((gold[i] >> sh) & 0xff));
            worst = d > worst ? d : worst;
        }
        bool off = worst > 48;
        bad += off;
        diff[i] = off ? 0xff2020 : (now[i] >> 2) & 0x3f3f3f;
    }
    double share = 100.0 * (double)bad / (w * h);
    fprintf(stderr, "%-14s %6.3f%% of pixels differ (tolerance %.2f%%)\n", name, share, tolerance);
    if (share > tolerance) {
        save_bmp(name, "golden", gold, w, h);
        save_bmp(name, "diff", diff, w, h);
    }
    free(now);
    free(gold);
    free(diff);
    if (share > tolerance)
        fail_msg("%s differs from its golden image in %.3f%% of pixels (see %s/%s.*.bmp)", name, share, OUT_DIR,
                 name);
}

/* ---- driving the window ------------------------------------------------ */

static inline void push(SDL_Event *e)
{
    assert_int_equal(SDL_PushEvent(e), 1);
}

static inline void click_at(App *app, float x, float y)
{
    SDL_Event e = { 0 };
    e.type = SDL_MOUSEMOTION;
    e.motion.x = (Sint32)(x * app->scale);
    e.motion.y = (Sint32)(y * app->scale);
    push(&e);
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = (Sint32)(x * app->scale);
    e.button.y = (Sint32)(y * app->scale);
    e.button.clicks = 1;
    push(&e);
    e.type = SDL_MOUSEBUTTONUP;
    push(&e);
    ui_app_pump(app);
}

/* Click the widget labelled `label` in the last frame. */
static inline void click(App *app, const char *label)
{
    Rect r;
    if (!ui_find_label(app, label, &r))
        fail_msg("no widget labelled '%s' on screen %d", label, app->screen);
    click_at(app, r.x + r.w / 2, r.y + r.h / 2);
}

static inline void key(App *app, SDL_Keycode k, Uint16 mod)
{
    SDL_Event e = { 0 };
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    push(&e);
    e.type = SDL_KEYUP;
    push(&e);
    ui_app_pump(app);
}

static inline void type(App *app, const char *text)
{
    for (const char *c = text; *c; c++) {
        SDL_Event e = { 0 };
        e.type = SDL_TEXTINPUT;
        e.text.text[0] = *c;
        push(&e);
    }
    ui_app_pump(app);
}

static inline void hover_away(App *app)
{
    SDL_Event e = { 0 };
    e.type = SDL_MOUSEMOTION;
    e.motion.x = 5000;
    e.motion.y = 5000;
    push(&e);
    ui_app_pump(app);
    app->kbd_mode = false;
    ui_app_frame(app);
}

#endif
