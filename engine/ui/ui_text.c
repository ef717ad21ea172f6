/* Fonts and the text cache: each (font, colour, wrap width, string) is
 * rendered once into a texture and kept until it falls out of a small LRU. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

typedef struct TextEntry {
    uint64_t key;
    char *text;
    int font, wrap;
    SDL_Color colour;
    SDL_Texture *tex;
    int w, h;
    unsigned long stamp;
    bool used;
} TextEntry;

enum { INDEX_SLOTS = 4096 };    /* a power of two, over twice the capacity */

struct TextCache {
    TextEntry *e;
    int cap, count;
    unsigned long clock;
    int index[INDEX_SLOTS];     /* by key: 1 + the entry's place in e, 0 for none (open addressing) */
    Widths *widths;             /* what each string measures, for the same fonts */
};

TextCache *text_cache_new(int capacity)
{
    TextCache *c = calloc(1, sizeof *c);
    if (!c || capacity > INDEX_SLOTS / 2) {
        free(c);
        return NULL;
    }
    c->e = calloc((size_t)capacity, sizeof *c->e);
    c->widths = widths_new();
    if (!c->e || !c->widths) {
        free(c->e);
        widths_free(c->widths);
        free(c);
        return NULL;
    }
    c->cap = capacity;
    return c;
}

static void entry_drop(TextEntry *e)
{
    if (e->tex)
        SDL_DestroyTexture(e->tex);
    free(e->text);
    memset(e, 0, sizeof *e);
}

void text_cache_clear(TextCache *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->cap; i++)
        if (c->e[i].used)
            entry_drop(&c->e[i]);
    c->count = 0;
    memset(c->index, 0, sizeof c->index);
    widths_clear(c->widths);
}

void text_cache_free(TextCache *c)
{
    if (!c)
        return;
    text_cache_clear(c);
    widths_free(c->widths);
    free(c->e);
    free(c);
}

int text_cache_count(const TextCache *c) { return c ? c->count : 0; }

static uint64_t text_key(int font, SDL_Color col, int wrap, const char *s)
{
    uint64_t h = hash_bytes(0, &font, sizeof font);
    h = hash_bytes(h, &col, sizeof col);
    h = hash_bytes(h, &wrap, sizeof wrap);
    return hash_bytes(h, s, strlen(s));
}

static void index_add(TextCache *c, int slot)
{
    uint64_t i = c->e[slot].key;
    while (c->index[i & (INDEX_SLOTS - 1)])
        i++;
    c->index[i & (INDEX_SLOTS - 1)] = slot + 1;
}

/* After an entry is dropped: the index made again from the entries left
 * (only when the cache is full, and a miss renders text, which costs more). */
static void index_rebuild(TextCache *c)
{
    memset(c->index, 0, sizeof c->index);
    for (int i = 0; i < c->cap; i++)
        if (c->e[i].used)
            index_add(c, i);
}

static TextEntry *index_find(TextCache *c, uint64_t key, int font, SDL_Color col, int wrap_px, const char *s)
{
    for (uint64_t i = key; c->index[i & (INDEX_SLOTS - 1)]; i++) {
        TextEntry *e = &c->e[c->index[i & (INDEX_SLOTS - 1)] - 1];
        if (e->key == key && e->font == font && e->wrap == wrap_px && strcmp(e->text, s) == 0 &&
            memcmp(&e->colour, &col, sizeof col) == 0)
            return e;
    }
    return NULL;
}

/* What is drawn and measured for s: its numbers in the language's own
 * digits (rl_digits_text: Persian ۰-۹ and ٫); the cache keeps s itself. */
static const char *shown(const char *s)
{
    static char buf[8192];
    if (!strpbrk(s, "0123456789") || strlen(s) >= sizeof buf / 2)    /* room for two-byte digits */
        return s;
    memcpy(buf, s, strlen(s) + 1);
    rl_digits_text(buf, sizeof buf);
    return buf;
}

/* The cached texture for a string, rendering it on a miss. */
static TextEntry *text_get(App *app, int font, SDL_Color col, int wrap_px, const char *s)
{
    TextCache *c = app->cache;
    if (!s || !*s || !app->font[font])
        return NULL;
    uint64_t key = text_key(font, col, wrap_px, s);
    c->clock++;
    TextEntry *hit = index_find(c, key, font, col, wrap_px, s);
    if (hit) {
        hit->stamp = c->clock;
        return hit;
    }
    int free_slot = -1;
    for (int i = 0; i < c->cap && free_slot < 0; i++)
        if (!c->e[i].used)
            free_slot = i;
    if (free_slot < 0) {
        unsigned long oldest = (unsigned long)-1;
        for (int i = 0; i < c->cap; i++)
            if (c->e[i].stamp < oldest) {
                oldest = c->e[i].stamp;
                free_slot = i;
            }
        entry_drop(&c->e[free_slot]);
        c->count--;
        index_rebuild(c);
    }
    SDL_Surface *surf;
    const char *d = shown(s);
    if (ui_has_rtl(d))      /* Persian: shaped and ordered (ui_bidi.c) */
        surf = wrap_px > 0 ? ui_render_bidi_wrapped(app->font[font], d, col, wrap_px, rl_language_rtl())
                           : ui_render_bidi(app->font[font], d, col, rl_language_rtl());
    else
        surf = wrap_px > 0 ? TTF_RenderUTF8_Blended_Wrapped(app->font[font], d, col, (Uint32)wrap_px)
                           : TTF_RenderUTF8_Blended(app->font[font], d, col);
    if (!surf)
        return NULL;
    TextEntry *e = &c->e[free_slot];
    e->tex = SDL_CreateTextureFromSurface(app->ren, surf);
    e->w = surf->w;
    e->h = surf->h;
    SDL_FreeSurface(surf);
    if (!e->tex)
        return NULL;
    e->text = strdup(s);
    if (!e->text) {
        SDL_DestroyTexture(e->tex);
        e->tex = NULL;
        return NULL;
    }
    e->key = key;
    e->font = font;
    e->wrap = wrap_px;
    e->colour = col;
    e->stamp = c->clock;
    e->used = true;
    c->count++;
    index_add(c, free_slot);
    return e;
}

static const float font_sizes[FONT_COUNT] = { 12, 14, 14, 17, 24, 54 };
static const bool font_bold[FONT_COUNT] = { false, false, true, true, true, true };

bool ui_fonts_open(App *app)
{
    static const float text_factor[3] = { 0.88f, 1.0f, 1.14f };
    float tf = text_factor[app->set.text_size < 0 || app->set.text_size > 2 ? 1 : app->set.text_size];
    char regular[700], bold[700];
    snprintf(regular, sizeof regular, "%s/fonts/DejaVuSans.ttf", app->assets);
    snprintf(bold, sizeof bold, "%s/fonts/DejaVuSans-Bold.ttf", app->assets);
    ui_fonts_close(app);
    for (int f = 0; f < FONT_COUNT; f++) {
        float size = font_sizes[f] * (f == FONT_TITLE ? 1.0f : tf) * app->scale;
        int pt = (int)lroundf(size);
        if (pt < 6)
            pt = 6;
        app->font[f] = TTF_OpenFont(font_bold[f] ? bold : regular, pt);
        if (!app->font[f]) {
            fprintf(stderr, "redline: cannot open the font %s: %s\n", font_bold[f] ? bold : regular, TTF_GetError());
            return false;
        }
        TTF_SetFontHinting(app->font[f], TTF_HINTING_LIGHT);
        app->font_px[f] = (float)pt;
    }
    text_cache_clear(app->cache);
    return true;
}

void ui_fonts_close(App *app)
{
    text_cache_clear(app->cache);
    for (int f = 0; f < FONT_COUNT; f++) {
        if (app->font[f])
            TTF_CloseFont(app->font[f]);
        app->font[f] = NULL;
    }
}

int ui_measure(TTF_Font *font, const char *s)
{
    int w = 0, h = 0;
    if (!ui_has_rtl(s)) {
        TTF_SizeUTF8(font, s, &w, &h);
        return w;
    }
    TTF_SetFontDirection(font, TTF_DIRECTION_RTL);   /* measured shaped, as it is drawn */
    TTF_SetFontScriptName(font, "Arab");
    TTF_SizeUTF8(font, s, &w, &h);
    ui_font_default_script(font);
    return w;
}

float text_width(App *app, int font, const char *s)
{
    if (!s || !*s || !app->font[font])
        return 0;
    int w;
    if (!widths_find(app->cache->widths, font, s, &w)) {
        w = ui_measure(app->font[font], shown(s));
        widths_keep(app->cache->widths, font, s, w);
    }
    return (float)w / app->scale;
}

float line_height(App *app, int font)
{
    if (!app->font[font])
        return font_sizes[font] * 1.2f;
    return (float)TTF_FontLineSkip(app->font[font]) / app->scale;
}

static void blit(App *app, TextEntry *e, float x, float y)
{
    if (!e)
        return;
    float sx = ui_screen_rect(app, rect(x, y, (float)e->w / app->scale, 0)).x;    /* a mirrored layout's place */
    SDL_Rect dst = { px(app, sx), px(app, y), e->w, e->h };
    if (app->dry)   /* the entry's key: its font, colour, wrap width and string */
        damage_note(app, dst, hash_bytes(e->key, &dst, sizeof dst));
    else if (!ui_culled(app, &dst))
        SDL_RenderCopy(app->ren, e->tex, NULL, &dst);
}

/* The tests' record of where text went (app->text_log; NULL in play). */
static void log_box(App *app, const char *s, Rect r, Rect room, bool cut, bool mark)
{
    TextLog *l = app->text_log;
    if (!l || l->n == l->cap)
        return;
    TextBox *b = &l->box[l->n++];
    Rect clip = app->clip.w > 0 ? ui_screen_rect(app, app->clip) : app->clip;   /* where they are on the screen */
    if (room.w > 0)
        room = ui_screen_rect(app, room);
    *b = (TextBox){ ui_screen_rect(app, r), clip, room, app->layer, app->scroll_off != NULL, cut, mark, "" };
    ui_copy(b->text, sizeof b->text, s);
}

void ui_mark(App *app, Rect r)
{
    log_box(app, "(marker)", r, rect(0, 0, 0, 0), false, true);
}

static float font_height(App *app, int font)
{
    return app->font[font] ? (float)TTF_FontHeight(app->font[font]) / app->scale : line_height(app, font);
}

/* One line at x, y; room is the space it was given (w <= 0: none). */
static float text_in(App *app, int font, const char *s, float x, float y, Rect room, bool cut, SDL_Color c)
{
    float w;
    if (app->dry && !app->recording) {
        w = text_width(app, font, s);
    } else {    /* drawn, or noted for the damage (blit) */
        TextEntry *e = text_get(app, font, c, 0, s);
        blit(app, e, x, y);
        w = e ? (float)e->w / app->scale : 0;
    }
    if (s && *s)
        log_box(app, s, rect(x, y, w, font_height(app, font)), room, cut, false);
    return w;
}

float draw_text(App *app, int font, const char *s, float x, float y, SDL_Color c)
{
    return text_in(app, font, s, x, y, rect(0, 0, 0, 0), false, c);
}

float draw_text_al(App *app, int font, const char *s, float x, float y, float w, int align, SDL_Color c)
{
    float tw = text_width(app, font, s);
    float dx = align == ALIGN_CENTER ? (w - tw) / 2 : align == ALIGN_RIGHT ? w - tw : 0;
    return text_in(app, font, s, x + dx, y, rect(x, y, w, 0), false, c);
}

/* One line cut to fit w with an ellipsis. */
float draw_text_fit(App *app, int font, const char *s, float x, float y, float w, SDL_Color c)
{
    if (text_width(app, font, s) <= w + 0.01f)     /* a width worked out from this text's own, give or take rounding */
        return text_in(app, font, s, x, y, rect(x, y, w, 0), false, c);
    if (!app->dry && getenv("REDLINE_DEBUG_FIT"))
        fprintf(stderr, "redline: cut to fit %.0f: %s\n", w, s);
    char buf[512];
    size_t n = strlen(s);
    if (n > sizeof buf - 4)
        n = sizeof buf - 4;
    while (n > 0) {
        n--;
        while (n > 0 && (s[n] & 0xC0) == 0x80)     /* never cut inside a UTF-8 sequence */
            n--;
        memcpy(buf, s, n);
        memcpy(buf + n, "…", sizeof "…");
        if (text_width(app, font, buf) <= w)
            break;
    }
    return text_in(app, font, buf, x, y, rect(x, y, w, 0), true, c);
}

float wrapped_height(App *app, int font, const char *s, float w)
{
    if (!s || !*s)
        return 0;
    TextEntry *e = text_get(app, font, app->pal.text, (int)(w * app->scale), s);
    return e ? (float)e->h / app->scale : 0;
}

float draw_wrapped(App *app, int font, const char *s, float x, float y, float w, SDL_Color c)
{
    if (!s || !*s)
        return 0;
    TextEntry *e = text_get(app, font, c, (int)(w * app->scale), s);
    blit(app, e, x, y);
    if (!e)
        return 0;
    float h = (float)e->h / app->scale;
    log_box(app, s, rect(x, y, fminf((float)e->w / app->scale, w), h), rect(x, y, w, 0), false, false);
    return h;
}
