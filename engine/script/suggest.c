#include "suggest.h"

#include "../core/error.h"

#include <stdio.h>
#include <string.h>

#include "../core/game.h"

/* Optimal string alignment distance: edits, with a swap of neighbours as one. */
static int distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63)
        return 99;
    int d[64][64];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best)
                best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[n][m];
}

const char *suggest_nearest(const char *word, NameAt name_at, const void *ctx)
{
    if (!word || !*word)
        return NULL;
    const char *best = NULL;
    int best_d = 99;
    size_t len = strlen(word);
    for (int i = 0;; i++) {
        const char *name = name_at(i, ctx);
        if (!name)
            break;
        int d = distance(word, name);
        /* a word that is the start of a name ("rial" for "rial_trend") is close too */
        if (d > 2 && len >= 3 && strncmp(word, name, len) == 0)
            d = 2;
        if (d < best_d) {
            best_d = d;
            best = name;
        }
    }
    /* A third of the word may be wrong, and at least one letter. */
    int allowed = (int)len / 3 > 1 ? (int)len / 3 : 1;
    if (allowed > 3)
        allowed = 3;
    return best_d <= allowed ? best : NULL;
}

const char *suggest_hint(const char *word, NameAt name_at, const void *ctx, char *out, size_t size)
{
    const char *near = suggest_nearest(word, name_at, ctx);
    if (near)
        /* TRANSLATORS: appended to a message naming a misspelt id (a variable, an actor, an
         * action); %s is the id nearest to it, left as it is. Keep the leading space. */
        snprintf(out, size, _(" (did you mean '%s'?)"), near);
    else if (size)
        out[0] = '\0';
    return out;
}

const char *suggest_var(int i, const void *ctx)
{
    (void)ctx;
    return i < VAR_COUNT ? var_info[i].name : NULL;
}

const char *suggest_param(int i, const void *ctx)
{
    (void)ctx;
    return i < PARAM_COUNT ? param_info[i].name : NULL;
}

const char *suggest_actor(int i, const void *ctx)
{
    (void)ctx;
    return i < ACTOR_COUNT ? actor_name((Actor)i) : NULL;
}

const char *suggest_faction(int i, const void *ctx)
{
    (void)ctx;
    return i < FACTION_COUNT ? faction_name((Faction)i) : NULL;
}

const char *suggest_outcome(int i, const void *ctx)
{
    (void)ctx;
    return i + 1 < OUTCOME_COUNT ? outcome_name((Outcome)(i + 1)) : NULL;
}

const char *suggest_action(int i, const void *catalogue)
{
    const Catalogue *c = catalogue;
    return c && i < c->count ? c->actions[i].id : NULL;
}

const char *suggest_list(int i, const void *list)
{
    const char *const *names = list;
    for (int k = 0; k < i; k++)
        if (!names[k])
            return NULL;
    return names[i];
}
