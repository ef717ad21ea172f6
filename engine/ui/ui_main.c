/* The game window: start-up, settings, the event loop and the frame. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ui.h"
#include "ui_internal.h"

/* ---- layout: the scale from the window's size and the settings --------- */

/* Pixels per logical unit at interface scale pct: the window's fit to the
 * 1280x720 design, times pct, as far as the layout still fits. */
float ui_scale_for(const App *app, int pct)
{
    float s = fminf(app->pw / (float)UI_DESIGN_W, app->ph / (float)UI_DESIGN_H) * pct / 100.0f;
    float fit = fminf(app->pw / (float)UI_MIN_W, app->ph / (float)UI_MIN_H);
    if (s > fit)
        s = fit;
    if (s < 0.5f)
        s = 0.5f;
    return roundf(s * 100) / 100;
}

/* The settings screen keeps the plain scale: its buttons stay under the
 * pointer while the player tries scales out. */
static int scale_pct(const App *app)
{
    return app->screen == SCR_SETTINGS ? 100 : app->set.ui_scale_pct;
}

static void layout(App *app)
{
    int w = app->pw, h = app->ph;
    if (app->ren)
        SDL_GetRendererOutputSize(app->ren, &w, &h);
    app->pw = w;
    app->ph = h;
    float s = ui_scale_for(app, scale_pct(app));
    app->lw = w / s;
    app->lh = h / s;
    damage_all(app);
    if (s != app->scale || !app->font[0]) {
        app->scale = s;
        ui_fonts_open(app);
        map_invalidate(app->map);
    }
}

void ui_apply_settings(App *app)
{
    ui_palette(&app->pal, app->set.colourblind);
    rl_language_set(app->set.language);
    if (app->win) {
        SDL_SetWindowFullscreen(app->win, app->set.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        if (!app->set.fullscreen)
            SDL_SetWindowSize(app->win, app->set.win_w, app->set.win_h);
    }
    app->scale = 0;     /* reopen the fonts at the new size */
    layout(app);
    map_invalidate(app->map);
    text_cache_clear(app->cache);
    app->dirty = true;
}

/* ---- the app ----------------------------------------------------------- */

App *ui_app_create(const char *root, const ModSet *mods, const char *assets, int w, int h, bool headless,
                   const Settings *set)
{
    App *app = calloc(1, sizeof *app);
    if (!app)
        return NULL;
    ui_copy(app->root, sizeof app->root, root);
    app->mods = mods;
    ui_copy(app->assets, sizeof app->assets, assets);
    snprintf(app->saves, sizeof app->saves, "%s/saves", root);
    if (set)
        app->set = *set;
    else
        ui_settings_default(&app->set);
    if (w <= 0 || h <= 0) {
        w = app->set.win_w;
        h = app->set.win_h;
    }
    ui_palette(&app->pal, app->set.colourblind);
    if (app->set.language[0])
        rl_language_set(app->set.language);
    app->cache = text_cache_new(900);
    if (headless) {
        app->offscreen = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
        app->ren = app->offscreen ? SDL_CreateSoftwareRenderer(app->offscreen) : NULL;
    } else {
        /* The software renderer, drawing straight into the window's own
         * surface: the screens are flat rectangles and cached text, which it
         * draws as fast as a GPU would, and without an OpenGL context (on
         * Mesa's llvmpipe, 200 ms to start and a slower frame). The player's
         * SDL_RENDER_DRIVER or SDL_FRAMEBUFFER_ACCELERATION still wins. */
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
        if (app->set.fullscreen)
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        app->win = SDL_CreateWindow("Red Line", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
        if (app->win) {
            SDL_SetWindowMinimumSize(app->win, 800, 480);
            app->ren = SDL_CreateRenderer(app->win, -1, 0);
        }
    }
    if (!app->cache || !app->ren) {
        fprintf(stderr, _("redline: cannot open the game window: %s\n"), SDL_GetError());
        ui_app_destroy(app);
        return NULL;
    }
    SDL_RendererInfo info;
    app->track_damage = SDL_GetRendererInfo(app->ren, &info) == 0 && strcmp(info.name, "software") == 0;
    app->pw = w;
    app->ph = h;
    layout(app);
    if (!app->font[0]) {
        ui_app_destroy(app);
        return NULL;
    }
    app->focus = -1;
    app->timer_actor = -1;
    app->likely.runs = 100;
    ui_newgame_defaults(app);
    ui_goto(app, SCR_MENU);
    return app;
}

void ui_app_destroy(App *app)
{
    if (!app)
        return;
    ui_host_stop(app);
    ui_close_game(app);
    ui_fonts_close(app);
    text_cache_free(app->cache);
    map_free(app->map);
    damage_free(app);
    if (app->ren)
        SDL_DestroyRenderer(app->ren);
    if (app->win)
        SDL_DestroyWindow(app->win);
    if (app->offscreen)
        SDL_FreeSurface(app->offscreen);
    free(app);
}

void ui_goto(App *app, Screen s)
{
    bool rescale = (app->screen == SCR_SETTINGS) != (s == SCR_SETTINGS);
    app->screen = s;
    if (rescale && app->ren)
        layout(app);
    app->focus = -1;
    app->scroll[s] = 0;
    app->scroll2[s] = 0;
    app->dirty = true;
    if (s == SCR_LOAD || s == SCR_SAVE)     /* the screens that list them (each save is read and checked) */
        ui_scan_saves(app);
}

void ui_message(App *app, const char *title, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(app->message, sizeof app->message, fmt, ap);
    va_end(ap);
    ui_copy(app->message_title, sizeof app->message_title, title);
    app->modal = MODAL_MESSAGE;
    app->focus = -1;
    app->dirty = true;
}

bool ui_find_label(const App *app, const char *label, Rect *out)
{
    for (int i = 0; i < app->nlabels; i++)
        if (strcmp(app->labels[i].label, label) == 0) {
            *out = app->labels[i].r;
            return true;
        }
    return false;
}

const char *ui_focused_label(const App *app)
{
    for (int i = 0; i < app->nlabels; i++)
        if (app->labels[i].focus >= 0 && app->labels[i].focus == app->focus)
            return app->labels[i].label;
    return NULL;
}

bool ui_key(App *app, SDL_Keycode k)
{
    if (app->blocked || app->key != k)
        return false;
    app->key = 0;
    app->dirty = true;      /* whatever the key does changes the screen */
    return true;
}

bool ui_hotkey(App *app, SDL_Keycode k)
{
    return !app->text_active && ui_key(app, k);
}

/* ---- the frame --------------------------------------------------------- */

static void move_focus(App *app, int d)
{
    int n = app->last_nfocus;
    if (n <= 0)
        return;
    if (app->focus < 0 || app->focus >= n)
        app->focus = d > 0 ? 0 : n - 1;
    else
        app->focus = (app->focus + d + n) % n;
    app->focus_moved = true;
}

static void draw_screen(App *app)
{
    switch (app->screen) {
    case SCR_MENU: screen_menu(app); break;
    case SCR_NEWGAME: screen_newgame(app); break;
    case SCR_LOAD: screen_load(app); break;
    case SCR_SETTINGS: screen_settings(app); break;
    case SCR_SAVE: screen_save(app); break;
    case SCR_BRIEFING: screen_briefing(app); break;
    case SCR_HANDOVER: screen_handover(app); break;
    case SCR_TURN: screen_turn(app); break;
    case SCR_RESOLUTION: screen_resolution(app); break;
    case SCR_CHARTS: screen_charts(app); break;
    case SCR_END: screen_end(app); break;
    case SCR_FACILITATOR: screen_facilitator(app); break;
    case SCR_LIKELY: screen_likely(app); break;
    case SCR_ASSUMPTIONS: screen_assumptions(app); break;
    case SCR_BRANCH: screen_branch(app); break;
    case SCR_HOST: screen_host(app); break;
    case SCR_COUNT: break;
    }
}

static void run_frame(App *app, bool dry)
{
    ui_mirror_begin(app);
    app->dry = dry;
    app->passes++;
    app->nfocus = 0;
    app->nlabels = 0;
    app->hover_sig = 0;
    app->tip_on = false;
    app->focus_text = 0;
    app->clip = rect(0, 0, 0, 0);
    app->scroll_off = NULL;
    app->dirty = false;
    app->layer = 0;
    if (app->text_log)
        app->text_log->n = 0;
    if (!dry) {
        ui_set_clip(app, NULL);
        SDL_SetRenderDrawColor(app->ren, app->pal.bg.r, app->pal.bg.g, app->pal.bg.b, 255);
        if (app->redraw.w > 0) {    /* SDL_RenderClear would ignore the clip */
            SDL_SetRenderDrawBlendMode(app->ren, SDL_BLENDMODE_NONE);
            SDL_RenderFillRect(app->ren, &app->redraw);
        } else {
            SDL_RenderClear(app->ren);
        }
    }
    if (!app->text_active || app->key == SDLK_TAB) {
        bool back = (app->kmod & KMOD_SHIFT) != 0;
        if (app->key == SDLK_TAB) {
            move_focus(app, back ? -1 : 1);
            app->key = 0;
        } else if (app->key == SDLK_DOWN || (app->key == SDLK_RIGHT && app->screen != SCR_CHARTS)) {
            move_focus(app, 1);
            app->key = 0;
        } else if (app->key == SDLK_UP || (app->key == SDLK_LEFT && app->screen != SCR_CHARTS)) {
            move_focus(app, -1);
            app->key = 0;
        }
    }
    /* F9 on any screen of a game: the facilitator's PIN */
    bool game_screen = app->s && (app->screen == SCR_BRIEFING || app->screen == SCR_HANDOVER ||
                                  app->screen == SCR_TURN || app->screen == SCR_RESOLUTION ||
                                  app->screen == SCR_CHARTS || app->screen == SCR_END ||
                                  app->screen == SCR_ASSUMPTIONS);
    if (app->key == SDLK_F9 && game_screen && app->modal != MODAL_PIN) {
        app->key = 0;
        ui_open_pin(app);
    }
    /* paused: the teams' screens are covered and take no input */
    bool covered = app->paused && game_screen;
    app->blocked = app->modal != MODAL_NONE || covered;
    Screen before = app->screen;
    app->shield = app->tutorial_box;
    draw_screen(app);
    app->blocked = false;
    app->layer = 1;
    if (covered && app->screen == before)
        modal_paused(app);
    if (app->modal != MODAL_NONE && app->screen == before) {
        fill(app, rect(0, 0, app->lw, app->lh), alpha(app->pal.bg, 190));
        switch (app->modal) {
        case MODAL_WHY: modal_why(app); break;
        case MODAL_GAMEMENU: modal_gamemenu(app); break;
        case MODAL_MESSAGE: modal_message(app); break;
        case MODAL_PIN: modal_pin(app); break;
        case MODAL_NONE: break;
        }
    }
    app->shield = rect(0, 0, 0, 0);
    if (app->screen == before && !covered)
        ui_draw_tutorial(app);
    app->layer = 2;
    ui_draw_tooltip(app);
    app->layer = 0;
    app->last_nfocus = app->nfocus;
    if (app->focus >= app->nfocus)
        app->focus = app->nfocus > 0 ? app->nfocus - 1 : -1;
    app->text_active = app->focus_text != 0;
    app->focus_moved = app->focus_moved && app->dirty;
    if (app->screen != before)
        app->dirty = true;
}

static void clear_input(App *app)
{
    app->clicked = false;
    app->right_clicked = false;
    app->wheel = 0;
    app->key = 0;
    app->kmod = 0;
    app->text_in[0] = '\0';
    app->text_enter = false;
}

/* A pass that reacts to the input and lays the frame out: with the
 * software renderer it only records what it would draw (ui_damage.c), and
 * the frame is drawn afterwards where it changed. */
static void react(App *app)
{
    if (app->track_damage && damage_begin(app))
        run_frame(app, true);
    else
        run_frame(app, false);
}

/* Draw the frame where it changed since the last one and present that. */
static bool draw_damage(App *app)
{
    enum { MAX_REDRAWS = 4 };   /* each rectangle is a pass of its own */
    SDL_Rect redraw[MAX_REDRAWS];
    if (app->dirty)         /* it did not settle: what the passes recorded may not be what is drawn */
        damage_all(app);
    int n = damage_end(app, redraw, MAX_REDRAWS);
    if (n < 0)
        run_frame(app, false);
    for (int i = 0; i < n; i++) {
        app->redraw = redraw[i];
        run_frame(app, false);
    }
    app->redraw = (SDL_Rect){ 0, 0, 0, 0 };
    SDL_RenderSetClipRect(app->ren, NULL);
    if (n == 0)
        return false;
    if (n < 0 || !app->win || SDL_RenderFlush(app->ren) != 0 || SDL_UpdateWindowSurfaceRects(app->win, redraw, n) != 0)
        SDL_RenderPresent(app->ren);
    return true;
}

void ui_app_measure(App *app)
{
    for (int i = 0; i < 5; i++) {
        run_frame(app, true);
        clear_input(app);
        if (!app->dirty || app->quit)
            break;
    }
}

void ui_app_frame(App *app)
{
    long long start = ui_monotonic_ns();
    react(app);
    for (int i = 0; i < 4 && app->dirty && !app->quit; i++) {
        clear_input(app);
        react(app);
    }
    clear_input(app);
    app->last_hover_sig = app->hover_sig;
    app->frames++;
    bool shown = true;
    if (app->recording)
        shown = draw_damage(app);
    else
        SDL_RenderPresent(app->ren);
    if (shown)
        ui_log_frame(start);
    ui_dump_labels(app);
}

/* Mouse positions come in window points; on a high-density screen the
 * renderer has more pixels than the window has points. */
static float points_to_logical(App *app, int v, bool vertical)
{
    float ratio = 1;
    if (app->win) {
        int ww, wh;
        SDL_GetWindowSize(app->win, &ww, &wh);
        if (ww > 0 && wh > 0)
            ratio = vertical ? (float)app->ph / wh : (float)app->pw / ww;
    }
    return v * ratio / app->scale;
}

void ui_app_event(App *app, const SDL_Event *e)
{
    switch (e->type) {
    case SDL_QUIT:
        app->quit = true;
        return;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
            layout(app);
            if (!app->set.fullscreen && app->win && !(SDL_GetWindowFlags(app->win) & SDL_WINDOW_MAXIMIZED)) {
                app->settings_dirty |= app->set.win_w != e->window.data1 || app->set.win_h != e->window.data2;
                app->set.win_w = e->window.data1;
                app->set.win_h = e->window.data2;
            }
            ui_app_frame(app);
        } else if (e->window.event == SDL_WINDOWEVENT_EXPOSED || e->window.event == SDL_WINDOWEVENT_RESTORED) {
            damage_all(app);
            ui_app_frame(app);
        } else if (e->window.event == SDL_WINDOWEVENT_LEAVE) {
            app->mouse_x = app->mouse_y = -1000;
            ui_app_frame(app);
        }
        return;
    case SDL_MOUSEMOTION:
        app->mouse_x = ui_pointer_x(app, points_to_logical(app, e->motion.x, false));
        app->mouse_y = points_to_logical(app, e->motion.y, true);
        app->kbd_mode = false;
        run_frame(app, true);       /* lay out only: redraw if what is under the mouse changed */
        clear_input(app);
        if (app->hover_sig != app->last_hover_sig || app->dirty)
            ui_app_frame(app);
        return;
    case SDL_MOUSEBUTTONDOWN:
        app->mouse_x = ui_pointer_x(app, points_to_logical(app, e->button.x, false));
        app->mouse_y = points_to_logical(app, e->button.y, true);
        app->kbd_mode = false;
        if (e->button.button == SDL_BUTTON_LEFT)
            app->clicked = true;
        else if (e->button.button == SDL_BUTTON_RIGHT)
            app->right_clicked = true;
        else
            return;
        ui_app_frame(app);
        return;
    case SDL_MOUSEWHEEL:
        app->wheel = e->wheel.preciseY != 0 ? e->wheel.preciseY : (float)e->wheel.y;
        ui_app_frame(app);
        return;
    case SDL_KEYDOWN:
        app->key = e->key.keysym.sym;
        if (app->mirror && (app->key == SDLK_LEFT || app->key == SDLK_RIGHT))   /* the arrows point on the screen */
            app->key = app->key == SDLK_LEFT ? SDLK_RIGHT : SDLK_LEFT;
        app->kmod = e->key.keysym.mod;
        app->kbd_mode = true;
        ui_app_frame(app);
        return;
    case SDL_TEXTINPUT:
        if (!app->text_active)
            return;
        ui_copy(app->text_in, sizeof app->text_in, e->text.text);
        ui_app_frame(app);
        return;
    default:
        return;
    }
}

int ui_app_pump(App *app)
{
    SDL_Event e;
    int n = 0;
    while (!app->quit && SDL_PollEvent(&e)) {
        ui_app_event(app, &e);
        n++;
    }
    return n;
}

/* Motion events pile up while the mouse moves; only the last one matters. */
static bool coalesce_motion(SDL_Event *e)
{
    SDL_Event next;
    bool any = false;
    while (SDL_PeepEvents(&next, 1, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT) == 1 &&
           next.type == SDL_MOUSEMOTION && e->type == SDL_MOUSEMOTION) {
        SDL_PeepEvents(&next, 1, SDL_GETEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT);
        *e = next;
        any = true;
    }
    return any;
}

/* ---- the entry point --------------------------------------------------- */

/* TRANSLATORS: the options (--scenario, --side us|iran|both, ...) are typed as they are: translate only what they
   mean, keeping the columns */
static const char play_usage[] =
    N_("usage: redline play --scenario ID --side us|iran|both [--seed N] [--load FILE] [--size WxH]\n"
    "  --scenario ID   the scenario (redline scenarios lists them)\n"
    "  --side S        play the United States, Iran, or both at one screen (hot-seat)\n"
    "  --seed N        the game's random seed (default: a new one)\n"
    "  --load FILE     continue a saved game\n"
    "  --size WxH      the window's size in pixels (default 1280x720 or the saved setting)\n");

typedef struct PlayArgs {
    const char *scenario, *side, *load;
    unsigned long long seed;
    bool has_seed;
    int w, h;
} PlayArgs;

static int parse_play(int argc, char **argv, PlayArgs *a)
{
    static const struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "side", required_argument, NULL, 'd' },
        { "seed", required_argument, NULL, 'n' }, { "load", required_argument, NULL, 'l' },
        { "size", required_argument, NULL, 'z' }, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': a->scenario = optarg; break;
        case 'd': a->side = optarg; break;
        case 'l': a->load = optarg; break;
        case 'n': {
            char *end;
            errno = 0;
            a->seed = strtoull(optarg, &end, 10);
            if (*end || errno || optarg[0] == '-') {
                fprintf(stderr, _("redline: --seed wants a whole number, not '%s'\n%s"), optarg, _(play_usage));
                return 2;
            }
            a->has_seed = true;
            break;
        }
        case 'z':
            if (sscanf(optarg, "%dx%d", &a->w, &a->h) != 2 || a->w < 640 || a->h < 400) {
                fprintf(stderr, _("redline: --size wants WIDTHxHEIGHT, at least 640x400, not '%s'\n%s"), optarg,
                        _(play_usage));
                return 2;
            }
            break;
        case 'h': fputs(_(play_usage), stdout); return -1;
        default:
            fprintf(stderr, _("redline: play: unknown or incomplete option '%s'\n%s"), argv[optind - 1], _(play_usage));
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, _("redline: play: unexpected argument '%s'\n%s"), argv[optind], _(play_usage));
        return 2;
    }
    if (a->side && strcmp(a->side, "us") != 0 && strcmp(a->side, "iran") != 0 && strcmp(a->side, "both") != 0) {
        fprintf(stderr, _("redline: --side is us, iran or both, not '%s'\n%s"), a->side, _(play_usage));
        return 2;
    }
    if ((a->side || a->has_seed) && !a->scenario && !a->load) {
        fprintf(stderr, _("redline: play: which scenario? add --scenario ID\n%s"), _(play_usage));
        return 2;
    }
    return 0;
}

int ui_main(int argc, char **argv, const UiPlaces *places)
{
    PlayArgs args = { 0 };
    if (argc > 0) {
        int rc = parse_play(argc, argv, &args);
        if (rc != 0)
            return rc < 0 ? 0 : rc;
    }
    const char *driver = getenv("SDL_VIDEODRIVER");
    const char *x11 = getenv("DISPLAY"), *wayland = getenv("WAYLAND_DISPLAY");
    if ((!driver || !*driver) && (!x11 || !*x11) && (!wayland || !*wayland))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "kmsdrm");    /* only the console is left to try */
    bool console_only = (!driver || !*driver) && (!x11 || !*x11) && (!wayland || !*wayland);
    bool init = SDL_Init(SDL_INIT_VIDEO) == 0;
    if (!init && console_only)
        SDL_SetError("DISPLAY and WAYLAND_DISPLAY are not set");
    const char *got = init ? SDL_GetCurrentVideoDriver() : NULL;
    if (init && (!driver || !*driver) && got && (strcmp(got, "offscreen") == 0 || strcmp(got, "dummy") == 0)) {
        /* SDL falls back to drawing into memory when there is no screen */
        SDL_Quit();
        SDL_SetError("no X11 or Wayland display found");
        init = false;
    }
    if (!init) {
        if (!driver || !*driver)
            fprintf(stderr, _("redline: there is no display to open the game window on (%s).\n"
                            "Play without a window instead: redline run --scenario jan2026\n"
                            "(redline --help lists the other commands.)\n"),
                    SDL_GetError());
        else
            fprintf(stderr, _("redline: cannot start the video driver '%s': %s\n"
                            "Play without a window instead: redline run --scenario jan2026\n"),
                    driver, SDL_GetError());
        return 1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, _("redline: cannot start the font renderer: %s\n"), TTF_GetError());
        SDL_Quit();
        return 1;
    }
    char assets[600];
    snprintf(assets, sizeof assets, "%s/assets", places->root);
    Settings set;
    ui_settings_default(&set);
    ui_settings_load(&set, places->settings);
    App *app = ui_app_create(places->root, places->mods, assets, args.w, args.h, false, &set);
    if (!app) {
        TTF_Quit();
        SDL_Quit();
        return 1;
    }
    ui_copy(app->saves, sizeof app->saves, places->saves);
    ui_copy(app->settings_path, sizeof app->settings_path, places->settings);
    ui_goto(app, SCR_MENU);     /* the saves, from where they are */
    int rc = 0;
    if (args.load) {
        if (!ui_load_game(app, args.load))
            rc = 3;
    } else if (args.scenario) {
        int side = !args.side || strcmp(args.side, "us") == 0 ? 0 : strcmp(args.side, "iran") == 0 ? 1 : 2;
        unsigned long long seed = args.has_seed ? args.seed : strtoull(app->ng_seed, NULL, 10);
        if (!ui_new_game(app, args.scenario, side, seed))
            rc = 3;
    }
    if (rc != 0) {
        fprintf(stderr, "redline: %s\n", app->message);
        ui_app_destroy(app);
        TTF_Quit();
        SDL_Quit();
        return rc;
    }
    SDL_StartTextInput();
    ui_app_frame(app);
    SDL_Event e;
    while (!app->quit) {
        /* asleep until an event, unless a turn timer is ticking or replays are running */
        int wait = ui_wait_ms(app);
        bool got = wait < 0 ? SDL_WaitEvent(&e) == 1 : SDL_WaitEventTimeout(&e, wait) == 1;
        if (!got) {
            if (wait < 0)
                break;
            ui_app_tick(app);
            continue;
        }
        coalesce_motion(&e);
        ui_app_event(app, &e);
    }
    if (app->settings_dirty)
        ui_settings_save(app);     /* the window's size, if the player resized it */
    ui_app_destroy(app);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
