/* The turn screen's actions: the list open to the side at the screen,
 * grouped by track (those not possible now folded away), each with its
 * expected move on the ladder; pointing at one shows its details (cost,
 * needs, effects, factions, sources); below, the orders chosen, what they
 * are expected to do to the ladder, any that work against each other, and
 * End turn. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

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
            snprintf(out, cap, _("%s set to %s"), label, val);
        }
        break;
    case EFF_ATLEAST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, _("%s at least %s"), label, val);
        break;
    case EFF_ATMOST:
        ui_format_value((int)e->var, e->value, val, sizeof val);
        snprintf(out, cap, _("%s at most %s"), label, val);
        break;
    case EFF_INTEL:
        snprintf(out, cap, _("sharper intelligence on %s (error ×%.2g)"), rl_text(actor_title((Actor)e->var)),
                 e->value);
        return;
    }
    if (e->sd > 0 && strlen(out) + 40 < cap)
        strcat(out, _(" (uncertain)"));
}

static const char *ui_faction_title(int f)
{
    static const char *const t[FACTION_COUNT] = { N_("the Leader's office"), N_("the IRGC and hardliners"),
                                                  N_("the pragmatists"), N_("the hawks"), N_("the deal-makers") };
    return f >= 0 && f < FACTION_COUNT ? _(t[f]) : "?";
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
        ADD("%s\n", rl_text(act->text));
    double ladder = ui_action_ladder(app, a, action);
    char move[16];
    if (act->secret)
        ADD(_("Cost %d political capital · secret: others do not see it, and it does not move the ladder\n"), act->cost);
    else if (fabs(ladder) < 0.05)
        ADD(_("Cost %d political capital · public · no move on the ladder this week\n"), act->cost);
    else
        ADD(_("Cost %d political capital · public · on the ladder (0-10): %s this week\n"), act->cost,
            ui_ladder_move(ladder, move, sizeof move));
    if (act->npre > 0) {
        ADD("%s", _("Needs: "));
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
                seen ? _("now ") : "", seen ? now : (ok ? _("met") : _("not met")));
            ADD(" %s", ok ? "✓" : "✗");
        }
        ADD("\n");
    }
    if (act->neff > 0) {
        ADD("%s", _("Likely effects: "));
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
            ADD("%s", pass == 0 ? _("Backed by ") : _("Opposed by "));
            int k = 0;
            for (int f = 0; f < FACTION_COUNT; f++)
                if (mask & (1u << f)) {
                    if (f <= F_PRAGMATIC && a == IRAN)
                        ADD(_("%s%s (%.0f%% of influence)"), k ? ", " : "", ui_faction_title(f), 100 * v[V_F_LEADER + f]);
                    else
                        ADD("%s%s", k ? ", " : "", ui_faction_title(f));
                    k++;
                }
            ADD(". ");
        }
        if (iran_factions && a == IRAN && against > behind)
            ADD("%s", _("Those against it outweigh those behind it: elite cohesion will suffer. "));
        if (act->opposes & (1u << F_HAWKS))
            ADD("%s", _("The hawks will make you pay in approval. "));
        if (act->backs & (1u << F_HAWKS))
            ADD("%s", _("It eases the hawks' pressure. "));
        ADD("\n");
    }
    char named[sizeof act->sources * 4];
    ADD(_("Sources: %s"), act->sources[0] ? rl_sources_text(act->sources, named, sizeof named) : "—");
#undef ADD
}

/* ---- the ladder moves, worked out once per week and side --------------- */

/* The key of what the moves were worked out for: the game, the week, the
 * side and the world (a facilitator's change moves them). */
static uint64_t ladder_key(App *app, Actor side)
{
    LadderMoves *lm = &app->ladder;
    if (lm->pass != app->passes) {  /* hashing the world is a lot to do for each of the list's actions */
        lm->world = rl_state_hash(app->s);
        lm->pass = app->passes;
    }
    uint64_t parts[4] = { (uint64_t)(uintptr_t)app->s, (uint64_t)rl_turn(app->s), (uint64_t)side, lm->world };
    return parts[0] * 1000003u ^ parts[1] * 7919u ^ parts[2] * 31u ^ parts[3];
}

/* Each action's own expected move of the ladder (0-10 scale), as chosen alone. */
double ui_action_ladder(App *app, Actor side, int action)
{
    LadderMoves *lm = &app->ladder;
    uint64_t key = ladder_key(app, side);
    if (lm->key != key) {
        const Catalogue *c = rl_catalogue(app->s);
        for (int i = 0; i < c->count && i < MAX_ACTIONS; i++)
            lm->single[i] = (c->actions[i].actors & (1u << side)) ? rl_ladder_move(app->s, side, &i, 1, NULL) : 0;
        lm->key = key;
    }
    return action >= 0 && action < MAX_ACTIONS ? lm->single[action] : 0;
}

/* The orders chosen together: their expected move, and the drift with none. */
double ui_orders_ladder(App *app, Actor side, double *drift)
{
    return rl_ladder_move(app->s, side, app->sel[side], app->nsel[side], drift);
}

/* The pairs of chosen orders that work against each other, in words. */
static int conflicts_text(App *app, Actor side, char lines[][240], int max)
{
    Conflict c[8];
    int n = rl_conflicts(app->s, side, app->sel[side], app->nsel[side], c, 8);
    const Catalogue *cat = rl_catalogue(app->s);
    int k = 0;
    for (int i = 0; i < n && k < max; i++) {
        const char *a = rl_text(cat->actions[app->sel[side][c[i].first]].name);
        const char *b = rl_text(cat->actions[app->sel[side][c[i].second]].name);
        if (c[i].kind == CONFLICT_OPPOSED)
            snprintf(lines[k++], 240, _("⚠ \"%s\" and \"%s\" push %s opposite ways."), a, b, ui_var_label((int)c[i].var));
        else
            snprintf(lines[k++], 240, _("⚠ \"%s\" undoes what \"%s\" needs (%s)."), a, b, ui_var_label((int)c[i].var));
    }
    return k;
}

/* ---- the list --------------------------------------------------------- */

/* A padlock: the order is secret. */
static void padlock(App *app, float x, float y, SDL_Color c)
{
    outline(app, rect(x + 2, y, 6, 6), c, 1.5f);
    fill(app, rect(x, y + 5, 10, 7), c);
}

/* The room at a row's end for the cost: five pips, or "free" in the
 * reader's language ("kostenlos" is wider than the pips). */
static float cost_width(App *app)
{
    return fmaxf(34, text_width(app, FONT_SMALL, _("free")) + 10);
}

/* The cost in political capital as pips, or "free". */
static void cost_pips(App *app, const Action *act, float right, float cy, SDL_Color c)
{
    if (act->cost == 0) {
        float w = cost_width(app) - 8;
        draw_text_al(app, FONT_SMALL, _("free"), right - w, cy - line_height(app, FONT_SMALL) / 2, w, ALIGN_RIGHT, c);
        return;
    }
    for (int k = 0; k < act->cost && k < 5; k++)
        disc(app, right - 4 - k * 10, cy, 3.5f, c);
}

/* The room for an action's name in a row w wide, and the row's height:
 * two lines when one is not enough. */
static float name_room(App *app, const Action *act, float w)
{
    float costw = cost_width(app), movew = text_width(app, FONT_SMALL, "+0.0") + 12, lockw = act->secret ? 16 : 0;
    return w - 13 - 26 - costw - movew - lockw;
}

static float action_row_height(App *app, Actor side, int i, float w)
{
    const Action *act = &rl_catalogue(app->s)->actions[i];
    int font = ui_selected(app, side, i) ? FONT_BOLD : FONT_BODY;
    float rh = fmaxf(24, line_height(app, FONT_BODY) + 6), room = name_room(app, act, w);
    if (text_width(app, font, rl_text(act->name)) <= room)
        return rh;
    return fmaxf(rh, wrapped_height(app, font, rl_text(act->name), room) + 6);
}

/* One action's row: a check box, its name, a padlock if secret, its move
 * on the ladder, its cost; a click chooses or drops it; pointing at it
 * shows its details. */
static void action_row(App *app, Rect row, Actor side, int i)
{
    const Palette *p = &app->pal;
    const Action *act = &rl_catalogue(app->s)->actions[i];
    const char *why = ui_action_blocker(app, side, i);
    bool on = ui_selected(app, side, i);
    Hit h = ui_hit(app, row, true, rl_text(act->name));
    fill(app, row, on ? p->selected : h.hover ? p->panel2 : p->panel);
    if (on)
        fill(app, rect(row.x, row.y, 3, row.h), p->accent);
    if (h.ring)
        outline(app, row, p->focus, 2);
    float box = 13, bx = row.x + 10, by = row.y + (row.h - box) / 2, cy = row.y + row.h / 2;
    outline(app, rect(bx, by, box, box), why ? p->faint : on ? p->accent : p->dim, 1.5f);
    if (on) {
        thick_line(app, bx + 3, by + 7, bx + 6, by + 10, 2, p->accent);
        thick_line(app, bx + 6, by + 10, bx + 11, by + 3, 2, p->accent);
    }
    float ty = row.y + (row.h - line_height(app, FONT_BODY)) / 2, sty = row.y + (row.h - line_height(app, FONT_SMALL)) / 2;
    double ladder = ui_action_ladder(app, side, i);
    char move[16] = "";
    if (!act->secret && fabs(ladder) >= 0.05)
        ui_ladder_move(ladder, move, sizeof move);
    float costw = cost_width(app), movew = text_width(app, FONT_SMALL, "+0.0") + 12, namew = name_room(app, act, row.w);
    SDL_Color tc = why ? p->faint : p->text;
    int font = on ? FONT_BOLD : FONT_BODY;
    float nw = text_width(app, font, rl_text(act->name)), lx = bx + box + 16 + nw, ly = cy - 6;
    if (nw <= namew) {
        draw_text(app, font, rl_text(act->name), bx + box + 10, ty, tc);
    } else {
        draw_wrapped(app, font, rl_text(act->name), bx + box + 10, row.y + 3, namew, tc);
        lx = bx + box + 16 + namew;
    }
    if (act->secret)
        padlock(app, lx, ly, why ? p->faint : p->dim);
    if (move[0]) {
        int rung = (int)floor(ladder * 2 + 5.5);
        Rect chip = rect(row.x + row.w - costw - movew - 2, sty - 1, movew - 6, line_height(app, FONT_SMALL) + 2);
        fill(app, chip, alpha(p->ladder[rung < 0 ? 0 : rung > 10 ? 10 : rung], 90));
        draw_text_al(app, FONT_SMALL, move, chip.x, sty, chip.w, ALIGN_CENTER, why ? p->faint : p->text);
    }
    cost_pips(app, act, row.x + row.w - 8, cy, why ? p->faint : p->dim);
    if (h.hover || h.focus) {
        char text[2000];
        size_t n = 0;
        if (why)
            n = (size_t)snprintf(text, sizeof text, _("Not possible now: %s.\n"), why);
        describe_action(app, i, side, text + n, sizeof text - n);
        ui_tooltip(app, h, row, rl_text(act->name), text);
    }
    if (h.click) {
        if (why) {
            snprintf(app->status, sizeof app->status, _("Not possible now: %s."), why);
        } else {
            ui_toggle_action(app, side, i);
            app->status[0] = '\0';
        }
        app->dirty = true;
    }
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

/* A track's heading: its name in capitals, in the game's language. */
static void track_title(const char *track, char *out, size_t cap)
{
    static const char *const titles[][2] = {
        /* TRANSLATORS: the headings of the kinds of actions, in capitals where your script has them */
        { "diplomacy", N_("DIPLOMACY") }, { "domestic", N_("DOMESTIC") }, { "economy", N_("ECONOMY") },
        { "information", N_("INFORMATION") }, { "intelligence", N_("INTELLIGENCE") },
        { "logistics", N_("LOGISTICS") }, { "military", N_("MILITARY") }, { "nuclear", N_("NUCLEAR") },
        { "proxies", N_("PROXIES") }, { "street", N_("STREET") }, { "talks", N_("TALKS") }, { "terms", N_("TERMS") },
    };
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (strcmp(track, titles[i][0]) == 0) {
            ui_copy(out, cap, _(titles[i][1]));
            return;
        }
    ui_copy(out, cap, track);     /* a mod's own track, as it is named */
    for (char *q = out; *q; q++)
        *q = (char)(*q >= 'a' && *q <= 'z' ? *q - 32 : *q);
}

/* The actions possible now under their tracks' names; returns where the
 * list ends. */
static float possible_actions(App *app, Rect view, float y, Actor side)
{
    const Palette *p = &app->pal;
    const Catalogue *c = rl_catalogue(app->s);
    char tracks[12][16];
    int ntracks = action_tracks(c, side, tracks, 12);
    for (int k = 0; k < ntracks; k++) {
        bool head = false;
        for (int i = 0; i < c->count; i++) {
            const Action *act = &c->actions[i];
            if (!(act->actors & (1u << side)) || strcmp(act->track, tracks[k]) != 0 || ui_action_blocker(app, side, i))
                continue;
            if (!head) {
                char t[48];
                track_title(tracks[k], t, sizeof t);
                draw_text(app, FONT_SMALL, t, view.x + 8, y + 4, p->faint);
                y += line_height(app, FONT_SMALL) + 6;
                head = true;
            }
            float h = action_row_height(app, side, i, view.w - 12);
            action_row(app, rect(view.x + 2, y, view.w - 12, h - 2), side, i);
            y += h;
        }
    }
    return y;
}

/* The actions not possible now, folded under one row that opens them. */
static float blocked_actions(App *app, Rect view, float y, float rh, Actor side)
{
    const Palette *p = &app->pal;
    const Catalogue *c = rl_catalogue(app->s);
    int n = 0;
    for (int i = 0; i < c->count; i++)
        n += (c->actions[i].actors & (1u << side)) && ui_action_blocker(app, side, i);
    if (n == 0)
        return y;
    char label[80];
    snprintf(label, sizeof label, app->actions_open ? _("▾ Not possible now: %d") : _("▸ Not possible now: %d"), n);
    Rect row = rect(view.x + 2, y + 4, view.w - 12, rh - 2);
    Hit h = ui_hit(app, row, true, _("Not possible now"));
    fill(app, row, h.hover ? p->panel2 : p->panel);
    if (h.ring)
        outline(app, row, p->focus, 2);
    draw_text(app, FONT_SMALL, label, row.x + 8, row.y + (row.h - line_height(app, FONT_SMALL)) / 2, p->dim);
    if (h.click)
        app->actions_open = !app->actions_open;
    y += rh + 4;
    for (int i = 0; app->actions_open && i < c->count; i++)
        if ((c->actions[i].actors & (1u << side)) && ui_action_blocker(app, side, i)) {
            float h = action_row_height(app, side, i, view.w - 12);
            action_row(app, rect(view.x + 2, y, view.w - 12, h - 2), side, i);
            y += h;
        }
    return y;
}

void ui_draw_actions(App *app, Rect r, Actor side)
{
    ui_panel(app, r, NULL);
    char head[120];
    snprintf(head, sizeof head, _("%s: actions this week"), rl_text(actor_title(side)));
    int hf = text_width(app, FONT_H2, head) <= r.w - 24 ? FONT_H2 : FONT_BOLD;     /* German at large text: smaller, whole */
    draw_text_fit(app, hf, head, r.x + 12, r.y + 8, r.w - 24, ui_actor_colour(app, side));
    float list_top = r.y + 14 + line_height(app, FONT_H2);
    Rect view = rect(r.x + 4, list_top, r.w - 8, r.y + r.h - list_top - 4);
    Scroll sc;
    scroll_begin(app, &sc, view, &app->scroll_actions);
    float rh = fmaxf(24, line_height(app, FONT_BODY) + 6);
    float y = possible_actions(app, view, sc.y0, side);
    y = blocked_actions(app, view, y, rh, side);
    scroll_end(app, &sc, y - sc.y0 + 4);
}

/* ---- the orders chosen ------------------------------------------------ */

static float order_row_h(App *app) { return fmaxf(22, line_height(app, FONT_BODY) + 4); }

float ui_orders_height(App *app)
{
    float sh = line_height(app, FONT_SMALL);
    return 10 + line_height(app, FONT_BOLD) + 4 + MAX_ORDERS * order_row_h(app) + 2 * sh + 8 +
           fmaxf(44, 2 * sh + 8) + 10;
}

/* The head: how many orders, and the political capital left as pips. */
static void orders_head(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    int left = ui_capital_left(app, side), cap = rl_capital(app->s, side);
    char head[80];
    snprintf(head, sizeof head, _("Your orders: %d of %d"), app->nsel[side], MAX_ORDERS);
    draw_text(app, FONT_BOLD, head, r.x + 12, r.y + 8, p->text);
    char capital[80];
    snprintf(capital, sizeof capital, _("capital %d of %d left"), left, cap);
    float pipx = r.x + r.w - 12 - cap * 14, cy = r.y + 8 + (line_height(app, FONT_BOLD) - line_height(app, FONT_SMALL)) / 2;
    draw_text_al(app, FONT_SMALL, capital, r.x, cy, pipx - r.x - 8, ALIGN_RIGHT, p->dim);
    float py = r.y + 8 + line_height(app, FONT_BOLD) / 2;
    for (int i = 0; i < cap; i++) {
        if (i < left)
            disc(app, pipx + i * 14 + 6, py, 5, p->accent);
        else
            outline(app, rect(pipx + i * 14 + 1, py - 5, 10, 10), p->faint, 1);
    }
}

/* Each order chosen, numbered, with a button that drops it. */
static float orders_list(App *app, Rect r, float y, Actor side)
{
    const Palette *p = &app->pal;
    float rh = order_row_h(app);
    if (app->nsel[side] == 0)
        draw_wrapped(app, FONT_SMALL, _("None yet: ending the turn now means doing nothing this week. Choose up to "
                                        "four actions above."),
                     r.x + 12, y + 2, r.w - 24, p->dim);
    for (int i = 0; i < app->nsel[side]; i++) {
        int a = app->sel[side][i];
        char line[120], label[80];
        snprintf(line, sizeof line, "%d. %s", i + 1, rl_text(rl_catalogue(app->s)->actions[a].name));
        float bw = 28;
        draw_text_fit(app, FONT_BODY, line, r.x + 12, y + (rh - line_height(app, FONT_BODY)) / 2, r.w - bw - 32,
                      p->text);
        snprintf(label, sizeof label, _("Drop order %d"), i + 1);
        Rect b = rect(r.x + r.w - bw - 12, y + 1, bw, rh - 2);
        if (ui_button(app, b, "✕", true)) {
            ui_toggle_action(app, side, a);
            return y;
        }
        if (app->nlabels > 0)
            ui_copy(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, label);
        y += rh;
    }
    return y;
}

void ui_draw_orders_bar(App *app, Rect r, Actor side)
{
    const Palette *p = &app->pal;
    ui_panel(app, r, NULL);
    orders_head(app, r, side);
    float y = r.y + 10 + line_height(app, FONT_BOLD) + 4, sh = line_height(app, FONT_SMALL);
    orders_list(app, r, y, side);
    y += MAX_ORDERS * order_row_h(app);
    char lines[3][240];
    int nconf = conflicts_text(app, side, lines, 2);
    Rect notes = rect(r.x + 12, y, r.w - 24, 2 * sh + 6);
    Rect saved;
    push_clip(app, notes, &saved);
    float ny = notes.y;
    for (int i = 0; i < nconf; i++)
        ny += draw_wrapped(app, FONT_SMALL, lines[i], notes.x, ny, notes.w, p->warn);
    if (app->status[0] && ny < notes.y + notes.h)
        draw_wrapped(app, FONT_SMALL, app->status, notes.x, ny, notes.w, p->warn);
    pop_clip(app, saved);
    float bh = fmaxf(44, 2 * sh + 8), bw = 190, by = r.y + r.h - bh - 10;
    double drift, move = ui_orders_ladder(app, side, &drift);
    char ladder[200], m1[16], m2[16];
    if (app->nsel[side] == 0)
        snprintf(ladder, sizeof ladder, _("The ladder, with no orders from you: %s this week."),
                 ui_ladder_move(drift, m1, sizeof m1));
    else
        snprintf(ladder, sizeof ladder, _("Your orders move the ladder %s this week (on its own: %s)."),
                 ui_ladder_move(move, m1, sizeof m1), ui_ladder_move(drift, m2, sizeof m2));
    draw_wrapped(app, FONT_SMALL, ladder, r.x + 12, by + (bh - wrapped_height(app, FONT_SMALL, ladder, r.w - bw - 36)) / 2,
                 r.w - bw - 36, p->dim);
    const char *label = app->hotseat && ui_next_human(app, side) >= 0 ? _("Done: hand over ▸") : _("End turn ▸");
    bool end = ui_button_primary(app, rect(r.x + r.w - bw - 10, by, bw, bh), label, true);
    if (app->nlabels > 0)
        snprintf(app->labels[app->nlabels - 1].label, sizeof app->labels[0].label, "%s", _("End turn"));
    if (end)
        ui_end_orders(app);
}
