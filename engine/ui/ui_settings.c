/* The window's settings: kept in the player's settings file (one "key =
 * value" a line), and the screen that changes them (window size,
 * fullscreen, interface scale, text size, colours, language). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* ---- settings ---------------------------------------------------------- */

void ui_settings_default(Settings *s)
{
    *s = (Settings){ .win_w = 1280, .win_h = 720, .fullscreen = false, .ui_scale_pct = 100, .text_size = 1,
                     .colourblind = false };
}

void ui_settings_load(Settings *s, const char *path)
{
    FILE *f = path[0] ? fopen(path, "r") : NULL;
    if (!f)
        return;
    char line[200];
    while (fgets(line, sizeof line, f)) {
        char key[64], word[16];
        int value;
        if (sscanf(line, "language = %15[a-zA-Z_@]", word) == 1) {
            snprintf(s->language, sizeof s->language, "%s", word);
            continue;
        }
        if (sscanf(line, "%63[a-z_] = %d", key, &value) != 2)
            continue;
        if (strcmp(key, "window_width") == 0 && value >= 640 && value <= 8000) s->win_w = value;
        else if (strcmp(key, "window_height") == 0 && value >= 400 && value <= 5000) s->win_h = value;
        else if (strcmp(key, "fullscreen") == 0) s->fullscreen = value != 0;
        else if (strcmp(key, "ui_scale") == 0 && value >= 80 && value <= 150) s->ui_scale_pct = value;
        else if (strcmp(key, "text_size") == 0 && value >= 0 && value <= 2) s->text_size = value;
        else if (strcmp(key, "colourblind") == 0) s->colourblind = value != 0;
    }
    fclose(f);
}

void ui_settings_save(const App *app)
{
    if (!app->settings_path[0])
        return;
    FILE *f = fopen(app->settings_path, "w");
    if (!f) {
        fprintf(stderr, "redline: cannot write the settings to %s: %s\n", app->settings_path, strerror(errno));
        return;
    }
    const Settings *s = &app->set;
    fprintf(f, "# Red Line window settings\nwindow_width = %d\nwindow_height = %d\nfullscreen = %d\n"
               "ui_scale = %d\ntext_size = %d\ncolourblind = %d\n",
            s->win_w, s->win_h, s->fullscreen, s->ui_scale_pct, s->text_size, s->colourblind);
    if (s->language[0])
        fprintf(f, "language = %s\n", s->language);
    fclose(f);
}

/* ---- settings ---------------------------------------------------------- */

/* The language: the system's, or one of the game's own; each named in
 * itself, as a player who cannot read the current one looks for it. */
static bool language_row(App *app, float lx, float cx, float y, float rh)
{
    static const struct { const char *code, *name; } langs[] = {
        { "", NULL }, { "en", "English" }, { "de", "Deutsch" }, { "fa", "فارسی" },
    };
    draw_text(app, FONT_BOLD, _("Language"), lx, y + 10, app->pal.text);
    /* as wide as the longest name, "The system's" in the language now shown */
    float w = fmaxf(160, text_width(app, FONT_BOLD, _("The system's")) + 44);
    bool changed = false;
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        const char *name = langs[i].name ? langs[i].name : _("The system's");
        if (ui_toggle(app, rect(cx + i * (w + 10), y, w, rh), name, strcmp(app->set.language, langs[i].code) == 0)) {
            snprintf(app->set.language, sizeof app->set.language, "%s", langs[i].code);
            changed = true;
        }
    }
    return changed;
}

void screen_settings(App *app)
{
    const Palette *p = &app->pal;
    ui_heading(app, _("Settings"), app->settings_path[0] ? app->settings_path : "");
    Settings *s = &app->set;
    float lx = 24, cx = 260, y = 96, rh = 40, gap = 22;
    bool changed = false;

    draw_text(app, FONT_BOLD, _("Window size"), lx, y + 10, p->text);
    static const int sizes[3][2] = { { 1280, 720 }, { 1600, 900 }, { 1920, 1080 } };
    for (int i = 0; i < 3; i++) {
        char label[32];
        snprintf(label, sizeof label, "%d × %d", sizes[i][0], sizes[i][1]);
        bool on = !s->fullscreen && s->win_w == sizes[i][0] && s->win_h == sizes[i][1];
        if (ui_toggle(app, rect(cx + i * 170, y, 160, rh), label, on)) {
            s->win_w = sizes[i][0];
            s->win_h = sizes[i][1];
            s->fullscreen = false;
            changed = true;
        }
    }
    char now[64];
    snprintf(now, sizeof now, _("now %d × %d pixels"), app->pw, app->ph);
    draw_text(app, FONT_SMALL, now, cx + 3 * 170 + 6, y + 12, p->dim);
    y += rh + gap;

    draw_text(app, FONT_BOLD, _("Fullscreen"), lx, y + 10, p->text);
    if (ui_toggle(app, rect(cx, y, 160, rh), _("Windowed"), !s->fullscreen)) {
        s->fullscreen = false;
        changed = true;
    }
    if (ui_toggle(app, rect(cx + 170, y, 160, rh), _("Fullscreen"), s->fullscreen)) {
        s->fullscreen = true;
        changed = true;
    }
    y += rh + gap;

    draw_text(app, FONT_BOLD, _("Interface scale"), lx, y + 10, p->text);
    if (ui_button(app, rect(cx, y, 48, rh), "−", s->ui_scale_pct > 80)) {
        s->ui_scale_pct -= 10;
        changed = true;
    }
    char pct[16];
    snprintf(pct, sizeof pct, "%d%%", s->ui_scale_pct);
    draw_text_al(app, FONT_H2, pct, cx + 52, y + 9, 70, ALIGN_CENTER, p->text);
    /* "+" only while a larger scale still fits the window */
    bool larger = s->ui_scale_pct < 150 && ui_scale_for(app, s->ui_scale_pct + 10) > ui_scale_for(app, s->ui_scale_pct);
    if (ui_button(app, rect(cx + 126, y, 48, rh), "+", larger)) {
        s->ui_scale_pct += 10;
        changed = true;
    }
    draw_wrapped(app, FONT_SMALL,
                 _("The game's screens grow or shrink by this much, as far as they still fit the window; this "
                   "screen keeps its size, so the buttons stay under the pointer."),
                 cx + 190, y, app->lw - cx - 214, p->dim);
    y += rh + gap;

    draw_text(app, FONT_BOLD, _("Text size"), lx, y + 10, p->text);
    static const char *const text_names[3] = { N_("Small"), N_("Normal"), N_("Large") };
    for (int i = 0; i < 3; i++)
        if (ui_toggle(app, rect(cx + i * 170, y, 160, rh), _(text_names[i]), s->text_size == i)) {
            s->text_size = i;
            changed = true;
        }
    y += rh + gap;

    changed |= language_row(app, lx, cx, y, rh);
    y += rh + gap;

    draw_text(app, FONT_BOLD, _("Colours"), lx, y + 10, p->text);
    if (ui_toggle(app, rect(cx, y, 160, rh), _("Standard"), !s->colourblind)) {
        s->colourblind = false;
        changed = true;
    }
    if (ui_toggle(app, rect(cx + 170, y, 240, rh), _("Colour-blind safe"), s->colourblind)) {
        s->colourblind = true;
        changed = true;
    }
    y += rh + 12;
    SDL_Color sw[] = { p->good, p->bad, p->warn, p->us, p->iran, p->protesters, p->proxies, p->neutral,
                       p->ladder[0], p->ladder[10] };
    /* TRANSLATORS: what each colour means, shown beside a swatch of it */
    const char *swn[] = { _("better"), _("worse"), _("warning, secret"), _("US"), _("Iran"), _("protesters"),
                          _("proxies"), _("others"), _("calm"), _("war") };
    float sx = cx;
    for (int i = 0; i < 10; i++) {
        float w = 28 + text_width(app, FONT_SMALL, swn[i]) + 18;
        if (sx + w > app->lw - 24) {
            sx = cx;
            y += 26;
        }
        fill(app, rect(sx, y, 24, 18), sw[i]);
        draw_text(app, FONT_SMALL, swn[i], sx + 28, y + 2, p->dim);
        sx += w;
    }
    y += 40;
    draw_wrapped(app, FONT_SMALL,
                 _("Colour is never the only sign: trends also carry arrows and the escalation ladder has labels."), cx,
                 y, app->lw - cx - 24, p->dim);

    if (changed) {
        ui_apply_settings(app);
        ui_settings_save(app);
    }
    if (ui_button(app, rect(24, app->lh - 80, 160, 44), _("Back"), true) || ui_key(app, SDLK_ESCAPE))
        ui_goto(app, app->back_from_settings);
    ui_footer(app, _(ui_nav_hint));
}

