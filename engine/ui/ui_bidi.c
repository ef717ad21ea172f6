/* Text in a right-to-left script (Persian): GNU FriBidi finds the runs of
 * each direction in a line and the order they are shown in (the Unicode
 * bidirectional algorithm); SDL2_ttf, through HarfBuzz, shapes each run (the
 * joined forms of Arabic letters) in its own direction. A line with no
 * right-to-left letter is drawn as before, in one piece. */
#include <fribidi.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

#define MAX_RUNS 64

typedef struct Run {
    int start, len;             /* in code points of the logical line */
    FriBidiLevel level;         /* odd: right to left */
    SDL_Surface *surf;
} Run;

/* Whether s holds a letter written right to left (Hebrew, Arabic and
 * their presentation forms: UTF-8 lead bytes 0xD6-0xDF, 0xEF 0xAD-0xBB). */
bool ui_has_rtl(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((p[0] >= 0xD6 && p[0] <= 0xDF) || (p[0] == 0xEF && p[1] >= 0xAD && p[1] <= 0xBB))
            return true;
    return false;
}

static SDL_Surface *render_run(TTF_Font *font, const FriBidiChar *u, int len, bool rtl, SDL_Color col)
{
    char utf8[2048];
    if (len * 4 >= (int)sizeof utf8)
        len = (int)sizeof utf8 / 4 - 1;
    fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, u, len, utf8);
    TTF_SetFontDirection(font, rtl ? TTF_DIRECTION_RTL : TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, rtl ? "Arab" : "Zzzz");
    SDL_Surface *s = utf8[0] ? TTF_RenderUTF8_Blended(font, utf8, col) : NULL;
    ui_font_default_script(font);
    return s;
}

/* Back to SDL2_ttf's own defaults: left to right, the script unknown (so
 * HarfBuzz guesses it), as every other string is drawn. */
void ui_font_default_script(TTF_Font *font)
{
    TTF_SetFontDirection(font, TTF_DIRECTION_LTR);
    TTF_SetFontScriptName(font, "Zzzz");
}

/* Reverse every maximal sequence of runs at level >= lev, from the highest
 * level down to the lowest odd one (rule L2 of the algorithm). */
static void visual_order(Run *runs, int n)
{
    FriBidiLevel top = 0, low_odd = 255;
    for (int i = 0; i < n; i++) {
        if (runs[i].level > top)
            top = runs[i].level;
        if ((runs[i].level & 1) && runs[i].level < low_odd)
            low_odd = runs[i].level;
    }
    for (int lev = top; lev >= low_odd && lev > 0; lev--)
        for (int i = 0; i < n;) {
            if (runs[i].level < lev) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && runs[j].level >= lev)
                j++;
            for (int a = i, b = j - 1; a < b; a++, b--) {
                Run t = runs[a];
                runs[a] = runs[b];
                runs[b] = t;
            }
            i = j;
        }
}

/* One line, its runs shaped and set side by side in their visual order.
 * rtl_base: the paragraph reads right to left (the game's language does). */
SDL_Surface *ui_render_bidi(TTF_Font *font, const char *s, SDL_Color col, bool rtl_base)
{
    static FriBidiChar u[1024];
    static FriBidiCharType types[1024];
    static FriBidiBracketType brackets[1024];
    static FriBidiLevel levels[1024];
    size_t bytes = strnlen(s, sizeof u / sizeof *u);
    if (bytes >= sizeof u / sizeof *u)     /* a code point a byte at most: u holds any line this short */
        return TTF_RenderUTF8_Blended(font, s, col);
    int n = fribidi_charset_to_unicode(FRIBIDI_CHAR_SET_UTF8, s, (FriBidiStrIndex)bytes, u);
    if (n <= 0)
        return TTF_RenderUTF8_Blended(font, s, col);
    fribidi_get_bidi_types(u, n, types);
    fribidi_get_bracket_types(u, n, types, brackets);
    FriBidiParType base = rtl_base ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON;
    if (!fribidi_get_par_embedding_levels_ex(types, brackets, n, &base, levels))
        return TTF_RenderUTF8_Blended(font, s, col);
    Run runs[MAX_RUNS];
    int nruns = 0;
    for (int i = 0; i < n && nruns < MAX_RUNS;) {
        int j = i;
        while (j < n && levels[j] == levels[i])
            j++;
        if (nruns == MAX_RUNS - 1)
            j = n;      /* the rest as one run: still drawn, if not perfectly ordered */
        runs[nruns++] = (Run){ i, j - i, levels[i], NULL };
        i = j;
    }
    visual_order(runs, nruns);
    int w = 0, h = 0;
    for (int i = 0; i < nruns; i++) {
        runs[i].surf = render_run(font, u + runs[i].start, runs[i].len, runs[i].level & 1, col);
        if (runs[i].surf) {
            w += runs[i].surf->w;
            if (runs[i].surf->h > h)
                h = runs[i].surf->h;
        }
    }
    SDL_Surface *out = w > 0 ? SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888) : NULL;
    int x = 0;
    for (int i = 0; i < nruns; i++) {
        if (!runs[i].surf)
            continue;
        if (out) {
            SDL_SetSurfaceBlendMode(runs[i].surf, SDL_BLENDMODE_NONE);
            SDL_Rect dst = { x, 0, runs[i].surf->w, runs[i].surf->h };
            SDL_BlitSurface(runs[i].surf, NULL, out, &dst);
        }
        x += runs[i].surf->w;
        SDL_FreeSurface(runs[i].surf);
    }
    return out;
}

/* Words of s that fit w pixels, from *at: the end of the line (a byte
 * offset), breaking at a space or a line break. */
static size_t line_end(TTF_Font *font, const char *s, size_t at, int w)
{
    size_t best = 0, i = at;
    char line[2048];
    for (;;) {
        while (s[i] && s[i] != ' ' && s[i] != '\n')
            i++;
        size_t len = i - at < sizeof line - 1 ? i - at : sizeof line - 1;
        memcpy(line, s + at, len);
        line[len] = '\0';
        int lw = ui_measure(font, line);     /* shaped, as text_width measures: a line it says fits is not wrapped */
        if (lw > w && best)
            return best;
        best = i;
        if (!s[i] || s[i] == '\n')
            return best;
        i++;
    }
}

/* s wrapped to w pixels, each line laid out as ui_render_bidi does and, in
 * a right-to-left paragraph, set against the right edge. */
SDL_Surface *ui_render_bidi_wrapped(TTF_Font *font, const char *s, SDL_Color col, int w, bool rtl_base)
{
    SDL_Surface *lines[128];
    int n = 0, width = 0, skip = TTF_FontLineSkip(font);
    char line[2048];
    for (size_t at = 0; s[at] && n < 128;) {
        size_t end = line_end(font, s, at, w);
        size_t len = end - at < sizeof line - 1 ? end - at : sizeof line - 1;
        memcpy(line, s + at, len);
        line[len] = '\0';
        lines[n] = line[0] ? ui_render_bidi(font, line, col, rtl_base) : NULL;
        if (lines[n] && lines[n]->w > width)
            width = lines[n]->w;
        n++;
        at = end + (s[end] == ' ' || s[end] == '\n');
    }
    if (width > w)
        width = w;
    SDL_Surface *out = n ? SDL_CreateRGBSurfaceWithFormat(0, width > 0 ? width : 1, n * skip, 32,
                                                          SDL_PIXELFORMAT_ARGB8888) : NULL;
    for (int i = 0; i < n; i++) {
        if (!lines[i])
            continue;
        if (out) {
            SDL_SetSurfaceBlendMode(lines[i], SDL_BLENDMODE_NONE);
            SDL_Rect dst = { rtl_base ? width - lines[i]->w : 0, i * skip, lines[i]->w, lines[i]->h };
            SDL_BlitSurface(lines[i], NULL, out, &dst);
        }
        SDL_FreeSurface(lines[i]);
    }
    return out;
}
