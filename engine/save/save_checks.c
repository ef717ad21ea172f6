/* What a save may hold, checked as it is loaded: the scripts it names, a
 * log with nothing the replay would not use, and snapshots that are what
 * the replay makes. */
#include <cjson/cJSON.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "save_parts.h"

/* Whether real (a resolved path) is inside the folder dir (under root
 * unless absolute). */
static bool inside(const char *root, const char *dir, const char *real)
{
    char full[2 * PATH_MAX], resolved[PATH_MAX];
    snprintf(full, sizeof full, "%s%s%s", dir[0] == '/' ? "" : root, dir[0] == '/' ? "" : "/", dir);
    if (!realpath(full, resolved))
        return false;
    size_t n = strlen(resolved);
    return strncmp(real, resolved, n) == 0 && (real[n] == '/' || strcmp(resolved, "/") == 0);
}

/* Whether real (a resolved path) is in the very folder the save is in (not
 * below it): a strategy kept beside the save it played in. */
static bool beside(const char *save, const char *real)
{
    char folder[PATH_MAX + 8], resolved[PATH_MAX];
    const char *slash = strrchr(save, '/');
    snprintf(folder, sizeof folder, "%.*s", slash ? (int)(slash - save) + (slash == save) : 1, slash ? save : ".");
    if (!realpath(folder, resolved))
        return false;
    size_t n = strlen(resolved);
    return strncmp(real, resolved, n) == 0 && real[n] == '/' && !strchr(real + n + 1, '/');
}

/* A save names a script only inside the game's own folders (the game's
 * root and the mods in play) or beside the save itself: a save from
 * anywhere must not make the game run, or quote in a message, any file on
 * disk. A script given by the caller (--us FILE) is the caller's choice. */
int save_check_script(const char *root, const ModSet *mods, const char *script, Actor a, const char *path,
                              Error *err)
{
    char full[2 * PATH_MAX], real[PATH_MAX];
    snprintf(full, sizeof full, "%s%s%s", script[0] == '/' ? "" : root, script[0] == '/' ? "" : "/", script);
    size_t n = strlen(script);
    if (n > 4 && strcmp(script + n - 4, ".lua") == 0 && realpath(full, real)) {
        if (inside(root, ".", real) || beside(path, real))
            return 0;
        for (int i = 0; mods && i < mods->count; i++)
            if (inside(root, mods->mod[i].dir, real))
                return 0;
    }
    char shown[200];            /* the save's text, for a terminal: no control character */
    sandbox_text(shown, sizeof shown, script, strlen(script), true);
    return error_set(err, ERR_DATA, _("%s: the save names '%s' as %s's script, which is not a .lua file in the "
                     "game's folders or beside the save; give the script again with --%s FILE"), path, shown,
                     actor_name(a), actor_name(a)), -1;
}

/* The parts of the log the replay uses, and nothing beyond: a hash for each
 * turn played, interventions on those turns (and not thousands of them). */
int save_check_log(cJSON *doc, int played, const char *path, Error *err)
{
    if (cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, "hashes")) != played)
        return error_set(err, ERR_DATA, ngettext("%s: the save has %d turn hashes for %d turn played",
                                                  "%s: the save has %d turn hashes for %d turns played", played), path,
                         cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, "hashes")), played), -1;
    cJSON *interventions = cJSON_GetObjectItemCaseSensitive(doc, "interventions"), *item;
    if (cJSON_GetArraySize(interventions) > (played + 1) * SAVE_INTERVENTIONS_A_TURN)
        return error_set(err, ERR_DATA, _("%s: more interventions in the log than a class makes"), path), -1;
    cJSON_ArrayForEach(item, interventions) {
        cJSON *turn = cJSON_GetObjectItemCaseSensitive(item, "turn");
        if (!cJSON_IsNumber(turn) || turn->valuedouble < 0 || turn->valuedouble > played)
            return error_set(err, ERR_DATA, _("%s: an intervention of the log is on a turn not played"), path), -1;
    }
    return 0;
}

/* After the replay of the whole save: its snapshot of the state and of the
 * mods' state must be what the replay made (the replay's are kept; the
 * save's copies are the record, not input). */
int save_check_snapshots(const Session *s, cJSON *doc, const char *path, Error *err)
{
    cJSON *state = cJSON_GetObjectItemCaseSensitive(doc, "state"), *item;
    int n = 0;
    cJSON_ArrayForEach(item, state) {
        int v = item->string ? var_find(item->string) : -1;
        /* cJSON writes 15 digits when they read back within a rounding */
        if (v < 0 || !cJSON_IsNumber(item) ||
            fabs(item->valuedouble - s->game.world.v[v]) > 1e-12 * fmax(1, fabs(s->game.world.v[v])))
            return error_set(err, ERR_DATA, _("%s: the state the save records is not the one its replay reaches (%.40s)"),
                             path, item->string ? item->string : "?"), -1;
        n++;
    }
    if (state && n != VAR_COUNT)
        return error_set(err, ERR_DATA, _("%s: the state the save records does not have every variable"), path), -1;
    cJSON *saved = cJSON_GetObjectItemCaseSensitive(doc, "mod_state");
    Error ignored = { 0 };
    cJSON *replayed = saved ? save_state_to_json(s, false, &ignored) : NULL;
    bool same = !saved || (replayed && cJSON_Compare(saved, replayed, true));
    cJSON_Delete(replayed);
    if (!same)
        return error_set(err, ERR_DATA, _("%s: the mods' state the save records is not what its replay makes"), path), -1;
    return 0;
}

