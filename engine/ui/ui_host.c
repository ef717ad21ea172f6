/* The window as the projector's public screen while teams play from their
 * own devices (New game, "Teams join from their own devices"): the address
 * and room code with a QR code to join, the week and its timer, the
 * escalation ladder, which teams have sent their orders, the week's public
 * news. Nothing here is any team's secret: it reads only host_status. The
 * facilitator's panel (end the week, time, pause, what silent teams do) is
 * behind the PIN. The host runs on its own thread (engine/host): a frame
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
        ui_message(app, "The class could not start", "%s", hs ? err.msg : "out of memory");
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

static float draw_join(App *app, const HostStatus *st, float x, float y, float w)
{
    const Palette *p = &app->pal;
    draw_text(app, FONT_H2, "Join at", x, y, p->dim);
    y += 30;
    y += draw_wrapped(app, FONT_H1, st->url, x, y, w, p->text) + 6;
    draw_text(app, FONT_H2, "Room code", x, y, p->dim);
    y += 30;
    draw_text(app, FONT_TITLE, st->room, x, y, p->accent);
    y += 64;
    draw_qr(app, app->host, x, y, fminf(w, 230));
    y += fminf(w, 230) + 8;
    if (strncmp(st->url, "http://127.", 11) == 0)
        y += draw_wrapped(app, FONT_SMALL, "Only this computer can join: start again with \"Open to the room's "
                                           "network\" for the class's devices.", x, y, w, p->bad);
    return y;
}

static float draw_week(App *app, const HostStatus *st, float x, float y, float w)
{
    const Palette *p = &app->pal;
    char line[200];
    if (st->over)
        snprintf(line, sizeof line, "The game is over: %s", st->outcome);
    else
        snprintf(line, sizeof line, "Week %d of %d", st->week, st->weeks);
    draw_text(app, FONT_H1, line, x, y, p->text);
    y += 44;
    if (st->timer_left >= 0 && !st->over) {
        snprintf(line, sizeof line, "%d:%02d left%s", st->timer_left / 60, st->timer_left % 60,
                 st->paused ? " (paused)" : "");
        draw_text(app, FONT_TITLE, line, x, y, st->timer_left == 0 ? p->bad : p->text);
        y += 64;
    }
    draw_text(app, FONT_H2, "Escalation ladder", x, y, p->dim);
    y += 30;
    float bw = w - 60, lv = isfinite(st->ladder) ? (float)st->ladder : 0;
    fill(app, rect(x, y, bw, 18), p->panel2);
    fill(app, rect(x, y, bw * fminf(1, lv / 10), 18), p->ladder[(int)fminf(10, fmaxf(0, roundf(lv)))]);
    snprintf(line, sizeof line, "%.1f", lv);
    draw_text(app, FONT_BOLD, line, x + bw + 8, y - 2, p->text);
    y += 34;
    draw_text(app, FONT_H2, "Teams", x, y, p->dim);
    y += 30;
    for (int i = 0; i < st->nteams; i++) {
        Actor a = st->team[i];
        snprintf(line, sizeof line, "%s%s%s%s: %s%s", actor_title(a), st->team_name[a][0] ? " (" : "",
                 st->team_name[a], st->team_name[a][0] ? ")" : "",
                 st->sent[a] ? "sent ✓" : st->claimed[a] ? "deciding" : "not joined yet",
                 st->claimed[a] && !st->online[a] ? " · offline" : "");
        draw_text(app, FONT_BODY, line, x, y, st->sent[a] ? p->good : p->text);
        y += 26;
    }
    return y;
}

static void draw_news(App *app, const HostStatus *st, float x, float y, float w)
{
    const Palette *p = &app->pal;
    draw_text(app, FONT_H2, st->week > 1 ? "Last week's news" : "News", x, y, p->dim);
    y += 30;
    if (st->nnews == 0)
        draw_wrapped(app, FONT_BODY, "Nothing yet: the news comes when the first week is played.", x, y, w, p->faint);
    for (int i = 0; i < st->nnews && y < app->lh - 150; i++)
        y += draw_wrapped(app, FONT_BODY, st->news[i], x, y, w, p->text) + 8;
}

static void command(App *app, const char *line)
{
    char out[2048];
    Error err = { 0 };
    const char *said = host_command(app->host->host, line, out, sizeof out, &err) == 0 ? out : err.msg;
    ui_copy(app->host->note, sizeof app->host->note, said);
}

/* The facilitator's row, behind the PIN. */
static void draw_facilitator(App *app, const HostStatus *st, float y)
{
    struct HostScreen *hs = app->host;
    float x = 24, bh = 40;
    if (!hs->unlocked) {
        ui_text_field_hint(app, rect(x, y, 140, bh), "PIN", hs->pin, 8, FIELD_PIN, "PIN");
        if (ui_button(app, rect(x + 150, y, 200, bh), "Facilitator", hs->pin[0] != '\0')) {
            hs->unlocked = host_pin_matches(hs->host, hs->pin);
            snprintf(hs->note, sizeof hs->note, "%s", hs->unlocked ? "" : "wrong PIN");
            hs->pin[0] = '\0';
        }
        return;
    }
    if (ui_button(app, rect(x, y, 190, bh), "End the week now", !st->over))
        command(app, "end-week");
    if (ui_button(app, rect(x + 200, y, 130, bh), "+1 minute", st->timer_left >= 0 && !st->over))
        command(app, "more 60");
    if (ui_button(app, rect(x + 340, y, 110, bh), st->paused ? "Resume" : "Pause", st->timer_left >= 0))
        command(app, st->paused ? "resume" : "pause");
    if (ui_toggle(app, rect(x + 460, y, 330, bh), "The computer plays silent teams", st->silent == SILENT_AI))
        command(app, st->silent == SILENT_AI ? "silent pass" : "silent ai");
    if (host_has_pin(hs->host) && ui_button(app, rect(x + 800, y, 100, bh), "Lock", true))
        hs->unlocked = false;
}

void screen_host(App *app)
{
    const Palette *p = &app->pal;
    HostStatus st;
    host_status(app->host->host, &st);
    app->host->shown = st;
    char sub[200];
    snprintf(sub, sizeof sub, "%s · teams join from their own devices", st.scenario);
    ui_heading(app, "Red Line", sub);
    float top = 88, col = floorf((app->lw - 96) / 3);
    draw_join(app, &st, 24, top, col);
    draw_week(app, &st, 24 + col + 24, top, col);
    draw_news(app, &st, 24 + 2 * (col + 24), top, col);
    float by = app->lh - 130;
    draw_facilitator(app, &st, by);
    if (app->host->note[0])
        draw_wrapped(app, FONT_SMALL, app->host->note, 24, by + 46, app->lw - 300, p->dim);
    if (ui_button(app, rect(app->lw - 24 - 220, app->lh - 70, 220, 44), "Stop the class", true)) {
        ui_host_stop(app);
        ui_goto(app, SCR_MENU);
    }
    ui_footer(app, "The class is kept in its folder: redline host --load brings it back");
}
