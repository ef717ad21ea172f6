/* redline replay SAVE: re-simulate a save's order log from its seed and
 * report the first turn whose state hash differs from the recording. */
#include <string.h>

#include "cli.h"

int cmd_replay(int argc, char **argv)
{
    static const char usage[] = N_("usage: redline replay SAVE\n");
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
        return fputs(_(usage), stdout), 0;
    if (argc != 2 || argv[1][0] == '-')
        return cli_usage(usage, argc < 2 ? _("a save file is required") : _("expected one save file"));
    Error err = { 0 };
    Session *s = rl_load(argv[1], cli_root, cli_mods, NULL, -1, &err);
    if (!s)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    printf(_("%s: replayed %d turns of %s from seed %llu; every state hash matches the recording\n"), argv[1],
           rl_turn(s), rl_scenario(s)->id, (unsigned long long)rl_seed(s));
    rl_close(s);
    return 0;
}
