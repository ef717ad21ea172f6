/* The clauses conditions.c reads, as the game has always read them: a
 * variable, an operator and a number as strtod reads it (sign, exponent,
 * hexadecimal, inf), spaces anywhere between, nothing after; effects with an
 * optional "~ sd", and "intel ACTOR *= x". */
#include <math.h>

#include "support.h"
#include "../../engine/script/loader.h"
#include "../../engine/script/loader_source.h"

static void test_conditions_read_as_written(void **state)
{
    (void)state;
    static const struct { const char *text; bool ok; Var var; Compare cmp; double value; } cases[] = {
        { "talks >= 1", true, V_TALKS, CMP_GE, 1 },
        { "  escalation<5.5 ", true, V_ESCALATION, CMP_LT, 5.5 },
        { "talks ~= -1", true, V_TALKS, CMP_NE, -1 },
        { "talks == +2", true, V_TALKS, CMP_EQ, 2 },
        { "talks <= 1e1", true, V_TALKS, CMP_LE, 10 },
        { "talks > 0x10", true, V_TALKS, CMP_GT, 16 },
        { "talks\t>\v.5", true, V_TALKS, CMP_GT, 0.5 },
        { "talks >= 1 -- a comment", false, 0, 0, 0 },
        { "talks => 1", false, 0, 0, 0 },
        { "talks = 1", false, 0, 0, 0 },
        { "talks >= ", false, 0, 0, 0 },
        { "talks >= 1 2", false, 0, 0, 0 },
        { "2talks >= 1", false, 0, 0, 0 },
        { "escalatoin >= 5", false, 0, 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Prereq p;
        bool ok = prereq_parse(cases[i].text, &p);
        if (ok != cases[i].ok)
            fail_msg("'%s' was %s", cases[i].text, ok ? "read" : "refused");
        if (ok && (p.var != cases[i].var || p.cmp != cases[i].cmp || p.value != cases[i].value))
            fail_msg("'%s' was read as %d %d %g", cases[i].text, p.var, p.cmp, p.value);
    }
    Prereq p;
    assert_true(prereq_parse("talks < inf", &p) && isinf(p.value));
}

static void test_effects_read_as_written(void **state)
{
    (void)state;
    static const struct { const char *text; bool ok; EffectOp op; double value, sd; } cases[] = {
        { "sanctions += 1", true, EFF_ADD, 1, 0 },
        { "hormuz_flow -= 2", true, EFF_ADD, -2, 0 },
        { "sanctions *= 0.5", true, EFF_MUL, 0.5, 0 },
        { "sanctions = 3", true, EFF_SET, 3, 0 },
        { "sanctions >= 2", true, EFF_ATLEAST, 2, 0 },
        { "sanctions <= 2", true, EFF_ATMOST, 2, 0 },
        { "sanctions += 45 ~ 15", true, EFF_ADD, 45, 15 },
        { "sanctions+=45~15", true, EFF_ADD, 45, 15 },
        { "intel iran *= 0.5", true, EFF_INTEL, 0.5, 0 },
        { "intel iran += 1", false, 0, 0, 0 },
        { "intel nobody *= 0.5", false, 0, 0, 0 },
        { "sanctions += 1 ~", false, 0, 0, 0 },
        { "sanctions == 1", false, 0, 0, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Effect e;
        bool ok = effect_parse(cases[i].text, &e);
        if (ok != cases[i].ok)
            fail_msg("'%s' was %s", cases[i].text, ok ? "read" : "refused");
        if (ok && (e.op != cases[i].op || e.value != cases[i].value || e.sd != cases[i].sd))
            fail_msg("'%s' was read as %d %g ~ %g", cases[i].text, e.op, e.value, e.sd);
    }
}

static void test_a_clause_naming_nothing_known_says_so(void **state)
{
    (void)state;
    char hint[200];
    assert_string_equal(clause_hint("escalatoin >= 5", hint, sizeof hint),
                        "; unknown variable 'escalatoin' (did you mean 'escalation'?)");
    assert_string_equal(clause_hint("intel irn *= 0.5", hint, sizeof hint),
                        "; unknown actor 'irn' (did you mean 'iran'?)");
    assert_string_equal(clause_hint("talks >= x", hint, sizeof hint), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_conditions_read_as_written),
        cmocka_unit_test(test_effects_read_as_written),
        cmocka_unit_test(test_a_clause_naming_nothing_known_says_so),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
