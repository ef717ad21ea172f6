/* The front door: a game's record as JSON, and the after-action report. */
#include <cjson/cJSON.h>

#include "../redline.h"
#include "../report/report.h"

int rl_write_record(const Session *s, RecordKind kind, FILE *out, Error *err)
{
    if (record_write(s, kind, out) == 0 && fputc('\n', out) != EOF)
        return 0;
    if (ferror(out))
        error_set(err, ERR_DATA, _("cannot write the record"));
    else
        error_set(err, ERR_INTERNAL, _("out of memory"));
    return -1;
}

void rl_write_story(const Session *s, FILE *out)
{
    story_write(out, s);
}

int rl_report(const Session *s, const Session *branch, const char *branch_name, const char *dir, Error *err)
{
    return report_write(s, branch, branch_name, dir, err);
}

/* odds[t]: the share of `runs` replays from the end of turn t that end as
 * the game did. */
static int outcome_odds(const Session *s, int runs, double *odds, Error *err)
{
    for (int t = 0; t <= s->game.history.nturns; t++) {
        SpreadConfig cfg = { .root = s->sb->root, .mods = &s->mods, .from = s, .turn = t, .seed = 1, .runs = runs,
                             .jobs = 1 };
        Spread *sp = rl_spread_new(&cfg, err);
        if (!sp || rl_spread_run(sp, err) != 0) {
            rl_spread_free(sp);
            return -1;
        }
        SpreadSummary sum;
        rl_spread_summary(sp, &sum);
        rl_spread_free(sp);
        odds[t] = sum.count > 0 ? (double)sum.outcomes[s->game.world.outcome] / (double)sum.count : 0;
    }
    return 0;
}

int rl_report_odds(const Session *s, const Session *branch, const char *branch_name, int odds_runs, const char *dir,
                   Error *err)
{
    if (odds_runs <= 0 || s->game.world.outcome == OUT_NONE)
        return report_write(s, branch, branch_name, dir, err);
    double odds[MAX_TURNS + 1];
    if (outcome_odds(s, odds_runs, odds, err) != 0)
        return -1;
    return report_write_odds(s, branch, branch_name, odds, odds_runs, dir, err);
}
