/* redline: the command-line entry point. With no arguments it opens the game
 * window; sub-commands play and inspect games headless. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ui/ui.h"
#include "cli.h"

static Places places;
const char *cli_root = places.root;
const Places *const cli_places = &places;

static const char usage_text[] =
    "usage: redline [COMMAND] [OPTIONS]\n"
    "\n"
    "  redline                      open the game window at the main menu\n"
    "  redline play --scenario ID --side us|iran|both [--seed N] [--load FILE]\n"
    "                               open the game window on a new or saved game\n"
    "  redline run --scenario ID    play a whole game headless (see redline run --help)\n"
    "  redline batch --scenario ID --runs N [--seed S] [--jobs J] [--out FILE.csv|.jsonl] [--json]\n"
    "                               many games: the spread of outcomes and indicators\n"
    "  redline replay SAVE          re-simulate a save and report the first turn that differs\n"
    "  redline report SAVE --out DIR [--compare OTHER]\n"
    "                               the after-action report: report.html, indicators.csv, record.json\n"
    "  redline fork SAVE --turn T --out NEW   a new branch of a game from the end of turn T\n"
    "  redline scenarios            list the scenarios\n"
    "  redline rules [--json]       list every actor's decision rules with their sources\n"
    "  redline mods                 the installed mods, in the order they load\n"
    "  redline check PATH           validate a mod folder, a scenario or a script (docs/modding.md)\n"
    "  redline api [--stubs]        the scripting API reference (or Lua language server stubs)\n"
    "  redline tournament DIR --scenario ID [--seeds N]\n"
    "                               play every strategy in DIR against every other: a league table\n"
    "  redline league [--scenario ID] [--runs N] [--jobs J] [--check]\n"
    "                               the standard league: each side's strategies against the built-in AI\n"
    "  redline --help | --version\n"
    "\n"
    "Exit codes: 0 ok, 1 internal error, 2 bad usage, 3 bad input data (scenario, mod, save).\n";

static void complain(const char *fmt, va_list ap)
{
    fputs("redline: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

int cli_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    complain(fmt, ap);
    va_end(ap);
    return code;
}

int cli_usage(const char *usage, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    complain(fmt, ap);
    va_end(ap);
    fputs(usage, stderr);
    return 2;
}

int cli_parse_u64(const char *text, unsigned long long max, unsigned long long *out)
{
    char *end;
    if (!text || !*text || *text == '-')
        return -1;
    unsigned long long x = strtoull(text, &end, 10);
    if (*end || x > max)
        return -1;
    *out = x;
    return 0;
}

/* The window, with the folders it writes to made if they are missing. */
static int open_window(int argc, char **argv)
{
    char settings[PATH_MAX + 16] = "";
    const char *make[] = { places.saves, places.config };
    for (size_t i = 0; i < sizeof make / sizeof *make; i++)
        if (make[i][0] && places_make_dir(make[i]) != 0)
            fprintf(stderr, "redline: cannot make the folder %s: %s\n", make[i], strerror(errno));
    if (places.config[0])
        snprintf(settings, sizeof settings, "%s/settings.txt", places.config);
    UiPlaces ui = { .root = places.root, .saves = places.saves, .settings = settings };
    return ui_main(argc, argv, &ui);
}

static int no_data(void)
{
    const char *env = getenv("REDLINE_ROOT");
    if (env && *env)
        return cli_fail(1, "REDLINE_ROOT is %s, which does not hold the game's data (scripts/actions.lua)", env);
    return cli_fail(1, "cannot find the game's data (scripts/actions.lua) beside the executable, in its "
                       "../share/redline or ../share/games/redline, or here; set REDLINE_ROOT to the folder "
                       "that holds them");
}

int cli_main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    setlocale(LC_NUMERIC, "C");     /* saves and reports write numbers the same everywhere */
    setlocale(LC_COLLATE, "C");     /* and scripts compare strings the same everywhere */
    const char *cmd = argc < 2 ? "" : argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("redline %s\n", REDLINE_VERSION);
        return 0;
    }
    if (places_find(&places) != 0)
        return no_data();
    cli_use_mods();
    if (argc < 2)
        return open_window(0, NULL);
    static const struct { const char *name; int (*run)(int, char **); } commands[] = {
        { "run", cmd_run }, { "batch", cmd_batch }, { "scenarios", cmd_scenarios }, { "rules", cmd_rules }, { "replay", cmd_replay },
        { "report", cmd_report }, { "fork", cmd_fork },
        { "check", cmd_check }, { "api", cmd_api }, { "tournament", cmd_tournament }, { "league", cmd_league },
        { "mods", cmd_mods },
    };
    if (strcmp(cmd, "play") == 0)
        return open_window(argc - 1, argv + 1);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(cmd, commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    return cli_usage(usage_text, "unknown command '%s'", cmd);
}
