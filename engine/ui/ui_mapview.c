/* The map on the turn screen: last week's events where they happened, an
 * icon for each kind (strike, talks, sanctions, protest, shipping, nuclear),
 * numbered as in the reports; pointing at a marker lists its reports and a
 * click opens the first one's Why?; pointing at a country tells its actor's
 * state as the side at the screen knows it. Markers and labels never cover
 * each other: the map's labels are placed first, markers move aside. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

typedef enum EventIcon { ICON_STRIKE, ICON_TALKS, ICON_SANCTIONS, ICON_STREETS, ICON_SEA, ICON_NUCLEAR, ICON_OTHER } EventIcon;

/* What kind of event a news item is, for its icon: by the action's track,
 * else by its words. */
static EventIcon icon_of(const Catalogue *cat, const News *n)
{
    if (n->action >= 0 && n->action < cat->count) {
        const Action *a = &cat->actions[n->action];
        if (strcmp(a->track, "military") == 0 || strcmp(a->track, "proxies") == 0)
            return a->escalation >= 12 ? ICON_STRIKE : ICON_SEA;
        if (strcmp(a->track, "diplomacy") == 0)
            return ICON_TALKS;
        if (strcmp(a->track, "economy") == 0)
            return ICON_SANCTIONS;
        if (strcmp(a->track, "nuclear") == 0)
            return ICON_NUCLEAR;
        if (strcmp(a->track, "domestic") == 0 || strcmp(a->track, "information") == 0)
            return ICON_STREETS;
    }
    static const struct {
        const char *word;
        EventIcon icon;
    } words[] = {
        { "strike", ICON_STRIKE }, { "attack", ICON_STRIKE }, { "talks", ICON_TALKS }, { "tanker", ICON_SEA },
        { "Hormuz", ICON_SEA }, { "protest", ICON_STREETS }, { "street", ICON_STREETS }, { "covert", ICON_NUCLEAR },
        { "uranium", ICON_NUCLEAR }, { "sanction", ICON_SANCTIONS },
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(n->text, words[i].word))
            return words[i].icon;
    return ICON_OTHER;
}

static const char *const icon_names[] = { N_("Strikes and attacks"), N_("Talks"), N_("Sanctions and trade"), N_("In the streets"),
                                          N_("At sea"), N_("The nuclear programme"), N_("Other news") };

/* A small pictogram in the marker's disc. */
static void draw_icon(App *app, EventIcon icon, float x, float y, SDL_Color c)
{
    switch (icon) {
    case ICON_STRIKE:      /* a burst */
        for (int i = 0; i < 4; i++) {
            float a = i * 0.785f;
            thick_line(app, x - 5 * cosf(a), y - 5 * sinf(a), x + 5 * cosf(a), y + 5 * sinf(a), 1.6f, c);
        }
        break;
    case ICON_TALKS:       /* two speech bars */
        fill(app, rect(x - 5, y - 4, 10, 3), c);
        fill(app, rect(x - 5, y + 1, 7, 3), c);
        break;
    case ICON_SANCTIONS:   /* a padlock */
        outline(app, rect(x - 3, y - 6, 6, 5), c, 1.4f);
        fill(app, rect(x - 5, y - 1, 10, 6), c);
        break;
    case ICON_STREETS:     /* three heads */
        for (int i = -1; i <= 1; i++)
            disc(app, x + i * 3.5f, y - 1 + (i == 0 ? -1.5f : 0), 2, c);
        fill(app, rect(x - 5.5f, y + 2, 11, 3), c);
        break;
    case ICON_SEA:         /* a wave */
        thick_line(app, x - 5, y + 1, x - 2, y - 2, 1.6f, c);
        thick_line(app, x - 2, y - 2, x + 1, y + 1, 1.6f, c);
        thick_line(app, x + 1, y + 1, x + 5, y - 3, 1.6f, c);
        break;
    case ICON_NUCLEAR:     /* an atom's core and orbit */
        disc(app, x, y, 2, c);
        outline(app, rect(x - 5, y - 5, 10, 10), c, 1.2f);
        break;
    case ICON_OTHER: disc(app, x, y, 3, c); break;
    }
}

/* The places of the news items, of actions in cat: a marker for each place. */
static int markers_of(const Catalogue *cat, const News *const *news, int nnews, Marker *m, int max, int *numbers,
                      int nnum)
{
    int count = 0;
    for (int i = 0; i < nnum; i++)
        numbers[i] = 0;
    for (int i = 0; i < nnews; i++) {
        const char *pt = ui_point_for_news(cat, news[i]);
        if (!pt)
            continue;
        int k;
        for (k = 0; k < count; k++)
            if (strcmp(m[k].point, pt) == 0)
                break;
        if (k == count) {
            if (count == max)
                continue;
            m[count] = (Marker){ .point = pt, .n = 0, .first = i, .icon = icon_of(cat, news[i]) };
            count++;
        }
        if (m[k].n < MARKER_NEWS)
            m[k].news[m[k].n++] = news[i];
        if (icon_of(cat, news[i]) == ICON_STRIKE)
            m[k].icon = ICON_STRIKE;     /* the gravest kind shows */
        if (i < nnum)
            numbers[i] = k + 1;
    }
    return count;
}

int ui_collect_markers(App *app, int turn, int viewer, Marker *m, int max, int *numbers, int nnum)
{
    const News *news[MAX_NEWS_SHOWN];
    int nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN);
    return markers_of(rl_catalogue(app->s), news, nnews, m, max, numbers, nnum);
}

/* What a marker at (x, y) covers: its disc and, at its top right, the
 * badge with its number. */
static void marker_footprint(App *app, float x, float y, int number, float rad, Rect *disc_r, Rect *badge)
{
    char num[12];
    snprintf(num, sizeof num, "%d", number);
    float nw = text_width(app, FONT_SMALL, num) + 6, nh = line_height(app, FONT_SMALL);
    *disc_r = rect(x - rad - 1, y - rad - 1, 2 * rad + 2, 2 * rad + 2);
    *badge = rect(x + rad - 4, y - rad - nh / 2, nw, nh);
}

static bool meets(Rect a, Rect b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

/* Whether marker k may sit at (x, y): inside the map with its badge, on no
 * label, and clear of the markers placed before it. */
static bool marker_fits(App *app, Rect r, const Marker *m, int k, float x, float y, float rad, const Rect *labels,
                        int nlabels)
{
    Rect d, b;
    marker_footprint(app, x, y, k + 1, rad, &d, &b);
    if (d.x < r.x + 1 || d.y + d.h > r.y + r.h - 1 || b.y < r.y + 1 || b.x + b.w > r.x + r.w - 1)
        return false;
    for (int l = 0; l < nlabels; l++)
        if (labels[l].w > 0 && (meets(d, labels[l]) || meets(b, labels[l])))
            return false;
    for (int j = 0; j < k; j++) {
        Rect dj, bj;
        if (!m[j].shown)
            continue;
        marker_footprint(app, m[j].x, m[j].y, j + 1, rad, &dj, &bj);
        if (meets(d, dj) || meets(d, bj) || meets(b, dj) || meets(b, bj))
            return false;
    }
    return true;
}

/* Markers in order, each at the nearest place to its point (on rings of
 * candidates further and further out) where it covers no label of the map
 * and no marker placed before it; a leader line joins it to its point. */
static void place_markers(App *app, Rect r, Marker *m, int count, float rad)
{
    Rect labels[32];
    int nlabels = map_label_rects(app, r, labels, 32);
    for (int k = 0; k < count; k++) {
        m[k].shown = map_point(app, r, m[k].point, &m[k].x, &m[k].y);
        if (!m[k].shown)
            continue;
        float x0 = m[k].x, y0 = m[k].y;
        bool placed = marker_fits(app, r, m, k, x0, y0, rad, labels, nlabels);
        for (int ring = 1; ring <= 24 && !placed; ring++) {
            float dist = ring * rad * 0.75f;
            int around = 8 + 4 * ring;
            for (int i = 0; i < around && !placed; i++) {
                float a = (float)(2 * M_PI * i / around);
                float x = x0 + dist * cosf(a), y = y0 + dist * sinf(a);
                if (marker_fits(app, r, m, k, x, y, rad, labels, nlabels)) {
                    m[k].x = x;
                    m[k].y = y;
                    placed = true;
                }
            }
        }
        /* nowhere free (a crowded map at a large text size): at its point, inside the map */
        float badge = line_height(app, FONT_SMALL);
        m[k].x = fminf(fmaxf(m[k].x, r.x + rad + 2), r.x + r.w - rad - 2 - badge);
        m[k].y = fminf(fmaxf(m[k].y, r.y + rad + badge / 2 + 2), r.y + r.h - rad - 2);
    }
}

/* Pointing at a country: its actor's state as the viewer knows it. */
static void country_tip(App *app, Rect r)
{
    const char *c = map_country_at(app, r, app->mouse_x, app->mouse_y);
    if (!c)
        return;
    static const struct {
        const char *country;
        Actor actor;
        int vars[4];
    } states[] = {
        { N_("Iran"), IRAN, { V_STABILITY, V_PROTEST, V_RIAL, V_BREAKOUT } },
        { N_("Israel"), ISRAEL, { V_ISRAEL_READY, V_STRIKES_ON_IRAN, -1, -1 } },
        { N_("Saudi Arabia"), GULF, { V_GULF_TIES, V_MEDIATION, V_OIL_PRICE, -1 } },
        { N_("United Arab Emirates"), GULF, { V_GULF_TIES, V_HORMUZ_FLOW, -1, -1 } },
        { N_("Qatar"), GULF, { V_MEDIATION, V_POSTURE, -1, -1 } },
        { N_("Oman"), GULF, { V_MEDIATION, V_HORMUZ_FLOW, -1, -1 } },
        { N_("Bahrain"), US, { V_POSTURE, V_ATTACKS_ON_US, -1, -1 } },
        { N_("Iraq"), PROXIES, { V_PROXY_ACTIVITY, V_PROXY_CAPABILITY, V_ATTACKS_ON_US, -1 } },
        { N_("Lebanon"), PROXIES, { V_PROXY_CAPABILITY, V_PROXY_ACTIVITY, -1, -1 } },
        { N_("Yemen"), PROXIES, { V_PROXY_ACTIVITY, V_HORMUZ_FLOW, -1, -1 } },
    };
    char text[600] = "";
    size_t n = 0;
    for (size_t i = 0; i < sizeof states / sizeof *states; i++) {
        if (strcmp(states[i].country, c) != 0)
            continue;
        n += (size_t)snprintf(text, sizeof text, "%s", ui_role_text(states[i].actor));
        for (int k = 0; k < 4 && states[i].vars[k] >= 0 && n < sizeof text; k++) {
            double sd;
            double x = ui_value(app, rl_turn(app->s), states[i].vars[k], &sd);
            char val[40];
            ui_format_value(states[i].vars[k], x, val, sizeof val);
            n += (size_t)snprintf(text + n, sizeof text - n, "\n%s: %s%s", ui_var_label(states[i].vars[k]),
                                  sd > 0 ? "≈" : "", val);
        }
    }
    Hit h = { true, false, false, false };
    ui_tooltip(app, h, rect(app->mouse_x, app->mouse_y, 1, 1), _(c), text);
    app->hover_sig = app->hover_sig * 31 + (int)strlen(c) * 97 + c[0];
}

/* The map under its head, with a marker for each place of the news
 * (numbers[i]: the i-th item's marker, 0 for none); with a game in this
 * window (app->s), a marker's click opens its Why? and pointing at a country
 * tells its state. */
static void draw_event_map(App *app, Rect panel, const Catalogue *cat, const News *const *news, int nnews, int turn,
                           int *numbers, float reserve)
{
    const Palette *p = &app->pal;
    Marker m[16];
    int count = markers_of(cat, news, nnews, m, 16, numbers, nnews);
    /* the panel's head, then the map under it */
    float head = line_height(app, FONT_BOLD) + 12;
    ui_panel(app, panel, NULL);
    char cap[80];
    if (turn == 0)
        snprintf(cap, sizeof cap, "%s", _("The region"));
    else
        snprintf(cap, sizeof cap, ngettext("Last week's events: %d place", "Last week's events: %d places", count), count);
    if (turn > 0 && 12 + text_width(app, FONT_BOLD, cap) + 8 > panel.w - 12 - reserve)
        /* TRANSLATORS: the map's caption when the longer one does not fit beside its button */
        snprintf(cap, sizeof cap, ngettext("%d place", "%d places", count), count);
    float capw = draw_text(app, FONT_BOLD, cap, panel.x + 12, panel.y + 6, p->text);
    const char *hint = _("point or click a marker");
    float room = panel.w - 12 - reserve - (12 + capw + 16);     /* between the caption and what the head keeps */
    if (turn > 0 && app->s && text_width(app, FONT_SMALL, hint) <= room)
        draw_text_al(app, FONT_SMALL, hint, panel.x, panel.y + 8, panel.w - 12 - reserve, ALIGN_RIGHT, p->faint);
    Rect r = rect(panel.x + 1, panel.y + head, panel.w - 2, panel.h - head - 1);
    Unmirrored flat;        /* geography reads the same in every language */
    ui_unmirrored_begin(app, r, &flat);
    map_draw(app, r);
    float rad = 11;
    place_markers(app, r, m, count, rad);
    Rect saved;
    push_clip(app, r, &saved);
    for (int k = 0; k < count; k++) {
        if (!m[k].shown)
            continue;
        float x = m[k].x, y = m[k].y;
        float px_, py_;
        if (map_point(app, r, m[k].point, &px_, &py_) && hypotf(px_ - x, py_ - y) > 2) {
            thick_line(app, px_, py_, x, y, 1.5f, p->marker);     /* a leader line to the place */
            disc(app, px_, py_, 2.5f, p->marker);
        }
        Rect hr = rect(x - rad, y - rad, 2 * rad, 2 * rad);
        char label[48];
        snprintf(label, sizeof label, _("Marker %d"), k + 1);
        Hit h = ui_hit(app, hr, false, label);
        disc(app, x, y, h.hover ? rad + 1.5f : rad, p->marker);
        disc(app, x, y, (h.hover ? rad + 1.5f : rad) - 2, p->bg);
        draw_icon(app, (EventIcon)m[k].icon, x, y, p->marker);
        char num[8];
        snprintf(num, sizeof num, "%d", k + 1);
        float nw = text_width(app, FONT_SMALL, num) + 6, nh = line_height(app, FONT_SMALL);
        fill(app, rect(x + rad - 4, y - rad - nh / 2, nw, nh), p->marker);
        draw_text_al(app, FONT_SMALL, num, x + rad - 4, y - rad - nh / 2, nw, ALIGN_CENTER, p->bg);
        ui_mark(app, rect(x - rad, y - rad, 2 * rad, 2 * rad));
        char tip[900];
        size_t n = (size_t)snprintf(tip, sizeof tip, "%s", _(icon_names[m[k].icon]));
        for (int i = 0; i < m[k].n && n < sizeof tip; i++) {
            char text[NEWS_LEN * 2];
            const News *news = m[k].news[i];
            /* the projector's map has no game of its own: its news come from the class's host */
            n += (size_t)snprintf(tip + n, sizeof tip - n, "\n• %s",
                                  app->s ? rl_news_text(app->s, news, text, sizeof text) : rl_text(news->text));
        }
        if (n < sizeof tip && app->s)
            snprintf(tip + n, sizeof tip - n, "%s", _("\nClick for the first one's Why?"));
        const char *place = map_point_label(app, m[k].point);
        ui_tooltip(app, h, hr, place ? place : m[k].point, tip);
        if (h.click && app->s)
            ui_open_why_news(app, turn, m[k].first);
    }
    pop_clip(app, saved);
    if (app->s && !app->tip_on && inside(r, app->mouse_x, app->mouse_y))
        country_tip(app, r);
    ui_unmirrored_end(app, &flat);
}

void ui_draw_map_panel(App *app, Rect panel, int viewer)
{
    const News *news[MAX_NEWS_SHOWN];
    int numbers[MAX_NEWS_SHOWN];
    int turn = rl_turn(app->s);
    int nnews = rl_news(app->s, viewer, turn, news, MAX_NEWS_SHOWN);
    /* its size, chosen in its head: the reports' room too, or not */
    const char *size = app->map_large ? _("Smaller map") : _("Larger map");
    float head = line_height(app, FONT_BOLD) + 12, bw = text_width(app, FONT_BOLD, size) + 24;
    draw_event_map(app, panel, rl_catalogue(app->s), news, nnews, turn, numbers, bw + 8);
    if (ui_button(app, rect(panel.x + panel.w - bw - 5, panel.y + 4, bw, head - 8), size, true) ||
        ui_hotkey(app, SDLK_m)) {
        app->map_large = !app->map_large;
        app->dirty = true;
    }
}

void ui_draw_public_map(App *app, Rect panel, const Catalogue *cat, const News *news, int nnews, int turn,
                        int *numbers)
{
    const News *each[MAX_NEWS_SHOWN];
    int n = nnews < MAX_NEWS_SHOWN ? nnews : MAX_NEWS_SHOWN;
    for (int i = 0; i < n; i++)
        each[i] = &news[i];
    draw_event_map(app, panel, cat, each, n, turn, numbers, 0);
}
