/* The turn screen's actions: the list open to the side at the screen,
 * grouped by track, each action's details (cost, needs, effects, factions,
 * sources), and the bar of chosen orders with End turn. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

static const char *escalation_kind(double e)
{
    if (e < 0) return "de-escalation";
    if (e == 0) return "status quo";
    if (e <= 4) return "posturing";
    if (e <= 12) return "non-violent escalation";
    if (e <= 28) return "violent escalation";
    return "nuclear";
}

static const char *const cmp_text[] = { "<", "≤", ">", "≥", "=", "≠" };

static void effect_text(const Effect *e, char *out, size_t cap)
{
    char val[40];
    const char *label = var_info[e->var].flags & TRANSIENT ? var_info[e->var].description : ui_var_label((int)e->var);
    switch (e->op) {
    case EFF_ADD:
        ui_format_delta((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s %s", label, val);
        break;
    case EFF_MUL: snprintf(out, cap, "%s ×%.2g", label, e->value); break;
    case EFF_SET:
        if (var_info[e->var].flags & TRANSIENT) {
            ui_copy(out, cap, label);
        } else {
            ui_format_value((int)e->var, e->value, val, sizeof val);
            snprintf(out, cap, "%s set to %s", label, val);
        }
        break;
    case EFF_ATLEAST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s at least %s", label, val);
        break;
    case EFF_ATMOST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, "%s at most %s", label, val);
        break;
    case EFF_INTEL:
        snprintf(out, cap, "sharper intelligence on %s (error ×%.2g)", actor_title((Actor)e->var), e->value);
        return;
    }
    if (e->sd > 0 && strlen(out) + 16 < cap)
        strcat(out, " (uncertain)");
}

static const char *ui_faction_title(int f)
{
    static const char *const t[FACTION_COUNT] = { "the Leader's office", "the IRGC and hardliners", "the pragmatists",
                                                  "the hawks", "the deal-makers" };
    return f >= 0 && f < FACTION_COUNT ? t[f] : "?";
}

/* Everything a player should know before choosing an action. */
void describe_action(App *app, int action, Actor a, char *out, size_t cap)
{
    const Action *act = &rl_catalogue(app->s)->actions[action];
    /* the values the engine checks the action against, as it will */
    double v[VAR_COUNT];
    for (int x = 0; x < VAR_COUNT; x++)
        v[x] = rl_value(app->s, VIEW_TRUTH, rl_turn(app->s), (Var)x, NULL);
    size_t n = 0;
#define ADD(...) do { if (n < cap) n += (size_t)snprintf(out + n, cap - n, __VA_ARGS__); } while (0)
    if (act->text[0])
        ADD("%s\n", act->text);
    ADD("Cost %d political capital · escalation %+g (%s) · %s\n", act->cost, act->escalation,
        escalation_kind(act->escalation), act->secret ? "secret: others do not see it" : "public");
    if (act->npre > 0) {
        ADD("Needs: ");
        for (int i = 0; i < act->npre; i++) {
            const Prereq *pr = &act->pre[i];
            char val[40], now[40];
            ui_format_value((int)pr->var, pr->value, val, sizeof val);
            ui_format_value((int)pr->var, v[pr->var], now, sizeof now);
            bool ok = false;
            switch (pr->cmp) {
            case CMP_LT: ok = v[pr->var] < pr->value; break;
            case CMP_LE: ok = v[pr->var] <= pr->value; break;
            case CMP_GT: ok = v[pr->var] > pr->value; break;
            case CMP_GE: ok = v[pr->var] >= pr->value; break;
            case CMP_EQ: ok = v[pr->var] == pr->value; break;
            case CMP_NE: ok = v[pr->var] != pr->value; break;
            }
            bool seen = actor_sees(a, pr->var);
            ADD("%s%s %s %s (%s%s)", i ? "; " : "", ui_var_label((int)pr->var), cmp_text[pr->cmp], val,
                seen ? "now " : "", seen ? now : (ok ? "met" : "not met"));
            ADD(" %s", ok ? "✓" : "✗");
        }
        ADD("\n");
    }
    if (act->neff > 0) {
        ADD("Likely effects: ");
        for (int i = 0; i < act->neff; i++) {
            char e[200];
            effect_text(&act->eff[i], e, sizeof e);
            ADD("%s%s", i ? "; " : "", e);
        }
        ADD(".\n");
    }
    if (act->backs || act->opposes) {
        double behind = 0, against = 0;
        bool iran_factions = false;
        for (int f = 0; f < FACTION_COUNT; f++) {
            if (!((act->backs | act->opposes) & (1u << f)))
                continue;
            bool iranian = f <= F_PRAGMATIC;
            iran_factions |= iranian;
            double w = iranian ? v[V_F_LEADER + f] : NAN;
            if (act->backs & (1u << f)) behind += iranian ? w : 0;
            if (act->opposes & (1u << f)) against += iranian ? w : 0;
        }
        for (int pass = 0; pass < 2; pass++) {
            unsigned mask = pass == 0 ? act->backs : act->opposes;
            if (!mask)
                continue;
            ADD("%s", pass == 0 ? "Backed by " : "Opposed by ");
            int k = 0;
            for (int f = 0; f < FACTION_COUNT; f++)
                if (mask & (1u << f)) {
                    if (f <= F_PRAGMATIC && a == IRAN)
                        ADD("%s%s (%.0f%% of influence)", k ? ", " : "", ui_faction_title(f), 100 * v[V_F_LEADER + f]);
                    else
                        ADD("%s%s", k ? ", " : "", ui_faction_title(f));
                    k++;
                }
            ADD(". ");
        }
        if (iran_factions && a == IRAN && against > behind)
            ADD("Those against it outweigh those behind it: elite cohesion will suffer. ");
        if (act->opposes & (1u << F_HAWKS))
            ADD("The hawks will make you pay in approval. ");
        if (act->backs & (1u << F_HAWKS))
            ADD("It eases the hawks' pressure. ");
        ADD("\n");
    }
    ADD("Sources: %s", act->sources[0] ? act->sources : "—");
#undef ADD
}

/* The panel's head: whose actions, and the political capital left as pips;
 * returns where the list starts. */
static float actions_head(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    int left = ui_capital_left(app, side), cap = rl_capital(app->s, side);
    char head[120];
    snprintf(head, sizeof head, "%s: actions this week", actor_title(side));
    draw_text(app, FONT_H2, head, r.x + 12, r.y + 8, ui_actor_colour(app, side));
    char capital[80];
    snprintf(capital, sizeof capital, "Political capital: %d of %d left", left, cap);
    float cw = text_width(app, FONT_BODY, capital);
    float pipx = r.x + r.w - 14 - cap * 14;
    float cy = r.y + 10 + line_height(app, FONT_H2) + 4;
    draw_text(app, FONT_BODY, capital, pipx - cw - 8, cy, p->text);
    for (int i = 0; i < cap; i++) {
        if (i < left)
            disc(app, pipx + i * 14 + 6, cy + 8, 5, p->accent);
        else
            outline(app, rect(pipx + i * 14 + 1, cy + 3, 10, 10), p->faint, 1);
    }
    draw_text_fit(app, FONT_SMALL, "Pick up to 4.", r.x + 12, cy + 2, pipx - cw - 8 - r.x - 24, p->faint);
    return cy + line_height(app, FONT_BODY) + 6;
}

/* One action's row: a check box, its name, "secret", its cost; a click
 * chooses or drops it. True if the pointer or the focus is on it. */
static bool action_row(App *app, Rect row, Actor side, int i)
{
    const Palette *p = &app->pal;
    const Action *act = &rl_catalogue(app->s)->actions[i];
    const char *why = ui_action_blocker(app, side, i);
    bool on = ui_selected(app, side, i);
    Hit h = ui_hit(app, row, true, act->name);
    fill(app, row, on ? p->selected : h.hover ? p->panel2 : p->panel);
    if (on)
        fill(app, rect(row.x, row.y, 3, row.h), p->accent);
    if (h.ring)
        outline(app, row, p->focus, 2);
    float box = 13, bx = row.x + 10, by = row.y + (row.h - box) / 2;
    outline(app, rect(bx, by, box, box), why ? p->faint : on ? p->accent : p->dim, 1.5f);
    if (on) {
        thick_line(app, bx + 3, by + 7, bx + 6, by + 10, 2, p->accent);
        thick_line(app, bx + 6, by + 10, bx + 11, by + 3, 2, p->accent);
    }
    float ty = row.y + (row.h - line_height(app, FONT_BODY)) / 2;
    float costw = 50;
    SDL_Color tc = why ? p->faint : p->text;
    float nw = draw_text_fit(app, on ? FONT_BOLD : FONT_BODY, act->name, bx + box + 10, ty,
                             row.w - box - 30 - costw - (act->secret ? 52 : 0), tc);
    if (act->secret) {
        Rect tag = rect(bx + box + 16 + nw, row.y + 5, 46, row.h - 10);
        outline(app, tag, p->faint, 1);
        draw_text_al(app, FONT_SMALL, "secret", tag.x, tag.y + (tag.h - line_height(app, FONT_SMALL)) / 2, tag.w,
                     ALIGN_CENTER, p->dim);
    }
    char cost[16];
    if (act->cost == 0)
        snprintf(cost, sizeof cost, "free");
    else
        snprintf(cost, sizeof cost, "%d cap.", act->cost);
    draw_text_al(app, FONT_SMALL, cost, row.x + row.w - costw - 6, ty + 1, costw, ALIGN_RIGHT, why ? p->faint : p->dim);
    if (h.click) {
        if (why) {
            snprintf(app->status, sizeof app->status, "Not possible now: %s.", why);
        } else {
            ui_toggle_action(app, side, i);
            app->status[0] = '\0';
        }
        app->detail_action = i;
        app->dirty = true;
    }
    return h.hover || (h.focus && app->kbd_mode);
}

/* The tracks (diplomacy, economy, ...) of side's actions, in catalogue order. */
static int action_tracks(const Catalogue *c, Actor side, char tracks[][16], int max)
{
    int n = 0;
    for (int i = 0; i < c->count; i++) {
        if (!(c->actions[i].actors & (1u << side)))
            continue;
        bool known = false;
        for (int k = 0; k < n; k++)
            known |= strcmp(tracks[k], c->actions[i].track) == 0;
        if (!known && n < max)
            ui_copy(tracks[n++], 16, c->actions[i].track);
    }
    return n;
}

/* The details of the hovered, focused or last chosen action (a < 0: how to choose). */
static void action_details(App *app, Rect d, Actor side, int a)
{
    const Palette *p = &app->pal;
    fill(app, d, p->panel2);
    if (a < 0) {
        draw_wrapped(app, FONT_BODY,
                     "Choose this week's orders from the list above. Each costs political capital; some need "
                     "conditions to hold. Their details show here: cost, what they need, their likely effects, "
                     "who backs or opposes them, and the sources they rest on.",
                     d.x + 12, d.y + 12, d.w - 24, p->dim);
        return;
    }
    const Action *act = &rl_catalogue(app->s)->actions[a];
    Rect saved;
    push_clip(app, d, &saved);
    float ty = d.y + 8;
    ty += draw_wrapped(app, FONT_H2, act->name, d.x + 12, ty, d.w - 24, p->text) + 4;
    const char *why = ui_action_blocker(app, side, a);
    if (why) {
        char line2[160];
        snprintf(line2, sizeof line2, "Not possible now: %s.", why);
        ty += draw_wrapped(app, FONT_BOLD, line2, d.x + 12, ty, d.w - 24, p->bad) + 4;
    }
    char text[2000];
    describe_action(app, a, side, text, sizeof text);
    draw_wrapped(app, FONT_SMALL, text, d.x + 12, ty, d.w - 24, p->text);
    pop_clip(app, saved);
}

void ui_draw_actions(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    const Catalogue *c = rl_catalogue(app->s);
    ui_panel(app, r, NULL);
    float list_top = actions_head(app, r, side);
    float details_h = fmaxf(210, r.h * 0.36f);
    Rect view = rect(r.x + 4, list_top, r.w - 8, r.y + r.h - list_top - details_h - 8);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll_actions);
    float y = sc.y0, rh = fmaxf(26, line_height(app, FONT_BODY) + 8);
    int shown = -1;
    char tracks[12][16];
    int ntracks = action_tracks(c, side, tracks, 12);
    for (int k = 0; k < ntracks; k++) {
        char t[24];
        ui_copy(t, sizeof t, tracks[k]);
        for (char *q = t; *q; q++)
            if (*q >= 'a' && *q <= 'z')
                *q = (char)(*q - 32);
        draw_text(app, FONT_SMALL, t, view.x + 8, y + 6, p->faint);
        y += line_height(app, FONT_SMALL) + 8;
        for (int i = 0; i < c->count; i++) {
            const Action *act = &c->actions[i];
            if (!(act->actors & (1u << side)) || strcmp(act->track, tracks[k]) != 0)
                continue;
            if (action_row(app, rect(view.x + 2, y, view.w - 12, rh - 2), side, i))
                shown = i;
            y += rh;
        }
        y += 4;
    }
    scroll_end(app, &sc, y - sc.y0);
    action_details(app, rect(r.x + 8, r.y + r.h - details_h - 4, r.w - 16, details_h), side,
                   shown >= 0 ? shown : app->detail_action);
}

void ui_draw_orders_bar(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    float bw = 210;
    char label[64];
    if (app->hotseat && ui_next_human(app, side) >= 0)
        snprintf(label, sizeof label, "Done: hand over ▸");
    else
        snprintf(label, sizeof label, "End turn ▸");
    Rect b = rect(r.x + r.w - bw - 10, r.y + (r.h - 46) / 2, bw, 46);
    bool end = ui_button_primary(app, b, label, true);
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "End turn");
    if (end || ((app->kmod & KMOD_CTRL) && ui_key(app, SDLK_RETURN))) {
        ui_end_orders(app);
        return;
    }
    char text[600];
    size_t n = 0;
    if (app->nsel[side] == 0)
        n += (size_t)snprintf(text, sizeof text, "No orders yet: ending the turn now means doing nothing this week.");
    else
        n += (size_t)snprintf(text, sizeof text, "Your orders: ");
    for (int i = 0; i < app->nsel[side] && n < sizeof text; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s%d. %s", i ? "   " : "", i + 1,
                              rl_catalogue(app->s)->actions[app->sel[side][i]].name);
    Rect t = rect(r.x + 12, r.y + 6, r.w - bw - 34, r.h - 12);
    Rect saved;
    push_clip(app, t, &saved);
    float th = draw_wrapped(app, FONT_SMALL, text, t.x, t.y, t.w, app->nsel[side] ? p->text : p->dim);
    if (app->status[0])
        draw_wrapped(app, FONT_SMALL, app->status, t.x, t.y + th + 2, t.w, p->warn);
    pop_clip(app, saved);
}

