/* A right-to-left language mirrors the window: the screens lay themselves
 * out once, left to right, and the drawing primitives, the text and the
 * pointer turn what they are given into the screen's places here. Each
 * horizontal place x of a layout is drawn at b - x (a box [x, x+w] at
 * [b-x-w, b-x]): the reading start goes to the right, a right-aligned column
 * to the left, a row of buttons runs the other way, a chart's time runs from
 * right to left (what Persian readers expect of time in a mirrored page).
 * Text itself is never mirrored: ui_bidi.c orders and shapes it.
 *
 * What must not mirror, the map above all (Iran is east of Iraq in every
 * language), is drawn between ui_unmirrored_begin and _end: its box still
 * moves to its mirrored place, its content is only moved, not turned.
 *
 * Everything the screens keep between frames (the focus labels, the
 * tooltip's anchor, the tutorial's box) is in the layout's places of the
 * whole window; the tests' text boxes and the labels written for tools
 * outside (REDLINE_LABELS) are in the screen's. */
#include "ui_internal.h"

void ui_mirror_begin(App *app)
{
    app->mirror = rl_language_rtl();
    app->flip = app->mirror;
    app->flip_b = app->mirror ? app->lw : 0;
}

float ui_screen_x(const App *app, float x) { return app->flip ? app->flip_b - x : x + app->flip_b; }

Rect ui_screen_rect(const App *app, Rect r)
{
    r.x = app->flip ? app->flip_b - r.x - r.w : r.x + app->flip_b;
    return r;
}

/* A box of the screen as the layout of the whole window places it. */
static Rect window_layout(const App *app, Rect s)
{
    if (app->mirror)
        s.x = app->lw - s.x - s.w;
    return s;
}

Rect ui_window_rect(const App *app, Rect r) { return window_layout(app, ui_screen_rect(app, r)); }

float ui_pointer_x(const App *app, float screen_x) { return app->mirror ? app->lw - screen_x : screen_x; }

/* The region r's content is drawn as laid out, only moved to r's place. */
void ui_unmirrored_begin(App *app, Rect r, Unmirrored *saved)
{
    *saved = (Unmirrored){ app->flip, app->flip_b, app->clip, app->shield, app->mouse_x };
    if (!app->flip)
        return;
    Rect clip = ui_screen_rect(app, app->clip), shield = ui_screen_rect(app, app->shield);
    float mouse = ui_screen_x(app, app->mouse_x);
    app->flip_b = ui_screen_rect(app, r).x - r.x;      /* r's own place on the screen, its content moved there */
    app->flip = false;
    app->mouse_x = mouse - app->flip_b;
    if (app->clip.w > 0)
        app->clip.x = clip.x - app->flip_b;
    if (app->shield.w > 0)
        app->shield.x = shield.x - app->flip_b;
}

void ui_unmirrored_end(App *app, const Unmirrored *saved)
{
    app->flip = saved->flip;
    app->flip_b = saved->flip_b;
    app->clip = saved->clip;
    app->shield = saved->shield;
    app->mouse_x = saved->mouse_x;
}
