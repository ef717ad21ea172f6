/* A rule's when function checked in C (see rule_when.h).
 *
 * The function's source is read from its file, between the lines Lua says
 * it was defined on, and parsed as Lua would parse it, for a small part of
 * the language: `function(v) return EXPR end` where EXPR combines, with
 * and, or and not (...), comparisons of numbers (v.NAME for a variable or
 * turn, turns, capital; v.uncertainty.NAME; number literals; + - * / and
 * parentheses) and v.last.ACTION compared with nil. Anything else (another
 * name, a string, a call, a comment running over lines, a second function
 * on the same lines) and the function stays Lua. The view's reads have no
 * side effects and cannot fail for the names accepted, so the order of
 * evaluation and Lua's short cuts do not change the answer: only truth
 * values are combined (a and b is true when both are, whatever values Lua
 * would pass along). */
#include "rule_when.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lua_view.h"
#include "sandbox.h"

enum Op {
    W_NUMBER, W_VAR, W_UNCERTAINTY, W_TURN, W_TURNS, W_CAPITAL, W_SEEN,     /* push a value */
    W_ADD, W_SUB, W_MUL, W_DIV, W_NEG,                                       /* numbers */
    W_LT, W_LE, W_GT, W_GE, W_EQ, W_NE,                                      /* numbers to truth */
    W_AND, W_OR, W_NOT,                                                      /* truth */
};

/* ---- reading the source ------------------------------------------------------ */

typedef enum { T_END, T_NAME, T_NUMBER, T_SYMBOL } TokenKind;

typedef struct Parser {
    const char *p, *end;
    TokenKind kind;
    const char *text;           /* the token */
    size_t len;
    double number;
    const char *param;          /* the function's parameter */
    const char *function_at, *end_at;   /* where its first and last words are */
    size_t param_len;
    const Catalogue *catalogue;
    WhenStep *out;
    int n;
    bool failed;
} Parser;

static bool is_name_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

/* The next token; a long comment or string, or a character this does not
 * read, fails the parse. */
static void next(Parser *ps)
{
    for (;;) {
        while (ps->p < ps->end && strchr(" \t\r\n", *ps->p))
            ps->p++;
        if (ps->end - ps->p >= 2 && ps->p[0] == '-' && ps->p[1] == '-') {
            if (ps->end - ps->p >= 3 && ps->p[2] == '[')
                ps->failed = true;
            while (ps->p < ps->end && *ps->p != '\n')
                ps->p++;
            continue;
        }
        break;
    }
    ps->text = ps->p;
    if (ps->p == ps->end) {
        ps->kind = T_END;
        ps->len = 0;
    } else if (is_name_char(*ps->p, true)) {
        while (ps->p < ps->end && is_name_char(*ps->p, false))
            ps->p++;
        ps->kind = T_NAME;
    } else if ((*ps->p >= '0' && *ps->p <= '9') || (*ps->p == '.' && ps->p + 1 < ps->end && ps->p[1] >= '0' &&
                                                     ps->p[1] <= '9')) {
        char buf[40];
        size_t k = 0;
        while (ps->p < ps->end && k < sizeof buf - 1 && strchr("0123456789.eE", *ps->p))
            buf[k++] = *ps->p++;
        buf[k] = '\0';
        char *stop;
        ps->number = strtod(buf, &stop);
        /* past 2^53 a whole number is not the double Lua would compare */
        ps->failed |= *stop != '\0' || (ps->p < ps->end && is_name_char(*ps->p, false)) || ps->number > 9007199254740992.0;
        ps->kind = T_NUMBER;
    } else {
        static const char *const two[] = { "<=", ">=", "==", "~=" };
        ps->kind = T_SYMBOL;
        size_t len = 1;
        for (size_t i = 0; i < sizeof two / sizeof *two; i++)
            if (ps->end - ps->p >= 2 && memcmp(ps->p, two[i], 2) == 0)
                len = 2;
        if (len == 1 && !strchr("<>()+-*/.", *ps->p))
            ps->failed = true;
        ps->p += len;
    }
    ps->len = (size_t)(ps->p - ps->text);
}

static bool is(const Parser *ps, const char *word)
{
    return ps->kind != T_END && ps->kind != T_NUMBER && ps->len == strlen(word) && memcmp(ps->text, word, ps->len) == 0;
}

static bool accept(Parser *ps, const char *word)
{
    if (!is(ps, word))
        return false;
    next(ps);
    return true;
}

static void expect(Parser *ps, const char *word)
{
    if (!accept(ps, word))
        ps->failed = true;
}

static void emit(Parser *ps, int op, int arg, double number)
{
    if (ps->n == WHEN_MAX_STEPS) {
        ps->failed = true;
        return;
    }
    ps->out[ps->n++] = (WhenStep){ .number = number, .op = op, .arg = arg };
}

/* ---- the expression ------------------------------------------------------------ */

/* MOVE: v.last.ACTION, a string or nil in Lua, here 1 if seen: its truth */
typedef enum { NUMBER, TRUTH, MOVE } Kind;

static Kind expression(Parser *ps);

/* The name token as a variable, or -1. */
static int var_named(const Parser *ps)
{
    for (int v = 0; v < VAR_COUNT; v++)
        if (strlen(var_info[v].name) == ps->len && memcmp(var_info[v].name, ps->text, ps->len) == 0)
            return v;
    return -1;
}

static Kind field_after(Parser *ps, const char *table, int op)
{
    expect(ps, ".");
    if (ps->kind != T_NAME)
        return ps->failed = true, NUMBER;
    char id[ID_LEN] = "";
    int found = -1;
    if (op == W_SEEN && ps->len < sizeof id) {
        memcpy(id, ps->text, ps->len);
        found = catalogue_find(ps->catalogue, id);
    } else if (op == W_UNCERTAINTY) {
        found = var_named(ps);
    }
    ps->failed |= found < 0 || !table;
    emit(ps, op, found, 0);
    next(ps);
    return op == W_SEEN ? MOVE : NUMBER;
}

/* v.NAME, v.last.ACTION, v.uncertainty.NAME */
static Kind view_field(Parser *ps)
{
    next(ps);
    expect(ps, ".");
    if (ps->kind != T_NAME)
        return ps->failed = true, NUMBER;
    if (is(ps, "last") || is(ps, "uncertainty")) {
        int op = is(ps, "last") ? W_SEEN : W_UNCERTAINTY;
        next(ps);
        return field_after(ps, "", op);
    }
    int v = var_named(ps);
    if (v >= 0)
        emit(ps, W_VAR, v, 0);
    else if (is(ps, "turn") || is(ps, "turns") || is(ps, "capital"))
        emit(ps, is(ps, "turn") ? W_TURN : is(ps, "turns") ? W_TURNS : W_CAPITAL, 0, 0);
    else
        ps->failed = true;
    next(ps);
    return NUMBER;
}

static Kind primary(Parser *ps)
{
    if (ps->kind == T_NUMBER) {
        emit(ps, W_NUMBER, 0, ps->number);
        next(ps);
        return NUMBER;
    }
    if (ps->kind == T_NAME && ps->len == ps->param_len && memcmp(ps->text, ps->param, ps->len) == 0)
        return view_field(ps);
    if (accept(ps, "(")) {
        Kind k = expression(ps);
        expect(ps, ")");
        return k;
    }
    ps->failed = true;
    return NUMBER;
}

/* Unary minus, and not before a parenthesis or a comparison's operand (Lua
 * binds not tighter than comparisons: not a < b is (not a) < b, refused). */
static Kind unary(Parser *ps)
{
    if (accept(ps, "-")) {
        ps->failed |= unary(ps) != NUMBER;
        emit(ps, W_NEG, 0, 0);
        return NUMBER;
    }
    if (accept(ps, "not")) {
        ps->failed |= unary(ps) == NUMBER;
        emit(ps, W_NOT, 0, 0);
        return TRUTH;
    }
    return primary(ps);
}

static Kind arithmetic(Parser *ps, bool sum)
{
    Kind k = sum ? arithmetic(ps, false) : unary(ps);
    for (;;) {
        int op = sum ? (is(ps, "+") ? W_ADD : is(ps, "-") ? W_SUB : -1) : (is(ps, "*") ? W_MUL : is(ps, "/") ? W_DIV : -1);
        if (op < 0)
            return k;
        next(ps);
        Kind right = sum ? arithmetic(ps, false) : unary(ps);
        ps->failed |= k != NUMBER || right != NUMBER;
        emit(ps, op, 0, 0);
    }
}

/* A comparison, or v.last.ACTION compared with nil. */
static Kind comparison(Parser *ps)
{
    Kind k = arithmetic(ps, true);
    static const char *const ops[] = { "<", "<=", ">", ">=", "==", "~=" };
    for (int i = 0; i < 6; i++)
        if (is(ps, ops[i])) {
            next(ps);
            if (k == MOVE) {
                ps->failed |= i < 4 || !accept(ps, "nil");
                if (i == 4)
                    emit(ps, W_NOT, 0, 0);
            } else {
                ps->failed |= k != NUMBER || arithmetic(ps, true) != NUMBER;
                emit(ps, W_LT + i, 0, 0);
            }
            return TRUTH;
        }
    return k;
}

/* and binds tighter than or; a number is never false, so one is refused
 * here rather than kept as "true" (it is surely a mistake). */
static Kind logic(Parser *ps, bool either)
{
    Kind k = either ? logic(ps, false) : comparison(ps);
    const char *word = either ? "or" : "and";
    while (accept(ps, word)) {
        Kind right = either ? logic(ps, false) : comparison(ps);
        ps->failed |= k == NUMBER || right == NUMBER;
        emit(ps, either ? W_OR : W_AND, 0, 0);
        k = TRUTH;
    }
    return k;
}

static Kind expression(Parser *ps)
{
    return logic(ps, true);
}

/* ---- the function's text -------------------------------------------------------- */

/* Lines first..last of text (counted from 1), or NULL. */
static const char *lines(const char *text, size_t len, int first, int last, const char **end)
{
    const char *p = text, *stop = text + len;
    for (int line = 1; line < first && p < stop; p++)
        line += *p == '\n';
    const char *from = p;
    for (int line = first; p < stop; p++)
        if (*p == '\n' && ++line > last)
            break;
    *end = p;
    return p > from ? from : NULL;
}

/* Whether the text holds the word `function` exactly once. */
static bool one_function(const char *from, const char *end)
{
    int count = 0;
    for (const char *p = from; p + 8 <= end; p++)
        count += memcmp(p, "function", 8) == 0 && (p == from || !is_name_char(p[-1], false)) &&
                 (p + 8 == end || !is_name_char(p[8], false));
    return count == 1;
}

static int parse_function(Parser *ps)
{
    while (ps->kind != T_END && !is(ps, "function"))
        next(ps);
    ps->failed = false;     /* what came before the function is not its own */
    ps->function_at = ps->text;
    expect(ps, "function");
    expect(ps, "(");
    if (ps->kind != T_NAME || is(ps, "return"))
        return 0;
    ps->param = ps->text;
    ps->param_len = ps->len;
    next(ps);
    expect(ps, ")");
    expect(ps, "return");
    Kind k = expression(ps);
    ps->failed |= !is(ps, "end");   /* what follows it is not the function's */
    ps->end_at = ps->text;
    return ps->failed || k == NUMBER ? 0 : ps->n;
}

/* The text of the file the chunk name source names, kept at src->slot as a
 * Lua string (so that nothing leaks if loading stops), read again only for
 * another file; NULL if it cannot be read. */
static const char *file_text(lua_State *L, WhenSource *src, const char *source, size_t *len)
{
    if (strcmp(src->path, source) != 0) {
        Error err;
        char *text = sandbox_read(sandbox_from(L), source + 1, len, &err);
        if (text)
            lua_pushlstring(L, text, *len);
        else
            lua_pushnil(L);
        free(text);
        lua_replace(L, src->slot);
        snprintf(src->path, sizeof src->path, "%s", source);
    }
    return lua_tolstring(L, src->slot, len);
}

int when_compile(lua_State *L, int idx, WhenSource *src, const Catalogue *c, WhenStep *out)
{
    lua_Debug ar;
    lua_pushvalue(L, idx);
    lua_getinfo(L, ">S", &ar);
    size_t len;
    const char *text = ar.source[0] == '@' && ar.linedefined > 0 ? file_text(L, src, ar.source, &len) : NULL;
    if (!text)
        return 0;
    const char *end, *from = lines(text, len, ar.linedefined, ar.lastlinedefined, &end);
    if (!from || !one_function(from, end))
        return 0;
    Parser ps = { .p = from, .end = end, .catalogue = c, .out = out };
    next(&ps);
    int n = parse_function(&ps);
    /* the text read must be the function's: its first word on its first
     * line, its end on its last */
    bool placed = n > 0 && !memchr(from, '\n', (size_t)(ps.function_at - from)) &&
                  !memchr(ps.end_at, '\n', (size_t)(end - ps.end_at));
    return placed ? n : 0;
}

/* ---- checking ---------------------------------------------------------------------- */

double believed_value(const Game *g, Actor a, Var v, Beliefs *k)
{
    if (!k->known[v]) {
        k->value[v] = game_estimate(g, a, v);
        k->known[v] = true;
    }
    return k->value[v];
}

bool when_holds(const WhenStep *step, int n, const Game *g, Actor a, Beliefs *k)
{
    double stack[WHEN_MAX_STEPS];
    int top = 0;
    for (int i = 0; i < n; i++) {
        const WhenStep *s = &step[i];
        switch (s->op) {
        case W_NUMBER: stack[top++] = s->number; break;
        case W_VAR:
            stack[top++] = var_info[s->arg].visibility == PUBLIC ? g->world.v[s->arg]
                                                                 : believed_value(g, a, (Var)s->arg, k);
            break;
        case W_UNCERTAINTY: stack[top++] = game_uncertainty(g, a, (Var)s->arg); break;
        case W_TURN: stack[top++] = g->world.turn + 1; break;
        case W_TURNS: stack[top++] = g->scenario->turns; break;
        case W_CAPITAL: stack[top++] = g->scenario->capital[a]; break;
        case W_SEEN: stack[top++] = view_last_actor(g, a, s->arg) >= 0; break;
        case W_NEG: stack[top - 1] = -stack[top - 1]; break;
        case W_NOT: stack[top - 1] = !stack[top - 1]; break;
        default: {      /* the two on top into one */
            double *x = &stack[top - 2], y = stack[top - 1];
            top--;
            switch (s->op) {
            case W_ADD: *x += y; break;
            case W_SUB: *x -= y; break;
            case W_MUL: *x *= y; break;
            case W_DIV: *x /= y; break;
            case W_LT: *x = *x < y; break;
            case W_LE: *x = *x <= y; break;
            case W_GT: *x = *x > y; break;
            case W_GE: *x = *x >= y; break;
            case W_EQ: *x = *x == y; break;
            case W_NE: *x = *x != y; break;
            case W_AND: *x = *x != 0 && y != 0; break;
            case W_OR: *x = *x != 0 || y != 0; break;
            }
        }
        }
    }
    return top == 1 && stack[0] != 0;
}
