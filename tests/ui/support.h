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
#include <math.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <png.h>

#include "../../engine/save/save.h"
#include "../../engine/script/session.h"
#include "../../engine/ui/ui_internal.h"

/* The content the golden games run on: scripts/ less the strategies and
 * the scenarios the tests do not play, made by make (UI_FIXTURE). */
#ifndef UI_FIXTURE
#define UI_FIXTURE "build/tests/ui/fixture"
#endif
#define FIXTURE UI_FIXTURE
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

/* A test program's main: its tests on SDL's dummy video driver and
 * software renderer (no display needed), as group `name`; cmocka's count of
 * failures, or 1 if SDL cannot start. */
static inline int run_ui_tests(const char *name, const struct CMUnitTest *tests, size_t count)
{
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_RENDER_DRIVER", "software", 1);
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    int failed = _cmocka_run_group_tests(name, tests, count, NULL, NULL);
    TTF_Quit();
    SDL_Quit();
    return failed;
}

/* ---- golden images ----------------------------------------------------- */

/* Golden images are PNG files (libpng's simplified API), so any browser or
 * image viewer opens them. A pixel differs when one of its channels is off
 * by more than GOLDEN_CHANNEL (anti-aliasing that FreeType versions draw a
 * little differently); an image passes while no more than GOLDEN_PIXELS
 * pixels differ. A changed word moves hundreds of pixels, a changed digit
 * some dozens: both fail. REDLINE_GOLDEN_TOLERANCE=N allows N pixels instead
 * (for a system whose fonts hint differently). */
#define GOLDEN_CHANNEL 40
#define GOLDEN_PIXELS 12

/* The frame's pixels as 0xRRGGBB, row after row. */
static inline Uint32 *frame_pixels(const SDL_Surface *s)
{
    int w = s->w, h = s->h, pitch = s->pitch / 4;
    Uint32 *px = malloc((size_t)w * (size_t)h * sizeof *px);
    assert_non_null(px);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            px[y * w + x] = ((const Uint32 *)s->pixels)[y * pitch + x] & 0xffffff;
    return px;
}

static inline int write_png(const char *path, const Uint32 *px, int w, int h)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = (png_uint_32)w;
    img.height = (png_uint_32)h;
    img.format = PNG_FORMAT_RGB;
    unsigned char *rgb = malloc((size_t)w * (size_t)h * 3);
    if (!rgb)
        return -1;
    for (int i = 0; i < w * h; i++) {
        rgb[3 * i] = (unsigned char)(px[i] >> 16);
        rgb[3 * i + 1] = (unsigned char)(px[i] >> 8);
        rgb[3 * i + 2] = (unsigned char)px[i];
    }
    int ok = png_image_write_to_file(&img, path, 0, rgb, 0, NULL);
    free(rgb);
    return ok ? 0 : -1;
}

/* A PNG as 0xRRGGBB pixels (any PNG: libpng converts it), or NULL. */
static inline Uint32 *read_png(const char *path, int *w, int *h)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&img, path))
        return NULL;
    img.format = PNG_FORMAT_RGB;
    size_t n = (size_t)img.width * img.height;
    unsigned char *rgb = malloc(PNG_IMAGE_SIZE(img));
    Uint32 *px = malloc(n * sizeof *px);
    if (!rgb || !px || !png_image_finish_read(&img, NULL, rgb, 0, NULL)) {
        png_image_free(&img);
        free(rgb);
        free(px);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        px[i] = (Uint32)rgb[3 * i] << 16 | (Uint32)rgb[3 * i + 1] << 8 | rgb[3 * i + 2];
    free(rgb);
    *w = (int)img.width;
    *h = (int)img.height;
    return px;
}

static inline void save_png(const char *name, const char *kind, const Uint32 *px, int w, int h)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s.%s.png", OUT_DIR, name, kind);
    write_png(path, px, w, h);
}

/* Pixels of a and b that differ (some channel off by more than
 * GOLDEN_CHANNEL); diff, unless NULL, gets them in red over a dimmed a. */
static inline long pixels_differing(const Uint32 *a, const Uint32 *b, int n, Uint32 *diff)
{
    long bad = 0;
    for (int i = 0; i < n; i++) {
        int worst = 0;
        for (int sh = 0; sh <= 16; sh += 8) {
            int d = abs((int)((a[i] >> sh) & 0xff) - (int)((b[i] >> sh) & 0xff));
            worst = d > worst ? d : worst;
        }
        bool off = worst > GOLDEN_CHANNEL;
        bad += off;
        if (diff)
            diff[i] = off ? 0xff2020 : (a[i] >> 2) & 0x3f3f3f;
    }
    return bad;
}

/* Compare the app's last frame with tests/ui/golden/NAME.png. The frame is
 * always written to tests/out/ui/NAME.actual.png; on a failure also
 * NAME.golden.png and NAME.diff.png (the differing pixels in red). */
static inline void check_golden(App *app, const char *name)
{
    SDL_Surface *s = app->offscreen;
    char path[300];
    snprintf(path, sizeof path, "%s/%s.png", GOLDEN_DIR, name);
    int w = s->w, h = s->h;
    Uint32 *now = frame_pixels(s);
    save_png(name, "actual", now, w, h);
    const char *update = getenv("REDLINE_UPDATE_GOLDEN");
    if (update && *update && strcmp(update, "0") != 0) {
        mkdir(GOLDEN_DIR, 0777);
        assert_int_equal(write_png(path, now, w, h), 0);
        fprintf(stderr, "wrote %s\n", path);
        free(now);
        return;
    }
    int gw = 0, gh = 0;
    Uint32 *gold = read_png(path, &gw, &gh);
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
    long tolerance = tol_env ? atol(tol_env) : GOLDEN_PIXELS;
    Uint32 *diff = malloc((size_t)w * (size_t)h * sizeof *diff);
    assert_non_null(diff);
    long bad = pixels_differing(now, gold, w * h, diff);
    fprintf(stderr, "%-18s %6ld pixels differ (at most %ld)\n", name, bad, tolerance);
    if (bad > tolerance) {
        save_png(name, "golden", gold, w, h);
        save_png(name, "diff", diff, w, h);
    }
    free(now);
    free(gold);
    free(diff);
    if (bad > tolerance)
        fail_msg("%s differs from its golden image in %ld pixels (see %s/%s.{actual,golden,diff}.png; after a "
                 "deliberate change: REDLINE_UPDATE_GOLDEN=1 make test, and look at the new images)",
                 name, bad, OUT_DIR, name);
}

/* ---- text that is cut, squeezed or covered ------------------------------ */

/* Keep where text goes from now on (the last frame's, in app->text_log). */
static inline void keep_text_boxes(App *app)
{
    static TextBox boxes[4096];
    static TextLog log = { boxes, 0, 4096 };
    app->text_log = &log;
}

static inline Rect box_meet(Rect a, Rect b)
{
    float x0 = fmaxf(a.x, b.x), y0 = fmaxf(a.y, b.y);
    float x1 = fminf(a.x + a.w, b.x + b.w), y1 = fminf(a.y + a.h, b.y + b.h);
    return rect(x0, y0, fmaxf(x1 - x0, 0), fmaxf(y1 - y0, 0));
}

/* What of b shows: inside its clip and the window. */
static inline Rect box_shown(const App *app, const TextBox *b)
{
    Rect r = box_meet(b->r, rect(0, 0, app->lw, app->lh));
    return b->clip.w > 0 ? box_meet(r, b->clip) : r;
}

/* Every problem with the text of the last frame, one a line into out (at
 * where's head): text the window or its panel cuts off (a scroll region may
 * hide rows above or below, never a side), text wider than its room, text
 * shortened with an ellipsis, and two pieces of text (or a marker and text)
 * on the same layer that cover each other. Returns how many. */
static inline int text_problems(const App *app, const char *where, char *out, size_t cap)
{
    const TextLog *l = app->text_log;
    int bad = 0;
    size_t n = strlen(out);
#define PROBLEM(...)                                                                                              \
    do {                                                                                                          \
        bad++;                                                                                                    \
        if (n < cap)                                                                                              \
            n += (size_t)snprintf(out + n, cap - n, "%s: ", where);                                              \
        if (n < cap)                                                                                              \
            n += (size_t)snprintf(out + n, cap - n, __VA_ARGS__);                                                \
        if (n < cap)                                                                                              \
            n += (size_t)snprintf(out + n, cap - n, "\n");                                                       \
    } while (0)
    const float slack = 1.0f;
    for (int i = 0; i < l->n; i++) {
        const TextBox *b = &l->box[i];
        Rect r = b->r, c = b->clip.w > 0 ? b->clip : rect(0, 0, app->lw, app->lh);
        Rect shown = box_shown(app, b);
        bool hidden = shown.w <= 0 || shown.h <= 0;
        if (b->mark)
            continue;
        if (hidden && b->scrolled)
            continue;   /* scrolled out of view */
        if (r.x < c.x - slack || r.x + r.w > c.x + c.w + slack)
            PROBLEM("'%s' cut at the side (%.0f..%.0f, room %.0f..%.0f)", b->text, r.x, r.x + r.w, c.x, c.x + c.w);
        else if (!b->scrolled && (r.y < c.y - slack || r.y + r.h > c.y + c.h + slack))
            PROBLEM("'%s' cut at the top or bottom (%.0f..%.0f, room %.0f..%.0f)", b->text, r.y, r.y + r.h, c.y,
                    c.y + c.h);
        if (r.x < -slack || r.x + r.w > app->lw + slack || (!b->scrolled && r.y + r.h > app->lh + slack))
            PROBLEM("'%s' runs out of the window", b->text);
        if (b->room.w > 0 && r.w > b->room.w + slack)
            PROBLEM("'%s' is wider (%.0f) than its room (%.0f)", b->text, r.w, b->room.w);
        if (b->cut)
            PROBLEM("'%s' is cut short to fit %.0f", b->text, b->room.w);
    }
    for (int i = 0; i < l->n; i++)
        for (int j = i + 1; j < l->n; j++) {
            const TextBox *a = &l->box[i], *b = &l->box[j];
            if (a->layer != b->layer || (a->mark && b->mark))
                continue;
            Rect m = box_meet(box_shown(app, a), box_shown(app, b));
            if (m.w > 1.5f && m.h > 1.5f)
                PROBLEM("'%s' and '%s' overlap (%.0fx%.0f at %.0f,%.0f)", a->text, b->text, m.w, m.h, m.x, m.y);
        }
#undef PROBLEM
    return bad;
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
    r = ui_screen_rect(app, r);     /* where it is on the screen: mirrored in a right-to-left language */
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
