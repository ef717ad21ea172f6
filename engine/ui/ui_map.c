/* The region map: Natural Earth country shapes read from assets/map/region.map
 * (format in that file's header), projected equirectangularly, filled with
 * scanline spans and outlined, once per size, into a texture that each frame
 * copies. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

#define MAP_COSLAT 0.895     /* cos(26.5 deg): keeps shapes right at the Gulf's latitude */

typedef struct Ring {
    int first, n;       /* into MapData.pts */
    bool hole;
} Ring;

typedef struct Country {
    char code[4], name[48];
    int first_ring, nrings;
    double lx, ly;      /* label anchor, lon/lat */
    SDL_Rect *spans;
    int nspans;
} Country;

typedef struct MapPoint {
    char id[24], label[64];
    double lon, lat;
} MapPoint;

struct MapData {
    double *pts;        /* lon, lat pairs */
    int npts, cap_pts;
    Ring *rings;
    int nrings, cap_rings;
    Country countries[64];
    int ncountries;
    MapPoint points[48];
    int npoints;
    double bbox[4];     /* lon0, lat0, lon1, lat1: the box the file's data fill */
    SDL_Rect cached;    /* the pixel rect the spans were computed for */
    SDL_FPoint *outline;
    int *outline_start; /* per ring, into outline */
    SDL_Texture *land;  /* the land and the coasts drawn for cached (NULL: not yet) */
};

static bool grow(void **p, int *cap, int need, size_t size)
{
    if (need <= *cap)
        return true;
    int c = *cap ? *cap * 2 : 1024;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

void map_free(MapData *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->ncountries; i++)
        free(m->countries[i].spans);
    map_invalidate(m);
    free(m->pts);
    free(m->rings);
    free(m->outline);
    free(m->outline_start);
    free(m);
}

/* The centroid of a country's largest ring, for its label. */
static void label_anchor(MapData *m, Country *c)
{
    double best = -1;
    for (int r = c->first_ring; r < c->first_ring + c->nrings; r++) {
        Ring *ring = &m->rings[r];
        if (ring->hole)
            continue;
        double a = 0, cx = 0, cy = 0;
        for (int i = 0; i < ring->n; i++) {
            const double *p = &m->pts[2 * (ring->first + i)];
            const double *q = &m->pts[2 * (ring->first + (i + 1) % ring->n)];
            double cross = p[0] * q[1] - q[0] * p[1];
            a += cross;
            cx += (p[0] + q[0]) * cross;
            cy += (p[1] + q[1]) * cross;
        }
        if (fabs(a) > best && a != 0) {
            best = fabs(a);
            c->lx = cx / (3 * a);
            c->ly = cy / (3 * a);
        }
    }
}

/* "LON LAT" at line, as sscanf's "%lf %lf" reads it (strtod: a tenth of
 * sscanf's cost, over the map's thousands of points). */
static bool read_lon_lat(const char *line, double *lon, double *lat)
{
    char *end;
    *lon = strtod(line, &end);
    if (end == line)
        return false;
    const char *rest = end;
    *lat = strtod(rest, &end);
    return end != rest;
}

MapData *map_load(const char *path, char *err, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, cap, "%s: cannot open the map", path);
        return NULL;
    }
    MapData *m = calloc(1, sizeof *m);
    if (!m) {
        fclose(f);
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    char buf[256];
    int lineno = 0, expect = 0;
    bool ok = true;
    while (ok && fgets(buf, sizeof buf, f)) {
        lineno++;
        buf[strcspn(buf, "\r\n")] = '\0';
        if (buf[0] == '#' || buf[0] == '\0')
            continue;
        if (expect > 0) {
            double lon, lat;
            if (!read_lon_lat(buf, &lon, &lat) ||
                !grow((void **)&m->pts, &m->cap_pts, m->npts + 1, 2 * sizeof(double))) {
                snprintf(err, cap, "%s:%d: expected \"LON LAT\"", path, lineno);
                ok = false;
                break;
            }
            m->pts[2 * m->npts] = lon;
            m->pts[2 * m->npts + 1] = lat;
            m->npts++;
            expect--;
            continue;
        }
        int n;
        if (strncmp(buf, "bbox ", 5) == 0) {
            if (sscanf(buf, "bbox %lf %lf %lf %lf", &m->bbox[0], &m->bbox[1], &m->bbox[2], &m->bbox[3]) != 4 ||
                m->bbox[2] <= m->bbox[0] || m->bbox[3] <= m->bbox[1]) {
                snprintf(err, cap, "%s:%d: expected \"bbox LON0 LAT0 LON1 LAT1\"", path, lineno);
                ok = false;
            }
        } else if (strncmp(buf, "country ", 8) == 0) {
            if (m->ncountries >= (int)(sizeof m->countries / sizeof *m->countries))
                continue;
            Country *c = &m->countries[m->ncountries++];
            memset(c, 0, sizeof *c);
            snprintf(c->code, sizeof c->code, "%.3s", buf + 8);
            ui_copy(c->name, sizeof c->name, strlen(buf) > 12 ? buf + 12 : buf + 8);
            c->first_ring = m->nrings;
        } else if ((sscanf(buf, "ring %d", &n) == 1 || sscanf(buf, "hole %d", &n) == 1) && n >= 3) {
            if (m->ncountries == 0 || !grow((void **)&m->rings, &m->cap_rings, m->nrings + 1, sizeof(Ring))) {
                snprintf(err, cap, "%s:%d: a ring outside a country", path, lineno);
                ok = false;
                break;
            }
            m->rings[m->nrings++] = (Ring){ m->npts, n, buf[0] == 'h' };
            m->countries[m->ncountries - 1].nrings++;
            expect = n;
        } else if (strncmp(buf, "point ", 6) == 0 && m->npoints < (int)(sizeof m->points / sizeof *m->points)) {
            MapPoint *p = &m->points[m->npoints];
            int used = 0;
            if (sscanf(buf, "point %23s %lf %lf %n", p->id, &p->lon, &p->lat, &used) >= 3 && used > 0) {
                ui_copy(p->label, sizeof p->label, buf + used);
                m->npoints++;
            }
        }
    }
    fclose(f);
    if (ok && expect > 0) {
        snprintf(err, cap, "%s: the file ends inside a ring", path);
        ok = false;
    }
    if (ok && m->bbox[2] <= m->bbox[0]) {
        snprintf(err, cap, "%s: no \"bbox\" line before the countries", path);
        ok = false;
    }
    if (!ok) {
        map_free(m);
        return NULL;
    }
    for (int i = 0; i < m->ncountries; i++)
        label_anchor(m, &m->countries[i]);
    m->outline = malloc((size_t)(m->npts + m->nrings) * sizeof *m->outline);
    m->outline_start = malloc((size_t)(m->nrings + 1) * sizeof *m->outline_start);
    if (!m->outline || !m->outline_start) {
        map_free(m);
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    return m;
}

void map_invalidate(MapData *m)
{
    if (!m)
        return;
    m->cached = (SDL_Rect){ 0, 0, 0, 0 };
    if (m->land)
        SDL_DestroyTexture(m->land);
    m->land = NULL;
}

/* The crisis's places (Tel Aviv to Muscat, Sana'a to Tehran) fit the
 * rectangle whatever its shape; the rest of the map fills what is left, as
 * far as the file's data go. */
#define VIEW_LON0 33.5
#define VIEW_LON1 60.0
#define VIEW_LAT0 14.3
#define VIEW_LAT1 36.8

static double clampd(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }

/* Pixels per degree (of longitude times MAP_COSLAT), and where longitude
 * and latitude 0 would be. */
typedef struct Proj {
    double k, ox, oy;
} Proj;

static Proj projection(const MapData *m, SDL_Rect r)
{
    double vw = (VIEW_LON1 - VIEW_LON0) * MAP_COSLAT, vh = VIEW_LAT1 - VIEW_LAT0;
    double dw = (m->bbox[2] - m->bbox[0]) * MAP_COSLAT, dh = m->bbox[3] - m->bbox[1];
    double k = fmax(fmin(r.w / vw, r.h / vh), fmax(r.w / dw, r.h / dh));
    /* the centre of the places, moved as little as keeps the view on the data */
    double half_w = r.w / k / 2, half_h = r.h / k / 2;
    double cx = clampd((VIEW_LON0 + VIEW_LON1) / 2 * MAP_COSLAT, m->bbox[0] * MAP_COSLAT + half_w,
                       m->bbox[2] * MAP_COSLAT - half_w);
    double cy = clampd((VIEW_LAT0 + VIEW_LAT1) / 2, m->bbox[1] + half_h, m->bbox[3] - half_h);
    return (Proj){ k, r.x + r.w / 2.0 - cx * k, r.y + r.h / 2.0 + cy * k };
}

static void project(Proj p, double lon, double lat, double *x, double *y)
{
    *x = p.ox + lon * MAP_COSLAT * p.k;
    *y = p.oy - lat * p.k;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Scanline spans of one country (all its rings and holes, even-odd). */
static void country_spans(MapData *m, Country *c, Proj p, SDL_Rect clip)
{
    free(c->spans);
    c->spans = NULL;
    c->nspans = 0;
    int cap = 0, npts = 0;
    for (int r = c->first_ring; r < c->first_ring + c->nrings; r++)
        npts += m->rings[r].n;
    double *xs = malloc((size_t)(npts + 2) * sizeof *xs);
    double *proj = malloc((size_t)npts * 2 * sizeof *proj);
    if (!xs || !proj) {
        free(xs);
        free(proj);
        return;
    }
    double ymin = 1e9, ymax = -1e9;
    int k = 0;
    for (int r = c->first_ring; r < c->first_ring + c->nrings; r++)
        for (int i = 0; i < m->rings[r].n; i++, k++) {
            const double *q = &m->pts[2 * (m->rings[r].first + i)];
            project(p, q[0], q[1], &proj[2 * k], &proj[2 * k + 1]);
            ymin = fmin(ymin, proj[2 * k + 1]);
            ymax = fmax(ymax, proj[2 * k + 1]);
        }
    int y0 = (int)fmax(floor(ymin), clip.y), y1 = (int)fmin(ceil(ymax), clip.y + clip.h);
    for (int y = y0; y < y1; y++) {
        double sy = y + 0.5;
        int nx = 0;
        int base = 0;
        for (int r = c->first_ring; r < c->first_ring + c->nrings; r++) {
            int n = m->rings[r].n;
            for (int i = 0; i < n; i++) {
                const double *a = &proj[2 * (base + i)], *b = &proj[2 * (base + (i + 1) % n)];
                if ((a[1] <= sy && b[1] > sy) || (b[1] <= sy && a[1] > sy))
                    xs[nx++] = a[0] + (sy - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
            }
            base += n;
        }
        qsort(xs, (size_t)nx, sizeof *xs, cmp_double);
        for (int i = 0; i + 1 < nx; i += 2) {
            int xa = (int)lround(fmax(xs[i], clip.x)), xb = (int)lround(fmin(xs[i + 1], clip.x + clip.w));
            if (xb <= xa)
                continue;
            if (c->nspans == cap) {
                cap = cap ? cap * 2 : 256;
                SDL_Rect *s = realloc(c->spans, (size_t)cap * sizeof *s);
                if (!s)
                    break;
                c->spans = s;
            }
            c->spans[c->nspans++] = (SDL_Rect){ xa, y, xb - xa, 1 };
        }
    }
    free(xs);
    free(proj);
}

static void map_prepare(MapData *m, SDL_Rect r)
{
    if (m->cached.w == r.w && m->cached.h == r.h && m->cached.x == r.x && m->cached.y == r.y)
        return;
    map_invalidate(m);
    Proj p = projection(m, r);
    for (int i = 0; i < m->ncountries; i++)
        country_spans(m, &m->countries[i], p, r);
    int k = 0;
    for (int ri = 0; ri < m->nrings; ri++) {
        m->outline_start[ri] = k;
        Ring *ring = &m->rings[ri];
        for (int i = 0; i <= ring->n; i++) {
            const double *q = &m->pts[2 * (ring->first + i % ring->n)];
            double x, y;
            project(p, q[0], q[1], &x, &y);
            m->outline[k++] = (SDL_FPoint){ (float)x, (float)y };
        }
    }
    m->outline_start[m->nrings] = k;
    m->cached = r;
}

static bool is_key(const char *code)
{
    static const char *const key[] = { "IRQ", "SAU", "ARE", "QAT", "BHR", "KWT", "OMN", "ISR", "LBN", "SYR",
                                       "YEM", "JOR", "PSE" };
    for (size_t i = 0; i < sizeof key / sizeof *key; i++)
        if (strcmp(code, key[i]) == 0)
            return true;
    return false;
}

/* Labels: the big countries at their centroid, the small ones nudged into
 * the sea beside them (lon/lat offsets), all in the region's own names. */
typedef struct Label {
    const char *code, *text;
    double dlon, dlat;
    int font;
} Label;

static const Label labels[] = {
    { "IRN", N_("IRAN"), 0.5, 0.5, FONT_BOLD }, { "IRQ", N_("Iraq"), 0, 0, FONT_SMALL },
    { "SAU", N_("Saudi Arabia"), 0, 0.5, FONT_SMALL }, { "SYR", N_("Syria"), 0.4, 0, FONT_SMALL },
    { "YEM", N_("Yemen"), 0, 0, FONT_SMALL }, { "OMN", N_("Oman"), 0.3, -0.6, FONT_SMALL },
    { "TUR", N_("Turkey"), 1.5, -0.8, FONT_SMALL }, { "JOR", N_("Jordan"), 0.3, 0, FONT_SMALL },
    { "EGY", N_("Egypt"), 2.0, 0, FONT_SMALL }, { "ISR", N_("Israel"), -2.7, -0.7, FONT_SMALL },
    { "LBN", N_("Lebanon"), -3.2, 0.2, FONT_SMALL }, { "KWT", N_("Kuwait"), -1.2, 0.2, FONT_SMALL },
    { "QAT", N_("Qatar"), -0.9, -1.1, FONT_SMALL }, { "BHR", N_("Bahrain"), -2.2, 0.3, FONT_SMALL },
    { "ARE", N_("UAE"), -0.6, -0.2, FONT_SMALL },
};
#define NLABELS (int)(sizeof labels / sizeof *labels)
/* The strait, by its point, in the sea south-west of the cape. */
static const Label hormuz_label = { "HORMUZ", N_("Strait of Hormuz"), -1.6, -0.9, FONT_SMALL };

/* The sea, the countries' spans and the coasts, prepared for pr, drawn by
 * software renderer r clipped to pr, as they are on the screen. */
static void draw_land(SDL_Renderer *r, const MapData *m, SDL_Rect pr, const Palette *p)
{
    SDL_RenderSetClipRect(r, &pr);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(r, p->sea.r, p->sea.g, p->sea.b, 255);
    SDL_RenderFillRect(r, &pr);
    for (int i = 0; i < m->ncountries; i++) {
        const Country *c = &m->countries[i];
        SDL_Color col = strcmp(c->code, "IRN") == 0 ? p->land_iran : is_key(c->code) ? p->land_key : p->land;
        SDL_SetRenderDrawColor(r, col.r, col.g, col.b, 255);
        if (c->nspans)
            SDL_RenderFillRects(r, c->spans, c->nspans);
    }
    SDL_SetRenderDrawColor(r, p->coast.r, p->coast.g, p->coast.b, 255);
    for (int ri = 0; ri < m->nrings; ri++)
        SDL_RenderDrawLinesF(r, &m->outline[m->outline_start[ri]], m->outline_start[ri + 1] - m->outline_start[ri]);
}

/* The land and the coasts for pr, drawn once into a texture (of the screen
 * up to pr's far corner, so that every line is drawn exactly as it would be
 * on the screen): a frame copies pr from it. A copy is clipped exactly
 * where the window redraws a part of the map; a line drawn clipped there
 * could move a pixel (ui_damage.c). */
static SDL_Texture *land_texture(App *app, MapData *m, SDL_Rect pr)
{
    map_prepare(m, pr);
    if (m->land || pr.w <= 0 || pr.h <= 0)
        return m->land;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, pr.x + pr.w, pr.y + pr.h, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
    if (r) {
        draw_land(r, m, pr, &app->pal);
        SDL_RenderPresent(r);
        m->land = SDL_CreateTextureFromSurface(app->ren, s);
        if (m->land)
            SDL_SetTextureBlendMode(m->land, SDL_BLENDMODE_NONE);
        SDL_DestroyRenderer(r);
    }
    SDL_FreeSurface(s);
    return m->land;
}

/* r in pixels as laid out: the map is never mirrored (its caller draws it
 * unmirrored, ui_mirror.c), and its projection works in these pixels. */
static SDL_Rect layout_px(App *app, Rect r)
{
    int x0 = px(app, r.x), y0 = px(app, r.y);
    return (SDL_Rect){ x0, y0, px(app, r.x + r.w) - x0, px(app, r.y + r.h) - y0 };
}

/* The map, read from the assets on first use: a screen without it (the
 * briefing, the first frame of `redline play`) never waits for it. */
static MapData *map_of(App *app)
{
    if (!app->map_tried) {
        char path[700], err[300];
        snprintf(path, sizeof path, "%s/map/region.map", app->assets);
        app->map = map_load(path, err, sizeof err);
        if (!app->map)
            fprintf(stderr, _("redline: %s (the map will be missing)\n"), err);
        app->map_tried = true;
    }
    return app->map;
}

void map_draw(App *app, Rect r)
{
    MapData *m = map_of(app);
    const Palette *p = &app->pal;
    fill(app, r, p->sea);
    if (!m) {
        draw_text(app, FONT_SMALL, _("(map file missing)"), r.x + 8, r.y + 8, p->dim);
        return;
    }
    SDL_Rect pr = layout_px(app, r), on = to_px(app, r);
    on.w = pr.w;
    on.h = pr.h;
    SDL_Texture *land = app->dry ? NULL : land_texture(app, m, pr);
    if (app->dry)       /* the land and the coasts: where the map is and the palette decide them */
        damage_note(app, on, hash_bytes(hash_bytes(0x6d6170, &on, sizeof on), p, sizeof *p));
    else if (land)
        SDL_RenderCopy(app->ren, land, &pr, &on);
    Rect saved;
    push_clip(app, r, &saved);
    Rect boxes[NLABELS + 1];
    int nboxes = map_label_rects(app, r, boxes, NLABELS + 1);
    for (int i = 0; i < nboxes; i++) {
        const Label *l = i < NLABELS ? &labels[i] : &hormuz_label;
        if (boxes[i].w <= 0)
            continue;
        SDL_Color col = strcmp(l->code, "IRN") == 0 ? p->text : is_key(l->code) || l == &hormuz_label ? p->dim : p->faint;
        draw_text(app, l->font, _(l->text), boxes[i].x, boxes[i].y, col);
    }
    float hx, hy;
    if (map_point(app, r, "HORMUZ", &hx, &hy))
        triangle(app, hx, hy - 4, hx - 4, hy + 3, hx + 4, hy + 3, p->dim);
    pop_clip(app, saved);
}

/* Where the map writes its labels (country names, the Strait of Hormuz), in
 * logical units, in labels' order then the strait's; how many. A label the
 * rectangle cannot hold whole is left out (its width 0). */
int map_label_rects(App *app, Rect r, Rect *out, int max)
{
    MapData *m = map_of(app);
    if (!m)
        return 0;
    Proj pj = projection(m, layout_px(app, r));
    int n = 0;
    for (int i = 0; i < NLABELS + 1 && n < max; i++) {
        const Label *l = i < NLABELS ? &labels[i] : &hormuz_label;
        double lon = 0, lat = 0;
        bool found = false;
        for (int k = 0; k < m->ncountries && !found; k++)
            if (strcmp(m->countries[k].code, l->code) == 0) {
                lon = m->countries[k].lx;
                lat = m->countries[k].ly;
                found = true;
            }
        for (int k = 0; k < m->npoints && !found; k++)
            if (strcmp(m->points[k].id, l->code) == 0) {
                lon = m->points[k].lon;
                lat = m->points[k].lat;
                found = true;
            }
        out[n] = rect(0, 0, 0, 0);
        if (!found) {
            n++;
            continue;
        }
        double x, y, ax, ay;
        project(pj, lon + l->dlon, lat + l->dlat, &x, &y);
        project(pj, lon, lat, &ax, &ay);
        float tw = text_width(app, l->font, _(l->text)), th = line_height(app, l->font);
        Rect b = rect((float)x / app->scale - tw / 2, (float)y / app->scale - th / 2, tw, th);
        /* a name nudged into the sea past the edge comes back to it while its country is in view (Israel,
           Lebanon on a tall map) */
        if (inside(r, (float)ax / app->scale, (float)ay / app->scale)) {   /* a little in from the edge */
            b.x = fminf(fmaxf(b.x, r.x + 8), r.x + r.w - 8 - b.w);
            b.y = fminf(fmaxf(b.y, r.y + 2), r.y + r.h - 2 - b.h);
        }
        bool free = true;   /* a name brought back from the edge may meet one placed before it: left out */
        for (int k = 0; k < n; k++)
            free &= out[k].w <= 0 || b.x >= out[k].x + out[k].w || out[k].x >= b.x + b.w || b.y >= out[k].y + out[k].h ||
                    out[k].y >= b.y + b.h;
        if (free && b.x >= r.x + 2 && b.y >= r.y + 2 && b.x + b.w <= r.x + r.w - 2 && b.y + b.h <= r.y + r.h - 2)
            out[n] = b;
        n++;
    }
    return n;
}

bool map_point(App *app, Rect r, const char *id, float *x, float *y)
{
    MapData *m = map_of(app);
    if (!m || !id)
        return false;
    for (int i = 0; i < m->npoints; i++)
        if (strcmp(m->points[i].id, id) == 0) {
            Proj p = projection(m, layout_px(app, r));
            double px_, py_;
            project(p, m->points[i].lon, m->points[i].lat, &px_, &py_);
            *x = (float)px_ / app->scale;
            *y = (float)py_ / app->scale;
            return true;
        }
    return false;
}

const char *map_point_label(App *app, const char *id)
{
    MapData *m = map_of(app);
    for (int i = 0; m && id && i < m->npoints; i++)
        if (strcmp(m->points[i].id, id) == 0)
            return m->points[i].label;
    return NULL;
}

static bool ring_contains(const MapData *m, const Ring *ring, double lon, double lat)
{
    bool in = false;
    for (int i = 0, j = ring->n - 1; i < ring->n; j = i++) {
        const double *a = &m->pts[2 * (ring->first + i)], *b = &m->pts[2 * (ring->first + j)];
        if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0])
            in = !in;
    }
    return in;
}

const char *map_country_at(App *app, Rect r, float x, float y)
{
    MapData *m = map_of(app);
    if (!m || !inside(r, x, y))
        return NULL;
    Proj p = projection(m, layout_px(app, r));
    double lon = (x * app->scale - p.ox) / (MAP_COSLAT * p.k);
    double lat = (p.oy - y * app->scale) / p.k;
    for (int i = 0; i < m->ncountries; i++) {
        const Country *c = &m->countries[i];
        bool in = false;
        for (int ri = c->first_ring; ri < c->first_ring + c->nrings; ri++)
            if (ring_contains(m, &m->rings[ri], lon, lat))
                in = !in;
        if (in)
            return c->name;
    }
    return NULL;
}
