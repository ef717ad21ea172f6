/* The classroom host opened and closed: a new class (its game, room code
 * and folder) or one brought back from its autosave and class.txt; the
 * page's files read, the network started, the host's thread running. */
#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host_impl.h"

static int make_dir(const char *path, Error *err)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *p = buf + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(buf, 0700);
            *p = '/';
        }
    if (mkdir(buf, 0700) != 0 && errno != EEXIST)
        return error_set(err, ERR_USAGE, _("%s: cannot make the class's folder: %s"), path, strerror(errno)), -1;
    return 0;
}

/* The game: the autosave brought back (the teams are the save's human
 * roles), or a new one with the teams asked for. */
static int open_game(Host *h, Error *err)
{
    const HostConfig *cfg = &h->cfg;
    if (cfg->load) {
        h->s = rl_load(cfg->load, h->root, cfg->mods, NULL, -1, err);
        if (!h->s)
            return -1;
        for (int a = 0; a < ACTOR_COUNT; a++)
            h->team[a].plays = rl_human(h->s, (Actor)a);
    } else {
        SessionConfig sc = { .root = h->root, .mods = cfg->mods, .scenario = cfg->scenario, .seed = cfg->seed,
                             .turns = cfg->turns };
        for (int a = 0; a < ACTOR_COUNT; a++) {
            sc.human[a] = h->team[a].plays = cfg->team[a];
            sc.team[a] = cfg->team_name[a];
        }
        if (!(h->s = rl_open(&sc, err)))
            return -1;
        if (rl_set_timer(h->s, cfg->timer_s, err) != 0 || (cfg->pin && rl_set_pin(h->s, cfg->pin, err) != 0))
            return -1;
    }
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (h->team[a].plays)
            return 0;
    return error_set(err, ERR_USAGE, _("no team plays: give --teams (us,iran,...)")), -1;
}

/* The room and tokens: class.txt in the class's folder (made by redline
 * handouts, or by an earlier run of this class), else a new room code. */
static int open_class(Host *h, Error *err)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/class.txt", h->dir);
    h->silent = h->cfg.silent;
    if (access(path, F_OK) == 0)
        return class_read(h, path, h->cfg.load != NULL, err);
    if (h->cfg.load)
        return error_set(err, ERR_DATA, _("%s: missing (the class's room code and tokens are kept beside its "
                                        "autosave)"), path), -1;
    return class_random_code(h->room, NET_ROOM_LEN, err);
}

int host_addresses(HostAddress *out, int max)
{
    struct ifaddrs *list = NULL;
    int n = 0;
    if (getifaddrs(&list) != 0)
        return 0;
    for (struct ifaddrs *i = list; i && n < max; i = i->ifa_next) {
        char addr[INET_ADDRSTRLEN];
        if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET &&
            inet_ntop(AF_INET, &((struct sockaddr_in *)i->ifa_addr)->sin_addr, addr, sizeof addr) &&
            strncmp(addr, "127.", 4) != 0) {
            snprintf(out[n].addr, sizeof out[n].addr, "%s", addr);
            snprintf(out[n].iface, sizeof out[n].iface, "%s", i->ifa_name);
            n++;
        }
    }
    freeifaddrs(list);
    return n;
}

/* The address pages open: the one listened on, or for every interface
 * (0.0.0.0) this computer's first address on a network. */
static void find_address(Host *h)
{
    HostAddress first;
    bool any = strcmp(h->bind, "0.0.0.0") == 0 || strcmp(h->bind, "*") == 0;
    snprintf(h->address, sizeof h->address, "%s", any && host_addresses(&first, 1) ? first.addr : h->bind);
}

static int open_all(Host *h, Error *err)
{
    const HostConfig *cfg = &h->cfg;
    if (!realpath(cfg->root ? cfg->root : ".", h->root))
        return error_set(err, ERR_USAGE, "%s: %s", cfg->root, strerror(errno)), -1;
    if (cfg->load) {
        char copy[4096];
        snprintf(copy, sizeof copy, "%s", cfg->load);
        snprintf(h->dir, sizeof h->dir, "%s", dirname(copy));
    } else {
        snprintf(h->dir, sizeof h->dir, "%s", cfg->dir);
    }
    snprintf(h->bind, sizeof h->bind, "%s", cfg->bind ? cfg->bind : "127.0.0.1");
    find_address(h);
    if (make_dir(h->dir, err) != 0 || open_game(h, err) != 0 || open_class(h, err) != 0 || files_load(h, err) != 0)
        return -1;
    char journal[4200];
    snprintf(journal, sizeof journal, "%s/journal.txt", h->dir);
    if (!(h->journal = fopen(journal, "a")))
        return error_set(err, ERR_DATA, _("%s: cannot write: %s"), journal, strerror(errno)), -1;
    if (net_start(h, err) != 0)
        return -1;
    if (keep_start(h, err) != 0)
        return -1;
    team_start(h);
    class_journal(h, "%s room %s on %s port %d", cfg->load ? "brought back" : "opened", h->room, h->bind, h->port);
    if (!cfg->load && rl_autosave(h->s, h->dir, err) != 0)
        return -1;
    return class_save(h, err);
}

static void close_all(Host *h)
{
    keep_close(h);
    net_stop(h);
    team_forget_states(h, -1);
    files_free(h);
    if (h->journal)
        fclose(h->journal);
    rl_close(h->s);
    pthread_mutex_destroy(&h->lock);
    pthread_cond_destroy(&h->answered);
    pthread_mutex_destroy(&h->file_lock);
    pthread_mutex_destroy(&h->writer_lock);
    pthread_cond_destroy(&h->writer_wake);
    free(h);
}

Host *host_start(const HostConfig *cfg, Error *err)
{
    Host *h = calloc(1, sizeof *h);
    if (!h)
        return error_set(err, ERR_INTERNAL, _("out of memory")), NULL;
    h->cfg = *cfg;
    h->timer_left_paused = -1;
    h->resume_left = -1;
    h->live = -1;
    pthread_mutex_init(&h->lock, NULL);
    pthread_cond_init(&h->answered, NULL);
    pthread_mutex_init(&h->file_lock, NULL);
    pthread_mutex_init(&h->writer_lock, NULL);
    pthread_cond_init(&h->writer_wake, NULL);
    if (open_all(h, err) != 0) {
        close_all(h);
        return NULL;
    }
    host_refresh_status(h);
    h->started = true;
    if (pthread_create(&h->thread, NULL, host_thread, h) != 0) {
        close_all(h);
        return error_set(err, ERR_INTERNAL, _("cannot start the host's thread")), NULL;
    }
    return h;
}

void host_stop(Host *h)
{
    if (!h)
        return;
    pthread_mutex_lock(&h->lock);
    h->stop = true;
    pthread_mutex_unlock(&h->lock);
    lws_cancel_service(h->lws);
    pthread_join(h->thread, NULL);
    keep_stop(h);                   /* the last snapshot written */
    Error err = { 0 };
    if (class_save(h, &err) != 0)
        fprintf(stderr, "redline host: %s\n", err.msg);
    class_journal(h, "stopped");
    close_all(h);
}
