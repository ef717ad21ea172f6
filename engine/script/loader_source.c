/* What every loader shares: a data file run and its table read in one
 * guarded call, problems placed at file:line, and the readers of fields,
 * strings, numbers, lists of names, clauses and value tables. */
#include <ctype.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader_source.h"
#include "suggest.h"

void problems_add(Problems *p, const char *fmt, ...)
{
    if (!p)
        return;
    if (p->count == MAX_PROBLEMS) {
        p->dropped++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->msg[p->count++], PROBLEM_LEN, fmt, ap);
    va_end(ap);
}

static bool word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The first whole-word occurrence of needle at or after from. */
static const char *find_word(const char *from, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *at = strstr(from, needle); at; at = strstr(at + 1, needle)) {
        bool starts = at == from || !word_char(at[-1]) || !word_char(needle[0]);
        bool ends = !word_char(at[n]) || !word_char(needle[n - 1]);
        if (starts && ends)
            return at;
    }
    return NULL;
}

/* Tables carry no line numbers, so a problem is placed at the first line
 * that mentions the offending name -- after the item's own id, if known:
 * good enough to find it at once. */
static int line_of(const char *text, const char *anchor, const char *needle)
{
    if (!text)
        return 1;
    const char *from = anchor && *anchor ? find_word(text, anchor) : NULL;
    const char *at = needle && *needle ? find_word(from ? from : text, needle) : NULL;
    if (!at && from && needle && *needle)
        at = find_word(text, needle);
    if (!at)
        at = from;
    if (!at)
        return 1;
    int line = 1;
    for (const char *c = text; c < at; c++)
        line += *c == '\n';
    return line;
}

int src_fail(Source *src, const char *needle, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

int src_fail(Source *src, const char *needle, const char *fmt, ...)
{
    char what[700];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    int line = line_of(src->text, src->anchor, needle);
    if (src->failed++ == 0)
        error_set(src->err, ERR_DATA, "%s:%d: %s", src->path, line, what);
    problems_add(src->sb->problems, "%s:%d: %s", src->path, line, what);
    return -1;
}

void source_close(Source *src)
{
    free(src->text);
    src->text = NULL;
}

/* Where path is read from, and its text (for placing problems). */
int source_text(Source *src, Sandbox *sb, const char *path, Error *err)
{
    *src = (Source){ .sb = sb, .err = err };
    sandbox_resolve(sb, path, src->path, sizeof src->path);
    snprintf(src->name, sizeof src->name, "%s", path);
    src->text = sandbox_read(sb, path, NULL, err);
    if (!src->text)
        problems_add(sb->problems, "%s", err->msg);
    return src->text ? 0 : -1;
}

/* Run the file: on success its table is on the stack. */
int source_run(Source *src)
{
    lua_State *L = src->sb->L;
    if (sandbox_dofile(src->sb, src->name, src->err) != 0) {
        src->failed++;
        problems_add(src->sb->problems, "%s", src->err->msg);
        return -1;
    }
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return src_fail(src, "return", _("expected the file to return a table"));
    }
    return 0;
}

typedef struct Guarded {
    Source *src;
    LoadBody body;
    void *ctx;
    int nresults, rc;
} Guarded;

static int run_guarded(lua_State *L, void *ud)
{
    Guarded *g = ud;
    g->rc = source_run(g->src);
    if (g->rc == 0)
        g->rc = g->body(g->src, lua_gettop(L), g->ctx);
    return g->rc == 0 ? g->nresults : 0;
}

/* Run path and read the table it returns with body, all in one guarded
 * call: a metamethod of the file's tables that fails or never ends, or
 * memory running out while they are read, is a problem of the file like any
 * other, never a crash. On success body's nresults values are left. */
int src_load(Sandbox *sb, const char *path, LoadBody body, void *ctx, int nresults, Error *err)
{
    Source src;
    if (source_text(&src, sb, path, err) != 0)
        return -1;
    Guarded g = { .src = &src, .body = body, .ctx = ctx, .nresults = nresults, .rc = -1 };
    Error failure;
    if (sandbox_protect(sb, run_guarded, &g, 0, LUA_MULTRET, NULL, &failure) != 0) {
        bool named = strncmp(failure.msg, src.path, strlen(src.path)) == 0;
        if (src.failed++ == 0)
            error_set(err, ERR_DATA, "%s%s%s", named ? "" : src.path, named ? "" : ": ", failure.msg);
        problems_add(sb->problems, "%s%s%s", named ? "" : src.path, named ? "" : ": ", failure.msg);
        g.rc = -1;
    }
    source_close(&src);
    return g.rc ? -1 : 0;
}

int src_compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every key of the table at t must be one of fields: a misspelt field would
 * otherwise be ignored without a word. Reported in name order. */
int src_fields(Source *src, int t, const FieldDoc *fields, const char *where)
{
    lua_State *L = src->sb->L;
    const char *unknown[64];
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (n < 64)
                unknown[n++] = "(a value without a name)";
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool known = false;
        for (const FieldDoc *f = fields; f->name && !known; f++)
            known = strcmp(f->name, key) == 0;
        if (!known && n < 64)
            unknown[n++] = key;     /* kept alive by the table */
    }
    qsort(unknown, (size_t)n, sizeof *unknown, src_compare_strings);
    char hint[80];
    for (int i = 0; i < n; i++)
        src_fail(src, unknown[i], _("%s: unknown field '%s'%s"), where, unknown[i],
             suggest_hint(unknown[i], field_name_at, fields, hint, sizeof hint));
    return n ? -1 : 0;
}

int src_string(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where)
{
    lua_State *L = src->sb->L;
    int type = lua_getfield(L, t, key);
    int rc = 0;
    size_t len;
    const char *text = type == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    if (text && !sandbox_utf8_valid(text, len))
        rc = src_fail(src, key, _("%s: '%s' is not valid UTF-8 text"), where, key);
    else if (text)
        sandbox_text(out, size, text, len, false);     /* cut, if it must be, between characters */
    else if (type != LUA_TNIL)
        rc = src_fail(src, key, _("%s: expected '%s' to be a string"), where, key);
    else if (required)
        rc = src_fail(src, NULL, _("%s: '%s' is missing (a string)"), where, key);
    lua_pop(L, 1);
    return rc;
}

int src_number(Source *src, int t, const char *key, double *out, double lo, double hi, const char *where)
{
    lua_State *L = src->sb->L;
    int type = lua_getfield(L, t, key);
    int rc = 0;
    if (type == LUA_TNUMBER) {
        double x = lua_tonumber(L, -1);
        if (x < lo || x > hi)
            rc = src_fail(src, key, _("%s: '%s' is %g, expected a number from %g to %g"), where, key, x, lo, hi);
        else
            *out = x;
    } else if (type != LUA_TNIL) {
        rc = src_fail(src, key, _("%s: expected '%s' to be a number"), where, key);
    }
    lua_pop(L, 1);
    return rc;
}

/* A list of strings joined with ", " (sources, for instance). */
int src_join(Source *src, int t, const char *key, char *out, size_t size, bool required, const char *where)
{
    lua_State *L = src->sb->L;
    out[0] = '\0';
    int type = lua_getfield(L, t, key);
    if (type == LUA_TNIL && !required) {
        lua_pop(L, 1);
        return 0;
    }
    if (type == LUA_TSTRING) {
        lua_newtable(L);                /* a single string: a list of one */
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
    }
    if (type != LUA_TSTRING && (type != LUA_TTABLE || luaL_len(L, -1) == 0)) {
        lua_pop(L, 1);
        if (type == LUA_TNIL)
            return src_fail(src, NULL, _("%s: '%s' is missing (a list of strings, e.g. { \"A12\", \"C3\" })"), where, key);
        return src_fail(src, key, _("%s: expected '%s' to be a non-empty list of strings"), where, key);
    }
    size_t used = 0;
    for (lua_Integer i = 1; i <= luaL_len(L, -1); i++) {
        lua_rawgeti(L, -1, i);
        size_t len;
        const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!s || !sandbox_utf8_valid(s, len)) {
            lua_pop(L, 2);
            return src_fail(src, key, s ? _("%s: '%s' item %d is not valid UTF-8 text")
                            : _("%s: '%s' item %d is not a string"), where, key, (int)i);
        }
        if (i > 1 && used + 2 < size)
            used += (size_t)snprintf(out + used, size - used, ", ");
        used += sandbox_text(out + used, size - used, s, len, false);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return 0;
}

int src_clauses(Source *src, int t, const char *key, void *out, size_t item_size, int max,
                         int *count, ClauseParser parse, const char *where, const char *expected)
{
    lua_State *L = src->sb->L;
    *count = 0;
    int type = lua_getfield(L, t, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return src_fail(src, key, _("%s: expected '%s' to be a list of strings"), where, key);
    }
    lua_Integer n = luaL_len(L, -1);
    if (n > max) {
        lua_pop(L, 1);
        return src_fail(src, key, ngettext("%s: at most %d item in '%s'", "%s: at most %d items in '%s'", max), where, max, key);
    }
    int rc = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        char hint[160];
        /* TRANSLATORS: where ("action 'x'"), the field (effects), the text that cannot be read
         * ('sancions += 1'), then what is wrong in it ("; unknown variable 'sancions' (did you mean
         * 'sanctions'?)", or nothing), and how it is written. */
        if (!text || !parse(text, (char *)out + (size_t)(*count) * item_size))
            rc = src_fail(src, text ? text : key, _("%s: cannot read %s '%s'%s; expected %s"), where, key,
                      text ? text : "?", text ? clause_hint(text, hint, sizeof hint) : "", expected);
        else
            (*count)++;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

bool src_effect_clause(const char *text, void *out) { return effect_parse(text, out); }

bool src_prereq_clause(const char *text, void *out) { return prereq_parse(text, out); }

const char *src_condition_form(void)
{
    return _("'variable op number' with op one of < <= > >= == ~=");
}

/* A when that is a list of conditions ("talks >= 1"): each must read as one. */
int src_conditions(Source *src, int t, const char *where)
{
    Prereq conditions[MAX_PREREQS];
    int n;
    return src_clauses(src, t, "when", conditions, sizeof *conditions, MAX_PREREQS, &n, src_prereq_clause, where,
                         src_condition_form());
}

int conditions_read(lua_State *L, int idx, Prereq *out)
{
    int n = 0;
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, idx) && n < MAX_PREREQS; i++) {
        if (lua_rawgeti(L, idx, i) == LUA_TSTRING && prereq_parse(lua_tostring(L, -1), &out[n]))
            n++;
        lua_pop(L, 1);
    }
    return n;
}

int src_mask(Source *src, int t, const char *key, unsigned *mask, int (*find)(const char *), NameAt names,
                     const char *where, const char *kind)
{
    char list[256];
    if (src_join(src, t, key, list, sizeof list, false, where) != 0)
        return -1;
    *mask = 0;
    int rc = 0;
    char hint[80];
    char *tok_at;
    for (char *tok = strtok_r(list, ", ", &tok_at); tok; tok = strtok_r(NULL, ", ", &tok_at)) {
        int i = find(tok);
        if (i < 0)
            rc = src_fail(src, tok, kind[0] == 'a' ? _("%s: unknown actor '%s' in '%s'%s")
                          : _("%s: unknown faction '%s' in '%s'%s"), where, tok, key,
                          suggest_hint(tok, names, NULL, hint, sizeof hint));
        else
            *mask |= 1u << i;
    }
    return rc;
}

/* initial = { rial = 1450, inflation = { 72, "A22" } } and the like. */
int src_values(Source *src, int t, const char *key, double *out, int (*find)(const char *), NameAt names,
                       double (*lo)(int), double (*hi)(int), const char *kind)
{
    lua_State *L = src->sb->L;
    if (lua_getfield(L, t, key) == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (!lua_istable(L, -1)) {
        lua_pop(L, 1);
        return src_fail(src, key, kind[0] == 'a' ? _("expected '%s' to be a table of actors")
                        : kind[0] == 'v' ? _("expected '%s' to be a table of variables")
                        : _("expected '%s' to be a table of parameters"), key);
    }
    int rc = 0;
    char hint[80];
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int i = name ? find(name) : -1;
        if (i < 0) {
            rc = src_fail(src, name, kind[0] == 'a' ? _("unknown actor '%s' in '%s'%s")
                          : kind[0] == 'v' ? _("unknown variable '%s' in '%s'%s") : _("unknown parameter '%s' in '%s'%s"),
                          name ? name : "?", key, name ? suggest_hint(name, names, NULL, hint, sizeof hint) : "");
            lua_pop(L, 1);
            continue;
        }
        if (lua_istable(L, -1))
            lua_rawgeti(L, -1, 1);
        else
            lua_pushvalue(L, -1);
        if (!lua_isnumber(L, -1) || lua_tonumber(L, -1) < lo(i) || lua_tonumber(L, -1) > hi(i))
            rc = src_fail(src, name, kind[0] == 'a' ? _("actor '%s' must be a number from %g to %g")
                          : kind[0] == 'v' ? _("variable '%s' must be a number from %g to %g")
                          : _("parameter '%s' must be a number from %g to %g"), name, lo(i), hi(i));
        else
            out[i] = lua_tonumber(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return rc;
}

double src_var_lo(int i) { return var_info[i].min; }

double src_var_hi(int i) { return var_info[i].max; }

double src_param_lo(int i) { return param_info[i].min; }

double src_param_hi(int i) { return param_info[i].max; }

bool src_is_string_list(lua_State *L, int idx)
{
    if (!lua_istable(L, idx))
        return false;
    for (lua_Integer i = 1; i <= luaL_len(L, idx); i++) {
        bool ok = lua_rawgeti(L, idx, i) == LUA_TSTRING;
        lua_pop(L, 1);
        if (!ok)
            return false;
    }
    return true;
}

/* One event: an id, and either when (checked each turn) or on (run when the
 * named event fires or is raised). */
int src_check_event(Source *src, int ev, int index, bool in_mod)
{
    lua_State *L = src->sb->L;
    char id[ID_LEN] = "", where[80];
    snprintf(where, sizeof where, _("event %d"), index);
    if (!lua_istable(L, ev))
        return src_fail(src, "events", _("%s: expected a table"), where);
    if (src_string(src, ev, "id", id, sizeof id, true, where) != 0)
        return -1;
    src->anchor = id;
    snprintf(where, sizeof where, _("event '%s'"), id);
    int rc = src_fields(src, ev, event_fields, where);
    int when = lua_getfield(L, ev, "when");
    int on = lua_getfield(L, ev, "on");
    int apply = lua_getfield(L, ev, "apply");
    int chance = lua_getfield(L, ev, "chance");
    double p = lua_tonumber(L, -1);
    int text = lua_getfield(L, ev, "text");
    int sources = lua_getfield(L, ev, "sources");
    bool sourced = (sources == LUA_TSTRING) || (src_is_string_list(L, -1) && luaL_len(L, -1) > 0);
    int scenarios = lua_getfield(L, ev, "scenarios");
    bool scenario_list = src_is_string_list(L, -1);
    lua_pop(L, 7);
    bool conditional = when == LUA_TFUNCTION || when == LUA_TTABLE;
    if (conditional == (on == LUA_TSTRING) || (!conditional && when != LUA_TNIL) ||
        (on != LUA_TSTRING && on != LUA_TNIL))
        rc = src_fail(src, when != LUA_TNIL ? "when" : "on", _("%s: expected when = function(world) (or a list of "
                  "conditions) or on = \"event id\" (one of the two)"), where);
    else if (when == LUA_TTABLE)
        rc |= src_conditions(src, ev, where);
    if (apply != LUA_TFUNCTION && apply != LUA_TNIL)
        rc = src_fail(src, "apply", _("%s: expected apply = function(world, data)"), where);
    if (apply == LUA_TNIL && on == LUA_TSTRING)
        rc = src_fail(src, "on", _("%s: a handler (on = ...) needs apply = function(world, data)"), where);
    if (chance != LUA_TNIL && (chance != LUA_TNUMBER || p < 0 || p > 1))
        rc = src_fail(src, "chance", _("%s: expected 'chance' to be a number from 0 to 1"), where);
    if (text != LUA_TNIL && text != LUA_TSTRING)
        rc = src_fail(src, "text", _("%s: expected 'text' to be a string"), where);
    if (text == LUA_TSTRING && !sourced)
        rc = src_fail(src, text == LUA_TSTRING ? "text" : id, _("%s: news needs its sources: add sources = { \"A12\", ... }"),
                  where);
    if (scenarios != LUA_TNIL && (!scenario_list || !in_mod))
        rc = src_fail(src, "scenarios", in_mod ? _("%s: expected 'scenarios' to be a list of scenario ids")
                                           : _("%s: 'scenarios' is for mods' events; a scenario's own events are its own"),
                  where);
    src->anchor = NULL;
    return rc;
}

int src_check_event_list(Source *src, int list, const char *key, bool in_mod)
{
    lua_State *L = src->sb->L;
    lua_Integer n = lua_istable(L, list) ? luaL_len(L, list) : -1;
    if (n < 0 || n > MAX_EVENTS)
        return src_fail(src, key, ngettext("expected '%s' to be a list of at most %d event", "expected '%s' to be a list of at most %d events", MAX_EVENTS), key, MAX_EVENTS);
    int rc = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, list, i);
        rc |= src_check_event(src, lua_gettop(L), (int)i, in_mod);
        lua_pop(L, 1);
    }
    return rc ? -1 : (int)n;
}
