#include "mods.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/text.h"
#include "loader.h"
#include "sandbox.h"

/* The folders whose files stand in for the game's (the others add to it). */
static const char *const overlaid[] = { "scenarios/", "actors/", "lib/" };


void mods_note(ModSet *set, const char *fmt, ...)
{
    if (set->nnotes == MOD_NOTES)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(set->notes[set->nnotes++], sizeof set->notes[0], fmt, ap);
    va_end(ap);
}

static void full_path(const char *root, const char *dir, const char *file, char *out, size_t size)
{
    if (dir[0] == '/')
        snprintf(out, size, "%s/%s", dir, file);
    else
        snprintf(out, size, "%s/%s/%s", root, dir, file);
}

static int compare_ids(const void *a, const void *b) { return strcmp(a, b); }

const char *mods_outside_english(void)
{
    return N_("%s is a link to a file outside its mod's folder, which a mod may not read: put the file itself in "
              "the mod");
}

int mods_list(const char *root, const char *dir, const char *sub, char names[][ID_LEN], int max)
{
    char path[1100];
    full_path(root, dir, sub, path, sizeof path);
    DIR *d = opendir(path);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < max) {
        size_t len = strlen(e->d_name);
        if (len > 4 && len - 4 < ID_LEN && e->d_name[0] != '.' && strcmp(e->d_name + len - 4, ".lua") == 0)
            snprintf(names[n++], ID_LEN, "%.*s", (int)(len - 4), e->d_name);
    }
    closedir(d);
    /* readdir's order is the file system's: sort, so the load order is the same everywhere */
    qsort(names, (size_t)n, sizeof names[0], compare_ids);
    return n;
}

bool mods_resolve(const ModSet *set, const char *root, const char *relpath, char *out, size_t size)
{
    if (!set || strncmp(relpath, "scripts/", 8) != 0 || strstr(relpath, ".."))
        return false;
    const char *sub = relpath + 8;
    bool overlay = false;
    for (size_t k = 0; k < sizeof overlaid / sizeof *overlaid; k++)
        overlay |= strncmp(sub, overlaid[k], strlen(overlaid[k])) == 0;
    if (!overlay)
        return false;
    for (int i = set->count - 1; i >= 0; i--) {
        char path[1100];
        full_path(root, set->mod[i].dir, sub, path, sizeof path);
        if (access(path, R_OK) == 0) {
            snprintf(out, size, "%s/%s", set->mod[i].dir, sub);
            return true;
        }
    }
    return false;
}

/* Whether the file at file_path (the path its reader opens) is, once every
 * link on its way is followed, inside the folder dir: a mod is what is in
 * its folder, and a link to anything else on the disk is not. */
static bool resolves_inside(const char *root, const char *dir, const char *file_path)
{
    char dir_path[1100];
    full_path(root, dir, ".", dir_path, sizeof dir_path);
    char *real_dir = realpath(dir_path, NULL), *real_file = realpath(file_path, NULL);
    /* a file that is not there is left to the reader to report */
    size_t n = real_dir ? strlen(real_dir) : 0;
    bool inside = !real_file || (real_dir && strncmp(real_file, real_dir, n) == 0 && real_file[n] == '/');
    free(real_dir);
    free(real_file);
    return inside;
}

bool mods_file_inside(const ModSet *set, const char *root, const char *file, const char *file_path)
{
    for (int i = 0; set && i < set->count; i++) {
        size_t n = strlen(set->mod[i].dir);
        if (strncmp(file, set->mod[i].dir, n) == 0 && file[n] == '/')
            return resolves_inside(root, set->mod[i].dir, file_path);
    }
    return true;
}

int mods_named_in(const ModSet *set, const char *text)
{
    for (int i = set->count - 1; i >= 0; i--) {
        char dir[420];
        snprintf(dir, sizeof dir, "%s/", set->mod[i].dir);
        if (strstr(text, dir))
            return i;
    }
    return -1;
}

void mods_remove(ModSet *set, int index)
{
    memmove(&set->mod[index], &set->mod[index + 1], (size_t)(set->count - index - 1) * sizeof set->mod[0]);
    set->count--;
}

static int read_mod(Sandbox *sb, const char *dir, Mod *m, Error *err)
{
    char manifest[sizeof m->dir + 8];
    if (strlen(dir) >= sizeof m->dir)
        return error_set(err, ERR_USAGE, ngettext("%.200s...: the mod's folder path is too long (%zu characters; at most %zu) -- move the mod to "
                                  "a shorter path", "%.200s...: the mod's folder path is too long (%zu characters; at most "
                                  "%zu) -- move the mod to a shorter path", sizeof m->dir - 1), dir, strlen(dir), sizeof m->dir - 1), -1;
    snprintf(manifest, sizeof manifest, "%s/mod.lua", dir);
    char manifest_path[1100];
    full_path(sb->root, dir, "mod.lua", manifest_path, sizeof manifest_path);
    if (!resolves_inside(sb->root, dir, manifest_path)) {
        error_set(err, ERR_DATA, _(mods_outside_english()), manifest);
        if (sb->problems)           /* redline check lists it with the problems the loaders find */
            problems_add(sb->problems, "%s", err->msg);
        return -1;
    }
    if (load_manifest(sb, manifest, m, err) != 0)
        return -1;
    snprintf(m->dir, sizeof m->dir, "%s", dir);
    return 0;
}

static int put_mod(ModSet *set, const Mod *m, Error *err)
{
    for (int i = 0; i < set->count; i++)
        if (strcmp(set->mod[i].name, m->name) == 0) {
            mods_note(set, "%s and %s are both the mod '%s': %s is used", set->mod[i].dir, m->dir, m->name, m->dir);
            set->mod[i] = *m;
            return 0;
        }
    if (set->count == MAX_MODS)
        return error_set(err, ERR_DATA, ngettext("%s: more than %d mod; this one is left out", "%s: more than %d mods; this one is left out", MAX_MODS), m->dir, MAX_MODS), -1;
    set->mod[set->count++] = *m;
    return 0;
}

int mods_add(ModSet *set, Sandbox *sb, const char *dir, Error *err)
{
    Mod m;
    return read_mod(sb, dir, &m, err) != 0 ? -1 : put_mod(set, &m, err);
}

/* Every mod folder under parent ("mods" under the root, or an absolute path). */
static void scan(ModSet *set, Sandbox *sb, const char *root, const char *parent, ModWanted *wanted, void *ctx)
{
    char path[1100];
    bool fits = parent[0] == '/' ? text_format(path, sizeof path, "%s", parent)
                                 : text_format(path, sizeof path, "%s/%s", root, parent);
    if (!fits) {
        mods_note(set, "%.200s...: the folder's path is too long to look for mods in it", parent);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    char names[MAX_MODS * 2][ID_LEN];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < MAX_MODS * 2) {
        char manifest[1400];
        snprintf(manifest, sizeof manifest, "%s/%s/mod.lua", path, e->d_name);
        if (e->d_name[0] != '.' && strlen(e->d_name) < ID_LEN && access(manifest, R_OK) == 0)
            snprintf(names[n++], ID_LEN, "%.*s", ID_LEN - 1, e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], compare_ids);
    for (int i = 0; i < n; i++) {
        char dir[sizeof set->mod[0].dir];
        if (!text_format(dir, sizeof dir, "%s/%s", parent, names[i])) {
            mods_note(set, "%.200s/%s: the mod's folder path is too long; it is left out", parent, names[i]);
            continue;
        }
        Error err = { 0 };
        Mod m;
        bool read = read_mod(sb, dir, &m, &err) == 0;
        if (read && wanted && !wanted(&m, ctx))
            continue;
        if (!read || put_mod(set, &m, &err) != 0)
            mods_note(set, "mod %s is left out: %s", dir, err.msg);
    }
}

static int find_mod(const ModSet *set, const char *name, int from)
{
    for (int i = from; i < set->count; i++)
        if (strcmp(set->mod[i].name, name) == 0)
            return i;
    return -1;
}

/* Mods whose load_after are all placed, the first by name; on a cycle, the
 * first by name anyway, with a note. */
void mods_order(ModSet *set)
{
    qsort(set->mod, (size_t)set->count, sizeof set->mod[0], compare_ids);   /* name is the first field */
    for (int placed = 0; placed < set->count; placed++) {
        int pick = -1;
        for (int i = placed; i < set->count && pick < 0; i++) {
            bool ready = true;
            for (int k = 0; k < set->mod[i].nafter && ready; k++)
                ready = find_mod(set, set->mod[i].after[k], placed) < 0;
            if (ready)
                pick = i;
        }
        if (pick < 0) {
            pick = placed;
            mods_note(set, "mod '%s' and the mods it names in load_after wait for each other: loaded by name",
                      set->mod[pick].name);
        }
        Mod m = set->mod[pick];
        memmove(&set->mod[placed + 1], &set->mod[placed], (size_t)(pick - placed) * sizeof m);
        set->mod[placed] = m;
    }
}

/* Two mods standing in for the same file: the later one wins, and both are named. */
static void note_conflicts(ModSet *set, const char *root)
{
    for (size_t k = 0; k < sizeof overlaid / sizeof *overlaid; k++) {
        char sub[16];
        snprintf(sub, sizeof sub, "%.*s", (int)strlen(overlaid[k]) - 1, overlaid[k]);
        for (int i = 1; i < set->count; i++) {
            char mine[64][ID_LEN], theirs[64][ID_LEN];
            int n = mods_list(root, set->mod[i].dir, sub, mine, 64);
            for (int j = 0; j < i; j++) {
                int m = mods_list(root, set->mod[j].dir, sub, theirs, 64);
                for (int a = 0; a < n; a++)
                    for (int b = 0; b < m; b++)
                        if (strcmp(mine[a], theirs[b]) == 0)
                            mods_note(set, "mods '%s' and '%s' both provide %s/%s.lua; '%s' loads later and is used",
                                      set->mod[j].name, set->mod[i].name, sub, mine[a], set->mod[i].name);
            }
        }
    }
}

void mods_finish(ModSet *set, const char *root)
{
    mods_order(set);
    note_conflicts(set, root);
}

void mods_discover(ModSet *set, const char *root, const char *user_dir, ModWanted *wanted, void *ctx)
{
    memset(set, 0, sizeof *set);
    Sandbox *sb = sandbox_new(root, 4u << 20, SANDBOX_INSTRUCTIONS);
    if (!sb)
        return;
    sb->mods = NULL;
    scan(set, sb, root, "mods", wanted, ctx);
    if (user_dir && *user_dir)
        scan(set, sb, root, user_dir, wanted, ctx);
    sandbox_free(sb);
    mods_finish(set, root);
}

/* ---- the scenarios a player can choose: the game's and the mods' ---- */

/* Add the scenario ids in dir (under root unless absolute) not yet listed. */
static int add_scenarios(const char *root, const char *dir, char ids[][ID_LEN], int n, int max)
{
    char names[128][ID_LEN];
    int found = mods_list(root, dir, "scenarios", names, 128);
    for (int i = 0; i < found && n < max; i++) {
        bool known = false;
        for (int k = 0; k < n && !known; k++)
            known = strcmp(ids[k], names[i]) == 0;
        if (!known)
            snprintf(ids[n++], ID_LEN, "%.39s", names[i]);
    }
    return n;
}

int session_list_scenarios(const char *root, const ModSet *mods, char ids[][ID_LEN], int max)
{
    int n = add_scenarios(root, "scripts", ids, 0, max);
    for (int m = 0; mods && m < mods->count; m++)
        n = add_scenarios(root, mods->mod[m].dir, ids, n, max);
    qsort(ids, (size_t)n, sizeof ids[0], compare_ids);
    return n;
}
