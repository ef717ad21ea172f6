/* redline tournament DIR: every strategy in DIR plays every other, as the US
 * and as Iran, over the same seeds, and a league table ranks them -- so a
 * class can write strategies and play them off. The built-in AI takes part
 * as "ai" (a baseline to beat). Games are independent and played in a fixed
 * order, so the table is the same on every run. */
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char tournament_usage[] =
    "usage: redline tournament DIR --scenario ID [--seeds N] [--seed S] [--side both|us|iran] [--json]\n"
    "\n"
    "  DIR          a folder of strategy scripts (*.lua), each returning { decide = function(view) ... }\n"
    "  --scenario   the scenario to play\n"
    "  --seeds N    games per pairing, seeds S..S+N-1 (default 5)\n"
    "  --seed S     the first seed (default 1)\n"
    "  --side       both (default): every strategy plays every other, as the US and as Iran;\n"
    "               us or iran: every strategy plays that side against the built-in AI\n"
    "  --json       print the table as JSON\n";

#define MAX_ENTRANTS 128
#define DRAW_MARGIN 5.0

typedef struct Entrant {
    char name[ID_LEN + 8];
    char path[PATH_MAX];        /* "" for the built-in AI */
    int games, won, drawn, lost, failures;
    double score;               /* sum of its own side's scores */
    int outcomes[OUTCOME_COUNT];
    bool broken;
    char error[sizeof ((Error *)0)->msg];
} Entrant;

typedef struct Tournament {
    const char *dir, *scenario;
    unsigned long long seeds, seed;
    int side;                   /* -1 both, US or IRAN */
    bool json;
    Entrant *e;
    int n;
} Tournament;

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const Entrant *)a)->name, ((const Entrant *)b)->name);
}

static int find_entrants(Tournament *t)
{
    DIR *d = opendir(t->dir);
    if (!d)
        return cli_usage(tournament_usage, "%s: cannot open the folder", t->dir);
    t->n = 0;
    snprintf(t->e[t->n++].name, sizeof t->e[0].name, "ai");      /* the built-in actors */
    struct dirent *ent;
    while ((ent = readdir(d)) && t->n < MAX_ENTRANTS) {
        size_t len = strlen(ent->d_name);
        if (len < 5 || len - 4 > ID_LEN || ent->d_name[0] == '.' || strcmp(ent->d_name + len - 4, ".lua") != 0)
            continue;
        Entrant *e = &t->e[t->n];
        char path[PATH_MAX + 64];
        snprintf(path, sizeof path, "%s/%s", t->dir, ent->d_name);
        if (!realpath(path, e->path))
            continue;
        snprintf(e->name, sizeof e->name, "%.*s", (int)sizeof e->name - 1, ent->d_name);
        t->n++;
    }
    closedir(d);
    qsort(t->e + 1, (size_t)t->n - 1, sizeof *t->e, compare_names);   /* readdir's order is the disk's */
    if (t->n == 1)
        return cli_fail(3, "%s: no strategy scripts (*.lua) in the folder", t->dir);
    return 0;
}

/* One pairing over every seed: us plays the US, iran plays Iran. */
static void play_pairing(Tournament *t, Entrant *us, Entrant *iran)
{
    SessionConfig cfg = { .root = cli_root, .scenario = t->scenario, .seed = t->seed };
    cfg.script[US] = us->path[0] ? us->path : NULL;
    cfg.script[IRAN] = iran->path[0] ? iran->path : NULL;
    Error err = { 0 };
    Session *s = session_open(&cfg, &err);
    if (!s) {
        /* a strategy that does not load is out of the tournament; the message says why */
        Entrant *culprit = us->path[0] && strstr(err.msg, us->path) ? us : iran;
        culprit->broken = true;
        snprintf(culprit->error, sizeof culprit->error, "%s", err.msg);
        return;
    }
    for (unsigned long long k = 0; k < t->seeds; k++) {
        session_restart(s, t->seed + k);
        s->game.lean = true;    /* the scores are all a tournament reads */
        while (!session_over(s))
            session_step(s);
        double score_us = game_score(&s->game, US, NULL), score_iran = game_score(&s->game, IRAN, NULL);
        Entrant *side[2] = { us, iran };
        double mine[2] = { score_us, score_iran };
        for (int i = 0; i < 2; i++) {
            Entrant *e = side[i];
            if ((t->side == US && i == 1) || (t->side == IRAN && i == 0))
                continue;       /* the built-in opponent is not ranked */
            double diff = mine[i] - mine[1 - i];
            e->games++;
            e->score += mine[i];
            e->outcomes[s->game.world.outcome]++;
            if (fabs(diff) <= DRAW_MARGIN)
                e->drawn++;
            else if (diff > 0)
                e->won++;
            else
                e->lost++;
        }
        /* a strategy whose script failed was stopped for those turns: count it */
        for (int w = 0; w < s->nwarnings; w++)
            for (int i = 0; i < 2; i++)
                if (side[i]->path[0] && strstr(s->warnings[w], side[i]->path))
                    side[i]->failures++;
    }
    session_free(s);
}

static double mean(const Entrant *e)
{
    return e->games ? e->score / e->games : 0;
}

static int compare_rank(const void *a, const void *b)
{
    const Entrant *x = a, *y = b;
    if (x->broken != y->broken)
        return x->broken ? 1 : -1;
    if (fabs(mean(x) - mean(y)) > 1e-9)
        return mean(x) > mean(y) ? -1 : 1;
    if (x->won != y->won)
        return y->won - x->won;
    return strcmp(x->name, y->name);
}

static void print_table(const Tournament *t)
{
    int games = 0;
    for (int i = 0; i < t->n; i++)
        games += t->e[i].games;
    int out = 0;
    for (int i = 0; i < t->n; i++)
        out += t->e[i].broken;
    printf("Tournament: %s, %d strategies%s and the built-in AI, seeds %llu-%llu, %s\n\n", t->scenario, t->n - 1 - out,
           out ? " (and some left out, below)" : "", t->seed, t->seed + t->seeds - 1,
           t->side < 0 ? "each as the US and as Iran against every other"
                       : t->side == US ? "each as the US against the built-in Iran" : "each as Iran against the built-in US");
    printf("%4s  %-24s %5s %6s %4s %5s %4s  %9s %4s %8s %8s %7s  %s\n", "rank", "strategy", "games", "score", "won",
           "drawn", "lost", "agreement", "war", "collapse", "breakout", "timeout", "failures");
    int rank = 0;
    for (int i = 0; i < t->n; i++) {
        const Entrant *e = &t->e[i];
        if (e->broken || (t->side >= 0 && !e->path[0]))
            continue;
        printf("%4d  %-24s %5d %6.1f %4d %5d %4d  %9d %4d %8d %8d %7d  %d\n", ++rank, e->name, e->games, mean(e),
               e->won, e->drawn, e->lost, e->outcomes[OUT_AGREEMENT], e->outcomes[OUT_WAR], e->outcomes[OUT_COLLAPSE],
               e->outcomes[OUT_BREAKOUT], e->outcomes[OUT_TIMEOUT], e->failures);
    }
    printf("\nscore: the strategy's own side's score (0-100), averaged over its games; a game is won by the side "
           "with the higher score, drawn within %.0f points. failures: turns its script was stopped.\n", DRAW_MARGIN);
    for (int i = 0; i < t->n; i++)
        if (t->e[i].broken)
            printf("left out: %s: %s\n", t->e[i].name, t->e[i].error);
}

static void print_json(const Tournament *t)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "scenario", t->scenario);
    cJSON_AddNumberToObject(doc, "first_seed", (double)t->seed);
    cJSON_AddNumberToObject(doc, "seeds", (double)t->seeds);
    cJSON_AddStringToObject(doc, "side", t->side < 0 ? "both" : actor_name((Actor)t->side));
    cJSON *table = cJSON_AddArrayToObject(doc, "table");
    cJSON *left = cJSON_AddArrayToObject(doc, "left_out");
    for (int i = 0; i < t->n; i++) {
        const Entrant *e = &t->e[i];
        if (e->broken) {
            cJSON *item = cJSON_CreateObject();
            cJSON_AddStringToObject(item, "strategy", e->name);
            cJSON_AddStringToObject(item, "error", e->error);
            cJSON_AddItemToArray(left, item);
            continue;
        }
        if (t->side >= 0 && !e->path[0])
            continue;
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "strategy", e->name);
        cJSON_AddNumberToObject(row, "games", e->games);
        cJSON_AddNumberToObject(row, "score", round(mean(e) * 100) / 100);
        cJSON_AddNumberToObject(row, "won", e->won);
        cJSON_AddNumberToObject(row, "drawn", e->drawn);
        cJSON_AddNumberToObject(row, "lost", e->lost);
        cJSON *outcomes = cJSON_AddObjectToObject(row, "outcomes");
        for (int o = OUT_NONE + 1; o < OUTCOME_COUNT; o++)
            cJSON_AddNumberToObject(outcomes, outcome_name((Outcome)o), e->outcomes[o]);
        cJSON_AddNumberToObject(row, "failures", e->failures);
        cJSON_AddItemToArray(table, row);
    }
    char *text = cJSON_Print(doc);
    if (text)
        puts(text);
    cJSON_free(text);
    cJSON_Delete(doc);
}

static int parse(int argc, char **argv, Tournament *t)
{
    static const struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "seeds", required_argument, NULL, 'n' },
        { "seed", required_argument, NULL, 'f' }, { "side", required_argument, NULL, 'd' },
        { "json", no_argument, NULL, 'j' }, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    optind = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': t->scenario = optarg; break;
        case 'j': t->json = true; break;
        case 'h': fputs(tournament_usage, stdout); return -1;
        case 'n':
            if (cli_parse_u64(optarg, 10000, &t->seeds) != 0 || t->seeds == 0)
                return cli_usage(tournament_usage, "--seeds expects a number from 1 to 10000, not '%s'", optarg);
            break;
        case 'f':
            if (cli_parse_u64(optarg, UINT64_MAX / 2, &t->seed) != 0)
                return cli_usage(tournament_usage, "--seed expects a whole number, not '%s'", optarg);
            break;
        case 'd':
            if (strcmp(optarg, "both") == 0)
                t->side = -1;
            else if (strcmp(optarg, "us") == 0 || strcmp(optarg, "iran") == 0)
                t->side = actor_find(optarg);
            else
                return cli_usage(tournament_usage, "--side expects both, us or iran, not '%s'", optarg);
            break;
        case ':': return cli_usage(tournament_usage, "%s needs a value", argv[optind - 1]);
        default: return cli_usage(tournament_usage, "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage(tournament_usage, optind < argc ? "expected one folder of strategies" : "a folder of strategies is required");
    t->dir = argv[optind];
    if (!t->scenario)
        return cli_usage(tournament_usage, "--scenario is required");
    return 0;
}

int cmd_tournament(int argc, char **argv)
{
    Tournament t = { .seeds = 5, .seed = 1, .side = -1 };
    int rc = parse(argc, argv, &t);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if (!cli_known_scenario(t.scenario))
        return 2;
    t.e = calloc(MAX_ENTRANTS, sizeof *t.e);
    if (!t.e)
        return cli_fail(1, "out of memory");
    if ((rc = find_entrants(&t)) != 0) {
        free(t.e);
        return rc;
    }
    /* a strategy that does not load is left out before any game, so that
     * every other plays the same set of opponents */
    for (int i = 1; i < t.n; i++) {
        SessionConfig cfg = { .root = cli_root, .scenario = t.scenario, .seed = t.seed };
        cfg.script[t.side == IRAN ? IRAN : US] = t.e[i].path;
        Error err = { 0 };
        Session *s = session_open(&cfg, &err);
        if (!s) {
            t.e[i].broken = true;
            snprintf(t.e[i].error, sizeof t.e[i].error, "%s", err.msg);
        }
        session_free(s);
    }
    /* every ordered pair (or every strategy against the built-in side), in name order */
    for (int a = 0; a < t.n; a++)
        for (int b = 0; b < t.n; b++) {
            if (t.e[a].broken || t.e[b].broken)
                continue;
            bool play = t.side < 0 ? a != b
                      : t.side == US ? (a > 0 && b == 0) : (a == 0 && b > 0);
            if (play)
                play_pairing(&t, &t.e[a], &t.e[b]);
        }
    bool broken = false;
    for (int i = 0; i < t.n; i++)
        broken |= t.e[i].broken;
    qsort(t.e, (size_t)t.n, sizeof *t.e, compare_rank);
    if (t.json)
        print_json(&t);
    else
        print_table(&t);
    free(t.e);
    return broken ? 3 : 0;
}
