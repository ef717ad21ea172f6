/* The guided first game. On the tutorial scenario played by one side, a box
 * of steps walks the player through a week: it points at the widget each
 * step uses and moves on when the player has done the step (a few steps
 * that only show something have a Next button). "Skip tutorial" ends it at
 * any step. The box takes the clicks that land on it (app->tutorial_box),
 * and hides while a dialog is open. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ui_internal.h"

/* What ends a step. */
typedef enum Done {
    DONE_NEXT,          /* the player presses Next */
    DONE_TURN,          /* the turn screen is shown */
    DONE_DIALOG,        /* a Why? or causal view is open */
    DONE_ORDER,         /* an order is chosen */
    DONE_RESOLVED,      /* the week is resolved */
} Done;

/* Where a step points. */
typedef enum Target { AT_LABEL, AT_OBJECTIVE, AT_ACTION } Target;

typedef struct Step {
    Screen screen;
    Target at;
    const char *label;      /* with AT_LABEL: the widget's label (untranslated; "Why? %d": the first Why?) */
    const char *text;
    Done done;
} Step;

static const Step steps[] = {
    { SCR_BRIEFING, AT_LABEL, N_("Begin"),
      N_("Welcome to Red Line. This is your briefing: who you play, what you want and where things stand. "
      "Read it, then press Begin."), DONE_TURN },
    { SCR_TURN, AT_OBJECTIVE, NULL,
      N_("Your objectives stay here all game. Each bar shows how far one is met now; from next week an arrow "
      "shows which way it moved and a line says what worked against it."), DONE_NEXT },
    { SCR_TURN, AT_ACTION, NULL,
      N_("Now act: tick an action. It costs political capital (the dots); the number beside an action is how "
      "far it moves the escalation ladder, 0 to 10."), DONE_ORDER },
    { SCR_TURN, AT_LABEL, N_("Escalation ladder"),
      N_("The ladder shows where the crisis stands, from a deal (0) to full war (10), and where your orders "
      "are expected to take it next week. Orders that work against each other are flagged."), DONE_NEXT },
    { SCR_TURN, AT_LABEL, N_("End turn"),
      N_("When your orders are set, press End turn (or Ctrl+Enter). The other side decides at the same time "
      "without seeing yours."), DONE_RESOLVED },
    { SCR_RESOLUTION, AT_LABEL, N_("Why? %d"),
      N_("This is what every side did. Press a Why? to see which rule chose a move and the reporting "
      "behind it. Close it to go on."), DONE_DIALOG },
    { SCR_RESOLUTION, AT_LABEL, N_("Continue"),
      N_("Press Continue for the next week."), DONE_TURN },
    { SCR_TURN, AT_LABEL, N_("Progress of talks"),
      N_("Every number says why it changed. Click Progress of talks: last week's change taken apart, each "
      "cause with its rule and sources."), DONE_DIALOG },
    { SCR_TURN, AT_LABEL, N_("Charts"),
      N_("That is the game. Play on: get a deal signed without a war. Charts (C) show how everything moved; "
      "Briefing has your objectives and sources."), DONE_NEXT },
};
enum { STEPS = sizeof steps / sizeof *steps };

int ui_tutorial_steps(void) { return STEPS; }
Screen ui_tutorial_screen(int step) { return step >= 1 && step <= STEPS ? steps[step - 1].screen : SCR_TURN; }

void ui_tutorial_start(App *app, const char *scenario)
{
    app->tutorial = strcmp(scenario, "tutorial") == 0 && !app->hotseat ? 1 : 0;
    app->tutorial_box = rect(0, 0, 0, 0);
    app->tutorial_turn = rl_turn(app->s);
}

/* Whether the step is done; `next` is the Next button's press. */
static bool step_done(App *app, const Step *st, bool next)
{
    switch (st->done) {
    case DONE_NEXT: return next;
    case DONE_TURN: return app->screen == SCR_TURN && st->screen != SCR_TURN;
    case DONE_DIALOG: return app->modal == MODAL_WHY;
    case DONE_ORDER: return app->nsel[app->side] > 0;
    case DONE_RESOLVED: return rl_turn(app->s) > app->tutorial_turn;
    }
    return false;
}

/* The widget the step points at, in the last frame's labels. */
static bool target_rect(App *app, const Step *st, Rect *out)
{
    char why[48];
    const char *label = st->label ? _(st->label) : NULL;
    if (label && strstr(st->label, "%d")) {
        snprintf(why, sizeof why, label, 1);
        label = why;
    }
    if (st->at == AT_OBJECTIVE && rl_scenario(app->s)->nobjectives[app->side] > 0)
        label = rl_text(rl_scenario(app->s)->objectives[app->side][0].text);
    if (st->at == AT_ACTION) {
        const Catalogue *c = rl_catalogue(app->s);
        for (int i = 0; i < c->count && !label; i++)
            if ((c->actions[i].actors & (1u << app->side)) && !ui_action_blocker(app, app->side, i))
                label = rl_text(c->actions[i].name);
    }
    return label && ui_find_label(app, label, out);
}

static bool fits(const App *app, Rect b, Rect t)
{
    bool inside_window = b.x >= 8 && b.y >= 8 && b.x + b.w <= app->lw - 8 && b.y + b.h <= app->lh - 8;
    bool apart = b.x >= t.x + t.w || b.x + b.w <= t.x || b.y >= t.y + t.h || b.y + b.h <= t.y;
    return inside_window && apart;
}

static float clampf(float x, float lo, float hi) { return x < lo ? lo : x > hi ? hi : x; }

/* Beside the target (right, left, below, above), never over it. */
static Rect place_box(const App *app, Rect t, float w, float h)
{
    float gap = 18, cy = clampf(t.y + t.h / 2 - h / 2, 8, app->lh - 8 - h);
    float cx = clampf(t.x + t.w / 2 - w / 2, 8, app->lw - 8 - w);
    Rect tries[] = {
        rect(t.x + t.w + gap, cy, w, h), rect(t.x - gap - w, cy, w, h),
        rect(cx, t.y + t.h + gap, w, h), rect(cx, t.y - gap - h, w, h),
    };
    for (size_t i = 0; i < sizeof tries / sizeof *tries; i++)
        if (fits(app, tries[i], t))
            return tries[i];
    return rect(8, app->lh - 8 - h, w, h);
}

/* A thick ring round the target and a line from the box to it. */
static void point_at(App *app, Rect box, Rect t)
{
    SDL_Color c = app->pal.focus;
    outline(app, rect(t.x - 4, t.y - 4, t.w + 8, t.h + 8), c, 3);
    float bx = clampf(t.x + t.w / 2, box.x, box.x + box.w), by = clampf(t.y + t.h / 2, box.y, box.y + box.h);
    float tx = clampf(bx, t.x - 4, t.x + t.w + 4), ty = clampf(by, t.y - 4, t.y + t.h + 4);
    thick_line(app, bx, by, tx, ty, 3, c);
}

void ui_draw_tutorial(App *app)
{
    app->tutorial_box = app->tutorial_target = rect(0, 0, 0, 0);
    if (!app->s || app->tutorial < 1 || app->tutorial > STEPS)
        return;
    const Step *st = &steps[app->tutorial - 1];
    if (step_done(app, st, false)) {
        app->tutorial++;
        app->tutorial_turn = rl_turn(app->s);
        app->dirty = true;
        return;
    }
    if (app->modal != MODAL_NONE || app->screen != st->screen)
        return;
    const Palette *p = &app->pal;
    float w = 360, pad = 14, tw = w - 2 * pad, bh = 34;
    float h = pad + line_height(app, FONT_SMALL) + 6 + wrapped_height(app, FONT_BODY, _(st->text), tw) + 12 + bh + pad;
    Rect t;
    bool pointed = target_rect(app, st, &t);
    Rect box = pointed ? place_box(app, t, w, h) : rect(app->lw - w - 16, 64, w, h);
    if (pointed) {
        point_at(app, box, t);
        app->tutorial_target = t;
    }
    fill(app, box, p->raised);
    outline(app, box, p->focus, 2);
    char head[64];
    snprintf(head, sizeof head, _("Tutorial · step %d of %d"), app->tutorial, (int)STEPS);
    float y = box.y + pad;
    draw_text(app, FONT_SMALL, head, box.x + pad, y, p->dim);
    y += line_height(app, FONT_SMALL) + 6;
    y += draw_wrapped(app, FONT_BODY, _(st->text), box.x + pad, y, tw, p->text) + 12;
    float bw = (tw - 10) / 2;
    if (ui_button(app, rect(box.x + pad, y, bw, bh), _("Skip tutorial"), true))
        app->tutorial = 0;
    else if (st->done == DONE_NEXT &&
             ui_button_primary(app, rect(box.x + pad + bw + 10, y, bw, bh), app->tutorial < STEPS ? _("Next") : _("Done"), true))
        app->tutorial++;
    app->tutorial_box = app->tutorial > 0 ? box : rect(0, 0, 0, 0);
}
