/* The conditions and effects the engine reads itself (see conditions.h):
 * one reader for clauses ("talks >= 1", "sanctions += 1") and for when
 * functions, one checker for what it reads. Plain C: no Lua but the text.
 *
 * A when function is read between the lines Lua says it was defined on, for
 * a small part of the language: `function(v) return EXPR end` where EXPR
 * combines, with and, or and not (...), comparisons of numbers (v.NAME for a
 * variable or turn, turns, capital; v.uncertainty.NAME; number literals;
 * + - * / and parentheses) and v.last.ACTION compared with nil. Anything else
 * (another name, a string, a call, a comment running over lines, a second
 * function on the same lines) and the function stays Lua. The view's reads
 * have no side effects and cannot fail for the names accepted, so the order
 * of evaluation and Lua's short cuts do not change the answer: only truth
 * values are combined (a and b is true when both are, whatever values Lua
 * would pass along), and the checker skips what cannot change it. */
#include "conditions.h"
#include "conditions_steps.h"

#include <ctype.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "suggest.h"

/* ---- reading ------------------------------------------------------------------- */

typedef enum { T_END, T_NAME, T_NUMBER, T_STRING, T_SYMBOL } TokenKind;

typedef struct Parser {
    const char *p, *end;
    bool lua;                   /* Lua's text (comments, numbers as Lua writes them), or a clause */
    bool world;                 /* an event's when: its parameter is the world, not a view */
    TokenKind kind;
    const char *text;           /* the token */
    size_t len;
    double number;
    const char *param;          /* the function's parameter */
    const char *function_at, *end_at;   /* where its first and last words are */
    size_t param_len;
    const Catalogue *catalogue;
    CondStep *out;
    int n;
    bool failed;
} Parser;

static bool is_name_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

static void skip_space(Parser *ps)
{
    for (;;) {
        while (ps->p < ps->end && isspace((unsigned char)*ps->p))
            ps->p++;
        if (!ps->lua || ps->end - ps->p < 2 || ps->p[0] != '-' || ps->p[1] != '-')
            return;
        if (ps->end - ps->p >= 3 && ps->p[2] == '[')
            ps->failed = true;      /* a long comment: not read */
        while (ps->p < ps->end && *ps->p != '\n')
            ps->p++;
    }
}

/* A number as strtod reads it at the parser's place (for Lua's text, only a
 * decimal one that no name character follows). The text ends in a NUL (a
 * clause's) or at a line's end (a function's lines), where strtod stops. */
static void number(Parser *ps)
{
    char *stop;
    ps->number = strtod(ps->p, &stop);
    ps->failed |= stop == ps->p || stop > ps->end;
    ps->p = stop > ps->end ? ps->end : stop;
    ps->kind = T_NUMBER;
    /* past 2^53 a whole number is not the double Lua would compare */
    if (ps->lua)
        ps->failed |= (ps->p < ps->end && is_name_char(*ps->p, false)) || ps->number > 9007199254740992.0;
}

/* A string literal without escapes (one with any fails the parse): its
 * text is the token, quotes and all. */
static void string(Parser *ps)
{
    char quote = *ps->p++;
    while (ps->p < ps->end && *ps->p != quote && *ps->p != '\\' && *ps->p != '\n')
        ps->p++;
    ps->failed |= ps->p == ps->end || *ps->p != quote;
    if (ps->p < ps->end)
        ps->p++;
    ps->kind = T_STRING;
}

/* The next token; a character this does not read fails the parse. */
static void next(Parser *ps)
{
    skip_space(ps);
    ps->text = ps->p;
    if (ps->p == ps->end) {
        ps->kind = T_END;
    } else if (is_name_char(*ps->p, true)) {
        while (ps->p < ps->end && is_name_char(*ps->p, false))
            ps->p++;
        ps->kind = T_NAME;
    } else if (ps->lua && (*ps->p == '"' || *ps->p == '\'')) {
        string(ps);
    } else if (isdigit((unsigned char)*ps->p) ||
               (*ps->p == '.' && ps->p + 1 < ps->end && isdigit((unsigned char)ps->p[1]))) {
        number(ps);
    } else {
        static const char *const two[] = { "<=", ">=", "==", "~=", "+=", "-=", "*=" };
        ps->kind = T_SYMBOL;
        size_t len = 1;
        for (size_t i = 0; i < sizeof two / sizeof *two; i++)
            if (ps->end - ps->p >= 2 && memcmp(ps->p, two[i], 2) == 0)
                len = 2;
        if (len == 1 && !strchr("<>()+-*/%.=~", *ps->p))
            ps->failed = true;
        ps->p += len;
    }
    ps->len = (size_t)(ps->p - ps->text);
}

static bool is(const Parser *ps, const char *word)
{
    return (ps->kind == T_NAME || ps->kind == T_SYMBOL) && ps->len == strlen(word) && memcmp(ps->text, word, ps->len) == 0;
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

static int emit(Parser *ps, int op, int arg, double number)
{
    if (ps->n == COND_MAX_STEPS) {
        ps->failed = true;
        return 0;
    }
    ps->out[ps->n] = (CondStep){ .number = number, .op = op, .arg = arg };
    return ps->n++;
}

/* The name token, or the text of the string token, as a variable, or -1. */
static int var_named(const Parser *ps)
{
    if (ps->kind != T_NAME && ps->kind != T_STRING)
        return -1;
    size_t quotes = ps->kind == T_STRING;
    const char *name = ps->text + quotes;
    size_t len = ps->len - 2 * quotes;
    for (int v = 0; v < VAR_COUNT; v++)
        if (strlen(var_info[v].name) == len && memcmp(var_info[v].name, name, len) == 0)
            return v;
    return -1;
}

/* A variable's value as the deciding actor's view shows it. */
static void emit_var(Parser *ps, int v)
{
    emit(ps, var_info[v].visibility == PUBLIC ? C_VAR : C_BELIEF, v, 0);
}

/* A comparison: the two values on top into a truth; a number on the right
 * goes into the step. */
static void emit_compare(Parser *ps, int which)
{
    CondStep *last = ps->n > 0 ? ps->out + ps->n - 1 : NULL;   /* the right side, if a number */
    if (!last || last->op != C_NUMBER || ps->failed) {
        emit(ps, C_LT + which, 0, 0);
    } else if (ps->n >= 2 && (last[-1].op == C_VAR || last[-1].op == C_BELIEF)) {
        /* a variable against a number, most rules' every comparison: one step */
        last[-1] = (CondStep){ .op = last[-1].op == C_VAR ? C_VAR_K : C_BELIEF_K, .arg = last[-1].arg,
                               .number = last->number, .cmp = which };
        ps->n--;
    } else {
        last->op = C_LT_K + which;
    }
}

static const char *const comparisons[] = { "<", "<=", ">", ">=", "==", "~=" };

/* The comparison operator token, as an index into comparisons, or -1. */
static int comparison_at(const Parser *ps)
{
    for (int i = 0; i < 6; i++)
        if (is(ps, comparisons[i]))
            return i;
    return -1;
}

/* ---- a when function's expression ---------------------------------------------- */

/* MOVE: v.last.ACTION, a string or nil in Lua, here 1 if seen: its truth */
typedef enum { NUMBER, TRUTH, MOVE } Kind;

static Kind expression(Parser *ps);

static Kind field_after(Parser *ps, int op)
{
    expect(ps, ".");
    if (ps->kind != T_NAME)
        return ps->failed = true, NUMBER;
    char id[ID_LEN] = "";
    int found = -1;
    if (op == C_SEEN && ps->len < sizeof id) {
        memcpy(id, ps->text, ps->len);
        found = catalogue_find(ps->catalogue, id);
    } else if (op == C_UNCERTAINTY) {
        found = var_named(ps);
    }
    ps->failed |= found < 0;
    emit(ps, op, found, 0);
    next(ps);
    return op == C_SEEN ? MOVE : NUMBER;
}

/* v.NAME, v.last.ACTION, v.uncertainty.NAME */
static Kind view_field(Parser *ps)
{
    next(ps);
    expect(ps, ".");
    if (ps->kind != T_NAME)
        return ps->failed = true, NUMBER;
    if (is(ps, "last") || is(ps, "uncertainty")) {
        int op = is(ps, "last") ? C_SEEN : C_UNCERTAINTY;
        next(ps);
        return field_after(ps, op);
    }
    int v = var_named(ps);
    if (v >= 0)
        emit_var(ps, v);
    else if (is(ps, "turn") || is(ps, "turns") || is(ps, "capital"))
        emit(ps, is(ps, "turn") ? C_TURN : is(ps, "turns") ? C_TURNS : C_CAPITAL, 0, 0);
    else
        ps->failed = true;
    next(ps);
    return NUMBER;
}

/* w.get("NAME"), the variable's true value, and w.turn() */
static Kind world_field(Parser *ps)
{
    next(ps);
    expect(ps, ".");
    if (accept(ps, "turn")) {
        expect(ps, "(");
        emit(ps, C_TURN, 0, 0);
    } else if (accept(ps, "get")) {
        expect(ps, "(");
        int v = var_named(ps);
        ps->failed |= ps->kind != T_STRING || v < 0;
        emit(ps, C_VAR, v, 0);
        next(ps);
    } else {
        ps->failed = true;
    }
    expect(ps, ")");
    return NUMBER;
}

static Kind primary(Parser *ps)
{
    bool yes = is(ps, "true");
    if (yes || is(ps, "false")) {      /* a rule that always fires: function(v) return true end */
        emit(ps, C_NUMBER, 0, yes);
        next(ps);
        return TRUTH;
    }
    if (ps->kind == T_NUMBER) {
        emit(ps, C_NUMBER, 0, ps->number);
        next(ps);
        return NUMBER;
    }
    if (ps->kind == T_NAME && ps->len == ps->param_len && memcmp(ps->text, ps->param, ps->len) == 0)
        return ps->world ? world_field(ps) : view_field(ps);
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
        emit(ps, C_NEG, 0, 0);
        return NUMBER;
    }
    if (accept(ps, "not")) {
        ps->failed |= unary(ps) == NUMBER;
        emit(ps, C_NOT, 0, 0);
        return TRUTH;
    }
    return primary(ps);
}

/* The operator token at a sum's level (+ -) or a product's (* / %) as a
 * step, or -1. */
static int arithmetic_op(const Parser *ps, bool sum)
{
    if (sum)
        return is(ps, "+") ? C_ADD : is(ps, "-") ? C_SUB : -1;
    return is(ps, "*") ? C_MUL : is(ps, "/") ? C_DIV : is(ps, "%") ? C_MOD : -1;
}

static Kind arithmetic(Parser *ps, bool sum)
{
    Kind k = sum ? arithmetic(ps, false) : unary(ps);
    for (int op; (op = arithmetic_op(ps, sum)) >= 0;) {
        next(ps);
        Kind right = sum ? arithmetic(ps, false) : unary(ps);
        ps->failed |= k != NUMBER || right != NUMBER;
        /* % only by a positive number: by zero Lua fails where this would not */
        ps->failed |= op == C_MOD && !(ps->n > 0 && ps->out[ps->n - 1].op == C_NUMBER && ps->out[ps->n - 1].number > 0);
        emit(ps, op, 0, 0);
    }
    return k;
}

/* A comparison, or v.last.ACTION compared with nil. */
static Kind comparison(Parser *ps)
{
    Kind k = arithmetic(ps, true);
    int i = comparison_at(ps);
    if (i < 0)
        return k;
    next(ps);
    if (k == MOVE) {
        ps->failed |= i < 4 || !accept(ps, "nil");
        if (i == 4)
            emit(ps, C_NOT, 0, 0);
    } else {
        ps->failed |= k != NUMBER || arithmetic(ps, true) != NUMBER;
        emit_compare(ps, i);
    }
    return TRUTH;
}

/* The and / or (op) after a side that starts at step `start`: the step that
 * jumps when that side decides (false for and, true for or); its jump is set
 * once the chain is read. A side that is one comparison of a variable with a
 * number, as most are, jumps itself: no step is added. */
static int emit_junction(Parser *ps, int op, int start)
{
    CondStep *side = ps->out + start;
    if (ps->failed || start != ps->n - 1 || (side->op != C_VAR_K && side->op != C_BELIEF_K))
        return emit(ps, op, 0, 0);
    if (side->op == C_VAR_K)
        side->op = op == C_AND ? C_VAR_K_AND : C_VAR_K_OR;
    else
        side->op = op == C_AND ? C_BELIEF_K_AND : C_BELIEF_K_OR;
    return start;
}

/* and binds tighter than or; a number is never false, so one is refused
 * here rather than kept as "true" (it is surely a mistake). A side's truth
 * decides alone when it is false (and) or true (or): the step jumps past
 * the chain's last side (a and b and c is false as soon as one is). */
static Kind logic(Parser *ps, bool either)
{
    int start = ps->n;
    Kind k = either ? logic(ps, false) : comparison(ps);
    const char *word = either ? "or" : "and";
    int jumps[COND_MAX_STEPS], njumps = 0;
    while (accept(ps, word)) {
        int jump = emit_junction(ps, either ? C_OR : C_AND, start);
        if (njumps < COND_MAX_STEPS)
            jumps[njumps++] = jump;
        start = ps->n;
        Kind right = either ? logic(ps, false) : comparison(ps);
        ps->failed |= k == NUMBER || right == NUMBER;
        k = TRUTH;
    }
    for (int i = 0; i < njumps; i++)
        ps->out[jumps[i]].jump = ps->n - jumps[i];
    return k;
}

static Kind expression(Parser *ps)
{
    return logic(ps, true);
}

/* ---- clauses -------------------------------------------------------------------- */

/* A clause's text, its first token read. */
static void clause_start(Parser *ps, const char *text, CondStep *out)
{
    *ps = (Parser){ .p = text, .end = text + strlen(text), .out = out };
    next(ps);
}

/* The number after an operator (as strtod reads it, sign and all), then
 * the next token. */
static double clause_number(Parser *ps)
{
    skip_space(ps);
    number(ps);
    double x = ps->number;
    next(ps);
    return x;
}

/* "posture < 5": a variable, a comparison, a number, and nothing after. */
bool prereq_parse(const char *text, Prereq *p)
{
    CondStep steps[2];
    Parser ps;
    clause_start(&ps, text, steps);
    int v = var_named(&ps);
    next(&ps);
    int which = comparison_at(&ps);
    if (v < 0 || which < 0)
        return false;
    double value = clause_number(&ps);
    if (ps.failed || ps.kind != T_END)
        return false;
    static const Compare codes[] = { CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_EQ, CMP_NE };
    *p = (Prereq){ (Var)v, codes[which], value };
    return true;
}

/* "sanctions += 1", "strike_damage += 45 ~ 15", "intel iran *= 0.5" */
bool effect_parse(const char *text, Effect *e)
{
    Parser ps;
    clause_start(&ps, text, NULL);
    bool intel = is(&ps, "intel");
    if (intel)
        next(&ps);
    char name[ID_LEN] = "";
    if (ps.kind == T_NAME && ps.len < sizeof name)
        memcpy(name, ps.text, ps.len);
    int target = intel ? actor_find(name) : var_named(&ps);
    next(&ps);
    static const struct { const char *op; EffectOp code; } ops[] = {
        { "+=", EFF_ADD }, { "-=", EFF_ADD }, { "*=", EFF_MUL }, { ">=", EFF_ATLEAST }, { "<=", EFF_ATMOST },
        { "=", EFF_SET },
    };
    size_t k = 0;
    while (k < sizeof ops / sizeof *ops && !is(&ps, ops[k].op))
        k++;
    if (target < 0 || k == sizeof ops / sizeof *ops || (intel && ops[k].code != EFF_MUL))
        return false;
    double value = clause_number(&ps), sd = 0;
    if (is(&ps, "~"))
        sd = clause_number(&ps);
    if (ps.failed || ps.kind != T_END)
        return false;
    *e = (Effect){ (Var)target, intel ? EFF_INTEL : ops[k].code, ops[k].op[0] == '-' ? -value : value, sd };
    return true;
}

/* The word (letters, digits and _, as a clause's name is read) at the
 * parser's place into out, cut to fit, and the parser past it. */
static void word(Parser *ps, char *out, size_t size)
{
    skip_space(ps);
    size_t n = 0;
    for (; ps->p < ps->end && is_name_char(*ps->p, false); ps->p++)
        if (n + 1 < size)
            out[n++] = *ps->p;
    out[n] = '\0';
}

/* Why a clause did not parse, when it is a name the registries lack. */
const char *clause_hint(const char *text, char *out, size_t size)
{
    char name[ID_LEN], hint[80];
    Parser ps = { .p = text, .end = text + strlen(text) };
    word(&ps, name, sizeof name);
    bool intel = strcmp(name, "intel") == 0;
    if (intel)
        word(&ps, name, sizeof name);
    out[0] = '\0';
    if (intel && actor_find(name) < 0)
        snprintf(out, size, _("; unknown actor '%s'%s"), name, suggest_hint(name, suggest_actor, NULL, hint, sizeof hint));
    else if (!intel && name[0] && var_find(name) < 0)
        snprintf(out, size, _("; unknown variable '%s'%s"), name, suggest_hint(name, suggest_var, NULL, hint, sizeof hint));
    return out;
}

int cond_compile_list(const Prereq *p, int n, CondStep *out)
{
    Parser ps = { .out = out };
    if (n == 0)
        emit(&ps, C_NUMBER, 0, 1);      /* no conditions: it holds */
    int ands[MAX_PREREQS], nands = 0;
    for (int i = 0; i < n; i++) {
        int start = ps.n;
        emit_var(&ps, p[i].var);
        emit(&ps, C_NUMBER, 0, p[i].value);
        emit_compare(&ps, (int)p[i].cmp);
        if (i + 1 < n && nands < MAX_PREREQS)
            ands[nands++] = emit_junction(&ps, C_AND, start);
    }
    for (int i = 0; i < nands; i++)
        ps.out[ands[i]].jump = ps.n - ands[i];  /* the first that fails is the answer */
    return ps.failed ? 0 : ps.n;
}

/* ---- a when function's text ------------------------------------------------------ */

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

/* The steps of the function at idx, read in the view's words (a rule's
 * when) or the world's (an event's), or 0. */
static int compile_function(lua_State *L, int idx, const Catalogue *c, bool world, CondStep *out)
{
    lua_Debug ar;
    lua_pushvalue(L, idx);
    lua_getinfo(L, ">S", &ar);
    size_t len = 0;
    const char *text = ar.source[0] == '@' && ar.linedefined > 0 ? sandbox_source(L, ar.source, &len) : NULL;
    if (!text)
        return 0;
    const char *end, *from = lines(text, len, ar.linedefined, ar.lastlinedefined, &end);
    if (!from || !one_function(from, end))
        return 0;
    Parser ps = { .p = from, .end = end, .lua = true, .world = world, .catalogue = c, .out = out };
    next(&ps);
    int n = parse_function(&ps);
    /* the text read must be the function's: its first word on its first
     * line, its end on its last */
    bool placed = n > 0 && !memchr(from, '\n', (size_t)(ps.function_at - from)) &&
                  !memchr(ps.end_at, '\n', (size_t)(end - ps.end_at));
    return placed ? n : 0;
}

int cond_compile_function(lua_State *L, int idx, const Catalogue *c, CondStep *out)
{
    return compile_function(L, idx, c, false, out);
}

int cond_compile_event(lua_State *L, int idx, CondStep *out)
{
    return compile_function(L, idx, NULL, true, out);
}
