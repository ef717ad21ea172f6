/* redline scenarios, redline rules: what the game holds. */
#include <string.h>

#include "cli.h"

static Session *open_any(const char *scenario, Error *err)
{
    SessionConfig cfg = cli_config();
    cfg.scenario = scenario;
    cfg.seed = 1;
    return rl_open(&cfg, err);
}

int cmd_scenarios(int argc, char **argv)
{
    (void)argv;
    if (argc > 1)
        return cli_usage(N_("usage: redline scenarios\n"), "unexpected argument '%s'", argv[1]);
    char ids[128][ID_LEN];
    int n = rl_scenarios(cli_root, cli_mods, ids, 128);
    for (int i = 0; i < n; i++) {
        Error err;
        Session *s = open_any(ids[i], &err);
        if (!s) {
            printf(_("%-12s (broken: %s)\n"), ids[i], err.msg);
            continue;
        }
        const Scenario *sc = rl_scenario(s);
        char start[64];
        printf(_("%-12s %s: %s, %d turns of %d days\n"), ids[i], rl_text(sc->name),
               rl_date_text(sc->start_date, start, sizeof start), sc->turns, sc->days_per_turn);
        rl_close(s);
    }
    return 0;
}

int cmd_rules(int argc, char **argv)
{
    static const char usage[] = N_("usage: redline rules [--json]\n");
    bool json = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else if (strcmp(argv[i], "--help") == 0)
            return fputs(_(usage), stdout), 0;
        else
            return cli_usage(usage, _("unknown option '%s'"), argv[i]);
    }
    char ids[128][ID_LEN];
    Error err;
    Session *s = rl_scenarios(cli_root, cli_mods, ids, 128) > 0 ? open_any(ids[0], &err) : NULL;
    if (!s)
        return cli_fail(3, _("cannot load the actors: %s"), err.msg);
    const Rule *r;
    if (json) {
        cJSON *list = cJSON_CreateArray();
        for (int i = 0; (r = rl_rule(s, i)); i++) {
            cJSON *rule = cJSON_CreateObject();
            cJSON_AddStringToObject(rule, "id", r->id);
            cJSON_AddStringToObject(rule, "actor", actor_name(r->actor));
            cJSON_AddStringToObject(rule, "reason", r->reason);
            cJSON *sources = cJSON_AddArrayToObject(rule, "sources");
            char buf[sizeof r->sources];
            memcpy(buf, r->sources, sizeof buf);
            char *tok_at;
            for (char *tok = strtok_r(buf, ",", &tok_at); tok; tok = strtok_r(NULL, ",", &tok_at))
                cJSON_AddItemToArray(sources, cJSON_CreateString(tok + (*tok == ' ')));
            cJSON_AddItemToArray(list, rule);
        }
        char *text = cJSON_Print(list);
        puts(text ? text : "[]");
        cJSON_free(text);
        cJSON_Delete(list);
    } else {
        for (int i = 0; (r = rl_rule(s, i)); i++)
            printf("%-11s %-36s %s [%s]\n", actor_name(r->actor), r->id, r->reason, r->sources);
    }
    rl_close(s);
    return 0;
}
