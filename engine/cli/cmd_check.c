/* redline check PATH...: validate mods, scenarios and scripts (the engine's
 * own loaders do the checking; see rl_check). */
#include <string.h>

#include "cli.h"

static const char check_usage[] =
    N_("usage: redline check PATH...\n"
    "\n"
    "  PATH is a mod folder (with mod.lua), or one file: a scenario, an actor or strategy script,\n"
    "  a rules file, an events file, actions.lua or mod.lua.\n"
    "  Prints every problem as file:line: what is wrong. Exit 0 if there are none, 3 if there are.\n");

int cmd_check(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
        return fputs(_(check_usage), stdout), 0;
    if (argc < 2)
        return cli_usage(check_usage, _("a mod folder or a file to check is required"));
    int worst = 0;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-')
            return cli_usage(check_usage, _("unknown option '%s'"), argv[i]);
        Error err = { 0 };
        int rc = rl_check(cli_root, cli_mods, argv[i], stdout, &err);
        if (rc < 0)
            return err.code == ERR_USAGE ? cli_usage(check_usage, "%s", err.msg) : cli_fail(err.code, "%s", err.msg);
        if (rc > worst)
            worst = rc;
    }
    return worst;
}
