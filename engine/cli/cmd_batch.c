/* redline batch: many games of one scenario, the spread of outcomes and the
 * indicators' statistics. The games are played by games.c (on threads with
 * --jobs) and taken in seed order: written out and added to running
 * statistics, so memory does not grow with the number of games. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "games.h"

static const char batch_usage[] =
    N_("usage: redline batch --scenario ID --runs N [--seed S] [--jobs J] [--out FILE.csv|FILE.jsonl] [--json]\n"
    "       redline batch --from SAVE --turn T --runs N [...]\n"
    "\n"
    "  --from SAVE  replay SAVE up to the end of turn T, then play the rest N times,\n"
    "               each with another seed: how likely was the way it went?\n"
    "  --runs N     games to play (seeds S, S+1, ... S+N-1)\n"
    "  --seed S     first seed (default 1)\n"
    "  --jobs J     games played at once (default 1)\n"
    "  --out FILE   one line per game: CSV (FILE.csv) or JSON lines (FILE.jsonl)\n"
    "  --json       print the summary as JSON\n");

/* Running statistics, updated in seed order (Welford's mean and variance). */
typedef struct Stats {
    long count, outcomes[OUTCOME_COUNT];
    double turns, score[2], mean[VAR_COUNT], m2[VAR_COUNT];
} Stats;

typedef struct Batch {
    GamePlan plan;
    const char *scenario;
    Stats stats;
    FILE *out;                  /* per-game lines, or NULL */
    bool csv;
} Batch;

static bool shown(int v)
{
    return !(var_info[v].flags & TRANSIENT);
}

static void write_header(FILE *f)
{
    fputs("seed,outcome,turns,score_us,score_iran", f);
    for (int v = 0; v < VAR_COUNT; v++)
        if (shown(v))
            fprintf(f, ",%s", var_info[v].name);
    fputs("\r\n", f);
}

static void write_run(FILE *f, bool csv, const GameResult *r)
{
    if (csv) {
        fprintf(f, "%llu,%s,%d,%.4f,%.4f", (unsigned long long)r->seed, outcome_name(r->outcome), r->turns,
                r->score[US], r->score[IRAN]);
        for (int v = 0; v < VAR_COUNT; v++)
            if (shown(v))
                fprintf(f, ",%.6g", r->final[v]);
        fputs("\r\n", f);
        return;
    }
    fprintf(f, "{\"seed\":%llu,\"outcome\":\"%s\",\"turns\":%d,\"state_hash\":\"%016llx\",\"score\":{\"us\":%.4f,"
               "\"iran\":%.4f},\"final\":{",
            (unsigned long long)r->seed, outcome_name(r->outcome), r->turns, (unsigned long long)r->state_hash,
            r->score[US], r->score[IRAN]);
    const char *sep = "";
    for (int v = 0; v < VAR_COUNT; v++)
        if (shown(v)) {
            fprintf(f, "%s\"%s\":%.6g", sep, var_info[v].name, r->final[v]);
            sep = ",";
        }
    fputs("}}\n", f);
}

/* One game's result into the statistics and the output, in seed order. */
static void take(void *ctx, const GameResult *r)
{
    Batch *b = ctx;
    Stats *st = &b->stats;
    st->count++;
    st->outcomes[r->outcome]++;
    st->turns += r->turns;
    st->score[0] += r->score[US];
    st->score[1] += r->score[IRAN];
    for (int v = 0; v < VAR_COUNT; v++) {
        double delta = r->final[v] - st->mean[v];
        st->mean[v] += delta / (double)st->count;
        st->m2[v] += delta * (r->final[v] - st->mean[v]);
    }
    if (b->out)
        write_run(b->out, b->csv, r);
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void summarise(const Batch *b, double elapsed, bool json)
{
    const Stats *st = &b->stats;
    const long *counts = st->outcomes;
    double n = st->count ? (double)st->count : 1, turns = st->turns, score[2] = { st->score[0], st->score[1] };
    const double *mean = st->mean;
    double sd[VAR_COUNT];
    for (int v = 0; v < VAR_COUNT; v++)
        sd[v] = sqrt(st->m2[v] / n);
    if (json) {
        cJSON *doc = cJSON_CreateObject();
        cJSON_AddStringToObject(doc, "scenario", b->scenario);
        if (b->plan.from) {
            cJSON_AddStringToObject(doc, "from", b->plan.from);
            cJSON_AddNumberToObject(doc, "turn", b->plan.turn);
        }
        cJSON_AddNumberToObject(doc, "runs", (double)b->plan.runs);
        cJSON_AddNumberToObject(doc, "seed", (double)b->plan.seed);
        cJSON *outcomes = cJSON_AddObjectToObject(doc, "outcomes");
        for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
            cJSON_AddNumberToObject(outcomes, outcome_name((Outcome)o), (double)counts[o]);
        cJSON *means = cJSON_AddObjectToObject(doc, "means");
        cJSON *sds = cJSON_AddObjectToObject(doc, "sd");
        for (int v = 0; v < VAR_COUNT; v++)
            if (shown(v)) {
                cJSON_AddNumberToObject(means, var_info[v].name, round(mean[v] * 1e4) / 1e4);
                cJSON_AddNumberToObject(sds, var_info[v].name, round(sd[v] * 1e4) / 1e4);
            }
        cJSON *scores = cJSON_AddObjectToObject(doc, "mean_score");
        cJSON_AddNumberToObject(scores, "us", round(score[0] / n * 100) / 100);
        cJSON_AddNumberToObject(scores, "iran", round(score[1] / n * 100) / 100);
        cJSON_AddNumberToObject(doc, "mean_turns", round(turns / n * 100) / 100);
        cJSON_AddNumberToObject(doc, "elapsed_s", round(elapsed * 1e4) / 1e4);
        cJSON_AddNumberToObject(doc, "games_per_s", round(b->plan.runs / (elapsed > 0 ? elapsed : 1e-9) * 10) / 10);
        char *text = cJSON_Print(doc);
        puts(text ? text : "{}");
        cJSON_free(text);
        cJSON_Delete(doc);
        return;
    }
    if (b->plan.from)
        cli_print_numbers(stdout, _("%s, played on from the end of turn %d of %s:\n"), b->scenario, b->plan.turn,
                          b->plan.from);
    /* the summary a reader reads, in the language's digits and decimal comma; --json and --out as programs read them */
    cli_print_numbers(stdout, _("%s: %ld games from seed %llu in %.2f s (%.0f games/s)\n"), b->scenario,
                      b->plan.runs, (unsigned long long)b->plan.seed, elapsed,
                      b->plan.runs / (elapsed > 0 ? elapsed : 1e-9));
    cli_print_numbers(stdout, _("\noutcome            games   share\n"));
    for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
        cli_print_numbers(stdout, "%-16s %7ld  %5.1f%%\n", outcome_name((Outcome)o), counts[o],
                          100.0 * counts[o] / n);
    cli_print_numbers(stdout, _("\nmean turns %.1f, mean score: US %.1f, Iran %.1f\n"), turns / n, score[0] / n,
                      score[1] / n);
    cli_print_numbers(stdout, _("\nindicator at the end       mean        sd\n"));
    for (int v = 0; v < VAR_COUNT; v++)
        if (shown(v)) {
            /* a value that all but faded (9.2e-05) in fixed notation, which the language's digits and decimal
               comma reach; %g would write it with an exponent that they leave alone */
            bool tiny_mean = mean[v] != 0 && fabs(mean[v]) < 1e-3, tiny_sd = sd[v] != 0 && fabs(sd[v]) < 1e-3;
            char fmt[32];
            snprintf(fmt, sizeof fmt, "%%-20s %s %s\n", tiny_mean ? "%11.4f" : "%11.4g", tiny_sd ? "%9.4f" : "%9.4g");
            cli_print_numbers(stdout, fmt, var_info[v].name, mean[v], sd[v]);
        }
}

int cmd_batch(int argc, char **argv)
{
    static struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "runs", required_argument, NULL, 'r' },
        { "seed", required_argument, NULL, 'n' }, { "jobs", required_argument, NULL, 'j' },
        { "out", required_argument, NULL, 'o' }, { "json", no_argument, NULL, 'J' },
        { "from", required_argument, NULL, 'f' }, { "turn", required_argument, NULL, 't' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    static Batch b;
    b = (Batch){ .plan = { .seed = 1, .jobs = 1 } };
    const char *out = NULL;
    bool json = false;
    unsigned long long x;
    opterr = 0;
    optind = 0;     /* glibc: start afresh, forgetting any earlier parse */
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': b.scenario = optarg; break;
        case 'o': out = optarg; break;
        case 'f': b.plan.from = optarg; break;
        case 't':
            if (cli_parse_u64(optarg, MAX_TURNS, &x) != 0)
                return cli_usage(batch_usage, _("--turn expects a turn number, not '%s'"), optarg);
            b.plan.turn = (int)x;
            break;
        case 'J': json = true; break;
        case 'h': fputs(_(batch_usage), stdout); return 0;
        case 'r':
            if (cli_parse_u64(optarg, 10000000, &x) != 0 || x == 0)
                return cli_usage(batch_usage, _("--runs expects a number from 1 to 10000000, not '%s'"), optarg);
            b.plan.runs = (long)x;
            break;
        case 'n':
            if (cli_parse_u64(optarg, UINT64_MAX / 2, &x) != 0)
                return cli_usage(batch_usage, _("--seed expects a whole number, not '%s'"), optarg);
            b.plan.seed = x;
            break;
        case 'j':
            if (cli_parse_u64(optarg, 64, &x) != 0 || x == 0)
                return cli_usage(batch_usage, _("--jobs expects a number from 1 to 64, not '%s'"), optarg);
            b.plan.jobs = (int)x;
            break;
        case ':': return cli_usage(batch_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(batch_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage(batch_usage, _("unexpected argument '%s'"), argv[optind]);
    if ((!b.scenario && !b.plan.from) || b.plan.runs == 0)
        return cli_usage(batch_usage, _("--scenario (or --from SAVE --turn T) and --runs are required"));
    if (b.plan.from && b.scenario)
        return cli_usage(batch_usage, _("--from plays the save's own scenario: leave out --scenario"));
    if (out) {
        size_t len = strlen(out);
        if (!(len > 4 && strcmp(out + len - 4, ".csv") == 0) && !(len > 6 && strcmp(out + len - 6, ".jsonl") == 0))
            return cli_usage(batch_usage, _("--out must end in .csv or .jsonl"));
    }
    char saved_scenario[ID_LEN];
    if (b.plan.from) {
        Error err = { 0 };
        Session *s = rl_load(b.plan.from, cli_root, cli_mods, NULL, b.plan.turn, &err);
        if (!s)
            return cli_fail(err.code ? err.code : 1, "%s", err.msg);
        if (b.plan.turn > rl_turn(s))
            b.plan.turn = rl_turn(s);
        snprintf(saved_scenario, sizeof saved_scenario, "%s", rl_scenario(s)->id);
        b.scenario = saved_scenario;
        rl_close(s);
    } else if (!cli_known_scenario(b.scenario)) {
        return 2;
    }
    if (out) {
        size_t len = strlen(out);
        b.csv = len > 4 && strcmp(out + len - 4, ".csv") == 0;
        if (!(b.out = fopen(out, "w")))
            return cli_fail(3, _("%s: cannot write"), out);
        if (b.csv)
            write_header(b.out);
    }
    b.plan.cfg.scenario = b.scenario;
    b.plan.progress = true;
    b.plan.take = take;
    b.plan.ctx = &b;
    Error err = { 0 };
    double start = now_s();
    int rc = games_play(&b.plan, &err);
    double elapsed = now_s() - start;
    if (b.out && fclose(b.out) != 0 && rc == 0)
        rc = cli_fail(3, _("%s: cannot write"), out);
    else if (rc != 0)
        rc = cli_fail(err.code ? err.code : 1, "%s", err.msg);
    else
        summarise(&b, elapsed, json);
    return rc;
}
