/* The classroom host's life: the class opened (a new game, or one brought
 * back from its autosave with its class.txt), the thread that runs the
 * network and the game, the facilitator's commands passed to that thread,
 * and what the room may see. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "host_impl.h"

static void tick(lws_sorted_usec_list_t *sul)
{
    Host *h = lws_container_of(sul, Host, tick);
    team_tick(h);
    lws_sul_schedule(h->lws, 0, &h->tick, tick, LWS_US_PER_SEC);
}

void *host_thread(void *arg)
{
    Host *h = arg;
    lws_sul_schedule(h->lws, 0, &h->tick, tick, LWS_US_PER_SEC);
    for (;;) {
        pthread_mutex_lock(&h->lock);
        bool stop = h->stop;
        pthread_mutex_unlock(&h->lock);
        if (stop || lws_service(h->lws, 0) < 0)
            break;
        class_flush(h);
    }
    return NULL;
}

void host_refresh_status(Host *h)
{
    HostStatus st;
    memset(&st, 0, sizeof st);
    snprintf(st.room, sizeof st.room, "%s", h->room);
    snprintf(st.url, sizeof st.url, "http://%s:%d/", h->address, h->port);
    snprintf(st.scenario, sizeof st.scenario, "%s", rl_scenario(h->s)->name);
    st.port = h->port;
    st.week = rl_turn(h->s) + (rl_over(h->s) ? 0 : 1);
    st.weeks = rl_length(h->s);
    st.timer_left = week_seconds_left(h);
    st.paused = h->timer_left_paused >= 0;
    st.silent = h->silent;
    st.over = rl_over(h->s);
    snprintf(st.outcome, sizeof st.outcome, "%s", st.over ? outcome_name(rl_outcome(h->s)) : "");
    st.ladder = rl_value(h->s, VIEW_PUBLIC, rl_turn(h->s), V_ESCALATION, NULL);
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (h->team[a].plays) {
            st.team[st.nteams++] = (Actor)a;
            snprintf(st.team_name[a], TEAM_LEN, "%s", rl_team(h->s, (Actor)a));
            st.sent[a] = h->team[a].has_sent;
            st.online[a] = h->team[a].online > 0;
            st.claimed[a] = h->team[a].claimed;
        }
    const News *news[HOST_NEWS];
    st.played = rl_turn(h->s);
    st.nnews = rl_news(h->s, VIEW_PUBLIC, st.played, news, HOST_NEWS);
    for (int i = 0; i < st.nnews; i++)
        st.news[i] = *news[i];
    st.messages = h->messages;
    st.refused = h->refused;
    pthread_mutex_lock(&h->lock);
    h->status = st;
    pthread_mutex_unlock(&h->lock);
}

void host_status(Host *h, HostStatus *out)
{
    pthread_mutex_lock(&h->lock);
    *out = h->status;
    pthread_mutex_unlock(&h->lock);
}

const Catalogue *host_catalogue(Host *h) { return rl_catalogue(h->s); }

bool host_running(Host *h)
{
    pthread_mutex_lock(&h->lock);
    bool on = h->started && !h->stop;
    pthread_mutex_unlock(&h->lock);
    return on;
}

bool host_has_pin(Host *h) { return rl_has_pin(h->s); }
bool host_pin_matches(Host *h, const char *pin) { return rl_pin_matches(h->s, pin); }

static void links(Host *h, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (int a = 0; a < ACTOR_COUNT && n < cap; a++) {
        if (!h->team[a].plays)
            continue;
        if (h->team[a].token[0])
            n += (size_t)snprintf(out + n, cap - n, "%-11s http://%s:%d/#room=%s&team=%s&token=%s\n",
                                  actor_name((Actor)a), h->address, h->port, h->room, actor_name((Actor)a),
                                  h->team[a].token);
        else
            n += (size_t)snprintf(out + n, cap - n, "%-11s %s\n", actor_name((Actor)a),
                                  h->team[a].claimed ? _("joined (its pages keep the code; 'release' makes a new one)")
                                                     : _("not joined yet: room code and team"));
    }
}

static void status_text(Host *h, char *out, size_t cap)
{
    /* TRANSLATORS: the host console's status: room code, address, port, the week's number and the
     * game's length, the seconds left (-1: no timer), and what a silent team does (the next message
     * but one, or "pass"). Keep the link as it is. */
    size_t n = (size_t)snprintf(out, cap, rl_over(h->s) ? _("room %s at http://%s:%d/  week %d of %d (over)  time left %d s  "
                                                            "silent teams: %s\n")
                                : _("room %s at http://%s:%d/  week %d of %d  time left %d s  silent teams: %s\n"),
                                h->room, h->address, h->port, rl_turn(h->s) + 1, rl_length(h->s), week_seconds_left(h),
                                h->silent == SILENT_AI ? _("played by the computer") : _("they pass"));
    for (int a = 0; a < ACTOR_COUNT && n < cap; a++)
        if (h->team[a].plays)
            /* TRANSLATORS: a team's row in the host console's status: its id (typed in
             * "release TEAM"), whether it has sent its orders, whether its code was used, its pages. */
            n += (size_t)snprintf(out + n, cap - n, ngettext("  %-11s %s, %s, %d page\n", "  %-11s %s, %s, %d pages\n",
                                                             h->team[a].online), actor_name((Actor)a),
                                  h->team[a].has_sent ? _("sent") : _("deciding"),
                                  h->team[a].claimed ? _("joined") : _("not joined"), h->team[a].online);
}

/* One facilitator's command, on the host's thread. */
static int command(Host *h, const char *line, char *out, size_t cap, Error *err)
{
    char word[16] = "", arg[64] = "";
    int seconds = 0;
    sscanf(line, "%15s %63s", word, arg);
    out[0] = '\0';
    if (strcmp(word, "status") == 0 || strcmp(word, "links") == 0) {
        (word[0] == 's' ? status_text : links)(h, out, cap);
        return 0;
    }
    if (strcmp(word, "end-week") == 0)
        return team_end_week(h, err) == 0 ? (snprintf(out, cap, "%s\n", _("the week has been played")), 0) : -1;
    if (strcmp(word, "silent") == 0 && (strcmp(arg, "ai") == 0 || strcmp(arg, "pass") == 0)) {
        h->silent = arg[0] == 'a' ? SILENT_AI : SILENT_PASS;
        class_journal(h, "the facilitator: silent teams %s", arg);
    } else if ((strcmp(word, "timer") == 0 || strcmp(word, "more") == 0) && sscanf(arg, "%d", &seconds) == 1) {
        int left = week_seconds_left(h);
        if (word[0] == 't' && rl_set_timer(h->s, seconds, err) != 0)
            return -1;
        int now = word[0] == 't' ? seconds : (left < 0 ? 0 : left) + seconds;
        if (word[0] == 'm' && (seconds < 0 || seconds > 3600 || rl_timer(h->s) == 0))
            return error_set(err, ERR_USAGE, _("more SECONDS adds 0 to 3600 seconds to a timed week")), -1;
        if (h->timer_left_paused >= 0)
            h->timer_left_paused = now;
        clock_gettime(CLOCK_MONOTONIC, &h->deadline);
        h->deadline.tv_sec += now;
        class_journal(h, "the facilitator: %s %d", word, seconds);
    } else if (strcmp(word, "pause") == 0 || strcmp(word, "resume") == 0) {
        bool pause = word[0] == 'p';
        int left = week_seconds_left(h);
        h->timer_left_paused = pause ? (left < 0 ? 0 : left) : -1;
        if (!pause) {
            clock_gettime(CLOCK_MONOTONIC, &h->deadline);
            h->deadline.tv_sec += left < 0 ? 0 : left;
        }
        class_journal(h, "the facilitator: %s", word);
    } else if (strcmp(word, "release") == 0 && actor_find(arg) >= 0) {
        if (team_release(h, (Actor)actor_find(arg), err) != 0)
            return -1;
        links(h, out, cap);
        return 0;
    } else {
        return error_set(err, ERR_USAGE, _("commands: status, links, end-week, timer SECONDS, more SECONDS, "
                                         "silent pass|ai, pause, resume, release TEAM")), -1;
    }
    Error ignored;
    class_save(h, &ignored);
    team_all_want_state(h);
    snprintf(out, cap, "%s\n", _("done"));
    return 0;
}

/* The loop woke: run the command waiting, if any, and answer it. */
void host_run_command(Host *h)
{
    pthread_mutex_lock(&h->lock);
    const char *line = h->command;
    pthread_mutex_unlock(&h->lock);
    if (!line)
        return;
    Error err = { 0 };
    int rc = command(h, line, h->answer, h->answer_cap, &err);
    pthread_mutex_lock(&h->lock);
    h->command_rc = rc;
    h->command_err = err;
    h->command = NULL;
    pthread_cond_broadcast(&h->answered);
    pthread_mutex_unlock(&h->lock);
}

int host_command(Host *h, const char *line, char *out, size_t cap, Error *err)
{
    pthread_mutex_lock(&h->lock);
    if (!h->started || h->stop) {
        pthread_mutex_unlock(&h->lock);
        return error_set(err, ERR_USAGE, _("the host is not running")), -1;
    }
    while (h->command)
        pthread_cond_wait(&h->answered, &h->lock);
    h->command = line;
    h->answer = out;
    h->answer_cap = cap;
    lws_cancel_service(h->lws);
    while (h->command == line)
        pthread_cond_wait(&h->answered, &h->lock);
    int rc = h->command_rc;
    *err = h->command_err;
    pthread_mutex_unlock(&h->lock);
    return rc;
}
