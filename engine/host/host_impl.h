/* The classroom host's insides, shared by its files: host.c (the thread,
 * the facilitator's commands), host_net.c (libwebsockets: the page's files
 * and the WebSocket), host_team.c (joining, drafts, orders, the week),
 * host_view.c (a team's view as JSON), host_class.c (class.txt, the
 * journal), host_files.c (assets/web in memory). */
#ifndef REDLINE_HOST_IMPL_H
#define REDLINE_HOST_IMPL_H

#include <libwebsockets.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

#include "host.h"

#define MAX_CONNS 256
#define OUT_QUEUE 64                /* answers waiting for a slow page (more than a burst); past that it is dropped */
#define RATE_PER_S 20               /* messages a page may send a second, */
#define RATE_BURST 40               /* and at once */
#define JOIN_FAILS 10               /* wrong codes from one address a minute, then it waits */
#define CLASS_MAGIC "redline-class 1"

typedef struct Host Host;

typedef struct Conn {
    Host *host;
    struct lws *wsi;
    long hold;                      /* the class.txt generation its output waits for (host_keep.c) */
    int team;                       /* the Actor it acts for, -1 until it has joined */
    char peer[64];
    char *in;                       /* a message arriving in fragments */
    size_t nin;
    bool too_big;                   /* the message being received is over the cap: refused at its end */
    char *out[OUT_QUEUE];           /* each with LWS_PRE bytes before the text */
    size_t outlen[OUT_QUEUE];
    int nout, first;
    bool want_state;
    double tokens;                  /* the rate limit's bucket */
    bool warned;                    /* told to slow down since it last was within the rate */
    bool dropping;                  /* far over the rate: closed once its last answer is out */
    struct timespec refill;
} Conn;

typedef struct Team {
    bool plays;                     /* a role a team plays */
    bool claimed;                   /* a token was given (or printed) */
    char hash[SECRET_HASH_LEN];     /* the token, hashed */
    char token[NET_TOKEN_LEN + 1];  /* the token in plain, while this run made it (the facilitator's link) */
    int ndraft, nsent;
    char draft[MAX_ORDERS][ID_LEN];
    char sent[MAX_ORDERS][ID_LEN];
    bool has_sent;
    int online;                     /* connections joined */
} Team;

typedef struct Failure {
    char peer[64];
    int count;
    time_t since;
} Failure;

typedef struct StaticFile {
    char path[64];                  /* "/index.html" */
    const char *mime;
    unsigned char *data;            /* LWS_PRE bytes, then the file */
    size_t len;
} StaticFile;

struct Host {
    HostConfig cfg;
    char root[4096], dir[4096], bind[64];
    char address[64];               /* where pages find it: bind, or this computer's address on the network */
    Session *s;
    Team team[ACTOR_COUNT];
    char room[NET_ROOM_LEN + 1];
    StandIn silent;
    struct timespec deadline;       /* the week's end, when timed */
    int timer_left_paused;          /* seconds left when paused, -1: not paused */
    int ticks;                      /* seconds the host has run */
    int resume_left;                /* brought back: the seconds the week had left, -1: a fresh week */
    Conn *conn[MAX_CONNS];
    Failure failure[32];
    StaticFile *files;
    int nfiles;
    FILE *journal;
    struct lws_context *lws;
    lws_sorted_usec_list_t tick;
    int port;
    pthread_t thread;
    pthread_mutex_t lock;           /* status, commands, stop */
    bool stop, started;
    bool dirty;                     /* changes class.txt does not hold yet (host_keep.c) */
    long generation;                /* snapshots of class.txt made */
    atomic_long written;            /* the newest on the disk */
    pthread_mutex_t file_lock, writer_lock;
    pthread_cond_t writer_wake;
    pthread_t writer;
    bool writer_started, writer_stop;
    int live;                       /* class.live, or -1 */
    char *pending;                  /* the snapshot the writer is to write next */
    long pending_gen;
    HostStatus status;
    char *state_text[ACTOR_COUNT];  /* a team's state as last built, shared by its pages; NULL: build anew */
    long messages, refused;
    /* a command from another thread, run on the host's */
    pthread_cond_t answered;
    const char *command;
    char *answer;
    size_t answer_cap;
    int command_rc;
    Error command_err;
};

/* host.c */
void *host_thread(void *arg);
void host_run_command(Host *h);

/* host_files.c */
int files_load(Host *h, Error *err);
const StaticFile *files_find(const Host *h, const char *uri);
void files_free(Host *h);

/* host_net.c */
int net_start(Host *h, Error *err);
void net_send(Conn *c, const char *text);   /* queued; the page gets it when it can take it */
void net_stop(Host *h);

/* host_team.c */
void team_message(Host *h, Conn *c, const char *text, size_t len);
void team_left(Host *h, Conn *c);
void team_tick(Host *h);                    /* each second: the timer */
int team_end_week(Host *h, Error *err);
void team_all_want_state(Host *h);
int team_release(Host *h, Actor a, Error *err);
void team_start(Host *h);                   /* the clock; orders sent before a crash submitted again */
int week_seconds_left(const Host *h);
void host_refresh_status(Host *h);

/* host_view.c */
char *view_state(const Host *h, Actor a);
const char *team_state_text(Host *h, Actor a);     /* built once for all the team's pages */
void team_forget_states(Host *h, int team);         /* -1: every team's */
char *view_lobby(const Host *h, long seq);
char *view_welcome(const Host *h, Actor a, const char *token, long seq);
char *view_causes(const Host *h, Actor a, Var v, int turn, long seq);
char *view_simple(const char *type, long seq, const char *k1, const char *v1, const char *k2, const char *v2);

/* host_keep.c */
int keep_start(Host *h, Error *err);
char *class_live_text(const char *dir);
void keep_stop(Host *h);                    /* the writer done: the last snapshot on the disk */
void keep_close(Host *h);                   /* and class.live closed */
void class_changed(Host *h);                /* written with every change since, after this turn of the loop */
long class_generation_needed(const Host *h);
void class_flush(Host *h);
void class_release(Host *h);
int class_save(Host *h, Error *err);

/* host_class.c */
int class_new_token(char out[NET_TOKEN_LEN + 1], Error *err);
int class_random_code(char *out, int len, Error *err);
int class_read(Host *h, const char *path, bool whole, Error *err);
void class_journal(Host *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* What the room may see, as it happens (a team joined or sent, the time up, a
 * week played), to cfg.announce, the facilitator's console: never an order,
 * which only the journal keeps (the console shows the rest behind the PIN).
 * The journal is read by programs: English, actors by id ("iran joined from
 * ..."); the console by the facilitator: a whole sentence marked _() in the
 * class's language, actors by their names (_(actor_title(a))). */
void class_announce(Host *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int class_handin(Host *h, Actor a, const NetMessage *m, char *verdict, size_t cap);

#endif
