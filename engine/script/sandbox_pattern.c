/* string.find, match, gmatch and gsub for scripts, with every step of the
 * matching charged to the budget.
 *
 * Lua's own matcher backtracks without limit and runs no VM instructions,
 * so a pattern like ("a*"):rep(30) .. "b" on a long string ran for hours
 * where no hook could stop it. This is a matcher for the same patterns (the
 * Lua 5.4 manual, section 6.4.1: classes, sets, the four repetitions,
 * captures and position captures, %b, %f, back references, anchors), giving
 * the same results and the same errors, written to count: each attempt to
 * match an item, each character a repetition tries and each byte a plain
 * search compares is a step, and the steps are charged to the running
 * call's instruction budget. tests/unit/test_sandbox.c compares it with
 * Lua's own on thousands of patterns. */
#include <ctype.h>
#include <lauxlib.h>
#include <string.h>

#include "sandbox.h"

#define MAX_CAPTURES 32         /* LUA_MAXCAPTURES */
#define MAX_DEPTH 200           /* how deep a match may nest: Lua's MAXCCALLS */
#define CAP_OPEN (-1)           /* a capture still open */
#define CAP_POSITION (-2)       /* a () capture: its position */
#define STEPS_PER_CHARGE 4096
#define SPECIALS "^$*+?.([%-"

typedef struct Matcher {
    lua_State *L;
    const char *src, *src_end, *pat_end;
    int depth, level;
    struct {
        const char *at;
        ptrdiff_t len;          /* or CAP_OPEN, CAP_POSITION */
    } cap[MAX_CAPTURES];
    long steps;                 /* not yet charged */
} Matcher;

static void step(Matcher *m, long n)
{
    m->steps += n;
    if (m->steps >= STEPS_PER_CHARGE) {
        long due = m->steps;
        m->steps = 0;
        sandbox_charge(m->L, due);
    }
}

static void settle(Matcher *m)
{
    if (m->steps)
        sandbox_charge(m->L, m->steps);
    m->steps = 0;
}

/* %a, %d, ... (upper case: the complement); any other letter stands for itself. */
static bool in_class(int c, int cls)
{
    bool yes;
    switch (tolower(cls)) {
    case 'a': yes = isalpha(c); break;
    case 'c': yes = iscntrl(c); break;
    case 'd': yes = isdigit(c); break;
    case 'g': yes = isgraph(c); break;
    case 'l': yes = islower(c); break;
    case 'p': yes = ispunct(c); break;
    case 's': yes = isspace(c); break;
    case 'u': yes = isupper(c); break;
    case 'w': yes = isalnum(c); break;
    case 'x': yes = isxdigit(c); break;
    default: return cls == c;
    }
    return isupper(cls) ? !yes : yes;
}

/* Whether c is in the set from '[' at open to its ']' at close. */
static bool in_set(int c, const char *open, const char *close)
{
    bool wanted = true;
    const char *p = open + 1;
    if (*p == '^') {
        wanted = false;
        p++;
    }
    for (; p < close; p++) {
        if (*p == '%') {
            p++;
            if (in_class(c, (unsigned char)*p))
                return wanted;
        } else if (p[1] == '-' && p + 2 < close) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2])
                return wanted;
            p += 2;
        } else if ((unsigned char)*p == c) {
            return wanted;
        }
    }
    return !wanted;
}

/* The end of the single-character item at p (a class, a set, a character). */
static const char *item_end(Matcher *m, const char *p)
{
    char c = *p++;
    if (c == '%') {
        if (p >= m->pat_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (*p == '^')
            p++;
        /* the first character of a set may be ']' itself */
        do {
            if (p >= m->pat_end)
                luaL_error(m->L, "malformed pattern (missing ']')");
            if (*p++ == '%' && p < m->pat_end)
                p++;
        } while (*p != ']');
        return p + 1;
    }
    return p;
}

/* Whether the subject character at s matches the item from p to end. */
static bool item_matches(Matcher *m, const char *s, const char *p, const char *end)
{
    step(m, 1);
    if (s >= m->src_end)
        return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case '%': return in_class(c, (unsigned char)p[1]);
    case '[': return in_set(c, p, end - 1);
    default: return (unsigned char)*p == c;
    }
}

static const char *match(Matcher *m, const char *s, const char *p);

/* %bxy at p (x and y follow the b): a balanced run from x to y. */
static const char *balanced(Matcher *m, const char *s, const char *p)
{
    if (p + 1 >= m->pat_end)
        luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->src_end || *s != p[0])
        return NULL;
    int open = 1;
    for (const char *at = s + 1; at < m->src_end; at++) {
        step(m, 1);
        if (*at == p[1]) {
            if (--open == 0)
                return at + 1;
        } else if (*at == p[0]) {
            open++;
        }
    }
    return NULL;
}

/* item* and item+: as many as match, then fewer until the rest matches. */
static const char *longest(Matcher *m, const char *s, const char *p, const char *end)
{
    ptrdiff_t n = 0;
    while (item_matches(m, s + n, p, end))
        n++;
    for (; n >= 0; n--) {
        const char *rest = match(m, s + n, end + 1);
        if (rest)
            return rest;
    }
    return NULL;
}

/* item-: as few as let the rest match. */
static const char *shortest(Matcher *m, const char *s, const char *p, const char *end)
{
    for (;;) {
        const char *rest = match(m, s, end + 1);
        if (rest)
            return rest;
        if (!item_matches(m, s, p, end))
            return NULL;
        s++;
    }
}

static const char *open_capture(Matcher *m, const char *s, const char *p, ptrdiff_t what)
{
    if (m->level >= MAX_CAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[m->level].at = s;
    m->cap[m->level].len = what;
    m->level++;
    const char *rest = match(m, s, p);
    if (!rest)
        m->level--;
    return rest;
}

static const char *close_capture(Matcher *m, const char *s, const char *p)
{
    int open = m->level - 1;
    while (open >= 0 && m->cap[open].len != CAP_OPEN)
        open--;
    if (open < 0)
        luaL_error(m->L, "invalid pattern capture");
    m->cap[open].len = s - m->cap[open].at;
    const char *rest = match(m, s, p);
    if (!rest)
        m->cap[open].len = CAP_OPEN;
    return rest;
}

/* %1 .. %9 in a pattern: the text of that capture again. */
static const char *same_as_capture(Matcher *m, const char *s, int digit)
{
    int i = digit - '1';
    if (i < 0 || i >= m->level || m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "invalid capture index %%%d", i + 1);
    ptrdiff_t len = m->cap[i].len;
    if (len < 0 || m->src_end - s < len)
        return NULL;
    step(m, 1 + len / 64);
    return memcmp(m->cap[i].at, s, (size_t)len) == 0 ? s + len : NULL;
}

/* %f[set] at p: where the previous character is not in the set and the next is. */
static const char *frontier(Matcher *m, const char *s, const char *p)
{
    if (*p != '[')
        luaL_error(m->L, "missing '[' after '%%f' in pattern");
    const char *end = item_end(m, p);
    int before = s == m->src ? '\0' : (unsigned char)s[-1];
    int after = s < m->src_end ? (unsigned char)*s : '\0';
    return !in_set(before, p, end - 1) && in_set(after, p, end - 1) ? end : NULL;
}

/* The end of the match of pattern p at subject s, or NULL. */
static const char *match(Matcher *m, const char *s, const char *p)
{
    if (m->depth-- == 0)
        luaL_error(m->L, "pattern too complex");
    while (s && p < m->pat_end) {
        step(m, 1);
        if (*p == '(') {
            s = p[1] == ')' ? open_capture(m, s, p + 2, CAP_POSITION) : open_capture(m, s, p + 1, CAP_OPEN);
            break;
        }
        if (*p == ')') {
            s = close_capture(m, s, p + 1);
            break;
        }
        if (*p == '$' && p + 1 == m->pat_end) {
            s = s == m->src_end ? s : NULL;
            break;
        }
        if (*p == '%' && p[1] == 'b') {
            s = balanced(m, s, p + 2);
            p += 4;
            continue;
        }
        if (*p == '%' && p[1] == 'f') {
            p = frontier(m, s, p + 2);
            s = p ? s : NULL;
            continue;
        }
        if (*p == '%' && isdigit((unsigned char)p[1])) {
            s = same_as_capture(m, s, (unsigned char)p[1]);
            p += 2;
            continue;
        }
        const char *end = item_end(m, p);
        bool one = item_matches(m, s, p, end);
        if (*end == '?') {
            const char *rest = one ? match(m, s + 1, end + 1) : NULL;
            if (rest) {
                s = rest;
                break;
            }
            p = end + 1;
        } else if (*end == '*' || *end == '+' || *end == '-') {
            if (!one && *end == '+')
                s = NULL;
            else if (!one)
                p = end + 1;
            else if (*end == '-')
                s = shortest(m, s, p, end);
            else
                s = longest(m, *end == '+' ? s + 1 : s, p, end);
            if (!one)
                continue;
            break;
        } else if (one) {
            s++;
            p = end;
        } else {
            s = NULL;
        }
    }
    m->depth++;
    return s;
}

/* ---- the library functions ---------------------------------------------- */

static void matcher_start(Matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp)
{
    m->L = L;
    m->src = s;
    m->src_end = s + ls;
    m->pat_end = p + lp;
    m->steps = 0;
}

static void matcher_again(Matcher *m)
{
    m->level = 0;
    m->depth = MAX_DEPTH;
}

/* Push capture i (0 with no captures: the whole match s..e). */
static void push_capture(Matcher *m, int i, const char *s, const char *e)
{
    if (i >= m->level) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t len = m->cap[i].len;
    if (len == CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    if (len == CAP_POSITION)
        lua_pushinteger(m->L, (m->cap[i].at - m->src) + 1);
    else
        lua_pushlstring(m->L, m->cap[i].at, (size_t)len);
}

/* Push the captures (or, given s, the whole match when there are none). */
static int push_captures(Matcher *m, const char *s, const char *e)
{
    int n = m->level == 0 && s ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

/* Where a search starts: init as Lua counts it (negative from the end). */
static size_t start_of(lua_Integer init, size_t len)
{
    if (init > 0)
        return (size_t)init - 1;
    if (init == 0 || init < -(lua_Integer)len)
        return 0;
    return len + (size_t)init;
}

/* needle in hay, each comparison charged. */
static const char *plain_find(Matcher *m, const char *hay, size_t lh, const char *needle, size_t ln)
{
    if (ln == 0)
        return hay;
    for (const char *end = hay + lh; (size_t)(end - hay) >= ln;) {
        const char *at = memchr(hay, *needle, (size_t)(end - hay) - ln + 1);
        step(m, 1 + (at ? at - hay : end - hay) / 64);
        if (!at)
            return NULL;
        step(m, 1 + (long)(ln / 64));
        if (memcmp(at + 1, needle + 1, ln - 1) == 0)
            return at;
        hay = at + 1;
    }
    return NULL;
}

/* Whether p has a character that makes it a pattern (Lua looks in each
 * piece between embedded zeros). */
static bool has_specials(const char *p, size_t lp)
{
    for (size_t upto = 0; upto <= lp; upto += strlen(p + upto) + 1)
        if (strpbrk(p + upto, SPECIALS))
            return true;
    return false;
}

static int find_or_match(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_of(luaL_optinteger(L, 3, 1), ls);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    Matcher m;
    matcher_start(&m, L, s, ls, p, lp);
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
        const char *at = plain_find(&m, s + init, ls - init, p, lp);
        settle(&m);
        if (!at) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, (at - s) + 1);
        lua_pushinteger(L, (at - s) + (lua_Integer)lp);
        return 2;
    }
    bool anchored = *p == '^';
    if (anchored)
        p++;
    const char *from = s + init;
    do {
        matcher_again(&m);
        const char *e = match(&m, from, p);
        if (e) {
            settle(&m);
            if (!find)
                return push_captures(&m, from, e);
            lua_pushinteger(L, (from - s) + 1);
            lua_pushinteger(L, e - s);
            return push_captures(&m, NULL, NULL) + 2;
        }
    } while (from++ < m.src_end && !anchored);
    settle(&m);
    luaL_pushfail(L);
    return 1;
}

static int bounded_find(lua_State *L) { return find_or_match(L, true); }
static int bounded_match(lua_State *L) { return find_or_match(L, false); }

/* gmatch's iterator: where it is, as offsets (no pointer is kept). */
typedef struct Iteration {
    size_t at;
    ptrdiff_t last;             /* where the last match ended, or -1 */
} Iteration;

static int gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls), *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    Iteration *it = lua_touserdata(L, lua_upvalueindex(3));
    Matcher m;
    matcher_start(&m, L, s, ls, p, lp);
    for (const char *from = s + it->at; from <= m.src_end; from++) {
        matcher_again(&m);
        const char *e = match(&m, from, p);
        if (e && e - s != it->last) {
            settle(&m);
            it->at = (size_t)(e - s);
            it->last = e - s;
            return push_captures(&m, from, e);
        }
    }
    settle(&m);
    return 0;
}

static int bounded_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = start_of(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    Iteration *it = lua_newuserdatauv(L, sizeof *it, 0);
    it->at = init > ls ? ls + 1 : init;
    it->last = -1;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

/* The replacement string repl for the match s..e, with %0-%9 and %%. */
static void add_replacement(Matcher *m, luaL_Buffer *b, const char *s, const char *e, int repl)
{
    size_t len;
    const char *r = lua_tolstring(m->L, repl, &len), *end = r + len;
    for (const char *at; (at = memchr(r, '%', (size_t)(end - r))) != NULL; r = at + 2) {
        luaL_addlstring(b, r, (size_t)(at - r));
        char c = at[1];
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (isdigit((unsigned char)c)) {
            push_capture(m, c - '1', s, e);
            luaL_addvalue(b);
        } else {
            luaL_error(m->L, "invalid use of '%%' in replacement string");
        }
        step(m, 1);
    }
    luaL_addlstring(b, r, (size_t)(end - r));
}

/* What the match s..e is replaced by (a string, a table or a function at 3). */
static void add_value(Matcher *m, luaL_Buffer *b, const char *s, const char *e)
{
    lua_State *L = m->L;
    int type = lua_type(L, 3);
    if (type == LUA_TSTRING || type == LUA_TNUMBER)
        return add_replacement(m, b, s, e, 3);
    if (type == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(m, s, e);
        lua_call(L, n, 1);
    } else {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));     /* keep the original */
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

static int bounded_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
    int type = lua_type(L, 3);
    lua_Integer most = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L, type == LUA_TNUMBER || type == LUA_TSTRING || type == LUA_TFUNCTION || type == LUA_TTABLE,
                     3, "string/function/table");
    Matcher m;
    matcher_start(&m, L, s, ls, p, lp);
    bool anchored = *p == '^';
    if (anchored)
        p++;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    const char *from = s, *last = NULL;
    lua_Integer n = 0;
    while (n < most) {
        matcher_again(&m);
        const char *e = match(&m, from, p);
        if (e && e != last) {
            n++;
            add_value(&m, &b, from, e);
            from = last = e;
        } else if (from < m.src_end) {
            luaL_addchar(&b, *from++);
        } else {
            break;
        }
        if (luaL_bufflen(&b) > SANDBOX_STRING_CAP)
            luaL_error(L, "string.gsub: the result would be longer than the %d KB a string in a script may hold",
                       (int)(SANDBOX_STRING_CAP >> 10));
        if (anchored)
            break;
    }
    luaL_addlstring(&b, from, (size_t)(m.src_end - from));
    settle(&m);
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

void sandbox_bound_patterns(lua_State *L, int string_table)
{
    static const luaL_Reg bounded[] = {
        { "find", bounded_find }, { "match", bounded_match }, { "gmatch", bounded_gmatch }, { "gsub", bounded_gsub },
        { NULL, NULL },
    };
    lua_pushvalue(L, string_table);
    luaL_setfuncs(L, bounded, 0);
    lua_pop(L, 1);
}
