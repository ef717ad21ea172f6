/* redline fork SAVE --turn T --out NEW: a new branch of a saved game, as it
 * stood at the end of turn T, to play on differently ("what if Iran had
 * accepted talks in week 3?"); redline report compares the branches. */
#include <string.h>

#include "cli.h"

int cmd_fork(int argc, char **argv)
{
    static const char usage[] = N_("usage: redline fork SAVE --turn T --out NEW.json\n");
    const char *save = NULL, *out = NULL;
    unsigned long long turn = 0;
    bool have_turn = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0)
            return fputs(_(usage), stdout), 0;
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--turn") == 0 && i + 1 < argc) {
            if (cli_parse_u64(argv[++i], MAX_TURNS, &turn) != 0)
                return cli_usage(usage, _("--turn expects a turn number, not '%s'"), argv[i]);
            have_turn = true;
        } else if (argv[i][0] != '-' && !save) {
            save = argv[i];
        } else {
            return cli_usage(usage, _("unexpected argument '%s'"), argv[i]);
        }
    }
    if (!save || !out || !have_turn)
        return cli_usage(usage, _("a save, --turn and --out are required"));
    Error err = { 0 };
    Session *s = rl_load(save, cli_root, cli_mods, NULL, (int)turn, &err);
    if (!s)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    int rc = 0;
    if (rl_turn(s) < (int)turn)
        rc = cli_fail(2, _("%s ends at turn %d: there is no turn %llu to branch from"), save, rl_turn(s), turn);
    else if (rl_save(s, out, &err) != 0)
        rc = cli_fail(err.code, "%s", err.msg);
    else
        printf(_("%s: a branch of %s at the end of turn %llu; continue it with redline play --load %s\n"), out, save,
               turn, out);
    rl_close(s);
    return rc;
}
