/* Drawing primitives in logical units, and the immediate-mode widgets:
 * buttons, toggles, text fields, panels, scroll regions and tooltips. Every
 * widget works with the mouse and with the keyboard (Tab / arrows to move the
 * focus, Enter or Space to press). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

void ui_copy(char *dst, size_t cap, const char *src)
{
    if (cap == 0)
        return;
    size_t n = src ? strlen(src) : 0;
    if (n >= cap) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)   /* not inside a UTF-8 sequence */
            n--;
    }
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
}

int px(App *app, float v) { return (int)lroundf(v * app->scale); }

SDL_Rect to_px(App *app, Rect r)
{
    r = ui_screen_rect(app, r);     /* mirrored in a right-to-left language */
    int x0 = px(app, r.x), y0 = px(app, r.y);
    return (SDL_Rect){ x0, y0, px(app, r.x + r.w) - x0, px(app, r.y + r.h) - y0 };
}

Rect rect(float x, float y, float w, float h) { return (Rect){ x, y, w, h }; }
Rect inset(Rect r, float d) { return (Rect){ r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d }; }
bool inside(Rect r, float x, float y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

SDL_Color mix(SDL_Color a, SDL_Color b, float t)
{
    return (SDL_Color){ (Uint8)(a.r + (b.r - a.r) * t), (Uint8)(a.g + (b.g - a.g) * t),
                        (Uint8)(a.b + (b.b - a.b) * t), (Uint8)(a.a + (b.a - a.a) * t) };
}

SDL_Color alpha(SDL_Color c, Uint8 a) { return (SDL_Color){ c.r, c.g, c.b, a }; }

static void colour(App *app, SDL_Color c);

/* A primitive of a recording pass: what it would draw, where (ui_damage.c). */
static void note(App *app, SDL_Rect r, int kind, const void *what, size_t n, SDL_Color c)
{
    if (app->recording)
        damage_note(app, r, hash_bytes(hash_bytes((uint64_t)kind, &c, sizeof c), what, n));
}

/* The pixels that vertices cover, a pixel more on each side. */
static SDL_Rect bounds(const SDL_Vertex *v, int n)
{
    float x0 = v[0].position.x, y0 = v[0].position.y, x1 = x0, y1 = y0;
    for (int i = 1; i < n; i++) {
        x0 = fminf(x0, v[i].position.x);
        y0 = fminf(y0, v[i].position.y);
        x1 = fmaxf(x1, v[i].position.x);
        y1 = fmaxf(y1, v[i].position.y);
    }
    return (SDL_Rect){ (int)floorf(x0) - 1, (int)floorf(y0) - 1, (int)ceilf(x1 - x0) + 3, (int)ceilf(y1 - y0) + 3 };
}

/* Outside the rectangle a pass redraws, a primitive would be clipped away
 * pixel for pixel: left out before SDL queues it (most of a hover's pass). */
bool ui_culled(const App *app, const SDL_Rect *r)
{
    /* a pixel more all round: SDL still draws a rectangle 0 wide as a line of 1 (a bar at 0%) */
    SDL_Rect around = { r->x - 1, r->y - 1, (r->w > 0 ? r->w : 0) + 2, (r->h > 0 ? r->h : 0) + 2 };
    return app->redraw.w > 0 && !SDL_HasIntersection(&around, &app->redraw);
}

static void geometry(App *app, int kind, const SDL_Vertex *v, int n, const int *idx, int nidx, SDL_Color c)
{
    SDL_Rect b = bounds(v, n);
    if (app->dry) {
        note(app, b, kind, v, (size_t)n * sizeof *v, c);
        return;
    }
    if (ui_culled(app, &b))
        return;
    colour(app, c);
    SDL_RenderGeometry(app->ren, NULL, v, n, idx, nidx);
}

static void colour(App *app, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(app->ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(app->ren, c.r, c.g, c.b, c.a);
}

void fill(App *app, Rect r, SDL_Color c)
{
    SDL_Rect p = to_px(app, r);
    if (app->dry) {
        note(app, p, 1, &p, sizeof p, c);
        return;
    }
    if (ui_culled(app, &p))
        return;
    colour(app, c);
    SDL_RenderFillRect(app->ren, &p);
}

void outline(App *app, Rect r, SDL_Color c, float t)
{
    fill(app, rect(r.x, r.y, r.w, t), c);
    fill(app, rect(r.x, r.y + r.h - t, r.w, t), c);
    fill(app, rect(r.x, r.y + t, t, r.h - 2 * t), c);
    fill(app, rect(r.x + r.w - t, r.y + t, t, r.h - 2 * t), c);
}

void line(App *app, float x0, float y0, float x1, float y1, SDL_Color c)
{
    float s = app->scale, ends[4] = { ui_screen_x(app, x0) * s, y0 * s, ui_screen_x(app, x1) * s, y1 * s };
    SDL_Vertex v[2] = { { { ends[0], ends[1] }, c, { 0, 0 } }, { { ends[2], ends[3] }, c, { 0, 0 } } };
    SDL_Rect b = bounds(v, 2);
    if (app->dry) {
        note(app, b, 2, ends, sizeof ends, c);
        return;
    }
    if (ui_culled(app, &b))
        return;
    colour(app, c);
    SDL_RenderDrawLineF(app->ren, ends[0], ends[1], ends[2], ends[3]);
}

/* A line of thickness t as a quad of two triangles. */
void thick_line(App *app, float x0, float y0, float x1, float y1, float t, SDL_Color c)
{
    float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
    if (len <= 0)
        return;
    float nx = -dy / len * t / 2, ny = dx / len * t / 2, s = app->scale;
    x0 = ui_screen_x(app, x0);
    x1 = ui_screen_x(app, x1);
    nx = ui_screen_x(app, nx) - ui_screen_x(app, 0);     /* the normal turns with the line */
    SDL_Vertex v[4] = {
        { { (x0 + nx) * s, (y0 + ny) * s }, c, { 0, 0 } }, { { (x1 + nx) * s, (y1 + ny) * s }, c, { 0, 0 } },
        { { (x1 - nx) * s, (y1 - ny) * s }, c, { 0, 0 } }, { { (x0 - nx) * s, (y0 - ny) * s }, c, { 0, 0 } },
    };
    int idx[6] = { 0, 1, 2, 0, 2, 3 };
    geometry(app, 3, v, 4, idx, 6, c);
}

void triangle(App *app, float x0, float y0, float x1, float y1, float x2, float y2, SDL_Color c)
{
    float s = app->scale;
    x0 = ui_screen_x(app, x0);
    x1 = ui_screen_x(app, x1);
    x2 = ui_screen_x(app, x2);
    SDL_Vertex v[3] = {
        { { x0 * s, y0 * s }, c, { 0, 0 } }, { { x1 * s, y1 * s }, c, { 0, 0 } }, { { x2 * s, y2 * s }, c, { 0, 0 } },
    };
    geometry(app, 4, v, 3, NULL, 0, c);
}

void disc(App *app, float cx, float cy, float r, SDL_Color c)
{
    enum { N = 20 };
    float s = app->scale;
    SDL_Vertex v[N + 1];
    int idx[N * 3];
    cx = ui_screen_x(app, cx);
    v[0] = (SDL_Vertex){ { cx * s, cy * s }, c, { 0, 0 } };
    for (int i = 0; i < N; i++) {
        float a = (float)i / N * 6.2831853f;
        v[i + 1] = (SDL_Vertex){ { (cx + r * cosf(a)) * s, (cy + r * sinf(a)) * s }, c, { 0, 0 } };
        idx[i * 3] = 0;
        idx[i * 3 + 1] = i + 1;
        idx[i * 3 + 2] = (i + 1) % N + 1;
    }
    geometry(app, 5, v, N + 1, idx, N * 3, c);
}

void push_clip(App *app, Rect r, Rect *saved)
{
    *saved = app->clip;
    if (app->clip.w > 0) {     /* intersect with the clip in force */
        float x0 = fmaxf(r.x, app->clip.x), y0 = fmaxf(r.y, app->clip.y);
        float x1 = fminf(r.x + r.w, app->clip.x + app->clip.w), y1 = fminf(r.y + r.h, app->clip.y + app->clip.h);
        r = rect(x0, y0, fmaxf(x1 - x0, 0.01f), fmaxf(y1 - y0, 0.01f));
    }
    app->clip = r;
    if (!app->dry) {
        SDL_Rect p = to_px(app, r);
        ui_set_clip(app, &p);
    }
}

void pop_clip(App *app, Rect saved)
{
    app->clip = saved;
    if (app->dry)
        return;
    if (saved.w > 0) {
        SDL_Rect p = to_px(app, saved);
        ui_set_clip(app, &p);
    } else {
        ui_set_clip(app, NULL);
    }
}

void ui_set_clip(App *app, const SDL_Rect *p)
{
    SDL_Rect r;
    if (app->redraw.w <= 0) {
        SDL_RenderSetClipRect(app->ren, p);
    } else if (!p) {
        SDL_RenderSetClipRect(app->ren, &app->redraw);
    } else if (SDL_IntersectRect(p, &app->redraw, &r)) {
        SDL_RenderSetClipRect(app->ren, &r);
    } else {    /* nothing of it is redrawn; an empty clip would mean no clip at all */
        SDL_RenderSetClipRect(app->ren, &(SDL_Rect){ -2, -2, 1, 1 });
    }
}

bool visible(App *app, Rect r)
{
    if (app->clip.w <= 0)
        return true;
    Rect c = app->clip;
    return r.x < c.x + c.w && r.y < c.y + c.h && r.x + r.w > c.x && r.y + r.h > c.y;
}

/* Hit-testing and focus for one widget. Focus order is drawing order. */
static void name_widget(App *app, Rect r, const char *label, int focus)
{
    if (label && app->nlabels < MAX_FOCUS_LABELS && !app->blocked) {
        FocusLabel *fl = &app->labels[app->nlabels++];
        ui_copy(fl->label, sizeof fl->label, label);
        fl->r = ui_window_rect(app, r);
        fl->focus = focus;
    }
}

void ui_name(App *app, Rect r, const char *label) { name_widget(app, r, label, -1); }

Hit ui_hit(App *app, Rect r, bool focusable, const char *label)
{
    Hit h = { false, false, false, false };
    name_widget(app, r, label, focusable ? app->nfocus : -1);
    if (app->blocked)
        return h;
    bool in_clip = app->clip.w <= 0 || inside(app->clip, app->mouse_x, app->mouse_y);
    bool shielded = app->shield.w > 0 && inside(app->shield, app->mouse_x, app->mouse_y);
    h.hover = in_clip && !shielded && inside(r, app->mouse_x, app->mouse_y);
    if (h.hover)
        app->hover_sig = app->hover_sig * 31 + (int)(r.x * 7 + r.y * 13 + r.w) + 1;
    if (focusable) {
        int index = app->nfocus++;
        h.focus = index == app->focus;
        if (h.hover && app->clicked) {
            app->focus = index;
            h.focus = true;
            h.click = true;
            app->clicked = false;       /* one click, one widget */
        } else if (h.focus && !(app->kmod & KMOD_CTRL) &&
                   (app->key == SDLK_RETURN || app->key == SDLK_KP_ENTER || app->key == SDLK_SPACE)) {
            h.click = true;
            app->key = 0;
        }
        if (h.focus && app->focus_moved)
            scroll_into_view(app, r);
        h.ring = h.focus && app->kbd_mode;
    } else if (h.hover && app->clicked) {
        h.click = true;
        app->clicked = false;
    }
    if (h.click)
        app->dirty = true;
    return h;
}

static void focus_ring(App *app, Rect r)
{
    outline(app, inset(r, -2), app->pal.focus, 2);
}

static bool button(App *app, Rect r, const char *label, bool enabled, bool primary)
{
    Hit h = ui_hit(app, r, true, label);
    if (primary && enabled && app->focus < 0 && !app->blocked && !app->text_active &&
        (app->key == SDLK_RETURN || app->key == SDLK_KP_ENTER) && !(app->kmod & KMOD_CTRL)) {
        h.click = true;     /* Enter with nothing focused presses the screen's main button */
        app->key = 0;
    }
    const Palette *p = &app->pal;
    SDL_Color bg = primary ? p->accent : p->raised, fg = primary ? p->accent_text : p->text;
    if (!enabled) {
        bg = p->panel2;
        fg = p->faint;
    } else if (h.hover) {   /* lighter, never greyer: a hovered button must not look disabled */
        bg = mix(bg, primary ? (SDL_Color){ 255, 255, 255, 255 } : p->hover, primary ? 0.18f : 0.35f);
    }
    fill(app, r, bg);
    outline(app, r, enabled && h.hover ? p->text : enabled && !primary ? p->border : bg, 1);
    if (h.ring)
        focus_ring(app, r);
    float lh = line_height(app, FONT_BOLD);
    Rect saved;
    push_clip(app, r, &saved);
    draw_text_al(app, FONT_BOLD, label, r.x + 6, r.y + (r.h - lh) / 2, r.w - 12, ALIGN_CENTER, fg);
    pop_clip(app, saved);
    if (h.click && enabled) {
        app->dirty = true;
        return true;
    }
    return false;
}

bool ui_button(App *app, Rect r, const char *label, bool enabled) { return button(app, r, label, enabled, false); }
bool ui_button_primary(App *app, Rect r, const char *label, bool enabled) { return button(app, r, label, enabled, true); }

/* A choice that is on or off (radio buttons are toggles drawn together). */
bool ui_toggle(App *app, Rect r, const char *label, bool on)
{
    Hit h = ui_hit(app, r, true, label);
    const Palette *p = &app->pal;
    SDL_Color bg = on ? p->selected : p->raised;
    if (h.hover)
        bg = mix(bg, p->hover, 0.3f);
    fill(app, r, bg);
    outline(app, r, on ? p->accent : p->border, on ? 2 : 1);
    if (h.ring)
        focus_ring(app, r);
    float lh = line_height(app, FONT_BODY);
    float box = 12, bx = r.x + 10, by = r.y + (r.h - box) / 2;
    outline(app, rect(bx, by, box, box), on ? p->accent : p->dim, 1.5f);
    if (on)
        fill(app, rect(bx + 3, by + 3, box - 6, box - 6), p->accent);
    Rect saved;
    push_clip(app, r, &saved);
    draw_text_fit(app, on ? FONT_BOLD : FONT_BODY, label, bx + box + 8, r.y + (r.h - lh) / 2, r.w - box - 26,
                  on ? p->text : p->dim);
    pop_clip(app, saved);
    if (h.click)
        app->dirty = true;
    return h.click;
}

static bool field_accepts(int kind, unsigned char c)
{
    switch (kind) {
    case FIELD_DIGITS:
    case FIELD_PIN: return c >= '0' && c <= '9';
    case FIELD_NUMBER: return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    case FIELD_TEXT: return c >= 0x20 && c != 0x7f;
    default:
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == ' ';
    }
}

/* A digit typed in Persian (۰-۹) or Arabic (٠-٩) script, as the ASCII one
 * a number field keeps (a Persian keyboard types these); 0 if c is none. */
static char typed_digit(const unsigned char *c)
{
    if (c[0] == 0xDB && c[1] >= 0xB0 && c[1] <= 0xB9)
        return (char)('0' + c[1] - 0xB0);
    if (c[0] == 0xD9 && c[1] >= 0xA0 && c[1] <= 0xA9)
        return (char)('0' + c[1] - 0xA0);
    return 0;
}

/* A one-line text field; typing goes to it while it has the focus. */
bool ui_text_field(App *app, Rect r, const char *label, char *buf, size_t cap, int kind)
{
    return ui_text_field_hint(app, r, label, buf, cap, kind, NULL);
}

bool ui_text_field_hint(App *app, Rect r, const char *label, char *buf, size_t cap, int kind, const char *hint)
{
    if (!app->blocked && app->nfocus == app->focus && (app->key == SDLK_RETURN || app->key == SDLK_KP_ENTER)) {
        app->text_enter = true;
        app->key = 0;
    }
    Hit h = ui_hit(app, r, true, label);
    const Palette *p = &app->pal;
    bool changed = false;
    if (h.focus) {
        app->focus_text = 1;
        if (app->text_replace && (app->text_in[0] || app->key == SDLK_BACKSPACE)) {
            buf[0] = '\0';
            app->text_replace = false;
            changed = true;
            if (app->key == SDLK_BACKSPACE)
                app->key = 0;
        }
        if (app->key == SDLK_LEFT || app->key == SDLK_RIGHT || app->key == SDLK_END || app->key == SDLK_HOME)
            app->text_replace = false;
        /* whole UTF-8 characters only: a multi-byte one is taken or left as a piece */
        for (const char *c = app->text_in; *c;) {
            size_t len = 1;
            unsigned char lead = (unsigned char)*c;
            if (lead >= 0xC0)
                while (len < 4 && ((unsigned char)c[len] & 0xC0) == 0x80)
                    len++;
            char digit = kind != FIELD_TEXT && len == 2 ? typed_digit((const unsigned char *)c) : 0;
            if (kind == FIELD_NUMBER && lead == ',')
                digit = '.';    /* a decimal comma typed (German): the field keeps the point */
            bool ok = digit ? field_accepts(kind, (unsigned char)digit)
                            : lead < 0x80 ? field_accepts(kind, lead) : kind == FIELD_TEXT && lead >= 0xC0;
            size_t n = strlen(buf);
            if (ok && digit && n + 1 < cap) {
                buf[n] = digit;
                buf[n + 1] = '\0';
                changed = true;
            } else if (ok && !digit && n + len < cap) {
                memcpy(buf + n, c, len);
                buf[n + len] = '\0';
                changed = true;
            }
            c += len;
        }
        app->text_in[0] = '\0';
        if (app->key == SDLK_BACKSPACE && buf[0]) {
            size_t n = strlen(buf);
            while (n > 1 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
                n--;
            buf[n - 1] = '\0';
            changed = true;
            app->key = 0;
        }
    }
    fill(app, r, p->bg);
    outline(app, r, h.focus ? p->focus : p->border, h.focus ? 2 : 1);
    float lh = line_height(app, FONT_BODY), ty = r.y + (r.h - lh) / 2;
    char shown[400];
    if (kind == FIELD_PIN) {
        size_t n = strlen(buf), k = 0;
        for (size_t i = 0; i < n && k + 4 < sizeof shown; i++) {
            memcpy(shown + k, "● ", 4);     /* a dot (3 bytes) and a space */
            k += 4;
        }
        shown[k] = '\0';
    } else {
        ui_copy(shown, sizeof shown, buf);
    }
    Unmirrored ltr;     /* a name or a number typed left to right stays so, its caret after it */
    bool latin = buf[0] && !ui_has_rtl(buf);
    if (latin)
        ui_unmirrored_begin(app, r, &ltr);
    if (h.focus && app->text_replace && buf[0])     /* shown as selected: typing replaces it */
        fill(app, rect(r.x + 6, r.y + 6, fminf(text_width(app, FONT_BODY, shown) + 4, r.w - 12), r.h - 12),
             alpha(p->hover, 90));
    float w;
    if (!buf[0] && !h.focus && hint) {
        draw_text_fit(app, FONT_SMALL, hint, r.x + 8, r.y + (r.h - line_height(app, FONT_SMALL)) / 2, r.w - 16,
                      p->faint);
        w = 0;
    } else if (h.focus && text_width(app, FONT_BODY, shown) > r.w - 20) {
        /* typing past the end: show the end, where the caret is */
        const char *tail = shown;
        while (*tail && text_width(app, FONT_BODY, tail) > r.w - 34) {
            tail++;
            while (((unsigned char)*tail & 0xC0) == 0x80)
                tail++;
        }
        char cut[420];
        snprintf(cut, sizeof cut, "…%s", tail);
        w = draw_text(app, FONT_BODY, cut, r.x + 8, ty, p->text);
    } else {
        w = draw_text_fit(app, FONT_BODY, shown, r.x + 8, ty, r.w - 20, p->text);
    }
    if (h.focus)
        fill(app, rect(r.x + 9 + w, r.y + 6, 2, r.h - 12), p->focus);
    if (latin)
        ui_unmirrored_end(app, &ltr);
    if (changed)
        app->dirty = true;
    return changed;
}

void ui_panel(App *app, Rect r, const char *title)
{
    fill(app, r, app->pal.panel);
    outline(app, r, app->pal.border, 1);
    if (title && *title) {
        draw_text(app, FONT_H2, title, r.x + 12, r.y + 8, app->pal.text);
    }
}

void ui_heading(App *app, const char *title, const char *sub)
{
    fill(app, rect(0, 0, app->lw, 64), app->pal.panel);
    fill(app, rect(0, 62, app->lw, 2), app->pal.accent);
    draw_text(app, FONT_H1, title, 24, 14, app->pal.text);
    if (sub && *sub)
        draw_text_al(app, FONT_BODY, sub, 24, 24, app->lw - 48, ALIGN_RIGHT, app->pal.dim);
}

void ui_footer(App *app, const char *hint)
{
    float h = line_height(app, FONT_SMALL) + 8;
    fill(app, rect(0, app->lh - h, app->lw, h), app->pal.panel);
    draw_text_fit(app, FONT_SMALL, hint, 16, app->lh - h + 4, app->lw - 32, app->pal.dim);
}

/* Ask for a tooltip when the widget is hovered or has the keyboard focus. */
void ui_tooltip(App *app, Hit h, Rect r, const char *title, const char *text)
{
    if (app->blocked || !(h.hover || h.focus))
        return;
    if (app->kbd_mode ? !h.focus : !h.hover)
        return;     /* keyboard players see the focused widget's tooltip, mouse players the hovered one's */
    ui_copy(app->tip_title_buf, sizeof app->tip_title_buf, title ? title : "");
    ui_copy(app->tip, sizeof app->tip, text ? text : "");
    app->tip_anchor = ui_window_rect(app, r);   /* drawn over the whole window, after the screen */
    app->tip_on = true;
}

void ui_draw_tooltip(App *app)
{
    if (!app->tip_on)
        return;
    const Palette *p = &app->pal;
    float w = 360, pad = 10;
    float th = app->tip_title_buf[0] ? line_height(app, FONT_BOLD) + 4 : 0;
    float bh = wrapped_height(app, FONT_SMALL, app->tip, w - 2 * pad);
    float h = th + bh + 2 * pad;
    Rect a = app->tip_anchor;
    float x = a.x + a.w + 8, y = a.y;
    if (x + w > app->lw - 4)
        x = a.x - w - 8;
    if (x < 4) {
        x = fminf(fmaxf(a.x, 4), app->lw - w - 4);
        y = a.y + a.h + 6;
        if (y + h > app->lh - 4)
            y = a.y - h - 6;
    }
    if (y + h > app->lh - 4)
        y = app->lh - 4 - h;
    if (y < 4)
        y = 4;
    Rect r = rect(x, y, w, h);
    /* the shadow, 3 units down and right: only the strips the tooltip leaves uncovered are blended
       (blending the whole of it under an opaque tooltip was most of a hover's frame) */
    fill(app, rect(r.x + r.w, r.y + 3, 3, r.h), alpha(p->bg, 160));
    fill(app, rect(r.x + 3, r.y + r.h, r.w - 3, 3), alpha(p->bg, 160));
    fill(app, r, p->raised);
    outline(app, r, p->focus, 1);
    if (th > 0)
        draw_text_fit(app, FONT_BOLD, app->tip_title_buf, x + pad, y + pad, w - 2 * pad, p->text);
    draw_wrapped(app, FONT_SMALL, app->tip, x + pad, y + pad + th, w - 2 * pad, p->text);
}

/* Scroll regions: content drawn between begin and end is shifted by the
 * offset and clipped to the view; the wheel and the focus move it. */
void scroll_begin(App *app, Scroll *sc, Rect view, float *offset)
{
    sc->view = view;
    sc->offset = offset;
    sc->saved_off = app->scroll_off;
    sc->saved_view = app->scroll_view;
    app->scroll_off = offset;
    app->scroll_view = view;
    if (!app->blocked && app->wheel != 0 && inside(view, app->mouse_x, app->mouse_y)) {
        *offset -= app->wheel * 48;
        app->wheel = 0;
        app->dirty = true;
    }
    if (*offset < 0)
        *offset = 0;
    push_clip(app, view, &sc->saved_clip);
    sc->y0 = view.y - *offset;
}

void scroll_end(App *app, Scroll *sc, float content_h)
{
    pop_clip(app, sc->saved_clip);
    app->scroll_off = sc->saved_off;
    app->scroll_view = sc->saved_view;
    float max = content_h - sc->view.h;
    if (max < 0)
        max = 0;
    if (*sc->offset > max) {
        *sc->offset = max;
        app->dirty = true;
    }
    /* Page Up / Page Down scroll the first region that can still move that way */
    if (!app->blocked && app->key == SDLK_PAGEDOWN && *sc->offset < max) {
        *sc->offset = fminf(*sc->offset + sc->view.h * 0.85f, max);
        app->key = 0;
        app->dirty = true;
    } else if (!app->blocked && app->key == SDLK_PAGEUP && *sc->offset > 0) {
        *sc->offset = fmaxf(*sc->offset - sc->view.h * 0.85f, 0);
        app->key = 0;
        app->dirty = true;
    }
    if (max > 0) {
        const Palette *p = &app->pal;
        Rect bar = rect(sc->view.x + sc->view.w - 5, sc->view.y, 4, sc->view.h);
        fill(app, bar, p->panel2);
        float th = fmaxf(sc->view.h * sc->view.h / content_h, 20);
        float ty = sc->view.y + (sc->view.h - th) * (*sc->offset / max);
        fill(app, rect(bar.x, ty, bar.w, th), p->dim);
    }
}

/* Called for the focused widget after a keyboard move: ask for the scroll
 * region to follow it (the next frame draws it in view). */
void scroll_into_view(App *app, Rect r)
{
    if (!app->scroll_off)
        return;
    Rect v = app->scroll_view;
    if (r.y < v.y) {
        *app->scroll_off -= v.y - r.y + 6;
        app->dirty = true;
    } else if (r.y + r.h > v.y + v.h) {
        *app->scroll_off += r.y + r.h - (v.y + v.h) + 6;
        app->dirty = true;
    }
    app->focus_moved = false;
}
