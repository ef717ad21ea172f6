/* The teams: joining with the room code and a token, the draft every device
 * of a team shares, the orders it sends (checked by the engine's own checks,
 * rl_submit), and the week, which resolves when every team has sent or its
 * time is up. Every change is written to class.txt before it is
 * acknowledged, and to the journal. Runs on the host's thread only. */
#include <stdlib.h>
#include <string.h>

#include "host_impl.h"

static void reply(Host *h, Conn *c, char *text)
{
    (void)h;
    if (text)
        net_send(c, text);
    free(text);
}

static void refuse(Host *h, Conn *c, long seq, const char *code, const char *why)
{
    h->refused++;
    reply(h, c, view_simple("error", seq, "code", code, "message", why));
}

static struct timespec now_mono(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

int week_seconds_left(const Host *h)
{
    if (!h->s || rl_timer(h->s) <= 0 || rl_over(h->s))
        return -1;
    if (h->timer_left_paused >= 0)
        return h->timer_left_paused;
    long left = (long)(h->deadline.tv_sec - now_mono().tv_sec);
    return left > 0 ? (int)left : 0;
}

static void start_clock(Host *h, int seconds)
{
    h->deadline = now_mono();
    h->deadline.tv_sec += seconds;
}

void team_forget_states(Host *h, int team)
{
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (team < 0 || a == team) {
            free(h->state_text[a]);
            h->state_text[a] = NULL;
        }
}

const char *team_state_text(Host *h, Actor a)
{
    if (!h->state_text[a])
        h->state_text[a] = view_state(h, a);
    return h->state_text[a];
}

void team_all_want_state(Host *h)
{
    team_forget_states(h, -1);
    for (int i = 0; i < MAX_CONNS; i++)
        if (h->conn[i] && h->conn[i]->team >= 0) {
            h->conn[i]->want_state = true;
            h->conn[i]->hold = class_generation_needed(h);
            lws_callback_on_writable(h->conn[i]->wsi);
        }
    host_refresh_status(h);
}

static void team_wants_state(Host *h, Actor a)
{
    team_forget_states(h, (int)a);
    for (int i = 0; i < MAX_CONNS; i++)
        if (h->conn[i] && h->conn[i]->team == (int)a) {
            h->conn[i]->want_state = true;
            h->conn[i]->hold = class_generation_needed(h);
            lws_callback_on_writable(h->conn[i]->wsi);
        }
}

/* ---- wrong codes: an address that keeps guessing waits ------------------- */

static Failure *failure_of(Host *h, const char *peer)
{
    Failure *oldest = &h->failure[0];
    for (size_t i = 0; i < sizeof h->failure / sizeof *h->failure; i++) {
        if (strcmp(h->failure[i].peer, peer) == 0)
            return &h->failure[i];
        if (h->failure[i].since < oldest->since)
            oldest = &h->failure[i];
    }
    memset(oldest, 0, sizeof *oldest);
    snprintf(oldest->peer, sizeof oldest->peer, "%s", peer);
    oldest->since = time(NULL);
    return oldest;
}

static bool guessing(Host *h, const Conn *c)
{
    Failure *f = failure_of(h, c->peer);
    if (time(NULL) - f->since >= 60) {
        f->count = 0;
        f->since = time(NULL);
    }
    return f->count >= JOIN_FAILS;
}

static void wrong_code(Host *h, Conn *c, long seq, const char *code, const char *why)
{
    failure_of(h, c->peer)->count++;
    class_journal(h, "refused a join from %s: %s", c->peer, code);
    refuse(h, c, seq, code, why);
}

/* ---- joining -------------------------------------------------------------- */

static void join(Host *h, Conn *c, const NetMessage *m)
{
    if (guessing(h, c))
        return refuse(h, c, m->seq, "too_fast", "too many wrong codes from this device: wait a minute");
    if (strcmp(m->room, h->room) != 0)
        return wrong_code(h, c, m->seq, "bad_room", "no class with this room code here");
    Team *t = &h->team[m->actor];
    if (!t->plays)
        return refuse(h, c, m->seq, "bad_team", "no team plays this role in this class");
    char token[NET_TOKEN_LEN + 1];
    Error err = { 0 };
    if (m->token[0]) {
        if (!t->claimed || !rl_secret_matches(m->token, t->hash))
            return wrong_code(h, c, m->seq, "bad_token", "this is not the team's join code");
        snprintf(token, sizeof token, "%s", m->token);
    } else if (t->claimed) {
        return refuse(h, c, m->seq, "taken", "this team has joined already: use its join code (a member's page "
                                             "shows it, or ask the teacher)");
    } else {
        if (class_new_token(token, &err) != 0 || rl_hash_secret(token, t->hash, &err) != 0)
            return refuse(h, c, m->seq, "internal", err.msg);
        t->claimed = true;
        snprintf(t->token, sizeof t->token, "%s", token);
        class_changed(h);
    }
    if (c->team >= 0)
        h->team[c->team].online--;
    c->team = m->actor;
    t->online++;
    class_journal(h, "%s joined from %s", actor_name((Actor)m->actor), c->peer);
    class_announce(h, ngettext("%s joined (%d page open)", "%s joined (%d pages open)", t->online),
                   _(actor_title((Actor)m->actor)), t->online);
    reply(h, c, view_welcome(h, (Actor)m->actor, token, m->seq));
    c->want_state = true;
    host_refresh_status(h);
}

/* ---- drafts and orders ------------------------------------------------------ */

/* The ids as catalogue indices, each an action of a's, none twice; else why not. */
static const char *as_actions(const Host *h, Actor a, const NetMessage *m, int *out)
{
    const Catalogue *cat = rl_catalogue(h->s);
    for (int i = 0; i < m->norders; i++) {
        out[i] = -1;
        for (int k = 0; k < cat->count && out[i] < 0; k++)
            if (strcmp(cat->actions[k].id, m->orders[i]) == 0)
                out[i] = k;
        if (out[i] < 0)
            return "an order names no action";
        if (!(cat->actions[out[i]].actors & (1u << a)))
            return "an order is another side's action: a team gives only its own role's orders";
        for (int j = 0; j < i; j++)
            if (out[j] == out[i])
                return "an order is given twice";
    }
    return NULL;
}

static void copy_ids(char dst[][ID_LEN], int *n, const NetMessage *m)
{
    for (int i = 0; i < m->norders; i++)
        memcpy(dst[i], m->orders[i], ID_LEN);
    *n = m->norders;
}

static void journal_orders(Host *h, Actor a, const char *what, const NetMessage *m)
{
    char list[MAX_ORDERS * (ID_LEN + 1) + 1] = "";
    for (int i = 0; i < m->norders; i++)
        strcat(strcat(list, " "), m->orders[i]);
    class_journal(h, "%s %s:%s", actor_name(a), what, m->norders ? list : " nothing");
}

static void draft(Host *h, Conn *c, const NetMessage *m)
{
    Actor a = (Actor)c->team;
    int idx[MAX_ORDERS];
    const char *why = as_actions(h, a, m, idx);
    if (why)
        return refuse(h, c, m->seq, "bad_orders", why);
    copy_ids(h->team[a].draft, &h->team[a].ndraft, m);
    class_changed(h);
    journal_orders(h, a, "drafted", m);
    reply(h, c, view_simple("ack", m->seq, "of", "draft", "text", "draft kept"));
    team_wants_state(h, a);
}

static bool everyone_sent(const Host *h)
{
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (h->team[a].plays && !h->team[a].has_sent)
            return false;
    return true;
}

static void send_orders(Host *h, Conn *c, const NetMessage *m)
{
    Actor a = (Actor)c->team;
    int idx[MAX_ORDERS];
    Error err = { 0 };
    const char *why = as_actions(h, a, m, idx);
    if (why)
        return refuse(h, c, m->seq, "bad_orders", why);
    if (rl_submit(h->s, a, idx, m->norders, &err) != 0)
        return refuse(h, c, m->seq, "bad_orders", err.msg);
    Team *t = &h->team[a];
    copy_ids(t->sent, &t->nsent, m);
    copy_ids(t->draft, &t->ndraft, m);
    class_announce(h, t->has_sent ? _("%s sent its orders again") : _("%s sent its orders"), _(actor_title(a)));
    t->has_sent = true;
    class_changed(h);
    journal_orders(h, a, "sent", m);
    reply(h, c, view_simple("ack", m->seq, "of", "send", "text", "orders sent"));
    if (everyone_sent(h) && team_end_week(h, &err) != 0)
        class_journal(h, "the week could not be ended: %s", err.msg);
    team_all_want_state(h);
}

static void handin(Host *h, Conn *c, const NetMessage *m)
{
    char verdict[2048];
    class_handin(h, (Actor)c->team, m, verdict, sizeof verdict);
    reply(h, c, view_simple("ack", m->seq, "of", "handin", "text", verdict));
}

void team_message(Host *h, Conn *c, const char *text, size_t len)
{
    NetMessage m;
    Error err = { 0 };
    if (rl_message_parse(text, len, &m, &err) != 0)
        return refuse(h, c, 0, "bad_message", err.msg);
    h->messages++;
    if (m.kind == NET_HELLO) {
        if (guessing(h, c))
            refuse(h, c, m.seq, "too_fast", "too many wrong codes from this device: wait a minute");
        else if (strcmp(m.room, h->room) != 0)
            wrong_code(h, c, m.seq, "bad_room", "no class with this room code here");
        else
            reply(h, c, view_lobby(h, m.seq));
    } else if (m.kind == NET_JOIN) {
        join(h, c, &m);
    } else if (c->team < 0) {
        refuse(h, c, m.seq, "not_joined", "join a team first");
    } else if (m.kind == NET_WHY) {
        reply(h, c, view_causes(h, (Actor)c->team, (Var)m.var, m.turn, m.seq));
    } else if (m.kind == NET_HANDIN) {
        handin(h, c, &m);
    } else if (rl_over(h->s)) {
        refuse(h, c, m.seq, "over", "the game is over");
    } else if (m.kind == NET_DRAFT) {
        draft(h, c, &m);
    } else {
        send_orders(h, c, &m);
    }
    rl_message_free(&m);
}

void team_left(Host *h, Conn *c)
{
    if (c->team >= 0 && h->team[c->team].online > 0)
        h->team[c->team].online--;
    host_refresh_status(h);
}

/* ---- the week ---------------------------------------------------------------- */

/* Every team's orders are in (or the time is up): the computer stands in for
 * the silent teams if the facilitator chose so, else they pass; the week is
 * played, the autosave and class.txt written, and every page told. */
int team_end_week(Host *h, Error *err)
{
    if (rl_over(h->s))
        return error_set(err, ERR_USAGE, _("the game is over")), -1;
    bool stand_in[ACTOR_COUNT] = { false };
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (h->team[a].plays && !h->team[a].has_sent) {
            stand_in[a] = h->silent == SILENT_AI;
            class_journal(h, "%s sent nothing: %s", actor_name((Actor)a),
                          stand_in[a] ? "the computer plays its role this week" : "it passes");
            class_announce(h, stand_in[a] ? _("%s sent nothing: the computer plays its role this week")
                           : _("%s sent nothing: it passes"), _(actor_title((Actor)a)));
        }
    class_journal(h, "played");
    class_announce(h, _("the week has been played"));
    rl_step_standing_in(h->s, stand_in);
    for (int a = 0; a < ACTOR_COUNT; a++) {
        h->team[a].has_sent = false;
        h->team[a].ndraft = h->team[a].nsent = 0;
    }
    if (rl_over(h->s)) {    /* the journal keeps the outcome's id; the facilitator reads its title, in the class's language */
        class_journal(h, "the game is over: %s", outcome_name(rl_outcome(h->s)));
        class_announce(h, _("the game is over: %s"), rl_outcome_title(rl_outcome(h->s)));
    }
    h->timer_left_paused = -1;
    start_clock(h, rl_timer(h->s));
    int rc = rl_autosave(h->s, h->dir, err);
    if (rc == 0)
        rc = class_save(h, err);
    if (rc == 0 && rl_over(h->s)) {
        char report[4300];
        snprintf(report, sizeof report, "%s/report", h->dir);
        rc = rl_report(h->s, NULL, NULL, report, err);
        class_journal(h, "report written to %s", report);
    }
    team_all_want_state(h);
    return rc;
}

void team_tick(Host *h)
{
    if (week_seconds_left(h) > 0 && ++h->ticks % 5 == 0)
        class_changed(h);       /* the clock kept every 5 s: a crash costs the class at most that */
    if (week_seconds_left(h) == 0 && h->timer_left_paused < 0) {
        Error err = { 0 };
        class_journal(h, "time is up");
        class_announce(h, _("time is up"));
        if (team_end_week(h, &err) != 0)
            class_journal(h, "the week could not be ended: %s", err.msg);
    }
    host_refresh_status(h);
}

/* The facilitator gives a team a new join code (a lost one): the old one
 * stops working, pages joined with it stay joined. */
int team_release(Host *h, Actor a, Error *err)
{
    Team *t = &h->team[a];
    if (!t->plays)
        return error_set(err, ERR_USAGE, _("no team plays %s"), actor_name(a)), -1;
    if (class_new_token(t->token, err) != 0 || rl_hash_secret(t->token, t->hash, err) != 0)
        return -1;
    t->claimed = true;
    class_journal(h, "the facilitator gave %s a new join code", actor_name(a));
    return class_save(h, err);
}

void team_start(Host *h)
{
    h->timer_left_paused = -1;
    start_clock(h, h->resume_left >= 0 ? h->resume_left : rl_timer(h->s));     /* a crash costs no time */
    for (int a = 0; a < ACTOR_COUNT; a++) {
        Team *t = &h->team[a];
        int idx[MAX_ORDERS];
        NetMessage m = { .norders = t->nsent };
        memcpy(m.orders, t->sent, sizeof m.orders);
        Error err = { 0 };
        /* orders sent before a crash are submitted again */
        if (t->has_sent && (as_actions(h, (Actor)a, &m, idx) || rl_submit(h->s, (Actor)a, idx, m.norders, &err))) {
            class_journal(h, "%s's orders could not be restored: %s", actor_name((Actor)a), err.msg);
            t->has_sent = false;
        }
    }
}
