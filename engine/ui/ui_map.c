/* The region map: Natural Earth country shapes read from assets/map/region.map
 * (format in that file's header), projected equirectangularly, filled with
 * scanline spans computed once per size and drawn as rectangles after that. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

#define MAP_LON0 31.5
#define MAP_LON1 62.5
#define MAP_LAT0 12.0
#define MAP_LAT1 40.0
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
    SDL_Rect cached;    /* the pixel rect the spans were computed for */
    SDL_FPoint *outline;
    int *outline_start; /* per ring, into outline */
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
        if (strncmp(buf, "country ", 8) == 0) {
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
    if (m)
        m->cached = (SDL_Rect){ 0, 0, 0, 0 };
}

typedef struct Proj {
    double k, ox, oy;   /* pixels per degree of longitude*cos, origin */
} Proj;

static Proj projection(SDL_Rect r)
{
    double w = (MAP_LON1 - MAP_LON0) * MAP_COSLAT, h = MAP_LAT1 - MAP_LAT0;
    double k = fmin(r.w / w, r.h / h);
    Proj p = { k, r.x + (r.w - w * k) / 2, r.y + (r.h - h * k) / 2 };
    return p;
}

static void project(Proj p, double lon, double lat, double *x, double *y)
{
    *x = p.ox + (lon - MAP_LON0) * MAP_COSLAT * p.k;
    *y = p.oy + (MAP_LAT1 - lat) * p.k;
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
    Proj p = projection(r);
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
    { "IRN", "IRAN", 0.5, 0.5, FONT_BOLD }, { "IRQ", "Iraq", 0, 0, FONT_SMALL },
    { "SAU", "Saudi Arabia", 0, 0.5, FONT_SMALL }, { "SYR", "Syria", 0.4, 0, FONT_SMALL },
    { "YEM", "Yemen", 0, 0, FONT_SMALL }, { "OMN", "Oman", 0.3, -0.6, FONT_SMALL },
    { "TUR", "Turkey", 1.5, -0.8, FONT_SMALL }, { "JOR", "Jordan", 0.3, 0, FONT_SMALL },
    { "EGY", "Egypt", 2.0, 0, FONT_SMALL }, { "ISR", "Israel", -2.7, -0.7, FONT_SMALL },
    { "LBN", "Lebanon", -3.2, 0.2, FONT_SMALL }, { "KWT", "Kuwait", -1.2, 0.2, FONT_SMALL },
    { "QAT", "Qatar", -0.9, -1.1, FONT_SMALL }, { "BHR", "Bahrain", -2.2, 0.3, FONT_SMALL },
    { "ARE", "UAE", -0.6, -0.2, FONT_SMALL },
};

void map_draw(App *app, Rect r)
{
    MapData *m = app->map;
    const Palette *p = &app->pal;
    fill(app, r, p->sea);
    if (!m) {
        draw_text(app, FONT_SMALL, "(map file missing)", r.x + 8, r.y + 8, p->dim);
        return;
    }
    if (app->dry)
        return;
    SDL_Rect pr = to_px(app, r);
    map_prepare(m, pr);
    for (int i = 0; i < m->ncountries; i++) {
        Country *c = &m->countries[i];
        SDL_Color col = strcmp(c->code, "IRN") == 0 ? p->land_iran : is_key(c->code) ? p->land_key : p->land;
        SDL_SetRenderDrawBlendMode(app->ren, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(app->ren, col.r, col.g, col.b, 255);
        if (c->nspans)
            SDL_RenderFillRects(app->ren, c->spans, c->nspans);
    }
    Rect saved;
    push_clip(app, r, &saved);
    SDL_SetRenderDrawColor(app->ren, p->coast.r, p->coast.g, p->coast.b, 255);
    for (int ri = 0; ri < m->nrings; ri++)
        SDL_RenderDrawLinesF(app->ren, &m->outline[m->outline_start[ri]],
                             m->outline_start[ri + 1] - m->outline_start[ri]);
    Proj pj = projection(pr);
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        for (int k = 0; k < m->ncountries; k++) {
            Country *c = &m->countries[k];
            if (strcmp(c->code, labels[i].code) != 0)
                continue;
            double x, y;
            project(pj, c->lx + labels[i].dlon, c->ly + labels[i].dlat, &x, &y);
            float lx = (float)x / app->scale, ly = (float)y / app->scale;
            float tw = text_width(app, labels[i].font, labels[i].text);
            SDL_Color col = strcmp(c->code, "IRN") == 0 ? p->text : is_key(c->code) ? p->dim : p->faint;
            draw_text(app, labels[i].font, labels[i].text, lx - tw / 2, ly - line_height(app, labels[i].font) / 2,
                      col);
        }
    float hx, hy;
    if (map_point(app, r, "HORMUZ", &hx, &hy)) {
        triangle(app, hx, hy - 4, hx - 4, hy + 3, hx + 4, hy + 3, p->dim);
        float tw = text_width(app, FONT_SMALL, "Strait of Hormuz");
        float tx = hx + 6 + tw > r.x + r.w - 2 ? hx - tw / 2 : hx + 6;
        float ty = hx + 6 + tw > r.x + r.w - 2 ? hy + 5 : hy + 2;
        draw_text(app, FONT_SMALL, "Strait of Hormuz", tx, ty, p->dim);
    }
    pop_clip(app, saved);
}

bool map_point(App *app, Rect r, const char *id, float *x, float *y)
{
    MapData *m = app->map;
    if (!m || !id)
        return false;
    for (int i = 0; i < m->npoints; i++)
        if (strcmp(m->points[i].id, id) == 0) {
            Proj p = projection(to_px(app, r));
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
    MapData *m = app->map;
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
    MapData *m = app->map;
    if (!m || !inside(r, x, y))
        return NULL;
    Proj p = projection(to_px(app, r));
    double lon = (x * app->scale - p.ox) / (MAP_COSLAT * p.k) + MAP_LON0;
    double lat = MAP_LAT1 - (y * app->scale - p.oy) / p.k;
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
