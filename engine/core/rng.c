#include "rng.h"

#include <math.h>

void pcg32_seed(Pcg32 *rng, uint64_t seed, uint64_t stream)
{
    rng->state = 0;
    rng->inc = (stream << 1u) | 1u;
    pcg32_next(rng);
    rng->state += seed;
    pcg32_next(rng);
}

uint32_t pcg32_next(Pcg32 *rng)
{
    uint64_t old = rng->state;
    rng->state = old * 6364136223846793005ULL + rng->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

uint32_t pcg32_below(Pcg32 *rng, uint32_t bound)
{
    if (bound == 0)
        return 0;
    /* Reject the low values that would bias the modulo (PCG reference code). */
    uint32_t threshold = -bound % bound;
    for (;;) {
        uint32_t r = pcg32_next(rng);
        if (r >= threshold)
            return r % bound;
    }
}

double pcg32_unit(Pcg32 *rng)
{
    return (double)pcg32_next(rng) * 0x1p-32;     /* exact: ldexp(x, -32) without the call */
}

double pcg32_normal(Pcg32 *rng)
{
    /* Box-Muller with one draw discarded: simple, and the cost is irrelevant here. */
    double u1 = pcg32_unit(rng);
    double u2 = pcg32_unit(rng);
    if (u1 < 1e-300)
        u1 = 1e-300;
    return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}
