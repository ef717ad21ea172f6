/* redline run: a whole game headless, as a story or as one JSON document. */
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char run_usage[] =
    N_("usage: redline run --scenario ID [--seed N] [--turns N] [--json] [--save FILE] [--load FILE]\n"
    "                   [--us ai|FILE.lua] [--iran ai|FILE.lua] [--ACTOR ai|FILE.lua ...]\n"
    "\n"
    "  --scenario ID   the scenario to play (redline scenarios lists them)\n"
    "  --seed N        the game's random seed (default 1); the same seed plays the same game\n"
    "  --turns N       play N turns (N more, after --load) and stop there, the game not over:\n"
    "                  with --save it can be continued with --load\n"
    "  --json          print one JSON document instead of the story\n"
    "  --save FILE     write the game to FILE (finished, or where --turns stopped it)\n"
    "  --load FILE     continue the game saved in FILE to the scenario's end (or N more turns)\n"
    "  --ACTOR FILE    replace that actor's decisions by the script FILE (actors: us, iran, israel,\n"
    "                  protesters, irgc, proxies, europe, china, gulf)\n");

typedef struct RunOptions {
    const char *scenario, *save, *load;
    unsigned long long seed, turns;
    int json;
    char scripts[ACTOR_COUNT][PATH_MAX];
    SessionConfig cfg;
} RunOptions;

static int set_actor_script(RunOptions *o, int actor, const char *value)
{
    if (strcmp(value, "ai") == 0) {
        o->cfg.script[actor] = NULL;
        return 0;
    }
    if (!realpath(value, o->scripts[actor]))
        return cli_fail(3, _("%s: cannot open the strategy script for --%s"), value, actor_name((Actor)actor));
    o->cfg.script[actor] = o->scripts[actor];
    return 0;
}

static int parse_run(int argc, char **argv, RunOptions *o)
{
    enum { OPT_ACTOR = 1000 };
    struct option longopts[8 + ACTOR_COUNT + 1] = {
        { "scenario", required_argument, NULL, 's' }, { "seed", required_argument, NULL, 'n' },
        { "turns", required_argument, NULL, 't' }, { "json", no_argument, NULL, 'j' },
        { "save", required_argument, NULL, 'w' }, { "load", required_argument, NULL, 'l' },
        { "help", no_argument, NULL, 'h' },
    };
    for (int a = 0; a < ACTOR_COUNT; a++)
        longopts[7 + a] = (struct option){ actor_name((Actor)a), required_argument, NULL, OPT_ACTOR + a };
    opterr = 0;
    optind = 0;     /* glibc: start afresh, forgetting any earlier parse */
    int c, index;
    while ((c = getopt_long(argc, argv, ":h", longopts, &index)) != -1) {
        switch (c) {
        case 's': o->scenario = optarg; break;
        case 'j': o->json = 1; break;
        case 'w': o->save = optarg; break;
        case 'l': o->load = optarg; break;
        case 'h': fputs(_(run_usage), stdout); return -1;
        case 'n':
            if (cli_parse_u64(optarg, UINT64_MAX, &o->seed) != 0)
                return cli_usage(run_usage, _("--seed expects a whole number, not '%s'"), optarg);
            break;
        case 't':
            if (cli_parse_u64(optarg, MAX_TURNS, &o->turns) != 0 || o->turns == 0)
                return cli_usage(run_usage, _("--turns expects a number from 1 to 200, not '%s'"), optarg);
            break;
        case ':': return cli_usage(run_usage, _("%s needs a value"), argv[optind - 1]);
        case '?': return cli_usage(run_usage, _("unknown option '%s'"), argv[optind - 1]);
        default:
            if (c >= OPT_ACTOR && c < OPT_ACTOR + ACTOR_COUNT) {
                if (set_actor_script(o, c - OPT_ACTOR, optarg) != 0)
                    return 3;
                break;
            }
            return cli_usage(run_usage, _("unknown option"));
        }
    }
    if (optind < argc)
        return cli_usage(run_usage, _("unexpected argument '%s'"), argv[optind]);
    if (!o->scenario && !o->load)
        return cli_usage(run_usage, _("--scenario is required"));
    return 0;
}

int cli_known_scenario(const char *id)
{
    char ids[128][ID_LEN];
    int n = rl_scenarios(cli_root, cli_mods, ids, 128);
    for (int i = 0; i < n; i++)
        if (strcmp(ids[i], id) == 0)
            return 1;
    fprintf(stderr, _("redline: unknown scenario '%s'; the scenarios are:"), id);
    for (int i = 0; i < n; i++)
        fprintf(stderr, " %s", ids[i]);
    fputc('\n', stderr);
    cli_hint_mod_scenario(id);
    return 0;
}

static Session *open_game(RunOptions *o, Error *err)
{
    o->cfg.root = cli_root;
    o->cfg.mods = cli_mods;
    o->cfg.seed = o->seed;
    if (o->load)
        return rl_load(o->load, cli_root, cli_mods, &o->cfg, -1, err);
    o->cfg.scenario = o->scenario;
    return rl_open(&o->cfg, err);
}

int cmd_run(int argc, char **argv)
{
    RunOptions o = { .seed = 1 };
    int rc = parse_run(argc, argv, &o);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if (o.scenario && !o.load && !cli_known_scenario(o.scenario))
        return 2;
    Error err = { 0 };
    Session *s = open_game(&o, &err);
    if (!s)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    /* --turns pauses the game: it does not shorten it, so a save made there
     * continues to the scenario's end as the unbroken game would */
    for (unsigned long long played = 0; !rl_over(s) && (o.turns == 0 || played < o.turns); played++)
        rl_step(s);
    cli_warnings(s);
    if (o.save && rl_save(s, o.save, &err) != 0) {
        rl_close(s);
        return cli_fail(err.code, "%s", err.msg);
    }
    if (o.json)
        rc = rl_write_record(s, RECORD_GAME, stdout, &err) == 0 ? 0 : cli_fail(err.code, "%s", err.msg);
    else
        rl_write_story(s, stdout);
    rl_close(s);
    return rc;
}
