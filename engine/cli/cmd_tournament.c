/* redline tournament DIR: every strategy in DIR plays every other, as the US
 * and as Iran, over the same seeds, and a league table ranks them -- so a
 * class can write strategies and play them off. The built-in AI takes part
 * as "ai" (a baseline to beat). A strategy is compared with the others that
 * played its side against the same opponent on the same seeds, never with
 * the other side, whose objectives differ. Games are handed over in a fixed
 * order, so the table is the same on every run. */
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "games.h"

static const char tournament_usage[] =
    N_("usage: redline tournament DIR --scenario ID [--seeds N] [--seed S] [--side both|us|iran] [--jobs J] [--json]\n"
    "\n"
    "  DIR          a folder of strategy scripts (*.lua), each returning { decide = function(view) ... }\n"
    "  --scenario   the scenario to play\n"
    "  --seeds N    games per pairing, seeds S..S+N-1 (default 5)\n"
    "  --seed S     the first seed (default 1)\n"
    "  --side       both (default): every strategy plays every other, as the US and as Iran;\n"
    "               us or iran: every strategy plays that side against the built-in AI\n"
    "  --jobs J     games played at once (default 1); the table is the same\n"
    "  --json       print the table as JSON\n");

#define MAX_ENTRANTS 128
#define SIDES 2                 /* the US and Iran: side 0 is US, side 1 IRAN */

typedef struct Entrant {
    char name[ID_LEN + 8];
    char path[PATH_MAX];        /* "" for the built-in AI */
    int games, failures, side_games[SIDES];
    double side_score[SIDES];   /* sums of its own side's scores */
    double field;               /* sum over its games of the field's mean score in that game */
    bool against[SIDES][MAX_ENTRANTS];  /* played side i against entrant o (before the ranking sorts them) */
    int outcomes[OUTCOME_COUNT];
    bool broken;
    char error[sizeof ((Error *)0)->msg];
} Entrant;

typedef struct Tournament {
    const char *dir, *scenario;
    unsigned long long seeds, seed;
    int side;                   /* -1 both, US or IRAN */
    int jobs;
    bool json;
    Entrant *e;
    int n;
    /* the field: every score of a side against one opponent, summed, and how many played it */
    double field_sum[SIDES][MAX_ENTRANTS];
    int field_players[SIDES][MAX_ENTRANTS];
} Tournament;

/* One pairing's games as they come in: who plays which side. */
typedef struct Pairing {
    Tournament *t;
    Entrant *player[SIDES];
    bool ranked[SIDES];
} Pairing;

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const Entrant *)a)->name, ((const Entrant *)b)->name);
}

static int find_entrants(Tournament *t)
{
    DIR *d = opendir(t->dir);
    if (!d)
        return cli_usage(tournament_usage, _("%s: cannot open the folder"), t->dir);
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
        return cli_fail(3, _("%s: no strategy scripts (*.lua) in the folder"), t->dir);
    return 0;
}

static void take_game(void *ctx, const GameResult *r)
{
    Pairing *p = ctx;
    for (int i = 0; i < SIDES; i++) {
        Entrant *e = p->player[i];
        Actor side = i == 0 ? US : IRAN;
        if (e->path[0])
            e->failures += r->failures[side];
        if (!p->ranked[i])
            continue;       /* the built-in opponent is not ranked */
        e->games++;
        e->side_games[i]++;
        e->side_score[i] += r->score[side];
        e->outcomes[r->outcome]++;
    }
}

/* One pairing over every seed: us plays the US, iran plays Iran. */
static void play_pairing(Tournament *t, Entrant *us, Entrant *iran)
{
    Pairing p = { t, { us, iran }, { t->side != IRAN, t->side != US } };
    GamePlan plan = { .cfg = { .scenario = t->scenario }, .seed = t->seed, .runs = (long)t->seeds, .jobs = t->jobs,
                      .take = take_game, .ctx = &p };
    plan.cfg.script[US] = us->path[0] ? us->path : NULL;
    plan.cfg.script[IRAN] = iran->path[0] ? iran->path : NULL;
    double before[SIDES] = { us->side_score[0], iran->side_score[1] };
    Error err = { 0 };
    if (games_play(&plan, &err) != 0) {
        /* a strategy that does not load is out of the tournament; the message says why */
        Entrant *culprit = us->path[0] && strstr(err.msg, us->path) ? us : iran;
        culprit->broken = true;
        snprintf(culprit->error, sizeof culprit->error, "%s", err.msg);
        return;
    }
    /* the field of a side against an opponent: the strategies that played it */
    Entrant *opponent[SIDES] = { iran, us };
    double gained[SIDES] = { us->side_score[0] - before[0], iran->side_score[1] - before[1] };
    for (int i = 0; i < SIDES; i++)
        if (p.ranked[i]) {
            int o = (int)(opponent[i] - t->e);
            t->field_sum[i][o] += gained[i];
            t->field_players[i][o]++;
            p.player[i]->against[i][o] = true;
        }
}

/* The field's mean score in each of an entrant's games, added up: over the
 * seeds of a pairing that is the field's total against that opponent over
 * the number of strategies that played it. */
static void add_fields(Tournament *t)
{
    for (int x = 0; x < t->n; x++)
        for (int i = 0; i < SIDES; i++)
            for (int o = 0; o < t->n; o++)
                if (t->e[x].against[i][o])
                    t->e[x].field += t->field_sum[i][o] / t->field_players[i][o];
}

/* How far above the field of its side a strategy scored, on average. */
static double margin(const Entrant *e)
{
    return e->games ? (e->side_score[0] + e->side_score[1] - e->field) / e->games : 0;
}

static double side_mean(const Entrant *e, int i)
{
    return e->side_games[i] ? e->side_score[i] / e->side_games[i] : NAN;
}

static int compare_rank(const void *a, const void *b)
{
    const Entrant *x = a, *y = b;
    if (x->broken != y->broken)
        return x->broken ? 1 : -1;
    if (fabs(margin(x) - margin(y)) > 1e-9)
        return margin(x) > margin(y) ? -1 : 1;
    return strcmp(x->name, y->name);
}

static bool listed(const Tournament *t, const Entrant *e)
{
    return !e->broken && (t->side < 0 || e->path[0]);
}

static void print_table(const Tournament *t)
{
    int out = 0;
    for (int i = 0; i < t->n; i++)
        out += t->e[i].broken;
    printf("Tournament: %s, %d strategies%s and the built-in AI, seeds %llu-%llu, %s\n\n", t->scenario, t->n - 1 - out,
           out ? " (and some left out, below)" : "", t->seed, t->seed + t->seeds - 1,
           t->side < 0 ? "each as the US and as Iran against every other"
                       : t->side == US ? "each as the US against the built-in Iran" : "each as Iran against the built-in US");
    printf("%4s  %-24s %5s %6s %6s %8s  %9s %4s %8s %8s %7s  %s\n", "rank", "strategy", "games", "as US", "as Iran",
           "vs field", "agreement", "war", "collapse", "breakout", "timeout", "failures");
    int rank = 0;
    for (int i = 0; i < t->n; i++) {
        const Entrant *e = &t->e[i];
        if (!listed(t, e))
            continue;
        char us[16] = "-", iran[16] = "-";
        if (e->side_games[0])
            snprintf(us, sizeof us, "%.1f", side_mean(e, 0));
        if (e->side_games[1])
            snprintf(iran, sizeof iran, "%.1f", side_mean(e, 1));
        printf("%4d  %-24s %5d %6s %6s %+8.1f  %9d %4d %8d %8d %7d  %d\n", ++rank, e->name, e->games, us, iran,
               margin(e), e->outcomes[OUT_AGREEMENT], e->outcomes[OUT_WAR], e->outcomes[OUT_COLLAPSE],
               e->outcomes[OUT_BREAKOUT], e->outcomes[OUT_TIMEOUT], e->failures);
    }
    printf("\nas US, as Iran: that side's score (0-100), averaged over the strategy's games on that side.\n"
           "vs field: how far its score was above the mean of the strategies that played the same side against the\n"
           "same opponent on the same seeds (a side is compared only with itself: the sides' objectives differ).\n"
           "failures: turns its script was stopped.\n");
    for (int i = 0; i < t->n; i++)
        if (t->e[i].broken)
            printf("left out: %s: %s\n", t->e[i].name, t->e[i].error);
}

static void add_score(cJSON *row, const char *key, const Entrant *e, int side)
{
    if (e->side_games[side])
        cJSON_AddNumberToObject(row, key, round(side_mean(e, side) * 100) / 100);
    else
        cJSON_AddNullToObject(row, key);
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
        if (!listed(t, e))
            continue;
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "strategy", e->name);
        cJSON_AddNumberToObject(row, "games", e->games);
        add_score(row, "us", e, 0);
        add_score(row, "iran", e, 1);
        cJSON_AddNumberToObject(row, "vs_field", round(margin(e) * 100) / 100);
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
        { "json", no_argument, NULL, 'j' }, { "jobs", required_argument, NULL, 'J' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    optind = 0;
    int c;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': t->scenario = optarg; break;
        case 'j': t->json = true; break;
        case 'h': fputs(_(tournament_usage), stdout); return -1;
        case 'n':
            if (cli_parse_u64(optarg, 10000, &t->seeds) != 0 || t->seeds == 0)
                return cli_usage(tournament_usage, _("--seeds expects a number from 1 to 10000, not '%s'"), optarg);
            break;
        case 'f':
            if (cli_parse_u64(optarg, UINT64_MAX / 2, &t->seed) != 0)
                return cli_usage(tournament_usage, _("--seed expects a whole number, not '%s'"), optarg);
            break;
        case 'J': {
            unsigned long long jobs;
            if (cli_parse_u64(optarg, 64, &jobs) != 0 || jobs == 0)
                return cli_usage(tournament_usage, _("--jobs expects a number from 1 to 64, not '%s'"), optarg);
            t->jobs = (int)jobs;
            break;
        }
        case 'd':
            if (strcmp(optarg, "both") == 0)
                t->side = -1;
            else if (strcmp(optarg, "us") == 0 || strcmp(optarg, "iran") == 0)
                t->side = actor_find(optarg);
            else
                return cli_usage(tournament_usage, _("--side expects both, us or iran, not '%s'"), optarg);
            break;
        case ':': return cli_usage(tournament_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(tournament_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (optind != argc - 1)
        return cli_usage(tournament_usage, optind < argc ? _("expected one folder of strategies") : _("a folder of strategies is required"));
    t->dir = argv[optind];
    if (!t->scenario)
        return cli_usage(tournament_usage, _("--scenario is required"));
    return 0;
}

int cmd_tournament(int argc, char **argv)
{
    Tournament t = { .seeds = 5, .seed = 1, .side = -1, .jobs = 1 };
    int rc = parse(argc, argv, &t);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if (!cli_known_scenario(t.scenario))
        return 2;
    t.e = calloc(MAX_ENTRANTS, sizeof *t.e);
    if (!t.e)
        return cli_fail(1, _("out of memory"));
    if ((rc = find_entrants(&t)) != 0) {
        free(t.e);
        return rc;
    }
    /* a strategy that does not load is left out before any game, so that
     * every other plays the same set of opponents */
    for (int i = 1; i < t.n; i++) {
        SessionConfig cfg = cli_config();
        cfg.scenario = t.scenario;
        cfg.seed = t.seed;
        cfg.script[t.side == IRAN ? IRAN : US] = t.e[i].path;
        Error err = { 0 };
        Session *s = rl_open(&cfg, &err);
        if (!s) {
            t.e[i].broken = true;
            snprintf(t.e[i].error, sizeof t.e[i].error, "%s", err.msg);
        }
        rl_close(s);
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
    add_fields(&t);
    qsort(t.e, (size_t)t.n, sizeof *t.e, compare_rank);
    if (t.json)
        print_json(&t);
    else
        print_table(&t);
    free(t.e);
    return broken ? 3 : 0;
}
