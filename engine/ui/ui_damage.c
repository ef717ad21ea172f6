/* What changed on the screen since the last frame, so a frame redraws and
 * presents only that (as Brogue redraws only the cells that changed).
 *
 * The screen is cut into square tiles. A recording pass lays the frame out
 * without drawing (app->dry): each primitive (ui_draw.c, ui_text.c, ui_map.c)
 * notes the pixels it would cover, clipped, and a hash of everything that
 * decides its pixels (kind, place, colour, text, clip), and each tile it
 * touches folds that hash into its own, in drawing order. A tile whose hash
 * differs from the last frame's is damaged: the frame is drawn again clipped
 * to the damaged tiles, merged into a few rectangles, and only those are
 * presented. A tile that nothing changed is left as it is on the surface. */
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

enum { TILE = 64 };     /* pixels: a button or a line of text is a few tiles */

struct Damage {
    int cols, rows;
    uint64_t *now, *before;     /* each tile's hash, this frame and the last one drawn */
    bool all;                   /* redraw everything (first frame, resize, expose) */
};

void damage_all(App *app)
{
    if (app->damage)
        app->damage->all = true;
}

void damage_free(App *app)
{
    if (!app->damage)
        return;
    free(app->damage->now);
    free(app->damage->before);
    free(app->damage);
    app->damage = NULL;
}

/* The grid for the output's size; a new grid is all damaged. */
static bool fit_grid(App *app)
{
    int cols = (app->pw + TILE - 1) / TILE, rows = (app->ph + TILE - 1) / TILE;
    Damage *d = app->damage;
    if (d && d->cols == cols && d->rows == rows)
        return true;
    damage_free(app);
    d = calloc(1, sizeof *d);
    if (!d)
        return false;
    d->cols = cols;
    d->rows = rows;
    d->now = calloc((size_t)cols * (size_t)rows, sizeof *d->now);
    d->before = calloc((size_t)cols * (size_t)rows, sizeof *d->before);
    d->all = true;
    app->damage = d;
    if (!d->now || !d->before) {
        damage_free(app);
        return false;
    }
    return true;
}

bool damage_begin(App *app)
{
    app->recording = false;
    if (!fit_grid(app))
        return false;
    Damage *d = app->damage;
    uint64_t ground = hash_bytes(0, &app->pal.bg, sizeof app->pal.bg);
    for (int i = 0; i < d->cols * d->rows; i++)
        d->now[i] = ground;
    app->recording = true;
    return true;
}

void damage_note(App *app, SDL_Rect r, uint64_t what)
{
    Damage *d = app->damage;
    if (!app->recording || !d)
        return;
    if (app->clip.w > 0) {      /* what it draws depends on the clip in force */
        SDL_Rect clip = to_px(app, app->clip);
        what = hash_bytes(what, &clip, sizeof clip);
        if (!SDL_IntersectRect(&r, &clip, &r))
            return;
    }
    int c0 = r.x / TILE, r0 = r.y / TILE, c1 = (r.x + r.w - 1) / TILE, r1 = (r.y + r.h - 1) / TILE;
    if (r.w <= 0 || r.h <= 0 || c1 < 0 || r1 < 0 || c0 >= d->cols || r0 >= d->rows)
        return;
    c0 = c0 < 0 ? 0 : c0;
    r0 = r0 < 0 ? 0 : r0;
    c1 = c1 >= d->cols ? d->cols - 1 : c1;
    r1 = r1 >= d->rows ? d->rows - 1 : r1;
    for (int y = r0; y <= r1; y++)
        for (int x = c0; x <= c1; x++) {
            uint64_t *t = &d->now[y * d->cols + x];
            *t = (*t ^ what) * 0x9E3779B97F4A7C15ULL;   /* order matters: what is drawn over what */
            *t ^= *t >> 29;
        }
}

static SDL_Rect union_of(SDL_Rect a, SDL_Rect b)
{
    SDL_Rect u;
    SDL_UnionRect(&a, &b, &u);
    return u;
}

/* Fewer rectangles, each redrawn by a pass of its own: merge the pair whose
 * union adds the least area until n fit in max. */
static int merge_down(SDL_Rect *r, int n, int max)
{
    while (n > max) {
        int bi = 0, bj = 1;
        long best = -1;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                SDL_Rect u = union_of(r[i], r[j]);
                long extra = (long)u.w * u.h - (long)r[i].w * r[i].h - (long)r[j].w * r[j].h;
                if (best < 0 || extra < best) {
                    best = extra;
                    bi = i;
                    bj = j;
                }
            }
        r[bi] = union_of(r[bi], r[bj]);
        r[bj] = r[--n];
    }
    return n;
}

int damage_end(App *app, SDL_Rect *out, int max)
{
    Damage *d = app->damage;
    app->recording = false;
    if (!d)
        return -1;
    enum { MAX_RUNS = 256 };
    SDL_Rect runs[MAX_RUNS];
    int n = 0;
    for (int y = 0; y < d->rows; y++)
        for (int x = 0; x < d->cols; x++) {
            int i = y * d->cols + x;
            if (!d->all && d->now[i] == d->before[i])
                continue;
            int end = x;
            while (end + 1 < d->cols && (d->all || d->now[i + end + 1 - x] != d->before[i + end + 1 - x]))
                end++;
            SDL_Rect run = { x * TILE, y * TILE, (end - x + 1) * TILE, TILE };
            x = end;
            int k = 0;      /* the same columns on the row above: one taller rectangle */
            while (k < n && !(runs[k].x == run.x && runs[k].w == run.w && runs[k].y + runs[k].h == run.y))
                k++;
            if (k < n)
                runs[k].h += TILE;
            else if (n < MAX_RUNS)
                runs[n++] = run;
            else
                n = merge_down(runs, n, 1);
        }
    SDL_Rect screen = { 0, 0, app->pw, app->ph };
    n = merge_down(runs, n, max);
    for (int i = 0; i < n; i++)
        SDL_IntersectRect(&runs[i], &screen, &out[i]);
    memcpy(d->before, d->now, (size_t)d->cols * (size_t)d->rows * sizeof *d->now);
    d->all = false;
    return n;
}
