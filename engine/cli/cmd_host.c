/* redline host: a class plays over the room's network, every team from its
 * own browser (docs/network.md). This is the headless host: its terminal is
 * the facilitator's console (behind the PIN, if the class has one); the
 * window can be the projector's screen instead (New game, "Teams join from
 * their own devices"). */
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../host/host.h"
#include "cli.h"

static const char host_usage[] =
    N_("usage: redline host --scenario ID --teams us,iran,... [--bind ADDR] [--port N] [--timer SECONDS]\n"
    "                    [--silent pass|ai] [--pin PIN] [--dir DIR] [--seed N] [--turns N]\n"
    "       redline host --load AUTOSAVE [--bind ADDR] [--port N]\n"
    "\n"
    "  --scenario ID    the scenario the class plays\n"
    "  --teams LIST     the roles the teams play, by id, each with a team name if you like:\n"
    "                   us=Team Blue,iran=Table 4,protesters (the computer plays the others)\n"
    "  --bind ADDR      the address to listen on (default 127.0.0.1: this computer only); for a\n"
    "                   class, this computer's address on the room's network, or 0.0.0.0 for all\n"
    "  --port N         the port (default 8080; 0: any free one)\n"
    "  --timer SECONDS  each week's time (default 0: the week ends when every team has sent)\n"
    "  --silent MODE    a team that sent nothing when the time is up: pass (default) or ai\n"
    "  --pin PIN        the facilitator's PIN (4 to 8 digits) for this console\n"
    "  --dir DIR        the class's folder (default saves/class-DATE-TIME); a class.txt already\n"
    "                   there (redline handouts) gives the room code and the teams' join codes\n"
    "  --load AUTOSAVE  bring a class back: the game, its teams, tokens, drafts and orders sent\n"
    "  --seed N, --turns N  as for redline run\n");

typedef struct HostOptions {
    HostConfig cfg;
    char names[ACTOR_COUNT][TEAM_LEN];
    char dir[PATH_MAX + 64];
    unsigned long long seed, turns, port, timer;
} HostOptions;

/* "us=Team Blue,iran,protesters" */
static int parse_teams(const char *list, HostOptions *o)
{
    char copy[1024];
    snprintf(copy, sizeof copy, "%s", list);
    for (char *save = NULL, *item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        char *name = strchr(item, '=');
        if (name)
            *name++ = '\0';
        int a = actor_find(item);
        if (a < 0) {
            char hint[80];
            const char *names[ACTOR_COUNT + 1] = { NULL };
            for (int i = 0; i < ACTOR_COUNT; i++)
                names[i] = actor_name((Actor)i);
            return cli_usage(host_usage, _("--teams: no role '%s'%s"), item, rl_hint(item, names, hint, sizeof hint));
        }
        o->cfg.team[a] = true;
        snprintf(o->names[a], TEAM_LEN, "%s", name ? name : "");
        o->cfg.team_name[a] = o->names[a];
    }
    return 0;
}

static int parse_host(int argc, char **argv, HostOptions *o)
{
    static const struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "teams", required_argument, NULL, 'T' },
        { "bind", required_argument, NULL, 'b' }, { "port", required_argument, NULL, 'p' },
        { "timer", required_argument, NULL, 't' }, { "silent", required_argument, NULL, 'q' },
        { "pin", required_argument, NULL, 'P' }, { "dir", required_argument, NULL, 'd' },
        { "load", required_argument, NULL, 'l' }, { "seed", required_argument, NULL, 'n' },
        { "turns", required_argument, NULL, 'u' }, { "help", no_argument, NULL, 'h' }, { 0, 0, 0, 0 },
    };
    opterr = 0;
    optind = 0;
    o->port = 8080;
    o->seed = 1;
    int c, rc = 0;
    while (rc == 0 && (c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': o->cfg.scenario = optarg; break;
        case 'T': rc = parse_teams(optarg, o); break;
        case 'b': o->cfg.bind = optarg; break;
        case 'P': o->cfg.pin = optarg; break;
        case 'd': o->cfg.dir = optarg; break;
        case 'l': o->cfg.load = optarg; break;
        case 'q':
            if (strcmp(optarg, "pass") != 0 && strcmp(optarg, "ai") != 0)
                return cli_usage(host_usage, _("--silent is pass or ai, not '%s'"), optarg);
            o->cfg.silent = optarg[0] == 'a' ? SILENT_AI : SILENT_PASS;
            break;
        case 'p': rc = cli_parse_u64(optarg, 65535, &o->port) ? cli_usage(host_usage, _("--port: 0 to 65535")) : 0; break;
        case 't': rc = cli_parse_u64(optarg, 3600, &o->timer) ? cli_usage(host_usage, _("--timer: 0 to 3600")) : 0; break;
        case 'n': rc = cli_parse_u64(optarg, UINT64_MAX, &o->seed) ? cli_usage(host_usage, _("--seed: a number")) : 0; break;
        case 'u': rc = cli_parse_u64(optarg, MAX_TURNS, &o->turns) ? cli_usage(host_usage, _("--turns: 1 to 200")) : 0; break;
        case 'h': fputs(_(host_usage), stdout); return -1;
        case ':': return cli_usage(host_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(host_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (rc)
        return rc;
    if (optind < argc)
        return cli_usage(host_usage, _("unexpected '%s'"), argv[optind]);
    if (!o->cfg.load && !o->cfg.scenario)
        return cli_usage(host_usage, _("give --scenario ID (and --teams), or --load AUTOSAVE"));
    if (o->cfg.scenario && !o->cfg.load && !cli_known_scenario(o->cfg.scenario))
        return 2;
    return 0;
}

/* The addresses a class could join at, as the facilitator would give to --bind. */
static void print_addresses(FILE *out)
{
    HostAddress list[16];
    int n = host_addresses(list, 16);
    for (int i = 0; i < n; i++)
        fprintf(out, "  --bind %s   (%s)\n", list[i].addr, list[i].iface);
}

static volatile sig_atomic_t stopping;
static void on_signal(int sig) { (void)sig; stopping = 1; }

static void greet(Host *h, const char *bind)
{
    HostStatus st;
    host_status(h, &st);
    cli_print_numbers(stdout, _("redline host: %s, week %d of %d\n"), rl_text(st.scenario), st.week, st.weeks);
    /* the two lines programs read (tests/web/lib.js), as they are in every language */
    printf("listening %s\nroom code %s\n", st.url, st.room);
    if (strncmp(bind, "127.", 4) == 0 || strcmp(bind, "::1") == 0 || strcmp(bind, "localhost") == 0) {
        printf(_("Only this computer can join (--bind %s). For the class's devices, start again with one of:\n"), bind);
        print_addresses(stdout);
    }
    char out[2048];
    Error err = { 0 };
    if (host_command(h, "links", out, sizeof out, &err) == 0)
        printf(_("Join links (each team's own; also on the printed cards):\n%s"), out);
    puts(host_has_pin(h) ? _("Facilitator: type help (the PIN first: pin NNNN).") : _("Facilitator: type help."));
    fflush(stdout);
}

/* One line typed at the console. */
static void console_line(Host *h, char *line, bool *unlocked)
{
    line[strcspn(line, "\r\n")] = '\0';
    char out[4096];
    Error err = { 0 };
    if (strncmp(line, "pin ", 4) == 0) {
        *unlocked = host_pin_matches(h, line + 4);
        puts(*unlocked ? _("unlocked") : _("wrong PIN"));
    } else if (!*unlocked) {
        puts(_("the console is locked: pin NNNN"));
    } else if (strcmp(line, "quit") == 0) {
        stopping = 1;
    } else if (strcmp(line, "help") == 0 || line[0] == '\0') {
        puts("status, links, end-week, timer SECONDS, more SECONDS, silent pass|ai, pause, resume, release TEAM, "
             "quit");
    } else if (host_command(h, line, out, sizeof out, &err) == 0) {
        fputs(out, stdout);
    } else {
        printf("%s\n", err.msg);
    }
    fflush(stdout);
}

/* The console until quit, a signal or the end of input (then the host runs
 * on until a signal: started in the background, it has no console). */
static void console(Host *h)
{
    bool unlocked = !host_has_pin(h), eof = false;
    char line[512];
    while (!stopping && host_running(h)) {
        struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
        if (eof || poll(&p, 1, 250) <= 0) {
            if (eof)
                nanosleep(&(struct timespec){ 0, 250000000 }, NULL);
            continue;
        }
        if (!fgets(line, sizeof line, stdin))
            eof = true;
        else
            console_line(h, line, &unlocked);
    }
}

int cmd_host(int argc, char **argv)
{
    HostOptions o = { 0 };
    int rc = parse_host(argc, argv, &o);
    if (rc)
        return rc < 0 ? 0 : rc;
    o.cfg.root = cli_root;
    o.cfg.mods = cli_mods;
    o.cfg.seed = o.seed;
    o.cfg.turns = (int)o.turns;
    o.cfg.port = (int)o.port;
    o.cfg.timer_s = (int)o.timer;
    o.cfg.announce = stdout;        /* the console tells who joined and sent, and each week played */
    if (!o.cfg.dir && !o.cfg.load) {
        char stamp[20];
        time_t now = time(NULL);
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
        snprintf(o.dir, sizeof o.dir, "%s/class-%s", cli_places->saves, stamp);
        o.cfg.dir = o.dir;
    }
    Error err = { 0 };
    Host *h = host_start(&o.cfg, &err);
    if (!h)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    struct sigaction sa = { .sa_handler = on_signal };
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    greet(h, o.cfg.bind ? o.cfg.bind : "127.0.0.1");
    console(h);
    host_stop(h);
    puts(_("redline host: stopped; the class is kept (redline host --load ITS/autosave.json brings it back)"));
    return 0;
}
