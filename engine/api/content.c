/* The front door: what there is to play -- the mods, the scenarios and what
 * a player reads before choosing one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../redline.h"
#include "../script/loader.h"
#include "../script/mods.h"
#include "../script/session.h"
#include "../script/suggest.h"
#include "../script/texts.h"

static void mod_info(const Mod *mod, ModInfo *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->name, sizeof out->name, "%s", mod->name);
    snprintf(out->version, sizeof out->version, "%s", mod->version);
    snprintf(out->author, sizeof out->author, "%s", mod->author);
    snprintf(out->licence, sizeof out->licence, "%s", mod->licence);
    snprintf(out->description, sizeof out->description, "%s", mod->description);
    snprintf(out->dir, sizeof out->dir, "%s", mod->dir);
    out->bundled = mod->dir[0] != '/';
    out->api = mod->api;
}

typedef struct Wanted {
    bool (*wanted)(const ModInfo *m, void *ctx);
    void *ctx;
} Wanted;

static bool ask_face(const Mod *mod, void *ctx)
{
    const Wanted *w = ctx;
    ModInfo info;
    mod_info(mod, &info);
    return w->wanted(&info, w->ctx);
}

ModSet *rl_mods_discover(const char *root, const char *user_dir, bool (*wanted)(const ModInfo *m, void *ctx),
                         void *ctx)
{
    ModSet *m = calloc(1, sizeof *m);
    Wanted w = { wanted, ctx };
    if (m)
        mods_discover(m, root, user_dir, wanted ? ask_face : NULL, &w);
    return m;
}

ModSet *rl_mods_none(void) { return calloc(1, sizeof(ModSet)); }
void rl_mods_free(ModSet *m) { free(m); }
int rl_mods_count(const ModSet *m) { return m ? m->count : 0; }

void rl_mod_info(const ModSet *m, int i, ModInfo *out)
{
    if (m && i >= 0 && i < m->count)
        mod_info(&m->mod[i], out);
    else
        memset(out, 0, sizeof *out);
}

int rl_mods_notes(const ModSet *m, const char **out, int max)
{
    int n = 0;
    for (; m && n < m->nnotes && n < max; n++)
        out[n] = m->notes[n];
    return n;
}

int rl_mod_scenarios(const char *root, const ModSet *m, int i, char ids[][ID_LEN], int max)
{
    return m && i >= 0 && i < m->count ? mods_list(root, m->mod[i].dir, "scenarios", ids, max) : 0;
}

const char *rl_hint(const char *word, const char *const *names, char *out, size_t cap)
{
    return suggest_hint(word, suggest_list, names, out, cap);
}

int rl_scenarios(const char *root, const ModSet *mods, char ids[][ID_LEN], int max)
{
    return session_list_scenarios(root, mods, ids, max);
}

/* The scenario file read as a game would read it (so a broken one is refused
 * with its file:line), without loading the actors. */
int rl_scenario_info(const char *root, const ModSet *mods, const char *id, ScenarioInfo *out, Error *err)
{
    memset(out, 0, sizeof *out);
    Sandbox *sb = sandbox_new(root, SANDBOX_MEMORY_CAP, SANDBOX_INSTRUCTIONS);
    Scenario *sc = malloc(sizeof *sc);
    if (!sb || !sc) {
        sandbox_free(sb);
        free(sc);
        return error_set(err, ERR_INTERNAL, _("out of memory")), -1;
    }
    sb->mods = mods;
    char rel[128];
    snprintf(rel, sizeof rel, "scripts/scenarios/%.40s.lua", id);
    int ref = 0, rc = load_scenario(sb, rel, NULL, sc, &ref, err);
    if (rc == 0) {
        snprintf(out->id, sizeof out->id, "%s", sc->id);
        snprintf(out->name, sizeof out->name, "%s", sc->name);
        snprintf(out->start, sizeof out->start, "%s", sc->start_date);
        sandbox_resolve(sb, rel, out->path, sizeof out->path);
        out->turns = sc->turns;
        out->days_per_turn = sc->days_per_turn;
        memcpy(out->nobjectives, sc->nobjectives, sizeof out->nobjectives);
        memcpy(out->objectives, sc->objectives, sizeof out->objectives);
        out->nsources = texts_briefing(sb, ref, out->briefing, sizeof out->briefing, out->sources,
                                       MAX_SCENARIO_SOURCES);
    }
    free(sc);
    sandbox_free(sb);
    return rc;
}
