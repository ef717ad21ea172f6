/* Why things changed, as the side at the screen may know it: a variable's
 * change in a week taken apart into its causes (each order with the rules
 * that chose it, each event with what made it fire, each step of the model
 * with what it rests on), and the Why? of a news item. Every cause leads to
 * what it changed and to the sources behind it. The front door decides what
 * the viewer may see: another side's secret orders and what the viewer only
 * estimates stay hidden, summed as "causes you cannot see". */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_internal.h"

#define MAX_TAGS 32

typedef struct Tags {
    char tag[MAX_TAGS][32];
    int n;
} Tags;

static void add_tags(Tags *t, const char *list)
{
    char buf[200];
    ui_copy(buf, sizeof buf, list);
    char *at;
    for (char *tok = strtok_r(buf, ",;", &at); tok; tok = strtok_r(NULL, ",;", &at)) {
        while (*tok == ' ')
            tok++;
        size_t len = strlen(tok);
        while (len > 0 && tok[len - 1] == ' ')
            tok[--len] = '\0';
        bool dup = false;
        for (int i = 0; i < t->n; i++)
            dup |= strcmp(t->tag[i], tok) == 0;
        if (len && !dup && t->n < MAX_TAGS)
            ui_copy(t->tag[t->n++], sizeof t->tag[0], tok);
    }
}

/* The parts of v's change in turn as the viewer may know them, largest first. */
static int by_size(const void *a, const void *b)
{
    double x = fabs(((const CauseInfo *)a)->amount), y = fabs(((const CauseInfo *)b)->amount);
    return (x < y) - (x > y);
}

static int parts_of(App *app, int v, int turn, CauseInfo *out)
{
    int n = rl_causes_shown(app->s, ui_viewer(app), turn, (Var)v, out, LEDGER_MAX_PARTS);
    qsort(out, (size_t)n, sizeof *out, by_size);
    return n;
}

void ui_causes_text(App *app, int v, int turn, char *out, size_t cap)
{
    out[0] = '\0';
    if (!app->s || turn < 1 || turn > rl_turn(app->s))
        return;
    double sd0 = 0, sd1 = 0;
    double a = ui_value(app, turn - 1, v, &sd0), b = ui_value(app, turn, v, &sd1);
    if (isnan(a) || isnan(b))
        return;
    if (sd0 > 0 || sd1 > 0) {
        ui_copy(out, cap, _("You see only an estimate of it, so what moved it is hidden from you."));
        return;
    }
    char va[40], vb[40], d[40];
    ui_format_value(v, a, va, sizeof va);
    ui_format_value(v, b, vb, sizeof vb);
    ui_format_change(v, a, b, d, sizeof d);
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = parts_of(app, v, turn, parts);
    size_t k = n ? (size_t)snprintf(out, cap, _("Last week %s → %s (%s):"), va, vb, d)
                 : (size_t)snprintf(out, cap, _("Last week it stayed at %s."), vb);
    for (int i = 0; i < n && i < 5 && k < cap; i++) {
        ui_format_delta(v, parts[i].amount, d, sizeof d);
        k += (size_t)snprintf(out + k, cap - k, "\n• %s %s", parts[i].label, d);
    }
    if (n > 5 && k < cap)
        k += (size_t)snprintf(out + k, cap - k, ngettext("\n• and %d smaller cause", "\n• and %d smaller causes", n - 5), n - 5);
    if (n > 0 && k < cap)
        snprintf(out + k, cap - k, "%s", _("\nClick for the rules and sources behind each."));
}

/* ---- opening it ------------------------------------------------------- */

static void open_why(App *app)
{
    app->modal = MODAL_WHY;
    app->focus = -1;
    app->why.h = 0;
    app->why.scroll = 0;
    app->dirty = true;
}

void ui_open_causes(App *app, int v, int turn)
{
    app->why = (WhyView){ .turn = turn, .news = -1, .var = v, .part = -1 };
    open_why(app);
}

void ui_open_why_news(App *app, int turn, int news)
{
    app->why = (WhyView){ .turn = turn, .news = news, .var = -1, .part = -1 };
    open_why(app);
}

/* ---- one cause explained ---------------------------------------------- */

static const char *const cmp_words[] = { "<", "≤", ">", "≥", "=", "≠" };

/* What makes an event fire, in words. */
static void event_when(const EventInfo *e, char *out, size_t cap)
{
    size_t n = 0;
    if (e->on[0])
        n += (size_t)snprintf(out, cap, _("It answers the event '%s'. "), e->on);
    if (e->nconditions > 0 && n < cap) {
        n += (size_t)snprintf(out + n, cap - n, "%s", _("It fires when "));
        for (int i = 0; i < e->nconditions && n < cap; i++) {
            char val[40];
            ui_format_value((int)e->condition[i].var, e->condition[i].value, val, sizeof val);
            n += (size_t)snprintf(out + n, cap - n, "%s%s %s %s", i == 0 ? "" : i == e->nconditions - 1 ? _(" and ") : ", ",
                                  ui_var_label((int)e->condition[i].var), cmp_words[e->condition[i].cmp], val);
        }
        if (n < cap)
            n += (size_t)snprintf(out + n, cap - n, ". ");
    } else if (e->nconditions < 0 && !e->on[0] && n < cap) {
        n += (size_t)snprintf(out + n, cap - n, "%s", _("The scenario's script decides when it fires. "));
    }
    if (e->chance < 1 && n < cap)
        n += (size_t)snprintf(out + n, cap - n, _("Then it happens with a chance of %.0f%% each week. "), 100 * e->chance);
    if (e->once && n < cap)
        snprintf(out + n, cap - n, "%s", _("It happens once a game at most."));
}

/* The order o explained: whose, the action's text, the rules that chose it. */
static float explain_order(App *app, const Order *o, float x, float y, float w, Tags *tags)
{
    const Palette *p = &app->pal;
    const Action *act = &rl_catalogue(app->s)->actions[o->action];
    float y0 = y;
    if (act->text[0])
        y += draw_wrapped(app, FONT_SMALL, rl_text(act->text), x, y, w, p->dim) + 8;
    if (rl_human(app->s, (Actor)o->actor)) {
        char who[160];
        ui_team_label(app, (Actor)o->actor, who, sizeof who);
        char line[240];
        snprintf(line, sizeof line, _("Chosen by a team at the screen: %s."), who);
        y += draw_wrapped(app, FONT_BODY, line, x, y, w, p->text) + 6;
    } else {
        draw_text(app, FONT_BOLD, _("The rules that chose it"), x, y, p->text);
        y += line_height(app, FONT_BOLD) + 4;
        if (o->nrules == 0)
            y += draw_wrapped(app, FONT_BODY, _("No rule was recorded for this move."), x, y, w, p->dim) + 6;
        for (int i = 0; i < o->nrules; i++) {
            const Rule *rule = rl_rule(app->s, o->rules[i]);
            if (!rule)
                continue;
            fill(app, rect(x, y + 2, 3, 16), ui_actor_colour(app, o->actor));
            y += draw_wrapped(app, FONT_BODY, rl_text(rule->reason), x + 12, y, w - 12, p->text) + 2;
            char meta[600], named[400];
            snprintf(meta, sizeof meta, _("rule %s · sources: %s"), rule->id,
                     rl_sources_text(rule->sources, named, sizeof named));
            y += draw_wrapped(app, FONT_SMALL, meta, x + 12, y, w - 12, p->faint) + 8;
            add_tags(tags, rule->sources);
        }
    }
    if (act->sources[0]) {
        char meta[600], named[400];
        snprintf(meta, sizeof meta, _("The action itself rests on: %s"), rl_sources_text(act->sources, named, sizeof named));
        y += draw_wrapped(app, FONT_SMALL, meta, x, y, w, p->faint) + 8;
        add_tags(tags, act->sources);
    }
    return y - y0;
}

/* What a cause that is not an order is: an event and what made it fire, a
 * step of the model and what it does, the facilitator, the week's
 * bookkeeping. */
static float explain_other(App *app, CauseKind kind, int index, float x, float y, float w, Tags *tags)
{
    const Palette *p = &app->pal;
    char text[900] = "";
    const char *sources = "";
    EventInfo e;
    switch (kind) {
    case CAUSE_EVENT:
        if (rl_event(app->s, index, &e) == 0) {
            char when[500];
            event_when(&e, when, sizeof when);
            snprintf(text, sizeof text, _("One of the scenario's events fired: \"%s\" (%s). %s"), rl_text(e.text), e.id, when);
            sources = e.sources;
        }
        break;
    case CAUSE_DYNAMIC:
        snprintf(text, sizeof text, _("A step of the model, %s, run every week: %s"), rl_text(dynamic_title((Dynamic)index)),
                 rl_text(dynamic_about((Dynamic)index)));
        sources = dynamic_sources((Dynamic)index);
        break;
    case CAUSE_FACILITATOR: {
        const Intervention *iv[256];
        int n = rl_interventions(app->s, iv, 256);
        char did[NEWS_LEN + 120];
        if (index < n)
            snprintf(text, sizeof text, _("The facilitator changed the situation between two weeks: %s"),
                     rl_intervention_text(iv[index], did, sizeof did));
        else
            ui_copy(text, sizeof text, _("The facilitator changed the situation between two weeks."));
        break;
    }
    case CAUSE_RANGE:
        ui_copy(text, sizeof text, _("The value was held within its range: it cannot go past its limits."));
        break;
    case CAUSE_NEW_WEEK:
        ui_copy(text, sizeof text, _("A new week began: last week's one-week signals were cleared."));
        break;
    case CAUSE_UNSEEN:
        ui_copy(text, sizeof text, _("What your side cannot know: other sides' secret orders, and changes to what "
                                   "you only estimate. They are summed here so the parts still add up."));
        break;
    default: break;
    }
    float h = draw_wrapped(app, FONT_BODY, text, x, y, w, p->text) + 8;
    if (sources[0]) {
        char meta[600], named[400];
        snprintf(meta, sizeof meta, _("It rests on: %s"), rl_sources_text(sources, named, sizeof named));
        h += draw_wrapped(app, FONT_SMALL, meta, x, y + h, w, p->faint) + 8;
        add_tags(tags, sources);
    }
    return h;
}

static bool same_cause(const CauseInfo *c, CauseKind kind, int index, const Order *o)
{
    if (c->kind != kind)
        return false;
    return kind == CAUSE_ORDER ? c->order == o : c->index == index;
}

/* Every variable the cause moved in the turn, as the viewer sees them:
 * worked out once for the dialog (it reads every variable's ledger). */
static const char *changed_list(App *app, int turn, CauseKind kind, int index, const Order *o)
{
    WhyView *wv = &app->why;
    uint64_t key = ((uint64_t)(uintptr_t)o * 31 + (uint64_t)index) * 131 + (uint64_t)kind * 8191 + (uint64_t)turn * 7 +
                   (uint64_t)ui_viewer(app) * 1000003 + (uint64_t)(uintptr_t)app->s + (uint64_t)rl_turn(app->s);
    if (wv->changed_key == key)
        return wv->changed;
    size_t n = 0;
    int count = 0;
    wv->changed[0] = '\0';
    for (int v = 0; v < VAR_COUNT && n < sizeof wv->changed; v++) {
        CauseInfo parts[LEDGER_MAX_PARTS];
        int k = rl_causes_shown(app->s, ui_viewer(app), turn, (Var)v, parts, LEDGER_MAX_PARTS);
        for (int i = 0; i < k; i++)
            if (same_cause(&parts[i], kind, index, o)) {
                char d[40];
                ui_format_delta(v, parts[i].amount, d, sizeof d);
                n += (size_t)snprintf(wv->changed + n, sizeof wv->changed - n, "%s%s %s", count++ ? " · " : "",
                                      ui_var_label(v), d);
            }
    }
    wv->changed_key = key;
    return wv->changed;
}

static float what_it_changed(App *app, int turn, CauseKind kind, int index, const Order *o, float x, float y, float w)
{
    const Palette *p = &app->pal;
    if (kind == CAUSE_UNSEEN || kind == CAUSE_KINDS)
        return 0;
    const char *list = changed_list(app, turn, kind, index, o);
    float y0 = y;
    draw_text(app, FONT_BOLD, _("What it changed that week"), x, y, p->text);
    y += line_height(app, FONT_BOLD) + 4;
    y += draw_wrapped(app, FONT_BODY, list[0] ? list : _("Nothing you can see."), x, y, w, list[0] ? p->text : p->dim) + 10;
    return y - y0;
}

static float draw_sources(App *app, const Tags *tags, float x, float y, float w)
{
    const Palette *p = &app->pal;
    if (tags->n == 0)
        return 0;
    float y0 = y;
    draw_text(app, FONT_BOLD, _("The sources behind it"), x, y, p->text);
    y += line_height(app, FONT_BOLD) + 6;
    float tagw = 70;
    for (int i = 0; i < tags->n; i++)
        tagw = fmaxf(tagw, text_width(app, FONT_BOLD, rl_source_name(tags->tag[i])) + 12);
    tagw = fminf(tagw, w * 0.3f);
    for (int i = 0; i < tags->n; i++) {
        char text[700];
        ui_source_text(app, tags->tag[i], text, sizeof text);
        float th = draw_wrapped(app, FONT_SMALL, text, x + tagw, y + 1, w - tagw, p->text);
        draw_text_fit(app, FONT_BOLD, rl_source_name(tags->tag[i]), x, y, tagw - 8, p->accent);
        y += fmaxf(th, line_height(app, FONT_BOLD)) + 6;
    }
    return y - y0;
}

/* One cause told whole: what it is, why it happened, what it changed, the
 * sources. */
static float explain(App *app, int turn, CauseKind kind, int index, const Order *o, float x, float y, float w)
{
    Tags tags = { .n = 0 };
    float y0 = y;
    if (kind == CAUSE_ORDER && o)
        y += explain_order(app, o, x, y, w, &tags);
    else
        y += explain_other(app, kind, index, x, y, w, &tags);
    y += what_it_changed(app, turn, kind, index, o, x, y, w);
    y += draw_sources(app, &tags, x, y, w);
    return y - y0;
}

/* ---- the dialog ------------------------------------------------------- */

/* A variable's change taken apart: one row per cause, a bar for its share;
 * a click on a row tells that cause whole. */
static float causes_list(App *app, float x, float y, float w)
{
    const Palette *p = &app->pal;
    WhyView *wv = &app->why;
    int v = wv->var;
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = parts_of(app, v, wv->turn, parts);
    char head[400];
    ui_causes_text(app, v, wv->turn, head, sizeof head);
    char *cut = strchr(head, ':');   /* the first line only: the rows below say the rest */
    if (cut && n > 0)
        cut[0] = '\0';
    float y0 = y;
    y += draw_wrapped(app, FONT_H2, head, x, y, w, p->text) + 10;
    double most = 0;
    for (int i = 0; i < n; i++)
        most = fmax(most, fabs(parts[i].amount));
    float rh = fmaxf(2 * line_height(app, FONT_SMALL), line_height(app, FONT_BODY)) + 12, bar = 80;
    for (int i = 0; i < n; i++) {
        Rect row = rect(x, y, w, rh);
        char label[64];
        snprintf(label, sizeof label, _("Cause %d"), i + 1);
        Hit h = ui_hit(app, row, true, label);
        fill(app, row, h.hover || h.ring ? p->panel2 : i % 2 ? p->panel : alpha(p->panel2, 120));
        if (h.ring)
            outline(app, row, p->focus, 2);
        float len = most > 0 ? (float)(fabs(parts[i].amount) / most) * (bar / 2 - 2) : 0;
        float mid = x + 8 + bar / 2;
        fill(app, rect(mid, y + 6, 1, rh - 12), p->faint);
        int dir = objective_direction(app, ui_viewer(app) < ACTOR_COUNT ? ui_viewer(app) : -1, v);
        SDL_Color c = dir == 0 ? p->series : (parts[i].amount > 0) == (dir > 0) ? p->good : p->bad;
        fill(app, rect(parts[i].amount < 0 ? mid - len : mid + 1, y + rh / 2 - 5, len, 10), c);
        char d[40];
        ui_format_delta(v, parts[i].amount, d, sizeof d);
        float dx = x + bar + 16;
        draw_text_al(app, FONT_BOLD, d, dx, y + 6, 84, ALIGN_RIGHT, p->text);
        float lx = dx + 96;
        draw_text_fit(app, FONT_BODY, parts[i].label, lx, y + 5, x + w - lx - 12, p->text);
        char kind[600], named[400];
        if (parts[i].kind == CAUSE_ORDER && parts[i].order)
        {
            const char *whose = rl_human(app->s, (Actor)parts[i].order->actor) ? _("a team's order")
                                                                                : _("the computer's order");
            if (parts[i].order->nrules)
                /* TRANSLATORS: whose order a cause was, then the id of the rule that chose it */
                snprintf(kind, sizeof kind, _("%s · rule %s"), whose, rl_rule(app->s, parts[i].order->rules[0])->id);
            else
                ui_copy(kind, sizeof kind, whose);
        }
        else
            snprintf(kind, sizeof kind, "%s%s%s", parts[i].kind == CAUSE_EVENT     ? _("an event")
                                                  : parts[i].kind == CAUSE_DYNAMIC ? _("a step of the model")
                                                                                   : "",
                     parts[i].sources[0] && parts[i].kind != CAUSE_UNSEEN ? " · " : "",
                     rl_sources_text(parts[i].sources, named, sizeof named));
        draw_text_fit(app, FONT_SMALL, kind, lx, y + 7 + line_height(app, FONT_BODY), x + w - lx - 12, p->faint);
        if (h.click) {
            wv->part = i;
            wv->h = 0;
            app->why.scroll = 0;
            app->focus = -1;
        }
        y += rh + 2;
    }
    if (n == 0)
        y += draw_wrapped(app, FONT_BODY, _("Nothing you can see moved it that week."), x, y, w, p->dim) + 6;
    return y - y0;
}

/* The dialog's content: returns its height and, in title, its heading. */
static float why_content(App *app, float x, float y, float w, char *title, size_t cap)
{
    const Palette *p = &app->pal;
    WhyView *wv = &app->why;
    char date[64];
    ui_date(app, wv->turn, date, sizeof date);
    if (wv->news >= 0) {
        const News *news[MAX_NEWS_SHOWN];
        int nnews = rl_news(app->s, ui_viewer(app), wv->turn, news, MAX_NEWS_SHOWN);
        if (wv->news >= nnews)
            return -1;
        const News *n = news[wv->news];
        const Action *act = n->action >= 0 ? &rl_catalogue(app->s)->actions[n->action] : NULL;
        const Order *o = act ? ui_find_order(app, wv->turn, n->actor, n->action) : NULL;
        if (act)
            snprintf(title, cap, _("Why? %s: %s"), rl_text(actor_title((Actor)n->actor)), rl_text(act->name));
        else
            snprintf(title, cap, _("Why? %s"), n->cause.kind == CAUSE_EVENT     ? _("An event")
                                            : n->cause.kind == CAUSE_DYNAMIC ? _("The model's own course")
                                                                             : _("The news"));
        char text[NEWS_LEN * 2];
        float h = draw_wrapped(app, FONT_BODY, rl_news_text(app->s, n, text, sizeof text), x, y, w, p->dim) + 10;
        CauseKind kind = o ? CAUSE_ORDER : (CauseKind)n->cause.kind;
        return h + explain(app, wv->turn, kind, n->cause.index, o, x, y + h, w);
    }
    if (wv->part < 0) {
        snprintf(title, cap, _("Why did %s change? Week of %s"), ui_var_label(wv->var), date);
        return causes_list(app, x, y, w);
    }
    CauseInfo parts[LEDGER_MAX_PARTS];
    int n = parts_of(app, wv->var, wv->turn, parts);
    if (wv->part >= n)
        return -1;
    const CauseInfo *c = &parts[wv->part];
    char d[40];
    ui_format_delta(wv->var, c->amount, d, sizeof d);
    snprintf(title, cap, "%s %s: %s", ui_var_label(wv->var), d, c->label);
    return explain(app, wv->turn, c->kind, c->index, c->order, x, y, w);
}

void modal_why(App *app)
{
    const Palette *p = &app->pal;
    WhyView *wv = &app->why;
    float w = fminf(860, app->lw - 80), h = app->lh - 100;
    if (wv->h > 0 && wv->h + 60 + 70 < h)
        h = wv->h + 60 + 70;
    Rect r = rect((app->lw - w) / 2, (app->lh - h) / 2, w, h);
    fill(app, rect(r.x + 4, r.y + 4, r.w, r.h), alpha(p->bg, 200));
    fill(app, r, p->panel);
    outline(app, r, p->border, 1);
    fill(app, rect(r.x, r.y, r.w, 3), p->accent);
    Rect view = rect(r.x + 12, r.y + 54, r.w - 24, r.h - 54 - 70);
    Scroll sc;
    scroll_begin(app, &sc, view, &wv->scroll);
    char title[300] = "";
    float ch = why_content(app, view.x + 8, sc.y0, view.w - 28, title, sizeof title);
    scroll_end(app, &sc, fmaxf(ch, 0));
    if (ch < 0) {
        app->modal = MODAL_NONE;
        return;
    }
    int tf = text_width(app, FONT_H2, title) <= r.w - 40 ? FONT_H2 : FONT_BOLD;     /* a long order's name: smaller, whole */
    draw_text_fit(app, tf, title, r.x + 20, r.y + 16, r.w - 40, p->text);
    if (fabsf(wv->h - ch) > 0.5f) {
        wv->h = ch;
        app->dirty = true;
    }
    float by = r.y + r.h - 58;
    if (wv->var >= 0 && wv->part >= 0) {
        char back[120];
        snprintf(back, sizeof back, "%s", _("◂ All causes"));
        if (ui_button(app, rect(r.x + 20, by, 180, 42), back, true) || ui_key(app, SDLK_BACKSPACE)) {
            wv->part = -1;
            wv->h = 0;
            app->focus = -1;
        }
    } else if (wv->var >= 0) {
        if (ui_button(app, rect(r.x + 20, by, 170, 42), _("◂ Week before"), wv->turn > 1)) {
            wv->turn--;
            wv->h = 0;
        }
        if (ui_button(app, rect(r.x + 200, by, 170, 42), _("Week after ▸"), wv->turn < rl_turn(app->s))) {
            wv->turn++;
            wv->h = 0;
        }
    }
    if (ui_button_primary(app, rect(r.x + r.w - 150, by, 130, 42), _("Close"), true) || ui_key(app, SDLK_ESCAPE)) {
        app->modal = MODAL_NONE;
        app->focus = -1;
    }
}
