/* The clauses actions, rules, events and injects are written in: a
 * condition ("talks >= 1") and an effect ("sanctions += 1", "strike_damage +=
 * 45 ~ 15", "intel iran *= 0.5"). Plain C: no Lua. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "suggest.h"

static const char *skip_space(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    return s;
}

static const char *read_name(const char *s, char *out, size_t size)
{
    size_t n = 0;
    while ((isalnum((unsigned char)*s) || *s == '_') && n + 1 < size)
        out[n++] = *s++;
    out[n] = '\0';
    return s;
}

static const char *read_number(const char *s, double *out)
{
    char *end;
    *out = strtod(s, &end);
    return end == s ? NULL : end;
}

/* "sanctions += 1", "strike_damage += 45 ~ 15", "talks >= 1", "intel iran *= 0.5" */
bool effect_parse(const char *text, Effect *e)
{
    char name[ID_LEN];
    const char *s = read_name(skip_space(text), name, sizeof name);
    bool intel = strcmp(name, "intel") == 0;
    if (intel)
        s = read_name(skip_space(s), name, sizeof name);
    int target = intel ? actor_find(name) : var_find(name);
    if (target < 0)
        return false;
    s = skip_space(s);
    static const struct { const char *op; EffectOp code; } ops[] = {
        { "+=", EFF_ADD }, { "-=", EFF_ADD }, { "*=", EFF_MUL }, { ">=", EFF_ATLEAST },
        { "<=", EFF_ATMOST }, { "=", EFF_SET },
    };
    size_t k = 0;
    while (k < sizeof ops / sizeof *ops && strncmp(s, ops[k].op, strlen(ops[k].op)) != 0)
        k++;
    if (k == sizeof ops / sizeof *ops || (intel && ops[k].code != EFF_MUL))
        return false;
    double value, sd = 0;
    s = read_number(skip_space(s + strlen(ops[k].op)), &value);
    if (!s)
        return false;
    s = skip_space(s);
    if (*s == '~' && !(s = read_number(skip_space(s + 1), &sd)))
        return false;
    if (*skip_space(s))
        return false;
    *e = (Effect){ (Var)target, intel ? EFF_INTEL : ops[k].code, ops[k].op[0] == '-' ? -value : value, sd };
    return true;
}

bool prereq_parse(const char *text, Prereq *p)
{
    char name[ID_LEN];
    const char *s = skip_space(read_name(skip_space(text), name, sizeof name));
    int v = var_find(name);
    if (v < 0)
        return false;
    static const struct { const char *op; Compare code; } ops[] = {
        { "<=", CMP_LE }, { ">=", CMP_GE }, { "==", CMP_EQ }, { "~=", CMP_NE }, { "<", CMP_LT }, { ">", CMP_GT },
    };
    size_t k = 0;
    while (k < sizeof ops / sizeof *ops && strncmp(s, ops[k].op, strlen(ops[k].op)) != 0)
        k++;
    if (k == sizeof ops / sizeof *ops)
        return false;
    double value;
    s = read_number(skip_space(s + strlen(ops[k].op)), &value);
    if (!s || *skip_space(s))
        return false;
    *p = (Prereq){ (Var)v, ops[k].code, value };
    return true;
}

/* Why a clause did not parse, when it is a name the registries lack. */
const char *clause_hint(const char *text, char *out, size_t size)
{
    char name[ID_LEN], hint[80];
    const char *s = read_name(skip_space(text), name, sizeof name);
    out[0] = '\0';
    if (strcmp(name, "intel") == 0) {
        read_name(skip_space(s), name, sizeof name);
        if (actor_find(name) < 0)
            snprintf(out, size, "; unknown actor '%s'%s", name, suggest_hint(name, suggest_actor, NULL, hint, sizeof hint));
    } else if (name[0] && var_find(name) < 0) {
        snprintf(out, size, "; unknown variable '%s'%s", name, suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
    }
    return out;
}
