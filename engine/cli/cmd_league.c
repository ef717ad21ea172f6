/* redline league: the standard league. For each scenario and each side, the
 * strategies in DIR/any/ and DIR/SIDE/ (scripts/strategies/ by default) and
 * the built-in AI each play that side over the same seeds, every other actor built in;
 * a table gives each one's mean score with its 95% interval and how the
 * games ended. A strategy is only ever compared with the others of its side.
 * --check checks the balance targets (docs/model.md): the built-in AI above
 * every trivial strategy, doing nothing 15 points below it, the expert above
 * it, the best and worst 30 points apart, and with the AI on every side no
 * way of ending in more than 70% of games. */
#include <dirent.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "games.h"

static const char league_usage[] =
    N_("usage: redline league [--scenario ID] [--side ACTOR] [--runs N] [--seed S] [--jobs J] [--dir DIR]\n"
    "                      [--check] [--json]\n"
    "\n"
    "  --scenario ID  one scenario (default: every scenario of the game)\n"
    "  --side ACTOR   one side (default: every side with a folder in DIR that the scenario scores)\n"
    "  --runs N       games a strategy plays, seeds S..S+N-1 (default 200)\n"
    "  --seed S       the first seed (default 1)\n"
    "  --jobs J       games played at once (default 1); the tables are the same\n"
    "  --dir DIR      the strategies: DIR/any/NAME.lua for every side, DIR/ACTOR/NAME.lua for one\n"
    "                 (default scripts/strategies)\n"
    "  --check        check the balance targets; exit 1 naming each one missed\n"
    "  --json         print the tables as JSON\n");

#define MAX_ROWS 32
#define MAX_SCENARIOS 64
#define TARGET_GAP 15.0         /* doing nothing scores at least this far below the built-in AI */
#define TARGET_SPREAD 30.0      /* the best and worst strategies at least this far apart */
#define TARGET_OUTCOME_MAX 70.0 /* with the AI on every side, no outcome in more games than this (%) */

typedef struct Row {
    char name[ID_LEN];          /* "ai", or the file's name without .lua */
    char path[PATH_MAX];        /* "" for the built-in AI */
    Tally tally;
    bool broken;
    char error[sizeof ((Error *)0)->msg];
} Row;

typedef struct Table {
    const char *scenario;
    Actor side;
    int n;
    Row rows[MAX_ROWS];
} Table;

typedef struct League {
    const char *scenario, *dir;
    int side;                   /* -1: every side */
    unsigned long long runs, seed;
    int jobs;
    bool json, check;
    int missed, broken;
    cJSON *doc;
} League;

static int compare_rows(const void *a, const void *b)
{
    const Row *x = a, *y = b;
    if (x->broken != y->broken)
        return x->broken ? 1 : -1;
    if (x->tally.mean != y->tally.mean)
        return x->tally.mean > y->tally.mean ? -1 : 1;
    return strcmp(x->name, y->name);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const Row *)a)->name, ((const Row *)b)->name);
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n > m && strcmp(s + n - m, tail) == 0;
}

static Row *row_named(Table *t, const char *name)
{
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->rows[i].name, name) == 0)
            return &t->rows[i];
    return t->n < MAX_ROWS ? &t->rows[t->n++] : NULL;
}

/* Every NAME.lua of a folder as a row; a name already there is replaced. */
static void add_folder(Table *t, const char *folder)
{
    DIR *d = opendir(folder);
    struct dirent *ent;
    while (d && (ent = readdir(d))) {
        size_t len = strlen(ent->d_name);
        if (ent->d_name[0] == '.' || !ends_with(ent->d_name, ".lua") || len - 4 >= ID_LEN)
            continue;
        char name[ID_LEN], path[PATH_MAX + 300], real[PATH_MAX];
        snprintf(name, sizeof name, "%.*s", (int)(len - 4), ent->d_name);
        snprintf(path, sizeof path, "%s/%s", folder, ent->d_name);
        Row *r;
        if (!realpath(path, real) || !(r = row_named(t, name)))
            continue;
        snprintf(r->name, ID_LEN, "%s", name);
        memcpy(r->path, real, sizeof r->path);
    }
    if (d)
        closedir(d);
}

/* The built-in AI, the strategies for any side (DIR/any/) and the side's
 * own (DIR/SIDE/, which win over a generic one of the same name), in name
 * order. */
static void find_rows(const League *l, Table *t)
{
    t->n = 0;
    snprintf(t->rows[t->n++].name, ID_LEN, "ai");
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s/any", l->dir);
    add_folder(t, folder);
    snprintf(folder, sizeof folder, "%s/%s", l->dir, actor_name(t->side));
    add_folder(t, folder);
    qsort(t->rows + 1, (size_t)t->n - 1, sizeof *t->rows, compare_names);   /* readdir's order is the disk's */
}

typedef struct Taker {
    Row *row;
    Actor side;
} Taker;

static void take(void *ctx, const GameResult *r)
{
    Taker *k = ctx;
    tally_add(&k->row->tally, r->score[k->side], r->outcome);
    k->row->tally.failures += r->failures[k->side];
}

static void play_row(const League *l, Table *t, Row *row)
{
    Taker k = { row, t->side };
    GamePlan plan = { .cfg = { .scenario = t->scenario }, .seed = l->seed, .runs = (long)l->runs, .jobs = l->jobs,
                      .take = take, .ctx = &k };
    plan.cfg.script[t->side] = row->path[0] ? row->path : NULL;
    Error err = { 0 };
    if (games_play(&plan, &err) != 0) {
        row->broken = true;
        snprintf(row->error, sizeof row->error, "%s", err.msg);
    }
}

static const Row *find_row(const Table *t, const char *name)
{
    for (int i = 0; i < t->n; i++)
        if (!t->rows[i].broken && strcmp(t->rows[i].name, name) == 0)
            return &t->rows[i];
    return NULL;
}

typedef struct Target {
    char text[200];
    bool ok;
} Target;

/* The balance targets this table can be checked against (rows sorted best first). */
static int check_targets(const Table *t, Target *out)
{
    int n = 0;
    const Row *ai = find_row(t, "ai"), *idle = find_row(t, "do_nothing"), *expert = find_row(t, "expert");
    for (int i = 0; i < t->n && ai; i++) {
        const Row *r = &t->rows[i];
        if (r->broken || r == ai || r == expert)
            continue;
        out[n].ok = ai->tally.mean > r->tally.mean;
        snprintf(out[n++].text, sizeof out->text, "the AI (%.1f) above %s (%.1f)", ai->tally.mean, r->name,
                 r->tally.mean);
    }
    if (ai && idle) {
        out[n].ok = ai->tally.mean - idle->tally.mean >= TARGET_GAP;
        snprintf(out[n++].text, sizeof out->text, "do_nothing (%.1f) at least %.0f below the AI (%.1f)",
                 idle->tally.mean, TARGET_GAP, ai->tally.mean);
    }
    if (ai && expert) {
        out[n].ok = expert->tally.mean > ai->tally.mean;
        snprintf(out[n++].text, sizeof out->text, "expert (%.1f) above the AI (%.1f)", expert->tally.mean,
                 ai->tally.mean);
    }
    if (ai) {
        Outcome common = OUT_AGREEMENT;
        for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
            if (tally_share(&ai->tally, (Outcome)o) > tally_share(&ai->tally, common))
                common = (Outcome)o;
        double share = tally_share(&ai->tally, common);
        out[n].ok = share <= TARGET_OUTCOME_MAX;
        snprintf(out[n++].text, sizeof out->text, "with the AI on every side, no outcome above %.0f%% (%s: %.1f%%)",
                 TARGET_OUTCOME_MAX, outcome_name(common), share);
    }
    const Row *best = &t->rows[0], *worst = NULL;
    for (int i = 0; i < t->n; i++)
        if (!t->rows[i].broken)
            worst = &t->rows[i];
    if (worst && worst != best) {
        out[n].ok = best->tally.mean - worst->tally.mean >= TARGET_SPREAD;
        snprintf(out[n++].text, sizeof out->text, "best (%s, %.1f) and worst (%s, %.1f) at least %.0f apart",
                 best->name, best->tally.mean, worst->name, worst->tally.mean, TARGET_SPREAD);
    }
    return n;
}

static void print_table(const League *l, const Table *t, const Target *targets, int ntargets)
{
    printf("%s, %s: %llu games a strategy, seeds %llu-%llu, every other actor built in\n\n", t->scenario,
           actor_title(t->side), l->runs, l->seed, l->seed + l->runs - 1);
    printf("%4s  %-20s %6s  %-13s  %9s %6s %8s %8s %7s  %s\n", "rank", "strategy", "score", "95% interval",
           "agreement", "war", "collapse", "breakout", "timeout", "failures");
    int rank = 0;
    for (int i = 0; i < t->n; i++) {
        const Row *r = &t->rows[i];
        if (r->broken)
            continue;
        const Tally *y = &r->tally;
        char interval[32];
        snprintf(interval, sizeof interval, "%.1f-%.1f", y->mean - tally_margin(y), y->mean + tally_margin(y));
        printf("%4d  %-20s %6.1f  %-13s  %8.1f%% %5.1f%% %7.1f%% %7.1f%% %6.1f%%  %d\n", ++rank, r->name, y->mean,
               interval, tally_share(y, OUT_AGREEMENT), tally_share(y, OUT_WAR), tally_share(y, OUT_COLLAPSE),
               tally_share(y, OUT_BREAKOUT), tally_share(y, OUT_TIMEOUT), y->failures);
    }
    for (int i = 0; i < t->n; i++)
        if (t->rows[i].broken)
            printf("left out: %s: %s\n", t->rows[i].name, t->rows[i].error);
    for (int i = 0; i < ntargets; i++)
        printf("%s %s\n", targets[i].ok ? "  target met:   " : "  TARGET MISSED:", targets[i].text);
    putchar('\n');
}

static void add_json(League *l, const Table *t, const Target *targets, int ntargets)
{
    cJSON *table = cJSON_CreateObject();
    cJSON_AddStringToObject(table, "scenario", t->scenario);
    cJSON_AddStringToObject(table, "side", actor_name(t->side));
    cJSON *rows = cJSON_AddArrayToObject(table, "rows");
    for (int i = 0; i < t->n; i++) {
        const Row *r = &t->rows[i];
        cJSON *row = cJSON_CreateObject();
        cJSON_AddStringToObject(row, "strategy", r->name);
        if (r->broken) {
            cJSON_AddStringToObject(row, "error", r->error);
        } else {
            cJSON_AddNumberToObject(row, "games", (double)r->tally.games);
            cJSON_AddNumberToObject(row, "score", round(r->tally.mean * 100) / 100);
            cJSON_AddNumberToObject(row, "margin95", round(tally_margin(&r->tally) * 100) / 100);
            cJSON_AddNumberToObject(row, "sd", round(tally_sd(&r->tally) * 100) / 100);
            cJSON *shares = cJSON_AddObjectToObject(row, "outcomes");
            for (int o = OUT_AGREEMENT; o < OUTCOME_COUNT; o++)
                cJSON_AddNumberToObject(shares, outcome_name((Outcome)o), round(tally_share(&r->tally, (Outcome)o) * 10) / 10);
            cJSON_AddNumberToObject(row, "failures", r->tally.failures);
        }
        cJSON_AddItemToArray(rows, row);
    }
    cJSON *checks = cJSON_AddArrayToObject(table, "targets");
    for (int i = 0; i < ntargets; i++) {
        cJSON *c = cJSON_CreateObject();
        cJSON_AddStringToObject(c, "target", targets[i].text);
        cJSON_AddBoolToObject(c, "met", targets[i].ok);
        cJSON_AddItemToArray(checks, c);
    }
    cJSON_AddItemToArray(cJSON_GetObjectItem(l->doc, "tables"), table);
}

static void play_table(League *l, const char *scenario, Actor side)
{
    Table *t = calloc(1, sizeof *t);
    if (!t) {
        l->broken++;
        return;
    }
    t->scenario = scenario;
    t->side = side;
    find_rows(l, t);
    for (int i = 0; i < t->n; i++)
        play_row(l, t, &t->rows[i]);
    qsort(t->rows, (size_t)t->n, sizeof *t->rows, compare_rows);
    Target targets[MAX_ROWS + 4];
    int ntargets = check_targets(t, targets);
    for (int i = 0; i < t->n; i++)
        l->broken += t->rows[i].broken;
    for (int i = 0; i < ntargets; i++)
        l->missed += !targets[i].ok;
    if (l->json)
        add_json(l, t, targets, ntargets);
    else
        print_table(l, t, targets, ntargets);
    free(t);
}

static bool is_folder(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Every side of the scenario that it scores and that has strategies (or the one asked for). */
static int play_scenario(League *l, const char *scenario)
{
    SessionConfig cfg = cli_config();
    cfg.scenario = scenario;
    cfg.seed = l->seed;
    Error err = { 0 };
    Session *s = rl_open(&cfg, &err);
    if (!s)
        return cli_fail(err.code ? err.code : 1, "%s", err.msg);
    int scored[ACTOR_COUNT];
    for (int a = 0; a < ACTOR_COUNT; a++)
        scored[a] = rl_scenario(s)->nobjectives[a];
    rl_close(s);
    /* Every actor is scored, but only the sides with strategies of their own
     * (an expert among them) are played unasked: DIR/any fills in the rest. */
    for (int a = 0; a < ACTOR_COUNT; a++) {
        char folder[PATH_MAX];
        snprintf(folder, sizeof folder, "%s/%s", l->dir, actor_name((Actor)a));
        bool asked = l->side == a, any = l->side < 0 && is_folder(folder);
        if (scored[a] && (asked || any))
            play_table(l, scenario, (Actor)a);
    }
    return 0;
}

static int compare_ids(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* The game's own scenarios (scripts/scenarios/ID.lua), sorted: mods' are
 * played with --scenario. */
static int game_scenarios(char ids[][ID_LEN], int max)
{
    char folder[PATH_MAX];
    snprintf(folder, sizeof folder, "%s/scripts/scenarios", cli_root);
    DIR *d = opendir(folder);
    int n = 0;
    struct dirent *ent;
    while (d && (ent = readdir(d)) && n < max) {
        size_t len = strlen(ent->d_name);
        if (ent->d_name[0] != '.' && ends_with(ent->d_name, ".lua") && len - 4 < ID_LEN)
            snprintf(ids[n++], ID_LEN, "%.*s", (int)(len - 4), ent->d_name);
    }
    if (d)
        closedir(d);
    qsort(ids, (size_t)n, ID_LEN, compare_ids);
    return n;
}

static int parse(int argc, char **argv, League *l)
{
    static const struct option longopts[] = {
        { "scenario", required_argument, NULL, 's' }, { "side", required_argument, NULL, 'a' },
        { "runs", required_argument, NULL, 'r' }, { "seed", required_argument, NULL, 'n' },
        { "jobs", required_argument, NULL, 'j' }, { "dir", required_argument, NULL, 'd' },
        { "check", no_argument, NULL, 'c' }, { "json", no_argument, NULL, 'J' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    optind = 0;
    int c;
    unsigned long long x;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 's': l->scenario = optarg; break;
        case 'd': l->dir = optarg; break;
        case 'c': l->check = true; break;
        case 'J': l->json = true; break;
        case 'h': fputs(_(league_usage), stdout); return -1;
        case 'a':
            if ((l->side = actor_find(optarg)) < 0)
                return cli_usage(league_usage, _("--side expects an actor (us, iran, israel, ...), not '%s'"), optarg);
            break;
        case 'r':
            if (cli_parse_u64(optarg, 1000000, &l->runs) != 0 || l->runs < 2)
                return cli_usage(league_usage, _("--runs expects a number from 2 to 1000000, not '%s'"), optarg);
            break;
        case 'n':
            if (cli_parse_u64(optarg, UINT64_MAX / 2, &l->seed) != 0)
                return cli_usage(league_usage, _("--seed expects a whole number, not '%s'"), optarg);
            break;
        case 'j':
            if (cli_parse_u64(optarg, 64, &x) != 0 || x == 0)
                return cli_usage(league_usage, _("--jobs expects a number from 1 to 64, not '%s'"), optarg);
            l->jobs = (int)x;
            break;
        case ':': return cli_usage(league_usage, _("%s needs a value"), argv[optind - 1]);
        default: return cli_usage(league_usage, _("unknown option '%s'"), argv[optind - 1]);
        }
    }
    if (optind < argc)
        return cli_usage(league_usage, _("unexpected argument '%s'"), argv[optind]);
    return 0;
}

int cmd_league(int argc, char **argv)
{
    static char strategies[PATH_MAX];
    League l = { .side = -1, .runs = 200, .seed = 1, .jobs = 1 };
    int rc = parse(argc, argv, &l);
    if (rc != 0)
        return rc < 0 ? 0 : rc;
    if (!l.dir) {
        snprintf(strategies, sizeof strategies, "%s/scripts/strategies", cli_root);
        l.dir = strategies;
    }
    if (!is_folder(l.dir))
        return cli_fail(3, _("%s: not a folder of strategies (DIR/any/NAME.lua, DIR/ACTOR/NAME.lua)"), l.dir);
    if (l.scenario && !cli_known_scenario(l.scenario))
        return 2;
    char ids[MAX_SCENARIOS][ID_LEN];
    int n = l.scenario ? 1 : game_scenarios(ids, MAX_SCENARIOS);
    if (l.scenario)
        snprintf(ids[0], ID_LEN, "%s", l.scenario);
    if (l.json) {
        l.doc = cJSON_CreateObject();
        cJSON_AddNumberToObject(l.doc, "runs", (double)l.runs);
        cJSON_AddNumberToObject(l.doc, "first_seed", (double)l.seed);
        cJSON_AddArrayToObject(l.doc, "tables");
    }
    for (int i = 0; i < n && rc == 0; i++)
        rc = play_scenario(&l, ids[i]);
    if (l.json) {
        cJSON_AddNumberToObject(l.doc, "targets_missed", l.missed);
        char *text = cJSON_Print(l.doc);
        if (text && rc == 0)
            puts(text);
        cJSON_free(text);
        cJSON_Delete(l.doc);
    } else if (rc == 0 && l.check) {
        printf(l.missed ? "%d balance targets missed\n" : "every balance target met\n", l.missed);
    }
    if (rc != 0)
        return rc;
    if (l.broken)
        return 3;
    return l.check && l.missed ? 1 : 0;
}
