/* The front door (engine/redline.h) as a face uses it: a side sees its own
 * estimates and never another side's secrets, the truth only as the
 * facilitator; orders are checked as the engine checks them; the one Monte
 * Carlo runner plays the same games whatever the threads and however it is
 * stepped; the save reader, the PIN and the scenarios' texts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"
#include "../../engine/redline.h"

static Session *open_game(const char *scenario, uint64_t seed, bool human_us)
{
    SessionConfig cfg = { .root = ".", .scenario = scenario, .seed = seed };
    cfg.human[US] = human_us;
    Error err = { 0 };
    Session *s = rl_open(&cfg, &err);
    if (!s)
        fail_msg("cannot open %s: %s", scenario, err.msg);
    return s;
}

static void play(Session *s, int turns)
{
    for (int t = 0; t < turns && !rl_over(s); t++)
        rl_step(s);
}

/* A hidden variable: each side gets an estimate with an error, the public
 * nothing, the facilitator the truth; a public one is the truth for all. */
static void test_values_by_viewer(void **state)
{
    (void)state;
    Session *s = open_game("jan2026", 3, false);
    play(s, 4);
    int now = rl_turn(s);
    double sd;
    double truth = rl_value(s, VIEW_TRUTH, now, V_GRIEVANCE, &sd);
    assert_true(sd == 0);
    assert_true(isnan(rl_value(s, VIEW_PUBLIC, now, V_GRIEVANCE, &sd)) && isnan(sd));
    int differ = 0;
    for (int a = 0; a < ACTOR_COUNT; a++) {
        double est = rl_value(s, a, now, V_GRIEVANCE, &sd);
        assert_true(sd > 0 && !isnan(est));
        differ += fabs(est - truth) > 1e-9;
    }
    assert_true(differ > 0);        /* estimates are not the truth in disguise */
    /* the same estimate however often it is asked */
    assert_true(rl_value(s, US, now, V_GRIEVANCE, NULL) == rl_value(s, US, now, V_GRIEVANCE, NULL));
    for (int a = 0; a <= VIEW_TRUTH; a++)
        assert_true(rl_value(s, a, now, V_ESCALATION, &sd) == rl_value(s, VIEW_TRUTH, now, V_ESCALATION, NULL) &&
                    sd == 0);
    /* the start is the scenario's own values */
    assert_true(rl_value(s, VIEW_TRUTH, 0, V_RIAL, NULL) == rl_scenario(s)->initial[V_RIAL]);
    assert_true(isnan(rl_value(s, VIEW_TRUTH, now + 1, V_RIAL, NULL)));
    rl_close(s);
}

/* A secret order is known to its actor alone: in the orders, the news and
 * the causes of what it moved. */
static void test_secrets_stay_secret(void **state)
{
    (void)state;
    Session *s = open_game("jan2026", 1, false);
    play(s, 26);
    int secret_turns = 0;
    for (int t = 1; t <= rl_turn(s); t++) {
        const Order *all[64], *mine[64];
        int n = rl_orders(s, VIEW_TRUTH, t, all, 64);
        for (int i = 0; i < n; i++) {
            const Action *act = &rl_catalogue(s)->actions[all[i]->action];
            if (!act->secret)
                continue;
            secret_turns++;
            for (int viewer = 0; viewer <= VIEW_PUBLIC; viewer++) {
                bool seen = false;
                int k = rl_orders(s, viewer, t, mine, 64);
                for (int j = 0; j < k; j++)
                    seen |= mine[j] == all[i];
                assert_true(seen == (viewer == all[i]->actor));
                const News *news[256];
                int m = rl_news(s, viewer, t, news, 256);
                for (int j = 0; j < m; j++)
                    assert_true(news[j]->only_for == NOBODY || news[j]->only_for == viewer);
                for (int v = 0; v < VAR_COUNT; v++) {
                    CauseInfo parts[LEDGER_MAX_PARTS];
                    int p = rl_causes(s, viewer, t, (Var)v, parts, LEDGER_MAX_PARTS);
                    for (int q = 0; q < p; q++)
                        assert_false(parts[q].order == all[i] && viewer != all[i]->actor);
                }
            }
        }
    }
    assert_true(secret_turns > 0);  /* the test saw secrets to keep */
    rl_close(s);
}

/* The parts of a change add up to it, for the facilitator and for a side
 * (whose unseen causes are summed into one part). */
static void test_causes_add_up(void **state)
{
    (void)state;
    Session *s = open_game("letter2025", 2, false);
    play(s, 8);
    int checked = 0;
    for (int t = 1; t <= rl_turn(s); t++)
        for (int v = 0; v < VAR_COUNT; v++)
            for (int viewer = 0; viewer <= VIEW_TRUTH; viewer++) {
                CauseInfo parts[LEDGER_MAX_PARTS];
                int n = rl_causes(s, viewer, t, (Var)v, parts, LEDGER_MAX_PARTS);
                if (n == 0)
                    continue;
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += parts[i].amount;
                    assert_true(parts[i].label[0] != '\0');
                }
                double change = rl_value(s, VIEW_TRUTH, t, (Var)v, NULL) - rl_value(s, VIEW_TRUTH, t - 1, (Var)v, NULL);
                assert_true(fabs(sum - change) <= 1e-9 * fmax(1, fabs(change)));
                assert_true(viewer == VIEW_TRUTH || rl_sees(viewer, (Var)v));
                checked++;
            }
    assert_true(checked > 100);
    rl_close(s);
}

/* Orders are checked as the engine checks them: a blocked action is refused
 * with a reason, and what is submitted is what is played. */
static void test_orders(void **state)
{
    (void)state;
    Session *s = open_game("jan2026", 5, true);
    const Catalogue *c = rl_catalogue(s);
    int talks = catalogue_find(c, "offer_talks"), deal = catalogue_find(c, "us_sign");
    int tighten = catalogue_find(c, "tighten_sanctions");
    assert_true(talks >= 0 && deal >= 0 && tighten >= 0);
    assert_non_null(rl_blocker(s, US, deal, NULL, 0));                  /* no text to sign yet */
    assert_non_null(rl_blocker(s, IRAN, talks, NULL, 0));               /* not Iran's action */
    assert_non_null(rl_blocker(s, US, talks, &talks, 1));               /* chosen already */
    Error err = { 0 };
    assert_int_equal(rl_submit(s, US, &deal, 1, &err), -1);
    assert_true(strstr(err.msg, "cannot") != NULL);
    int orders[2] = { tighten, catalogue_find(c, "us_intel") };
    assert_null(rl_blocker(s, US, orders[1], orders, 1));
    assert_int_equal(rl_submit(s, US, orders, 2, &err), 0);
    rl_step(s);
    const Order *done[64];
    int n = rl_orders(s, US, 1, done, 64), mine = 0;
    for (int i = 0; i < n; i++)
        if (done[i]->actor == US)
            assert_true(done[i]->action == orders[mine++]);
    assert_int_equal(mine, 2);
    rl_close(s);
}

typedef struct Collected {
    int n;
    GameResult r[40];
} Collected;

static void collect(void *ctx, const GameResult *r)
{
    Collected *c = ctx;
    assert_int_equal(r->index, c->n);       /* in run order */
    c->r[c->n++] = *r;
}

static void spread(const SpreadConfig *base, int jobs, long step, Collected *out)
{
    SpreadConfig cfg = *base;
    cfg.jobs = jobs;
    cfg.each = collect;
    cfg.ctx = out;
    out->n = 0;
    Error err = { 0 };
    Spread *sp = rl_spread_new(&cfg, &err);
    assert_non_null(sp);
    if (step > 0) {
        long left;
        while ((left = rl_spread_step(sp, step, &err)) > 0)
            ;
        assert_int_equal(left, 0);
    } else {
        assert_int_equal(rl_spread_run(sp, &err), 0);
    }
    SpreadSummary sum;
    rl_spread_summary(sp, &sum);
    assert_int_equal(sum.count, cfg.runs);
    rl_spread_free(sp);
}

/* The same games on one thread, on two, or a few at a time between frames;
 * and the same as playing each seed by hand. */
static void test_one_runner(void **state)
{
    (void)state;
    SpreadConfig cfg = { .root = ".", .scenario = "letter2025", .seed = 11, .runs = 12 };
    Collected a, b, c;
    spread(&cfg, 1, 0, &a);
    spread(&cfg, 2, 0, &b);
    spread(&cfg, 1, 5, &c);
    assert_int_equal(a.n, 12);
    for (int i = 0; i < a.n; i++) {
        assert_memory_equal(&a.r[i], &b.r[i], sizeof a.r[i]);
        assert_memory_equal(&a.r[i], &c.r[i], sizeof a.r[i]);
    }
    Session *s = open_game("letter2025", 11 + 7, false);
    play(s, 1000);
    assert_int_equal(rl_outcome(s), a.r[7].outcome);
    assert_true(rl_value(s, VIEW_TRUTH, rl_turn(s), V_OIL_PRICE, NULL) == a.r[7].final[V_OIL_PRICE]);
    /* played on from a turn of a game: every game starts from that turn */
    SpreadConfig from = { .root = ".", .from = s, .turn = 3, .seed = 1, .runs = 6 };
    spread(&from, 2, 0, &b);
    spread(&from, 1, 1, &c);
    for (int i = 0; i < b.n; i++) {
        assert_memory_equal(&b.r[i], &c.r[i], sizeof b.r[i]);
        assert_true(b.r[i].turns > 3);
    }
    Error err = { 0 };
    from.turn = rl_turn(s) + 1;
    assert_null(rl_spread_new(&from, &err));
    assert_int_equal(err.code, ERR_USAGE);
    rl_close(s);
}

/* The save reader for the Load screen, the PIN kept hashed, the texts. */
static void test_saves_pin_texts(void **state)
{
    (void)state;
    SessionConfig cfg = { .root = ".", .scenario = "jan2026", .seed = 9, .team = { "Team Red" } };
    cfg.human[US] = true;
    Error err = { 0 };
    Session *s = rl_open(&cfg, &err);
    assert_non_null(s);
    assert_false(rl_has_pin(s));
    assert_int_equal(rl_set_pin(s, "12a4", &err), -1);
    assert_int_equal(rl_set_pin(s, "1234", &err), 0);
    assert_true(rl_pin_matches(s, "1234") && !rl_pin_matches(s, "1235"));
    rl_step(s);
    const char *path = "tests/out/frontdoor.json";
    assert_int_equal(rl_save(s, path, &err), 0);
    SaveSummary sum;
    assert_int_equal(rl_save_summary(path, &sum, &err), 0);
    assert_string_equal(sum.scenario, "jan2026");
    assert_int_equal(sum.turn, 1);
    assert_true(sum.human[US] && !sum.human[IRAN]);
    assert_string_equal(sum.team[US], "Team Red");
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    fseek(f, 40, SEEK_SET);
    fputc('#', f);
    fclose(f);
    assert_int_equal(rl_save_summary(path, &sum, &err), -1);
    assert_int_equal(err.code, ERR_DATA);
    assert_true(strlen(rl_briefing(s)) > 200 && !strchr(rl_briefing(s), '\t'));
    const char *tags[MAX_SCENARIO_SOURCES];
    int n = rl_scenario_sources(s, tags, MAX_SCENARIO_SOURCES);
    assert_true(n > 3);
    for (int i = 0; i < n; i++)
        assert_non_null(rl_source_note(s, tags[i]));
    assert_null(rl_source_note(s, "Z99"));
    ScenarioInfo *info = malloc(sizeof *info);
    assert_int_equal(rl_scenario_info(".", NULL, "letter2025", info, &err), 0);
    assert_string_equal(info->id, "letter2025");
    assert_true(info->nobjectives[US] > 0 && strlen(info->briefing) > 100);
    assert_int_equal(rl_scenario_info(".", NULL, "no_such", info, &err), -1);
    free(info);
    rl_close(s);
}

/* The computer stands in for a silent team for one week: its script
 * chooses (the record names the rules), and the role is a team's again
 * after; without a stand-in a silent team passes. The save replays the same. */
static void test_standing_in(void **state)
{
    (void)state;
    Session *s = open_game("jan2026", 4, true);
    bool stand_in[ACTOR_COUNT] = { [US] = true };
    int us_orders = 0;
    for (int t = 1; t <= 3; t++) {
        rl_step_standing_in(s, t == 3 ? NULL : stand_in);
        const Order *o[64];
        int n = rl_orders(s, VIEW_TRUTH, t, o, 64);
        int mine = 0;
        for (int i = 0; i < n; i++)
            if (o[i]->actor == US) {
                mine++;
                assert_true(o[i]->nrules > 0);     /* a rule chose it, not a player */
            }
        if (t < 3)
            us_orders += mine;
        else
            assert_int_equal(mine, 0);      /* a silent team passes */
    }
    assert_true(us_orders > 0);
    assert_true(rl_human(s, US));
    Error err = { 0 };
    const char *path = "tests/out/frontdoor-standin.json";
    assert_int_equal(rl_save(s, path, &err), 0);
    Session *again = rl_load(path, ".", NULL, NULL, -1, &err);
    assert_non_null(again);
    assert_true(rl_state_hash(again) == rl_state_hash(s));
    rl_close(again);
    rl_close(s);
}

/* A secret (a team's join code) is kept hashed with a fresh salt: the same
 * secret hashes differently each time and still matches. */
static void test_secret_hash(void **state)
{
    (void)state;
    char a[SECRET_HASH_LEN], b[SECRET_HASH_LEN];
    Error err = { 0 };
    assert_int_equal(rl_hash_secret("ABCDEFGHJKLMNPQR", a, &err), 0);
    assert_int_equal(rl_hash_secret("ABCDEFGHJKLMNPQR", b, &err), 0);
    assert_string_not_equal(a, b);
    assert_null(strstr(a, "ABCDEFGH"));
    assert_true(rl_secret_matches("ABCDEFGHJKLMNPQR", a) && rl_secret_matches("ABCDEFGHJKLMNPQR", b));
    assert_false(rl_secret_matches("ABCDEFGHJKLMNPQS", a));
    assert_false(rl_secret_matches("ABCDEFGHJKLMNPQR", ""));
    assert_false(rl_secret_matches(NULL, a));
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    char *buf = malloc(1 << 18);
    *len = fread(buf, 1, 1 << 18, f);
    fclose(f);
    return buf;
}

/* The host's messages: every example of tests/data/net/valid is read, every
 * one of invalid/ refused with a message (the same files the schema test
 * reads); and the fields come out as sent. */
static void test_messages(void **state)
{
    (void)state;
    static const char *const valid[] = { "hello", "join_claim", "join_token", "draft", "draft_empty", "send", "why",
                                         "handin" };
    static const char *const invalid[] = {
        "not_object", "no_version", "version_2", "version_string", "unknown_type", "extra_field", "room_lower",
        "room_short", "room_letter_o", "join_no_team", "join_team_number", "join_token_short", "five_orders",
        "order_upper", "order_empty", "orders_object", "order_long", "seq_negative", "seq_fraction", "why_turn_zero",
        "why_no_turn", "handin_path", "handin_empty", "handin_big", "trailing", "twice", "nul",
    };
    char path[200];
    size_t len;
    NetMessage m;
    Error err = { 0 };
    for (size_t i = 0; i < sizeof valid / sizeof *valid; i++) {
        snprintf(path, sizeof path, "tests/data/net/valid/%s.json", valid[i]);
        char *text = read_all(path, &len);
        if (rl_message_parse(text, len, &m, &err) != 0)
            fail_msg("%s: %s", path, err.msg);
        rl_message_free(&m);
        free(text);
    }
    for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) {
        snprintf(path, sizeof path, "tests/data/net/invalid/%s.json", invalid[i]);
        char *text = read_all(path, &len);
        err.msg[0] = '\0';
        if (rl_message_parse(text, len, &m, &err) == 0)
            fail_msg("%s was read", path);
        assert_true(err.msg[0] != '\0' && m.script == NULL);
        free(text);
    }
    const char *join = "{\"v\":1,\"type\":\"join\",\"room\":\"K7QM2P\",\"team\":\"protesters\",\"token\":\"ABCDEFGHJKLMNPQR\","
                       "\"seq\":12}";
    assert_int_equal(rl_message_parse(join, strlen(join), &m, &err), 0);
    assert_int_equal(m.kind, NET_JOIN);
    assert_int_equal(m.actor, PROTESTERS);
    assert_int_equal(m.seq, 12);
    assert_string_equal(m.room, "K7QM2P");
    assert_string_equal(m.token, "ABCDEFGHJKLMNPQR");
    const char *send = "{\"type\":\"send\",\"v\":1,\"orders\":[\"hold_talks\",\"a_b\"]}";
    assert_int_equal(rl_message_parse(send, strlen(send), &m, &err), 0);
    assert_int_equal(m.kind, NET_SEND);
    assert_int_equal(m.norders, 2);
    assert_string_equal(m.orders[1], "a_b");
    const char *why = "{\"v\":1,\"type\":\"why\",\"var\":\"rial\",\"turn\":3}";
    assert_int_equal(rl_message_parse(why, strlen(why), &m, &err), 0);
    assert_true(m.var == V_RIAL && m.turn == 3);
    /* a draft message may not be as long as a hand-in */
    char *big = malloc(NET_MAX_MESSAGE + 100);
    int n = snprintf(big, NET_MAX_MESSAGE + 100, "{\"v\":1,\"type\":\"draft\",\"orders\":[]%*s}", NET_MAX_MESSAGE, "");
    assert_int_equal(rl_message_parse(big, (size_t)n, &m, &err), -1);
    assert_non_null(strstr(err.msg, "at most"));
    free(big);
    assert_string_equal(rl_net_kind_name(NET_HANDIN), "handin");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_by_viewer),
        cmocka_unit_test(test_secrets_stay_secret),
        cmocka_unit_test(test_causes_add_up),
        cmocka_unit_test(test_orders),
        cmocka_unit_test(test_one_runner),
        cmocka_unit_test(test_saves_pin_texts),
        cmocka_unit_test(test_standing_in),
        cmocka_unit_test(test_secret_hash),
        cmocka_unit_test(test_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
