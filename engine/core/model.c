#include "model.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

const VarInfo var_info[VAR_COUNT] = {
#define X(id, name, unit, lo, hi, owner, vis, flags, src, desc) \
    { name, unit, lo, hi, owner, vis, flags, src, desc },
#include "vars.def"
#undef X
};

const ParamInfo param_info[PARAM_COUNT] = {
#define X(id, name, def, lo, hi, unit, src, desc) { name, def, lo, hi, unit, src, desc },
#include "params.def"
#undef X
};

static const char *const actor_names[ACTOR_COUNT] = {
    "us", "iran", "israel", "protesters", "irgc", "proxies", "europe", "china", "gulf",
};

static const char *const actor_titles[ACTOR_COUNT] = {
    N_("United States"), N_("Iran"), N_("Israel"), N_("Protesters"), N_("IRGC"), N_("Proxies"),
    N_("Europe"), N_("China"), N_("Gulf states"),
};

static const char *const faction_names[FACTION_COUNT] = {
    "leader", "hardline", "pragmatic", "hawks", "dealmakers",
};

static const char *const faction_titles[FACTION_COUNT] = {
    N_("the Supreme Leader's office"), N_("the hardliners"), N_("the pragmatists"), N_("the hawks"),
    N_("the deal-makers"),
};

const char *faction_title(Faction f) { return faction_titles[f]; }
const char *actor_name(Actor a) { return a < ACTOR_COUNT ? actor_names[a] : "world"; }
const char *actor_title(Actor a) { return a < ACTOR_COUNT ? actor_titles[a] : N_("World"); }
const char *faction_name(Faction f) { return faction_names[f]; }

static int find_name(const char *name, const char *const *names, int count)
{
    for (int i = 0; i < count; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

int actor_find(const char *name) { return find_name(name, actor_names, ACTOR_COUNT); }
int faction_find(const char *name) { return find_name(name, faction_names, FACTION_COUNT); }

/* The variables in name order, sorted once: scripts look variables up by
 * name every turn (world.get). */
static int by_name[VAR_COUNT];
static pthread_once_t by_name_sorted = PTHREAD_ONCE_INIT;

static int compare_names(const void *a, const void *b)
{
    return strcmp(var_info[*(const int *)a].name, var_info[*(const int *)b].name);
}

static void sort_by_name(void)
{
    for (int i = 0; i < VAR_COUNT; i++)
        by_name[i] = i;
    qsort(by_name, VAR_COUNT, sizeof *by_name, compare_names);
}

int var_find(const char *name)
{
    pthread_once(&by_name_sorted, sort_by_name);
    int lo = 0, hi = VAR_COUNT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, c = strcmp(name, var_info[by_name[mid]].name);
        if (c == 0)
            return by_name[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

int param_find(const char *name)
{
    for (int i = 0; i < PARAM_COUNT; i++)
        if (strcmp(name, param_info[i].name) == 0)
            return i;
    return -1;
}

bool actor_sees(Actor a, Var v)
{
    const VarInfo *info = &var_info[v];
    if (info->visibility == PUBLIC)
        return true;
    if (info->visibility == HIDDEN)
        return false;
    /* The IRGC sits inside the Iranian state and shares its books. */
    return a == info->owner || (info->owner == IRAN && a == IRGC);
}
