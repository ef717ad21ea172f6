/* redline report SAVE --out DIR [--compare OTHER] [--odds N]: the
 * after-action report. */
#include <string.h>

#include "cli.h"

static const char report_usage[] =
    N_("usage: redline report SAVE --out DIR [--compare OTHER] [--odds N]\n"
    "  --compare OTHER  set a branch of the same game (redline fork) beside it\n"
    "  --odds N         also find the weeks that moved the odds of the way the game ended most,\n"
    "                   from N replays after each week (N from 1 to 1000; seconds for a long game)\n");

int cmd_report(int argc, char **argv)
{
    const char *save = NULL, *out = NULL, *compare = NULL;
    unsigned long long odds = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0)
            return fputs(_(report_usage), stdout), 0;
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (strcmp(argv[i], "--compare") == 0 && i + 1 < argc) {
            compare = argv[++i];
        } else if (strcmp(argv[i], "--odds") == 0 && i + 1 < argc) {
            if (cli_parse_u64(argv[++i], 1000, &odds) != 0 || odds == 0)
                return cli_usage(report_usage, _("--odds expects a number from 1 to 1000, not '%s'"), argv[i]);
        } else if (argv[i][0] != '-' && !save) {
            save = argv[i];
        } else {
            return cli_usage(report_usage, _("unexpected argument '%s'"), argv[i]);
        }
    }
    if (!save || !out)
        return cli_usage(report_usage, _("a save and --out DIR are required"));
    Error err = { 0 };
    Session *s = rl_load(save, cli_root, cli_mods, NULL, -1, &err);
    Session *branch = s && compare ? rl_load(compare, cli_root, cli_mods, NULL, -1, &err) : NULL;
    int rc = 0;
    if (!s || (compare && !branch))
        rc = cli_fail(err.code ? err.code : 1, "%s", err.msg);
    else if (rl_report_odds(s, branch, compare, (int)odds, out, &err) != 0)
        rc = cli_fail(err.code, "%s", err.msg);
    else
        printf(_("%s/report.html, %s/indicators.csv and %s/record.json written\n"), out, out, out);
    rl_close(branch);
    rl_close(s);
    return rc;
}
