/* redline sweep: how outcomes and scores move across one parameter's
 * plausible range (params.def). The same seeds are played at every value
 * (common random numbers), so a difference between two rows is the
 * parameter's doing, not luck's. Writes a table, and on request a CSV and an
 * SVG chart (issue 16: uncertainty made visible). */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "games.h"
#include "sweep_chart.h"

static const char sweep_usage[] =
    /* xgettext:no-c-format */
    N_("usage: redline sweep --scenario ID --param NAME --runs N [--steps K] [--seed S] [--jobs J]\n"
    "                    [--out FILE.csv] [--chart FILE.svg]\n"
    "\n"
    "  --param NAME  a parameter of the model (docs/model.md lists them with their ranges)\n"
    "  --runs N      games at each value (seeds S .. S+N-1, the same at every value)\n"
    "  --steps K     values from the bottom to the top of the parameter's range (2-21, default 5)\n"
    "  --seed S      first seed (default 1)\n"
    "  --jobs J      games played at once (default 1)\n"
    "  --out FILE    one row per value: outcome shares and mean scores with their 95% intervals (CSV)\n"
    "  --chart FILE  the same as a picture (SVG): outcome shares and the US's and Iran's mean scores\n");

typedef struct Sweep {
    GamePlan plan;
    const char *scenario, *out, *chart;
    Param param;
    int steps;
    double own;                 /* the scenario's own value */
    bool scored[ACTOR_COUNT];
    SweepRow rows[SWEEP_MAX_STEPS];
    Tally tally[ACTOR_COUNT];   /* the row being played */
    double turns;
} Sweep;

static void take(void *ctx, const GameResult *r)
{
    Sweep *w = ctx;
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (r->scored[a]) {
            w->scored[a] = true;
            tally_add(&w->tally[a], r->score[a], r->outcome);
        }
    w->turns += r->turns;
}

/* One value of the parameter: its games, and its row. */
static int play_value(Sweep *w, int k, Error *err)
{
    const ParamInfo *pi = &param_info[w->param];
    double value = pi->min + (pi->max - pi->min) * k / (w->steps - 1);
    memset(w->tally, 0, sizeof w->tally);
    w->turns = 0;
    w->plan.nsettings = 1;
    w->plan.settings[0] = (Setting){ w->param, value };
    if (games_play(&w->plan, err) != 0)
        return -1;
    SweepRow *row = &w->rows[k];
    row->value = value;
    const Tally *any = &w->tally[US];
    row->games = any->games;
    for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
        row->share[o] = tally_share(any, (Outcome)o);
    row->turns = any->games ? w->turns / (double)any->games : 0;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        row->mean[a] = w->tally[a].mean;
        row->margin[a] = tally_margin(&w->tally[a]);
    }
    return 0;
}

static void print_table(const Sweep *w)
{
    const ParamInfo *pi = &param_info[w->param];
    printf(_("%s: %s from %g to %g %s (the scenario's value: %g), %ld games at each value, seeds %llu-%llu\n"),
           w->scenario, pi->name, pi->min, pi->max, pi->unit, w->own, w->plan.runs,
           (unsigned long long)w->plan.seed, (unsigned long long)(w->plan.seed + (uint64_t)w->plan.runs - 1));
    printf(_("%s (%s)\n\n"), pi->description, pi->sources);
    printf(_("     value  agreement    war collapse breakout timeout   US score        Iran score\n"));
    for (int k = 0; k < w->steps; k++) {
        const SweepRow *r = &w->rows[k];
        printf("%10.4g  %8.1f%% %5.1f%% %7.1f%% %7.1f%% %6.1f%%   %5.1f ± %-5.1f   %5.1f ± %-5.1f\n", r->value,
               r->share[OUT_AGREEMENT], r->share[OUT_WAR], r->share[OUT_COLLAPSE], r->share[OUT_BREAKOUT],
               r->share[OUT_TIMEOUT], r->mean[US], r->margin[US], r->mean[IRAN], r->margin[IRAN]);
    }
}

static int write_csv(const Sweep *w)
{
    FILE *f = fopen(w->out, "w");
    if (!f)
        return cli_fail(3, _("%s: cannot write"), w->out);
    fprintf(f, "scenario,param,value,games,mean_turns");
    for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
        fprintf(f, ",%s", outcome_name((Outcome)o));
    for (int a = 0; a < ACTOR_COUNT; a++)
        if (w->scored[a])
            fprintf(f, ",score_%s,ci95_%s", actor_name((Actor)a), actor_name((Actor)a));
    fputs("\r\n", f);
    for (int k = 0; k < w->steps; k++) {
        const SweepRow *r = &w->rows[k];
        fprintf(f, "%s,%s,%.6g,%ld,%.2f", w->scenario, param_info[w->param].name, r->value, r->games, r->turns);
        for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
            fprintf(f, ",%.2f", r->share[o]);
        for (int a = 0; a < ACTOR_COUNT; a++)
            if (w->scored[a])
                fprintf(f, ",%.2f,%.2f", r->mean[a], r->margin[a]);
        fputs("\r\n", f);
    }
    return fclose(f) == 0 ? 0 : cli_fail(3, _("%s: cannot write"), w->out);
}

static int write_chart(const Sweep *w)
{
    FILE *f = fopen(w->chart, "w");
    if (!f)
        return cli_fail(3, _("%s: cannot write"), w->chart);
    SweepChart c = { .scenario = w->scenario, .param = w->param, .own = w->own, .rows = w->rows, .steps = w->steps };
    sweep_chart_svg(f, &c);
    return fclose(f) == 0 ? 0 : cli_fail(3, _("%s: cannot write"), w->chart);
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n > m && strcmp(s + n - m, tail) == 0;
}

/* The scenario's own value of the parameter (it may set its own). */
static int scenario_value(Sweep *w)
{
    SessionConfig cfg = cli_config();
    cfg.scenario = w->scenario;
    Error err = { 0 };
    Session *s = rl_open(&cfg, &err);
    if (!s)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    w->own = rl_scenario(s)->params[w->param];
    rl_close(s);
    return 0;
}

static int parse(Sweep *w, int argc, char **argv)
{
    static struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "param", required_argument, NULL, 'p' },
        { "runs", required_argument, NULL, 'r' }, { "steps", required_argument, NULL, 'k' },
        { "seed", required_argument, NULL, 'n' }, { "jobs", required_argument, NULL, 'j' },
        { "out", required_argument, NULL, 'o' }, { "chart", required_argument, NULL, 'c' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    const char *param = NULL;
    unsigned long long x;
    opterr = 0;
    optind = 0;     /* glibc: start afresh, forgetting any earlier parse */
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': w->scenario = optarg; break;
        case 'p': param = optarg; break;
        case 'o': w->out = optarg; break;
        case 'c': w->chart = optarg; break;
        case 'h': fputs(_(sweep_usage), stdout); return -1;
        case 'r':
            if (cli_parse_u64(optarg, 1000000, &x) != 0 || x == 0)
                return cli_usage(sweep_usage, _("--runs expects a number from 1 to 1000000, not '%s'"), optarg);
            w->plan.runs = (long)x;
            break;
        case 'k':
            if (cli_parse_u64(optarg, SWEEP_MAX_STEPS, &x) != 0 || x < 2)
                return cli_usage(sweep_usage, _("--steps expects a number from 2 to %d, not '%s'"), SWEEP_MAX_STEPS,
                                 optarg);
            w->steps = (int)x;
            break;
        case 'n':
            if (cli_parse_u64(optarg, UINT64_MAX / 2, &x) != 0)
                return cli_usage(sweep_usage, _("--seed expects a whole number, not '%s'"), optarg);
            w->plan.seed = x;
            break;
        case 'j':
            if (cli_parse_u64(optarg, 64, &x) != 0 || x == 0)
                return cli_usage(sweep_usage, _("--jobs expects a number from 1 to 64, not '%s'"), optarg);
            w->plan.jobs = (int)x;
            break;
        case ':': return cli_usage(sweep_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(sweep_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage(sweep_usage, _("unexpected argument '%s'"), argv[optind]);
    if (!w->scenario || !param || w->plan.runs == 0)
        return cli_usage(sweep_usage, _("--scenario, --param and --runs are required"));
    if ((w->param = (Param)param_find(param)) == (Param)-1)
        return cli_usage(sweep_usage, _("unknown parameter '%s' (docs/model.md lists them)"), param);
    if (w->out && !ends_with(w->out, ".csv"))
        return cli_usage(sweep_usage, _("--out must end in .csv"));
    if (w->chart && !ends_with(w->chart, ".svg"))
        return cli_usage(sweep_usage, _("--chart must end in .svg"));
    return cli_known_scenario(w->scenario) ? 0 : 2;
}

int cmd_sweep(int argc, char **argv)
{
    static Sweep w;
    w = (Sweep){ .plan = { .seed = 1, .jobs = 1 }, .steps = 5 };
    int rc = parse(&w, argc, argv);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if ((rc = scenario_value(&w)) != 0)
        return rc;
    w.plan.cfg.scenario = w.scenario;
    w.plan.progress = true;
    w.plan.take = take;
    w.plan.ctx = &w;
    for (int k = 0; k < w.steps; k++) {
        Error err = { 0 };
        if (play_value(&w, k, &err) != 0)
            return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    }
    print_table(&w);
    if (w.out && (rc = write_csv(&w)) != 0)
        return rc;
    return w.chart ? write_chart(&w) : 0;
}
