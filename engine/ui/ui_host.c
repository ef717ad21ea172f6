/* The window as the projector's public screen while teams play from their
 * own devices (New game, "Teams join from their own devices"): the address
 * and room code with a QR code to join, the week and its timer, the
 * escalation ladder, which teams have sent their orders, the map of the
 * week's public news and the news. Nothing here is any team's secret: it
 * reads only host_status. The facilitator's panel (end the week, time,
 * pause, what silent teams do) is behind the PIN. The host runs on its own thread (engine/host): a frame
 * never waits for the network. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../host/host.h"
#include "ui_internal.h"

struct HostScreen {
    Host *host;
    unsigned char qr[177 * 177];
    int qr_w;
    char pin[9];
    bool unlocked;
    char note[300];
    HostStatus shown;           /* what the screen shows: drawn again when the host's differs */
};

bool ui_host_start(App *app, const char *scenario, unsigned long long seed, int turns, const ClassSetup *room,
                   bool lan)
{
    HostConfig cfg = { .root = app->root, .mods = app->mods, .scenario = scenario, .seed = seed, .turns = turns,
                       .bind = lan ? "0.0.0.0" : "127.0.0.1", .port = 8080, .timer_s = room->timer_s,
                       .pin = room->pin && room->pin[0] ? room->pin : NULL, .silent = SILENT_PASS };
    char dir[1200], stamp[32], web[600];
    snprintf(web, sizeof web, "%s/web", app->assets);
    cfg.web = web;
    time_t now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
    snprintf(dir, sizeof dir, "%s/class-%s", app->saves, stamp);
    cfg.dir = dir;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        cfg.team[a] = app->ng_human[a];
        cfg.team_name[a] = app->ng_team[a];
    }
    struct HostScreen *hs = calloc(1, sizeof *hs);
    Error err = { 0 };
    if (hs && !(hs->host = host_start(&cfg, &err))) {
        cfg.port = 0;       /* 8080 taken: any free port (the screen shows which) */
        hs->host = host_start(&cfg, &err);
    }
    if (!hs || !hs->host) {
        free(hs);
        ui_message(app, _("The class could not start"), "%s", hs ? err.msg : _("out of memory"));
        return false;
    }
    HostStatus st;
    host_status(hs->host, &st);
    char link[300];
    snprintf(link, sizeof link, "%s#room=%s", st.url, st.room);
    hs->qr_w = host_qr(link, hs->qr, (int)sizeof hs->qr);
    hs->unlocked = !cfg.pin;
    app->host = hs;
    ui_goto(app, SCR_HOST);
    return true;
}

Host *ui_host(const App *app)
{
    return app->host ? app->host->host : NULL;
}

/* The host changes on its own thread (a team joins, sends, the clock
 * ticks): the window, asleep between events, looks a few times a second and
 * draws only when what it shows has changed. */
bool ui_host_changed(App *app)
{
    if (app->screen != SCR_HOST || !app->host)
        return false;
    HostStatus st;
    host_status(app->host->host, &st);
    return memcmp(&st, &app->host->shown, sizeof st) != 0;
}

void ui_host_stop(App *app)
{
    if (!app->host)
        return;
    host_stop(app->host->host);
    free(app->host);
    app->host = NULL;
}

static void draw_qr(App *app, const struct HostScreen *hs, float x, float y, float size)
{
    if (hs->qr_w <= 0)
        return;
    float m = floorf(size / (float)(hs->qr_w + 8));
    SDL_Color white = { 255, 255, 255, 255 }, black = { 0, 0, 0, 255 };
    fill(app, rect(x, y, m * (float)(hs->qr_w + 8), m * (float)(hs->qr_w + 8)), white);
    for (int r = 0; r < hs->qr_w; r++)
        for (int c = 0; c < hs->qr_w; c++)
            if (hs->qr[r * hs->qr_w + c])
                fill(app, rect(x + m * (float)(c + 4), y + m * (float)(r + 4), m, m), black);
}

/* The address (in the largest type it fits on one line in), the room code
 * and the QR code of both, as large as the column leaves room for. */
static void draw_join(App *app, const HostStatus *st, Rect r)
{
    const Palette *p = &app->pal;
    float x = r.x, y = r.y, w = r.w;
    draw_text(app, FONT_H2, _("Join at"), x, y, p->dim);
    y += 30;
    int url_font = text_width(app, FONT_H1, st->url) <= w ? FONT_H1 : FONT_H2;
    y += draw_wrapped(app, url_font, st->url, x, y, w, p->text) + 6;
    draw_text(app, FONT_H2, _("Room code"), x, y, p->dim);
    y += 30;
    draw_text(app, FONT_TITLE, st->room, x, y, p->accent);
    y += 64;
    const char *loopback = _("Only this computer can join: start again with \"Open to the room's network\" for "
                             "the class's devices.");
    bool only_here = strncmp(st->url, "http://127.", 11) == 0;
    float warning = only_here ? wrapped_height(app, FONT_SMALL, loopback, w) + 8 : 0;
    float qr = fminf(w, r.y + r.h - y - warning);
    draw_qr(app, app->host, x, y, qr);
    y += qr + 8;
    if (only_here)
        draw_wrapped(app, FONT_SMALL, loopback, x, y, w, p->bad);
}

/* One team's line: its role, its name, whether it has sent its orders. */
static void team_line(const HostStatus *st, Actor a, char *out, size_t cap)
{
    char who[120];
    if (st->team_name[a][0])
        snprintf(who, sizeof who, "%s (%s)", rl_text(actor_title(a)), st->team_name[a]);
    else
        snprintf(who, sizeof who, "%s", rl_text(actor_title(a)));
    const char *state = st->sent[a] ? _("sent ✓") : st->claimed[a] ? _("deciding") : _("not joined yet");
    if (st->claimed[a] && !st->online[a])
        /* TRANSLATORS: a team on the projector's screen, what it is doing, and that its device is gone */
        snprintf(out, cap, _("%s: %s · offline"), who, state);
    else
        snprintf(out, cap, "%s: %s", who, state);
}

/* Which teams have sent, in the body's type if they all fit above bottom,
 * else in the small one; those that still do not fit are counted. */
static float draw_teams(App *app, const HostStatus *st, float x, float y, float w, float bottom)
{
    const Palette *p = &app->pal;
    char line[200];
    draw_text(app, FONT_H2, _("Teams"), x, y, p->dim);
    y += 30;
    int font = FONT_BODY;
    float need = 0;
    for (int i = 0; i < st->nteams; i++) {
        team_line(st, st->team[i], line, sizeof line);
        need += wrapped_height(app, FONT_BODY, line, w) + 4;
    }
    if (y + need > bottom)
        font = FONT_SMALL;
    float more = line_height(app, FONT_SMALL) + 4;
    for (int i = 0; i < st->nteams; i++) {
        Actor a = st->team[i];
        team_line(st, a, line, sizeof line);
        float h = wrapped_height(app, font, line, w);
        if (y + h > bottom - (i + 1 < st->nteams ? more : 0)) {
            int sent = 0;
            for (int k = i; k < st->nteams; k++)
                sent += st->sent[st->team[k]];
            snprintf(line, sizeof line,
                     ngettext("and %d more team, %d of them sent", "and %d more teams, %d of them sent", st->nteams - i),
                     st->nteams - i, sent);
            return y + draw_wrapped(app, FONT_SMALL, line, x, y, w, p->dim) + 4;
        }
        y += draw_wrapped(app, font, line, x, y, w, st->sent[a] ? p->good : p->text) + 4;
    }
    return y;
}

/* The week and its time, the ladder and the teams, down to bottom. */
static float draw_week(App *app, const HostStatus *st, float x, float y, float w, float bottom)
{
    const Palette *p = &app->pal;
    char line[200];
    if (st->over)
        snprintf(line, sizeof line, _("The game is over: %s"), rl_text(st->outcome));
    else
        snprintf(line, sizeof line, _("Week %d of %d"), st->week, st->weeks);
    y += draw_wrapped(app, FONT_H1, line, x, y, w, p->text) + 8;
    if (st->timer_left >= 0 && !st->over) {
        snprintf(line, sizeof line, _("%d:%02d left"), st->timer_left / 60, st->timer_left % 60);
        draw_text(app, FONT_TITLE, line, x, y, st->timer_left == 0 ? p->bad : p->text);
        y += line_height(app, FONT_TITLE) + 4;
        if (st->paused)
            y += draw_wrapped(app, FONT_H2, _("(paused)"), x, y, w, p->warn) + 8;
    }
    draw_text(app, FONT_H2, _("Escalation ladder"), x, y, p->dim);
    y += 30;
    float bw = w - 60, lv = isfinite(st->ladder) ? (float)st->ladder : 0;
    fill(app, rect(x, y, bw, 18), p->panel2);
    fill(app, rect(x, y, bw * fminf(1, lv / 10), 18), p->ladder[(int)fminf(10, fmaxf(0, roundf(lv)))]);
    snprintf(line, sizeof line, "%.1f", lv);
    draw_text(app, FONT_BOLD, line, x + bw + 8, y - 2, p->text);
    y += 34;
    return draw_teams(app, st, x, y, w, bottom);
}

/* The week's public news, each with its marker's number on the map, as
 * many as r holds; the rest are counted. */
static void draw_news(App *app, const HostStatus *st, const int *numbers, Rect r)
{
    const Palette *p = &app->pal;
    float x = r.x, y = r.y, w = r.w, more = line_height(app, FONT_SMALL) + 4;
    if (r.h < 30 + line_height(app, FONT_BODY) + more)
        return;     /* no room under the teams: the pages have the news */
    draw_text(app, FONT_H2, st->played > 0 ? _("Last week's news") : _("News"), x, y, p->dim);
    y += 30;
    if (st->nnews == 0)
        draw_wrapped(app, FONT_BODY, _("Nothing yet: the news comes when the first week is played."), x, y, w, p->faint);
    int i;
    for (i = 0; i < st->nnews; i++) {
        float h = wrapped_height(app, FONT_BODY, st->news[i].text, w - 30);
        if (y + h > r.y + r.h - (i + 1 < st->nnews ? more : 0))
            break;
        if (numbers[i]) {
            char num[8];
            snprintf(num, sizeof num, "%d", numbers[i]);
            disc(app, x + 10, y + 11, 10, p->marker);
            draw_text_al(app, FONT_SMALL, num, x, y + 11 - line_height(app, FONT_SMALL) / 2, 20, ALIGN_CENTER, p->bg);
        }
        y += draw_wrapped(app, FONT_BODY, st->news[i].text, x + 30, y, w - 30, p->text) + 6;
    }
    if (i < st->nnews) {
        char line[120];
        snprintf(line, sizeof line, ngettext("and %d more on the teams' pages", "and %d more on the teams' pages", st->nnews - i),
                 st->nnews - i);
        draw_text(app, FONT_SMALL, line, x + 30, y, p->dim);
    }
}

static void command(App *app, const char *line)
{
    char out[2048];
    Error err = { 0 };
    const char *said = host_command(app->host->host, line, out, sizeof out, &err) == 0 ? out : err.msg;
    ui_copy(app->host->note, sizeof app->host->note, said);
}

/* The next control of the facilitator's row, as wide as its label needs
 * (at least min) and `extra` more for what the control draws beside it. */
static Rect next_in_row(App *app, float *x, float y, const char *label, float min, float extra)
{
    float w = fmaxf(min, text_width(app, FONT_BOLD, label) + extra);
    Rect r = rect(*x, y, w, 40);
    *x += w + 10;
    return r;
}

/* The facilitator's row, behind the PIN. */
static void draw_facilitator(App *app, const HostStatus *st, float y)
{
    struct HostScreen *hs = app->host;
    float x = 24;
    if (!hs->unlocked) {
        ui_text_field_hint(app, next_in_row(app, &x, y, "PIN", 140, 0), "PIN", hs->pin, 8, FIELD_PIN, "PIN");
        if (ui_button(app, next_in_row(app, &x, y, _("Facilitator"), 200, 32), _("Facilitator"), hs->pin[0] != '\0')) {
            hs->unlocked = host_pin_matches(hs->host, hs->pin);
            snprintf(hs->note, sizeof hs->note, "%s", hs->unlocked ? "" : _("wrong PIN"));
            hs->pin[0] = '\0';
        }
        return;
    }
    const char *end = _("End the week now");
    if (ui_button(app, next_in_row(app, &x, y, end, 190, 32), end, !st->over))
        command(app, "end-week");
    if (ui_button(app, next_in_row(app, &x, y, _("+1 minute"), 130, 32), _("+1 minute"), st->timer_left >= 0 && !st->over))
        command(app, "more 60");
    const char *pause = st->paused ? _("Resume") : _("Pause");
    if (ui_button(app, next_in_row(app, &x, y, pause, 110, 32), pause, st->timer_left >= 0))
        command(app, st->paused ? "resume" : "pause");
    const char *silent = _("The computer plays silent teams");
    if (ui_toggle(app, next_in_row(app, &x, y, silent, 330, 48), silent, st->silent == SILENT_AI))
        command(app, st->silent == SILENT_AI ? "silent pass" : "silent ai");
    if (host_has_pin(hs->host) && ui_button(app, next_in_row(app, &x, y, _("Lock"), 100, 32), _("Lock"), true))
        hs->unlocked = false;
}

void screen_host(App *app)
{
    const Palette *p = &app->pal;
    HostStatus st;
    host_status(app->host->host, &st);
    app->host->shown = st;
    char sub[200];
    snprintf(sub, sizeof sub, _("%s · teams join from their own devices"), st.scenario);
    ui_heading(app, _("Red Line"), sub);
    /* the way in on the left, the map of the week's news in the middle (near
     * square, as the region is), the week, the teams and the news on the
     * right; the facilitator's row under them */
    float top = 88, by = app->lh - 130, bottom = by - 16;
    float join_w = floorf(fminf(fmaxf(app->lw * 0.2f, 260), 400));
    float week_w = floorf(fminf(fmaxf(app->lw * 0.26f, 320), 480));
    float mx = 24 + join_w + 24, mw = app->lw - mx - 24 - week_w - 24;
    draw_join(app, &st, rect(24, top, join_w, bottom - top));
    float y = draw_week(app, &st, mx + mw + 24, top, week_w, bottom);
    int numbers[HOST_NEWS];
    ui_draw_public_map(app, rect(mx, top, mw, bottom - top), host_catalogue(app->host->host), st.news, st.nnews,
                       st.played, numbers);
    draw_news(app, &st, numbers, rect(mx + mw + 24, y + 12, week_w, bottom - y - 12));
    draw_facilitator(app, &st, by);
    if (app->host->note[0])
        draw_wrapped(app, FONT_SMALL, app->host->note, 24, by + 46, app->lw - 300, p->dim);
    if (ui_button(app, rect(app->lw - 24 - 220, app->lh - 70, 220, 44), _("Stop the class"), true)) {
        ui_host_stop(app);
        ui_goto(app, SCR_MENU);
    }
    ui_footer(app, _("The class is kept in its folder: redline host --load brings it back"));
}
