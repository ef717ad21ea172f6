/* PCG32: known answers from the reference algorithm (O'Neill's pcg32_srandom_r
 * and pcg32_random_r, written out again here independently of rng.c), the
 * bounded draw, the unit interval, the normal draw and the streams. */
#include <math.h>
#include <string.h>

#include "support.h"

/* The reference generator, from pcg_basic.c (Apache 2.0), kept separate from
 * the engine's so a slip in one is caught by the other. */
typedef struct RefPcg {
    uint64_t state, inc;
} RefPcg;

static uint32_t ref_next(RefPcg *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ULL + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

static void ref_seed(RefPcg *r, uint64_t initstate, uint64_t initseq)
{
    r->state = 0U;
    r->inc = (initseq << 1u) | 1u;
    ref_next(r);
    r->state += initstate;
    ref_next(r);
}

static uint32_t ref_bounded(RefPcg *r, uint32_t bound)
{
    uint32_t threshold = (uint32_t)(0x100000000ULL % bound);
    for (;;) {
        uint32_t x = ref_next(r);
        if (x >= threshold)
            return x % bound;
    }
}

/* The output printed by pcg32-demo (pcg-c-basic) for seed 42, sequence 54. */
static void test_pcg32_matches_published_demo_vector(void **state)
{
    (void)state;
    static const uint32_t expected[] = {
        0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e,
    };
    Pcg32 rng;
    pcg32_seed(&rng, 42, 54);
    for (size_t i = 0; i < sizeof expected / sizeof *expected; i++) {
        uint32_t got = pcg32_next(&rng);
        if (got != expected[i])
            fail_msg("output %zu: got 0x%08x, expected 0x%08x", i, got, expected[i]);
    }
}

static void test_pcg32_matches_reference_for_many_seeds_and_streams(void **state)
{
    (void)state;
    static const uint64_t seeds[] = { 0, 1, 7, 42, 0x853c49e6748fea9bULL, UINT64_MAX };
    static const uint64_t streams[] = { 0, 1, 54, 0x5eed, 0xda3e39cb94b95bdbULL, UINT64_MAX };
    for (size_t i = 0; i < sizeof seeds / sizeof *seeds; i++)
        for (size_t j = 0; j < sizeof streams / sizeof *streams; j++) {
            Pcg32 rng;
            RefPcg ref;
            pcg32_seed(&rng, seeds[i], streams[j]);
            ref_seed(&ref, seeds[i], streams[j]);
            assert_int_equal(rng.state, ref.state);
            assert_int_equal(rng.inc, ref.inc);
            for (int k = 0; k < 1000; k++)
                assert_int_equal(pcg32_next(&rng), ref_next(&ref));
        }
}

static void test_pcg32_below_matches_reference_bounded_rand(void **state)
{
    (void)state;
    static const uint32_t bounds[] = { 1, 2, 3, 6, 7, 10, 100, 1000, 0x7fffffffu, 0x80000001u, 0xfffffffeu };
    for (size_t i = 0; i < sizeof bounds / sizeof *bounds; i++) {
        Pcg32 rng;
        RefPcg ref;
        pcg32_seed(&rng, 99, 3);
        ref_seed(&ref, 99, 3);
        for (int k = 0; k < 2000; k++)
            assert_int_equal(pcg32_below(&rng, bounds[i]), ref_bounded(&ref, bounds[i]));
    }
}

static void test_pcg32_below_stays_below_bound(void **state)
{
    (void)state;
    Pcg32 rng;
    pcg32_seed(&rng, 12345, 6789);
    for (uint32_t bound = 1; bound < 300; bound++)
        for (int k = 0; k < 200; k++)
            assert_true(pcg32_below(&rng, bound) < bound);
    static const uint32_t big[] = { 0x80000000u, 0x80000001u, 0xc0000000u, 0xffffffffu };
    for (size_t i = 0; i < sizeof big / sizeof *big; i++)
        for (int k = 0; k < 20000; k++)
            assert_true(pcg32_below(&rng, big[i]) < big[i]);
    /* bound 1 has a single value; bound 0 is documented to give 0 */
    assert_int_equal(pcg32_below(&rng, 1), 0);
    assert_int_equal(pcg32_below(&rng, 0), 0);
}

/* Every value of a small bound turns up, in roughly equal numbers. */
static void test_pcg32_below_covers_all_values_evenly(void **state)
{
    (void)state;
    Pcg32 rng;
    pcg32_seed(&rng, 2024, 11);
    for (uint32_t bound = 2; bound <= 12; bound++) {
        int count[12] = { 0 };
        int draws = 12000 * (int)bound;
        for (int k = 0; k < draws; k++)
            count[pcg32_below(&rng, bound)]++;
        for (uint32_t v = 0; v < bound; v++) {
            double share = (double)count[v] / draws;
            if (fabs(share - 1.0 / bound) > 0.01)
                fail_msg("bound %u: value %u drawn %.4f of the time, expected %.4f", bound, v, share, 1.0 / bound);
        }
    }
}

static void test_pcg32_unit_is_next_scaled_into_half_open_interval(void **state)
{
    (void)state;
    Pcg32 a, b;
    pcg32_seed(&a, 5, 8);
    pcg32_seed(&b, 5, 8);
    double sum = 0, lo = 1, hi = 0;
    const int n = 200000;
    for (int k = 0; k < n; k++) {
        double u = pcg32_unit(&a);
        uint32_t x = pcg32_next(&b);
        assert_true(u >= 0.0 && u < 1.0);
        assert_true(u == (double)x / 4294967296.0);
        sum += u;
        lo = fmin(lo, u);
        hi = fmax(hi, u);
    }
    assert_true(fabs(sum / n - 0.5) < 0.005);
    assert_true(lo < 0.001 && hi > 0.999);
}

/* The largest output maps to just under 1, never to 1. With the top five
 * bits clear the rotation is 0, and bits 41..58 set make the xorshift all ones,
 * so this state yields 0xffffffff. */
static void test_pcg32_unit_of_largest_output_is_below_one(void **state)
{
    (void)state;
    Pcg32 rng = { .state = ((1ULL << 18) - 1) << 41, .inc = 1 };
    Pcg32 copy = rng;
    assert_int_equal(pcg32_next(&copy), 0xffffffffu);
    double u = pcg32_unit(&rng);
    assert_true(u < 1.0);
    assert_true(u == 1.0 - ldexp(1.0, -32));
    /* and the zero state gives exactly 0 */
    Pcg32 zero = { .state = 0, .inc = 1 };
    assert_true(pcg32_unit(&zero) == 0.0);
}

static void test_pcg32_normal_has_mean_zero_and_sd_one(void **state)
{
    (void)state;
    Pcg32 rng;
    pcg32_seed(&rng, 77, 1);
    const int n = 400000;
    double sum = 0, sumsq = 0;
    int within1 = 0, within2 = 0;
    for (int k = 0; k < n; k++) {
        double z = pcg32_normal(&rng);
        assert_true(isfinite(z));
        sum += z;
        sumsq += z * z;
        within1 += fabs(z) < 1;
        within2 += fabs(z) < 1.96;
    }
    double mean = sum / n, sd = sqrt(sumsq / n - mean * mean);
    if (fabs(mean) > 0.01 || fabs(sd - 1) > 0.01)
        fail_msg("normal draws: mean %.4f, sd %.4f", mean, sd);
    /* the shape is normal, not merely scaled: 68% within 1 sd, 95% within 1.96 */
    assert_true(fabs((double)within1 / n - 0.6827) < 0.005);
    assert_true(fabs((double)within2 / n - 0.95) < 0.005);
}

static void test_pcg32_same_seed_and_stream_repeat(void **state)
{
    (void)state;
    Pcg32 a, b;
    pcg32_seed(&a, 314159, 0x5eed);
    pcg32_seed(&b, 314159, 0x5eed);
    for (int k = 0; k < 10000; k++)
        assert_int_equal(pcg32_next(&a), pcg32_next(&b));
}

static int matches(Pcg32 *a, Pcg32 *b, int n)
{
    int same = 0;
    for (int k = 0; k < n; k++)
        same += pcg32_next(a) == pcg32_next(b);
    return same;
}

static void test_pcg32_different_streams_and_seeds_differ(void **state)
{
    (void)state;
    Pcg32 a, b;
    for (uint64_t s = 0; s < 20; s++) {
        pcg32_seed(&a, 42, s);
        pcg32_seed(&b, 42, s + 1);
        assert_true(matches(&a, &b, 1000) < 5);
        pcg32_seed(&a, s, 54);
        pcg32_seed(&b, s + 1, 54);
        assert_true(matches(&a, &b, 1000) < 5);
    }
    /* the streams the game uses for actors: 0x1000 + turn * actors + actor */
    pcg32_seed(&a, 7, 0x1000 + 0);
    pcg32_seed(&b, 7, 0x1000 + 1);
    assert_true(matches(&a, &b, 1000) < 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pcg32_matches_published_demo_vector),
        cmocka_unit_test(test_pcg32_matches_reference_for_many_seeds_and_streams),
        cmocka_unit_test(test_pcg32_below_matches_reference_bounded_rand),
        cmocka_unit_test(test_pcg32_below_stays_below_bound),
        cmocka_unit_test(test_pcg32_below_covers_all_values_evenly),
        cmocka_unit_test(test_pcg32_unit_is_next_scaled_into_half_open_interval),
        cmocka_unit_test(test_pcg32_unit_of_largest_output_is_below_one),
        cmocka_unit_test(test_pcg32_normal_has_mean_zero_and_sd_one),
        cmocka_unit_test(test_pcg32_same_seed_and_stream_repeat),
        cmocka_unit_test(test_pcg32_different_streams_and_seeds_differ),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
