/* The game window's shared state and the helpers its screens use.
 *
 * The window is an immediate-mode GUI: every frame each screen lays itself
 * out, draws, and reacts to the one input event that caused the frame. Frames
 * run only when an event arrives (SDL_WaitEvent), so an idle game sleeps.
 * With the software renderer a frame is first laid out without drawing, and
 * then drawn and presented only where it changed (ui_damage.c).
 * Everything is laid out in logical units (a 1280x720 design) multiplied by
 * app->scale at draw time; text is rendered at the scaled size, once, and
 * kept in a small LRU cache of textures.
 *
 * The window is a client of the session: it reads the game and submits
 * orders (session_set_orders, session_step), saves and loads. Nothing else. */
#ifndef REDLINE_UI_INTERNAL_H
#define REDLINE_UI_INTERNAL_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

#include "../redline.h"

#define UI_DESIGN_W 1280
#define UI_DESIGN_H 720
#define UI_MIN_W 1180       /* the layouts are made to fit this logical size */
#define UI_MIN_H 660
#define MAX_SCENARIOS 32
#define MAX_SAVES 64
#define MAX_SOURCES 256
#define MAX_FOCUS_LABELS 256
#define MAX_NEWS_SHOWN 256     /* news items of one week a screen lists */
#define UI_HOST_POLL_MS 250    /* the projector screen looks at the host this often (ui_host.c) */
#define MAX_WARNINGS_SHOWN 64

typedef struct Rect {
    float x, y, w, h;
} Rect;

enum Font { FONT_SMALL, FONT_BODY, FONT_BOLD, FONT_H2, FONT_H1, FONT_TITLE, FONT_COUNT };
enum Align { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT };

typedef struct Palette {
    SDL_Color bg, panel, panel2, raised, border, text, dim, faint, accent, accent_text;
    SDL_Color good, bad, neutral, focus, hover, warn, us, iran, protesters, proxies, world, selected;
    SDL_Color sea, land, land_key, land_iran, coast, marker, series, band;
    SDL_Color ladder[11];
} Palette;

typedef enum Screen {
    SCR_MENU, SCR_NEWGAME, SCR_LOAD, SCR_SETTINGS, SCR_SAVE, SCR_BRIEFING, SCR_HANDOVER,
    SCR_TURN, SCR_RESOLUTION, SCR_CHARTS, SCR_END, SCR_FACILITATOR, SCR_LIKELY, SCR_BRANCH, SCR_HOST, SCR_ASSUMPTIONS, SCR_COUNT
} Screen;

typedef enum Modal { MODAL_NONE, MODAL_WHY, MODAL_GAMEMENU, MODAL_MESSAGE, MODAL_PIN } Modal;

/* What a text field accepts. */
enum FieldKind {
    FIELD_NAME,     /* letters, digits, space, - and _ (file names) */
    FIELD_DIGITS,   /* 0-9 */
    FIELD_TEXT,     /* any printable text, UTF-8 included */
    FIELD_NUMBER,   /* a decimal number: digits, - + . e */
    FIELD_PIN,      /* digits, shown as dots */
};

enum { TIMER_CHOICES = 6, LENGTH_CHOICES = 4 };
extern const int ui_timer_minutes[TIMER_CHOICES];     /* 0 (off), 1, 2, 3, 5, 8 */
extern const int ui_length_weeks[LENGTH_CHOICES];     /* 0 (the scenario's own), 12, 8, 6 */

/* The facilitator's screen: which panel is open and what is typed in it. */
enum FacTab { FAC_INJECT, FAC_SET, FAC_REWIND, FAC_TIMER, FAC_TABS };

typedef struct Facilitator {
    int tab;
    int inject;                 /* the scenario's inject chosen, or -1 for a new one */
    char text[NEWS_LEN];        /* a new inject's text */
    char effects[300];          /* its effect clauses: "hormuz_flow -= 2; oil_premium += 5" */
    char reason[NEWS_LEN];
    char var[ID_LEN], value[24], set_reason[NEWS_LEN];
    int rewind_turn;
    bool rewind_armed;          /* the rewind button was pressed once: press again to confirm */
    char note[600];             /* the last result, or what was wrong */
    bool note_bad;
    float state_scroll;
} Facilitator;

/* "How likely was it?": the rest of the game replayed many times from a turn
 * with the computer playing every role, a few replays between frames. */
typedef struct Likely {
    int turn, runs;
    int done;
    bool running;
    Spread *spread;             /* the replays under way */
    int counts[OUTCOME_COUNT];
    long turns_sum;
    char error[300];
} Likely;

typedef struct Settings {
    int win_w, win_h;
    bool fullscreen;
    int ui_scale_pct;           /* 80..150 */
    int text_size;              /* 0 small, 1 normal, 2 large */
    bool colourblind;
    char language[16];          /* "de", "fa", "en"; "" the system's */
} Settings;

typedef struct ScenarioChoice {
    char id[ID_LEN], name[80], start[16];
    int turns;
    char blurb[300];
} ScenarioChoice;

typedef struct SaveInfo {
    char name[128];
    char desc[300];     /* scenario, week, sides: read from the file */
    char when[32];
    long long mtime;
} SaveInfo;

/* What the Why? dialog explains: a news item, or a variable's change in a
 * week (and, opened from it, one of its causes). */
typedef struct WhyView {
    int turn;
    int news;                   /* the news item (its place in the viewer's news of turn), or -1 */
    int var;                    /* the variable whose change is told, or -1 */
    int part;                   /* with var: the cause opened (largest first), or -1 for them all */
    float h;                    /* the content's height last frame */
    float scroll;
    uint64_t changed_key;       /* what `changed` was worked out for */
    char changed[1200];         /* what the cause told changed that week, in words */
} WhyView;

/* Each action's expected move of the ladder for the side at the screen,
 * worked out once a week (key: the game, week, side and world). */
typedef struct LadderMoves {
    uint64_t key;
    double single[MAX_ACTIONS];
    unsigned long pass;         /* the pass the world's hash below was taken in */
    uint64_t world;
} LadderMoves;

typedef struct TextCache TextCache;
typedef struct Widths Widths;
typedef struct MapData MapData;
typedef struct Damage Damage;

/* Where one piece of text went in a frame, for the tests that check that no
 * text is cut, squeezed out of its room or covered (tests/ui/test_layout.c). */
typedef struct TextBox {
    Rect r;             /* the text's extent on the screen (mirrored in a right-to-left language), logical units */
    Rect clip;          /* the clip in force (w <= 0: none) */
    Rect room;          /* the room it was given, if any (w <= 0: none) */
    int layer;          /* 0 the screen, 1 a dialog over it, 2 the tooltip */
    bool scrolled;      /* inside a scroll region: the region may hide part of it */
    bool cut;           /* shortened with an ellipsis to fit */
    bool mark;          /* not text: a marker that must not cover text */
    char text[160];     /* a whole line of wrapped text, for the tests that read it */
} TextBox;

typedef struct TextLog {
    TextBox *box;
    int n, cap;
} TextLog;

/* Where a labelled widget was drawn in the last frame: lets the tests and
 * the player guide's screenshot script find buttons by their label. */
typedef struct FocusLabel {
    char label[48];
    Rect r;
    int focus;          /* its index in the focus order, or -1 */
} FocusLabel;

typedef struct App {
    /* platform */
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Surface *offscreen;     /* headless: the surface the software renderer draws on */
    int pw, ph;                 /* output size in pixels */
    float scale;                /* pixels per logical unit */
    float lw, lh;               /* logical size */
    TTF_Font *font[FONT_COUNT];
    float font_px[FONT_COUNT];
    TextCache *cache;
    MapData *map;
    bool scenarios_read;    /* app->scenarios are read (ui_need_scenarios), when New game first shows them */
    bool map_tried;         /* the map file was read (app->map NULL: it failed), on first use */
    Palette pal;
    char root[512], assets[512], saves[600], settings_path[600];
    Settings set;
    bool settings_dirty;

    /* the frame */
    bool mirror;                /* a right-to-left language: the screen mirrors the layout (ui_mirror.c) */
    bool flip;                  /* what draws now mirrors: a place x is drawn at flip_b - x */
    float flip_b;               /* (not flipped: at x + flip_b) */
    bool dry;                   /* lay out and hit-test only, draw nothing */
    bool recording;             /* a dry pass that notes what it would draw (ui_damage.c) */
    bool track_damage;          /* the software renderer: draw and present only what changed */
    Damage *damage;             /* what changed since the last frame */
    SDL_Rect redraw;            /* the pixels this pass draws (w 0: all) */
    bool dirty;                 /* state changed: run another frame */
    bool quit;
    unsigned long frames;       /* frames presented: the tests check idle input draws nothing */
    unsigned long passes;       /* passes over the screen (run_frame), a frame has a few */
    float mouse_x, mouse_y;     /* logical */
    bool clicked;               /* left button went down this frame */
    bool right_clicked;
    float wheel;                /* lines scrolled this frame (+ up) */
    SDL_Keycode key;            /* key pressed this frame, or 0 */
    Uint16 kmod;
    char text_in[32];           /* text typed this frame */
    bool text_enter;            /* Enter pressed in a text field this frame */
    bool text_replace;          /* the field's text is pre-filled: typing replaces it */
    bool blocked;               /* input goes to a modal, not to what is drawn now */
    int focus;                  /* index of the focused widget, -1 none */
    int nfocus;                 /* focusable widgets counted so far this frame */
    int last_nfocus;
    int focus_text;             /* the focused widget is a text field */
    bool focus_moved;           /* keyboard moved the focus this frame: scroll it into view */
    bool text_active;           /* a text field had the focus last frame: no hotkeys */
    bool kbd_mode;              /* the last input came from the keyboard */
    float *scroll_off;          /* the scroll region being drawn, if any */
    Rect scroll_view;
    int hover_sig, last_hover_sig;
    char tip[900];
    Rect tip_anchor;
    bool tip_on;
    const char *tip_title;
    char tip_title_buf[120];
    Rect clip;                  /* current clip in logical units (w <= 0: none) */
    FocusLabel labels[MAX_FOCUS_LABELS];
    int nlabels;
    int layer;                  /* what is being drawn: 0 the screen, 1 a dialog, 2 the tooltip */
    TextLog *text_log;          /* tests: where text went in the last frame (NULL: not kept) */

    /* screens */
    Screen screen, back_from_settings, back_from_load, back_from_charts, back_from_assumptions;
    Modal modal;
    char message[1200];
    char message_title[80];
    float scroll[SCR_COUNT];
    float scroll2[SCR_COUNT];
    float scroll_actions, scroll_objectives;

    /* menu data */
    ScenarioChoice scenarios[MAX_SCENARIOS];
    int nscenarios;
    int ng_scenario;
    bool ng_human[ACTOR_COUNT]; /* the roles teams play (the rest: the computer) */
    char ng_team[ACTOR_COUNT][TEAM_LEN];
    int ng_timer;               /* index into ui_timer_minutes */
    int ng_length;              /* index into ui_length_weeks */
    char ng_pin[8];
    char ng_seed[24];
    bool ng_devices, ng_lan;    /* teams join from their own devices; the host open to the room's network */
    struct HostScreen *host;    /* the class on devices (ui_host.c), or NULL */
    SaveInfo saves_list[MAX_SAVES];
    int nsaves, load_sel;
    char save_name[64];

    /* the game */
    const ModSet *mods;         /* the mods games are played with */
    Session *s;
    bool hotseat;               /* more than one role played by people: hand-over screens between them */
    Actor side;                 /* the first (or only) human role */
    Actor current;              /* whose orders are being entered now */
    bool handover_done;
    int sel[ACTOR_COUNT][MAX_ORDERS];
    int nsel[ACTOR_COUNT];
    LadderMoves ladder;         /* each action's expected move of the ladder */
    bool actions_open;          /* the actions not possible now are shown */
    bool map_large;             /* the turn screen's map takes the reports' room too (M) */
    uint64_t actions_week;      /* the week and side the list was last drawn for: a new one starts at its top */
    int res_turn;               /* the turn the resolution screen shows */
    WhyView why;                /* what the Why? dialog explains */
    int tutorial;               /* the guided tutorial's step, from 1; 0: none (ui_tutorial.c) */
    int tutorial_turn;          /* the turn when its step began */
    Rect tutorial_box;          /* where its box was drawn last frame (w 0: none) */
    Rect tutorial_target;       /* the widget it pointed at (w 0: none) */
    Rect shield;                /* the screen's widgets take no pointer here: the tutorial's box is over them */
    int chart_page;
    char status[900];           /* a short line after saving and so on */

    /* the classroom: turn timer, pause, facilitator */
    bool timer_on;              /* counting (a team is entering orders) */
    int timer_actor, timer_turn;    /* whose orders, which turn, the clock was started for */
    Uint64 timer_from_ms;       /* when it last started counting */
    Uint64 timer_used_ms;       /* counted before that (pauses stop it) */
    bool paused;                /* the facilitator paused the game */
    bool timer_held;            /* the facilitator has the screen: the team's clock waits */
    Uint64 fake_clock_ms;       /* tests: the clock, when not 0 */
    int shown_second;           /* the timer's second last drawn */
    char pin_entry[8];
    char pin_note[120];
    Screen back_from_facilitator;
    Facilitator fac;
    Likely likely;
    /* end of game: the report written, the game a branch came from */
    char report_dir[900];
    char origin_path[900];      /* the save of the game this one branched from, or "" */
    int origin_turn;
    int br_turn;
    bool br_human[ACTOR_COUNT];
    char br_team[ACTOR_COUNT][TEAM_LEN];
} App;

/* ui_main.c */
App *ui_app_create(const char *root, const ModSet *mods, const char *assets, int w, int h, bool headless,
                   const Settings *set);
void ui_app_destroy(App *app);
void ui_app_event(App *app, const SDL_Event *e);   /* process one event: run frames, present */
void ui_app_frame(App *app);                        /* one full frame (draw and present) */
void ui_app_measure(App *app);                      /* lay a frame out, drawing nothing: where things go */
int ui_app_pump(App *app);                          /* process every queued event; returns how many */
void ui_apply_settings(App *app);
float ui_scale_for(const App *app, int pct);    /* pixels per logical unit at interface scale pct */
void ui_settings_default(Settings *s);
void ui_settings_load(Settings *s, const char *path);      /* ui_settings.c */
extern const char ui_nav_hint[];                            /* the footer's words on moving about */
void ui_settings_save(const App *app);
bool ui_find_label(const App *app, const char *label, Rect *out);
const char *ui_focused_label(const App *app);   /* the focused widget's label, or NULL */
bool ui_key(App *app, SDL_Keycode k);      /* the key was pressed (and is consumed) */
bool ui_hotkey(App *app, SDL_Keycode k);   /* the same, unless typing into a field */
void ui_goto(App *app, Screen s);
void ui_message(App *app, const char *title, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ui_mirror.c: a right-to-left language mirrors the layout on the screen */
typedef struct Unmirrored {
    bool flip;
    float flip_b;
    Rect clip, shield;
    float mouse_x;
} Unmirrored;
void ui_mirror_begin(App *app);                     /* a frame starts: mirrored if the language is RTL */
float ui_screen_x(const App *app, float x);         /* a place of the layout on the screen */
Rect ui_screen_rect(const App *app, Rect r);
Rect ui_window_rect(const App *app, Rect r);        /* the same box in the whole window's layout */
float ui_pointer_x(const App *app, float screen_x); /* the pointer's place in the window's layout */
void ui_unmirrored_begin(App *app, Rect r, Unmirrored *saved);   /* r's content is not mirrored (the map) */
void ui_unmirrored_end(App *app, const Unmirrored *saved);

/* ui_observe.c: for tools outside the window, only when asked */
void ui_dump_labels(const App *app);    /* REDLINE_LABELS */
long long ui_monotonic_ns(void);
void ui_log_frame(long long start_ns);  /* REDLINE_FRAME_LOG: a frame presented */

/* ui_damage.c: what changed since the last frame */
bool damage_begin(App *app);                        /* a recording pass starts; false: cannot track */
void damage_note(App *app, SDL_Rect r, uint64_t what);  /* a primitive would draw what over r (pixels) */
int damage_end(App *app, SDL_Rect *out, int max);   /* the rectangles to redraw (at most max), -1: all */
void damage_all(App *app);                          /* the next frame redraws everything */
void damage_free(App *app);

/* ui_text.c */
TextCache *text_cache_new(int capacity);
void text_cache_free(TextCache *c);
void text_cache_clear(TextCache *c);
int text_cache_count(const TextCache *c);
bool ui_fonts_open(App *app);
void ui_fonts_close(App *app);
/* ui_widths.c: each (font, string)'s width in pixels, measured once */
Widths *widths_new(void);
void widths_free(Widths *c);
void widths_clear(Widths *c);
bool widths_find(Widths *c, int font, const char *s, int *w);
void widths_keep(Widths *c, int font, const char *s, int w);
/* ui_bidi.c: right-to-left text (FriBidi for the order, HarfBuzz through
 * SDL2_ttf for the shapes). */
bool ui_has_rtl(const char *s);
/* s's width in pixels as it is drawn (Persian shaped), s already in the
 * language's digits: text_width's measure, and where a wrapped paragraph
 * breaks its lines, so the two agree. */
int ui_measure(TTF_Font *font, const char *s);
SDL_Surface *ui_render_bidi(TTF_Font *font, const char *s, SDL_Color col, bool rtl_base);
void ui_font_default_script(TTF_Font *font);
SDL_Surface *ui_render_bidi_wrapped(TTF_Font *font, const char *s, SDL_Color col, int w, bool rtl_base);
float text_width(App *app, int font, const char *s);
float line_height(App *app, int font);
float draw_text(App *app, int font, const char *s, float x, float y, SDL_Color c);
float draw_text_al(App *app, int font, const char *s, float x, float y, float w, int align, SDL_Color c);
float draw_text_fit(App *app, int font, const char *s, float x, float y, float w, SDL_Color c);
float draw_wrapped(App *app, int font, const char *s, float x, float y, float w, SDL_Color c);
float wrapped_height(App *app, int font, const char *s, float w);
void ui_mark(App *app, Rect r);     /* a marker drawn over the screen: text must not be under it */

/* ui_draw.c: primitives and widgets */
void ui_copy(char *dst, size_t cap, const char *src);  /* copy, cut to fit */
int px(App *app, float v);
SDL_Rect to_px(App *app, Rect r);
void fill(App *app, Rect r, SDL_Color c);
void outline(App *app, Rect r, SDL_Color c, float t);
void line(App *app, float x0, float y0, float x1, float y1, SDL_Color c);
void thick_line(App *app, float x0, float y0, float x1, float y1, float t, SDL_Color c);
void triangle(App *app, float x0, float y0, float x1, float y1, float x2, float y2, SDL_Color c);
void disc(App *app, float cx, float cy, float r, SDL_Color c);
SDL_Color mix(SDL_Color a, SDL_Color b, float t);
SDL_Color alpha(SDL_Color c, Uint8 a);
bool inside(Rect r, float x, float y);
Rect rect(float x, float y, float w, float h);
Rect inset(Rect r, float d);
void push_clip(App *app, Rect r, Rect *saved);
void pop_clip(App *app, Rect saved);
void ui_set_clip(App *app, const SDL_Rect *p);   /* p (NULL: none) within what this pass redraws */
bool ui_culled(const App *app, const SDL_Rect *r);  /* r (pixels) is outside what this pass redraws */
bool visible(App *app, Rect r);

typedef struct Hit {
    bool hover, focus, click;
    bool ring;      /* draw the focus ring: focused, and the player uses the keyboard */
} Hit;
Hit ui_hit(App *app, Rect r, bool focusable, const char *label);
void ui_name(App *app, Rect r, const char *label);  /* a label for what is no widget (the tests, the tutorial) */
bool ui_button(App *app, Rect r, const char *label, bool enabled);
bool ui_button_primary(App *app, Rect r, const char *label, bool enabled);
bool ui_toggle(App *app, Rect r, const char *label, bool on);
bool ui_text_field(App *app, Rect r, const char *label, char *buf, size_t cap, int kind);
/* The same, with a faint hint shown while it is empty and not focused. */
bool ui_text_field_hint(App *app, Rect r, const char *label, char *buf, size_t cap, int kind, const char *hint);
void ui_panel(App *app, Rect r, const char *title);
void ui_tooltip(App *app, Hit h, Rect r, const char *title, const char *text);
void ui_draw_tooltip(App *app);
void ui_footer(App *app, const char *hint);
void ui_heading(App *app, const char *title, const char *sub);

typedef struct Scroll {
    Rect view, saved_clip;
    float *offset;
    float y0;
    float *saved_off;
    Rect saved_view;
} Scroll;
void scroll_begin(App *app, Scroll *sc, Rect view, float *offset);
void scroll_end(App *app, Scroll *sc, float content_h);
void scroll_into_view(App *app, Rect r);

/* ui_palette.c */
void ui_palette(Palette *p, bool colourblind);
SDL_Color ui_text_on(const Palette *p, SDL_Color c);   /* text that reads on a fill of c */

/* ui_game.c: the game as the window sees it; ui_words.c: its words and numbers */
void ui_scan_scenarios(App *app);
void ui_need_scenarios(App *app);     /* read them if not yet */
void ui_scan_saves(App *app);
bool ui_new_game(App *app, const char *scenario, int side, unsigned long long seed);
/* What the teacher chose for a class game: the facilitator's PIN ("" for
 * none yet) and each team's time at the screen (0: no timer). */
typedef struct ClassSetup {
    const char *pin;
    int timer_s;
} ClassSetup;
/* A new game with these roles played by people (team names may be NULL,
 * room NULL for no class setup). */
bool ui_new_game_roles(App *app, const char *scenario, const bool *human, char (*team)[TEAM_LEN],
                       unsigned long long seed, int turns, const ClassSetup *room);   /* turns 0: the scenario's own */
/* ui_host.c: the class on devices, the window as the projector's screen. */
bool ui_host_start(App *app, const char *scenario, unsigned long long seed, int turns, const ClassSetup *room,
                   bool lan);
void ui_host_stop(App *app);
bool ui_host_changed(App *app);             /* the host's state differs from the screen's */
struct Host *ui_host(const App *app);       /* the class's host, or NULL */
void screen_host(App *app);
bool ui_load_game(App *app, const char *path);
bool ui_save_game(App *app, const char *name);
void ui_autosave(App *app);
bool ui_autosave_exists(App *app, char *desc, size_t cap);
void ui_close_game(App *app);
void ui_replace_game(App *app, Session *s);    /* a rewind or a branch takes the game's place */
void ui_end_orders(App *app);
void ui_after_resolution(App *app);
int ui_viewer(const App *app);
double ui_value(App *app, int turn, int v, double *sd);
int ui_capital_left(const App *app, Actor a);
bool ui_selected(const App *app, Actor a, int action);
void ui_toggle_action(App *app, Actor a, int action);
const char *ui_action_blocker(const App *app, Actor a, int action);
const char *ui_source_note(App *app, const char *tag);
const char *ui_var_label(int v);
void ui_format_value(int v, double x, char *out, size_t cap);
void ui_format_delta(int v, double d, char *out, size_t cap);
int ui_record_follows(int v);      /* the variable a record of the story keeps, or -1 */
void ui_format_change(int v, double a, double b, char *out, size_t cap);   /* b - a as both are shown */
const char *ui_ladder_move(double d, char *out, size_t cap);               /* "+0.3", "±0.0" */
void ui_var_tooltip(App *app, int v, char *out, size_t cap);
const char *ui_point_for_news(const Catalogue *cat, const News *n);
const Order *ui_find_order(const App *app, int turn, int actor, int action);
bool ui_significant(const App *app, int turn, const News *n);   /* one of the game's major moves */
SDL_Color ui_actor_colour(const App *app, int actor);
const char *ui_ladder_label(int rung);
const char *ui_ladder_text(int rung);
void ui_reflow(const char *in, char *out, size_t cap);
void ui_side_name(const App *app, char *out, size_t cap);
const char *ui_date(App *app, int turn, char *out, size_t cap);   /* the turn's first day, in the language's way */
const char *ui_possessive(Actor a);
const char *ui_side_title(Actor a);
void ui_team_label(const App *app, Actor a, char *out, size_t cap);   /* "Iran (Team Blue)" */
int ui_next_human(const App *app, int after);     /* the next human role after `after` (-1: the first), or -1 */
int ui_humans(const App *app);
const char *ui_role_text(Actor a);

/* ui_clock.c, ui_facilitator.c, ui_debrief.c: the classroom and the debrief */
Uint64 ui_now_ms(const App *app);
void ui_timer_start(App *app);          /* a team starts on its orders */
void ui_timer_stop(App *app);
long ui_timer_left_ms(const App *app);  /* negative: over time; meaningless without a timer */
void ui_format_clock(long ms, char *out, size_t cap);
void ui_pause(App *app, bool pause);
void ui_timer_hold(App *app, bool hold);   /* the clock waits while the facilitator has the screen */
int ui_wait_ms(const App *app);         /* how long the event loop may sleep (-1: until an event) */
void ui_app_tick(App *app);             /* no event came: the clock, or some replays */
void ui_open_pin(App *app);
void modal_pin(App *app);
void modal_paused(App *app);
void screen_facilitator(App *app);
void ui_open_facilitator(App *app);     /* the PIN was right: the facilitator's screen */
void screen_likely(App *app);
void screen_branch(App *app);
void ui_likely_start(App *app);
void ui_likely_cancel(App *app);
bool ui_likely_step(App *app, Uint64 budget_ms);   /* true while replays remain */
bool ui_write_report(App *app);
bool ui_start_branch(App *app);
float ui_roles_panel(App *app, float x, float y, float w, bool *human, char (*team)[TEAM_LEN]);
void ui_timer_chip(App *app, float right, float y);
const char *ui_outcome_title(Outcome o);
const char *ui_outcome_goal(Outcome o);     /* "Met only if the game ends in an agreement: ..." */

/* ui_map.c */
MapData *map_load(const char *path, char *err, size_t cap);
void map_free(MapData *m);
void map_invalidate(MapData *m);
/* Draws the map into r; returns the marker position of a point id. */
void map_draw(App *app, Rect r);
bool map_point(App *app, Rect r, const char *id, float *x, float *y);
const char *map_country_at(App *app, Rect r, float x, float y);
const char *map_point_label(App *app, const char *id);
int map_label_rects(App *app, Rect r, Rect *out, int max);  /* the labels' places (w 0: not drawn) */

/* ui_mapview.c: the turn screen's map of last week's events */
#define MARKER_NEWS 8
typedef struct Marker {
    const char *point;              /* where (a map point's id) */
    const News *news[MARKER_NEWS];
    int n;
    int first;                      /* the first one's place in the viewer's news of the week */
    int icon;                       /* the kind of event it shows */
    bool shown;
    float x, y;                     /* where it is drawn: at its place, or moved off a label */
} Marker;
/* The places of turn's news the viewer may read; numbers[i] gets the i-th
 * news item's marker number (0: none). */
int ui_collect_markers(App *app, int turn, int viewer, Marker *m, int max, int *numbers, int nnum);
void ui_draw_map_panel(App *app, Rect r, int viewer);
/* The same map of news the whole room may read, with no game in this window
 * (the projector's screen of a class on devices): turn is the week they are
 * of; numbers[i] gets the i-th item's marker number (0: none). */
void ui_draw_public_map(App *app, Rect r, const Catalogue *cat, const News *news, int nnews, int turn, int *numbers);

/* ui_charts.c */
void draw_line_chart(App *app, Rect r, int v, int turns);
void screen_charts(App *app);

/* ui_briefing.c: shared with the resolution and the end */
void ui_source_text(App *app, const char *tag, char *out, size_t cap);     /* a source tag's summary */
float ui_objectives(App *app, Actor a, float x, float y, float w);   /* a side's objectives: height */

/* ui_indicators.c: the objectives and the key indicators */
void draw_indicator(App *app, Rect r, int v, int turn, int viewer_side, bool focusable);
float indicator_height(App *app, int v, int turn, float w);   /* draw_indicator's row, w wide */
void draw_range_bar(App *app, Rect r, int v, double est, double sd);
void draw_trend(App *app, float x, float cy, int v, double now, double before, double noise, int dir);
int objective_direction(const App *app, int side, int v);
void ui_draw_indicators(App *app, Rect r, Actor side);
void ui_draw_objectives(App *app, Rect r, Actor side, int viewer);
float ui_objectives_height(App *app, Actor side, int viewer, float w);

/* ui_tutorial.c: the guided first game */
void ui_tutorial_start(App *app, const char *scenario);   /* on for the tutorial scenario with one side */
void ui_draw_tutorial(App *app);
int ui_tutorial_steps(void);
Screen ui_tutorial_screen(int step);    /* the screen step (from 1) is shown on */

/* ui_why.c: why things changed */
void ui_open_causes(App *app, int v, int turn);         /* v's change in turn, taken apart */
void ui_open_why_news(App *app, int turn, int news);    /* a news item's Why? */
void ui_causes_text(App *app, int v, int turn, char *out, size_t cap);    /* for tooltips */

/* screens */
void describe_action(App *app, int action, Actor a, char *out, size_t cap);
void ui_draw_actions(App *app, Rect r, Actor side);      /* ui_actions.c */
void ui_draw_orders_bar(App *app, Rect r, Actor side);
float ui_orders_height(App *app);
double ui_action_ladder(App *app, Actor side, int action);    /* the action's own move, 0-10 scale */
double ui_orders_ladder(App *app, Actor side, double *drift); /* the chosen orders' move; drift: with none */
float ui_ladder_height(App *app, float w);                     /* ui_turn.c */
void screen_menu(App *app);
void screen_newgame(App *app);
void ui_newgame_default_scenario(App *app); /* jan2026, or the first one */
void ui_newgame_defaults(App *app);     /* New game's choices back to the defaults, with a fresh seed */
void screen_load(App *app);
void screen_settings(App *app);
void screen_save(App *app);
void screen_briefing(App *app);
void screen_assumptions(App *app);   /* ui_assumptions.c */
void screen_handover(App *app);
void screen_turn(App *app);
void screen_resolution(App *app);
void screen_end(App *app);
void modal_why(App *app);
void modal_gamemenu(App *app);
void modal_message(App *app);

#endif
