/* redline mods: the installed mods in the order they load, and anything
 * wrong with them (left out, clashing). */
#include <string.h>

#include "cli.h"

int cmd_mods(int argc, char **argv)
{
    static const char usage[] = "usage: redline mods\n";
    if (argc == 2 && strcmp(argv[1], "--help") == 0)
        return fputs(usage, stdout), 0;
    if (argc > 1)
        return cli_usage(usage, "unexpected argument '%s'", argv[1]);
    const ModSet *set = mods_installed();
    const char *user = cli_places->user_mods;
    if (!set) {
        puts("mods are switched off (REDLINE_NO_MODS)");
        return 0;
    }
    printf("mods load from %s/mods and %s, in this order:\n", cli_root, user[0] ? user : "(no user folder)");
    if (set->count == 0)
        puts("  (none)");
    for (int i = 0; i < set->count; i++) {
        const Mod *m = &set->mod[i];
        printf("%3d  %-20s %-8s API %d  %s  (%s, %s)\n", i + 1, m->name, m->version, m->api, m->dir, m->author,
               m->licence);
        if (m->description[0])
            printf("     %s\n", m->description);
    }
    for (int i = 0; i < set->nnotes; i++)
        printf("note: %s\n", set->notes[i]);
    return 0;
}
