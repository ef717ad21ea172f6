/* Which mods play, and redline mods: the list, and switching one on or off.
 * The player's choices are "NAME = on|off" lines in mods.txt in the settings
 * folder. The mods that come with the game (ROOT/mods) are examples, off
 * until switched on; the player's own (their data folder) are on until
 * switched off. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MAX_CHOICES 64

typedef struct ModChoices {
    int count;
    char name[MAX_CHOICES][ID_LEN];
    bool on[MAX_CHOICES];
} ModChoices;

static ModChoices choices;

static bool choices_path(char *out, size_t size)
{
    return cli_places->config[0] && snprintf(out, size, "%s/mods.txt", cli_places->config) < (int)size;
}

static int choice_find(const ModChoices *c, const char *name)
{
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->name[i], name) == 0)
            return i;
    return -1;
}

static void choice_set(ModChoices *c, const char *name, bool on)
{
    int i = choice_find(c, name);
    if (i < 0 && c->count < MAX_CHOICES) {
        i = c->count++;
        snprintf(c->name[i], ID_LEN, "%s", name);
    }
    if (i >= 0)
        c->on[i] = on;
}

/* A line that is not "NAME = on" or "NAME = off" is named and left out. */
static void choices_load(ModChoices *c)
{
    char path[PATH_MAX + 16];
    FILE *f = choices_path(path, sizeof path) ? fopen(path, "r") : NULL;
    if (!f)
        return;
    char line[256];
    for (int n = 1; fgets(line, sizeof line, f); n++) {
        char name[ID_LEN], state[8], rest;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[strspn(line, " \t")] == '\0' || line[strspn(line, " \t")] == '#')
            continue;
        if (sscanf(line, " %39[A-Za-z0-9_.-] = %7s %c", name, state, &rest) == 2 &&
            (strcmp(state, "on") == 0 || strcmp(state, "off") == 0))
            choice_set(c, name, strcmp(state, "on") == 0);
        else
            fprintf(stderr, _("redline: %s:%d: expected 'NAME = on' or 'NAME = off', not '%.80s'; the line is ignored\n"),
                    path, n, line);
    }
    fclose(f);
}

/* The whole file anew, through a temporary file renamed into place. */
static int choices_save(const ModChoices *c, const char *path)
{
    if (places_make_dir(cli_places->config) != 0)
        return cli_fail(1, _("cannot make the folder %s: %s"), cli_places->config, strerror(errno));
    char tmp[PATH_MAX + 32];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return cli_fail(1, _("cannot write %s: %s"), tmp, strerror(errno));
    fputs("# Red Line: the mods switched on or off (redline mods enable|disable NAME).\n"
          "# The game's own mods are off until switched on; yours are on until switched off.\n", f);
    for (int i = 0; i < c->count; i++)
        fprintf(f, "%s = %s\n", c->name[i], c->on[i] ? "on" : "off");
    bool ok = fflush(f) == 0;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, path) != 0) {
        int e = errno;
        remove(tmp);
        return cli_fail(1, _("cannot write %s: %s"), path, strerror(e));
    }
    return 0;
}

static bool wanted(const ModInfo *m, void *ctx)
{
    const ModChoices *c = ctx;
    int i = choice_find(c, m->name);
    return i >= 0 ? c->on[i] : !m->bundled;
}

static bool mods_off(void)
{
    const char *off = getenv("REDLINE_NO_MODS");
    return off && *off && strcmp(off, "0") != 0;
}

void cli_use_mods(void)
{
    static ModSet *in_play;
    rl_mods_free(in_play);
    if (mods_off()) {
        cli_mods = in_play = rl_mods_none();
        return;
    }
    choices = (ModChoices){ 0 };
    choices_load(&choices);
    cli_mods = in_play = rl_mods_discover(cli_root, cli_places->user_mods, wanted, &choices);
}

static void print_mod(const char *place, const ModInfo *m)
{
    printf("%4s  %-20s %-8s API %d  %s  (%s, %s)\n", place, m->name, m->version, m->api, m->dir, m->author,
           m->licence);
    if (m->description[0])
        printf("      %s\n", m->description);
}

static int list(void)
{
    if (mods_off()) {
        puts(_("mods are switched off (REDLINE_NO_MODS)"));
        return 0;
    }
    const char *user = cli_places->user_mods;
    printf(_("mods come from %s/mods (the game's: off until switched on)\n"
           "           and %s (yours: on until switched off)\n\non, in the order they load:\n"),
           cli_root, user[0] ? user : _("(no user folder)"));
    int n = rl_mods_count(cli_mods);
    if (n == 0)
        puts(_("      (none)"));
    for (int i = 0; i < n; i++) {
        char place[16];
        ModInfo m;
        rl_mod_info(cli_mods, i, &m);
        snprintf(place, sizeof place, "%d", i + 1);
        print_mod(place, &m);
    }
    ModSet *all = rl_mods_discover(cli_root, user, NULL, NULL);
    if (!all)
        return cli_fail(1, _("out of memory"));
    for (int i = 0, shown = 0; i < rl_mods_count(all); i++) {
        ModInfo m;
        rl_mod_info(all, i, &m);
        if (!wanted(&m, &choices)) {
            if (!shown++)
                puts(_("\noff:"));
            print_mod("", &m);
        }
    }
    rl_mods_free(all);
    const char *notes[64];
    int nnotes = rl_mods_notes(cli_mods, notes, 64);
    for (int i = 0; i < nnotes; i++)
        printf(_("note: %s\n"), notes[i]);
    char path[PATH_MAX + 16];
    printf(_("\nredline mods enable NAME (or disable NAME) switches one for the games that follow"));
    printf(choices_path(path, sizeof path) ? _(" (kept in %s)\n") : "\n", path);
    return 0;
}

void cli_hint_mod_scenario(const char *id)
{
    if (mods_off())
        return;
    ModSet *all = rl_mods_discover(cli_root, cli_places->user_mods, NULL, NULL);
    for (int i = 0; i < rl_mods_count(all); i++) {
        char ids[64][ID_LEN];
        ModInfo m;
        rl_mod_info(all, i, &m);
        int n = wanted(&m, &choices) ? 0 : rl_mod_scenarios(cli_root, all, i, ids, 64);
        for (int k = 0; k < n; k++)
            if (strcmp(ids[k], id) == 0) {
                fprintf(stderr, _("redline: the mod '%s' has '%s' and is off: redline mods enable %s switches it on\n"),
                        m.name, id, m.name);
                break;
            }
    }
    rl_mods_free(all);
}

static int switch_mod(const char *name, bool on)
{
    char path[PATH_MAX + 16] = "";
    if (!choices_path(path, sizeof path))
        return cli_fail(1, _("there is no settings folder to keep the choice in (HOME is not set)"));
    ModSet *all = rl_mods_discover(cli_root, cli_places->user_mods, NULL, NULL);
    if (!all)
        return cli_fail(1, _("out of memory"));
    int n = rl_mods_count(all);
    ModInfo *info = calloc((size_t)n + 1, sizeof *info);
    const char **names = calloc((size_t)n + 1, sizeof *names);
    bool known = false;
    for (int i = 0; info && names && i < n; i++) {
        rl_mod_info(all, i, &info[i]);
        names[i] = info[i].name;
        known |= strcmp(names[i], name) == 0;
    }
    char hint[80] = "";
    if (names)
        rl_hint(name, names, hint, sizeof hint);
    free(names);
    free(info);
    rl_mods_free(all);
    if (!known)
        return cli_fail(2, _("there is no mod '%s'%s; redline mods lists them"), name, hint);
    ModChoices mine = { 0 };    /* as the file has them, even under REDLINE_NO_MODS */
    choices_load(&mine);
    choice_set(&mine, name, on);
    int rc = choices_save(&mine, path);
    if (rc == 0)
        printf(on ? _("mod '%s' is on for the games that follow (kept in %s)\n")
                  : _("mod '%s' is off for the games that follow (kept in %s)\n"), name, path);
    return rc;
}

int cmd_mods(int argc, char **argv)
{
    static const char usage[] = N_("usage: redline mods [enable NAME | disable NAME]\n");
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
        return fputs(_(usage), stdout), 0;
    if (argc == 1)
        return list();
    bool enable = strcmp(argv[1], "enable") == 0;
    if (!enable && strcmp(argv[1], "disable") != 0)
        return cli_usage(usage, _("unexpected argument '%s'"), argv[1]);
    if (argc < 3)
        return cli_usage(usage, _("which mod? add its name"));
    if (argc > 3)
        return cli_usage(usage, _("unexpected argument '%s'"), argv[3]);
    return switch_mod(argv[2], enable);
}
