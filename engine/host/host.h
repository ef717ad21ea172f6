/* The classroom host: a third face beside the window and the command line.
 * It serves the team page (assets/web/) over HTTP and talks to every team's
 * browser over a WebSocket (libwebsockets), each team seeing only what its
 * actor sees; the game itself is driven through engine/redline.h alone.
 *
 * The host runs its own thread: the network, the teams and the game live
 * there, so the window's frames never wait for it and a headless host needs
 * no window. Other threads ask it things through host_command and read what
 * the room may see through host_status. docs/network.md tells the whole. */
#ifndef REDLINE_HOST_H
#define REDLINE_HOST_H

#include <stdbool.h>
#include <stdio.h>

#include "../redline.h"

typedef struct Host Host;

typedef enum StandIn { SILENT_PASS, SILENT_AI } StandIn;

typedef struct HostConfig {
    const char *root;               /* the game's data: scripts/ */
    const char *web;                /* the team page's files (NULL: root/assets/web) */
    const ModSet *mods;
    const char *scenario;           /* a new class: the scenario and who plays */
    uint64_t seed;
    int turns;                      /* 0: the scenario's length */
    bool team[ACTOR_COUNT];         /* the roles the teams play */
    const char *team_name[ACTOR_COUNT];
    const char *load;               /* or a class brought back from its autosave */
    const char *dir;                /* the class's folder: autosave, class.txt, journal, hand-ins; a
                                       class.txt already there (redline handouts) gives the room and tokens */
    const char *bind;               /* the address to listen on ("127.0.0.1", "0.0.0.0", an interface's) */
    int port;                       /* 0: any free port */
    int timer_s;                    /* each week's time, 0: none (ends when every team has sent) */
    StandIn silent;                 /* a team that sent nothing when the time is up */
    const char *pin;                /* the facilitator's PIN for a new class, or NULL */
    FILE *announce;                 /* where to say, as it happens, what the room may see: a team joined
                                       or sent its orders, the time up, a week played (the command line's
                                       console; the window shows it on the projector); NULL: nowhere */
} HostConfig;

#define HOST_NEWS 16             /* a week's public news the room sees (the projector counts what it cannot show) */

/* What the room may see (the projector): no team's secrets. */
typedef struct HostStatus {
    char room[NET_ROOM_LEN + 1];
    char url[160];                  /* http://ADDRESS:PORT/ */
    char scenario[80];
    int week, weeks, port;
    int timer_left;                 /* seconds, -1: no timer */
    bool over, paused;
    StandIn silent;                 /* what a silent team does when the time is up */
    char outcome[40];
    double ladder;
    int nteams;
    Actor team[ACTOR_COUNT];
    char team_name[ACTOR_COUNT][TEAM_LEN];
    bool sent[ACTOR_COUNT], online[ACTOR_COUNT], claimed[ACTOR_COUNT];
    int played;                     /* weeks played: the news is of the last of them */
    int nnews;
    News news[HOST_NEWS];           /* what everyone may read (VIEW_PUBLIC) */
    long messages, refused;         /* since the start */
} HostStatus;

Host *host_start(const HostConfig *cfg, Error *err);
/* Stop serving, write the autosave, the class file and (once over) the report. */
void host_stop(Host *h);
void host_status(Host *h, HostStatus *out);
/* The game's actions, which the news items name: read-only and the same
 * from host_start to host_stop, so any thread may read them. */
const Catalogue *host_catalogue(Host *h);
bool host_running(Host *h);

/* The facilitator's commands, from the console or the window behind the PIN:
 *   status | links (each team's join link while this run knows its code) |
 *   end-week | timer SECONDS | more SECONDS | silent pass|ai | pause | resume |
 *   release TEAM (a new join code for a team that lost its own)
 * The answer (one line or more) is written into out. 0, or -1 with err set. */
int host_command(Host *h, const char *line, char *out, size_t cap, Error *err);
bool host_pin_matches(Host *h, const char *pin);
bool host_has_pin(Host *h);

/* This computer's IPv4 addresses on a network (not loopback), with their
 * interfaces' names: where a class could join. How many, at most max. */
typedef struct HostAddress {
    char addr[16], iface[32];
} HostAddress;
int host_addresses(HostAddress *out, int max);

/* A class prepared before the lesson (redline handouts): a new room code
 * and a token for every role, written to dir/class.txt (hashed) for the
 * host to use, and handed back in plain for the printed cards. */
int host_new_class(const char *dir, char room[NET_ROOM_LEN + 1], char token[ACTOR_COUNT][NET_TOKEN_LEN + 1],
                   Error *err);

/* A QR code of text (a join link): its width in modules, the modules in
 * out row by row (1 dark, 0 light; at most cap of them), or -1. */
int host_qr(const char *text, unsigned char *out, int cap);
/* The same as an SVG image of `size` pixels, written to f; 0 or -1. */
int host_qr_svg(const char *text, int size, FILE *f);

#endif
